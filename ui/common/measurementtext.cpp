#include "common/measurementtext.h"

#include "common/format.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace headroom::ui {

namespace {
// The engine's stated CPU accuracy (worst case); errors beyond it are marked.
constexpr double kMarkedError = 0.10;
}

QString MeasurementText::metricLabel(MeasureMetric metric)
{
    switch (metric) {
    case MeasureMetric::HostPeak:
        return tr("host peak");
    case MeasureMetric::DeviceAllocated:
        return tr("allocated (PyTorch)");
    case MeasureMetric::DeviceReserved:
        return tr("reserved (PyTorch)");
    case MeasureMetric::DeviceUsed:
        return tr("nvidia-smi");
    }
    return {};
}

QString MeasurementText::errorText(double error)
{
    const QString number = QLocale().toString(std::fabs(error) * 100.0, 'f', 1);
    return (error >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + tr("%1 %").arg(number);
}

QString MeasurementText::origin(const Measurement &m)
{
    QStringList parts;
    parts << (m.mode.empty() ? QStringLiteral("run") : QString::fromStdString(m.mode));
    if (!m.created.empty())
        parts << QString::fromStdString(m.created);
    for (const auto &[key, value] : m.software)
        if (key == "torch" || key == "cuda")
            parts << QStringLiteral("%1 %2").arg(QString::fromStdString(key), QString::fromStdString(value));
    return parts.join(QStringLiteral(", "));
}

QString MeasurementText::scenarioNote(const MeasurementComparison &c)
{
    if (!c.measurementHasScenario)
        return tr("The measurement names no scenario; it is taken to be this one.");
    if (c.differingFields.empty())
        return {};
    QStringList fields;
    for (const auto &f : c.differingFields)
        fields << QString::fromStdString(f);
    return tr("The measured run differs from this scenario in: %1").arg(fields.join(QStringLiteral(", ")));
}

QString MeasurementText::tableHtml(const MeasurementComparison &c)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%1</th>"
                                  "<th align=\"right\">%2</th><th align=\"right\">%3</th><th align=\"right\">%4</th></tr>")
                       .arg(tr("Metric"), tr("Estimated"), tr("Measured"), tr("Error"));
    for (const auto &r : c.metrics) {
        QString error = errorText(r.error).toHtmlEscaped();
        if (!withinTolerance(r, kMarkedError))
            error = QStringLiteral("<span style=\"color:#a61b1b\"><b>%1</b></span>").arg(error);
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td>"
                               "<td align=\"right\">%4</td></tr>")
                    .arg(metricLabel(r.metric).toHtmlEscaped(), formatSize(r.estimated).toHtmlEscaped(),
                         formatSize(r.measured).toHtmlEscaped(), error);
    }
    return html + QStringLiteral("</table>");
}

} // namespace headroom::ui
