#include "estimate/gpu_accuracy.h"

#include "engine/engine.h"
#include "engine/serving/serving.h"
#include "hardware/catalog.h"
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
    case GpuMetric::Component: return "component";
    case GpuMetric::KvCacheCapacity: return "kv_cache_capacity";
    case GpuMetric::KvCacheTokens: return "kv_cache_tokens";
    }
    return "unknown";
}

Bytes figureFor(const Breakdown &device, GpuMetric m)
{
    switch (m) {
    case GpuMetric::Allocated: return device.allocatedPeak();
    case GpuMetric::Reserved:
    case GpuMetric::Unknown: return device.reservedPeak();
    case GpuMetric::NvidiaSmi:
    case GpuMetric::Component:
    case GpuMetric::KvCacheCapacity:
    case GpuMetric::KvCacheTokens: return device.peak;
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
        const std::string what = stringOf(c, "what");
        const char *key = what == "kv_cache_tokens" ? "measured_tokens" : "measured_bytes";
        const bool whole = c.contains(key) && c[key].is_number_integer();
        const bool fits = whole && !(c[key].is_number_unsigned()
                                     && c[key].get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX));
        if (!fits || c[key].get<Bytes>() <= 0)
            return Error{path + "." + key, ErrorCode::WrongType,
                         what == "kv_cache_tokens" ? "expected a positive whole number of tokens"
                                                   : "expected a positive whole number of bytes"};
        g.measured = c[key].get<Bytes>();
        if (what == "max_memory_allocated")
            g.metric = GpuMetric::Allocated;
        else if (what == "max_memory_reserved")
            g.metric = GpuMetric::Reserved;
        else if (what == "nvidia-smi")
            g.metric = GpuMetric::NvidiaSmi;
        else if (what == "unknown")
            g.metric = GpuMetric::Unknown;
        else if (what == "component")
            g.metric = GpuMetric::Component;
        else if (what == "kv_cache_capacity")
            g.metric = GpuMetric::KvCacheCapacity;
        else if (what == "kv_cache_tokens")
            g.metric = GpuMetric::KvCacheTokens;
        else
            return Error{path + ".what", ErrorCode::UnknownValue, "unknown metric '" + what + "'"};
        if (g.metric == GpuMetric::Component) {
            g.component = stringOf(c, "component");
            if (g.component.empty())
                return Error{path + ".component", ErrorCode::WrongType, "expected the component's key"};
            const std::string side = stringOf(c, "side");
            if (side != "" && side != "device" && side != "host")
                return Error{path + ".side", ErrorCode::UnknownValue, "expected \"device\" or \"host\""};
            g.host = side == "host";
        }
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
    const Scenario &s = scenario.value();
    const Estimate e = estimateMemory(s);
    if (!e.device)
        return Error{"run.device", ErrorCode::Inconsistent, "the case is not a GPU job"};
    GpuCaseResult r;
    r.figure = c;
    if (c.metric == GpuMetric::Component) {
        r.estimated = c.host ? e.host.bytesOf(c.component) : e.device->bytesOf(c.component);
    } else if (c.metric == GpuMetric::KvCacheCapacity || c.metric == GpuMetric::KvCacheTokens) {
        auto machines = resolveCandidates(s, Catalog{});
        if (!machines.ok())
            return machines.error();
        if (machines.value().empty() || machines.value().front().gpuMemory <= 0)
            return Error{"hardware", ErrorCode::Inconsistent, "the case names no GPU candidate"};
        const auto tokens = serving::kvCacheCapacity(s, e, machines.value().front().gpuMemory);
        if (!tokens || !e.serving)
            return Error{"run.serving", ErrorCode::Inconsistent, "the engine holds no KV cache on that GPU"};
        // Bytes: whole blocks of the engine's block size, each of blockBytes.
        r.estimated = c.metric == GpuMetric::KvCacheTokens
                          ? *tokens
                          : satMul(*tokens / std::max<std::int64_t>(1, e.serving->blockTokens), e.serving->blockBytes);
    } else {
        r.estimated = figureFor(*e.device, c.metric);
    }
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
