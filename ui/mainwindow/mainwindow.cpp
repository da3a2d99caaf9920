#include "mainwindow/mainwindow.h"

#include "mainwindow/appactions.h"
#include "mainwindow/autosave.h"
#include "mainwindow/fileactions.h"
#include "mainwindow/recentfiles.h"
#include "model/measurementfile.h"
#include "model/scenariomodel.h"
#include "advisor/advisorpanel.h"
#include "charts/chartspanel.h"
#include "compare/catalogstore.h"
#include "compare/comparisonview.h"
#include "workspace/breakdownview.h"
#include "workspace/recommendationview.h"
#include "settings/preferences.h"
#include "workspace/scenarioeditor.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QTabWidget>
#include <QUndoStack>

#include <algorithm>

namespace headroom::ui {

QStringList droppedScenarioFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
            files << url.toLocalFile();
    return files;
}

MainWindow::MainWindow(ScenarioModel *model, QWidget *parent)
    : QMainWindow(parent), m_model(model), m_catalog(new CatalogStore({}, this)), m_tabs(new QTabWidget(this)),
      m_editor(new ScenarioEditor(model, m_catalog, this)),
      m_editorDock(new QDockWidget(this)), m_recent(new RecentFiles(this)),
      m_fileActions(new FileActions(model, this, m_recent, m_catalog)), m_appActions(new AppActions(model, this)),
      m_autosave(new Autosave(model, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    auto *results = new ResultsView(model, this);
    m_breakdown = results->breakdown();
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(results, QString());
    m_tabs->addTab(new ChartsPanel(model, m_tabs), QString());
    m_tabs->addTab(new ComparisonView(model, m_catalog, m_tabs), QString());
    m_tabs->addTab(new AdvisorPanel(model, m_tabs), QString());
    setCentralWidget(m_tabs);

    m_editorDock->setObjectName(QStringLiteral("scenarioDock"));
    m_editorDock->setWidget(m_editor);
    m_editorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_editorDock);
    resizeDocks({m_editorDock}, {440}, Qt::Horizontal);

    setAcceptDrops(true);
    createMenus();
    retranslateUi();
    connect(m_model, &ScenarioModel::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_model, &ScenarioModel::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_model, &ScenarioModel::changed, this, &MainWindow::updateTitle);
    const QSize room = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    resize(std::min(1280, room.width()), std::min(800, room.height()));
    restoreWindowState();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileActions->populate(m_fileMenu);
    m_fileMenu->addSeparator();
    m_appActions->populateFile(m_fileMenu);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), QKeySequence::Quit,
                                   this, &QWidget::close);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    createUndoActions();
    m_editMenu->addSeparator();
    m_appActions->populateEdit(m_editMenu);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_editorDock->toggleViewAction());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_appActions->populateHelp(m_helpMenu);
}

void MainWindow::createUndoActions()
{
    // QUndoStack's actions keep the prefix they were made with, so a new language needs new ones.
    QAction *undo = m_model->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_model->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    m_editMenu->insertActions(m_undo, {undo, redo}); // where the old ones are, or at the end
    delete m_undo;
    delete m_redo;
    m_undo = undo;
    m_redo = redo;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        createUndoActions();
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_tabs->setTabText(BreakdownTab, tr("&Breakdown"));
    m_tabs->setTabText(ChartsTab, tr("&Charts"));
    m_tabs->setTabText(ComparisonTab, tr("Co&mparison"));
    m_tabs->setTabText(AdvisorTab, tr("&Advisor"));
    m_editorDock->setWindowTitle(tr("Scenario"));
    m_editorDock->toggleViewAction()->setText(tr("&Scenario Editor"));
    m_fileMenu->setTitle(tr("&File"));
    m_fileActions->retranslate();
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_appActions->retranslate();
    updateTitle();
}

bool MainWindow::openFile(const QString &path) { return m_fileActions->openFile(path); }

bool MainWindow::save() { return m_fileActions->save(); }

bool MainWindow::saveAs() { return m_fileActions->saveAs(); }

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_fileActions->maybeSave()) {
        event->ignore();
        return;
    }
    saveWindowState();
    m_autosave->discard(); // a normal close: nothing to recover next time
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedScenarioFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = droppedScenarioFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    // Opening may ask about unsaved changes: do it after the drop has finished. A
    // measurement file is attached to the open scenario instead.
    const QString path = files.first();
    if (isMeasurementFileName(path))
        QMetaObject::invokeMethod(this, [this, path] { m_fileActions->importMeasurementFile(path); }, Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(this, [this, path] { m_fileActions->openPath(path); }, Qt::QueuedConnection);
}

void MainWindow::restoreWindowState()
{
    restoreGeometry(prefs::windowGeometry.value());
    restoreState(prefs::windowState.value());
}

void MainWindow::saveWindowState()
{
    prefs::windowGeometry.setValue(saveGeometry());
    prefs::windowState.setValue(saveState());
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Headroom").arg(m_model->displayName()));
    setWindowModified(m_model->isModified());
}

} // namespace headroom::ui
