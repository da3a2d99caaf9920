#pragma once

#include "util/bytes.h"

#include <QString>

namespace headroom::ui {

/// A byte count for display, in the locale's number format: "45.2 GiB" (IEC, default)
/// or "48.5 GB" (SI) as the user prefers.
QString formatSize(Bytes bytes);

/// Whether sizes are shown in SI units (GB) rather than IEC (GiB); a preference.
void setSiUnits(bool si);
bool siUnits();

} // namespace headroom::ui
