#pragma once

#include "util/bytes.h"

#include <QString>

namespace headroom::ui {

/// A byte count for display, in the locale's number format: "45.2 GiB" (IEC, default)
/// or "48.5 GB" (SI) as the user prefers.
QString formatSize(Bytes bytes);

/// A size that may exceed what 64 bits hold (a product shown before the estimate refuses
/// it): as formatSize up to 8 EiB, then still in EiB (EB) rather than saturated.
QString formatLargeSize(double bytes);

/// An amount of money in the locale's number format followed by its currency code, as
/// everywhere in the app: "14,200 USD" ("14.200 USD" in German); cents only below 100.
QString formatMoney(double amount, const QString &currency);

/// Which GPU monitor a per-GPU figure is: "As nvidia-smi shows it: …; PyTorch's
/// max_memory_allocated …, max_memory_reserved …" for a tooltip or a report line.
QString deviceFiguresText(Bytes nvidiaSmi, Bytes allocated, Bytes reserved);

/// "%1 (nvidia-smi)": a per-GPU figure labelled with the monitor it matches.
QString nvidiaSmiLabel(const QString &size);

/// Whether sizes are shown in SI units (GB) rather than IEC (GiB); a preference.
void setSiUnits(bool si);
bool siUnits();

} // namespace headroom::ui
