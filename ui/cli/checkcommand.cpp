// `check`: the scenario's estimate against a measured run, per metric, with an exit status
// for CI pipelines (3 when a metric is outside the tolerance).

#include "cli/clicommands.h"

#include "engine/engine.h"
#include "measure/measurement.h"
#include "model/measurementfile.h"
#include "util/format.h"

#include <cmath>
#include <cstdio>

namespace headroom::ui::cli {
namespace {

const char *metricText(MeasureMetric m)
{
    switch (m) {
    case MeasureMetric::HostPeak:
        return "host peak";
    case MeasureMetric::DeviceAllocated:
        return "allocated";
    case MeasureMetric::DeviceReserved:
        return "reserved";
    case MeasureMetric::DeviceUsed:
        return "nvidia-smi";
    }
    return "";
}

std::string percent(double fraction)
{
    const double p = fraction * 100.0;
    return (p >= 0 ? "+" : "−") + formatNumber(std::fabs(p), 1) + " %";
}

} // namespace

int checkCommand(const Invocation &inv)
{
    auto measured = readMeasurementFile(inv.measurementFile);
    if (!measured.ok()) {
        printError(inv.measurementFile.toStdString() + ": " + measured.error().text());
        return measured.error().code == ErrorCode::Io ? Failure : BadInput;
    }
    auto e = estimate(inv.scenario);
    if (!e.ok()) {
        printError(inv.file.toStdString() + ": " + e.error().text());
        return e.error().code == ErrorCode::Overflow || e.error().code == ErrorCode::Io ? Failure : BadInput;
    }
    const Measurement &m = measured.value();
    const MeasurementComparison c = compareMeasurement(inv.scenario, e.value(), m);
    bool allWithin = true;
    for (const auto &r : c.metrics)
        allWithin = allWithin && withinTolerance(r, inv.tolerance);

    if (inv.json) {
        nlohmann::ordered_json j = nlohmann::ordered_json::object();
        j["tolerance"] = inv.tolerance;
        j["within_tolerance"] = allWithin;
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        for (const auto &r : c.metrics)
            rows.push_back({{"metric", std::string(metricKey(r.metric))},
                            {"estimated_bytes", r.estimated},
                            {"measured_bytes", r.measured},
                            {"error", r.error},
                            {"within_tolerance", withinTolerance(r, inv.tolerance)},
                            {"estimated_as", r.estimatedAs}});
        j["metrics"] = rows;
        j["measurement_has_scenario"] = c.measurementHasScenario;
        j["differing_fields"] = c.differingFields;
        std::printf("%s\n", j.dump(2).c_str());
        return allWithin ? Ok : OutsideTolerance;
    }
    const Scenario &s = inv.scenario;
    std::printf("%s\n", s.name.empty() ? inv.file.toStdString().c_str() : s.name.c_str());
    std::printf("measured: %s (%s%s%s)\n\n", inv.measurementFile.toStdString().c_str(),
                m.mode.empty() ? "run" : m.mode.c_str(), m.created.empty() ? "" : ", ", m.created.c_str());
    std::printf("  %-12s %12s %12s %9s  %s\n", "metric", "estimated", "measured", "error", "");
    for (const auto &r : c.metrics)
        std::printf("  %-12s %12s %12s %9s  %s\n", metricText(r.metric), formatBytes(r.estimated).c_str(),
                    formatBytes(r.measured).c_str(), percent(r.error).c_str(),
                    withinTolerance(r, inv.tolerance) ? "within tolerance" : "OUTSIDE tolerance");
    std::printf("\ntolerance ±%s %%: %s\n", formatNumber(inv.tolerance * 100.0, 1).c_str(),
                allWithin ? "every metric within" : "a metric is outside");
    if (!c.measurementHasScenario)
        std::printf("The measurement names no scenario; it is taken to be this one.\n");
    else if (!c.differingFields.empty()) {
        std::printf("The measured run's scenario differs in:");
        for (const auto &f : c.differingFields)
            std::printf(" %s", f.c_str());
        std::printf("\n");
    }
    return allWithin ? Ok : OutsideTolerance;
}

} // namespace headroom::ui::cli
