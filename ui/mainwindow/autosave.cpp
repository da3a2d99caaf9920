#include "mainwindow/autosave.h"

#include "model/scenariomodel.h"
#include "scenario/codec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

namespace headroom::ui {

namespace {

QString originalPathKey() { return QStringLiteral("autosave/originalPath"); }

} // namespace

Autosave::Autosave(ScenarioModel *model, QObject *parent) : QObject(parent), m_model(model), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &Autosave::saveNow);
    connect(m_model, &ScenarioModel::changed, this, [this] {
        if (m_model->isModified())
            m_timer->start();
    });
    // The first edit after a save is announced by modifiedChanged (the undo stack is
    // still clean while the edit's changed() is emitted).
    connect(m_model, &ScenarioModel::modifiedChanged, this, [this](bool modified) {
        if (modified) {
            m_timer->start();
        } else {
            m_timer->stop();
            discard();
        }
    });
}

QString Autosave::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave.headroom.json");
}

void Autosave::setDelay(int milliseconds) { m_timer->setInterval(milliseconds); }

void Autosave::saveNow()
{
    m_timer->stop();
    if (!m_model->isModified())
        return;
    QDir().mkpath(QFileInfo(path()).absolutePath());
    QSaveFile file(path());
    const std::string text = writeScenario(m_model->scenario());
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) < 0
        || !file.commit())
        return; // best effort: the next edit tries again
    QSettings().setValue(originalPathKey(), m_model->filePath());
}

void Autosave::discard()
{
    m_timer->stop();
    QFile::remove(path());
    QSettings().remove(originalPathKey());
}

bool Autosave::hasRecovery() const { return QFileInfo::exists(path()); }

bool Autosave::recover()
{
    auto text = readTextFile(path());
    if (!text.ok())
        return false;
    auto scenario = readScenario(text.value());
    if (!scenario.ok())
        return false;
    m_model->reset(scenario.value(), QSettings().value(originalPathKey()).toString());
    // Recovered work is unsaved work: no state of the new undo stack is clean.
    m_model->undoStack()->resetClean();
    return true;
}

bool Autosave::offerRecovery(QWidget *parent)
{
    if (!hasRecovery())
        return false;
    const QString original = QSettings().value(originalPathKey()).toString();
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved work"),
                    tr("Headroom did not close normally last time. Recover the unsaved changes?"), QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("recoveryPrompt"));
    box.setInformativeText(original.isEmpty() ? tr("The scenario had not been saved yet.")
                                              : tr("They were changes to %1.").arg(QDir::toNativeSeparators(original)));
    QPushButton *recoverButton = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    recoverButton->setObjectName(QStringLiteral("recover"));
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole)->setObjectName(QStringLiteral("discard"));
    box.setDefaultButton(recoverButton);
    box.exec();
    if (box.clickedButton() == recoverButton && recover())
        return true;
    discard();
    return false;
}

} // namespace headroom::ui
