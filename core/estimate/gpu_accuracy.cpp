#include "estimate/gpu_accuracy.h"

#include "engine/engine.h"
#include "scenario/codec.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace headroom {

const char *toString(GpuMetric m)
{
    switch (m) {
    case GpuMetric::Allocated: return "max_memory_allocated";
    case GpuMetric::Reserved: return "max_memory_reserved";
    case GpuMetric::NvidiaSmi: return "nvidia-smi";
    case GpuMetric::Unknown: return "unknown";
    }
    return "unknown";
}

Bytes figureFor(const Breakdown &device, GpuMetric m)
{
    switch (m) {
    case GpuMetric::Allocated: return device.allocatedPeak();
    case GpuMetric::Reserved:
    case GpuMetric::Unknown: return device.reservedPeak();
    case GpuMetric::NvidiaSmi: return device.peak;
    }
    return device.peak;
}

namespace {

std::string stringOf(const nlohmann::json &object, const char *key)
{
    return object.contains(key) && object[key].is_string() ? object[key].get<std::string>() : std::string{};
}

} // namespace

Result<GpuCalibration> readGpuCalibration(std::string_view figuresJson)
{
    const auto doc = nlohmann::json::parse(figuresJson, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("cases") || !doc["cases"].is_object())
        return Error{"cases", ErrorCode::MalformedJson, "expected an object {\"cases\": {...}}"};
    GpuCalibration out;
    for (const auto &[name, c] : doc["cases"].items()) {
        const std::string path = "cases." + name;
        if (!c.is_object())
            return Error{path, ErrorCode::WrongType, "expected an object"};
        if (c.contains("expressible") && c["expressible"].is_boolean() && !c["expressible"].get<bool>()) {
            ++out.notExpressible;
            continue;
        }
        GpuCalibrationCase g;
        g.name = name;
        const bool whole = c.contains("measured_bytes") && c["measured_bytes"].is_number_integer();
        const bool fits = whole && !(c["measured_bytes"].is_number_unsigned()
                                     && c["measured_bytes"].get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX));
        if (!fits || c["measured_bytes"].get<Bytes>() <= 0)
            return Error{path + ".measured_bytes", ErrorCode::WrongType, "expected a positive whole number of bytes"};
        g.measured = c["measured_bytes"].get<Bytes>();
        const std::string what = stringOf(c, "what");
        if (what == "max_memory_allocated")
            g.metric = GpuMetric::Allocated;
        else if (what == "max_memory_reserved")
            g.metric = GpuMetric::Reserved;
        else if (what == "nvidia-smi")
            g.metric = GpuMetric::NvidiaSmi;
        else if (what == "unknown")
            g.metric = GpuMetric::Unknown;
        else
            return Error{path + ".what", ErrorCode::UnknownValue, "unknown metric '" + what + "'"};
        const std::string notes = stringOf(c, "notes");
        g.close = notes.rfind("Fidelity: close", 0) == 0;
        out.cases.push_back(std::move(g));
    }
    std::sort(out.cases.begin(), out.cases.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return out;
}

Result<GpuCaseResult> scoreGpuCase(const GpuCalibrationCase &c, std::string_view scenarioJson)
{
    auto scenario = readScenario(scenarioJson);
    if (!scenario.ok())
        return scenario.error();
    const Estimate e = estimateMemory(scenario.value());
    if (!e.device)
        return Error{"run.device", ErrorCode::Inconsistent, "the case is not a GPU job"};
    GpuCaseResult r;
    r.figure = c;
    r.estimated = figureFor(*e.device, c.metric);
    r.error = (static_cast<double>(r.estimated) - static_cast<double>(c.measured)) / static_cast<double>(c.measured);
    return r;
}

namespace {

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(v.size())));
    return v[std::clamp<std::size_t>(rank, 1, v.size()) - 1];
}

} // namespace

GpuAccuracy summariseGpuAccuracy(const std::vector<GpuCaseResult> &results, int skipped)
{
    GpuAccuracy a;
    a.cases = static_cast<int>(results.size());
    a.skipped = skipped;
    std::vector<double> abs;
    for (const auto &r : results) {
        abs.push_back(std::fabs(r.error));
        if (r.error < 0)
            ++a.under;
        if (r.figure.close && r.error < -0.10)
            ++a.closeUnderTen;
    }
    a.median = percentile(abs, 0.5);
    a.p90 = percentile(abs, 0.9);
    a.worst = abs.empty() ? 0.0 : *std::max_element(abs.begin(), abs.end());
    return a;
}

} // namespace headroom
