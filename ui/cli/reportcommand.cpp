// `report`: the PDF report for procurement, written without a display (offscreen platform).

#include "cli/clicommands.h"

#include "engine/engine.h"
#include "report/report.h"
#include "settings/preferences.h"

#include <QFileInfo>

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
    if (auto problem = writeReportPdf(inv.scenario, options, inv.output)) {
        printError(problem->toStdString());
        return Failure;
    }
    return Ok;
}

} // namespace headroom::ui::cli
