#pragma once
// Bytes per parameter of each precision and optimizer, and the model states (weights,
// gradients, master weights, optimizer states) of a run before any sharding.

#include "scenario/scenario.h"
#include "util/bytes.h"

#include <string>

namespace headroom::dnn {

/// Storage of one run's numbers.
struct PrecisionLayout {
    int weightBits = 32;   ///< working weights (int8/int4: quantised, with group scales)
    int gradBytes = 4;     ///< gradients of trainable parameters
    int masterBytes = 0;   ///< fp32 master copy of trainable parameters (mixed precision)
    int stateBytes = 4;    ///< one optimizer state value
    int actBytes = 4;      ///< activations
    std::string weightName = "fp32";
};

PrecisionLayout precisionLayout(Precision p);

/// Model states of the whole model, unsharded.
struct ModelStates {
    std::int64_t params = 0;       ///< base parameters
    std::int64_t trainable = 0;    ///< parameters that get gradients and optimizer states
    std::int64_t adapters = 0;     ///< LoRA adapter parameters (included in trainable)
    Bytes weights = 0;             ///< parameters (+ adapters) in the working precision
    Bytes gradients = 0;
    Bytes master = 0;
    Bytes optimizer = 0;
    std::string weightsText, gradientsText, masterText, optimizerText;
};

/// Who keeps the model states under mixed precision.
enum class StatesLayout {
    Standard,          ///< the precision's own layout (ZeRO paper §3.1 for mixed precision)
    CpuAutocast,       ///< autocast on the CPU: 16-bit working copies, fp32 gradients and master
    Autocast,          ///< torch.autocast / FSDP MixedPrecision on a GPU: fp32 weights, gradients, states
    MegatronMainGrads, ///< Megatron: 16-bit weights, fp32 main gradients, fp32 master and states
};

/// `factored` is Σ rows + cols over weight matrices (Adafactor), `edges` the same over
/// the matrices LoRA adapts. `unquantised`: parameters that weight-only quantisation
/// leaves in 16 bits (embeddings, LM head).
ModelStates modelStates(const Scenario &s, std::int64_t params, std::int64_t factored, std::int64_t edges,
                        StatesLayout layout = StatesLayout::Standard, std::int64_t unquantised = 0);

/// The optimizer step's temporaries on the busiest device.
struct StepTemporaries {
    Bytes bytes = 0;
    std::string text;
};

/// PyTorch's optimizers from 2.0 on run foreach (multi-tensor) kernels on CUDA by
/// default: Adam/AdamW/Adagrad/RMSprop make one temporary list the size of the
/// optimizer's parameters (Adam: sqrt(exp_avg_sq)). Before 2.0, and on the CPU, they
/// loop per parameter: two temporaries of the largest parameter. DeepSpeed's and
/// Megatron's fused Adam make none. `shards`: how the states are split (ZeRO/FSDP data
/// parallel), `split`: tensor × pipeline parallel.
StepTemporaries stepTemporaries(const Scenario &s, const ModelStates &ms, std::int64_t largestParam,
                                std::int64_t shards, std::int64_t split, bool megatron, int zero);

} // namespace headroom::dnn
