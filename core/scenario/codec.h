#pragma once
/// @file codec.h
/// Reading, validating and writing scenario files (format version 1).

#include "scenario/scenario.h"
#include "util/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace headroom {

/// Parses and validates scenario JSON text. Every refusal names the JSON path and
/// the problem, as the spec's "Bad input" section asks.
Result<Scenario> readScenario(std::string_view jsonText);

/// Validates an already parsed document.
Result<Scenario> scenarioFromJson(const nlohmann::ordered_json &doc);

/// The scenario as a JSON document (keys in the spec's order).
nlohmann::ordered_json scenarioToJson(const Scenario &scenario);

/// `model.source` and `model.weights` as the scenario writes them (the importer prints
/// them in its `model` object).
nlohmann::ordered_json modelSourceToJson(const ModelSource &source);
nlohmann::ordered_json weightsToJson(const WeightsSpec &weights);

/// The JSON paths of what differs between two scenarios, in the notation of errors
/// ("run.batch_size", "hardware[1].gpu.memory_gib"), as the file would record it: a value
/// added, removed or replaced is named at its own path, an array grown or shrunk at each
/// index that changed. Empty when both would be written alike.
std::vector<std::string> changedPaths(const Scenario &before, const Scenario &after);

/// The scenario as indented JSON text ending in a newline.
std::string writeScenario(const Scenario &scenario);

/// Validation of a scenario built in code (the UI's edits): the same checks as reading.
/// Returns the first problem, or nullopt when the scenario is valid.
std::optional<Error> validateScenario(const Scenario &scenario);

/// The closest of `candidates` to `word` within a small edit distance, or empty.
std::string_view closestMatch(std::string_view word, std::span<const std::string_view> candidates);

} // namespace headroom
