#pragma once

#include "wizard/scenarioform.h"

class QCheckBox;
class QFormLayout;

namespace headroom::ui {

/// Batch and training: task, device, batch, precision, optimizer, checkpointing,
/// accumulation, fine-tuning, generation and the data loader. A classical estimator
/// (scikit-learn, XGBoost, LightGBM) sees only what applies to it: task, device and its
/// parallel jobs (n_jobs).
class TrainingForm final : public ScenarioForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingForm)

public:
    explicit TrainingForm(ScenarioModel *model, QWidget *parent = nullptr);

protected:
    void build() override;

private:
    void addServingSection();
    /// The LoRA target layers as a row of check boxes; returns the row's editor.
    QWidget *addLoraTargets(QFormLayout *layout);
    void updateVisibility();

    QWidget *m_fraction = nullptr;
    QWidget *m_rank = nullptr;
    QWidget *m_loraTargets = nullptr;
    QWidget *m_loraDropout = nullptr;
    QWidget *m_quantType = nullptr;
    QWidget *m_doubleQuant = nullptr;
    QWidget *m_pagedOptimizer = nullptr;
    QWidget *m_generation = nullptr;
    QWidget *m_prompt = nullptr;
    QWidget *m_newTokens = nullptr;
    QWidget *m_trainingSection = nullptr;
    QWidget *m_batch = nullptr;
    QWidget *m_precision = nullptr;
    QWidget *m_generationSection = nullptr;
    QWidget *m_loaderSection = nullptr;
    QWidget *m_classicalSection = nullptr;
    QWidget *m_cvJobs = nullptr;
    QWidget *m_cvCandidates = nullptr;
    // Serving: the Batch page's serving variant.
    QWidget *m_serve = nullptr;
    QWidget *m_servingSection = nullptr;
    QList<QWidget *> m_servingRows;          ///< shown whenever serving is on
    QList<QWidget *> m_pagedRows;            ///< vLLM, SGLang, TGI
    QList<QWidget *> m_llamaRows;            ///< llama.cpp
    QList<QWidget *> m_transformersRows;     ///< transformers
};

} // namespace headroom::ui
