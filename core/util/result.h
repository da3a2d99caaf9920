#pragma once
/// @file result.h
/// Errors as values: a structured error (JSON path, code, message) and Result<T>.

#include <string>
#include <utility>
#include <variant>

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

/// A refusal: `path` is the JSON path ("run.batch_size", "" for the whole document)
/// and `message` the problem; text() joins them as "path: problem".
struct Error {
    std::string path;
    ErrorCode code = ErrorCode::Inconsistent;
    std::string message;

    [[nodiscard]] std::string text() const { return path.empty() ? message : path + ": " + message; }
    bool operator==(const Error &) const = default;
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
