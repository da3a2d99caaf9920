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

/// `factored` is Σ rows + cols over weight matrices (Adafactor), `edges` the same over
/// the matrices LoRA adapts.
/// `fp32Grads`: mixed precision by autocast, whose gradients are fp32.
/// `config`: the resolved transformer, for the storage of a quantised `model.weights`.
ModelStates modelStates(const Scenario &s, std::int64_t params, std::int64_t factored, std::int64_t edges,
                        bool fp32Grads = false, const TransformerConfig *config = nullptr);

} // namespace headroom::dnn
