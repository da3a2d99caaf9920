#pragma once
/// @file limits.h
/// What a reader of outside JSON (scenarios, catalogues) accepts before it parses: a
/// document no larger than kMaxDocumentBytes whose arrays and objects nest no deeper than
/// kMaxNesting. Both are far beyond any real scenario (a few kilobytes, nested about six
/// deep) and keep a hostile file from exhausting the stack or the memory.

#include "util/result.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace headroom {

/// The largest scenario or catalogue file read: 4 MiB.
inline constexpr std::size_t kMaxDocumentBytes = std::size_t{4} << 20;
/// The deepest nesting of arrays and objects read.
inline constexpr int kMaxNesting = 64;

/// Where `text`'s arrays and objects first nest deeper than `limit`: the 1-based line and
/// column of the bracket that goes too deep. Strings (with their escapes) are skipped.
struct NestingExcess {
    std::size_t line = 1, column = 0;
};
std::optional<NestingExcess> findNestingBeyond(std::string_view text, int limit);

/// Refuses `text` when it is larger than kMaxDocumentBytes or nests deeper than
/// kMaxNesting (naming the line and column where it does); nullopt otherwise. Runs in one
/// pass without allocating, so it is safe on any input.
std::optional<Error> checkDocumentLimits(std::string_view text);

/// The refusal of a file of `bytes` bytes that is larger than `limit` (for readers that
/// check a file's size before reading it).
Error fileTooLargeError(std::int64_t bytes, std::size_t limit = kMaxDocumentBytes);

} // namespace headroom
