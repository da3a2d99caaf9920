#include "report/reportchart.h"

#include "common/format.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace headroom::ui::report {
namespace {

struct Unit {
    double bytes;
    QString name;
};

/// The largest binary (or decimal, with SI units) unit that keeps `max` at or above 1.
Unit unitFor(double max)
{
    const bool si = siUnits();
    const double base = si ? 1000.0 : 1024.0;
    static const char *const iec[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    static const char *const siNames[] = {"B", "kB", "MB", "GB", "TB", "PB"};
    int i = 0;
    double unit = 1;
    while (i < 5 && max >= unit * base) {
        unit *= base;
        ++i;
    }
    return {unit, QString::fromLatin1(si ? siNames[i] : iec[i])};
}

QString tickLabel(double v)
{
    const QLocale locale;
    const double rounded = std::round(v);
    if (std::abs(v - rounded) < 1e-9)
        return locale.toString(static_cast<qlonglong>(rounded));
    return locale.toString(v, 'g', 4);
}

QFont chartFont(qreal points)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    return font;
}

} // namespace

std::vector<double> niceTicks(double max, int targetCount, bool integers)
{
    if (!(max > 0) || !std::isfinite(max))
        return {0, 1};
    const double raw = max / std::max(1, targetCount);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (integers && step != std::floor(step))
            continue;
        if (step >= raw)
            break;
    }
    if (integers)
        step = std::max(step, 1.0);
    std::vector<double> ticks;
    for (int i = 0; i * step < max + step * 0.999 && i < 100; ++i)
        ticks.push_back(i * step);
    return ticks;
}

void paintChart(QPainter *p, const QRectF &rect, const ChartSpec &spec, qreal pt)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);

    double xMin = std::numeric_limits<double>::max(), xMax = 0, yMax = 0;
    for (const auto &s : spec.series)
        for (const QPointF &q : s.points) {
            xMin = std::min(xMin, q.x());
            xMax = std::max(xMax, q.x());
            yMax = std::max(yMax, q.y());
        }
    for (const auto &l : spec.limits)
        yMax = std::max(yMax, l.bytes);
    if (xMin > xMax) {
        xMin = 0;
        xMax = 1;
    }
    const Unit unit = unitFor(yMax);
    const std::vector<double> yTicks = niceTicks(yMax / unit.bytes * 1.05);
    const double yTop = yTicks.back() * unit.bytes;
    const std::vector<double> xTicks = niceTicks(xMax, 7, true);
    const double xRight = std::max(xTicks.back(), xMax);

    const QFont tickFont = chartFont(7);
    const QFont titleFont = chartFont(7.5);
    const QFontMetricsF tickMetrics(tickFont, p->device());
    qreal labelWidth = 0;
    for (double t : yTicks)
        labelWidth = std::max(labelWidth, tickMetrics.horizontalAdvance(tickLabel(t)));

    // Legend rows below the plot: one entry per series, then one per limit line.
    const int legendEntries = static_cast<int>(spec.series.size() + spec.limits.size() + (spec.marker ? 1 : 0));
    const int legendColumns = 2;
    const int legendRows = (legendEntries + legendColumns - 1) / legendColumns;
    const qreal line = tickMetrics.height();
    // The plot area: room on the left for the tick labels and the axis title, below for the
    // tick labels, the axis title and the legend.
    QRectF area;
    area.setCoords(rect.left() + labelWidth + 16 * pt, rect.top() + 6 * pt, rect.right() - 8 * pt,
                   rect.bottom() - (legendRows * (line + 2 * pt) + 2 * line + 14 * pt));

    auto mapX = [&](double x) { return area.left() + x / xRight * area.width(); };
    auto mapY = [&](double y) { return area.bottom() - y / yTop * area.height(); };

    // Grid and ticks.
    p->setFont(tickFont);
    const QColor grid(0xD9, 0xDE, 0xE5), axis(0x5A, 0x63, 0x70), text(0x33, 0x33, 0x33);
    for (double t : yTicks) {
        const qreal y = mapY(t * unit.bytes);
        p->setPen(QPen(grid, 0.5 * pt));
        p->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        p->setPen(text);
        p->drawText(QRectF(rect.left(), y - line, area.left() - rect.left() - 4 * pt, 2 * line),
                    Qt::AlignRight | Qt::AlignVCenter, tickLabel(t));
    }
    for (double t : xTicks) {
        if (t > xRight)
            break;
        const qreal x = mapX(t);
        p->setPen(QPen(grid, 0.5 * pt));
        p->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        p->setPen(text);
        p->drawText(QRectF(x - 40 * pt, area.bottom() + 2 * pt, 80 * pt, line), Qt::AlignHCenter | Qt::AlignTop,
                    tickLabel(t));
    }
    p->setPen(QPen(axis, 0.8 * pt));
    p->drawLine(area.bottomLeft(), area.bottomRight());
    p->drawLine(area.bottomLeft(), area.topLeft());

    // Axis titles.
    p->setFont(titleFont);
    p->setPen(text);
    p->drawText(QRectF(area.left(), area.bottom() + line + 4 * pt, area.width(), line), Qt::AlignHCenter | Qt::AlignTop,
                spec.xTitle);
    p->save();
    p->translate(rect.left() + line * 0.2, area.center().y());
    p->rotate(-90);
    p->drawText(QRectF(-area.height() / 2, 0, area.height(), line), Qt::AlignCenter,
                QStringLiteral("%1 (%2)").arg(spec.yTitle, unit.name));
    p->restore();

    p->save();
    p->setClipRect(area.adjusted(0, -2 * pt, 0, 0));
    // Candidate capacities: dashed horizontal lines.
    for (const auto &l : spec.limits) {
        QPen pen(l.color, 1.0 * pt, Qt::DashLine);
        p->setPen(pen);
        const qreal y = mapY(l.bytes);
        p->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    // The scenario's own position.
    if (spec.marker) {
        p->setPen(QPen(axis, 0.8 * pt, Qt::DotLine));
        const qreal x = mapX(*spec.marker);
        p->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
    // Curves.
    for (const auto &s : spec.series) {
        if (s.points.empty())
            continue;
        QPainterPath path(QPointF(mapX(s.points.front().x()), mapY(s.points.front().y())));
        for (std::size_t i = 1; i < s.points.size(); ++i)
            path.lineTo(mapX(s.points[i].x()), mapY(s.points[i].y()));
        p->setPen(QPen(s.color, 1.6 * pt, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
    }
    p->restore();

    // Legend.
    p->setFont(tickFont);
    const qreal legendTop = area.bottom() + 2 * line + 10 * pt;
    const qreal columnWidth = (rect.right() - area.left()) / legendColumns;
    int entry = 0;
    auto legend = [&](const QPen &pen, const QString &label) {
        const int row = entry / legendColumns, column = entry % legendColumns;
        const qreal x = area.left() + column * columnWidth;
        const qreal y = legendTop + row * (line + 2 * pt);
        p->setPen(pen);
        p->drawLine(QPointF(x, y + line / 2), QPointF(x + 18 * pt, y + line / 2));
        p->setPen(text);
        const QString elided = tickMetrics.elidedText(label, Qt::ElideRight, columnWidth - 24 * pt);
        p->drawText(QRectF(x + 22 * pt, y, columnWidth - 24 * pt, line), Qt::AlignLeft | Qt::AlignVCenter, elided);
        ++entry;
    };
    for (const auto &s : spec.series)
        legend(QPen(s.color, 1.6 * pt), s.name);
    for (const auto &l : spec.limits)
        legend(QPen(l.color, 1.0 * pt, Qt::DashLine), l.name);
    if (spec.marker)
        legend(QPen(axis, 0.8 * pt, Qt::DotLine), spec.markerLabel);

    p->restore();
}

} // namespace headroom::ui::report
