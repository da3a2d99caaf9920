// The deep-learning engine: runtime, model states (sharded as the cluster says),
// activations, KV cache and allocator overheads, on the host and on the busiest device.

#include "engine/context.h"
#include "engine/dnn/activations.h"
#include "engine/dnn/dnn.h"
#include "engine/dnn/network.h"
#include "engine/dnn/runtime.h"
#include "engine/dnn/states.h"
#include "engine/serving/serving.h"

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

using A = MessageArg;

/// `base` "÷ 4 (tensor × pipeline) ÷ 64 (ZeRO-3 shards)" for a derivation.
Message splitText(Message base, std::int64_t model, std::int64_t shards, const char *shardName)
{
    if (model > 1)
        base = {msg::derivModelSplit, {A::ofMessage(std::move(base)), A::ofInteger(model)}};
    if (shards > 1)
        base = {msg::derivShards, {A::ofMessage(std::move(base)), A::ofInteger(shards), A::ofText(shardName)}};
    return base;
}

/// `base` "÷ 2 (tensor parallel)" when `tp` > 1.
Message tensorParallelText(Message base, std::int64_t tp)
{
    if (tp <= 1)
        return base;
    return {msg::derivTensorParallel, {A::ofMessage(std::move(base)), A::ofInteger(tp)}};
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

/// Parameters weight-only quantisation (int8/int4 precision) leaves in 16 bits: the
/// embeddings (and Hugging Face's untied LM head) and a learned position table.
std::int64_t unquantisedParameters(const NetworkShape &net, Precision precision)
{
    if (!net.transformer || (precision != Precision::Int8 && precision != Precision::Int4))
        return 0;
    const TransformerConfig &c = net.config;
    const std::int64_t h = c.hidden.value_or(1), V = c.vocab.value_or(1);
    std::int64_t kept = satMul(V, h, c.tiedEmbeddings.value_or(true) ? 1 : 2);
    if (c.positions.value_or(Positions::Learned) == Positions::Learned)
        kept = satAdd(kept, satMul(c.seqLen.value_or(1), h));
    return kept;
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

BlockCheckpoint checkpointOf(Checkpointing c)
{
    switch (c) {
    case Checkpointing::None: return BlockCheckpoint::None;
    case Checkpointing::Selective: return BlockCheckpoint::Selective;
    case Checkpointing::Full: return BlockCheckpoint::Full;
    case Checkpointing::SelectiveOp: return BlockCheckpoint::SelectiveOp;
    }
    return BlockCheckpoint::None;
}

} // namespace

/// The KV cache of `positions` tokens of `batch` sequences on the busiest pipeline stage
/// (L/pp layers). Standard attention: 2 · kv_heads · head_dim values per token and layer
/// (K and V), a sliding-window layer holding at most `window` tokens. Latent attention
/// caches the compressed latent and the shared rotary key, kv_lora_rank + qk_rope_head_dim
/// values per token and layer (DeepSeek-V2 §2.1.2; vLLM's and SGLang's MLA cache).
KvCache kvCacheOf(const TransformerConfig &c, std::int64_t positions, std::int64_t batch, double bytes, std::int64_t pp,
                  std::int64_t tp)
{
    const std::int64_t L = c.layers.value_or(1);
    const std::int64_t layers = ceilDiv(L, pp);
    KvCache kv;
    const A sequences = A::ofCount(batch), valueBytes = A::ofNumber(bytes, 4);
    const auto times = [bytes](std::int64_t values) { return toBytes(static_cast<double>(values) * bytes); };
    if (c.mla.enabled()) {
        const std::int64_t width = satAdd(*c.mla.kvLoraRank, c.mla.qkRopeHeadDim.value_or(0));
        // Every tensor-parallel rank holds the whole latent: vLLM counts one KV head for MLA
        // whatever the tensor parallelism (vllm/config/model.py@18ec6629,
        // ModelConfig.get_num_kv_heads: "When using MLA during decode it becomes MQA",
        // return 1; other models max(1, kv_heads // tensor_parallel_size)), SGLang likewise.
        kv.bytes = times(satMul(satMul(layers, width), satMul(positions, batch)));
        kv.message = {msg::derivKvLatent,
                      {A::ofCount(L), A::ofCount(*c.mla.kvLoraRank), A::ofCount(c.mla.qkRopeHeadDim.value_or(0)),
                       A::ofCount(positions), sequences, valueBytes}};
        kv.text = kv.message.english();
        return kv;
    }
    // KV heads split over tensor-parallel ranks, replicated when there are fewer than ranks.
    const std::int64_t kvh = std::max<std::int64_t>(1, c.kvHeads.value_or(1) / std::max<std::int64_t>(1, tp));
    const std::int64_t hd = headDimOf(c);
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
    const std::int64_t perPosition = satMul(satMul(2, kvh), satMul(hd, batch));
    kv.bytes = times(satAdd(satMul(satMul(global, positions), perPosition), satMul(satMul(local, window), perPosition)));
    if (local == 0) {
        kv.bytes = times(kvCacheBytes(layers, kvh, hd, positions, batch, 1));
        kv.message = {msg::derivKv, {A::ofCount(L), A::ofCount(kvh), A::ofCount(hd), A::ofCount(positions), sequences, valueBytes}};
    } else {
        kv.message = {msg::derivKvSliding,
                      {A::ofCount(kvh), A::ofCount(hd), A::ofCount(L - allLocal), A::ofCount(positions), A::ofCount(allLocal),
                       A::ofCount(window), sequences, valueBytes}};
    }
    kv.text = kv.message.english();
    return kv;
}

void addDeepLearningMemory(EngineContext &ctx)
{
    const Scenario &s = ctx.scenario;
    const Run &r = s.run;
    const bool gpu = s.device() == Device::Gpu;
    const bool train = r.task == Task::Train;
    // Served by transformers, the concurrent sequences are one batch.
    const std::optional<Serving> &serving = r.serving;
    const std::int64_t batch = serving ? serving->concurrentSequences : std::max<std::int64_t>(1, r.batchSize);
    const PrecisionLayout pl = precisionLayout(r.precision);
    const Degrees deg = degreesOf(s);
    const std::int64_t procsPerNode = gpu ? std::max<std::int64_t>(1, s.cluster.gpusPerNode) : 1;
    const bool megatron = s.model.framework == Framework::Megatron;

    // Eager PyTorch on a GPU uses the fused dropout kernel (bool mask, 1 B); on the CPU
    // dropout multiplies by a noise tensor of the activation dtype (ATen _dropout_impl).
    const bool mixed = r.precision == Precision::MixedBf16 || r.precision == Precision::MixedFp16;
    // Who keeps the model states under mixed precision on a device:
    //  - DeepSpeed ZeRO (zero1/2/3): 16-bit weights and gradients, fp32 master weights
    //    and optimizer states (ZeRO paper §3.1, the spec's layout);
    //  - Megatron: 16-bit weights, fp32 main gradients (accumulate_allreduce_grads_in_fp32),
    //    fp32 master weights and optimizer states;
    //  - plain PyTorch (one device, DDP) and FSDP: torch.autocast / MixedPrecision over an
    //    fp32 model: fp32 weights, gradients and optimizer states, 16-bit copies of the
    //    weights made per forward.
    //  - FSDP MixedPrecision keeps fp32 shards (weights, gradients, states) but gathers and
    //    computes in 16 bits: no autocast, so activations are 16-bit throughout.
    const bool zeroLayout = gpu && mixed && (deg.zero == 1 || deg.zero == 2 || s.cluster.dataParallel == DataParallel::Zero3);
    const bool fsdpMixed = gpu && mixed && !megatron && s.cluster.dataParallel == DataParallel::Fsdp;
    const bool autocast = mixed && (!gpu || (!megatron && !zeroLayout && !fsdpMixed));
    const int gradBytes = autocast || fsdpMixed ? 4 : pl.gradBytes;
    TapeOptions opts{pl.actBytes, gpu ? 1 : pl.actBytes, train, autocast ? 4 : pl.actBytes, gradBytes};
    opts.autocast = autocast && gpu;
    opts.hfUpcasts = gpu && !megatron;
    opts.hardtanhClonesInput = r.software.pytorch.value_or(kCurrentPyTorch) >= Version{1, 10};
    opts.lossChunks = train ? r.lossChunks : 1;
    const bool adapters = train && (r.finetune.method == FinetuneMethod::Lora || r.finetune.method == FinetuneMethod::Qlora);
    opts.loraTargets = r.finetune.targets;
    opts.loraDropout = adapters && r.finetune.dropout > 0.0;
    // PEFT casts a layer's input to the adapters' dtype before the dropout; under autocast
    // lora_A's matmul saves the 16-bit copy instead.
    if (const std::optional<AdapterDType> dtype = adapterDtypeOf(r.finetune); opts.loraDropout && !autocast && dtype)
        opts.loraCopyBytes = adapterBytes(*dtype);
    opts.compiledLoss = r.compile;
    opts.sumLoss = train && r.loss == Loss::Sum;
    std::int64_t prefill = !train && r.generation ? std::max<std::int64_t>(1, r.generation->promptTokens) : 0;
    if (serving)
        prefill = serving->promptTokens.value_or(serving->contextTokens.value_or(0));
    Tape tape(opts);
    const NetworkShape net = recordNetwork(s, tape, checkpointOf(r.checkpointing), prefill);
    if (serving && serving->engine != ServingEngine::Transformers && net.transformer) {
        // vLLM, SGLang, TGI and llama.cpp allocate by their own rules.
        const TransformerConfig &c = net.config;
        // The weights as stored: a quantised model.weights format (GGUF blocks, GPTQ,
        // AWQ) by its layout over the network, else the run's precision.
        const ModelStates ms = modelStates(s, tape.params(), tape.factoredElements(), tape.matrixEdges(), StatesLayout::Standard,
                                           unquantisedParameters(net, r.precision), 0, &c);
        serving::ServingModel m;
        m.layers = std::max<std::int64_t>(1, c.layers.value_or(1));
        m.hidden = std::max<std::int64_t>(1, c.hidden.value_or(1));
        m.heads = std::max<std::int64_t>(1, c.heads.value_or(1));
        m.vocab = std::max<std::int64_t>(1, c.vocab.value_or(1));
        m.seqLen = c.seqLen.value_or(1);
        m.tied = c.tiedEmbeddings.value_or(true);
        m.params = ms.params;
        m.weights = ms.weights;
        m.weightsText = ms.weightsText;
        m.config = c;
        serving::addServingMemory(ctx, m);
        return;
    }
    addRuntime(ctx, net.vision, procsPerNode);
    if (!net.known) {
        ctx.warn("dnn_unknown_model", msg::unknownModel);
        return;
    }
    if (train && (r.precision == Precision::Int8 || r.precision == Precision::Int4) && r.finetune.method != FinetuneMethod::Lora)
        ctx.warn("quantised_training", msg::quantisedTrainingWarning);
    if (adapters && net.transformer && tape.matrixEdges() == 0)
        ctx.warn("lora_no_layer", msg::loraNoLayer, {A::ofText(loraLayerList(r.finetune.targets))});
    const TransformerCounts counts = net.transformer ? transformerCounts(net.config, tape.params())
                                                     : TransformerCounts{tape.params(), tape.params(), 0};
    ctx.result.parameters = counts.total;
    ctx.result.activeParameters = counts.active;

    auto put = [&](const char *name, Bytes bytes, const Message &text) {
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
    StatesLayout layout = StatesLayout::Standard;
    if (mixed && !gpu)
        layout = StatesLayout::CpuAutocast;
    else if (autocast || fsdpMixed)
        layout = StatesLayout::Autocast;
    else if (mixed && megatron)
        layout = StatesLayout::MegatronMainGrads;
    const bool qlora = train && r.finetune.method == FinetuneMethod::Qlora;
    const std::int64_t unquantised = unquantisedParameters(net, r.precision);
    // QLoRA stores the blocks' linear layers in 4 bits.
    const std::int64_t quantisable = net.transformer ? quantisableParameters(net, tape.params()) : 0;
    const ModelStates ms = modelStates(s, tape.params(), tape.factoredElements(), tape.matrixEdges(), layout, unquantised,
                                       quantisable, net.transformer ? &net.config : nullptr);
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
    const auto activeText = [&](Message base) {
        if (counts.active >= counts.total)
            return base;
        return Message{msg::derivMoeActive,
                       {A::ofMessage(std::move(base)), A::ofCount(counts.total), A::ofCount(counts.active),
                        A::ofCount(net.config.moe.expertsPerToken.value_or(1)), A::ofCount(net.config.moe.experts.value_or(1))}};
    };
    const auto epText = [&](Message base) {
        if (expertShare <= 0.0)
            return base;
        return Message{msg::derivExpertParallel, {A::ofMessage(std::move(base)), A::ofPercent(expertShare, 1), A::ofInteger(deg.ep)}};
    };
    const Offload offload = gpu ? s.cluster.offload : Offload::None;

    // Largest block's parameters: what ZeRO-3 gathers (and prefetches) per layer.
    std::int64_t blockParams = 0;
    for (int i = 0; i < tape.layerCount(); ++i)
        blockParams = std::max(blockParams, tape.layer(i).params);
    // QLoRA gathers the blocks' 4-bit weights (bitsandbytes' quant_storage).
    const Bytes blockWeights = qlora
                                   ? fourBitBytes(blockParams, r.finetune.doubleQuant)
                                   : ceilDiv(satMul(blockParams, pl.weightBits), 8);

    if (offload == Offload::OptimizerAndParameters) {
        put("parameters", satMul(blockWeights, 2), {msg::derivWeightsGathered, {A::ofBytes(blockWeights)}});
    } else {
        put("parameters", weights, epText(splitText(activeText(ms.weightsText), split, pShards, zeroName)));
        if (deg.zero >= 3 && pShards > 1) {
            // Gathered in the compute dtype: 16-bit under FSDP MixedPrecision (QLoRA's
            // 4-bit blocks are gathered as stored).
            const Bytes gathered = fsdpMixed && !qlora ? satMul(blockParams, 2) : blockWeights;
            put("workspace", satMul(ceilDiv(gathered, deg.tp), 2), {msg::derivAllGather, {A::ofBytes(gathered)}});
        }
    }
    Bytes autocastCopies = 0; // per device; freed with the saved tensors before the step
    if (train && autocast && gpu && offload == Offload::None && pShards == 1 && !qlora) {
        // torch.autocast casts each weight a matmul uses to 16 bits; the copy is saved for
        // the backward pass (grad_input = grad_output · W), so at the backward peak every
        // cast weight of the model has its 16-bit copy. Token and position embeddings are
        // not cast (embedding is not an autocast op); a tied LM head is. QLoRA's 4-bit
        // layers are not autocast ops: bitsandbytes dequantises them again in backward
        // (the "dequantised weight" workspace below). Routed experts are split by expert
        // parallelism like their weights.
        std::int64_t castTotal = tape.params();
        const char *what = msg::derivAutocastWeightCopies;
        if (net.transformer) {
            const TransformerConfig &c = net.config;
            const std::int64_t h = c.hidden.value_or(1);
            std::int64_t notCast = c.tiedEmbeddings.value_or(true) ? 0 : satMul(c.vocab.value_or(1), h);
            if (c.positions.value_or(Positions::Learned) == Positions::Learned)
                notCast = satAdd(notCast, satMul(c.seqLen.value_or(1), h));
            castTotal = satSub(tape.params(), notCast);
            what = msg::derivAutocastWeightCopiesNoEmbeddings;
        }
        const std::int64_t castParams = sharded(castTotal, 1, true);
        autocastCopies = satMul(castParams, 2);
        put("activations", autocastCopies, epText({what, {A::ofCount(castParams)}}));
    }
    const auto statesText = [&](const Message &base, std::int64_t shards) {
        const Message t = splitText(base, split, shards, zeroName);
        return expertsTrained ? epText(t) : t;
    };
    // The gradients the device holds (whole, sharded or in flight): what the backward
    // walk below counts as made or not yet made.
    Bytes deviceGrads = grads;
    bool gradsInFlight = false;
    if (train && offload != Offload::None) {
        // ZeRO-Offload and FSDP CPU offload move each gradient to host RAM as it is
        // reduced: the device keeps the buffers of the layers in flight (two).
        const Bytes perParam = ceilDiv(ms.gradients, std::max<std::int64_t>(1, ms.trainable));
        const Bytes inFlight = satMul(ceilDiv(satMul(std::min(blockParams, ms.trainable), perParam), deg.tp), 2);
        gradsInFlight = inFlight < grads;
        if (gradsInFlight) {
            deviceGrads = inFlight;
            put("gradients", inFlight, {msg::derivGradientsInFlight, {A::ofBytes(inFlight / 2)}});
        } else {
            put("gradients", grads, statesText(ms.gradientsText, gShards));
        }
    } else if (train && r.optimizerStep == OptimizerStep::InBackward) {
        // The optimizer steps each parameter from a post-accumulate-grad hook and frees
        // its gradient (torchtune's optimizer_in_bwd): one gradient exists at a time.
        const Bytes perParam = ceilDiv(ms.gradients, std::max<std::int64_t>(1, ms.trainable));
        const std::int64_t largest = std::min(tape.largestParam(), ms.trainable);
        deviceGrads = std::min(grads, satMul(largest, perParam));
        gradsInFlight = true;
        put("gradients", deviceGrads, {msg::derivGradientsInBackward, {A::ofCount(largest), A::ofInteger(perParam)}});
    } else if (train) {
        put("gradients", grads, statesText(ms.gradientsText, gShards));
    }
    if (train) {
        if (offload == Offload::None) {
            put("master_weights", master, statesText(ms.masterText, oShards));
            put("optimizer_states", optim, statesText(ms.optimizerText, oShards));
        }
        const bool int8Lora = r.precision == Precision::Int8 && r.finetune.method == FinetuneMethod::Lora;
        if ((qlora || int8Lora) && net.transformer) {
            // bitsandbytes dequantises a layer's weight to the compute dtype for its matmul
            // (4-bit) or its backward (LLM.int8): one 16-bit copy of the largest linear
            // layer at a time.
            const std::int64_t largest = largestLinear(net.config);
            put("workspace", satMul(largest, 2), {msg::derivDequantisedLayer, {A::ofCount(largest)}});
        }
        if (gpu && deg.ep > 1 && net.transformer && net.config.moe.enabled()) {
            // All-to-all token exchange: a send and a receive buffer of every routed copy.
            const TransformerConfig &c = net.config;
            const Bytes perCopy = satMul(c.hidden.value_or(1), pl.actBytes);
            const std::int64_t copies = satMul(satMul(batch, c.seqLen.value_or(1)), c.moe.expertsPerToken.value_or(1));
            put("workspace", satMul(satMul(copies, perCopy), 2),
                {msg::derivAllToAll, {A::ofCount(copies), A::ofBytes(perCopy)}});
        }
        if (gpu && deg.zero == 0 && deg.dp > 1 && !megatron)
            put("workspace", grads, {msg::derivDdpBuckets});
    }
    if (offload != Offload::None) {
        // Each process on the machine keeps its shard of the offloaded states in host RAM
        // (DeepSpeed ZeRO-Offload: fp32 master weights, optimizer states, fp32 gradients).
        Bytes perProcess = satAdd(master, optim);
        const bool offloadedGrads = train && ms.master > 0;
        if (offloadedGrads)
            perProcess = satAdd(perProcess, ceilDiv(satMul(ms.trainable, 4), satMul(split, gShards)));
        const bool offloadedWeights = offload == Offload::OptimizerAndParameters;
        if (offloadedWeights)
            perProcess = satAdd(perProcess, weights);
        const char *text = offloadedGrads ? (offloadedWeights ? msg::derivOffloadedGradsWeights : msg::derivOffloadedGrads)
                                          : (offloadedWeights ? msg::derivOffloadedWeights : msg::derivOffloaded);
        ctx.host("offloaded_states", satMul(perProcess, procsPerNode),
                 Message{text, {A::ofBytes(perProcess), A::ofInteger(procsPerNode)}});
    }

    // ---- activations
    Message actText = Message::concat({net.label, Message::plain(", " + pl.weightName)});
    if (train && net.transformer && !megatron && r.lossChunks > 1)
        actText = {r.compile ? msg::derivLossChunksCompiled : msg::derivLossChunks,
                   {A::ofMessage(std::move(actText)), A::ofCount(r.lossChunks)}};
    else if (train && net.transformer && !megatron && r.loss == Loss::Sum)
        actText = {msg::derivLossSum, {A::ofMessage(std::move(actText))}};
    const A actLabel = A::ofMessage(std::move(actText));
    ActivationPeak peak;
    if (train && megatron && net.transformer) {
        const TransformerConfig &c = net.config;
        const std::int64_t L = c.layers.value_or(1), h = c.hidden.value_or(1), a = c.heads.value_or(1);
        const std::int64_t sq = c.seqLen.value_or(1), V = c.vocab.value_or(1);
        // A fused attention kernel (flash, SDPA, Transformer Engine) never keeps the s×s
        // scores, softmax and dropout mask: Table 2's 5·a·s/h term goes, as with selective
        // recomputation.
        const bool fusedAttention = c.attention.value_or(Attention::Sdpa) != Attention::Eager;
        const Recompute rc = r.checkpointing == Checkpointing::Full ? Recompute::Full
                             : r.checkpointing == Checkpointing::Selective || fusedAttention ? Recompute::Selective
                                                                                             : Recompute::None;
        const Bytes perLayer = korthikantiLayerBytes(sq, batch, h, a, deg.tp, s.cluster.sequenceParallel, rc);
        // Plus the output layer and loss, 4·s·b·h·(1 + v/h)/t (eq. 4).
        // With pipeline parallelism (1F1B) the first stage holds p micro-batches of its
        // L/p layers, L layers' worth (Korthikanti et al. 2022 §4.2.3; interleaving, not
        // expressible here, adds a factor 1 + (p − 1)/(p·v)). Fewer micro-batches than
        // stages (gradient_accumulation < p) keep fewer in flight.
        double inflight = static_cast<double>(L);
        if (deg.pp > 1) {
            const double p = static_cast<double>(deg.pp);
            const double m = static_cast<double>(std::max<std::int64_t>(1, r.gradientAccumulation));
            inflight = static_cast<double>(L) / p * std::min(p, m);
        }
        const Bytes layers = toBytes(static_cast<double>(perLayer) * inflight);
        const Bytes output = toBytes(4.0 * static_cast<double>(sq) * static_cast<double>(batch) * static_cast<double>(h)
                                     * (1.0 + static_cast<double>(V) / static_cast<double>(h)) / static_cast<double>(deg.tp));
        peak.bytes = satAdd(layers, output);
        peak.largestTensor = satMul(sq, batch, V, 4);
        Message symbols{nullptr, {A::ofText("s="), A::ofCount(sq), A::ofText(", b="), A::ofCount(batch), A::ofText(", h="),
                                  A::ofCount(h), A::ofText(", a="), A::ofCount(a)}};
        if (deg.tp > 1)
            symbols.args.insert(symbols.args.end(), {A::ofText(", t="), A::ofInteger(deg.tp)});
        if (s.cluster.sequenceParallel)
            symbols.args.insert(symbols.args.end(), {A::ofText(", "), A::ofMessage({msg::derivSequenceParallel})});
        put("activations", peak.bytes,
            {msg::derivKorthikanti, {A::ofCount(L), A::ofBytes(perLayer), A::ofMessage(symbols), A::ofBytes(output)}});
    } else if (train) {
        const bool accumulating = r.gradientAccumulation > 1;
        // Before PyTorch 2.0, zero_grad() (Module's and Optimizer's) filled the gradients
        // with zeros instead of freeing them (set_to_none=False; the default became True
        // in 2.0): from the second step on every gradient exists through the forward pass.
        const bool zeroedInPlace = s.model.framework == Framework::PyTorch
                                   && r.software.pytorch.value_or(kCurrentPyTorch) < Version{2, 0};
        const std::int64_t frozen = r.finetune.method == FinetuneMethod::Frozen ? satSub(ms.params, ms.trainable) : 0;
        // The walk runs over the whole network before the tensor-parallel split, so it
        // takes the device's gradients (sharded by ZeRO-2/3 and FSDP, or only those in
        // flight with offload) times that split: the gradients not yet made at the peak
        // are taken from what the device holds, never from the unsharded total.
        const Bytes walkGrads = satMul(deviceGrads, split);
        const bool offloadedActivations = gpu && r.activationOffload;
        peak = trainingPeak(tape, batch, walkGrads, accumulating || zeroedInPlace || gradsInFlight, frozen, offloadedActivations,
                            !adapters);
        // With optimizer offload the step runs on the host: nothing on the device.
        const StepTemporaries step = offload != Offload::None
                                         ? StepTemporaries{}
                                         : stepTemporaries(s, ms, tape.stepLoopPeak(), sharded(ms.trainable, oShards, expertsTrained),
                                                           megatron, deg.zero);
        Bytes act = satSub(satAdd(peak.bytes, peak.gradsPresent), walkGrads);
        // The step runs after backward has freed the autocast copies counted above: the
        // step is the peak only when its temporaries exceed the activations and those
        // copies together, and then it stands in for both.
        const Bytes copies = satMul(autocastCopies, deg.tp);
        const bool stepPeak = step.bytes > satAdd(act, copies);
        if (stepPeak)
            act = satSub(step.bytes, copies);
        act = ceilDiv(act, deg.tp);
        const char *saved = r.checkpointing == Checkpointing::Full          ? msg::derivSavedActivationsFull
                            : r.checkpointing == Checkpointing::Selective   ? msg::derivSavedActivationsSelective
                            : r.checkpointing == Checkpointing::SelectiveOp ? msg::derivSavedActivationsSelectiveOp
                                                                            : msg::derivSavedActivations;
        Message text{saved, {A::ofCount(batch), A::ofBytes(tape.savedPerSample()), actLabel}};
        if (zeroedInPlace && !accumulating)
            text = {msg::derivGradientsZeroedInPlace, {A::ofMessage(text)}};
        if (peak.forwardEnd)
            text = {msg::derivForwardEndPeak, {A::ofMessage(text), A::ofBytes(peak.heldOutputs)}};
        if (offloadedActivations) {
            // Everything but the loss's saved tensors, in pinned host RAM on every process.
            const Bytes moved = ceilDiv(peak.offloaded, deg.tp);
            text = {msg::derivActivationsOffloaded, {A::ofMessage(text), A::ofBytes(moved)}};
            ctx.host("offloaded_activations", satMul(moved, procsPerNode),
                     Message{msg::derivOffloadedActivations, {A::ofBytes(moved), A::ofInteger(procsPerNode)}});
        }
        if (stepPeak && copies > 0)
            text = {msg::derivStepPeakAfterCopies, {A::ofMessage(step.text)}};
        else if (stepPeak)
            text = {msg::derivStepPeak, {A::ofMessage(step.text)}};
        else if (step.bytes > 0)
            text = {msg::derivStepSmaller, {A::ofMessage(text), A::ofMessage(step.text)}};
        put("activations", act, tensorParallelText(text, deg.tp));
        peak.bytes = act;
    } else {
        peak = inferencePeak(tape, batch);
        peak.bytes = ceilDiv(peak.bytes, deg.tp);
        Message text{prefill > 0 ? msg::derivLiveSetPrefill : msg::derivLiveSet,
                     {A::ofCount(batch), A::ofBytes(tape.inferencePerSample()), actLabel, A::ofCount(prefill)}};
        if (prefill <= 0)
            text.args.pop_back();
        put("activations", peak.bytes, tensorParallelText(text, deg.tp));
    }

    // Weight-only quantised inference (bitsandbytes, torchao): for more than one token at
    // a time each quantised matrix is dequantised into a 16-bit temporary before its
    // matmul; the largest (the FFN's) sets the size.
    if (gpu && !train && net.transformer && (r.precision == Precision::Int8 || r.precision == Precision::Int4)
        && satMul(batch, std::max<std::int64_t>(1, prefill)) > 1) {
        const TransformerConfig &c = net.config;
        if (c.moe.enabled() || c.mla.enabled()) {
            // Experts and latent attention: the largest linear layer of a block.
            const std::int64_t largest = largestLinear(c);
            put("workspace", ceilDiv(satMul(largest, 2), deg.tp), {msg::derivDequantisedLargest, {A::ofCount(largest)}});
        } else {
            const std::int64_t f = c.ffnHidden.value_or(4 * c.hidden.value_or(1));
            const Bytes deq = ceilDiv(satMul(f, c.hidden.value_or(1), 2), deg.tp);
            put("workspace", deq,
                {msg::derivDequantisedFfn, {A::ofCount(f), A::ofCount(c.hidden.value_or(1))}});
        }
    }

    // ---- KV cache of generation
    if (!train && (r.generation || serving) && net.transformer) {
        const TransformerConfig &c = net.config;
        const std::int64_t positions = serving ? serving::contextTokens(*serving, c.seqLen.value_or(1))
                                               : satAdd(r.generation->promptTokens, r.generation->newTokens);
        // Weight-only quantisation keeps the cache in 16 bits unless a cache type is set.
        const double bytes = serving ? serving::kvValueBytes(serving::kvDtype(*serving, r.precision)) : pl.actBytes;
        // Split over tensor-parallel ranks by kvCacheOf's rule: KV heads divided (each rank
        // keeps one at least), the MLA latent whole on every rank.
        const KvCache kv = kvCacheOf(c, positions, batch, bytes, deg.pp, deg.tp);
        const Bytes kvBytes = kv.bytes;
        put("kv_cache", kvBytes, splitText(kv.message, split, 1, ""));
        if (serving && serving->cacheImplementation.value_or(CacheImplementation::Dynamic) == CacheImplementation::Dynamic) {
            // DynamicCache appends each step's keys and values with torch.cat: the layer's
            // old and new tensors are both alive while one is copied into the other.
            put("workspace", ceilDiv(kvBytes, std::max<std::int64_t>(1, c.layers.value_or(1))), {msg::derivDynamicCache});
        }
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
    // The caching allocator sees every tensor: the saved activations, and (unsharded)
    // each parameter with its gradient and optimizer states.
    AllocationPattern pattern;
    pattern.largestTransient = peak.largestTensor;
    const SizeClasses &savedClasses = tape.savedClasses();
    for (int i = 0; i < savedClasses.size(); ++i)
        pattern.live.push_back({satMul(savedClasses[i].perSample, batch), savedClasses[i].count});
    // (Unsplit models only: with tensor/pipeline/expert parallelism or ZeRO-3 a device
    // holds parts of the tensors.)
    if (split == 1 && pShards == 1 && expertShare <= 0.0) {
        const SizeClasses &pc = tape.paramClasses();
        const int wBytes = layout == StatesLayout::Autocast ? 4 : std::max(1, pl.weightBits / 8);
        // QLoRA: the linear layers are packed 4-bit tensors (two weights a byte); the
        // embedding / LM-head matrices stay in the compute dtype.
        const std::int64_t embedding = net.transformer ? satMul(net.config.vocab.value_or(1), net.config.hidden.value_or(1)) : 0;
        auto tensorBytes = [&](std::int64_t elements) {
            if (qlora && elements != embedding)
                return ceilDiv(elements, 2);
            return satMul(elements, wBytes);
        };
        for (int i = 0; i < pc.size(); ++i)
            pattern.states.push_back({tensorBytes(pc[i].perSample), pc[i].count});
        if (train && ms.trainable == ms.params && ms.params > 0) {
            const Bytes gBytes = ms.gradients / ms.params;
            const int sBytes = layout == StatesLayout::Autocast ? 4 : pl.stateBytes;
            const std::int64_t states = std::min<std::int64_t>(2, ms.optimizer / satMul(ms.params, sBytes));
            for (int i = 0; i < pc.size(); ++i) {
                pattern.states.push_back({satMul(pc[i].perSample, gBytes), pc[i].count});
                if (states > 0)
                    pattern.states.push_back({satMul(pc[i].perSample, sBytes), satMul(pc[i].count, states)});
                if (ms.master > 0)
                    pattern.states.push_back({satMul(pc[i].perSample, 4), pc[i].count});
            }
        }
    }
    addDeviceFragmentation(ctx, pattern);
    const int communicators = (deg.dp > 1 ? 1 : 0) + (deg.tp > 1 ? 1 : 0) + (deg.pp > 1 ? 1 : 0);
    addNcclBuffers(ctx, communicators);

    // Loading: every process materialises its weights on the host (torch.load of the
    // state dict) before moving them to its device: the whole model, or with tensor /
    // pipeline parallelism its own shard (Megatron keeps one checkpoint file per rank).
    // Saving: with ZeRO/FSDP the full state is consolidated on one process's host. The
    // larger of the two counts.
    const Bytes fullWeights = ms.weights;
    const Bytes perRank = ceilDiv(fullWeights, split);
    const Bytes load = satMul(perRank, procsPerNode);
    ctx.host("parameters", load,
             Message{split > 1 ? msg::derivHostLoadingShard : msg::derivHostLoading,
                     {A::ofInteger(procsPerNode), A::ofBytes(perRank)}});
    if (train && deg.zero > 0) {
        const Bytes save = satAdd(satAdd(fullWeights, ms.master), ms.optimizer);
        if (save > load)
            ctx.host("checkpoint_staging", save - load, Message{msg::derivCheckpointStaging, {A::ofBytes(save)}});
    }
}

} // namespace headroom::dnn
