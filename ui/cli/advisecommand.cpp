// `advise`: built with the optimisation advisor (issue 10).

#include "cli/clicommands.h"

namespace headroom::ui::cli {

int adviseCommand(const Invocation &)
{
    printError("advise: the optimisation advisor is not built yet");
    return Failure;
}

} // namespace headroom::ui::cli
