// The deep-learning engine: runtime, model states (sharded as the cluster says),
// activations, KV cache and allocator overheads, on the host and on the busiest device.

#include "engine/context.h"
#include "engine/dnn/activations.h"
#include "engine/dnn/dnn.h"
#include "engine/dnn/network.h"
#include "engine/dnn/runtime.h"
#include "engine/dnn/states.h"

#include <algorithm>

namespace headroom::dnn {
namespace {

struct Degrees {
    std::int64_t devices = 1, tp = 1, pp = 1, dp = 1;
    int zero = 0; ///< 0 ddp, 1, 2, 3 (zero3 and fsdp)
};

Degrees degreesOf(const Scenario &s)
{
    Degrees d;
    if (s.device() != Device::Gpu)
        return d;
    const Cluster &c = s.cluster;
    d.devices = std::max<std::int64_t>(1, satMul(std::max<std::int64_t>(1, c.nodes), std::max<std::int64_t>(1, c.gpusPerNode)));
    d.tp = std::clamp<std::int64_t>(c.tensorParallel, 1, d.devices);
    d.pp = std::clamp<std::int64_t>(c.pipelineParallel, 1, std::max<std::int64_t>(1, d.devices / d.tp));
    d.dp = std::max<std::int64_t>(1, d.devices / (d.tp * d.pp));
    switch (c.dataParallel) {
    case DataParallel::Ddp: d.zero = 0; break;
    case DataParallel::Zero1: d.zero = 1; break;
    case DataParallel::Zero2: d.zero = 2; break;
    case DataParallel::Zero3:
    case DataParallel::Fsdp: d.zero = 3; break;
    }
    return d;
}

/// "÷ 4 (tensor × pipeline) ÷ 64 (ZeRO-3 shards)" for a derivation.
std::string splitText(std::int64_t model, std::int64_t shards, const char *shardName)
{
    std::string t;
    if (model > 1)
        t += " ÷ " + std::to_string(model) + " (tensor × pipeline parallel)";
    if (shards > 1)
        t += " ÷ " + std::to_string(shards) + " (" + shardName + " shards)";
    return t;
}

BlockCheckpoint checkpointOf(Checkpointing c)
{
    switch (c) {
    case Checkpointing::None: return BlockCheckpoint::None;
    case Checkpointing::Selective: return BlockCheckpoint::Selective;
    case Checkpointing::Full: return BlockCheckpoint::Full;
    }
    return BlockCheckpoint::None;
}

} // namespace

void addDeepLearningMemory(EngineContext &ctx)
{
    const Scenario &s = ctx.scenario;
    const Run &r = s.run;
    const bool gpu = s.device() == Device::Gpu;
    const bool train = r.task == Task::Train;
    const std::int64_t batch = std::max<std::int64_t>(1, r.batchSize);
    const PrecisionLayout pl = precisionLayout(r.precision);
    const Degrees deg = degreesOf(s);
    const std::int64_t procsPerNode = gpu ? std::max<std::int64_t>(1, s.cluster.gpusPerNode) : 1;
    const bool megatron = s.model.framework == Framework::Megatron;

    // Eager PyTorch on a GPU uses the fused dropout kernel (bool mask, 1 B); on the CPU
    // dropout multiplies by a noise tensor of the activation dtype (ATen _dropout_impl).
    const bool mixed = r.precision == Precision::MixedBf16 || r.precision == Precision::MixedFp16;
    // CPU mixed precision is autocast over an fp32 model: the residual stream and the
    // loss stay fp32. On devices the weights themselves are 16-bit (see fp32Grads).
    // Gradient values: 16-bit under mixed precision on devices, fp32 under CPU autocast.
    const int gradBytes = mixed && !gpu ? 4 : pl.gradBytes;
    const TapeOptions opts{pl.actBytes, gpu ? 1 : pl.actBytes, train, mixed && !gpu ? 4 : pl.actBytes, gradBytes};
    const std::int64_t prefill = !train && r.generation ? std::max<std::int64_t>(1, r.generation->promptTokens) : 0;
    Tape tape(opts);
    const NetworkShape net = recordNetwork(s, tape, checkpointOf(r.checkpointing), prefill);
    addRuntime(ctx, net.vision, procsPerNode);
    if (!net.known) {
        ctx.warn("dnn_unknown_model", msg::unknownModel);
        return;
    }
    if (train && (r.precision == Precision::Int8 || r.precision == Precision::Int4) && r.finetune.method != FinetuneMethod::Lora)
        ctx.warn("quantised_training", msg::quantisedTrainingWarning);

    auto put = [&](const char *name, Bytes bytes, const std::string &text) {
        if (gpu)
            ctx.device(name, bytes, text);
        else
            ctx.host(name, bytes, text);
    };

    // ---- model states, sharded
    // On the CPU, mixed precision is torch.autocast over an fp32 model: its gradients are
    // fp32 (and the bf16 weight copies autocast makes are the 16-bit "parameters"). On
    // devices the spec's layout is the ZeRO paper's (§3.1): 16-bit weights and
    // gradients, fp32 master weights and optimizer states.
    const bool fp32Grads = mixed && !gpu;
    const ModelStates ms = modelStates(s, tape.params(), tape.factoredElements(), tape.matrixEdges(), fp32Grads,
                                       net.transformer ? &net.config : nullptr);
    const std::int64_t split = satMul(deg.tp, deg.pp);
    const std::int64_t pShards = deg.zero >= 3 ? deg.dp : 1;
    const std::int64_t gShards = deg.zero >= 2 ? deg.dp : 1;
    const std::int64_t oShards = deg.zero >= 1 ? deg.dp : 1;
    const char *zeroName = s.cluster.dataParallel == DataParallel::Fsdp ? "FSDP" : "ZeRO";
    const Bytes weights = ceilDiv(ms.weights, satMul(split, pShards));
    const Bytes grads = ceilDiv(ms.gradients, satMul(split, gShards));
    const Bytes master = ceilDiv(ms.master, satMul(split, oShards));
    const Bytes optim = ceilDiv(ms.optimizer, satMul(split, oShards));
    const Offload offload = gpu ? s.cluster.offload : Offload::None;

    // Largest block's parameters: what ZeRO-3 gathers (and prefetches) per layer.
    std::int64_t blockParams = 0;
    for (int i = 0; i < tape.layerCount(); ++i)
        blockParams = std::max(blockParams, tape.layer(i).params);
    const Bytes blockWeights = ceilDiv(satMul(blockParams, pl.weightBits), 8);

    if (offload == Offload::OptimizerAndParameters) {
        put("parameters", satMul(blockWeights, 2),
            "2 layers' weights gathered at a time (" + formatBytes(blockWeights) + " each); the rest offloaded to host RAM");
    } else {
        put("parameters", weights, ms.weightsText + splitText(split, pShards, zeroName));
        if (deg.zero >= 3 && pShards > 1)
            put("workspace", satMul(ceilDiv(blockWeights, deg.tp), 2),
                "ZeRO-3/FSDP all-gather of 2 layers' full weights (current + prefetched)");
    }
    if (train) {
        put("gradients", grads, ms.gradientsText + splitText(split, gShards, zeroName));
        if (offload == Offload::None) {
            put("master_weights", master, ms.masterText + splitText(split, oShards, zeroName));
            put("optimizer_states", optim, ms.optimizerText + splitText(split, oShards, zeroName));
        }
        if (gpu && deg.zero == 0 && deg.dp > 1)
            put("workspace", grads, "DDP gradient buckets: a second copy of the gradients for all-reduce");
    }
    if (offload != Offload::None) {
        // Each process on the machine keeps its shard of the offloaded states in host RAM
        // (DeepSpeed ZeRO-Offload: fp32 master weights, optimizer states, fp32 gradients).
        Bytes perProcess = satAdd(master, optim);
        std::string text = "optimizer states + master weights";
        if (train && ms.master > 0) {
            perProcess = satAdd(perProcess, ceilDiv(satMul(ms.trainable, 4), satMul(split, gShards)));
            text += " + fp32 gradients";
        }
        if (offload == Offload::OptimizerAndParameters) {
            perProcess = satAdd(perProcess, weights);
            text += " + weights";
        }
        ctx.host("offloaded_states", satMul(perProcess, procsPerNode),
                 text + " offloaded, " + formatBytes(perProcess) + " per process × " + std::to_string(procsPerNode));
    }

    // ---- activations
    const std::string actLabel = net.label + ", " + pl.weightName;
    ActivationPeak peak;
    if (train && megatron && net.transformer) {
        const TransformerConfig &c = net.config;
        const std::int64_t L = c.layers.value_or(1), h = c.hidden.value_or(1), a = c.heads.value_or(1);
        const std::int64_t sq = c.seqLen.value_or(1), V = c.vocab.value_or(1);
        const Recompute rc = r.checkpointing == Checkpointing::Full ? Recompute::Full
                             : r.checkpointing == Checkpointing::Selective ? Recompute::Selective
                                                                           : Recompute::None;
        const Bytes perLayer = korthikantiLayerBytes(sq, batch, h, a, deg.tp, s.cluster.sequenceParallel, rc);
        // 1F1B: the first pipeline stage keeps p micro-batches of its L/p layers, i.e. L
        // layers' worth; plus the output layer and loss, 4·s·b·h·(1 + v/h)/t (eq. 4).
        const Bytes layers = satMul(perLayer, L);
        const Bytes output = toBytes(4.0 * static_cast<double>(sq) * static_cast<double>(batch) * static_cast<double>(h)
                                     * (1.0 + static_cast<double>(V) / static_cast<double>(h)) / static_cast<double>(deg.tp));
        peak.bytes = satAdd(layers, output);
        peak.largestTensor = satMul(sq, batch, V, 4);
        put("activations", peak.bytes,
            formatCount(L) + " layers × " + formatBytes(perLayer) + " (Korthikanti et al. 2022 Table 2, s=" + formatCount(sq)
                + ", b=" + formatCount(batch) + ", h=" + formatCount(h) + ", a=" + formatCount(a)
                + (deg.tp > 1 ? ", t=" + std::to_string(deg.tp) : "") + (s.cluster.sequenceParallel ? ", sequence parallel" : "")
                + ") + output layer and loss " + formatBytes(output));
    } else if (train) {
        const bool accumulating = r.gradientAccumulation > 1;
        const std::int64_t frozen = r.finetune.method == FinetuneMethod::Frozen ? satSub(ms.params, ms.trainable) : 0;
        peak = trainingPeak(tape, batch, ms.gradients, accumulating, frozen);
        // Optimizer step: PyTorch's per-parameter (foreach=False) Adam/RMSprop/Adagrad
        // make one or two temporaries of the largest parameter.
        const Bytes stepTemp = satMul(tape.largestParam(), pl.stateBytes, ms.optimizer > 0 ? 2 : 0);
        Bytes act = satSub(satAdd(peak.bytes, peak.gradsPresent), ms.gradients);
        act = std::max(act, stepTemp);
        act = ceilDiv(act, deg.tp);
        std::string text = formatCount(batch) + " samples × " + formatBytes(tape.savedPerSample())
                           + " saved activations per sample (" + actLabel + ")";
        if (r.checkpointing != Checkpointing::None)
            text += ", " + std::string(toString(r.checkpointing)) + " checkpointing";
        text += ", at the backward peak (with gradient temporaries; gradients not yet made excluded)";
        if (deg.tp > 1)
            text += " ÷ " + std::to_string(deg.tp) + " (tensor parallel)";
        put("activations", act, text);
        peak.bytes = act;
    } else {
        peak = inferencePeak(tape, batch);
        peak.bytes = ceilDiv(peak.bytes, deg.tp);
        put("activations", peak.bytes,
            formatCount(batch) + " samples × " + formatBytes(tape.inferencePerSample()) + " largest live set per sample ("
                + actLabel + (prefill > 0 ? ", prefill of " + formatCount(prefill) + " tokens" : "") + ", no autograd)"
                + (deg.tp > 1 ? " ÷ " + std::to_string(deg.tp) + " (tensor parallel)" : ""));
    }

    // ---- KV cache of generation
    if (!train && r.generation && net.transformer) {
        const TransformerConfig &c = net.config;
        const std::int64_t L = c.layers.value_or(1), kv = c.kvHeads.value_or(1);
        const std::int64_t hd = c.hidden.value_or(1) / std::max<std::int64_t>(1, c.heads.value_or(1));
        const std::int64_t positions = satAdd(r.generation->promptTokens, r.generation->newTokens);
        // Weight-only quantisation keeps the cache in 16 bits.
        const int bytes = pl.actBytes;
        const Bytes kvBytes = ceilDiv(kvCacheBytes(ceilDiv(L, deg.pp), kv, hd, positions, batch, bytes), deg.tp);
        put("kv_cache", kvBytes,
            "2 × " + formatCount(L) + " layers × " + formatCount(kv) + " KV heads × " + formatCount(hd) + " head dim × "
                + formatCount(positions) + " positions × " + formatCount(batch) + " sequences × " + std::to_string(bytes) + " B"
                + splitText(split, 1, ""));
    } else if (r.generation && !net.transformer) {
        ctx.warn("generation_not_lm", msg::generationNotLm);
    }

    // ---- allocator overheads and the host side of a GPU run
    if (!gpu) {
        RetentionInputs ri;
        ri.training = train;
        ri.trainableFraction = ms.params > 0 ? std::min(1.0, static_cast<double>(ms.trainable) / static_cast<double>(ms.params)) : 1.0;
        addHostAllocatorRetention(ctx, tape, batch, peak, ri);
        return;
    }
    addDeviceFragmentation(ctx, satAdd(peak.bytes, grads));

    // Loading: every process materialises its weights on the host (torch.load of the
    // state dict) before moving them to its device: the whole model, or with tensor /
    // pipeline parallelism its own shard (Megatron keeps one checkpoint file per rank).
    // Saving: with ZeRO/FSDP the full state is consolidated on one process's host. The
    // larger of the two counts.
    const Bytes fullWeights = ms.weights;
    const Bytes perRank = ceilDiv(fullWeights, split);
    const Bytes load = satMul(perRank, procsPerNode);
    ctx.host("parameters", load,
             "model materialised on the host while loading: " + std::to_string(procsPerNode) + " process(es) × "
                 + formatBytes(perRank) + (split > 1 ? " (its tensor/pipeline shard)" : ""));
    if (train && deg.zero > 0) {
        const Bytes save = satAdd(satAdd(fullWeights, ms.master), ms.optimizer);
        if (save > load)
            ctx.host("checkpoint_staging", save - load,
                     "checkpoint consolidated on one host: weights + master weights + optimizer states ("
                         + formatBytes(save) + "), beyond the loading copies");
    }
}

} // namespace headroom::dnn
