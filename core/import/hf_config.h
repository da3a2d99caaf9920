#pragma once
/// @file hf_config.h
/// A Hugging Face config.json: its model type's keys mapped onto the transformer facts,
/// and its quantization_config / torch_dtype onto a weight format.

#include "import/architecture.h"

#include <nlohmann/json.hpp>

#include <span>
#include <string_view>

namespace headroom::importer {

struct HfConfig {
    ArchFacts facts;
    std::optional<WeightsSpec> weights; ///< format (and bits, group size…) only; no counts
};

/// The model types read, in the order a refusal lists them.
std::span<const std::string_view> knownModelTypes();

/// Reads a parsed config.json; refuses (Refusal, naming `file`) an unknown model type or
/// a missing or absurd value.
HfConfig readHfConfig(const nlohmann::json &doc, const std::string &file, std::vector<Error> &notes);

} // namespace headroom::importer
