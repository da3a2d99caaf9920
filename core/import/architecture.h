#pragma once
/// @file architecture.h
/// What a model file says about a transformer, in one shape for every reader (HF
/// config.json, GGUF metadata), and its mapping onto the scenario's transformer keys.

#include "scenario/scenario.h"
#include "util/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace headroom::importer {

struct MoeFacts {
    std::int64_t experts = 0, expertsPerToken = 0, expertFfnHidden = 0;
    std::int64_t sharedExperts = 0, sharedExpertFfnHidden = 0, firstDenseLayers = 0;
    bool expertBias = false;
};

struct MlaFacts {
    std::int64_t qLoraRank = 0, kvLoraRank = 0, qkRopeHeadDim = 0, qkNopeHeadDim = 0, vHeadDim = 0;
};

struct SlidingFacts {
    std::int64_t window = 0;
    std::int64_t globalEvery = 0; ///< every Nth layer global (the last of each group); 0 = all local
};

/// A transformer as a file describes it.
struct ArchFacts {
    std::string family;                  ///< the file's model type ("llama", "qwen3_moe", GGUF "qwen2"…)
    std::int64_t layers = 0, hidden = 0, heads = 0, kvHeads = 0, ffnHidden = 0, vocab = 0;
    std::int64_t contextLength = 0;      ///< maximum positions (0 unknown)
    std::int64_t headDim = 0;            ///< 0 = hidden / heads
    bool rmsNorm = true, gatedFfn = true, rotary = true, tied = false, encoder = false;
    bool geluNew = false;                ///< an ungated FFN with Hugging Face's "gelu_new"
    bool attentionBias = false, qkNorm = false;
    double dropout = 0.0;
    std::optional<MoeFacts> moe;
    std::optional<MlaFacts> mla;
    std::optional<SlidingFacts> sliding;
};

/// The scenario architecture of a transformer a file describes, with its experts (`moe`),
/// latent attention (`mla`), sliding windows, head width, q/k/v biases and QK-norm on
/// the scenario's keys (scenario/model_keys.h). What the scenario approximates is noted
/// in `notes`; values out of range are refused. `file` names the file in a refusal.
Architecture toArchitecture(const ArchFacts &facts, const std::string &file, std::vector<Error> &notes);

} // namespace headroom::importer
