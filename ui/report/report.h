#pragma once
/// @file report.h
/// The PDF report for procurement: title page, executive summary, inputs, breakdowns,
/// charts, hardware comparison, suggestions, assumptions and method.

#include "estimate/estimate.h"
#include "measure/measurement.h"
#include "scenario/scenario.h"

#include <QDateTime>
#include <QPageSize>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace headroom::ui {

struct ReportOptions {
    QString author;
    QString organisation;
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QDateTime date = QDateTime::currentDateTime();
    QString sourceFile; ///< the scenario's file, shown on the title page; may be empty
    /// A measured run to hold against the estimate ("Measured against estimated"); may be null.
    const Measurement *measurement = nullptr;
    QString measurementFile;

    /// Author, organisation and paper from the preferences; the date now.
    static ReportOptions fromPreferences();
};

/// The paper of the preferences; with "from the locale", US Letter in the countries that
/// use it and A4 elsewhere.
QPageSize preferredPageSize();

/// Renders the report of `scenario` and its estimate `e` onto `device` (a QPdfWriter, or a
/// QPrinter for preview and printing), whose page size and margins it sets. Returns why it
/// could not, or nullopt.
std::optional<QString> renderReport(const Scenario &scenario, const Estimate &e, const ReportOptions &options,
                                    QPagedPaintDevice *device);
/// As above, estimating the scenario first; refuses a scenario that cannot be estimated.
std::optional<QString> renderReport(const Scenario &scenario, const ReportOptions &options, QPagedPaintDevice *device);

/// Writes the report as a PDF file (atomically). Returns why it could not, or nullopt.
std::optional<QString> writeReportPdf(const Scenario &scenario, const Estimate &e, const ReportOptions &options,
                                      const QString &path);
std::optional<QString> writeReportPdf(const Scenario &scenario, const ReportOptions &options, const QString &path);

} // namespace headroom::ui
