#pragma once

class QTabWidget;

namespace headroom::ui {

class ScenarioModel;

/// Adds the feature tabs (charts, comparison, advisor, ...) to the workspace, after the
/// breakdown. Each feature registers its tab here.
void addWorkspaceTabs(QTabWidget *tabs, ScenarioModel *model);

} // namespace headroom::ui
