#pragma once
/// @file bytes.h
/// 64-bit byte counts whose arithmetic saturates instead of overflowing.

#include <cmath>
#include <cstdint>
#include <limits>

namespace headroom {

using Bytes = std::int64_t;

inline constexpr Bytes kBytesMax = std::numeric_limits<Bytes>::max();
inline constexpr Bytes KiB = 1024;
inline constexpr Bytes MiB = 1024 * KiB;
inline constexpr Bytes GiB = 1024 * MiB;

/// a + b for non-negative operands, clamped to kBytesMax.
constexpr Bytes satAdd(Bytes a, Bytes b)
{
    Bytes r = 0;
    if (__builtin_add_overflow(a, b, &r))
        return kBytesMax;
    return r;
}

/// a × b for non-negative operands, clamped to kBytesMax.
constexpr Bytes satMul(Bytes a, Bytes b)
{
    Bytes r = 0;
    if (__builtin_mul_overflow(a, b, &r))
        return kBytesMax;
    return r;
}

template <typename... Ts>
constexpr Bytes satMul(Bytes a, Bytes b, Ts... rest)
{
    return satMul(satMul(a, b), rest...);
}

/// a − b, never below zero.
constexpr Bytes satSub(Bytes a, Bytes b) { return a > b ? a - b : 0; }

/// Ceiling of a / b for positive b.
constexpr Bytes ceilDiv(Bytes a, Bytes b) { return b <= 0 ? 0 : (a / b) + (a % b != 0 ? 1 : 0); }

/// A non-negative double rounded to Bytes, clamped to kBytesMax.
inline Bytes toBytes(double v)
{
    if (!(v > 0.0))
        return 0;
    if (v >= 9.2233720368547748e18)
        return kBytesMax;
    return static_cast<Bytes>(std::llround(v));
}

/// GiB typed by a person (decimal allowed) to bytes.
inline Bytes gibToBytes(double gib) { return toBytes(gib * static_cast<double>(GiB)); }

} // namespace headroom
