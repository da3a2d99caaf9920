#pragma once
/// @file message.h
/// A sentence of core's output (a verdict, a derivation) as a template from
/// scenario/messages.h plus typed arguments, so that a user interface can translate the
/// template and format the numbers in the user's locale; english() is the text the
/// command line and the JSON output show.

#include "util/bytes.h"

#include <cstdint>
#include <string>
#include <vector>

namespace headroom {

/// One argument of a message: a number to format, or text to show as it is.
struct MessageArg {
    enum class Kind {
        Text,     ///< shown as it is (a name, a dtype)
        Bytes,    ///< a size in bytes ("45.2 MiB")
        Count,    ///< a whole number ("1,281,167")
        Number,   ///< a decimal number ("0.25")
        Percent,  ///< a fraction shown as a percentage (0.2 → "20 %")
    };
    Kind kind = Kind::Text;
    std::string text{};
    std::int64_t integer = 0; ///< Bytes and Count
    double real = 0.0;        ///< Number and Percent

    static MessageArg ofText(std::string text) { return {Kind::Text, std::move(text)}; }
    static MessageArg ofBytes(Bytes bytes) { return {Kind::Bytes, {}, bytes}; }
    static MessageArg ofCount(std::int64_t n) { return {Kind::Count, {}, n}; }
    static MessageArg ofNumber(double v) { return {Kind::Number, {}, 0, v}; }
    static MessageArg ofPercent(double fraction) { return {Kind::Percent, {}, 0, fraction}; }

    /// The argument as the English text shows it.
    [[nodiscard]] std::string english() const;
    bool operator==(const MessageArg &) const = default;
};

/// A template (QT_TRANSLATE_NOOP-marked, scenario/messages.h) and its arguments. A message
/// without a template is plain English text (held as its one argument), for text that
/// has no template yet.
struct Message {
    const char *tmpl = nullptr;
    std::vector<MessageArg> args{};

    static Message plain(std::string english) { return {nullptr, {MessageArg::ofText(std::move(english))}}; }
    /// The template filled in with the arguments' English forms.
    [[nodiscard]] std::string english() const;
    bool operator==(const Message &other) const { return english() == other.english(); }
};

/// The English texts of `messages` joined with `separator`.
std::string englishJoined(const std::vector<Message> &messages, const std::string &separator = "; ");

} // namespace headroom
