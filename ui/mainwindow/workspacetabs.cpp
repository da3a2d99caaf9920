#include "mainwindow/workspacetabs.h"

#include "model/scenariomodel.h"

#include <QTabWidget>

// Each feature's header goes in its own block below.

// charts (issue 6)
#include "charts/chartspanel.h"
#include <QCoreApplication>


// comparison (issue 7)
#include "compare/comparisonview.h"


// advisor (issue 10)
#include "advisor/advisorpanel.h"

namespace headroom::ui {

void addWorkspaceTabs(QTabWidget *tabs, ScenarioModel *model)
{
    // charts (issue 6)
    tabs->addTab(new ChartsPanel(model, tabs), QCoreApplication::translate("WorkspaceTabs", "&Charts"));


    // comparison (issue 7)
    tabs->addTab(new ComparisonView(model, nullptr, tabs), QCoreApplication::translate("WorkspaceTabs", "Co&mparison"));


    // advisor (issue 10)
    tabs->addTab(new AdvisorPanel(model, tabs), AdvisorPanel::tr("Advisor"));

    Q_UNUSED(tabs);
    Q_UNUSED(model);
}

} // namespace headroom::ui
