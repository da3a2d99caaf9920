#pragma once
/// @file message.h
/// A sentence of core's output (a verdict, a derivation) as a template from
/// scenario/messages.h plus typed arguments, so that a user interface can translate the
/// template and format the numbers in the user's locale; english() is the text the
/// command line and the JSON output show.

#include "util/bytes.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace headroom {

struct Message;

/// One argument of a message: a number to format, text to show as it is, or a message of
/// its own (a piece of a composed derivation), translated and filled in the same way.
struct MessageArg {
    enum class Kind {
        Text,     ///< shown as it is (a name, a dtype)
        Bytes,    ///< a size in bytes ("45.2 MiB")
        Count,    ///< a whole number, grouped ("1,281,167")
        Integer,  ///< a whole number, ungrouped in English ("2048")
        Number,   ///< a decimal number with up to `decimals` decimals ("0.25")
        Percent,  ///< a fraction shown as a percentage with up to `decimals` decimals (0.2 → "20 %")
        Nested,   ///< a message of its own
    };
    Kind kind = Kind::Text;
    std::string text{};
    std::int64_t integer = 0; ///< Bytes, Count and Integer
    double real = 0.0;        ///< Number and Percent
    int decimals = 2;         ///< Number and Percent
    std::shared_ptr<const Message> nested{}; ///< Nested

    static MessageArg ofText(std::string text) { return {Kind::Text, std::move(text)}; }
    static MessageArg ofBytes(Bytes bytes) { return {Kind::Bytes, {}, bytes}; }
    static MessageArg ofCount(std::int64_t n) { return {Kind::Count, {}, n}; }
    static MessageArg ofInteger(std::int64_t n) { return {Kind::Integer, {}, n}; }
    static MessageArg ofNumber(double v, int decimals = 2) { return {Kind::Number, {}, 0, v, decimals}; }
    static MessageArg ofPercent(double fraction, int decimals = 0) { return {Kind::Percent, {}, 0, fraction, decimals}; }
    static MessageArg ofMessage(Message message);

    /// The argument as the English text shows it.
    [[nodiscard]] std::string english() const;
    bool operator==(const MessageArg &other) const;
};

/// A template (QT_TRANSLATE_NOOP-marked, scenario/messages.h) and its arguments. A message
/// without a template is its arguments one after the other: plain English text (held as
/// its one argument) for text that has no template yet, or pieces joined (concat()).
struct Message {
    const char *tmpl = nullptr;
    std::vector<MessageArg> args{};

    static Message plain(std::string english) { return {nullptr, {MessageArg::ofText(std::move(english))}}; }
    /// The pieces one after the other (empty ones add nothing).
    static Message concat(const std::vector<Message> &pieces);
    /// True when the message shows nothing (no template, no text).
    [[nodiscard]] bool empty() const;
    /// The template filled in with the arguments' English forms.
    [[nodiscard]] std::string english() const;
    bool operator==(const Message &other) const { return english() == other.english(); }
};

/// The English texts of `messages` joined with `separator`.
std::string englishJoined(const std::vector<Message> &messages, const std::string &separator = "; ");

} // namespace headroom
