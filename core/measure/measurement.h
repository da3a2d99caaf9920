#pragma once
/// @file measurement.h
/// Measurement files (`*.headroom-measure.json`, format version 1, written by the
/// headroom_probe Python package): what a real or synthetic run used, read and checked
/// like scenarios, and held against the estimate of a scenario.

#include "estimate/estimate.h"
#include "scenario/scenario.h"
#include "util/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace headroom {

/// The newest measurement format version this program reads.
inline constexpr std::int64_t kMeasurementVersion = 1;
/// Largest measurement file read (a measurement with its time line is a few hundred KiB).
inline constexpr std::size_t kMeasurementMaxBytes = 16 * 1024 * 1024;
/// Deepest nesting of arrays and objects accepted (a scenario inside is about 6 deep).
inline constexpr int kMeasurementMaxDepth = 64;

/// One GPU's figures; each is absent when the probe could not know it.
struct DeviceMeasure {
    std::int64_t index = 0;
    std::string name;
    std::optional<Bytes> totalBytes;
    std::optional<Bytes> allocatedPeak;  ///< torch.cuda.max_memory_allocated
    std::optional<Bytes> reservedPeak;   ///< torch.cuda.max_memory_reserved
    std::optional<Bytes> usedPeak;       ///< the driver's used memory (nvidia-smi / NVML)
    bool operator==(const DeviceMeasure &) const = default;
};

/// The largest figures seen in one kind of phase (forward, backward, optimizer_step...).
struct PhasePeak {
    std::string name;
    std::int64_t count = 0;
    Bytes hostPeak = 0;
    std::optional<Bytes> allocatedPeak;  ///< the busiest device's
    std::optional<Bytes> reservedPeak;
    bool operator==(const PhasePeak &) const = default;
};

struct Measurement {
    std::int64_t version = kMeasurementVersion;
    std::string mode;                    ///< "run", "attach" or "synth"
    std::string created;                 ///< ISO 8601, UTC
    std::vector<std::string> command;
    std::optional<std::int64_t> exitStatus;
    std::optional<double> durationSeconds;
    Bytes hostPeak = 0;                  ///< host.peak_bytes: the process tree's peak resident memory
    std::string hostMetric;              ///< "tree_rss_peak" or "process_rss_peak"
    std::optional<std::int64_t> sampleIntervalMs;
    std::vector<std::pair<double, Bytes>> timeline;   ///< seconds since start, tree RSS
    std::vector<DeviceMeasure> devices;
    std::vector<PhasePeak> phasePeaks;
    std::optional<std::int64_t> steps;
    std::vector<std::pair<std::string, std::string>> software;  ///< "torch" → "2.3.1", ...
    std::string hardwareCpu;
    std::optional<Bytes> hardwareRam;
    std::string scenarioFile;            ///< the scenario the run belongs to, when known
    std::optional<Scenario> scenario;
    bool operator==(const Measurement &) const = default;
};

/// Parses and checks measurement JSON. Every refusal names the JSON path and the problem;
/// files over kMeasurementMaxBytes or nested deeper than kMeasurementMaxDepth are refused
/// before they are parsed.
Result<Measurement> readMeasurement(std::string_view jsonText);

/// What is compared: the host peak and, per device, the three GPU figures.
enum class MeasureMetric { HostPeak, DeviceAllocated, DeviceReserved, DeviceUsed };

/// Stable key ("host_peak", "allocated", "reserved", "nvidia_smi") for JSON and tables.
std::string_view metricKey(MeasureMetric metric);

/// One metric measured against its estimate. `error` is (estimated − measured) / measured:
/// positive when the estimate is high.
struct MetricComparison {
    MeasureMetric metric = MeasureMetric::HostPeak;
    Bytes measured = 0;
    Bytes estimated = 0;
    double error = 0.0;
    std::string estimatedAs;  ///< which figure of the estimate it is held against
    bool operator==(const MetricComparison &) const = default;
};

struct MeasurementComparison {
    std::vector<MetricComparison> metrics;
    /// JSON paths of the scenario fields that differ between the measured run's scenario
    /// and the one estimated ("run.batch_size"); empty when they agree or the measurement
    /// names no scenario.
    std::vector<std::string> differingFields;
    bool measurementHasScenario = false;
    bool operator==(const MeasurementComparison &) const = default;
};

/// Holds `measured` against `estimate` (of `scenario`): one row per metric the
/// measurement has; device figures against the busiest device's estimate.
MeasurementComparison compareMeasurement(const Scenario &scenario, const Estimate &estimate,
                                         const Measurement &measured);

/// |error| ≤ tolerance (a fraction: 0.1 for 10 %).
bool withinTolerance(const MetricComparison &row, double tolerance);

/// Paths of the leaves that differ between two scenarios (name, notes, hardware and
/// system are left out: they do not change what a run uses).
std::vector<std::string> differingScenarioFields(const Scenario &a, const Scenario &b);

/// The batch size the measured run used: its scenario's, else `fallback`.
std::int64_t measuredBatchSize(const Measurement &m, std::int64_t fallback);

/// "--tolerance" text: "10%", "10 %", "0.1" → 0.1; nullopt when not a number in [0, 10].
std::optional<double> parseTolerance(std::string_view text);

} // namespace headroom
