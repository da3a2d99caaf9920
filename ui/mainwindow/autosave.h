#pragma once

#include <QObject>
#include <QString>

class QTimer;
class QWidget;

namespace headroom::ui {

class ScenarioModel;

/// Keeps a copy of unsaved work in QStandardPaths::AppDataLocation a moment after each
/// edit; removes it when the work is saved or the window closes normally. A copy found
/// at start-up means the last session ended without closing: recovery is offered.
class Autosave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosave)

public:
    explicit Autosave(ScenarioModel *model, QObject *parent = nullptr);

    /// The autosave file.
    static QString path();
    /// Milliseconds between the last edit and the autosave.
    void setDelay(int milliseconds);

    /// Writes the unsaved scenario now (nothing when it is unmodified).
    void saveNow();
    /// Removes the autosave (after a save, or on a normal close).
    void discard();

    /// Whether an autosave from an earlier session is waiting.
    bool hasRecovery() const;
    /// Loads the waiting autosave into the model as unsaved work, with the file name it
    /// had; false (and the autosave kept) when it cannot be read.
    bool recover();
    /// Asks whether to recover a waiting autosave; recovers or discards it. Returns
    /// whether work was recovered.
    bool offerRecovery(QWidget *parent);

private:
    ScenarioModel *m_model;
    QTimer *m_timer;
};

} // namespace headroom::ui
