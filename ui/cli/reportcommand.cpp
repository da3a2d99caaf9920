// `report`: built with the PDF report (issue 8).

#include "cli/clicommands.h"

namespace headroom::ui::cli {

int reportCommand(const Invocation &)
{
    printError("report: the PDF report is not built yet");
    return Failure;
}

} // namespace headroom::ui::cli
