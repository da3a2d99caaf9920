#pragma once

class QMainWindow;

namespace headroom::ui {

class ScenarioModel;

/// Adds File → Export Report…, Edit → Preferences…, Help → User Guide (F1) and
/// Help → About to `window`'s menu bar. The menus are found by object name ("fileMenu",
/// "editMenu", "helpMenu"), then by title, and created when missing. The actions follow
/// language changes.
void addReportAndSettingsActions(QMainWindow *window, ScenarioModel *model);

} // namespace headroom::ui
