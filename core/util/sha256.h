#pragma once
/// @file sha256.h
/// SHA-256 (FIPS 180-4, unchanged from FIPS 180-2), incremental, for the provenance of
/// imported models (the digest of the header bytes that were read).

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace headroom {

class Sha256 {
public:
    Sha256();
    /// Adds `size` bytes to the message.
    void update(const void *data, std::size_t size);
    void update(std::string_view text) { update(text.data(), text.size()); }
    /// The digest of everything added so far; the object may not be updated afterwards.
    std::array<std::uint8_t, 32> finish();
    /// finish() as 64 lower-case hex digits.
    std::string hexDigest();

    /// The digest of `text` as hex.
    static std::string hex(std::string_view text);

private:
    void block(const std::uint8_t *p);

    std::array<std::uint32_t, 8> m_h{};
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_used = 0;
    std::uint64_t m_length = 0; ///< bytes added
};

} // namespace headroom
