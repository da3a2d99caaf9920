#pragma once
/// @file dnn.h
/// Public figures of the deep-learning engine: parameter counts of networks, and the
/// published formulas the engine implements (KV cache, Korthikanti et al. 2022).

#include "scenario/scenario.h"
#include "util/bytes.h"
#include "util/message.h"

#include <cstdint>
#include <string>

namespace headroom::dnn {

/// Parameters of the scenario's network (the base model, without LoRA adapters), as
/// PyTorch counts them (`sum(p.numel() for p in model.parameters())`). Vision presets
/// are sized from the dataset's image (ViT's position table) and `outputs` (default
/// 1000); language presets use their published configuration. 0 when the scenario has
/// no deep-learning architecture or names an unknown preset.
std::int64_t parameterCount(const Scenario &scenario);

/// Parameters of the scenario's network: all of them, and those one token runs through
/// (fewer for a mixture of experts: k of its E routed experts per MoE layer).
struct ParameterCounts {
    std::int64_t total = 0;
    std::int64_t active = 0;
};
ParameterCounts parameterCounts(const Scenario &scenario);

/// Parameters of a named preset with its defaults (224×224×3 images, 1000 classes).
std::int64_t presetParameterCount(std::string_view preset);

/// KV cache of generation: 2 (K and V) · layers · kv_heads · head_dim · positions ·
/// batch · bytes per value.
Bytes kvCacheBytes(std::int64_t layers, std::int64_t kvHeads, std::int64_t headDim, std::int64_t positions,
                   std::int64_t batch, int bytesPerValue);

/// The KV cache of `positions` tokens of `batch` sequences with `bytesPerValue` bytes per
/// cached value, on the busiest of `pp` pipeline stages and one of `tp` tensor-parallel
/// ranks (KV heads split over the ranks, at least one each; a latent attention cache is
/// whole on every rank). Standard attention caches 2 · kv_heads · head_dim values per
/// token and layer, a sliding-window layer at most `window` tokens; latent attention
/// (MLA) kv_lora_rank + qk_rope_head_dim values per token and layer. The one KV-cache
/// rule: transformer inference and the serving engines both use it.
struct KvCache {
    Bytes bytes = 0;
    Message message;  ///< how `bytes` was counted
    std::string text; ///< the same in English
};
KvCache kvCacheOf(const TransformerConfig &c, std::int64_t positions, std::int64_t batch, double bytesPerValue,
                  std::int64_t pp = 1, std::int64_t tp = 1);

/// How Megatron recomputes activations.
enum class Recompute { None, Selective, Full };

/// Activation bytes of one transformer layer with 16-bit activations (Korthikanti et al.
/// 2022, "Reducing Activation Recomputation in Large Transformer Models", Table 2):
/// s·b·h·(34 + 5·a·s/h) without parallelism; s·b·h·(10 + 24/t + 5·a·s/(h·t)) with tensor
/// parallel t; s·b·h/t·(34 + 5·a·s/h) with sequence parallel too; selective recompute
/// drops the 5·a·s/h term; full recompute keeps 2·s·b·h (/t with sequence parallel).
Bytes korthikantiLayerBytes(std::int64_t seq, std::int64_t batch, std::int64_t hidden, std::int64_t heads,
                            std::int64_t tensorParallel, bool sequenceParallel, Recompute recompute);

} // namespace headroom::dnn
