#include "mainwindow/mainwindow.h"

#include "mainwindow/extramenus.h"

#include "mainwindow/autosave.h"
#include "mainwindow/fileactions.h"
#include "mainwindow/recentfiles.h"
#include "mainwindow/workspacetabs.h"
#include "model/scenariomodel.h"
#include "workspace/breakdownview.h"
#include "workspace/recommendationview.h"
#include "workspace/scenarioeditor.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
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
    : QMainWindow(parent), m_model(model), m_tabs(new QTabWidget(this)), m_editor(new ScenarioEditor(model, this)),
      m_editorDock(new QDockWidget(tr("Scenario"), this)), m_recent(new RecentFiles(this)),
      m_fileActions(new FileActions(model, this, m_recent)), m_autosave(new Autosave(model, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    auto *results = new ResultsView(model, this);
    m_breakdown = results->breakdown();
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(results, tr("&Breakdown"));
    addWorkspaceTabs(m_tabs, m_model);
    setCentralWidget(m_tabs);

    m_editorDock->setObjectName(QStringLiteral("scenarioDock"));
    m_editorDock->setWidget(m_editor);
    m_editorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_editorDock);
    resizeDocks({m_editorDock}, {440}, Qt::Horizontal);

    setAcceptDrops(true);
    createMenus();
    connect(m_model, &ScenarioModel::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_model, &ScenarioModel::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_model, &ScenarioModel::changed, this, &MainWindow::updateTitle);
    const QSize room = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    resize(std::min(1280, room.width()), std::min(800, room.height()));
    restoreWindowState();
    updateTitle();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    m_fileActions->populate(file);
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), QKeySequence::Quit, this,
                    &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = m_model->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_model->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toggle = m_editorDock->toggleViewAction();
    toggle->setText(tr("&Scenario Editor"));
    view->addAction(toggle);

    // File ▸ Export Report…, Edit ▸ Preferences…, Help ▸ User Guide / About.
    addReportAndSettingsActions(this, m_model);
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
    // Opening may ask about unsaved changes: do it after the drop has finished.
    const QString path = files.first();
    QMetaObject::invokeMethod(this, [this, path] { m_fileActions->openPath(path); }, Qt::QueuedConnection);
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Headroom").arg(m_model->displayName()));
    setWindowModified(m_model->isModified());
}

} // namespace headroom::ui
