#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace headroom::ui {

class ScenarioModel;
class RecentFiles;
class CatalogStore;
class ModelImport;
class SizingWizard;

/// The document commands of the File menu: New (runs the sizing wizard), Open, Open
/// Recent, Save, Save As, Import Measurement…, Import Model… (ModelImport), and the
/// unsaved-changes prompt they share.
class FileActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileActions)

public:
    /// `catalog`: the user's catalogue, for the wizard's Hardware page.
    FileActions(ScenarioModel *model, QWidget *window, RecentFiles *recent, CatalogStore *catalog = nullptr);

    /// Adds the commands to `menu` with the standard shortcuts.
    void populate(QMenu *menu);
    /// Sets the commands' texts in the current language (after a language change).
    void retranslate();

    /// Starts the wizard on a new scenario (after the unsaved-changes prompt). The wizard
    /// is window-modal and returned; cancelling it brings back what was open. Returns
    /// nullptr when the user cancelled the prompt.
    SizingWizard *newScenario();
    /// Asks for a file and opens it.
    void open();
    /// Opens `path` after the unsaved-changes prompt; a refused file is explained and
    /// what was open is kept. Returns success.
    bool openPath(const QString &path);
    /// Opens `path` without the prompt (command line, recovery).
    bool openFile(const QString &path);
    /// Asks for a measurement file (*.headroom-measure.json) and attaches it.
    void importMeasurement();
    /// Attaches the measurement in `path` to the open scenario; a refused file is
    /// explained and nothing changes. Returns success.
    bool importMeasurementFile(const QString &path);
    bool save();
    bool saveAs();
    /// Writes to `path` and makes it the document's file. Returns success.
    bool saveTo(const QString &path);
    /// "Save your changes?" when there are any: true to go on (saved or discarded).
    bool maybeSave();

    QAction *newAction() const { return m_new; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    /// File → Import Model… (a config.json, safetensors or GGUF file into the scenario).
    ModelImport *modelImport() const { return m_modelImport; }

private:
    void showRefusal(const QString &path, const QString &message);

    ScenarioModel *m_model;
    QWidget *m_window;
    RecentFiles *m_recent;
    CatalogStore *m_catalog;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_importMeasurement = nullptr;
    ModelImport *m_modelImport;
};

} // namespace headroom::ui
