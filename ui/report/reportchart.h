#pragma once
/// @file reportchart.h
/// Line charts drawn with QPainter paths, so that they stay vectors in the PDF.

#include <QColor>
#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;
class QRectF;

namespace headroom::ui::report {

struct ChartSeries {
    QString name;
    QColor color;
    std::vector<QPointF> points; ///< x, bytes
};

/// A horizontal line: a candidate's capacity.
struct ChartLimit {
    QString name;
    double bytes = 0;
    QColor color;
};

struct ChartSpec {
    QString xTitle;
    QString yTitle; ///< without the unit; the unit is appended
    std::vector<ChartSeries> series;
    std::vector<ChartLimit> limits;
    std::optional<double> marker; ///< the scenario's own x
    QString markerLabel;
};

/// Draws `spec` into `rect` (device units); `pt` is device units per typographic point.
void paintChart(QPainter *painter, const QRectF &rect, const ChartSpec &spec, qreal pt);

/// Evenly spaced "nice" tick values covering [0, max] (1, 2, 2.5 or 5 × 10^k steps;
/// whole numbers only when `integers`).
std::vector<double> niceTicks(double max, int targetCount = 6, bool integers = false);

} // namespace headroom::ui::report
