#pragma once
/// @file calibration.h
/// The engine's accuracy on the calibration set (bench/calibration: real workloads with
/// their measured peak resident memory), computed by this build of the engine so that the
/// report never states a stale figure. Same method as bench/headroom-accuracy.

namespace headroom::ui::report {

struct CalibrationFigures {
    int cases = 0;       ///< 0 when the calibration set is not in the resources
    double median = 0;   ///< |estimate − measured| / measured of the host peak
    double p90 = 0;
    double worst = 0;
};

/// Computed once, on first use (a few dozen estimates).
const CalibrationFigures &calibrationFigures();

/// The per-GPU estimate against published measured GPU runs (bench/calibration-gpu), each
/// compared with the monitor it was measured with; same method as bench/headroom-gpu-accuracy.
struct GpuCalibrationFigures {
    int cases = 0;       ///< 0 when the set is not in the resources
    double median = 0;   ///< |error| of the figure of the case's monitor
    double p90 = 0;
    double worst = 0;
    int under = 0;       ///< cases estimated below the measurement
};

/// Computed once, on first use.
const GpuCalibrationFigures &gpuCalibrationFigures();

} // namespace headroom::ui::report
