#pragma once
/// @file sweep.h
/// Memory as a function of batch size or dataset size: the curves the charts plot.

#include "estimate/estimate.h"
#include "scenario/scenario.h"

#include <vector>

namespace headroom {

struct SweepPoint {
    std::int64_t x = 0;              ///< batch size or sample count
    Breakdown host;
    std::optional<Breakdown> device;
    bool operator==(const SweepPoint &) const = default;
};

/// `count` batch sizes from 1 to `maxBatch` (at least the scenario's batch × 4), spaced
/// evenly on a log scale, distinct and increasing, always including the current batch.
std::vector<std::int64_t> batchSweepValues(const Scenario &scenario, int count = 512, std::int64_t maxBatch = 0);

/// `count` sample counts from about 1/100 to 100 × the scenario's, log spaced, including it.
std::vector<std::int64_t> datasetSweepValues(const Scenario &scenario, int count = 64);

/// The estimate at each batch size.
std::vector<SweepPoint> sweepBatch(const Scenario &scenario, const std::vector<std::int64_t> &batchSizes);

/// The estimate at each sample count with the data held as `storage`.
std::vector<SweepPoint> sweepDataset(const Scenario &scenario, const std::vector<std::int64_t> &samples, Storage storage);

} // namespace headroom
