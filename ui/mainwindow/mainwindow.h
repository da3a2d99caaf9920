#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QMenu;
class QMimeData;
class QTabWidget;

namespace headroom::ui {

class AppActions;
class Autosave;
class BreakdownView;
class CatalogStore;
class FileActions;
class RecentFiles;
class ScenarioEditor;
class ScenarioModel;

/// The main window only wires things together: the model, the scenario editor, the
/// workspace tabs, the menus. The commands live in FileActions, AppActions, RecentFiles,
/// Autosave.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ScenarioModel *model, QWidget *parent = nullptr);

    /// Opens a scenario file; on a refusal shows it and keeps what was open. Returns success.
    bool openFile(const QString &path);
    bool save();
    bool saveAs();

    /// The workspace's tabs, in order.
    enum Tab { BreakdownTab, ChartsTab, ComparisonTab, AdvisorTab };
    QTabWidget *workspace() const { return m_tabs; }
    BreakdownView *breakdownView() const { return m_breakdown; }
    ScenarioEditor *editor() const { return m_editor; }
    FileActions *fileActions() const { return m_fileActions; }
    RecentFiles *recentFiles() const { return m_recent; }
    Autosave *autosave() const { return m_autosave; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createUndoActions();
    void retranslateUi();
    void updateTitle();
    void restoreWindowState();
    void saveWindowState();

    ScenarioModel *m_model;
    CatalogStore *m_catalog; ///< the user's hardware catalogue, shared by every candidate editor
    QTabWidget *m_tabs;
    BreakdownView *m_breakdown = nullptr;
    ScenarioEditor *m_editor;
    QDockWidget *m_editorDock;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    RecentFiles *m_recent;
    FileActions *m_fileActions;
    AppActions *m_appActions;
    Autosave *m_autosave;
};

/// The scenario files among dropped URLs (local *.json files).
QStringList droppedScenarioFiles(const QMimeData *mime);

} // namespace headroom::ui
