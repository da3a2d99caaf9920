#pragma once
/// @file reportcontent.h
/// The report's text: each section as HTML for QTextDocument, and the charts' data.
/// Every piece of user-typed text goes through toHtmlEscaped().

#include "estimate/estimate.h"
#include "measure/measurement.h"
#include "report/reportchart.h"
#include "scenario/scenario.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace headroom::ui::report {

/// Translation context of the report's text.
class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

/// One optimisation suggestion as the report prints it.
struct Suggestion {
    QString title;
    QString detail;
    Bytes hostSaving = 0;   ///< bytes of host RAM it saves (0: none or unknown)
    Bytes deviceSaving = 0; ///< bytes per device it saves
};

/// What every section is built from.
struct ReportData {
    const Scenario &scenario;
    const Estimate &estimate;
    std::optional<std::size_t> recommended; ///< index into estimate.candidates
};

/// Ids of the charts, used as the `src` of the <img> placeholders the chart handler draws.
inline constexpr const char *kBatchChart = "chart:batch";
inline constexpr const char *kDatasetChart = "chart:dataset";

/// The CSS of the report body.
QString styleSheet();

QString executiveSummary(const ReportData &d, int number);
QString inputsSection(const ReportData &d, int number);
QString breakdownSection(const ReportData &d, int number);
/// `chartWidthPx`, `chartHeightPx`: the placeholder's size in CSS pixels.
QString chartsSection(const ReportData &d, int number, int chartWidthPx, int chartHeightPx);
QString comparisonSection(const ReportData &d, int number);
/// "Measured against estimated": a measured run (headroom_probe) held against the estimate.
QString measuredSection(const ReportData &d, const Measurement &measurement, const QString &file, int number);
/// Rendered only when the advisor is built; `suggestions` may be empty (nothing to cut).
QString suggestionsSection(const std::vector<Suggestion> &suggestions, int number);
QString methodSection(const ReportData &d, int number);

/// The charts' data, keyed by id (kBatchChart, kDatasetChart); a chart that does not
/// apply (batch size of a classical estimator) is absent.
std::map<QString, ChartSpec> chartSpecs(const ReportData &d);

/// The recommendation in one line, for the title page ("Workstation 2× L40S").
QString recommendationHeadline(const ReportData &d);

/// Section titles, in order, as they appear (used by tests and the table of contents).
QStringList sectionTitles(bool withSuggestions);

} // namespace headroom::ui::report
