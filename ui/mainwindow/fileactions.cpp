#include "mainwindow/fileactions.h"

#include "common/errortext.h"
#include "mainwindow/recentfiles.h"
#include "model/measurementfile.h"
#include "model/modelimport.h"
#include "model/scenariomodel.h"
#include "scenario/codec.h"
#include "settings/preferences.h"
#include "wizard/sizingwizard.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

namespace headroom::ui {

FileActions::FileActions(ScenarioModel *model, QWidget *window, RecentFiles *recent, CatalogStore *catalog)
    : QObject(window), m_model(model), m_window(window), m_recent(recent), m_catalog(catalog),
      m_modelImport(new ModelImport(model, window))
{
    connect(m_recent, &RecentFiles::openRequested, this, &FileActions::openPath);
}

void FileActions::populate(QMenu *menu)
{
    m_new = menu->addAction(QIcon::fromTheme(QStringLiteral("document-new")), QString(), QKeySequence::New, this,
                            [this] { newScenario(); });
    m_open = menu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), QString(), QKeySequence::Open, this,
                             &FileActions::open);
    m_recentMenu = menu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recent->attach(m_recentMenu);
    menu->addSeparator();
    m_save = menu->addAction(QIcon::fromTheme(QStringLiteral("document-save")), QString(), QKeySequence::Save, this,
                             &FileActions::save);
    m_saveAs = menu->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), QString(), QKeySequence::SaveAs,
                               this, &FileActions::saveAs);
    menu->addSeparator();
    m_importMeasurement = menu->addAction(QIcon::fromTheme(QStringLiteral("document-import")), QString());
    connect(m_importMeasurement, &QAction::triggered, this, &FileActions::importMeasurement);
    m_importMeasurement->setObjectName(QStringLiteral("importMeasurementAction"));
    m_modelImport->populate(menu); // Import Model…, retranslated by itself
    m_new->setObjectName(QStringLiteral("newAction"));
    m_open->setObjectName(QStringLiteral("openAction"));
    m_save->setObjectName(QStringLiteral("saveAction"));
    m_saveAs->setObjectName(QStringLiteral("saveAsAction"));
    retranslate();
}

void FileActions::retranslate()
{
    if (!m_new)
        return;
    m_new->setText(tr("&New…"));
    m_new->setStatusTip(tr("Size a new job with the wizard"));
    m_open->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    m_importMeasurement->setText(tr("Import &Measurement…"));
    m_importMeasurement->setStatusTip(tr("Show a measured run (headroom_probe) beside the estimate"));
}

SizingWizard *FileActions::newScenario()
{
    if (!maybeSave())
        return nullptr;
    const Scenario previous = m_model->scenario();
    const QString previousPath = m_model->filePath();
    const bool previousModified = m_model->isModified();
    Scenario start = SizingWizard::startingScenario();
    applyScenarioDefaults(start); // the safety margin and OS reserve of the preferences
    m_model->reset(start);
    auto *wizard = new SizingWizard(m_model, m_catalog, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &QDialog::finished, this, [this, previous, previousPath, previousModified](int result) {
        if (result == QDialog::Accepted)
            return;
        // Cancelled: the new scenario is dropped and what was open comes back as it was.
        m_model->reset(previous, previousPath);
        if (previousModified)
            m_model->undoStack()->resetClean();
    });
    wizard->show();
    return wizard;
}

void FileActions::open()
{
    if (!maybeSave())
        return;
    const QString dir = m_model->filePath().isEmpty() ? QString() : QFileInfo(m_model->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open scenario"), dir,
                                                      tr("Headroom scenarios (*.headroom.json *.json)"));
    if (!path.isEmpty())
        openFile(path);
}

bool FileActions::openPath(const QString &path)
{
    if (!maybeSave())
        return false;
    return openFile(path);
}

bool FileActions::openFile(const QString &path)
{
    if (auto problem = m_model->open(path)) {
        if (problem->code == ErrorCode::Io)
            m_recent->remove(path);
        showRefusal(path, errorText(*problem));
        return false;
    }
    m_recent->add(path);
    return true;
}

void FileActions::importMeasurement()
{
    const QString dir = m_model->filePath().isEmpty() ? QString() : QFileInfo(m_model->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import measurement"), dir,
                                                      tr("Headroom measurements (*.headroom-measure.json *.json)"));
    if (!path.isEmpty())
        importMeasurementFile(path);
}

bool FileActions::importMeasurementFile(const QString &path)
{
    auto measurement = readMeasurementFile(path);
    if (!measurement.ok()) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot import measurement"),
                        tr("%1 was not imported; the scenario is unchanged.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, m_window);
        box.setInformativeText(errorText(measurement.error()));
        box.setObjectName(QStringLiteral("refusal"));
        box.exec();
        return false;
    }
    m_model->attachMeasurement(measurement.value(), path);
    return true;
}

void FileActions::showRefusal(const QString &path, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Cannot open scenario"),
                    tr("%1 was not opened; what you had open is unchanged.").arg(QFileInfo(path).fileName()),
                    QMessageBox::Ok, m_window);
    box.setInformativeText(message);
    box.setObjectName(QStringLiteral("refusal"));
    box.exec();
}

bool FileActions::save()
{
    if (m_model->filePath().isEmpty())
        return saveAs();
    return saveTo(m_model->filePath());
}

bool FileActions::saveAs()
{
    QString suggested = m_model->filePath();
    if (suggested.isEmpty())
        suggested = m_model->displayName() + QStringLiteral(".headroom.json");
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save scenario"), suggested,
                                                tr("Headroom scenarios (*.headroom.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".json")))
        path += QStringLiteral(".headroom.json");
    return saveTo(path);
}

bool FileActions::saveTo(const QString &path)
{
    // A scenario that would be refused when read back is not written.
    if (auto invalid = validateScenario(m_model->scenario())) {
        QMessageBox::warning(m_window, tr("Cannot save"),
                             tr("The scenario has a problem to fix first:\n%1").arg(errorText(*invalid)));
        return false;
    }
    if (auto problem = m_model->save(path)) {
        QMessageBox::warning(m_window, tr("Cannot save"), errorText(*problem));
        return false;
    }
    m_recent->add(path);
    return true;
}

bool FileActions::maybeSave()
{
    if (!m_model->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("%1 has unsaved changes. Save them?").arg(m_model->displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("unsavedPrompt"));
    box.setDefaultButton(QMessageBox::Save);
    const int answer = box.exec();
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

} // namespace headroom::ui
