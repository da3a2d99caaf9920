#include "util/message.h"

#include "util/format.h"
#include "util/result.h"

namespace headroom {

std::string MessageArg::english() const
{
    switch (kind) {
    case Kind::Text:
        return text;
    case Kind::Bytes:
        return formatBytes(integer);
    case Kind::Count:
        return formatCount(integer);
    case Kind::Integer:
        return std::to_string(integer);
    case Kind::Number:
        return formatNumber(real, decimals);
    case Kind::Percent:
        return formatNumber(real * 100.0, decimals) + " %";
    case Kind::Nested:
        return nested ? nested->english() : std::string();
    }
    return text;
}

MessageArg MessageArg::ofMessage(Message message)
{
    MessageArg a;
    a.kind = Kind::Nested;
    a.nested = std::make_shared<const Message>(std::move(message));
    return a;
}

bool MessageArg::operator==(const MessageArg &other) const
{
    if (kind != other.kind || text != other.text || integer != other.integer || real != other.real || decimals != other.decimals)
        return false;
    if (!nested || !other.nested)
        return nested == other.nested;
    return *nested == *other.nested;
}

Message Message::concat(const std::vector<Message> &pieces)
{
    Message m;
    for (const auto &p : pieces)
        if (!p.empty())
            m.args.push_back(MessageArg::ofMessage(p));
    return m;
}

bool Message::empty() const
{
    if (tmpl)
        return false;
    for (const auto &a : args)
        if (a.kind != MessageArg::Kind::Text || !a.text.empty())
            return false;
    return true;
}

std::string Message::english() const
{
    std::vector<std::string> filled;
    filled.reserve(args.size());
    for (const auto &a : args)
        filled.push_back(a.english());
    if (!tmpl) {
        std::string out;
        for (const auto &f : filled)
            out += f;
        return out;
    }
    return fillIn(tmpl, filled);
}

std::string englishJoined(const std::vector<Message> &messages, const std::string &separator)
{
    std::string out;
    for (const auto &m : messages) {
        if (!out.empty())
            out += separator;
        out += m.english();
    }
    return out;
}

} // namespace headroom
