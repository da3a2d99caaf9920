#pragma once
// The weights of a model as `model.weights` stores them: exact bytes from a file, or the
// storage of a quantised format computed tensor by tensor from the architecture.

#include "scenario/scenario.h"
#include "util/bytes.h"
#include "util/message.h"

#include <optional>
#include <string>

namespace headroom::dnn {

/// One weight matrix of a transformer as quantisers see it (out × in, `count` copies).
struct LinearTensor {
    enum class Role { Embedding, Output, Query, Key, Value, AttnOutput, FfnGate, FfnUp, FfnDown };
    Role role;
    std::int64_t out = 0, in = 0;
    std::int64_t layer = -1; ///< block index, -1 outside the blocks
};

/// The model's weights in its stored format.
struct WeightStorage {
    std::int64_t params = 0;      ///< parameters the weights hold (the file's exact count when given)
    std::optional<Bytes> bytes;   ///< set when the format (not the run's precision) decides the bytes
    Message text;                 ///< derivation
};

/// Weights of the scenario per `model.weights`. `networkParams` is the network's own
/// count, `config` the resolved transformer (nullptr for other networks) and
/// `runWeightBits` the bits per weight of the run's precision: an unquantised file
/// (fp32/fp16/bf16) is loaded in the run's precision, so its bytes count only when the
/// two agree. nullopt without `model.weights`.
std::optional<WeightStorage> weightStorage(const Scenario &s, std::int64_t networkParams, const TransformerConfig *config,
                                           int runWeightBits);

/// Bytes of a transformer's weights in a quantised format computed from its linear
/// layers (the rest of `totalParams`, norms and biases, at 16 bits, or fp32 in GGUF).
/// Also used by tests against the file figures.
Bytes quantisedTransformerBytes(const WeightsSpec &w, const TransformerConfig &c, std::int64_t totalParams,
                                Message *summary = nullptr);

} // namespace headroom::dnn
