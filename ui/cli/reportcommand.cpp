// `report`: the PDF report for procurement, written without a display (offscreen platform).

#include "cli/clicommands.h"

#include "engine/engine.h"
#include "model/measurementfile.h"
#include "report/report.h"
#include "settings/preferences.h"

#include <QFileInfo>

#include <optional>

namespace headroom::ui::cli {

int reportCommand(const Invocation &inv)
{
    // A scenario that cannot be estimated is bad input (exit 2), as for `estimate`.
    if (auto e = estimate(inv.scenario); !e.ok()) {
        printError(inv.file.toStdString() + ": " + e.error().text());
        return e.error().code == ErrorCode::Overflow || e.error().code == ErrorCode::Io ? Failure : BadInput;
    }
    // The report is in the preferred language and units, as from the desktop application.
    applyPreferences();
    ReportOptions options = ReportOptions::fromPreferences();
    options.sourceFile = QFileInfo(inv.file).fileName();
    // --measurement: a measured run beside the estimate, as File > Import Measurement does.
    std::optional<Measurement> measured;
    if (!inv.measurementFile.isEmpty()) {
        auto read = readMeasurementFile(inv.measurementFile);
        if (!read.ok()) {
            printError(inv.measurementFile.toStdString() + ": " + read.error().text());
            return read.error().code == ErrorCode::Io ? Failure : BadInput;
        }
        measured = std::move(read).value();
        options.measurement = &*measured;
        options.measurementFile = QFileInfo(inv.measurementFile).fileName();
    }
    if (auto problem = writeReportPdf(inv.scenario, options, inv.output)) {
        printError(problem->toStdString());
        return Failure;
    }
    return Ok;
}

} // namespace headroom::ui::cli
