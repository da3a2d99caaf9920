#pragma once
/// @file import.h
/// Importing a model from the files people have: a Hugging Face config.json, a
/// .safetensors file or a sharded model.safetensors.index.json (with the config.json
/// beside it), or a GGUF file. Only headers are read, never the weights, so a model of
/// any size imports in milliseconds; every size a file claims is checked against the
/// file before anything is read or allocated for it.

#include "scenario/scenario.h"
#include "util/result.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace headroom::importer {

enum class FileKind { ConfigJson, Safetensors, SafetensorsIndex, Gguf };

struct ImportResult {
    /// framework pytorch, the architecture, model.source and model.weights.
    Model model;
    /// The maximum context the file states (0 when it does not).
    std::int64_t contextLength = 0;
    /// What the scenario could not express and how that was handled (shown to the user;
    /// messages with templates, as refusals are).
    std::vector<Error> notes;
};

/// The kind of a file by its name (and, for unknown names, its first bytes), or nullopt.
std::optional<FileKind> fileKindOf(const std::string &path, std::string_view firstBytes = {});

/// Imports the model file at `path`. Refusals carry the file's name as their path and
/// say what is wrong ("model.gguf: claims 1000000000 tensors; …").
Result<ImportResult> importModel(const std::string &path);

/// Imports a file held in memory (the fuzz target, tests). A safetensors file or index
/// looks for no config.json beside it: `config` may give that text instead.
Result<ImportResult> importBytes(std::string_view bytes, const std::string &fileName, FileKind kind,
                                 std::string_view config = {});

/// `scenario` with the imported model in place of its own: the model (framework kept when
/// it is a deep-learning one), and what the model needs of the rest: a token dataset (its
/// length the file's context, at most 4096) when the data are not tokens, a compute
/// precision instead of int8/int4, LoRA instead of full training over quantised weights.
Scenario withImportedModel(const Scenario &scenario, const ImportResult &imported);

/// The `model` object of a scenario for an imported model (what `headroom-cli import` prints).
nlohmann::ordered_json modelToJson(const Model &model);

} // namespace headroom::importer
