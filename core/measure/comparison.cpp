// A measurement held against the estimate of a scenario: per metric, and which scenario
// fields differ between the measured run and the estimated one.

#include "measure/measurement.h"

#include "scenario/codec.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace headroom {
namespace {

using Json = nlohmann::ordered_json;

/// Leaves of `j` as (path, value) pairs: objects by key, arrays by index.
void flatten(const Json &j, const std::string &path, std::vector<std::pair<std::string, const Json *>> &out)
{
    if (j.is_object()) {
        for (const auto &[k, v] : j.items())
            flatten(v, path.empty() ? k : path + "." + k, out);
    } else if (j.is_array() && !j.empty() && (j.front().is_object() || j.front().is_array())) {
        for (std::size_t i = 0; i < j.size(); ++i)
            flatten(j[i], path + "[" + std::to_string(i) + "]", out);
    } else {
        out.emplace_back(path, &j);   // scalars, and arrays of scalars (mlp widths) as one value
    }
}

bool ignoredForComparison(const std::string &path)
{
    for (const char *prefix : {"name", "notes", "hardware", "system"})
        if (path == prefix || path.rfind(std::string(prefix) + ".", 0) == 0 || path.rfind(std::string(prefix) + "[", 0) == 0)
            return true;
    return false;
}

MetricComparison row(MeasureMetric metric, Bytes measured, Bytes estimated, std::string estimatedAs)
{
    MetricComparison r;
    r.metric = metric;
    r.measured = measured;
    r.estimated = estimated;
    r.error = measured > 0 ? (static_cast<double>(estimated) - static_cast<double>(measured)) / static_cast<double>(measured)
                           : (estimated > 0 ? 1.0 : 0.0);
    r.estimatedAs = std::move(estimatedAs);
    return r;
}

} // namespace

std::string_view metricKey(MeasureMetric metric)
{
    switch (metric) {
    case MeasureMetric::HostPeak:
        return "host_peak";
    case MeasureMetric::DeviceAllocated:
        return "allocated";
    case MeasureMetric::DeviceReserved:
        return "reserved";
    case MeasureMetric::DeviceUsed:
        return "nvidia_smi";
    }
    return "host_peak";
}

std::vector<std::string> differingScenarioFields(const Scenario &a, const Scenario &b)
{
    const Json ja = scenarioToJson(a), jb = scenarioToJson(b);
    std::vector<std::pair<std::string, const Json *>> la, lb;
    flatten(ja, "", la);
    flatten(jb, "", lb);
    std::vector<std::string> out;
    for (const auto &leaf : la) {
        const std::string &path = leaf.first;
        if (ignoredForComparison(path))
            continue;
        const auto it = std::find_if(lb.begin(), lb.end(), [&path](const auto &p) { return p.first == path; });
        if (it == lb.end() || *it->second != *leaf.second)
            out.push_back(path);
    }
    for (const auto &leaf : lb) {
        const std::string &path = leaf.first;
        if (ignoredForComparison(path))
            continue;
        if (std::none_of(la.begin(), la.end(), [&path](const auto &p) { return p.first == path; }))
            out.push_back(path);
    }
    return out;
}

MeasurementComparison compareMeasurement(const Scenario &scenario, const Estimate &estimate, const Measurement &m)
{
    MeasurementComparison c;
    c.metrics.push_back(row(MeasureMetric::HostPeak, m.hostPeak, estimate.host.peak, "host peak"));
    // The busiest device is what the estimate's per-device figure describes. The engine
    // gives one per-device peak; it stands for each of the three GPU figures until the
    // estimate tells them apart.
    const Bytes devicePeak = estimate.device ? estimate.device->peak : 0;
    auto busiest = [&](auto member) -> std::optional<Bytes> {
        std::optional<Bytes> best;
        for (const auto &d : m.devices)
            if (const auto &v = d.*member)
                best = std::max(best.value_or(0), *v);
        return best;
    };
    if (const auto a = busiest(&DeviceMeasure::allocatedPeak))
        c.metrics.push_back(row(MeasureMetric::DeviceAllocated, *a, devicePeak, "per-device peak"));
    if (const auto r = busiest(&DeviceMeasure::reservedPeak))
        c.metrics.push_back(row(MeasureMetric::DeviceReserved, *r, devicePeak, "per-device peak"));
    if (const auto u = busiest(&DeviceMeasure::usedPeak))
        c.metrics.push_back(row(MeasureMetric::DeviceUsed, *u, devicePeak, "per-device peak"));
    if (m.scenario) {
        c.measurementHasScenario = true;
        c.differingFields = differingScenarioFields(*m.scenario, scenario);
    }
    return c;
}

bool withinTolerance(const MetricComparison &r, double tolerance)
{
    return std::fabs(r.error) <= tolerance + 1e-12;
}

std::int64_t measuredBatchSize(const Measurement &m, std::int64_t fallback)
{
    return m.scenario ? m.scenario->run.batchSize : fallback;
}

std::optional<double> parseTolerance(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    bool percent = false;
    if (!text.empty() && text.back() == '%') {
        percent = true;
        text.remove_suffix(1);
        while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
            text.remove_suffix(1);
    }
    if (text.empty())
        return std::nullopt;
    double v = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v))
        return std::nullopt;
    if (percent)
        v /= 100.0;
    if (v < 0.0 || v > 10.0)
        return std::nullopt;
    return v;
}

} // namespace headroom
