#pragma once

namespace headroom::ui {

/// headroom-cli: validate, estimate, compare, advise, report. Exit status 0 on success,
/// 2 on bad input (message on standard error, nothing on standard output), 1 otherwise.
int runCli(int argc, char **argv);

} // namespace headroom::ui
