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
    case Kind::Number:
        return formatNumber(real);
    case Kind::Percent:
        return formatNumber(real * 100.0, 0) + " %";
    }
    return text;
}

std::string Message::english() const
{
    std::vector<std::string> filled;
    filled.reserve(args.size());
    for (const auto &a : args)
        filled.push_back(a.english());
    if (!tmpl)
        return filled.empty() ? std::string() : filled.front();
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
