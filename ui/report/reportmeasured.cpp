// The report's "Measured against estimated" section.

#include "report/reportcontent.h"

#include "common/measurementtext.h"

namespace headroom::ui::report {

QString measuredSection(const ReportData &d, const Measurement &measurement, const QString &file, int number)
{
    const MeasurementComparison c = compareMeasurement(d.scenario, d.estimate, measurement);
    QString html = QStringLiteral("<h1>%1&#160;&#160;%2</h1>")
                       .arg(QString::number(number), Report::tr("Measured against estimated").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(Report::tr("A run measured with headroom_probe (%1, %2), held against this estimate. Error = "
                                "(estimated − measured) / measured: positive when the estimate is high.")
                         .arg(file.toHtmlEscaped(), MeasurementText::origin(measurement).toHtmlEscaped()));
    html += MeasurementText::tableHtml(c);
    const QString note = MeasurementText::scenarioNote(c);
    if (!note.isEmpty())
        html += QStringLiteral("<p><span class=\"bad\">%1</span></p>").arg(note.toHtmlEscaped());
    return html;
}

} // namespace headroom::ui::report
