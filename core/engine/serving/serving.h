#pragma once
/// @file serving.h
/// Inference as serving engines run it (`run.serving`): vLLM, SGLang and TGI reserve a
/// share of each GPU and fill it with paged KV-cache blocks; llama.cpp splits layers
/// between GPU and host RAM; transformers grows (or pre-allocates) its cache per batch.

#include "estimate/estimate.h"
#include "scenario/scenario.h"
#include "util/message.h"

#include <optional>

namespace headroom {
struct EngineContext;
}

namespace headroom::serving {

/// The model dimensions the engines size their buffers from.
struct ServingModel {
    std::int64_t layers = 1, hidden = 1, heads = 1, vocab = 1, seqLen = 1;
    bool tied = true;
    std::int64_t params = 0;     ///< all parameters
    Bytes weights = 0;           ///< all weights as stored (whole model)
    Message weightsText;         ///< how `weights` was counted
    TransformerConfig config;    ///< the KV cache (dnn::kvCacheOf) and forward widths (dnn::forwardWidths) come from it
};

/// Tokens of context each sequence holds: context_tokens, else prompt + output tokens,
/// else (neither given) the model's sequence length.
std::int64_t contextTokens(const Serving &v, std::int64_t modelSeqLen);

/// The KV-cache type with its default: fp16 for llama.cpp, else the weights' 16-bit type
/// (bf16 for bf16 runs, fp16 otherwise).
KvCacheDType kvDtype(const Serving &v, Precision precision);

/// Bytes of one cached K or V value: 2 (fp16/bf16), 1 (fp8/int8), 34/32 (q8_0: 32 int8
/// and one fp16 scale per block), 18/32 (q4_0: 32 nibbles and one fp16 scale).
double kvValueBytes(KvCacheDType t);

/// Whether the engine takes a fixed share of each GPU at start-up whatever the load.
bool reservesShare(const Serving &v);

/// The engine's share of each GPU: gpu_memory_utilization (vLLM, default 0.9),
/// mem_fraction_static (SGLang, 0.88), cuda_memory_fraction (TGI, 1.0); 1 otherwise.
double memoryFraction(const Serving &v);

/// Everything the engine allocates for `model`, on the host and the busiest GPU.
void addServingMemory(EngineContext &ctx, const ServingModel &model);

/// Free bytes per GPU of `gpuMemory` when the engine serves the estimate's load
/// (negative: the shortfall), by the engine's own budget: vLLM and TGI fit weights,
/// activation peak, CUDA graphs and the KV blocks into their share; SGLang fits weights
/// and the KV pool into mem_fraction_static and activations and graphs into the rest.
Bytes deviceSlack(const Scenario &s, const Estimate &e, Bytes gpuMemory);

/// The line a chart draws for a GPU of `gpuMemory`: the engine's share of it (vLLM, SGLang,
/// TGI), else the whole GPU.
Bytes deviceBudget(const Scenario &s, Bytes gpuMemory);

/// Bytes per GPU the engine holds on a GPU of `gpuMemory` (vLLM: its whole share whatever
/// the load), at least the estimate's peak.
Bytes deviceHeld(const Scenario &s, const Estimate &e, Bytes gpuMemory);

/// The smallest GPU on which the engine's budget holds the estimate.
Bytes minimumGpuMemory(const Scenario &s, const Estimate &e);

/// Tokens the engine's KV cache holds on a GPU of `gpuMemory` (vLLM, SGLang, TGI: what
/// is left of the share after weights, activations and graphs, in whole blocks;
/// llama.cpp: n_ctx); nullopt for transformers or when nothing is left.
std::optional<std::int64_t> kvCacheCapacity(const Scenario &s, const Estimate &e, Bytes gpuMemory);

} // namespace headroom::serving
