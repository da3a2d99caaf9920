#include "scenario/limits.h"

#include "scenario/messages.h"

#include <string>

namespace headroom {

std::optional<NestingExcess> findNestingBeyond(std::string_view text, int limit)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    NestingExcess at;
    for (const char c : text) {
        ++at.column;
        if (c == '\n') {
            ++at.line;
            at.column = 0;
        }
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > limit)
                return at;
            break;
        case ']':
        case '}':
            if (depth > 0) // unbalanced text is the parser's to refuse
                --depth;
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

std::optional<Error> checkDocumentLimits(std::string_view text)
{
    if (text.size() > kMaxDocumentBytes)
        return fileTooLargeError(static_cast<std::int64_t>(text.size()));
    if (const auto at = findNestingBeyond(text, kMaxNesting))
        return Error::fromTemplate("", ErrorCode::OutOfRange, msg::tooDeep,
                                   {std::to_string(kMaxNesting), std::to_string(at->line), std::to_string(at->column)});
    return std::nullopt;
}

Error fileTooLargeError(std::int64_t bytes, std::size_t limit)
{
    return Error::fromTemplate("", ErrorCode::OutOfRange, msg::fileTooLarge,
                               {std::to_string(bytes), std::to_string(limit)});
}

} // namespace headroom
