#pragma once
/// @file advisor.h
/// The optimisation advisor: concrete ways to cut a scenario's memory, each
/// quantified as the difference of two core estimates (the scenario, and the scenario
/// with the suggestion's merge patch applied), and pitfall warnings with numbers.

#include "engine/engine.h"
#include "estimate/estimate.h"
#include "scenario/scenario.h"
#include "util/result.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace headroom {

/// One way to cut memory. Savings are never a formula of the advisor's own: they are
/// estimate(scenario) minus estimate(scenario with `scenarioPatch` applied).
struct Suggestion {
    std::string id;    ///< stable: "dtype_float32", "micro_batch", "zero3", ... (the UI translates by it)
    std::string title; ///< English, numbers filled in: "Micro-batch 2 with 16 accumulation steps ..."
    /// The title before the numbers are filled in ("Micro-batch %1 with %2 ..."): the source
    /// text a translation is looked up by; `titleArgs` go into %1, %2, ... in order.
    std::string titleTemplate;
    std::vector<std::string> titleArgs;
    Bytes hostSaving = 0;   ///< host peak before − after (negative: it needs more host RAM)
    Bytes deviceSaving = 0; ///< per-device peak before − after (0 for a CPU job)
    std::string cost;       ///< what it costs: compute, accuracy, requirements (English)
    /// Names of the scenario's candidates that fit with the patch and did not fit without it.
    std::vector<std::string> makesFit;
    /// RFC 7386 JSON merge patch on scenarioToJson(scenario); applied (applyPatch) it gives
    /// exactly the scenario whose estimate the savings come from.
    nlohmann::ordered_json scenarioPatch;
    bool operator==(const Suggestion &) const = default;
};

/// A pitfall of the seed's list, with its numbers. `code` is one of:
/// - `over_provisioning`: `candidate` has `available` bytes, at least twice the `need` (the
///   recommended size with headroom). Either `candidate` is the recommended purchase itself
///   (`alternative` empty: a smaller machine would do), or it costs `priceDifference` more
///   than `alternative`, the recommended candidate, which fits with headroom too;
/// - `per_device_memory`: a multi-device run; each of `devices` devices needs `need`;
///   `candidate` (when set) has `available` per device, too little, though its devices
///   together would hold the job;
/// - `dataset_exceeds_ram`: the dataset as stored (`need`) is larger than the RAM of
///   `candidate` (`available`, or, without a candidate, the RAM to buy): held in memory it swaps.
struct Pitfall {
    std::string code;
    std::string message; ///< English, with the numbers
    std::string candidate;
    Bytes need = 0;
    Bytes available = 0;
    bool perDevice = false; ///< need and available are per device (else host RAM)
    std::int64_t devices = 0;
    std::string alternative;
    std::optional<double> priceDifference;
    std::string currency;
    bool operator==(const Pitfall &) const = default;
};

/// Suggestions for `scenario`, ranked by the number of candidates they newly make fit, then
/// by the per-device saving, then by the host saving. Only suggestions that apply to the
/// scenario, give a valid scenario (validateScenario) and save something (host or device
/// saving > 0) are returned. Empty when the scenario itself cannot be estimated.
/// `options.solveLimits` is ignored (no inverse solves are needed).
std::vector<Suggestion> advise(const Scenario &scenario, const EstimateOptions &options = {});

/// Every alternative that applies to `scenario`, estimated, in the order proposed, whatever
/// it saves (zero or negative included): what advise() filters and ranks. For tests and
/// for explaining why a tip is absent.
std::vector<Suggestion> alternatives(const Scenario &scenario, const EstimateOptions &options = {});

/// The pitfalls of `scenario` whose estimate (with candidates) is `e`.
std::vector<Pitfall> pitfalls(const Scenario &scenario, const Estimate &e);

/// `scenario` with an RFC 7386 merge patch applied to its JSON (scenarioToJson), read back
/// with the same checks as a file (a refusal names the JSON path).
Result<Scenario> applyPatch(const Scenario &scenario, const nlohmann::ordered_json &patch);

/// The RFC 7386 merge patch that turns document `from` into `to` (arrays are replaced whole).
nlohmann::ordered_json mergePatchBetween(const nlohmann::ordered_json &from, const nlohmann::ordered_json &to);

} // namespace headroom
