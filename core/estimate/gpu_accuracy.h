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

/// What a published figure measured. Serving engines print more than a peak: one buffer
/// (`component`: llama.cpp's "KV buffer size", vLLM's "model weights take"), or the KV cache
/// the engine allocates on a GPU of the case's first candidate (`kv_cache_capacity` in
/// bytes: vLLM's "available_kv_cache_memory"; `kv_cache_tokens`: "GPU KV cache size: N
/// tokens", "# GPU blocks" × block size).
enum class GpuMetric { Allocated, Reserved, NvidiaSmi, Unknown, Component, KvCacheCapacity, KvCacheTokens };

/// "max_memory_allocated", "max_memory_reserved", "nvidia-smi", "unknown", "component",
/// "kv_cache_capacity", "kv_cache_tokens".
const char *toString(GpuMetric m);

/// The figure of `e`'s busiest device that a monitor of kind `m` shows. An unknown
/// metric is compared with the reserved figure (between allocated and nvidia-smi).
Bytes figureFor(const Breakdown &device, GpuMetric m);

struct GpuCalibrationCase {
    std::string name;
    Bytes measured = 0;
    GpuMetric metric = GpuMetric::Unknown;
    bool close = false;    ///< "Fidelity: close" in its notes
    std::string component; ///< with GpuMetric::Component: the component's key ("kv_cache")
    bool host = false;     ///< with GpuMetric::Component: the host's component ("side": "host")
};

struct GpuCalibration {
    std::vector<GpuCalibrationCase> cases; ///< expressible cases, sorted by name
    int notExpressible = 0;                ///< entries marked "expressible": false (no case file)
};

/// Reads figures.json of the GPU calibration set. Refuses (Error with the case's path)
/// an entry without a positive `measured_bytes` (`measured_tokens` for kv_cache_tokens),
/// with an unknown `what`, or a component figure without its `component`.
Result<GpuCalibration> readGpuCalibration(std::string_view figuresJson);

struct GpuCaseResult {
    GpuCalibrationCase figure;
    Bytes estimated = 0; ///< bytes, or tokens for GpuMetric::KvCacheTokens
    double error = 0;    ///< (estimated − measured) / measured
};

/// Estimates the case's scenario (its file's text) and compares it with the figure. The
/// KV-cache metrics need a GPU candidate in the scenario (typed in: no catalogue is read).
Result<GpuCaseResult> scoreGpuCase(const GpuCalibrationCase &c, std::string_view scenarioJson);

struct GpuAccuracy {
    int cases = 0, skipped = 0;
    double median = 0, p90 = 0, worst = 0; ///< of |error|, nearest-rank percentiles
    int under = 0;                          ///< cases with estimated < measured
    int closeUnderTen = 0;                  ///< "close" cases under-estimated by more than 10 %
};

GpuAccuracy summariseGpuAccuracy(const std::vector<GpuCaseResult> &results, int skipped);

} // namespace headroom
