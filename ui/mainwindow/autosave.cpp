#include "mainwindow/autosave.h"

#include "model/scenariomodel.h"
#include "scenario/codec.h"
#include "settings/preferences.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

namespace headroom::ui {

Autosave::Autosave(ScenarioModel *model, QObject *parent) : QObject(parent), m_model(model), m_timer(new QTimer(this))
{
    // An autosave left by a session that ended without closing is set aside for recovery.
    if (QFileInfo::exists(path())) {
        QFile::remove(recoveryPath()); // an older one not recovered: the newer wins
        if (QFile::rename(path(), recoveryPath()))
            prefs::recoveryOriginalPath.setValue(prefs::autosaveOriginalPath.value());
        prefs::autosaveOriginalPath.reset();
    }
    if (parent)
        parent->installEventFilter(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &Autosave::saveNow);
    // A save is due at most the delay after the first unsaved edit: later edits do not
    // postpone it, so steady typing is saved every few seconds.
    connect(m_model, &ScenarioModel::changed, this, [this] {
        if (m_model->isModified() && !m_timer->isActive())
            m_timer->start();
    });
    // The first edit after a save is announced by modifiedChanged (the undo stack is
    // still clean while the edit's changed() is emitted).
    connect(m_model, &ScenarioModel::modifiedChanged, this, [this](bool modified) {
        if (modified) {
            if (!m_timer->isActive())
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

QString Autosave::recoveryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recover.headroom.json");
}

bool Autosave::eventFilter(QObject *watched, QEvent *event)
{
    // A modal dialog opened over the window: save before it runs.
    if (event->type() == QEvent::WindowBlocked && watched == parent())
        saveNow();
    return QObject::eventFilter(watched, event);
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
    prefs::autosaveOriginalPath.setValue(m_model->filePath());
}

void Autosave::discard()
{
    m_timer->stop();
    QFile::remove(path());
    prefs::autosaveOriginalPath.reset();
}

bool Autosave::hasRecovery() const { return QFileInfo::exists(recoveryPath()); }

void Autosave::dropRecovery()
{
    QFile::remove(recoveryPath());
    prefs::recoveryOriginalPath.reset();
}

bool Autosave::recover()
{
    auto text = readTextFile(recoveryPath());
    if (!text.ok())
        return false;
    auto scenario = readScenario(text.value());
    if (!scenario.ok())
        return false;
    m_model->reset(scenario.value(), prefs::recoveryOriginalPath.value());
    // Recovered work is unsaved work: no state of the new undo stack is clean.
    m_model->undoStack()->resetClean();
    dropRecovery();
    saveNow(); // it is this session's unsaved work now
    return true;
}

bool Autosave::offerRecovery(QWidget *parent)
{
    if (!hasRecovery())
        return false;
    const QString original = prefs::recoveryOriginalPath.value();
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
    dropRecovery();
    return false;
}

} // namespace headroom::ui
