#pragma once
/// @file result.h
/// Errors as values: a structured error (JSON path, code, message) and Result<T>.

#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace headroom {

/// What kind of problem an Error reports; the UI may translate by code.
enum class ErrorCode {
    MalformedJson,   ///< not JSON at all (message carries line and column)
    WrongType,       ///< a value of the wrong JSON type
    OutOfRange,      ///< a number outside its allowed range, or too large for 64 bits
    UnknownKey,      ///< a key the format does not define
    UnknownValue,    ///< an enum string outside the allowed set
    MissingKey,      ///< a required key is absent
    Inconsistent,    ///< values that contradict each other
    NewerVersion,    ///< a format version newer than this program reads
    Unsupported,     ///< valid input the engine cannot estimate
    Overflow,        ///< a result too large to represent
    Io,              ///< a file could not be read or written
};

/// `tmpl` with %1…%9 replaced by `args` in order of their numbers.
inline std::string fillIn(std::string_view tmpl, const std::vector<std::string> &args)
{
    std::string out;
    out.reserve(tmpl.size() + 32);
    for (std::size_t i = 0; i < tmpl.size(); ++i) {
        const char next = i + 1 < tmpl.size() ? tmpl[i + 1] : '\0';
        if (tmpl[i] == '%' && next >= '1' && next <= '9' && static_cast<std::size_t>(next - '1') < args.size()) {
            out += args[static_cast<std::size_t>(next - '1')];
            ++i;
        } else {
            out += tmpl[i];
        }
    }
    return out;
}

/// A refusal: `path` is the JSON path ("run.batch_size", "" for the whole document)
/// and `message` the problem in English; text() joins them as "path: problem". When the
/// message comes from a template (scenario/messages.h), `tmpl` and `args` are kept too,
/// for a user interface to translate.
struct Error {
    std::string path;
    ErrorCode code = ErrorCode::Inconsistent;
    std::string message;
    const char *tmpl = nullptr;
    std::vector<std::string> args{};

    /// An error whose message is `tmpl` filled in with `args`.
    static Error fromTemplate(std::string path, ErrorCode code, const char *tmpl, std::vector<std::string> args = {})
    {
        Error e{std::move(path), code, fillIn(tmpl, args)};
        e.tmpl = tmpl;
        e.args = std::move(args);
        return e;
    }

    [[nodiscard]] std::string text() const { return path.empty() ? message : path + ": " + message; }
    bool operator==(const Error &other) const
    {
        return path == other.path && code == other.code && message == other.message;
    }
};

/// Either a value or an Error.
template <typename T>
class Result {
public:
    Result(T value) : m_data(std::move(value)) {}           // NOLINT(google-explicit-constructor)
    Result(Error error) : m_data(std::move(error)) {}       // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const & { return std::get<T>(m_data); }
    [[nodiscard]] T &value() & { return std::get<T>(m_data); }
    [[nodiscard]] T &&value() && { return std::get<T>(std::move(m_data)); }
    [[nodiscard]] const Error &error() const { return std::get<Error>(m_data); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

private:
    std::variant<T, Error> m_data;
};

} // namespace headroom
