#pragma once
/// @file estimate_json.h
/// The estimate as the JSON of the spec (`headroom-cli estimate FILE --json`).

#include "estimate/estimate.h"

#include <nlohmann/json.hpp>

namespace headroom {

/// {"headroom":1, "host":{...}, "device":{...}|null, "candidates":[...], "warnings":[...]}
/// with the spec's stable keys, plus derivations and the recommendation.
nlohmann::ordered_json estimateToJson(const Estimate &e);

/// The candidates array alone.
nlohmann::ordered_json candidatesToJson(const Estimate &e);

} // namespace headroom
