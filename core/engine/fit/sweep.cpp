#include "engine/fit/sweep.h"

#include "engine/engine.h"
#include "engine/serving/serving.h"
#include "scenario/presets.h"

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

std::int64_t axisValue(const Scenario &s, SweepAxis axis)
{
    switch (axis) {
    case SweepAxis::Batch: return s.run.serving ? s.run.serving->concurrentSequences : s.run.batchSize;
    case SweepAxis::Sequences: return s.run.serving ? s.run.serving->concurrentSequences : s.run.batchSize;
    case SweepAxis::Context: {
        if (!s.run.serving)
            return s.run.generation ? s.run.generation->promptTokens + s.run.generation->newTokens : 1;
        std::int64_t seqLen = 1;
        if (s.model.architecture) {
            const auto t = resolvedTransformer(*s.model.architecture,
                                               s.dataset.input.kind == InputKind::Tokens ? s.dataset.input.length : 0);
            if (t)
                seqLen = t->seqLen.value_or(1);
        }
        return serving::contextTokens(*s.run.serving, seqLen);
    }
    }
    return 1;
}

void setAxisValue(Scenario &s, SweepAxis axis, std::int64_t value)
{
    switch (axis) {
    case SweepAxis::Batch:
    case SweepAxis::Sequences:
        if (s.run.serving)
            s.run.serving->concurrentSequences = value;
        else
            s.run.batchSize = value;
        return;
    case SweepAxis::Context:
        if (s.run.serving) {
            s.run.serving->promptTokens.reset();
            s.run.serving->outputTokens.reset();
            s.run.serving->contextTokens = value;
        }
        return;
    }
}

std::vector<std::int64_t> axisSweepValues(const Scenario &s, SweepAxis axis, int count, std::int64_t maximum)
{
    const std::int64_t now = axisValue(s, axis);
    const std::int64_t lo = axis == SweepAxis::Context ? std::min<std::int64_t>(128, now) : 1;
    const std::int64_t hi = maximum > 0 ? maximum : std::max<std::int64_t>(64, now * 4);
    return logSpaced(lo, hi, count, now);
}

std::vector<SweepPoint> sweepAxis(const Scenario &scenario, SweepAxis axis, const std::vector<std::int64_t> &values)
{
    Scenario s = scenario;
    std::vector<SweepPoint> out;
    out.reserve(values.size());
    for (std::int64_t v : values) {
        setAxisValue(s, axis, v);
        Estimate e = estimateMemory(s);
        out.push_back(SweepPoint{v, std::move(e.host), std::move(e.device)});
    }
    return out;
}

std::optional<std::int64_t> axisCapacity(const CandidateFit &f, SweepAxis axis)
{
    switch (axis) {
    case SweepAxis::Batch: return f.maxBatchSize ? f.maxBatchSize : f.maxConcurrentSequences;
    case SweepAxis::Sequences: return f.maxConcurrentSequences;
    case SweepAxis::Context: return f.maxContextTokens;
    }
    return std::nullopt;
}

} // namespace headroom
