#pragma once
// Turns a scenario's architecture into a recorded Tape, and says how to describe it.

#include "engine/dnn/networks.h"
#include "engine/dnn/tape.h"
#include "scenario/scenario.h"
#include "util/message.h"

#include <optional>
#include <string>

namespace headroom::dnn {

struct NetworkShape {
    bool known = false;          ///< false: unknown preset or no architecture
    bool transformer = false;    ///< a transformer (type or language preset)
    bool encoder = false;        ///< BERT
    bool vision = false;         ///< torchvision preset (imports torchvision)
    TransformerConfig config;    ///< transformers: resolved configuration
    Message label;               ///< "resnet50, 224×224" for derivations
};

/// Records the scenario's network with sequence length `seqOverride` (0: the
/// configuration's) onto `tape`.
NetworkShape recordNetwork(const Scenario &s, Tape &tape, BlockCheckpoint ckpt, std::int64_t seqOverride = 0);

} // namespace headroom::dnn
