// Serving engines: what vLLM, SGLang, TGI and llama.cpp allocate for a model, per GPU and
// on the host. Every figure is a component with its derivation; the published start-up
// logs these were checked against are cited where they are used (tests/core/test_serving).

#include "engine/serving/serving.h"

#include "engine/context.h"
#include "engine/dnn/dnn.h"
#include "engine/dnn/networks.h"

#include <algorithm>
#include <cmath>

namespace headroom::serving {
namespace {

using A = MessageArg;

constexpr Bytes kMB = 1000 * 1000;

bool pagedEngine(ServingEngine e)
{
    return e == ServingEngine::Vllm || e == ServingEngine::Sglang || e == ServingEngine::Tgi;
}

std::string engineName(ServingEngine e) { return std::string(toString(e)); }

std::int64_t tensorParallel(const Scenario &s)
{
    return s.device() == Device::Gpu ? std::max<std::int64_t>(1, s.cluster.tensorParallel) : 1;
}

/// The KV cache of one sequence of `positions` tokens on one of `tp` ranks, by the
/// transformer engine's one rule (dnn::kvCacheOf): grouped KV heads, latent attention
/// (MLA), window-capped sliding-window layers.
dnn::KvCache sequenceKv(const ServingModel &m, std::int64_t positions, KvCacheDType t, std::int64_t tp)
{
    dnn::KvCache kv = dnn::kvCacheOf(m.config, positions, 1, kvValueBytes(t), 1, tp);
    kv.message = {msg::derivKvOfType, {A::ofMessage(std::move(kv.message)), A::ofText(std::string(toString(t)))}};
    kv.text = kv.message.english();
    return kv;
}

/// The live set of one forward pass over `tokens` tokens with 16-bit activations, the
/// larger of its two phases by the transformer engine's rule (dnn::forwardWidths): a
/// mixture's k experts per token and its router, latent attention's projections.
Bytes forwardLiveBytes(const ServingModel &m, std::int64_t tokens, std::int64_t tp)
{
    const dnn::ForwardWidths w = dnn::forwardWidths(m.config, tp);
    return satMul(tokens, std::max(w.mlp, w.attention), 2);
}

struct PagedDefaults {
    double fraction;
    std::int64_t blockSize, maxSeqs, batchedTokens;
};

PagedDefaults pagedDefaults(ServingEngine e)
{
    switch (e) {
    // vLLM (V1 engine, `vllm serve`): gpu_memory_utilization 0.9, block_size 16,
    // max_num_seqs 256, max_num_batched_tokens 8192 (chunked prefill).
    case ServingEngine::Vllm: return {0.9, 16, 256, 8192};
    // SGLang: mem_fraction_static 0.88 on large GPUs (it picks less on small ones and at
    // high tensor parallel), page_size 1, chunked_prefill_size 8192.
    case ServingEngine::Sglang: return {0.88, 1, 256, 8192};
    // TGI: cuda_memory_fraction 1.0, paged attention blocks of 16, max_batch_prefill_tokens 4096.
    case ServingEngine::Tgi: return {1.0, 16, 256, 4096};
    default: return {1.0, 1, 1, 1};
    }
}

/// vLLM, SGLang, TGI: weights, non-torch memory, the start-up profile's activation peak,
/// CUDA graphs and the KV blocks the requested load occupies. vLLM's KV budget, as its V1
/// GPU worker computes it (vllm/v1/worker/gpu_worker.py@35d5cda1,
/// determine_available_memory): requested_memory = total_memory (torch.cuda.mem_get_info,
/// what the catalogue calls usable_bytes) × gpu_memory_utilization, less
/// non_kv_cache_memory = weights + the profile's torch peak increase + non-torch increase;
/// since vLLM 0.21 the CUDA-graph memory is profiled and taken from it too
/// (VLLM_MEMORY_PROFILER_ESTIMATE_CUDAGRAPHS, on by default: "CUDA graph memory profiling
/// is enabled (default since v0.21.0)", its start-up log, gpustack/runner PR 251), which is
/// deviceSlack's share − peak with the graphs in the peak. Earlier versions captured the
/// graphs after sizing the KV cache, outside the share.
void addPaged(EngineContext &ctx, const ServingModel &m)
{
    const Scenario &s = ctx.scenario;
    const Serving &v = *s.run.serving;
    const PagedDefaults d = pagedDefaults(v.engine);
    const std::int64_t tp = tensorParallel(s);
    const std::int64_t ctxTokens = contextTokens(v, m.seqLen);
    const std::int64_t seqs = v.concurrentSequences;
    const std::int64_t blockSize = v.blockSize.value_or(d.blockSize);
    const std::int64_t maxSeqs = v.maxNumSeqs.value_or(d.maxSeqs);
    const std::int64_t batched = v.maxNumBatchedTokens.value_or(d.batchedTokens);
    const KvCacheDType kvt = kvDtype(v, s.run.precision);
    const std::string name = engineName(v.engine);

    // Host: the API server and the engine process each import a CUDA build of PyTorch
    // (~1 GB resident each, as for any CUDA PyTorch process); with tensor parallel each
    // rank is a worker process of its own. Weights are read through mmap of the
    // safetensors files: page cache, not the engine's private memory.
    const std::int64_t procs = 2 + (tp > 1 ? tp : 0);
    ctx.host("framework_runtime", satMul(1000 * kMB, procs),
             Message{tp > 1 ? msg::derivPagedHostRuntimeTp : msg::derivPagedHostRuntime, {A::ofInteger(procs)}});

    // Device. Non-torch memory (CUDA context, cuBLAS, NCCL), as vLLM's profiler reports
    // it: 1.79 GiB on an H100 for Llama-3-8B, 3.58 GiB with tensor parallel 2 (vllm PR
    // 10511); 0.16–0.20 GiB on other set-ups (PR 14447, gateway-api-inference-extension
    // PR 550). The largest measured is taken.
    const Bytes nonTorch = satMul(toBytes(1.79 * static_cast<double>(GiB)), tp > 1 ? 2 : 1);
    ctx.device("framework_runtime", nonTorch, Message{tp > 1 ? msg::derivPagedNonTorchTp : msg::derivPagedNonTorch});
    const Bytes weights = ceilDiv(m.weights, tp);
    ctx.device("parameters", weights,
               tp > 1 ? Message{msg::derivTensorParallel, {A::ofMessage(m.weightsText), A::ofInteger(tp)}} : m.weightsText);

    // Start-up profile: one forward pass of max_num_batched_tokens tokens spread over
    // up to max_num_seqs sequences, whose last tokens are sampled: fp32 logits,
    // probabilities and log-probabilities (3 × 4 B) after the 16-bit LM head (2 B).
    const std::int64_t profileSeqs = std::min(maxSeqs, batched);
    const Bytes forward = forwardLiveBytes(m, batched, tp);
    const Bytes sampler = satMul(profileSeqs, m.vocab, 14);
    ctx.device("activations", satAdd(forward, sampler),
               Message{msg::derivPagedProfile,
                       {A::ofCount(batched), A::ofBytes(forward), A::ofCount(profileSeqs), A::ofCount(m.vocab)}});

    // CUDA graphs for decode batches 1, 2, 4, 8, 16, ... up to the largest captured size
    // (vLLM: max_num_seqs capped at 512; TGI: 1–32; SGLang: up to 160): about 6 MiB of
    // graph memory each (vLLM PR 23184 logs 6–8 MiB per graph at ≤ 112 tokens) plus the
    // decode live set at the largest size (Llama-3.2-1B, 35 graphs: 0.21 GiB, PR 11349).
    const bool eager = v.enforceEager.value_or(false);
    if (!eager) {
        std::int64_t largest = std::min<std::int64_t>(maxSeqs, 512);
        if (v.engine == ServingEngine::Tgi)
            largest = 32;
        if (v.engine == ServingEngine::Sglang)
            largest = std::min<std::int64_t>(maxSeqs, 160);
        const std::int64_t graphs = largest <= 4 ? 3 : 3 + largest / 8;
        const Bytes graphBytes = satAdd(satMul(graphs, 6 * MiB), forwardLiveBytes(m, largest, tp));
        ctx.device("cuda_graphs", graphBytes, Message{msg::derivPagedCudaGraphs, {A::ofCount(graphs), A::ofCount(largest)}});
    }

    // The KV cache the load occupies: whole blocks per sequence.
    const std::int64_t blocksPerSeq = ceilDiv(ctxTokens, blockSize);
    const dnn::KvCache perSeq = sequenceKv(m, satMul(blocksPerSeq, blockSize), kvt, tp);
    // A block's bytes: exact for full attention, the average over the sequence where
    // sliding-window layers stop growing at their window.
    const Bytes blockBytes = ceilDiv(perSeq.bytes, std::max<std::int64_t>(1, blocksPerSeq));
    const Bytes kv = satMul(perSeq.bytes, seqs);
    ctx.device("kv_cache", kv,
               Message{v.enablePrefixCaching.value_or(false) ? msg::derivPagedKvPrefix : msg::derivPagedKv,
                       {A::ofCount(seqs), A::ofCount(blocksPerSeq), A::ofCount(blockSize), A::ofCount(ctxTokens),
                        A::ofBytes(blockBytes), A::ofMessage(perSeq.message), A::ofText(name)}});
    if (seqs > maxSeqs)
        ctx.warn("serving_queue", msg::servingQueue,
                 {MessageArg::ofCount(seqs),
                  v.engine == ServingEngine::Vllm ? MessageArg::ofText("max_num_seqs")
                                                  : MessageArg::ofMessage(Message{msg::servingRunningBatch}),
                  MessageArg::ofCount(maxSeqs)});

    ServingFigures fig;
    fig.blockBytes = blockBytes;
    fig.blockTokens = blockSize;
    fig.contextTokens = ctxTokens;
    fig.sequences = seqs;
    fig.reservedStatic = satAdd(satAdd(nonTorch, weights), kv);
    ctx.result.serving = fig;
}

/// llama.cpp: the last n_gpu_layers layers (and, counting as one more, the output layer)
/// with their KV cache on the GPU, the rest and the token embeddings in host RAM.
void addLlamaCpp(EngineContext &ctx, const ServingModel &m)
{
    const Scenario &s = ctx.scenario;
    const Serving &v = *s.run.serving;
    const bool gpu = s.device() == Device::Gpu;
    const std::int64_t L = m.layers;
    const std::int64_t ctxTokens = contextTokens(v, m.seqLen);
    const std::int64_t seqs = v.concurrentSequences;
    // llama-server shares n_ctx among its -np slots: by default each sequence's context.
    const std::int64_t wanted = satMul(ctxTokens, seqs);
    const std::int64_t nCtx = v.nCtx && *v.nCtx > 0 ? *v.nCtx : wanted;
    const std::int64_t ub = std::min(v.nUbatch.value_or(512), v.nBatch.value_or(2048));
    const bool fa = v.flashAttn.value_or(false);
    const bool mmap = v.useMmap.value_or(true);
    const KvCacheDType kvt = kvDtype(v, s.run.precision);
    if (nCtx < wanted)
        ctx.warn("serving_ctx_short", msg::servingCtxShort,
                 {MessageArg::ofCount(nCtx), MessageArg::ofCount(wanted), MessageArg::ofCount(seqs),
                  MessageArg::ofCount(nCtx / std::max<std::int64_t>(1, seqs))});

    std::int64_t ngl = gpu ? v.nGpuLayers.value_or(-1) : 0;
    if (ngl < 0 || ngl > L + 1)
        ngl = L + 1;
    const std::int64_t blocksOnGpu = std::min(ngl, L);
    const bool outputOnGpu = ngl > L;

    // Weights: bytes per parameter as stored, the token embedding (always on the host:
    // llama.cpp looks rows up on the CPU) and the output layer (the LM head, or the tied
    // embedding read again) apart from the blocks.
    const double perParam = m.params > 0 ? static_cast<double>(m.weights) / static_cast<double>(m.params) : 2.0;
    const Bytes embed = toBytes(static_cast<double>(satMul(m.vocab, m.hidden)) * perParam);
    const Bytes norm = toBytes(static_cast<double>(m.hidden) * perParam);
    // With tied embeddings the output layer reads a copy of the embedding on its device.
    const Bytes output = satAdd(embed, norm);
    const Bytes blocks = satSub(satSub(m.weights, embed), m.tied ? norm : output);
    const Bytes perBlock = ceilDiv(blocks, std::max<std::int64_t>(1, L));
    const Bytes gpuWeights = satAdd(satMul(perBlock, blocksOnGpu), outputOnGpu ? output : 0);
    const Bytes hostWeights = satAdd(satAdd(embed, satMul(perBlock, L - blocksOnGpu)), outputOnGpu ? 0 : output);

    // n_ctx cells in every layer, split between the devices by layer.
    const dnn::KvCache kvAll = sequenceKv(m, nCtx, kvt, 1);
    const Bytes kvGpu = toBytes(static_cast<double>(kvAll.bytes) * static_cast<double>(blocksOnGpu) / static_cast<double>(L));
    const Bytes kvHost = satSub(kvAll.bytes, kvGpu);

    // Compute buffers, sized by ggml's allocator for the worst-case graph of n_ubatch
    // tokens against n_ctx cells. The attention phase holds the fp32 KQ scores (heads ×
    // n_ubatch × n_ctx × 4 B, not with flash attention), the KQ mask the scheduler copies
    // from the host input (n_ctx × n_ubatch, fp32; f16 with flash attention) and 4
    // activation rows (n_ubatch × hidden × 4 B); the output phase holds the fp32 logits
    // (n_ubatch × vocab × 4 B) and one row. The host compute buffer holds the mask input
    // and the input embeddings. Printed by llama.cpp at n_ubatch 512: Mistral-7B, n_ctx
    // 32768: 2048 + 64 + 32 = 2144.00 MiB, CUDA_Host 72.01 MiB; n_ctx 2048: 128 + 4 + 32 =
    // 164.00 MiB, 12.01 MiB (fedora-copr/logdetective PR 106); Llama-3-8B, n_ctx 8192:
    // 512 + 16 + 32 = 560.00 MiB; n_ctx 512: the logits, 250.5 + 8 = 258.50 MiB (ollama
    // logs); Qwen2.5-3B shapes, n_ctx 4096: 296.75 + 4 = 300.75 MiB (LLamaSharp issue 1099).
    const Bytes row = satMul(ub, m.hidden, 4);
    const Bytes kq = fa ? 0 : satMul(m.heads, ub, nCtx, 4);
    const Bytes mask = satMul(nCtx, ub, fa ? 2 : 4);
    const Bytes attnPhase = satAdd(satAdd(kq, mask), satMul(row, 4));
    const Bytes outPhase = satAdd(satMul(ub, m.vocab, 4), row);
    // One layer's share of the cache, "(the whole cache) ÷ L layers", times the layers on a device.
    const auto layersKv = [&](const char *tmpl, std::int64_t layers) {
        return Message{tmpl, {A::ofCount(layers), A::ofMessage(kvAll.message), A::ofCount(L)}};
    };

    const Message mapText{mmap ? msg::derivLlamaMapped : msg::derivLlamaPrivate};
    // Host.
    ctx.host("framework_runtime", gpu ? 300 * kMB : 50 * kMB,
             Message{gpu ? msg::derivLlamaHostRuntimeCuda : msg::derivLlamaHostRuntime});
    const std::int64_t cpuLayers = L - blocksOnGpu;
    if (cpuLayers > 0)
        ctx.host("parameters", hostWeights,
                 Message{outputOnGpu ? msg::derivLlamaHostLayers : msg::derivLlamaHostLayersOutput,
                         {A::ofCount(cpuLayers), A::ofBytes(perBlock), A::ofMessage(mapText)}});
    else
        ctx.host("parameters", hostWeights,
                 Message{outputOnGpu ? msg::derivLlamaHostEmbedding : msg::derivLlamaHostEmbeddingOutput, {A::ofMessage(mapText)}});
    if (kvHost > 0)
        ctx.host("kv_cache", kvHost, layersKv(msg::derivLlamaKvCpu, cpuLayers));
    const bool cpuCompute = blocksOnGpu < L || !outputOnGpu || !gpu;
    if (cpuCompute)
        ctx.host("workspace", std::max(attnPhase, outPhase),
                 Message{fa ? msg::derivLlamaCpuComputeFlash : msg::derivLlamaCpuCompute,
                         {A::ofBytes(attnPhase), A::ofBytes(outPhase), A::ofCount(ub), A::ofCount(nCtx)}});
    else
        ctx.host("workspace", satAdd(row, mask), Message{msg::derivLlamaHostCompute, {A::ofInteger(fa ? 2 : 4)}});
    ctx.host("batch_buffers", satMul(seqs, m.vocab, 4),
             Message{msg::derivLlamaOutputBuffer, {A::ofCount(seqs), A::ofCount(m.vocab)}});
    if (!mmap && gpuWeights > 0)
        ctx.warn("llamacpp_no_mmap", msg::servingNoMmap, {MessageArg::ofBytes(gpuWeights)});
    if (!gpu)
        return;

    // Device.
    ctx.device("framework_runtime", 300 * kMB, Message{msg::derivLlamaDeviceRuntime});
    ctx.device("parameters", gpuWeights,
               Message{outputOnGpu ? msg::derivLlamaGpuLayersOutput : msg::derivLlamaGpuLayers,
                       {A::ofCount(blocksOnGpu), A::ofCount(L), A::ofBytes(perBlock), A::ofCount(ngl), A::ofMessage(m.weightsText)}});
    ctx.device("kv_cache", kvGpu, layersKv(msg::derivLlamaKvGpu, blocksOnGpu));
    const Bytes gpuCompute = outputOnGpu ? std::max(attnPhase, outPhase) : attnPhase;
    if (outputOnGpu)
        ctx.device("workspace", gpuCompute,
                   Message{fa ? msg::derivLlamaGpuComputeOutputFlash : msg::derivLlamaGpuComputeOutput,
                           {A::ofBytes(attnPhase), A::ofBytes(outPhase), A::ofCount(ub), A::ofCount(nCtx)}});
    else
        ctx.device("workspace", gpuCompute,
                   Message{fa ? msg::derivLlamaGpuComputeFlash : msg::derivLlamaGpuCompute,
                           {A::ofBytes(attnPhase), A::ofCount(ub), A::ofCount(nCtx)}});

    ServingFigures fig;
    fig.blockBytes = ceilDiv(kvGpu, std::max<std::int64_t>(1, nCtx));
    fig.blockTokens = 1;
    fig.layers = L;
    fig.contextTokens = ctxTokens;
    fig.sequences = seqs;
    ctx.result.serving = fig;
}

} // namespace

std::int64_t contextTokens(const Serving &v, std::int64_t modelSeqLen)
{
    if (v.contextTokens)
        return *v.contextTokens;
    if (!v.promptTokens && !v.outputTokens)
        return std::max<std::int64_t>(1, modelSeqLen);
    return std::max<std::int64_t>(1, satAdd(v.promptTokens.value_or(0), v.outputTokens.value_or(0)));
}

KvCacheDType kvDtype(const Serving &v, Precision precision)
{
    if (v.kvCacheDtype)
        return *v.kvCacheDtype;
    if (v.engine == ServingEngine::LlamaCpp)
        return KvCacheDType::Fp16;
    return precision == Precision::Bf16 || precision == Precision::MixedBf16 ? KvCacheDType::Bf16 : KvCacheDType::Fp16;
}

double kvValueBytes(KvCacheDType t)
{
    switch (t) {
    case KvCacheDType::Fp16:
    case KvCacheDType::Bf16: return 2.0;
    case KvCacheDType::Fp8:
    case KvCacheDType::Int8: return 1.0;
    case KvCacheDType::Q8_0: return 34.0 / 32.0;
    case KvCacheDType::Q4_0: return 18.0 / 32.0;
    }
    return 2.0;
}

bool reservesShare(const Serving &v) { return pagedEngine(v.engine); }

double memoryFraction(const Serving &v)
{
    if (!pagedEngine(v.engine))
        return 1.0;
    return v.memoryFraction.value_or(pagedDefaults(v.engine).fraction);
}

void addServingMemory(EngineContext &ctx, const ServingModel &model)
{
    const Serving &v = *ctx.scenario.run.serving;
    if (v.engine == ServingEngine::LlamaCpp)
        addLlamaCpp(ctx, model);
    else
        addPaged(ctx, model);
}

namespace {

Bytes shareOf(const Scenario &s, Bytes gpuMemory)
{
    return toBytes(static_cast<double>(gpuMemory) * memoryFraction(*s.run.serving));
}

} // namespace

Bytes deviceSlack(const Scenario &s, const Estimate &e, Bytes gpuMemory)
{
    const Bytes peak = e.device ? e.device->peak : 0;
    if (!s.run.serving || !reservesShare(*s.run.serving))
        return gpuMemory - peak;
    const Bytes share = shareOf(s, gpuMemory);
    if (s.run.serving->engine == ServingEngine::Sglang && e.serving) {
        const Bytes dynamic = satSub(peak, e.serving->reservedStatic);
        return std::min(share - e.serving->reservedStatic, (gpuMemory - share) - dynamic);
    }
    return share - peak;
}

Bytes deviceBudget(const Scenario &s, Bytes gpuMemory)
{
    if (!s.run.serving || !reservesShare(*s.run.serving))
        return gpuMemory;
    return shareOf(s, gpuMemory);
}

Bytes deviceHeld(const Scenario &s, const Estimate &e, Bytes gpuMemory)
{
    const Bytes peak = e.device ? e.device->peak : 0;
    if (!s.run.serving || !reservesShare(*s.run.serving))
        return peak;
    if (s.run.serving->engine == ServingEngine::Sglang && e.serving)
        return std::max(peak, satAdd(shareOf(s, gpuMemory), satSub(peak, e.serving->reservedStatic)));
    return std::max(peak, shareOf(s, gpuMemory));
}

Bytes minimumGpuMemory(const Scenario &s, const Estimate &e)
{
    const Bytes peak = e.device ? e.device->peak : 0;
    if (!s.run.serving || !reservesShare(*s.run.serving))
        return peak;
    const double f = memoryFraction(*s.run.serving);
    if (s.run.serving->engine == ServingEngine::Sglang && e.serving) {
        const Bytes dynamic = satSub(peak, e.serving->reservedStatic);
        const Bytes forStatic = toBytes(std::ceil(static_cast<double>(e.serving->reservedStatic) / f));
        const Bytes forDynamic = f < 1.0 ? toBytes(std::ceil(static_cast<double>(dynamic) / (1.0 - f))) : kBytesMax;
        return std::max(forStatic, forDynamic);
    }
    return toBytes(std::ceil(static_cast<double>(peak) / f));
}

std::optional<std::int64_t> kvCacheCapacity(const Scenario &s, const Estimate &e, Bytes gpuMemory)
{
    if (!s.run.serving || !e.serving || !e.device)
        return std::nullopt;
    const Serving &v = *s.run.serving;
    if (v.engine == ServingEngine::LlamaCpp) {
        if (e.device->bytesOf("kv_cache") == 0)
            return std::nullopt;
        const Bytes free = gpuMemory - e.device->peak;
        return free >= 0 ? std::optional<std::int64_t>(e.serving->sequences * e.serving->contextTokens) : std::nullopt;
    }
    if (!reservesShare(v) || e.serving->blockBytes <= 0)
        return std::nullopt;
    const Bytes kv = e.device->bytesOf("kv_cache");
    // What the share leaves for KV blocks once everything else is placed.
    const Bytes left = deviceSlack(s, e, gpuMemory) + kv;
    if (left < e.serving->blockBytes)
        return std::nullopt;
    return (left / e.serving->blockBytes) * e.serving->blockTokens;
}

} // namespace headroom::serving
