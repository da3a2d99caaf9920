// Serving alternatives (run.serving): a smaller KV-cache type, fewer concurrent sequences,
// a shorter context, more layers on the CPU (llama.cpp), tensor parallel over two cards.
// Lower-bit weights come from the deep-learning variants. What each saves is the
// difference of two estimates, as for every tip.

#include "advisor/variants.h"

#include "engine/serving/serving.h"
#include "scenario/presets.h"

namespace headroom::advisor {
namespace {

/// The next smaller cache type the engine offers, if any.
std::optional<KvCacheDType> smallerKv(ServingEngine e, KvCacheDType now)
{
    const bool sixteen = now == KvCacheDType::Fp16 || now == KvCacheDType::Bf16;
    switch (e) {
    case ServingEngine::Vllm:
    case ServingEngine::Sglang:
    case ServingEngine::Tgi: return sixteen ? std::optional(KvCacheDType::Fp8) : std::nullopt;
    case ServingEngine::Transformers: return sixteen ? std::optional(KvCacheDType::Int8) : std::nullopt;
    case ServingEngine::LlamaCpp:
        if (sixteen)
            return KvCacheDType::Q8_0;
        if (now == KvCacheDType::Q8_0)
            return KvCacheDType::Q4_0;
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

void addServingVariants(Variants &v)
{
    const Scenario &b = v.base();
    if (!b.run.serving || !b.model.architecture)
        return;
    const Serving &sv = *b.run.serving;
    const auto t = resolvedTransformer(*b.model.architecture,
                                       b.dataset.input.kind == InputKind::Tokens ? b.dataset.input.length : 0);
    if (!t)
        return;
    const KvCacheDType kv = serving::kvDtype(sv, b.run.precision);
    if (const auto smaller = smallerKv(sv.engine, kv)) {
        const KvCacheDType to = *smaller;
        v.add("serving_kv_dtype", "KV cache in %1 instead of %2", {std::string(toString(to)), std::string(toString(kv))},
              to == KvCacheDType::Q4_0 || to == KvCacheDType::Int8
                  ? "Coarser cached keys and values: some loss of quality on long contexts; llama.cpp needs flash attention "
                    "for a quantised V cache."
                  : "Needs fp8 support (Hopper/Ada or newer for speed); small loss of accuracy on long contexts.",
              [to](Scenario &s) { s.run.serving->kvCacheDtype = to; });
    }
    if (sv.concurrentSequences >= 2) {
        const std::int64_t fewer = sv.concurrentSequences / 2;
        v.add("serving_fewer_sequences", "%1 concurrent sequences instead of %2",
              {std::to_string(fewer), std::to_string(sv.concurrentSequences)},
              "Lower throughput: requests beyond the batch wait in the queue.",
              [fewer](Scenario &s) { s.run.serving->concurrentSequences = fewer; });
    }
    const std::int64_t context = serving::contextTokens(sv, t->seqLen.value_or(1));
    if (context >= 256) {
        const std::int64_t shorter = context / 2;
        v.add("serving_shorter_context", "Contexts of %1 tokens instead of %2",
              {std::to_string(shorter), std::to_string(context)},
              "Longer prompts must be cut or refused (max_model_len / n_ctx); answers that need the cut part may get worse.",
              [shorter](Scenario &s) {
                  Serving &x = *s.run.serving;
                  x.promptTokens.reset();
                  x.outputTokens.reset();
                  x.contextTokens = shorter;
                  if (x.nCtx && *x.nCtx > 0)
                      x.nCtx = std::max<std::int64_t>(1, *x.nCtx / 2);
              });
    }
    const std::int64_t layers = t->layers.value_or(1);
    if (sv.engine == ServingEngine::LlamaCpp && b.device() == Device::Gpu && layers >= 4) {
        std::int64_t ngl = sv.nGpuLayers.value_or(-1);
        if (ngl < 0 || ngl > layers + 1)
            ngl = layers + 1;
        const std::int64_t fewer = std::max<std::int64_t>(0, ngl - layers / 4);
        if (fewer < ngl)
            v.add("serving_cpu_layers", "%1 layers on the GPU instead of %2 (n_gpu_layers)",
                  {std::to_string(fewer), std::to_string(ngl)},
                  "Layers on the CPU run at host-memory speed: generation slows down; host RAM grows by what the GPU saves.",
                  [fewer](Scenario &s) { s.run.serving->nGpuLayers = fewer; });
    }
    const bool paged = serving::reservesShare(sv);
    if (paged && b.device() == Device::Gpu && b.cluster.devices() == 1 && b.cluster.tensorParallel == 1)
        v.add("serving_tensor_parallel", "Tensor parallel over %1 GPUs", {"2"},
              "Needs a second card (NVLink or PCIe); each GPU holds half the weights and half the KV heads.",
              [](Scenario &s) {
                  s.cluster.gpusPerNode = 2;
                  s.cluster.tensorParallel = 2;
              });
}

} // namespace headroom::advisor
