#include "wizard/trainingform.h"

#include "engine/serving/serving.h"
#include "model/scenariomodel.h"
#include "scenario/loading.h"
#include "scenario/rules.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>

#include <iterator>

namespace headroom::ui {

namespace {

/// A number of the optional cross-validation: none without cross-validation.
FieldBinder::IntGet crossValidationGet(std::int64_t CrossValidation::*field)
{
    return [field](const Scenario &s) -> std::optional<std::int64_t> {
        if (!s.run.crossValidation)
            return std::nullopt;
        return (*s.run.crossValidation).*field;
    };
}

/// Sets a number of the cross-validation (starting one if there is none); empty text gives
/// the number's default.
FieldBinder::IntSet crossValidationSet(std::int64_t CrossValidation::*field)
{
    return [field](Scenario &s, std::optional<std::int64_t> v) {
        if (!s.run.crossValidation)
            s.run.crossValidation = CrossValidation{};
        (*s.run.crossValidation).*field = v.value_or((CrossValidation{}).*field);
    };
}

} // namespace

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
                  [](const Scenario &s) { return s.run.task; }, [](Scenario &s, Task t) { switchTask(s, t); });
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
    // Cross-validation or a parameter search: the further fits, and the copies each takes.
    b->addInt(
        classical, QStringLiteral("run.cross_validation.folds"), tr("Cross-validation &folds:"), tr("folds"),
        crossValidationGet(&CrossValidation::folds),
        [](Scenario &s, std::optional<std::int64_t> v) {
            if (!v) {
                s.run.crossValidation.reset();
                return;
            }
            if (!s.run.crossValidation)
                s.run.crossValidation = CrossValidation{};
            s.run.crossValidation->folds = *v;
        },
        true, [](const Scenario &) { return tr("none (one fit)"); });
    m_cvJobs = b->addInt(classical, QStringLiteral("run.cross_validation.n_jobs"), tr("Fits at &once (n_jobs):"),
                         tr("fits"), crossValidationGet(&CrossValidation::nJobs),
                         crossValidationSet(&CrossValidation::nJobs), true,
                         [](const Scenario &) { return tr("1 (None); −1 for every fit"); });
    m_cvCandidates = b->addInt(classical, QStringLiteral("run.cross_validation.candidates"),
                               tr("Parameter &candidates:"), tr("searched"),
                               crossValidationGet(&CrossValidation::candidates),
                               crossValidationSet(&CrossValidation::candidates), true,
                               [](const Scenario &) { return tr("1 (plain cross-validation)"); });

    QFormLayout *train = addSection(tr("Training"));
    m_trainingSection = train->parentWidget();
    addEnum<Optimizer>(b, train, QStringLiteral("run.optimizer"), tr("&Optimizer:"),
                       {QStringLiteral("SGD"), tr("SGD with momentum"), QStringLiteral("Adam"), QStringLiteral("AdamW"),
                        QStringLiteral("Adagrad"), QStringLiteral("RMSprop"), QStringLiteral("Adafactor"),
                        tr("Adam 8-bit"), QStringLiteral("Lion")},
                       [](const Scenario &s) { return s.run.optimizer; },
                       [](Scenario &s, Optimizer o) { s.run.optimizer = o; });
    addEnum<Checkpointing>(b, train, QStringLiteral("run.activation_checkpointing"), tr("Activation &checkpointing:"),
                           {tr("None"), tr("Selective (attention recomputed)"), tr("Full (only block inputs kept)"),
                            tr("Op-level selective (every other matmul kept)")},
                           [](const Scenario &s) { return s.run.checkpointing; },
                           [](Scenario &s, Checkpointing c) { s.run.checkpointing = c; });
    b->addInt(train, QStringLiteral("run.gradient_accumulation"), tr("Gradient &accumulation:"), tr("micro-batches"),
              [](const Scenario &s) { return std::optional(s.run.gradientAccumulation); },
              [](Scenario &s, std::optional<std::int64_t> v) { s.run.gradientAccumulation = v.value_or(0); });
    addOptionalEnum<OptimizerStep>(b, train, QStringLiteral("run.optimizer_step"), tr("Optimizer &step:"),
                                   tr("Default (foreach on CUDA)"),
                                   {tr("foreach (one temporary the size of the states)"), tr("fused (no temporaries)"),
                                    tr("per parameter"), tr("in backward (each gradient freed as it is made)")},
                                   [](const Scenario &s) { return s.run.optimizerStep; },
                                   [](Scenario &s, std::optional<OptimizerStep> v) { s.run.optimizerStep = v; });
    b->addInt(train, QStringLiteral("run.loss_chunks"), tr("&Loss chunks:"), tr("chunks of the output"),
              [](const Scenario &s) { return std::optional(s.run.lossChunks); },
              [](Scenario &s, std::optional<std::int64_t> v) { s.run.lossChunks = v.value_or(1); });
    addEnum<Loss>(b, train, QStringLiteral("run.loss"), tr("Loss funct&ion:"),
                  {tr("Cross-entropy over the outputs"), tr("Sum of the outputs (a benchmark's logits.sum())")},
                  [](const Scenario &s) { return s.run.loss; }, [](Scenario &s, Loss l) { s.run.loss = l; });
    b->addCheck(train, QStringLiteral("run.compile"), tr("torch.co&mpile (the chunked loss is fused)"),
                [](const Scenario &s) { return s.run.compile; }, [](Scenario &s, bool on) { s.run.compile = on; });
    b->addCheck(train, QStringLiteral("run.activation_offload"), tr("Offload activations to &host RAM"),
                [](const Scenario &s) { return s.run.activationOffload; },
                [](Scenario &s, bool on) { s.run.activationOffload = on; });
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
    m_loraTargets = addLoraTargets(train);
    m_loraDropout = b->addNumber(train, QStringLiteral("run.finetune.dropout"), tr("LoRA dropo&ut:"), tr("probability (lora_dropout)"),
                                 [](const Scenario &s) { return std::optional(s.run.finetune.dropout); },
                                 [](Scenario &s, std::optional<double> v) { s.run.finetune.dropout = v.value_or(0.0); });
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

    addServingSection();

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

QWidget *TrainingForm::addLoraTargets(QFormLayout *layout)
{
    // One box per layer of a block; q, k, v and o by default, all of them is PEFT's
    // "all-linear". A GELU FFN's first layer is "up"; "gate" exists in SwiGLU FFNs only.
    static const char *const tips[] = {
        QT_TR_NOOP("Query projection (q_proj)"),
        QT_TR_NOOP("Key projection (k_proj)"),
        QT_TR_NOOP("Value projection (v_proj)"),
        QT_TR_NOOP("Attention output projection (o_proj)"),
        QT_TR_NOOP("FFN gate projection (gate_proj; SwiGLU FFNs only)"),
        QT_TR_NOOP("FFN up projection (up_proj; a GELU FFN's first layer, fc1)"),
        QT_TR_NOOP("FFN down projection (down_proj; a GELU FFN's second layer, fc2)"),
    };
    static_assert(std::size(tips) == enumNames<LoraLayer>().size());
    auto *editor = new QWidget;
    auto *row = new QHBoxLayout(editor);
    row->setContentsMargins(0, 0, 0, 0);
    QList<QCheckBox *> boxes;
    const QStringList names = enumSpellings<LoraLayer>();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &name = names[i];
        auto *box = new QCheckBox(name);
        box->setObjectName(QStringLiteral("run.finetune.targets.") + name);
        box->setToolTip(tr(tips[i]));
        row->addWidget(box);
        boxes << box;
    }
    row->addStretch();
    editor->setFocusProxy(boxes.first());
    editor->setToolTip(tr("The linear layers of each block that get LoRA adapters: q, k, v and o by default; every "
                          "one is PEFT's \"all-linear\". A mixture's experts are not adapted."));
    m_binder->addCustom(layout, QStringLiteral("run.finetune.targets"), tr("Adapted la&yers:"), editor, [this, boxes] {
        const LoraTargets targets = m_model->scenario().run.finetune.targets;
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            const QSignalBlocker blocker(boxes[i]);
            boxes[i]->setChecked(targets & loraBit(static_cast<LoraLayer>(i)));
        }
    });
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        connect(boxes[i], &QCheckBox::toggled, this, [this, editor, box = boxes[i], i](bool on) {
            const LoraTargets bit = loraBit(static_cast<LoraLayer>(i));
            const LoraTargets now = m_model->scenario().run.finetune.targets;
            const auto next = static_cast<LoraTargets>(on ? now | bit : now & ~bit);
            if (next == 0) {
                // Adapters on no layer would train nothing: the last box stays checked.
                const QSignalBlocker blocker(box);
                box->setChecked(true);
                m_binder->setLocalError(editor, tr("At least one layer must get adapters."));
                return;
            }
            m_binder->setLocalError(editor, {});
            m_binder->edit(QStringLiteral("run.finetune.targets"), tr("Adapted layers"),
                           [next](Scenario &s) { s.run.finetune.targets = next; });
        });
    }
    return editor;
}

void TrainingForm::addServingSection()
{
    FieldBinder *b = m_binder;
    QFormLayout *srv = addSection(tr("Serving"));
    m_servingSection = srv->parentWidget();
    m_serve = b->addCheck(srv, QStringLiteral("run.serving"), tr("&Serve with an inference engine (concurrent requests)"),
                          [](const Scenario &s) { return s.run.serving.has_value(); },
                          [](Scenario &s, bool on) {
                              if (on) {
                                  Serving v;
                                  v.engine = ServingEngine::Vllm;
                                  v.concurrentSequences = 8;
                                  v.promptTokens = 2048;
                                  v.outputTokens = 512;
                                  s.run.serving = v;
                                  s.run.generation.reset();
                              } else {
                                  s.run.serving.reset();
                              }
                          });
    auto serving = [](const Scenario &s) -> const Serving * { return s.run.serving ? &*s.run.serving : nullptr; };
    auto intRow = [&](const char *path, const QString &label, const QString &unit, std::optional<std::int64_t> Serving::*field,
                      const QString &placeholder) {
        return b->addInt(
            srv, QString::fromLatin1(path), label, unit,
            [serving, field](const Scenario &s) { return serving(s) ? serving(s)->*field : std::nullopt; },
            [field](Scenario &s, std::optional<std::int64_t> v) {
                if (s.run.serving)
                    (*s.run.serving).*field = v;
            },
            true, [placeholder](const Scenario &) { return placeholder; });
    };
    m_servingRows << addEnum<ServingEngine>(
        b, srv, QStringLiteral("run.serving.engine"), tr("&Engine:"),
        {QStringLiteral("transformers"), QStringLiteral("vLLM"), QStringLiteral("SGLang"), QStringLiteral("llama.cpp"),
         QStringLiteral("TGI")},
        [](const Scenario &s) { return s.run.serving ? s.run.serving->engine : ServingEngine::Vllm; },
        [](Scenario &s, ServingEngine e) {
            if (!s.run.serving)
                return;
            // Settings of the previous engine do not carry over.
            Serving v;
            v.engine = e;
            v.concurrentSequences = s.run.serving->concurrentSequences;
            v.promptTokens = s.run.serving->promptTokens;
            v.outputTokens = s.run.serving->outputTokens;
            v.contextTokens = s.run.serving->contextTokens;
            s.run.serving = v;
        });
    m_servingRows << b->addInt(srv, QStringLiteral("run.serving.concurrent_sequences"), tr("&Concurrent sequences:"),
                               tr("requests at once"),
                               [](const Scenario &s) {
                                   return s.run.serving ? std::optional(s.run.serving->concurrentSequences) : std::nullopt;
                               },
                               [](Scenario &s, std::optional<std::int64_t> v) {
                                   if (s.run.serving)
                                       s.run.serving->concurrentSequences = v.value_or(0);
                               });
    m_servingRows << intRow("run.serving.prompt_tokens", tr("P&rompt:"), tr("tokens per sequence"), &Serving::promptTokens,
                            tr("none"));
    m_servingRows << intRow("run.serving.output_tokens", tr("O&utput:"), tr("tokens per sequence"), &Serving::outputTokens,
                            tr("none"));
    m_servingRows << intRow("run.serving.context_tokens", tr("Con&text instead:"), tr("tokens per sequence"),
                            &Serving::contextTokens, tr("prompt + output"));
    m_servingRows << addOptionalEnum<KvCacheDType>(
        b, srv, QStringLiteral("run.serving.kv_cache_dtype"), tr("&KV cache type:"), tr("Default (the weights' 16-bit type)"),
        enumSpellings<KvCacheDType>(), [](const Scenario &s) { return s.run.serving ? s.run.serving->kvCacheDtype : std::nullopt; },
        [](Scenario &s, std::optional<KvCacheDType> t) {
            if (s.run.serving)
                s.run.serving->kvCacheDtype = t;
        });
    m_pagedRows << b->addNumber(
        srv, QStringLiteral("run.serving.gpu_memory_utilization"), tr("GPU &share taken:"),
        tr("gpu_memory_utilization / mem_fraction_static / cuda_memory_fraction"),
        [](const Scenario &s) { return s.run.serving ? s.run.serving->memoryFraction : std::nullopt; },
        [](Scenario &s, std::optional<double> v) {
            if (s.run.serving)
                s.run.serving->memoryFraction = v;
        },
        true, [](const Scenario &s) {
            return s.run.serving ? QLocale().toString(serving::memoryFraction(*s.run.serving)) : QString();
        });
    m_pagedRows << intRow("run.serving.max_num_seqs", tr("Most &running sequences:"), tr("max_num_seqs"), &Serving::maxNumSeqs,
                          QStringLiteral("256"));
    m_pagedRows << intRow("run.serving.max_num_batched_tokens", tr("Prefill &chunk:"), tr("tokens (max_num_batched_tokens)"),
                          &Serving::maxNumBatchedTokens, tr("engine default"));
    m_llamaRows << intRow("run.serving.n_gpu_layers", tr("&GPU layers:"), tr("n_gpu_layers (−1: all)"), &Serving::nGpuLayers,
                          tr("all"));
    m_llamaRows << intRow("run.serving.n_ctx", tr("Context &cells:"), tr("n_ctx, shared by all sequences"), &Serving::nCtx,
                          tr("sequences × context"));
    m_llamaRows << intRow("run.serving.n_ubatch", tr("&Micro-batch:"), tr("n_ubatch tokens"), &Serving::nUbatch,
                          QStringLiteral("512"));
    m_llamaRows << addOptionalBool(b, srv, QStringLiteral("run.serving.flash_attn"), tr("&Flash attention:"),
                                   [](const Scenario &s) { return s.run.serving ? s.run.serving->flashAttn : std::nullopt; },
                                   [](Scenario &s, std::optional<bool> v) {
                                       if (s.run.serving)
                                           s.run.serving->flashAttn = v;
                                   });
    m_llamaRows << addOptionalBool(b, srv, QStringLiteral("run.serving.use_mmap"), tr("Memory-map the &model file:"),
                                   [](const Scenario &s) { return s.run.serving ? s.run.serving->useMmap : std::nullopt; },
                                   [](Scenario &s, std::optional<bool> v) {
                                       if (s.run.serving)
                                           s.run.serving->useMmap = v;
                                   });
    m_transformersRows << addOptionalEnum<CacheImplementation>(
        b, srv, QStringLiteral("run.serving.cache_implementation"), tr("C&ache:"), tr("Default (dynamic)"),
        {tr("dynamic (grows each step)"), tr("static (allocated for the whole context)")},
        [](const Scenario &s) { return s.run.serving ? s.run.serving->cacheImplementation : std::nullopt; },
        [](Scenario &s, std::optional<CacheImplementation> c) {
            if (s.run.serving)
                s.run.serving->cacheImplementation = c;
        });
}

void TrainingForm::updateVisibility()
{
    const Run &r = m_model->scenario().run;
    // Batches, precisions, optimizers, adapters, data loaders and serving are deep learning's.
    const bool deep = isDeepLearning(m_model->scenario().model.framework);
    const bool serving = deep && r.serving.has_value();
    const ServingEngine engine = r.serving ? r.serving->engine : ServingEngine::Vllm;
    m_binder->setRowVisible(m_batch, deep && !serving);
    m_binder->setRowVisible(m_precision, deep);
    for (QWidget *section : {m_trainingSection, m_servingSection})
        section->setVisible(deep);
    m_loaderSection->setVisible(usesDataLoader(m_model->scenario()));
    m_generationSection->setVisible(deep && !serving);
    m_classicalSection->setVisible(!deep);
    const bool crossValidation = m_model->scenario().run.crossValidation.has_value();
    m_binder->setRowVisible(m_cvJobs, crossValidation);
    m_binder->setRowVisible(m_cvCandidates, crossValidation);
    m_serve->setEnabled(r.task == Task::Inference);
    for (QWidget *w : std::as_const(m_servingRows))
        m_binder->setRowVisible(w, serving);
    for (QWidget *w : std::as_const(m_pagedRows))
        m_binder->setRowVisible(w, serving && serving::reservesShare(*r.serving));
    for (QWidget *w : std::as_const(m_llamaRows))
        m_binder->setRowVisible(w, serving && engine == ServingEngine::LlamaCpp);
    for (QWidget *w : std::as_const(m_transformersRows))
        m_binder->setRowVisible(w, serving && engine == ServingEngine::Transformers);
    m_binder->setRowVisible(m_fraction, r.finetune.method == FinetuneMethod::Frozen);
    const bool qlora = r.finetune.method == FinetuneMethod::Qlora;
    for (QWidget *w : {m_rank, m_loraTargets, m_loraDropout})
        m_binder->setRowVisible(w, r.finetune.method == FinetuneMethod::Lora || qlora);
    for (QWidget *w : {m_quantType, m_doubleQuant, m_pagedOptimizer})
        m_binder->setRowVisible(w, qlora);
    m_binder->setRowVisible(m_prompt, r.generation.has_value());
    m_binder->setRowVisible(m_newTokens, r.generation.has_value());
    m_generation->setEnabled(r.task == Task::Inference);
    m_trainingSection->setEnabled(r.task == Task::Train);
}

} // namespace headroom::ui
