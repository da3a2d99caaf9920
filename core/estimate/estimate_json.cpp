#include "estimate/estimate_json.h"

namespace headroom {
namespace {

using Json = nlohmann::ordered_json;

Json componentsJson(const Breakdown &b)
{
    Json arr = Json::array();
    for (const auto &c : b.components)
        arr.push_back(Json{{"name", c.name}, {"bytes", c.bytes}, {"derivation", c.derivation}});
    return arr;
}

const char *levelKey(FitLevel level)
{
    switch (level) {
    case FitLevel::Fits:
        return "fits";
    case FitLevel::NoMargin:
        return "no_margin";
    case FitLevel::DoesNotFit:
        break;
    }
    return "does_not_fit";
}

const char *reasonKey(FitReason::Code code)
{
    using Code = FitReason::Code;
    switch (code) {
    case Code::HostShort:
        return "host_short";
    case Code::NoGpu:
        return "no_gpu";
    case Code::TooFewGpus:
        return "too_few_gpus";
    case Code::DeviceShort:
        return "device_short";
    case Code::HostBelowMargin:
        return "host_below_margin";
    case Code::DeviceBelowMargin:
        return "device_below_margin";
    case Code::ServingShareShort:
        return "serving_share_short";
    case Code::UnifiedShort:
        return "unified_memory_short";
    case Code::Fits:
        break;
    }
    return "fits";
}

template <typename T>
Json optional(const std::optional<T> &v)
{
    return v ? Json(*v) : Json(nullptr);
}

} // namespace

Json candidatesToJson(const Estimate &e)
{
    Json arr = Json::array();
    for (const auto &f : e.candidates) {
        Json c = Json::object();
        c["name"] = f.machine.name;
        c["host_fits"] = f.hostFits;
        c["device_fits"] = optional(f.deviceFits);
        c["host_free_bytes"] = f.hostFree;
        c["device_free_bytes"] = optional(f.deviceFree);
        c["max_batch_size"] = optional(f.maxBatchSize);
        c["max_samples_in_memory"] = optional(f.maxSamplesInMemory);
        c["max_concurrent_sequences"] = optional(f.maxConcurrentSequences);
        c["max_context_tokens"] = optional(f.maxContextTokens);
        if (f.maxGpuLayers)
            c["max_gpu_layers"] = *f.maxGpuLayers;
        if (f.reservedBytes)
            c["reserved_bytes_per_device"] = *f.reservedBytes;
        if (f.kvCacheTokens)
            c["kv_cache_tokens"] = *f.kvCacheTokens;
        c["reason"] = f.reason;
        c["fit"] = levelKey(f.level);
        Json reasons = Json::array();
        for (const auto &r : f.reasons)
            reasons.push_back(Json{{"code", reasonKey(r.code)}, {"message", r.message.english()}});
        c["reasons"] = reasons;
        if (!f.machine.catalogId.empty())
            c["catalog"] = f.machine.catalogId;
        c["host_ram_bytes"] = f.machine.hostRam;
        if (f.machine.gpuCount > 0)
            c["gpu"] = Json{{"model", f.machine.gpuModel}, {"memory_bytes", f.machine.gpuMemory}, {"count", f.machine.gpuCount}};
        if (f.machine.unifiedMemory)
            c["unified_memory"] = true;
        if (f.machine.price)
            c["price"] = Json{{"amount", *f.machine.price}, {"currency", f.machine.currency}};
        arr.push_back(c);
    }
    return arr;
}

Json estimateToJson(const Estimate &e)
{
    Json j = Json::object();
    j["headroom"] = 1;
    Json host = Json::object();
    host["peak_bytes"] = e.host.peak;
    host["recommended_bytes"] = e.recommendation.hostRecommended;
    host["minimum_bytes"] = e.recommendation.hostMinimum;
    host["purchasable_bytes"] = e.recommendation.hostPurchasable;
    host["components"] = componentsJson(e.host);
    j["host"] = host;
    if (e.device) {
        Json dev = Json::object();
        dev["peak_bytes_per_device"] = e.device->peak;
        dev["allocated_peak_bytes"] = e.device->allocatedPeak();
        dev["reserved_peak_bytes"] = e.device->reservedPeak();
        dev["devices"] = e.devices;
        dev["recommended_bytes_per_device"] = e.recommendation.deviceRecommended;
        dev["purchasable_bytes_per_device"] = e.recommendation.devicePurchasable;
        dev["components"] = componentsJson(*e.device);
        j["device"] = dev;
    } else {
        j["device"] = nullptr;
    }
    if (e.parameters > 0)
        j["model"] = Json{{"parameters", e.parameters}, {"active_parameters", e.activeParameters}};
    j["candidates"] = candidatesToJson(e);
    Json warnings = Json::array();
    for (const auto &w : e.warnings)
        warnings.push_back(w.message);
    j["warnings"] = warnings;
    return j;
}

} // namespace headroom
