#include "wizard/trainingform.h"

#include "model/scenariomodel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>

namespace headroom::ui {

TrainingForm::TrainingForm(ScenarioModel *model, QWidget *parent)
    : ScenarioForm(model, {QStringLiteral("run")}, parent)
{
    setUp();
}

void TrainingForm::build()
{
    FieldBinder *b = m_binder;
    QFormLayout *run = addSection(tr("Run"));
    addEnum<Task>(b, run, QStringLiteral("run.task"), tr("&Task:"), {tr("Training"), tr("Inference")},
                  [](const Scenario &s) { return s.run.task; },
                  [](Scenario &s, Task t) {
                      s.run.task = t;
                      if (t == Task::Train)
                          s.run.generation.reset();
                  });
    addOptionalEnum<Device>(b, run, QStringLiteral("run.device"), tr("&Device:"),
                            tr("Default (GPU for deep learning, else CPU)"), {tr("GPU"), tr("CPU only")},
                            [](const Scenario &s) { return s.run.device; },
                            [](Scenario &s, std::optional<Device> d) { s.run.device = d; });
    m_batch = b->addInt(run, QStringLiteral("run.batch_size"), tr("&Batch size:"), tr("samples per device"),
              [](const Scenario &s) { return std::optional(s.run.batchSize); },
              [](Scenario &s, std::optional<std::int64_t> v) { s.run.batchSize = v.value_or(0); });
    m_precision = addEnum<Precision>(b, run, QStringLiteral("run.precision"), tr("&Precision:"),
                       {QStringLiteral("fp64"), QStringLiteral("fp32"), QStringLiteral("fp16"), QStringLiteral("bf16"),
                        tr("mixed fp16 (fp32 master weights)"), tr("mixed bf16 (fp32 master weights)"),
                        tr("int8 weights (inference)"), tr("int4 weights (inference)")},
                       [](const Scenario &s) { return s.run.precision; },
                       [](Scenario &s, Precision p) { s.run.precision = p; });

    // What a classical fit runs in parallel: n_jobs trees (or boosting threads) at a time,
    // each with its own working memory (core's classical engine counts them).
    QFormLayout *classical = addSection(tr("Parallel work"));
    m_classicalSection = classical->parentWidget();
    b->addInt(
        classical, QStringLiteral("model.params.n_jobs"), tr("Parallel &jobs (n_jobs):"), tr("jobs"),
        [](const Scenario &s) -> std::optional<std::int64_t> {
            const auto it = s.model.params.find("n_jobs");
            if (it == s.model.params.end() || !it->is_number_integer())
                return std::nullopt;
            return it->get<std::int64_t>();
        },
        [](Scenario &s, std::optional<std::int64_t> v) {
            if (v)
                s.model.params["n_jobs"] = *v;
            else
                s.model.params.erase("n_jobs");
        },
        true, [](const Scenario &) { return tr("1 (None); −1 for every core"); });

    QFormLayout *train = addSection(tr("Training"));
    m_trainingSection = train->parentWidget();
    addEnum<Optimizer>(b, train, QStringLiteral("run.optimizer"), tr("&Optimizer:"),
                       {QStringLiteral("SGD"), tr("SGD with momentum"), QStringLiteral("Adam"), QStringLiteral("AdamW"),
                        QStringLiteral("Adagrad"), QStringLiteral("RMSprop"), QStringLiteral("Adafactor"),
                        tr("Adam 8-bit"), QStringLiteral("Lion")},
                       [](const Scenario &s) { return s.run.optimizer; },
                       [](Scenario &s, Optimizer o) { s.run.optimizer = o; });
    addEnum<Checkpointing>(b, train, QStringLiteral("run.activation_checkpointing"), tr("Activation &checkpointing:"),
                           {tr("None"), tr("Selective (attention recomputed)"), tr("Full (only block inputs kept)")},
                           [](const Scenario &s) { return s.run.checkpointing; },
                           [](Scenario &s, Checkpointing c) { s.run.checkpointing = c; });
    b->addInt(train, QStringLiteral("run.gradient_accumulation"), tr("Gradient &accumulation:"), tr("micro-batches"),
              [](const Scenario &s) { return std::optional(s.run.gradientAccumulation); },
              [](Scenario &s, std::optional<std::int64_t> v) { s.run.gradientAccumulation = v.value_or(0); });
    addEnum<FinetuneMethod>(b, train, QStringLiteral("run.finetune.method"), tr("&Fine-tuning:"),
                            {tr("Full (every weight trained)"), tr("Frozen (a fraction trained)"), tr("LoRA adapters"),
                             tr("QLoRA (adapters over a 4-bit base)")},
                            [](const Scenario &s) { return s.run.finetune.method; },
                            [](Scenario &s, FinetuneMethod m) { s.run.finetune.method = m; });
    m_fraction = b->addNumber(train, QStringLiteral("run.finetune.trainable_fraction"), tr("T&rainable fraction:"),
                              tr("of parameters"),
                              [](const Scenario &s) { return std::optional(s.run.finetune.trainableFraction); },
                              [](Scenario &s, std::optional<double> v) { s.run.finetune.trainableFraction = v.value_or(-1); });
    m_rank = b->addInt(train, QStringLiteral("run.finetune.rank"), tr("LoRA ra&nk:"), tr("rank"),
                       [](const Scenario &s) { return std::optional(s.run.finetune.rank); },
                       [](Scenario &s, std::optional<std::int64_t> v) { s.run.finetune.rank = v.value_or(0); });
    m_quantType = addEnum<QuantType>(b, train, QStringLiteral("run.finetune.quant_type"), tr("4-bit &base:"),
                                     {QStringLiteral("NF4"), QStringLiteral("FP4")},
                                     [](const Scenario &s) { return s.run.finetune.quantType; },
                                     [](Scenario &s, QuantType q) { s.run.finetune.quantType = q; });
    m_doubleQuant = b->addCheck(train, QStringLiteral("run.finetune.double_quant"), tr("&Double quantisation of the constants"),
                                [](const Scenario &s) { return s.run.finetune.doubleQuant; },
                                [](Scenario &s, bool on) { s.run.finetune.doubleQuant = on; });
    m_pagedOptimizer = b->addCheck(train, QStringLiteral("run.finetune.paged_optimizer"), tr("Pa&ged optimizer"),
                                   [](const Scenario &s) { return s.run.finetune.pagedOptimizer; },
                                   [](Scenario &s, bool on) { s.run.finetune.pagedOptimizer = on; });

    QFormLayout *gen = addSection(tr("Generation"));
    m_generationSection = gen->parentWidget();
    m_generation = b->addCheck(gen, QStringLiteral("run.generation"), tr("&Generate text (language-model inference)"),
                               [](const Scenario &s) { return s.run.generation.has_value(); },
                               [](Scenario &s, bool on) {
                                   if (on)
                                       s.run.generation = Generation{512, 256};
                                   else
                                       s.run.generation.reset();
                               });
    m_prompt = b->addInt(gen, QStringLiteral("run.generation.prompt_tokens"), tr("Pro&mpt:"), tr("tokens"),
                         [](const Scenario &s) {
                             return s.run.generation ? std::optional(s.run.generation->promptTokens) : std::nullopt;
                         },
                         [](Scenario &s, std::optional<std::int64_t> v) {
                             if (s.run.generation)
                                 s.run.generation->promptTokens = v.value_or(-1);
                         });
    m_newTokens = b->addInt(gen, QStringLiteral("run.generation.new_tokens"), tr("New t&okens:"), tr("tokens"),
                            [](const Scenario &s) {
                                return s.run.generation ? std::optional(s.run.generation->newTokens) : std::nullopt;
                            },
                            [](Scenario &s, std::optional<std::int64_t> v) {
                                if (s.run.generation)
                                    s.run.generation->newTokens = v.value_or(-1);
                            });

    QFormLayout *loader = addSection(tr("Data loader"));
    m_loaderSection = loader->parentWidget();
    b->addInt(loader, QStringLiteral("run.dataloader.workers"), tr("&Workers:"), tr("processes"),
              [](const Scenario &s) { return std::optional(s.run.dataloader.workers); },
              [](Scenario &s, std::optional<std::int64_t> v) { s.run.dataloader.workers = v.value_or(-1); });
    b->addInt(loader, QStringLiteral("run.dataloader.prefetch_factor"), tr("Pre&fetch factor:"), tr("batches per worker"),
              [](const Scenario &s) { return std::optional(s.run.dataloader.prefetchFactor); },
              [](Scenario &s, std::optional<std::int64_t> v) { s.run.dataloader.prefetchFactor = v.value_or(0); });
    b->addCheck(loader, QStringLiteral("run.dataloader.pin_memory"), tr("&Pin memory (page-locked batches)"),
                [](const Scenario &s) { return s.run.dataloader.pinMemory; },
                [](Scenario &s, bool on) { s.run.dataloader.pinMemory = on; });

    connect(b, &FieldBinder::refreshed, this, &TrainingForm::updateVisibility);
}

void TrainingForm::updateVisibility()
{
    const Run &r = m_model->scenario().run;
    // Batches, precisions, optimizers, adapters and data loaders are deep learning's.
    const bool deep = isDeepLearning(m_model->scenario().model.framework);
    m_binder->setRowVisible(m_batch, deep);
    m_binder->setRowVisible(m_precision, deep);
    for (QWidget *section : {m_trainingSection, m_generationSection, m_loaderSection})
        section->setVisible(deep);
    m_classicalSection->setVisible(!deep);
    m_binder->setRowVisible(m_fraction, r.finetune.method == FinetuneMethod::Frozen);
    const bool qlora = r.finetune.method == FinetuneMethod::Qlora;
    m_binder->setRowVisible(m_rank, r.finetune.method == FinetuneMethod::Lora || qlora);
    for (QWidget *w : {m_quantType, m_doubleQuant, m_pagedOptimizer})
        m_binder->setRowVisible(w, qlora);
    m_binder->setRowVisible(m_prompt, r.generation.has_value());
    m_binder->setRowVisible(m_newTokens, r.generation.has_value());
    m_generation->setEnabled(r.task == Task::Inference);
    m_trainingSection->setEnabled(r.task == Task::Train);
}

} // namespace headroom::ui
