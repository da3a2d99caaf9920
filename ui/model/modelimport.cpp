#include "model/modelimport.h"

#include "common/errortext.h"
#include "import/import.h"
#include "model/scenariomodel.h"
#include "scenario/codec.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QUrl>

namespace headroom::ui {
namespace {

/// Handles drops of model files on one widget.
class DropFilter final : public QObject
{
public:
    DropFilter(ScenarioModel *model, QWidget *target) : QObject(target), m_import(new ModelImport(model, target)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::DragEnter) {
            auto *drag = static_cast<QDragEnterEvent *>(event);
            if (!ModelImport::droppedModelFiles(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QStringList files = ModelImport::droppedModelFiles(drop->mimeData());
            if (!files.isEmpty()) {
                drop->acceptProposedAction();
                auto *target = qobject_cast<QWidget *>(watched);
                const QString path = files.first();
                // A refusal shows a dialog: after the drop has finished.
                QMetaObject::invokeMethod(this, [this, path, target] { m_import->importFile(path, target); }, Qt::QueuedConnection);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    ModelImport *m_import;
};

} // namespace

ModelImport::ModelImport(ScenarioModel *model, QWidget *window) : QObject(window), m_model(model), m_window(window) {}

void ModelImport::populate(QMenu *menu)
{
    m_action = menu->addAction(QIcon::fromTheme(QStringLiteral("document-import")), QString(), this,
                               &ModelImport::chooseAndImport);
    m_action->setObjectName(QStringLiteral("importModelAction"));
    m_window->installEventFilter(this);
    retranslate();
}

void ModelImport::retranslate()
{
    if (!m_action)
        return;
    m_action->setText(tr("&Import Model…"));
    m_action->setStatusTip(tr("Read a model's config.json, safetensors or GGUF file (headers only) into the scenario"));
}

bool ModelImport::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ModelImport::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import Model"), QString(),
        tr("Model files (config.json *.safetensors *.safetensors.index.json *.gguf);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool ModelImport::importFile(const QString &path, QWidget *parent)
{
    QWidget *owner = parent ? parent : m_window;
    const auto imported = importer::importModel(QFileInfo(path).absoluteFilePath().toStdString());
    if (!imported.ok()) {
        QMessageBox::warning(owner, tr("Import Model"),
                             tr("The model file could not be imported:\n%1").arg(errorText(imported.error())));
        return false;
    }
    const Scenario next = importer::withImportedModel(m_model->scenario(), imported.value());
    if (const auto problem = validateScenario(next)) {
        QMessageBox::warning(owner, tr("Import Model"),
                             tr("The imported model does not fit the open scenario:\n%1").arg(errorText(*problem)));
        return false;
    }
    // An import may change the dataset and the run too: no field, so every view reloads.
    m_model->edit(QString(), tr("Import Model"), [next](Scenario &s) { s = next; });
    if (!imported.value().notes.empty()) {
        QStringList notes;
        for (const Error &note : imported.value().notes)
            notes << QStringLiteral("• ") + errorMessage(note);
        QMessageBox::information(owner, tr("Import Model"),
                                 tr("%1 was imported. Please note:\n%2").arg(QFileInfo(path).fileName(), notes.join(QLatin1Char('\n'))));
    }
    return true;
}

void ModelImport::acceptDrops(QWidget *target, ScenarioModel *model)
{
    target->setAcceptDrops(true);
    target->installEventFilter(new DropFilter(model, target));
}

QStringList ModelImport::droppedModelFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        // Only names that say "model file": a dropped scenario or catalogue is not one.
        const QString path = url.toLocalFile();
        const QString name = QFileInfo(path).fileName();
        if (name == QStringLiteral("config.json") || name.endsWith(QStringLiteral(".safetensors"))
            || name.endsWith(QStringLiteral(".safetensors.index.json")) || name.endsWith(QStringLiteral(".gguf")))
            files << path;
    }
    return files;
}

} // namespace headroom::ui
