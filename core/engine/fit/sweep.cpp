#include "engine/fit/sweep.h"

#include "engine/engine.h"

#include <algorithm>
#include <cmath>

namespace headroom {
namespace {

std::vector<std::int64_t> logSpaced(std::int64_t lo, std::int64_t hi, int count, std::int64_t include)
{
    std::vector<std::int64_t> v;
    lo = std::max<std::int64_t>(1, lo);
    hi = std::max(hi, lo);
    const double a = std::log(static_cast<double>(lo));
    const double b = std::log(static_cast<double>(hi));
    v.reserve(static_cast<std::size_t>(count) + 1);
    for (int i = 0; i < count; ++i) {
        const double t = count > 1 ? static_cast<double>(i) / (count - 1) : 0.0;
        v.push_back(static_cast<std::int64_t>(std::llround(std::exp(a + t * (b - a)))));
    }
    v.push_back(include);
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

} // namespace

std::vector<std::int64_t> batchSweepValues(const Scenario &s, int count, std::int64_t maxBatch)
{
    const std::int64_t hi = maxBatch > 0 ? maxBatch : std::max<std::int64_t>(64, s.run.batchSize * 4);
    return logSpaced(1, hi, count, s.run.batchSize);
}

std::vector<std::int64_t> datasetSweepValues(const Scenario &s, int count)
{
    const std::int64_t n = s.dataset.samples;
    const std::int64_t hi = n > (std::int64_t{1} << 50) ? (std::int64_t{1} << 57) : n * 100;
    return logSpaced(std::max<std::int64_t>(1, n / 100), hi, count, n);
}

std::vector<SweepPoint> sweepBatch(const Scenario &scenario, const std::vector<std::int64_t> &batchSizes)
{
    Scenario s = scenario;
    std::vector<SweepPoint> out;
    out.reserve(batchSizes.size());
    for (std::int64_t b : batchSizes) {
        s.run.batchSize = b;
        Estimate e = estimateMemory(s);
        out.push_back(SweepPoint{b, std::move(e.host), std::move(e.device)});
    }
    return out;
}

std::vector<SweepPoint> sweepDataset(const Scenario &scenario, const std::vector<std::int64_t> &samples, Storage storage)
{
    Scenario s = scenario;
    s.dataset.storage = storage;
    std::vector<SweepPoint> out;
    out.reserve(samples.size());
    for (std::int64_t n : samples) {
        s.dataset.samples = n;
        Estimate e = estimateMemory(s);
        out.push_back(SweepPoint{n, std::move(e.host), std::move(e.device)});
    }
    return out;
}

} // namespace headroom
