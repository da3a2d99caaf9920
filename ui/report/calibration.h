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

} // namespace headroom::ui::report
