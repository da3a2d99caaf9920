#pragma once

#include "wizard/scenarioform.h"

class QCheckBox;

namespace headroom::ui {

/// Batch and training: task, device, batch, precision, optimizer, checkpointing,
/// accumulation, fine-tuning, generation and the data loader.
class TrainingForm final : public ScenarioForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingForm)

public:
    explicit TrainingForm(ScenarioModel *model, QWidget *parent = nullptr);

protected:
    void build() override;

private:
    void updateVisibility();

    QWidget *m_fraction = nullptr;
    QWidget *m_rank = nullptr;
    QWidget *m_quantType = nullptr;
    QWidget *m_doubleQuant = nullptr;
    QWidget *m_pagedOptimizer = nullptr;
    QWidget *m_generation = nullptr;
    QWidget *m_prompt = nullptr;
    QWidget *m_newTokens = nullptr;
    QWidget *m_trainingSection = nullptr;
};

} // namespace headroom::ui
