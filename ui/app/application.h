#pragma once

namespace headroom::ui {

/// The desktop application: parses its command line (an optional scenario file), shows
/// the main window with that file or the built-in example, and runs the event loop.
int runApplication(int argc, char **argv);

} // namespace headroom::ui
