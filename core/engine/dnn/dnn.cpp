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
    std::int64_t devices = 1, tp = 1, pp = 1, dp = 1, ep = 1;
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
    d.ep = std::clamp<std::int64_t>(c.expertParallel, 1, d.dp);
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

/// Parameters of the blocks' linear layers: all but the embeddings, the LM head (kept
/// in 16 bits by bitsandbytes), the position table, norms and biases.
std::int64_t quantisableParameters(const NetworkShape &net, std::int64_t total)
{
    const TransformerConfig &c = net.config;
    const std::int64_t h = c.hidden.value_or(1), V = c.vocab.value_or(1);
    std::int64_t kept = satMul(V, h, c.tiedEmbeddings.value_or(true) ? 1 : 2);
    if (c.positions.value_or(Positions::Learned) == Positions::Learned)
        kept = satAdd(kept, satMul(c.seqLen.value_or(1), h));
    // Norms: two per block and the final one.
    kept = satAdd(kept, satMul(h, satAdd(satMul(2, c.layers.value_or(1)), 1)));
    return std::max<std::int64_t>(0, satSub(total, kept));
}

/// Weights of the largest linear layer of a block.
std::int64_t largestLinear(const TransformerConfig &c)
{
    const std::int64_t h = c.hidden.value_or(1), a = c.heads.value_or(1);
    std::int64_t attn = satMul(satMul(a, headDimOf(c)), h);
    if (c.mla.enabled()) {
        const std::int64_t qk = c.mla.qkNopeHeadDim.value_or(0) + c.mla.qkRopeHeadDim.value_or(0);
        const std::int64_t qIn = c.mla.qLoraRank.value_or(0) > 0 ? *c.mla.qLoraRank : h;
        attn = std::max({satMul(satMul(a, qk), qIn), satMul(satMul(a, c.mla.vHeadDim.value_or(1)), h),
                         satMul(satMul(a, c.mla.qkNopeHeadDim.value_or(0) + c.mla.vHeadDim.value_or(1)), *c.mla.kvLoraRank)});
    }
    std::int64_t ffn = c.moe.enabled() && c.moe.firstDenseLayers.value_or(0) == 0
                           ? satMul(c.moe.expertFfnHidden.value_or(1), h)
                           : satMul(c.ffnHidden.value_or(1), h);
    if (c.moe.enabled())
        ffn = std::max(ffn, satMul(c.moe.expertFfnHidden.value_or(1), h));
    return std::max(attn, ffn);
}

struct KvCache {
    Bytes bytes = 0;
    std::string text;
};

/// The KV cache of `positions` tokens of `batch` sequences on the busiest pipeline stage
/// (L/pp layers). Standard attention: 2 · kv_heads · head_dim values per token and layer
/// (K and V), a sliding-window layer holding at most `window` tokens. Latent attention
/// caches the compressed latent and the shared rotary key, kv_lora_rank + qk_rope_head_dim
/// values per token and layer (DeepSeek-V2 §2.1.2; vLLM's and SGLang's MLA cache).
KvCache kvCacheOf(const TransformerConfig &c, std::int64_t positions, std::int64_t batch, int bytes, std::int64_t pp)
{
    const std::int64_t L = c.layers.value_or(1);
    const std::int64_t layers = ceilDiv(L, pp);
    KvCache kv;
    const std::string tail = formatCount(batch) + " sequences × " + std::to_string(bytes) + " B";
    if (c.mla.enabled()) {
        const std::int64_t width = satAdd(*c.mla.kvLoraRank, c.mla.qkRopeHeadDim.value_or(0));
        kv.bytes = satMul(satMul(layers, width), satMul(satMul(positions, batch), bytes));
        kv.text = formatCount(L) + " layers × (" + formatCount(*c.mla.kvLoraRank) + " latent + "
                  + formatCount(c.mla.qkRopeHeadDim.value_or(0)) + " rotary key) values × " + formatCount(positions)
                  + " positions × " + tail + " (latent attention caches the compressed latent)";
        return kv;
    }
    const std::int64_t kvh = c.kvHeads.value_or(1), hd = headDimOf(c);
    std::int64_t local = 0;
    std::int64_t window = positions;
    if (c.slidingWindow.enabled()) {
        const std::int64_t every = c.slidingWindow.globalEvery.value_or(0);
        local = every > 0 ? L - L / every : L;
        local = ceilDiv(local, pp);
        window = std::min(positions, *c.slidingWindow.window);
    }
    const std::int64_t allLocal = c.slidingWindow.enabled()
                                      ? (c.slidingWindow.globalEvery.value_or(0) > 0 ? L - L / *c.slidingWindow.globalEvery : L)
                                      : 0;
    local = std::min(local, layers);
    const std::int64_t global = std::max<std::int64_t>(0, layers - local);
    const Bytes perPosition = satMul(satMul(2, kvh), satMul(hd, satMul(batch, bytes)));
    kv.bytes = satAdd(satMul(satMul(global, positions), perPosition), satMul(satMul(local, window), perPosition));
    if (local == 0) {
        kv.bytes = kvCacheBytes(layers, kvh, hd, positions, batch, bytes);
        kv.text = "2 × " + formatCount(L) + " layers × " + formatCount(kvh) + " KV heads × " + formatCount(hd)
                  + " head dim × " + formatCount(positions) + " positions × " + tail;
    } else {
        kv.text = "2 × " + formatCount(kvh) + " KV heads × " + formatCount(hd) + " head dim × (" + formatCount(L - allLocal)
                  + " global layers × " + formatCount(positions) + " positions + " + formatCount(allLocal)
                  + " sliding-window layers × " + formatCount(window) + " positions) × " + tail;
    }
    return kv;
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
    const TransformerCounts counts = net.transformer ? transformerCounts(net.config, tape.params())
                                                     : TransformerCounts{tape.params(), tape.params(), 0};
    ctx.result.parameters = counts.total;
    ctx.result.activeParameters = counts.active;

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
                                       net.transformer ? quantisableParameters(net, tape.params()) : 0);
    const std::int64_t split = satMul(deg.tp, deg.pp);
    const std::int64_t pShards = deg.zero >= 3 ? deg.dp : 1;
    const std::int64_t gShards = deg.zero >= 2 ? deg.dp : 1;
    const std::int64_t oShards = deg.zero >= 1 ? deg.dp : 1;
    const char *zeroName = s.cluster.dataParallel == DataParallel::Fsdp ? "FSDP" : "ZeRO";
    // Expert parallelism: each of `ep` ranks of a data-parallel group holds E/ep of the
    // routed experts (DeepSpeed-MoE, Megatron-Core); their states are sharded by ZeRO over
    // the dp/ep replicas of each expert. The weights' routed-expert share is the
    // experts' share of the parameters; their gradients and optimizer states exist only
    // when the experts are trained (full or frozen-fraction fine-tuning, not adapters).
    const double expertShare = deg.ep > 1 && counts.total > 0
                                   ? static_cast<double>(counts.routedExperts) / static_cast<double>(counts.total) : 0.0;
    const bool expertsTrained = r.finetune.method == FinetuneMethod::Full || r.finetune.method == FinetuneMethod::Frozen;
    auto sharded = [&](Bytes total, std::int64_t shards, bool expertStates) {
        if (!expertStates || expertShare <= 0.0)
            return ceilDiv(total, satMul(split, shards));
        // The experts' share of `total`, exactly (long double holds these products).
        const auto experts = static_cast<Bytes>(static_cast<long double>(total) * static_cast<long double>(counts.routedExperts)
                                                / static_cast<long double>(counts.total));
        const std::int64_t expertShards = std::max<std::int64_t>(1, shards / deg.ep);
        return satAdd(ceilDiv(satSub(total, experts), satMul(split, shards)),
                      ceilDiv(experts, satMul(satMul(split, deg.ep), expertShards)));
    };
    const Bytes weights = sharded(ms.weights, pShards, true);
    const Bytes grads = sharded(ms.gradients, gShards, expertsTrained);
    const Bytes master = sharded(ms.master, oShards, expertsTrained);
    const Bytes optim = sharded(ms.optimizer, oShards, expertsTrained);
    // A mixture of experts keeps every expert resident; a token runs fewer of them.
    const std::string activeText = counts.active < counts.total
                                       ? " (" + formatCount(counts.total) + " parameters in all, " + formatCount(counts.active)
                                             + " active per token: " + formatCount(net.config.moe.expertsPerToken.value_or(1))
                                             + " of " + formatCount(net.config.moe.experts.value_or(1)) + " experts)"
                                       : std::string();
    const std::string epText = expertShare > 0.0 ? ", routed experts (" + formatNumber(expertShare * 100.0, 1)
                                                       + " % of the parameters) ÷ " + std::to_string(deg.ep)
                                                       + " (expert parallel)"
                                                 : std::string();
    const Offload offload = gpu ? s.cluster.offload : Offload::None;

    // Largest block's parameters: what ZeRO-3 gathers (and prefetches) per layer.
    std::int64_t blockParams = 0;
    for (int i = 0; i < tape.layerCount(); ++i)
        blockParams = std::max(blockParams, tape.layer(i).params);
    // QLoRA gathers the blocks' 4-bit weights (bitsandbytes' quant_storage).
    const Bytes blockWeights = train && r.finetune.method == FinetuneMethod::Qlora
                                   ? fourBitBytes(blockParams, r.finetune.doubleQuant)
                                   : ceilDiv(satMul(blockParams, pl.weightBits), 8);

    if (offload == Offload::OptimizerAndParameters) {
        put("parameters", satMul(blockWeights, 2),
            "2 layers' weights gathered at a time (" + formatBytes(blockWeights) + " each); the rest offloaded to host RAM");
    } else {
        put("parameters", weights, ms.weightsText + activeText + splitText(split, pShards, zeroName) + epText);
        if (deg.zero >= 3 && pShards > 1)
            put("workspace", satMul(ceilDiv(blockWeights, deg.tp), 2),
                "ZeRO-3/FSDP all-gather of 2 layers' full weights (current + prefetched)");
    }
    if (train) {
        const std::string epTrained = expertsTrained ? epText : std::string();
        put("gradients", grads, ms.gradientsText + splitText(split, gShards, zeroName) + epTrained);
        if (offload == Offload::None) {
            put("master_weights", master, ms.masterText + splitText(split, oShards, zeroName) + epTrained);
            put("optimizer_states", optim, ms.optimizerText + splitText(split, oShards, zeroName) + epTrained);
        }
        const bool qlora = r.finetune.method == FinetuneMethod::Qlora;
        const bool int8Lora = r.precision == Precision::Int8 && r.finetune.method == FinetuneMethod::Lora;
        if ((qlora || int8Lora) && net.transformer) {
            // bitsandbytes dequantises a layer's weight to the compute dtype for its matmul
            // (4-bit) or its backward (LLM.int8): one 16-bit copy of the largest linear
            // layer at a time.
            const std::int64_t largest = largestLinear(net.config);
            put("workspace", satMul(largest, 2),
                "dequantised weight of the layer being computed: " + formatCount(largest) + " weights × 2 B");
        }
        if (gpu && deg.ep > 1 && net.transformer && net.config.moe.enabled()) {
            // All-to-all token exchange: a send and a receive buffer of every routed copy.
            const TransformerConfig &c = net.config;
            const Bytes perCopy = satMul(c.hidden.value_or(1), pl.actBytes);
            const std::int64_t copies = satMul(satMul(batch, c.seqLen.value_or(1)), c.moe.expertsPerToken.value_or(1));
            put("workspace", satMul(satMul(copies, perCopy), 2),
                "expert-parallel all-to-all send and receive buffers: " + formatCount(copies) + " routed token copies × "
                    + formatBytes(perCopy) + " × 2");
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
        const KvCache kv = kvCacheOf(net.config, satAdd(r.generation->promptTokens, r.generation->newTokens), batch,
                                     pl.actBytes, deg.pp);
        // Weight-only quantisation keeps the cache in 16 bits.
        put("kv_cache", ceilDiv(kv.bytes, deg.tp), kv.text + splitText(split, 1, ""));
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
