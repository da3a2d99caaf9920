#pragma once
/// @file engine.h
/// The estimation engine's entry points.

#include "estimate/estimate.h"
#include "scenario/scenario.h"
#include "util/result.h"

namespace headroom {

struct Catalog;

struct EstimateOptions {
    /// Catalogue for `{"catalog": id}` candidates; nullptr = the built-in catalogue.
    const Catalog *catalog = nullptr;
    /// Compute each candidate's largest batch and largest in-memory dataset (inverse solves).
    bool solveLimits = true;
};

/// Host and device memory of the scenario, component by component, and how it fits
/// each candidate. Refuses (Error) what cannot be estimated: an unknown catalogue entry,
/// sizes beyond 2^63 bytes.
Result<Estimate> estimate(const Scenario &scenario, const EstimateOptions &options = {});

/// The breakdowns and warnings only (no candidates, no recommendation): the engine's
/// inner loop, used by sweeps and inverse solves.
Estimate estimateMemory(const Scenario &scenario);

/// Per-process host memory the job needs on one machine plus the OS reserve and other
/// processes (what must fit in the machine's RAM).
Bytes hostNeed(const Scenario &scenario, const Estimate &e);

} // namespace headroom
