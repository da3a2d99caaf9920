#pragma once

#include <QObject>
#include <QString>

class QTimer;
class QWidget;

namespace headroom::ui {

class ScenarioModel;

/// Keeps a copy of unsaved work in QStandardPaths::AppDataLocation: a moment after an
/// edit, and no later than that while typing goes on (edits do not postpone it), and at
/// once before any modal dialog opens over the window (a file dialog, the wizard, the
/// catalogue: the operations most likely to go wrong). It is removed when the work is
/// saved or the window closes normally. A copy found at start-up means the last session
/// ended without closing: it is set aside at once (so that opening a file, or the new
/// session's own autosave, cannot remove it) and recovery is offered, however the app was
/// started.
class Autosave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosave)

public:
    explicit Autosave(ScenarioModel *model, QObject *parent = nullptr);

    /// The autosave file of this session.
    static QString path();
    /// Where an earlier session's autosave waits to be recovered.
    static QString recoveryPath();
    /// Milliseconds from an edit to the autosave (the most typing a crash can lose).
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void dropRecovery();

    ScenarioModel *m_model;
    QTimer *m_timer;
};

} // namespace headroom::ui
