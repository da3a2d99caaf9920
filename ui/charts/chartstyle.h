#pragma once

#include "util/bytes.h"

#include <QColor>
#include <QString>

class QCustomPlot;
class QCPAxisRect;
class QCPLegend;
class QPalette;

namespace headroom::ui {

/// The unit a chart's memory axis is drawn in, chosen so the largest value reads as a
/// number between 1 and 1024 ("MiB", "GiB", "TiB", or their SI forms).
struct MemoryUnit {
    double divisor = static_cast<double>(GiB);
    QString symbol = QStringLiteral("GiB");

    /// The unit in which `largest` bytes read best, in the user's IEC or SI preference.
    static MemoryUnit forLargest(double largest);
    [[nodiscard]] double of(Bytes bytes) const { return static_cast<double>(bytes) / divisor; }
};

/// The translated name of an estimate component ("optimizer_states" → "Optimizer states").
QString componentLabel(const QString &name);

/// A colour per component name, stable across charts and sessions; readable on light and
/// dark backgrounds.
QColor componentColor(const QString &name);
/// The same, with the neutral OS-reserve band darkened on a dark background.
QColor componentColor(const QString &name, const QPalette &palette);

/// A colour per candidate machine (by its position among the candidates).
QColor candidateColor(int index);

/// Applies the widget palette (background, text, grid) to a plot's axes and legends.
void applyPalette(QCustomPlot *plot, const QPalette &palette);

/// A size for legends and labels: formatSize without a zero fraction ("64 GiB", "22.35 GiB").
QString shortSize(Bytes bytes);

/// A tick label for a byte value with its own unit: "512 MiB", "4 GiB", "1 TiB".
QString tickSize(double bytes);

/// A compact count for tick labels: "950", "12 k", "3.5 M".
QString compactCount(double value);

} // namespace headroom::ui
