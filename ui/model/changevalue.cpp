#include "model/changevalue.h"

#include "model/scenariomodel.h"

namespace headroom::ui {

ChangeScenario::ChangeScenario(ScenarioModel *model, QString field, const QString &label, Scenario before, Scenario after)
    : m_model(model), m_field(std::move(field)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(label);
}

void ChangeScenario::undo() { m_model->setScenarioDirect(m_before, m_field); }

void ChangeScenario::redo() { m_model->setScenarioDirect(m_after, m_field); }

bool ChangeScenario::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeScenario *>(other);
    if (o->m_field != m_field || m_field.isEmpty())
        return false;
    m_after = o->m_after;
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

} // namespace headroom::ui
