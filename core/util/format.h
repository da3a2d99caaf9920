#pragma once
/// @file format.h
/// Plain-text formatting for derivations (the UI formats for display with QLocale).

#include "util/bytes.h"

#include <string>

namespace headroom {

/// "45.2 MiB", "1.50 GiB", "512 B": IEC units, three significant digits.
std::string formatBytes(Bytes bytes);

/// "1,281,167": digits grouped by thousands.
std::string formatCount(std::int64_t n);

/// A number with up to `decimals` decimals, trailing zeros removed ("0.25", "2").
std::string formatNumber(double v, int decimals = 2);

} // namespace headroom
