#pragma once
// Bytes per parameter of each precision and optimizer, and the model states (weights,
// gradients, master weights, optimizer states) of a run before any sharding.

#include "scenario/scenario.h"
#include "util/bytes.h"
#include "util/message.h"

#include <optional>
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
    Message weightsText, gradientsText, masterText, optimizerText;
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
/// (int8/int4 precision) leaves in 16 bits (embeddings, LM head).
/// `quantisable`: the parameters of the blocks' linear layers, which QLoRA stores in 4
/// bits (the embeddings, the LM head, norms and biases stay in the compute dtype).
/// `config`: the resolved transformer, for the storage of a quantised `model.weights`.
ModelStates modelStates(const Scenario &s, std::int64_t params, std::int64_t factored, std::int64_t edges,
                        StatesLayout layout = StatesLayout::Standard, std::int64_t unquantised = 0,
                        std::int64_t quantisable = 0, const TransformerConfig *config = nullptr);

/// Bytes of one adapter value in that dtype.
int adapterBytes(AdapterDType t);

/// The dtype LoRA adapters are kept in: the one the scenario names, else fp32 for QLoRA
/// (PEFT keeps adapters in fp32 unless told otherwise, autocast_adapter_dtype), else none
/// of their own (LoRA's adapters take the weights' dtype).
std::optional<AdapterDType> adapterDtypeOf(const Finetune &ft);

/// Bytes of `count` weights in 4-bit blocks of 64 (bitsandbytes NF4/FP4, Dettmers et al.
/// 2023 "QLoRA" §3): 4 bits each, one fp32 absmax per block, or with double quantisation
/// one 8-bit absmax per block and one fp32 constant per 256 blocks.
Bytes fourBitBytes(std::int64_t count, bool doubleQuant);

/// The optimizer step's temporaries on the busiest device.
struct StepTemporaries {
    Bytes bytes = 0;
    Message text;
};

/// PyTorch's optimizers from 2.0 on run foreach (multi-tensor) kernels on CUDA by
/// default: Adam/AdamW/Adagrad/RMSprop make one temporary list the size of the
/// optimizer's parameters on the device (Adam: sqrt(exp_avg_sq)). Before 2.0, and on the
/// CPU, they loop per parameter: `loopPeak` values (Tape::stepLoopPeak). DeepSpeed's and
/// Megatron's fused Adam make none; nor do fused=True and the step in backward. A
/// `run.optimizer_step` the run sets overrides the default. `trainablePerDevice`: the
/// trainable values whose states the busiest device holds (after ZeRO/FSDP,
/// tensor/pipeline and expert parallel splits).
StepTemporaries stepTemporaries(const Scenario &s, const ModelStates &ms, std::int64_t loopPeak,
                                std::int64_t trainablePerDevice, bool megatron, int zero);

} // namespace headroom::dnn
