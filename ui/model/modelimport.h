#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QMimeData;
class QWidget;

namespace headroom::ui {

class ScenarioModel;

/// Importing a model file (config.json, .safetensors, model.safetensors.index.json,
/// .gguf) into the open scenario: File → Import Model…, and files dropped on the Model
/// page. Core reads the file and decides what the model brings with it; this shows it.
class ModelImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelImport)

public:
    ModelImport(ScenarioModel *model, QWidget *window);

    /// Adds File → Import Model… to `menu`; its text follows language changes.
    void populate(QMenu *menu);
    /// Asks for a model file and imports it.
    void chooseAndImport();
    /// Imports `path` as one undoable edit; a refused file is explained on `parent` (the
    /// window by default) and the scenario is left as it was. Returns success.
    bool importFile(const QString &path, QWidget *parent = nullptr);

    /// Accepts model files dropped on `target` (the Model page) and imports them.
    static void acceptDrops(QWidget *target, ScenarioModel *model);
    /// The model files among dropped URLs (local files with a model file's name).
    static QStringList droppedModelFiles(const QMimeData *mime);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    ScenarioModel *m_model;
    QWidget *m_window;
    QAction *m_action = nullptr;
};

} // namespace headroom::ui
