#pragma once

#include "scenario/scenario.h"

#include <QUndoCommand>

namespace headroom::ui {

class ScenarioModel;

/// The generic undo command: the scenario before and after one edit. Consecutive edits
/// of the same field merge, so typing "256" is one undo step, not three.
class ChangeScenario final : public QUndoCommand
{
public:
    ChangeScenario(ScenarioModel *model, QString field, const QString &label, Scenario before, Scenario after);

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ScenarioModel *m_model;
    QString m_field;
    Scenario m_before;
    Scenario m_after;
};

} // namespace headroom::ui
