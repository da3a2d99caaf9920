#pragma once
/// @file input.h
/// A bounded, sequential reader of an outside file (or of bytes in memory) for the model
/// importers: it never reads past the end it knows, hashes every byte it hands out (the
/// header's SHA-256 in model.source), and refuses with the file's name when data runs out.

#include "util/result.h"
#include "util/sha256.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace headroom::importer {

/// Thrown inside the readers, caught at their edge and returned as a value.
struct Refusal {
    Error error;
};

/// Refuses the file `file` with the message `tmpl` (scenario/messages.h) filled in.
[[noreturn]] void refuse(const std::string &file, ErrorCode code, const char *tmpl, std::vector<std::string> args = {});

class Input {
public:
    /// Bytes in memory (tests, the fuzz target); `name` is the file name shown in refusals.
    Input(std::string_view bytes, std::string name);
    /// An open file of `size` bytes, read from its start; the Input does not close it.
    Input(std::FILE *file, std::uint64_t size, std::string name);

    Input(const Input &) = delete;
    Input &operator=(const Input &) = delete;

    [[nodiscard]] const std::string &name() const { return m_name; }
    [[nodiscard]] std::uint64_t size() const { return m_size; }
    [[nodiscard]] std::uint64_t position() const { return m_pos; }
    [[nodiscard]] std::uint64_t remaining() const { return m_size - m_pos; }

    /// Reads exactly `n` bytes or refuses ("the file ends inside `what`").
    void read(void *dst, std::size_t n, const char *what);
    /// Reads `n` bytes into a string; `n` must have been checked against remaining().
    std::string readString(std::uint64_t n, const char *what);
    /// Reads and hashes `n` bytes without keeping them.
    void skip(std::uint64_t n, const char *what);

    template <typename T>
    T readLe(const char *what)
    {
        unsigned char b[sizeof(T)];
        read(b, sizeof(T), what);
        std::uint64_t v = 0;
        for (std::size_t i = 0; i < sizeof(T); ++i)
            v |= std::uint64_t(b[i]) << (8 * i);
        return static_cast<T>(v);
    }

    /// SHA-256 of every byte read so far, as hex (ends the hashing).
    std::string digest() { return m_hash.hexDigest(); }

private:
    std::size_t fetch(unsigned char *dst, std::size_t n);

    std::string_view m_memory;
    std::FILE *m_file = nullptr;
    // Files are read in 64 KiB chunks: headers are many small fields (a GGUF vocabulary is
    // hundreds of thousands of short strings), and one fread per field costs more than the data.
    std::vector<unsigned char> m_buffer;
    std::size_t m_bufferPos = 0;
    std::uint64_t m_size = 0;
    std::uint64_t m_pos = 0;
    std::string m_name;
    Sha256 m_hash;
};

} // namespace headroom::importer
