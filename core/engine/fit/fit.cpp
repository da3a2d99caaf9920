#include "engine/fit/fit.h"

#include "engine/engine.h"
#include "engine/serving/serving.h"
#include "scenario/messages.h"
#include "util/format.h"

#include <algorithm>
#include <array>

namespace headroom {
namespace {

bool deviceJob(const Scenario &s) { return s.device() == Device::Gpu; }

/// Largest n in [lo, hi] with ok(n), given ok(lo) and monotonic ok; lo when ok(hi) is false
/// for all larger values.
template <typename Pred>
std::int64_t searchLargest(std::int64_t lo, std::int64_t hi, Pred ok)
{
    while (lo < hi) {
        const std::int64_t mid = lo + (hi - lo + 1) / 2;
        if (ok(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

/// Largest n in [1, cap] whose slack (free bytes at n) is >= 0, slack falling as n grows.
/// Memory is close to affine in batch and sample counts, so a secant through slack(1) and
/// slack(hint) lands next to the answer; galloping from there brackets it and bisection
/// makes it exact (fits at N, not at N + 1) in a dozen or so estimates instead of ~100.
template <typename Slack>
std::optional<std::int64_t> largestFitting(Slack slack, std::int64_t cap, std::int64_t hint)
{
    auto ok = [&](std::int64_t n) { return slack(n) >= 0; };
    const Bytes s1 = slack(1);
    if (s1 < 0)
        return std::nullopt;
    const std::int64_t x2 = std::clamp<std::int64_t>(hint, 2, std::max<std::int64_t>(2, cap));
    if (x2 > cap)
        return std::int64_t{1};
    const Bytes s2 = slack(x2);
    const double perUnit = static_cast<double>(s1 - s2) / static_cast<double>(x2 - 1);
    double g = perUnit > 0 ? 1.0 + static_cast<double>(s1) / perUnit : static_cast<double>(cap);
    g = std::clamp(g, 1.0, static_cast<double>(cap));
    const std::int64_t guess = static_cast<std::int64_t>(g);

    std::int64_t lo = 1;
    std::int64_t hi = cap;
    std::int64_t step = std::max<std::int64_t>(1, guess / 4096);
    if (ok(guess)) {
        lo = guess;
        for (;;) {
            if (lo >= cap)
                return cap;
            const std::int64_t next = lo > cap - step ? cap : lo + step;
            if (!ok(next)) {
                hi = next - 1;
                break;
            }
            lo = next;
            step = step > cap / 2 ? cap : step * 2;
        }
    } else {
        std::int64_t bad = guess;
        for (;;) {
            const std::int64_t next = bad - 1 > step ? bad - step : 1;
            if (ok(next)) {
                lo = next;
                hi = bad - 1;
                break;
            }
            bad = next;
            step = step > cap / 2 ? cap : step * 2;
        }
    }
    return searchLargest(lo, hi, ok);
}

/// Free bytes on the tighter of host and device for scenario `s` on machine `m`
/// (negative: the shortfall); fits(s, e, m) exactly when it is >= 0. A serving engine's
/// GPU budget is its own (serving::deviceSlack); on a unified-memory machine host and GPU
/// draw on one pool as well.
Bytes slackOf(const Scenario &s, const Estimate &e, const Machine &m)
{
    Bytes slack = m.hostRam - hostNeed(s, e);
    if (s.device() == Device::Gpu) {
        if (m.gpuCount < s.cluster.gpusPerNode || m.gpuMemory <= 0)
            return -kBytesMax;
        slack = std::min(slack, serving::deviceSlack(s, e, m.gpuMemory));
        if (m.unifiedMemory)
            slack = std::min(slack, m.hostRam - satAdd(hostNeed(s, e), serving::deviceHeld(s, e, m.gpuMemory)));
    }
    return slack;
}

/// Free GPU bytes only (llama.cpp's layer split moves memory between host and GPU).
Bytes deviceSlackOf(const Scenario &s, const Estimate &e, const Machine &m)
{
    if (m.gpuCount < s.cluster.gpusPerNode || m.gpuMemory <= 0)
        return -kBytesMax;
    Bytes slack = serving::deviceSlack(s, e, m.gpuMemory);
    if (m.unifiedMemory)
        slack = std::min(slack, m.hostRam - satAdd(hostNeed(s, e), serving::deviceHeld(s, e, m.gpuMemory)));
    return slack;
}

} // namespace

Bytes nextPurchasableHostRam(Bytes need)
{
    // Totals that modules of 8–128 GB in 2–16 slots give (hardware-reference.md);
    // DIMM "GB" are binary gigabytes.
    static constexpr std::array<Bytes, 18> totals = {8, 16, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768,
                                                     1024, 1536, 2048, 3072, 4096, 6144};
    for (Bytes t : totals)
        if (t * GiB >= need)
            return t * GiB;
    return ceilDiv(need, 1024 * GiB) * 1024 * GiB;
}

Bytes nextPurchasableGpuMemory(Bytes need)
{
    // Per-device memory of GPUs on sale (hardware-reference.md), decimal GB except A10G.
    static constexpr std::array<Bytes, 9> sizes = {16'000'000'000, 24'000'000'000, 24 * GiB, 32'000'000'000,
                                                   40'000'000'000, 48'000'000'000, 80'000'000'000,
                                                   141'000'000'000, 192'000'000'000};
    for (Bytes s : sizes)
        if (s >= need)
            return s;
    return 0;
}

Bytes usableMemory(const Scenario &s, const Machine &m)
{
    if (deviceJob(s))
        return satMul(m.gpuMemory, m.gpuCount);
    const Bytes reserve = satAdd(gibToBytes(s.system.osReservedGib), gibToBytes(s.system.otherProcessesGib));
    return std::max<Bytes>(0, m.hostRam - reserve);
}

Recommendation recommend(const Scenario &s, const Estimate &e)
{
    Recommendation r;
    const double factor = 1.0 + s.system.headroomFraction;
    r.hostMinimum = hostNeed(s, e);
    r.hostRecommended = toBytes(static_cast<double>(r.hostMinimum) * factor);
    r.hostPurchasable = nextPurchasableHostRam(r.hostRecommended);
    if (e.device) {
        r.deviceMinimum = serving::minimumGpuMemory(s, e);
        r.deviceRecommended = toBytes(static_cast<double>(r.deviceMinimum) * factor);
        r.devicePurchasable = nextPurchasableGpuMemory(r.deviceRecommended);
    }
    return r;
}

bool fits(const Scenario &s, const Estimate &e, const Machine &m)
{
    return slackOf(s, e, m) >= 0;
}

std::optional<std::int64_t> largestBatch(const Scenario &scenario, const Machine &m)
{
    if (!isDeepLearning(scenario.model.framework))
        return std::nullopt;
    Scenario s = scenario;
    auto slack = [&](std::int64_t b) {
        s.run.batchSize = b;
        return slackOf(s, estimateMemory(s), m);
    };
    return largestFitting(slack, std::int64_t{1} << 40, scenario.run.batchSize);
}

std::optional<std::int64_t> largestInMemoryDataset(const Scenario &scenario, const Machine &m)
{
    Scenario s = scenario;
    s.dataset.storage = Storage::InMemory;
    auto slack = [&](std::int64_t n) {
        s.dataset.samples = n;
        return slackOf(s, estimateMemory(s), m);
    };
    return largestFitting(slack, std::int64_t{1} << 56, scenario.dataset.samples);
}

std::optional<std::int64_t> largestConcurrency(const Scenario &scenario, const Machine &m)
{
    if (!scenario.run.serving)
        return std::nullopt;
    Scenario s = scenario;
    auto slack = [&](std::int64_t n) {
        s.run.serving->concurrentSequences = n;
        return slackOf(s, estimateMemory(s), m);
    };
    return largestFitting(slack, std::int64_t{1} << 30, scenario.run.serving->concurrentSequences);
}

std::optional<std::int64_t> longestContext(const Scenario &scenario, const Machine &m)
{
    if (!scenario.run.serving)
        return std::nullopt;
    Scenario s = scenario;
    Serving &v = *s.run.serving;
    const Estimate base = estimateMemory(scenario);
    const std::int64_t current = base.serving ? base.serving->contextTokens : 1;
    v.promptTokens.reset();
    v.outputTokens.reset();
    auto slack = [&](std::int64_t n) {
        v.contextTokens = n;
        return slackOf(s, estimateMemory(s), m);
    };
    return largestFitting(slack, std::int64_t{1} << 30, std::max<std::int64_t>(2, current));
}

std::optional<std::int64_t> mostGpuLayers(const Scenario &scenario, const Machine &m)
{
    if (!scenario.run.serving || scenario.run.serving->engine != ServingEngine::LlamaCpp || scenario.device() != Device::Gpu)
        return std::nullopt;
    Scenario s = scenario;
    auto deviceOk = [&](std::int64_t n) {
        s.run.serving->nGpuLayers = n;
        return deviceSlackOf(s, estimateMemory(s), m) >= 0;
    };
    if (!deviceOk(0))
        return std::nullopt;
    s.run.serving->nGpuLayers = -1;
    const Estimate all = estimateMemory(s);
    const std::int64_t top = all.serving ? all.serving->layers + 1 : 1;
    return searchLargest(0, top, deviceOk);
}

std::optional<std::int64_t> smallestDeviceCount(const Scenario &scenario, Bytes deviceMemory, std::int64_t limit)
{
    if (!deviceJob(scenario))
        return std::nullopt;
    Scenario s = scenario;
    const std::int64_t perNode = std::max<std::int64_t>(1, s.cluster.gpusPerNode);
    const std::int64_t modelParallel = s.cluster.tensorParallel * s.cluster.pipelineParallel;
    for (std::int64_t nodes = 1; nodes * perNode <= limit; ++nodes) {
        if ((nodes * perNode) % modelParallel != 0)
            continue;
        s.cluster.nodes = nodes;
        const Estimate e = estimateMemory(s);
        if (e.device && e.device->peak <= deviceMemory)
            return nodes * perNode;
    }
    return std::nullopt;
}

CandidateFit assessCandidate(const Scenario &s, const Estimate &e, const Machine &m, bool solveLimits)
{
    using Code = FitReason::Code;
    using Arg = MessageArg;
    CandidateFit f;
    f.machine = m;
    const Recommendation &r = e.recommendation;
    auto reason = [&f](Code code, const char *tmpl, std::vector<Arg> args) {
        f.reasons.push_back(FitReason{code, Message{tmpl, std::move(args)}});
    };
    auto levelOf = [](bool enough, Bytes capacity, Bytes recommended) {
        if (!enough)
            return FitLevel::DoesNotFit;
        return capacity < recommended ? FitLevel::NoMargin : FitLevel::Fits;
    };

    const Bytes need = hostNeed(s, e);
    f.hostFree = m.hostRam - need;
    f.hostFits = f.hostFree >= 0;
    f.hostLevel = levelOf(f.hostFits, m.hostRam, r.hostRecommended);
    if (!f.hostFits)
        reason(Code::HostShort, msg::fitHostShort,
               {Arg::ofBytes(need - m.hostRam), Arg::ofBytes(need), Arg::ofBytes(m.hostRam)});
    if (deviceJob(s)) {
        const Bytes devicePeak = e.device ? e.device->peak : 0;
        if (m.gpuCount == 0 || m.gpuMemory == 0) {
            f.deviceFits = false;
            reason(Code::NoGpu, msg::fitNoGpu, {});
        } else {
            // A serving engine's budget is its own share of each GPU (serving::deviceSlack);
            // unified memory is one pool for host and GPU as well.
            const Bytes engineSlack = serving::deviceSlack(s, e, m.gpuMemory);
            const Bytes pooled = satAdd(need, serving::deviceHeld(s, e, m.gpuMemory));
            f.deviceFree = m.unifiedMemory ? std::min(engineSlack, m.hostRam - pooled) : engineSlack;
            const bool enough = m.gpuCount >= s.cluster.gpusPerNode;
            f.deviceFits = enough && *f.deviceFree >= 0;
            if (m.unifiedMemory && f.hostFits && m.hostRam < pooled && engineSlack >= 0)
                reason(Code::UnifiedShort, msg::fitUnifiedShort, {Arg::ofBytes(pooled), Arg::ofBytes(m.hostRam)});
            if (!enough)
                reason(Code::TooFewGpus, msg::fitTooFewGpus,
                       {Arg::ofCount(s.cluster.gpusPerNode), Arg::ofCount(m.gpuCount)});
            if (engineSlack < 0) {
                if (s.run.serving && serving::reservesShare(*s.run.serving))
                    reason(Code::ServingShareShort, msg::fitServingShareShort,
                           {Arg::ofBytes(devicePeak), Arg::ofText(std::string(toString(s.run.serving->engine))),
                            Arg::ofNumber(serving::memoryFraction(*s.run.serving)), Arg::ofBytes(m.gpuMemory)});
                else
                    reason(Code::DeviceShort, msg::fitDeviceShort,
                           {Arg::ofBytes(-engineSlack), Arg::ofBytes(devicePeak), Arg::ofBytes(m.gpuMemory)});
            }
        }
        f.deviceLevel = levelOf(*f.deviceFits, m.gpuMemory, r.deviceRecommended);
        // One pool: the host's and the GPU's needs with headroom together.
        if (m.unifiedMemory && f.hostLevel == FitLevel::Fits
            && m.hostRam < satAdd(r.hostRecommended, r.deviceRecommended))
            f.hostLevel = FitLevel::NoMargin;
    }
    f.level = std::max(f.hostLevel, f.deviceLevel.value_or(FitLevel::Fits));
    if (f.level != FitLevel::DoesNotFit) {
        if (f.deviceFree)
            reason(Code::Fits, msg::fitHostAndDeviceFree, {Arg::ofBytes(f.hostFree), Arg::ofBytes(*f.deviceFree)});
        else
            reason(Code::Fits, msg::fitHostFree, {Arg::ofBytes(f.hostFree)});
        const Arg margin = Arg::ofPercent(s.system.headroomFraction);
        if (f.hostLevel == FitLevel::NoMargin)
            reason(Code::HostBelowMargin, msg::fitHostBelowMargin, {margin, Arg::ofBytes(r.hostRecommended)});
        if (f.deviceLevel == FitLevel::NoMargin)
            reason(Code::DeviceBelowMargin, msg::fitDeviceBelowMargin, {margin, Arg::ofBytes(r.deviceRecommended)});
    }
    std::vector<Message> messages;
    for (const auto &x : f.reasons)
        messages.push_back(x.message);
    f.reason = englishJoined(messages);
    if (s.run.serving && deviceJob(s) && m.gpuMemory > 0) {
        if (serving::reservesShare(*s.run.serving))
            f.reservedBytes = serving::deviceHeld(s, e, m.gpuMemory);
        f.kvCacheTokens = serving::kvCacheCapacity(s, e, m.gpuMemory);
    }
    if (solveLimits) {
        if (s.run.serving) {
            f.maxConcurrentSequences = largestConcurrency(s, m);
            f.maxContextTokens = longestContext(s, m);
            f.maxGpuLayers = mostGpuLayers(s, m);
        } else {
            f.maxBatchSize = largestBatch(s, m);
        }
        f.maxSamplesInMemory = largestInMemoryDataset(s, m);
    }
    return f;
}

} // namespace headroom

namespace headroom {

bool fitsWithHeadroom(const Estimate &, const CandidateFit &f)
{
    return f.level == FitLevel::Fits;
}

std::optional<std::size_t> recommendedCandidate(const Estimate &e)
{
    std::optional<std::size_t> best;
    auto better = [](const CandidateFit &a, const CandidateFit &b) {
        if (a.machine.price && b.machine.price && *a.machine.price != *b.machine.price)
            return *a.machine.price < *b.machine.price;
        if (a.machine.price.has_value() != b.machine.price.has_value())
            return a.machine.price.has_value();
        const Bytes am = satAdd(a.machine.hostRam, satMul(a.machine.gpuMemory, a.machine.gpuCount));
        const Bytes bm = satAdd(b.machine.hostRam, satMul(b.machine.gpuMemory, b.machine.gpuCount));
        return am < bm;
    };
    for (std::size_t i = 0; i < e.candidates.size(); ++i) {
        if (!fitsWithHeadroom(e, e.candidates[i]))
            continue;
        if (!best || better(e.candidates[i], e.candidates[*best]))
            best = i;
    }
    return best;
}

} // namespace headroom
