#pragma once
/// @file fit.h
/// Fitting an estimate to machines: recommendation, candidate fit, inverse solves.

#include "estimate/estimate.h"
#include "scenario/scenario.h"

#include <optional>

namespace headroom {

/// Minimum, recommended (with headroom) and next purchasable sizes.
Recommendation recommend(const Scenario &scenario, const Estimate &e);

/// Whether `e` (the estimate of `scenario`) fits machine `m`, with free memory and, when
/// `solveLimits`, the largest batch and in-memory dataset that fit.
CandidateFit assessCandidate(const Scenario &scenario, const Estimate &e, const Machine &m, bool solveLimits);

/// True when the scenario's estimate fits the machine's host RAM and (for a GPU job) its devices.
bool fits(const Scenario &scenario, const Estimate &e, const Machine &m);

/// Largest run.batch_size that fits `m` (exact: fits at N, not at N+1); nullopt when not
/// even batch 1 fits or the model has no batch (classical estimators).
std::optional<std::int64_t> largestBatch(const Scenario &scenario, const Machine &m);

/// Largest dataset.samples that fits `m` with the data held in memory; nullopt when
/// not even one sample fits.
std::optional<std::int64_t> largestInMemoryDataset(const Scenario &scenario, const Machine &m);

/// Serving: the most concurrent sequences of the scenario's context that fit `m` (exact:
/// fits at N, not at N + 1); nullopt when not serving or not even one fits.
std::optional<std::int64_t> largestConcurrency(const Scenario &scenario, const Machine &m);

/// Serving: the longest context per sequence (tokens) at the scenario's concurrency
/// that fits `m` (exact); nullopt when not serving or not even one token fits.
std::optional<std::int64_t> longestContext(const Scenario &scenario, const Machine &m);

/// llama.cpp: the largest n_gpu_layers (0 … layers + 1, the output layer counting as one)
/// whose GPU share fits `m`'s GPU (exact); nullopt when not llama.cpp on a GPU or not even 0 fits.
std::optional<std::int64_t> mostGpuLayers(const Scenario &scenario, const Machine &m);

/// Smallest number of devices (nodes × gpus_per_node, keeping gpus_per_node) with which
/// a sharded run fits devices of `deviceMemory` bytes; nullopt when none up to `limit`.
std::optional<std::int64_t> smallestDeviceCount(const Scenario &scenario, Bytes deviceMemory, std::int64_t limit = 4096);

/// Memory the job can use on machine `m`: its GPUs' memory together for a GPU job,
/// otherwise the host RAM left after the OS reserve and other programs (0 when none).
/// What a price per GiB is worked out on.
Bytes usableMemory(const Scenario &scenario, const Machine &m);

/// Common host RAM totals (GiB) and GPU memory sizes (bytes) that can be bought.
Bytes nextPurchasableHostRam(Bytes need);
Bytes nextPurchasableGpuMemory(Bytes need);

} // namespace headroom

namespace headroom {

/// Index of the candidate to buy: the cheapest that fits with the scenario's headroom
/// (host RAM ≥ recommended, each device ≥ recommended per device); without prices the one
/// with the least memory. nullopt when none fits with headroom.
std::optional<std::size_t> recommendedCandidate(const Estimate &e);

/// Whether candidate `f` fits with the recommendation's headroom.
bool fitsWithHeadroom(const Estimate &e, const CandidateFit &f);

} // namespace headroom
