// Deep-learning alternatives: batch, precision, recomputation, attention kernel, optimizer,
// sharding, offload, adapters, quantised weights, context length. Each is proposed only
// where it applies; how much it saves is the engine's answer, not the advisor's.

#include "advisor/variants.h"

#include "scenario/presets.h"

#include <array>
#include <limits>

namespace headroom::advisor {
namespace {

std::int64_t datasetTokens(const Scenario &s)
{
    return s.dataset.input.kind == InputKind::Tokens ? s.dataset.input.length : 0;
}

std::optional<TransformerConfig> transformerOf(const Scenario &s)
{
    if (!s.model.architecture)
        return std::nullopt;
    return resolvedTransformer(*s.model.architecture, datasetTokens(s));
}

/// A pretrained language model (a preset that is not a vision network): LoRA applies.
bool pretrainedLanguageModel(const Scenario &s)
{
    if (!s.model.architecture || s.model.architecture->kind != ArchitectureKind::Preset)
        return false;
    const PresetInfo *p = findPreset(s.model.architecture->preset);
    return p && p->family != PresetFamily::Vision;
}

std::int64_t smallestFactor(std::int64_t n)
{
    for (std::int64_t f = 2; f * f <= n; ++f)
        if (n % f == 0)
            return f;
    return n;
}

std::string name(Precision p) { return std::string(toString(p)); }
std::string name(Optimizer o) { return std::string(toString(o)); }

void addBatchVariants(Variants &v)
{
    const Run &r = v.base().run;
    if (r.task != Task::Train || r.batchSize < 2 || r.serving)
        return;
    // Split each step into micro-batches, keeping samples per optimizer step.
    const std::int64_t f = smallestFactor(r.batchSize);
    const std::int64_t micro = r.batchSize / f;
    const std::int64_t steps = r.gradientAccumulation * f;
    if (steps > 1'000'000)
        return;
    v.add("micro_batch", "Micro-batch %1 with %2 accumulation steps instead of %3 × %4 (same effective batch)",
          {std::to_string(micro), std::to_string(steps), std::to_string(r.batchSize), std::to_string(r.gradientAccumulation)},
          "More, smaller steps: lower device utilisation and somewhat slower training; the result is the same "
          "(batch normalisation sees smaller batches).",
          [micro, steps](Scenario &s) {
              s.run.batchSize = micro;
              s.run.gradientAccumulation = steps;
          });
}

void addPrecisionVariants(Variants &v)
{
    const Run &r = v.base().run;
    const bool full = r.precision == Precision::Fp32 || r.precision == Precision::Fp64;
    if (!full)
        return;
    if (r.task == Task::Train)
        v.add("mixed_precision", "Mixed precision (bf16 compute, fp32 master weights) instead of %1", {name(r.precision)},
              "Needs bf16 support (NVIDIA Ampere or newer, recent CPUs); usually no loss of accuracy and faster.",
              [](Scenario &s) { s.run.precision = Precision::MixedBf16; });
    else
        v.add("half_precision", "Run inference in bf16 instead of %1", {name(r.precision)},
              "Needs bf16 support (NVIDIA Ampere or newer, recent CPUs); outputs differ slightly from fp32.",
              [](Scenario &s) { s.run.precision = Precision::Bf16; });
}

void addQuantisedWeights(Variants &v)
{
    const Run &r = v.base().run;
    if (r.task != Task::Inference)
        return;
    if (r.precision != Precision::Int8 && r.precision != Precision::Int4)
        v.add("int8_weights", "int8 weights instead of %1", {name(r.precision)},
              "Usually under 1 % accuracy loss; needs int8 kernels (bitsandbytes LLM.int8, TensorRT); "
              "may be slower than fp16 for small batches.",
              [](Scenario &s) { s.run.precision = Precision::Int8; });
    if (r.precision != Precision::Int4)
        v.add("int4_weights", "int4 weights instead of %1", {name(r.precision)},
              "Possible accuracy loss (a point or more on some benchmarks); needs a quantised checkpoint "
              "(GPTQ, AWQ, NF4) and its kernels.",
              [](Scenario &s) { s.run.precision = Precision::Int4; });
}

void addCheckpointingVariants(Variants &v, bool transformer)
{
    const Run &r = v.base().run;
    if (r.task != Task::Train)
        return;
    if (transformer && r.checkpointing == Checkpointing::None)
        v.add("checkpoint_selective", "Selective activation checkpointing (attention recomputed)", {},
              "A few percent more compute: the attention scores are recomputed in the backward pass.",
              [](Scenario &s) { s.run.checkpointing = Checkpointing::Selective; });
    if (r.checkpointing != Checkpointing::Full)
        v.add("checkpoint_full", "Full activation checkpointing (only each block's input kept)", {},
              "About a third more compute: the forward pass runs again during the backward pass.",
              [](Scenario &s) { s.run.checkpointing = Checkpointing::Full; });
}

void addOptimizerVariants(Variants &v)
{
    const Run &r = v.base().run;
    if (r.task != Task::Train)
        return;
    const Optimizer o = r.optimizer;
    const bool adamLike = o == Optimizer::Adam || o == Optimizer::AdamW;
    if (adamLike)
        v.add("optimizer_adam_8bit", "8-bit Adam instead of %1", {name(o)},
              "Needs bitsandbytes; matches 32-bit Adam's accuracy on most published benchmarks.",
              [](Scenario &s) { s.run.optimizer = Optimizer::Adam8bit; });
    if (o != Optimizer::Adafactor && o != Optimizer::Sgd)
        v.add("optimizer_adafactor", "Adafactor instead of %1", {name(o)},
              "Factored second moments: may need a different learning rate schedule; "
              "slightly worse than Adam on some tasks.",
              [](Scenario &s) { s.run.optimizer = Optimizer::Adafactor; });
    if (o != Optimizer::Sgd && o != Optimizer::SgdMomentum)
        v.add("optimizer_sgd", "SGD with momentum instead of %1", {name(o)},
              "Often converges slower or to lower accuracy for transformers; the learning rate needs retuning.",
              [](Scenario &s) { s.run.optimizer = Optimizer::SgdMomentum; });
    // How the step runs, not what it computes (offered where it saves, as every variant).
    if (!r.optimizerStep || *r.optimizerStep == OptimizerStep::Foreach || *r.optimizerStep == OptimizerStep::PerParameter)
        v.add("fused_optimizer_step", "Fused optimizer step (fused=True)", {},
              "Same updates in one kernel per parameter group; needs a CUDA device (Adam and AdamW from PyTorch 2.0).",
              [](Scenario &s) { s.run.optimizerStep = OptimizerStep::Fused; });
}

void addTrainingStepVariants(Variants &v, bool transformer)
{
    const Scenario &b = v.base();
    if (b.run.task != Task::Train || b.device() != Device::Gpu)
        return;
    if (transformer && b.run.lossChunks == 1 && b.model.framework != Framework::Megatron)
        v.add("chunked_loss", "Cross-entropy in 8 compiled chunks", {},
              "Same loss, computed chunk by chunk (torchtune's CEWithChunkedOutputLoss under torch.compile).",
              [](Scenario &s) {
                  s.run.lossChunks = 8;
                  s.run.compile = true;
              });
    if (!b.run.activationOffload)
        v.add("activation_offload", "Offload activations to host RAM", {},
              "Needs pinned host RAM for the saved activations; slower where the copies do not overlap compute.",
              [](Scenario &s) { s.run.activationOffload = true; });
}

void addShardingVariants(Variants &v)
{
    const Scenario &b = v.base();
    if (b.run.task != Task::Train || b.device() != Device::Gpu)
        return;
    if (b.cluster.devices() > 1) {
        struct Stage {
            DataParallel mode;
            const char *id;
            const char *title;
            const char *cost;
        };
        static constexpr std::array<Stage, 3> stages = {{
            {DataParallel::Zero1, "zero1", "ZeRO stage 1 across the %1 devices (optimizer states sharded)",
             "Needs DeepSpeed (or a sharded optimizer); about the same communication as DDP."},
            {DataParallel::Zero2, "zero2", "ZeRO stage 2 across the %1 devices (optimizer states and gradients sharded)",
             "Needs DeepSpeed or FSDP (SHARD_GRAD_OP); about the same communication as DDP."},
            {DataParallel::Zero3, "zero3", "ZeRO stage 3 / FSDP across the %1 devices (parameters sharded too)",
             "About 1.5× the communication of DDP: parameters are gathered layer by layer; slower over slow interconnects."},
        }};
        const auto rank = [](DataParallel m) {
            return m == DataParallel::Fsdp ? 3 : static_cast<int>(m);
        };
        for (const Stage &st : stages)
            if (rank(st.mode) > rank(b.cluster.dataParallel))
                v.add(st.id, st.title, {std::to_string(b.cluster.devices())}, st.cost,
                      [mode = st.mode](Scenario &s) { s.cluster.dataParallel = mode; });
    }
    if (b.cluster.offload == Offload::None)
        v.add("offload_optimizer", "Offload the optimizer states to host RAM", {},
              "More host RAM and PCIe traffic; the optimizer step runs on the CPU (DeepSpeed ZeRO-Offload): "
              "slower steps.",
              [](Scenario &s) { s.cluster.offload = Offload::Optimizer; });
    if (b.cluster.offload != Offload::OptimizerAndParameters)
        v.add("offload_parameters", "Offload the optimizer states and the parameters to host RAM", {},
              "Much more PCIe traffic: parameters are fetched for every layer (ZeRO-Infinity); "
              "steps can be several times slower.",
              [](Scenario &s) { s.cluster.offload = Offload::OptimizerAndParameters; });
}

void addTransformerVariants(Variants &v, const TransformerConfig &t)
{
    const Scenario &b = v.base();
    if (t.attention == Attention::Eager)
        v.add("flash_attention", "Flash attention instead of eager attention", {},
              "Needs a FlashAttention or SDPA kernel for the device and fp16/bf16 compute; no loss, usually faster.",
              [](Scenario &s) { s.model.architecture->transformer.attention = Attention::Flash; });

    if (b.run.task == Task::Train && pretrainedLanguageModel(b) && b.run.finetune.method != FinetuneMethod::Lora
        && b.run.finetune.method != FinetuneMethod::Qlora)
        v.add("lora", "LoRA adapters (rank 8) instead of %1 fine-tuning", {std::string(toString(b.run.finetune.method))},
              "Only for fine-tuning pretrained weights, not pre-training; close to full fine-tuning quality on most tasks.",
              [](Scenario &s) {
                  s.run.finetune.method = FinetuneMethod::Lora;
                  s.run.finetune.rank = 8;
              });

    // A shorter context: the prompt when generating, else the sequence length (serving
    // has its own, in variants_serving.cpp).
    if (b.run.serving)
        return;
    if (b.run.generation) {
        const Generation &g = *b.run.generation;
        if (g.promptTokens >= 2) {
            const std::int64_t shorter = g.promptTokens / 2;
            v.add("shorter_context", "Prompts of %1 tokens instead of %2", {std::to_string(shorter), std::to_string(g.promptTokens)},
                  "The model sees less context: answers that need the cut part may get worse.",
                  [shorter](Scenario &s) { s.run.generation->promptTokens = shorter; });
        }
        return;
    }
    const std::int64_t length = t.seqLen.value_or(0);
    if (length < 256)
        return;
    const std::int64_t shorter = length / 2;
    const bool overridden = b.model.architecture->transformer.seqLen.has_value();
    const bool tokens = b.dataset.input.kind == InputKind::Tokens && b.dataset.input.length > shorter;
    if (tokens && b.dataset.samples > std::numeric_limits<std::int64_t>::max() / 4)
        return;
    v.add("shorter_context", "Sequences of %1 tokens instead of %2", {std::to_string(shorter), std::to_string(length)},
          "The model attends to less context (documents are split into twice as many shorter samples); "
          "quality on long-range tasks may drop.",
          [=](Scenario &s) {
              if (overridden)
                  s.model.architecture->transformer.seqLen = shorter;
              if (tokens) {
                  s.dataset.input.length = shorter;
                  s.dataset.samples *= 2;
              }
          });
}

} // namespace

void addDeepLearningVariants(Variants &v)
{
    const Scenario &b = v.base();
    if (!isDeepLearning(b.model.framework) || !b.model.architecture)
        return;
    const auto transformer = transformerOf(b);
    addBatchVariants(v);
    addPrecisionVariants(v);
    addQuantisedWeights(v);
    addCheckpointingVariants(v, transformer.has_value());
    addOptimizerVariants(v);
    addTrainingStepVariants(v, transformer.has_value());
    addShardingVariants(v);
    if (transformer)
        addTransformerVariants(v, *transformer);
}

} // namespace headroom::advisor
