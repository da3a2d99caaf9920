#pragma once
/// @file presets.h
/// The named networks a scenario may use (`{"preset": ...}`), with the published
/// configuration of each language model.

#include "scenario/scenario.h"

#include <span>
#include <string_view>

namespace headroom {

enum class PresetFamily {
    Vision,   ///< torchvision CNNs and ViT: a layer graph sized from the image
    Decoder,  ///< GPT-2 and LLaMA-style decoder-only language models
    Encoder,  ///< BERT: post-norm encoder with token-type embeddings and a pooler
};

struct PresetInfo {
    std::string_view name;
    PresetFamily family;
    /// Language presets: every transformer key resolved (seq_len = maximum positions).
    TransformerConfig config;
};

/// Every preset, in the order the UI lists them.
std::span<const PresetInfo> presets();

/// The preset of that name, or nullptr.
const PresetInfo *findPreset(std::string_view name);

/// The transformer configuration that an architecture describes: a `type: transformer`
/// or a language preset with its overrides, with every default of the spec applied.
/// `datasetTokens` is the dataset's token length (default seq_len), 0 when unknown.
/// Returns nullopt for architectures that are not transformers.
std::optional<TransformerConfig> resolvedTransformer(const Architecture &arch, std::int64_t datasetTokens);

} // namespace headroom
