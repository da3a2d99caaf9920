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

/// What a chart sweeps: the batch size, or (serving) the concurrent sequences or the
/// context per sequence.
enum class SweepAxis { Batch, Sequences, Context };

/// The axis's value in the scenario (the context: serving::contextTokens).
std::int64_t axisValue(const Scenario &scenario, SweepAxis axis);

/// The scenario with the axis set to `value` (the context is set as context_tokens).
void setAxisValue(Scenario &scenario, SweepAxis axis, std::int64_t value);

/// `count` values from 1 (context: 128 tokens) to `maximum`, log spaced, distinct,
/// increasing, including the scenario's own value.
std::vector<std::int64_t> axisSweepValues(const Scenario &scenario, SweepAxis axis, int count, std::int64_t maximum);

/// The estimate at each value of the axis.
std::vector<SweepPoint> sweepAxis(const Scenario &scenario, SweepAxis axis, const std::vector<std::int64_t> &values);

/// The candidate's largest value of the axis that fits (max batch, max concurrent
/// sequences, max context tokens).
std::optional<std::int64_t> axisCapacity(const CandidateFit &fit, SweepAxis axis);

} // namespace headroom
