#include "app/application.h"

#include "mainwindow/autosave.h"
#include "mainwindow/mainwindow.h"
#include "model/scenariomodel.h"
#include "settings/preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

namespace headroom::ui {

int runApplication(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Headroom"));
    QApplication::setApplicationDisplayName(QStringLiteral("Headroom"));
    QApplication::setApplicationVersion(QStringLiteral(HEADROOM_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Headroom"));
    QApplication::setDesktopFileName(QStringLiteral("org.headroom.Headroom"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.headroom.Headroom.svg")));
    // The language (system locale or the preference, with Qt's own catalogues) and the units,
    // before any text is shown.
    applyPreferences();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Memory capacity planner for machine-learning jobs"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A scenario file to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    ScenarioModel model;
    MainWindow window(&model);
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first());
    window.show();
    // Work left unsaved by a session that did not close normally is offered back.
    if (window.autosave()->hasRecovery())
        QTimer::singleShot(0, &window, [&window] { window.autosave()->offerRecovery(&window); });
    return QApplication::exec();
}

} // namespace headroom::ui
