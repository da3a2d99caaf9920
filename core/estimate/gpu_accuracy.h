#pragma once
/// @file gpu_accuracy.h
/// Scoring the per-GPU estimate against published measured runs (bench/calibration-gpu):
/// each case is compared with the figure of the monitor it was measured with.

#include "estimate/estimate.h"
#include "util/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace headroom {

/// What a published figure measured.
enum class GpuMetric { Allocated, Reserved, NvidiaSmi, Unknown };

/// "max_memory_allocated", "max_memory_reserved", "nvidia-smi", "unknown".
const char *toString(GpuMetric m);

/// The figure of `e`'s busiest device that a monitor of kind `m` shows. An unknown
/// metric is compared with the reserved figure (between allocated and nvidia-smi).
Bytes figureFor(const Breakdown &device, GpuMetric m);

struct GpuCalibrationCase {
    std::string name;
    Bytes measured = 0;
    GpuMetric metric = GpuMetric::Unknown;
    bool close = false; ///< "Fidelity: close" in its notes
};

struct GpuCalibration {
    std::vector<GpuCalibrationCase> cases; ///< expressible cases, sorted by name
    int notExpressible = 0;                ///< entries marked "expressible": false (no case file)
};

/// Reads figures.json of the GPU calibration set. Refuses (Error with the case's path)
/// an entry without a positive `measured_bytes` or with an unknown `what`.
Result<GpuCalibration> readGpuCalibration(std::string_view figuresJson);

struct GpuCaseResult {
    GpuCalibrationCase figure;
    Bytes estimated = 0;
    double error = 0; ///< (estimated − measured) / measured
};

/// Estimates the case's scenario (its file's text) and compares it with the figure.
Result<GpuCaseResult> scoreGpuCase(const GpuCalibrationCase &c, std::string_view scenarioJson);

struct GpuAccuracy {
    int cases = 0, skipped = 0;
    double median = 0, p90 = 0, worst = 0; ///< of |error|, nearest-rank percentiles
    int under = 0;                          ///< cases with estimated < measured
    int closeUnderTen = 0;                  ///< "close" cases under-estimated by more than 10 %
};

GpuAccuracy summariseGpuAccuracy(const std::vector<GpuCaseResult> &results, int skipped);

} // namespace headroom
