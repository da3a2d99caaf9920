#include "report/report.h"

#include "common/errortext.h"
#include "common/format.h"
#include "engine/engine.h"
#include "engine/fit/fit.h"
#include "report/reportchart.h"
#include "report/reportcontent.h"
#include "report/reportsuggestions.h"
#include "settings/preferences.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QTextFormat>
#include <QTextObjectInterface>

#include <algorithm>
#include <cmath>

namespace headroom::ui {
namespace report {
namespace {

const QColor kAccent(0x1f, 0x3a, 0x5f);
const QColor kMuted(0x4a, 0x55, 0x63);
const QColor kRule(0xb8, 0xc2, 0xcf);

QFont font(qreal points, int weight = QFont::Normal)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setWeight(static_cast<QFont::Weight>(weight));
    return f;
}

/// Draws the `<img src="chart:...">` placeholders of the document as vector charts.
class ChartHandler final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartHandler(std::map<QString, ChartSpec> specs, qreal pt) : m_specs(std::move(specs)), m_pt(pt) {}

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        // The placeholder's size is in CSS pixels (1/96 inch); the layout works in device units.
        const QTextImageFormat image = format.toImageFormat();
        const qreal scale = m_pt * 72.0 / 96.0;
        return {image.width() * scale, image.height() * scale};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const auto it = m_specs.find(format.toImageFormat().name());
        if (it != m_specs.end())
            paintChart(painter, rect, it->second, m_pt);
    }

private:
    std::map<QString, ChartSpec> m_specs;
    qreal m_pt;
};

struct Page {
    QRectF area; ///< the paintable area, device units
    qreal pt;    ///< device units per point
};

QString dateText(const ReportOptions &o)
{
    return QLocale().toString(o.date.date(), QLocale::LongFormat);
}

QString scenarioTitle(const Scenario &s)
{
    return s.name.empty() ? Report::tr("Untitled scenario") : QString::fromStdString(s.name);
}

void drawTitlePage(QPainter &p, const Page &page, const ReportData &d, const ReportOptions &o, int methodNumber)
{
    const qreal pt = page.pt;
    const QRectF a = page.area;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);

    // Band with the logo and the program's name.
    p.fillRect(QRectF(a.left(), a.top(), a.width(), 3 * pt), kAccent);
    QSvgRenderer logo(QStringLiteral(":/icons/org.headroom.Headroom.svg"));
    const QRectF logoRect(a.left(), a.top() + 14 * pt, 34 * pt, 34 * pt);
    if (logo.isValid())
        logo.render(&p, logoRect);
    p.setPen(kAccent);
    p.setFont(font(16, QFont::DemiBold));
    p.drawText(QRectF(logoRect.right() + 10 * pt, logoRect.top(), a.width(), logoRect.height()), Qt::AlignVCenter | Qt::AlignLeft,
               QStringLiteral("Headroom"));

    qreal y = a.top() + a.height() * 0.20;
    p.setFont(font(10, QFont::DemiBold));
    p.setPen(kMuted);
    p.drawText(QRectF(a.left(), y, a.width(), 16 * pt), Qt::AlignLeft | Qt::AlignVCenter,
               Report::tr("Memory sizing report").toUpper());
    y += 22 * pt;

    p.setFont(font(24, QFont::Bold));
    p.setPen(QColor(0x1d, 0x1d, 0x1f));
    const QRectF titleBox(a.left(), y, a.width(), 120 * pt);
    QRectF used = p.boundingRect(titleBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, scenarioTitle(d.scenario));
    p.drawText(titleBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, scenarioTitle(d.scenario));
    y += std::min(used.height(), titleBox.height()) + 10 * pt;

    p.setFont(font(12));
    p.setPen(kMuted);
    p.drawText(QRectF(a.left(), y, a.width(), 40 * pt), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               Report::tr("Host RAM and GPU memory the job needs, and which machine to buy"));
    y += 34 * pt;
    p.setPen(QPen(kRule, 0.8 * pt));
    p.drawLine(QPointF(a.left(), y), QPointF(a.right(), y));
    y += 14 * pt;

    // Who, when, from what.
    QList<std::pair<QString, QString>> meta;
    if (!o.author.isEmpty())
        meta.append({Report::tr("Prepared by"), o.author});
    if (!o.organisation.isEmpty())
        meta.append({Report::tr("Organisation"), o.organisation});
    meta.append({Report::tr("Date"), dateText(o)});
    if (!o.sourceFile.isEmpty())
        meta.append({Report::tr("Scenario file"), o.sourceFile});
    meta.append({Report::tr("Generated with"), Report::tr("Headroom %1").arg(QStringLiteral(HEADROOM_VERSION))});
    const QFont labelFont = font(10, QFont::DemiBold), valueFont = font(10);
    const qreal labelWidth = 120 * pt;
    const qreal lineHeight = QFontMetricsF(valueFont, p.device()).height() * 1.5;
    for (const auto &[label, value] : meta) {
        p.setFont(labelFont);
        p.setPen(kMuted);
        p.drawText(QRectF(a.left(), y, labelWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, label);
        p.setFont(valueFont);
        p.setPen(QColor(0x1d, 0x1d, 0x1f));
        const QString elided = QFontMetricsF(valueFont, p.device()).elidedText(value, Qt::ElideMiddle, a.width() - labelWidth);
        p.drawText(QRectF(a.left() + labelWidth, y, a.width() - labelWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, elided);
        y += lineHeight;
    }

    // The recommendation at a glance.
    const Estimate &e = d.estimate;
    const Recommendation &r = e.recommendation;
    QStringList lines;
    lines << Report::tr("Host RAM: %1 recommended (minimum %2)").arg(formatSize(r.hostRecommended), formatSize(r.hostMinimum));
    if (e.device)
        lines << Report::tr("Memory per GPU: %1 recommended (peak %2), %n GPU(s)", nullptr, static_cast<int>(e.devices))
                     .arg(formatSize(r.deviceRecommended), formatSize(e.device->peak));
    if (d.recommended) {
        const Machine &m = e.candidates[*d.recommended].machine;
        if (m.price)
            lines << Report::tr("Price: %1 %2").arg(QLocale().toString(*m.price, 'f', 0), QString::fromStdString(m.currency));
    }
    const qreal boxTop = std::max(y + 20 * pt, a.top() + a.height() * 0.56);
    const qreal lineH = QFontMetricsF(valueFont, p.device()).height() * 1.45;
    const qreal boxHeight = 24 * pt + 26 * pt + lines.size() * lineH + 12 * pt;
    const QRectF box(a.left(), boxTop, a.width(), boxHeight);
    p.fillRect(box, QColor(0xf0, 0xf4, 0xf9));
    p.fillRect(QRectF(box.left(), box.top(), 4 * pt, box.height()), kAccent);
    qreal by = box.top() + 10 * pt;
    p.setFont(font(9, QFont::DemiBold));
    p.setPen(kMuted);
    p.drawText(QRectF(box.left() + 16 * pt, by, box.width() - 24 * pt, 14 * pt), Qt::AlignLeft | Qt::AlignVCenter,
               d.recommended ? Report::tr("Recommended machine").toUpper() : Report::tr("Recommendation").toUpper());
    by += 16 * pt;
    p.setFont(font(15, QFont::Bold));
    p.setPen(kAccent);
    const QFontMetricsF headline(font(15, QFont::Bold), p.device());
    p.drawText(QRectF(box.left() + 16 * pt, by, box.width() - 24 * pt, 24 * pt), Qt::AlignLeft | Qt::AlignVCenter,
               headline.elidedText(recommendationHeadline(d), Qt::ElideRight, box.width() - 24 * pt));
    by += 28 * pt;
    p.setFont(valueFont);
    p.setPen(QColor(0x1d, 0x1d, 0x1f));
    for (const QString &line : lines) {
        p.drawText(QRectF(box.left() + 16 * pt, by, box.width() - 24 * pt, lineH), Qt::AlignLeft | Qt::AlignVCenter, line);
        by += lineH;
    }

    // The user's notes, drawn as plain text (never interpreted as markup).
    if (!d.scenario.notes.empty()) {
        qreal ny = box.bottom() + 18 * pt;
        p.setFont(font(9, QFont::DemiBold));
        p.setPen(kMuted);
        p.drawText(QRectF(a.left(), ny, a.width(), 14 * pt), Qt::AlignLeft | Qt::AlignVCenter, Report::tr("Notes"));
        ny += 16 * pt;
        p.setFont(font(9));
        p.setPen(QColor(0x1d, 0x1d, 0x1f));
        p.drawText(QRectF(a.left(), ny, a.width(), a.bottom() - ny - 24 * pt), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   QString::fromStdString(d.scenario.notes));
    }

    p.setFont(font(8));
    p.setPen(kMuted);
    p.drawText(QRectF(a.left(), a.bottom() - 14 * pt, a.width(), 14 * pt), Qt::AlignLeft | Qt::AlignVCenter,
               Report::tr("The figures are estimates computed from the scenario; section %1 states how.").arg(methodNumber));
    p.restore();
}

void drawHeaderFooter(QPainter &p, const Page &page, const QRectF &body, const ReportData &d, const ReportOptions &o, int number,
                      int total)
{
    const qreal pt = page.pt;
    const QRectF a = page.area;
    p.save();
    const QFont f = font(7.5);
    const QFontMetricsF metrics(f, p.device());
    p.setFont(f);
    p.setPen(kMuted);
    const qreal headerBaseline = body.top() - 10 * pt;
    const QString right = o.organisation.isEmpty() ? dateText(o) : o.organisation;
    const qreal rightWidth = metrics.horizontalAdvance(right) + 4 * pt;
    const QString left = metrics.elidedText(Report::tr("Memory sizing report: %1").arg(scenarioTitle(d.scenario)), Qt::ElideRight,
                                            a.width() - rightWidth - 12 * pt);
    p.drawText(QRectF(a.left(), a.top(), a.width() - rightWidth, headerBaseline - a.top()), Qt::AlignLeft | Qt::AlignBottom, left);
    p.drawText(QRectF(a.left(), a.top(), a.width(), headerBaseline - a.top()), Qt::AlignRight | Qt::AlignBottom, right);
    p.setPen(QPen(kRule, 0.6 * pt));
    p.drawLine(QPointF(a.left(), headerBaseline + 3 * pt), QPointF(a.right(), headerBaseline + 3 * pt));

    const qreal footerTop = body.bottom() + 8 * pt;
    p.drawLine(QPointF(a.left(), footerTop), QPointF(a.right(), footerTop));
    p.setPen(kMuted);
    const QRectF footer(a.left(), footerTop + 3 * pt, a.width(), a.bottom() - footerTop - 3 * pt);
    p.drawText(footer, Qt::AlignLeft | Qt::AlignTop, Report::tr("Headroom %1 · %2").arg(QStringLiteral(HEADROOM_VERSION), dateText(o)));
    p.drawText(footer, Qt::AlignRight | Qt::AlignTop, Report::tr("Page %1 of %2").arg(number).arg(total));
    p.restore();
}

} // namespace
} // namespace report

using namespace report;

QPageSize preferredPageSize()
{
    switch (prefs::paperSize.value()) {
    case prefs::PaperSize::A4:
        return QPageSize(QPageSize::A4);
    case prefs::PaperSize::Letter:
        return QPageSize(QPageSize::Letter);
    case prefs::PaperSize::Auto:
        break;
    }
    // Letter is the norm in the United States, Canada, Mexico and a few countries of the Americas and Asia.
    static const QLocale::Territory letter[] = {QLocale::UnitedStates, QLocale::Canada,    QLocale::Mexico,
                                                QLocale::Philippines,  QLocale::Chile,     QLocale::Colombia,
                                                QLocale::Venezuela,    QLocale::PuertoRico, QLocale::CostaRica,
                                                QLocale::Guatemala};
    const QLocale::Territory here = QLocale().territory();
    return QPageSize(std::find(std::begin(letter), std::end(letter), here) != std::end(letter) ? QPageSize::Letter : QPageSize::A4);
}

ReportOptions ReportOptions::fromPreferences()
{
    ReportOptions o;
    o.author = prefs::reportAuthor.value();
    o.organisation = prefs::reportOrganisation.value();
    o.pageSize = preferredPageSize();
    return o;
}

std::optional<QString> renderReport(const Scenario &scenario, const ReportOptions &options, QPagedPaintDevice *device)
{
    auto result = estimate(scenario);
    if (!result.ok())
        return Report::tr("The scenario cannot be estimated: %1").arg(errorText(result.error()));
    return renderReport(scenario, result.value(), options, device);
}

std::optional<QString> renderReport(const Scenario &scenario, const Estimate &e, const ReportOptions &options,
                                    QPagedPaintDevice *device)
{
    const ReportData d{scenario, e, recommendedCandidate(e)};
    const std::optional<std::vector<Suggestion>> suggestions = suggestionsFor(scenario);

    device->setPageSize(options.pageSize);
    device->setPageMargins(QMarginsF(18, 14, 18, 12), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(device))
        return Report::tr("The report could not be written.");

    const qreal pt = device->logicalDpiY() / 72.0;
    const Page page{QRectF(0, 0, device->width(), device->height()), pt};
    const QRectF body = page.area.adjusted(0, 26 * pt, 0, -24 * pt);

    // The body: one HTML document laid out in device units, paginated to the body rectangle.
    QTextDocument doc;
    doc.setUseDesignMetrics(true);
    doc.documentLayout()->setPaintDevice(device);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(font(9.5));
    const qreal cssPx = pt * 72.0 / 96.0;
    doc.setDefaultStyleSheet(styleSheet());
    doc.setPageSize(body.size());
    ChartHandler charts(chartSpecs(d), pt);
    doc.documentLayout()->registerHandler(QTextFormat::ImageObject, &charts);

    const int chartWidth = static_cast<int>(body.width() / cssPx * 0.94);
    const int chartHeight = static_cast<int>(chartWidth * 0.55);
    int n = 0;
    QString html = QStringLiteral("<html><body>");
    html += executiveSummary(d, ++n);
    html += inputsSection(d, ++n);
    html += breakdownSection(d, ++n);
    if (options.measurement)
        html += measuredSection(d, *options.measurement, options.measurementFile, ++n);
    html += chartsSection(d, ++n, chartWidth, chartHeight);
    html += comparisonSection(d, ++n);
    if (suggestions)
        html += suggestionsSection(*suggestions, ++n);
    html += methodSection(d, ++n);
    html += QStringLiteral("</body></html>");
    doc.setHtml(html);

    const int bodyPages = doc.pageCount();
    const int total = 1 + bodyPages;
    drawTitlePage(painter, page, d, options, n);
    for (int i = 0; i < bodyPages; ++i) {
        device->newPage();
        drawHeaderFooter(painter, page, body, d, options, i + 2, total);
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return std::nullopt;
}

std::optional<QString> writeReportPdf(const Scenario &scenario, const ReportOptions &options, const QString &path)
{
    auto result = estimate(scenario);
    if (!result.ok())
        return Report::tr("The scenario cannot be estimated: %1").arg(errorText(result.error()));
    return writeReportPdf(scenario, result.value(), options, path);
}

std::optional<QString> writeReportPdf(const Scenario &scenario, const Estimate &e, const ReportOptions &options,
                                      const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Report::tr("Cannot write %1: %2").arg(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("Headroom %1").arg(QStringLiteral(HEADROOM_VERSION)));
        writer.setTitle(Report::tr("Memory sizing report: %1").arg(scenarioTitle(scenario)));
        if (auto problem = renderReport(scenario, e, options, &writer)) {
            file.cancelWriting();
            return problem;
        }
    }
    if (!file.commit())
        return Report::tr("Cannot write %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace headroom::ui

#include "report.moc"
