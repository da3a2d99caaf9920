// Accuracy of the per-GPU estimate against published measured runs (bench/calibration-gpu):
// each case is compared with the figure of the monitor it was measured with
//   max_memory_allocated -> device.allocated_peak_bytes
//   max_memory_reserved  -> device.reserved_peak_bytes
//   nvidia-smi           -> device.peak_bytes_per_device
//   unknown              -> device.reserved_peak_bytes (the middle figure; the source does not say)
//   component            -> one component (device, or host with "side": "host"): a buffer a
//                           serving engine prints (llama.cpp's KV/model/compute buffers, vLLM's weights)
//   kv_cache_capacity    -> bytes of KV cache the engine allocates on the case's GPU candidate
//   kv_cache_tokens      -> tokens that KV cache holds
// then median, 90th percentile and worst |error|, and how many cases are under-estimated.
// Entries marked "expressible": false have no case file and are skipped (counted).
// Usage: headroom-gpu-accuracy [CALIBRATION_GPU_DIR] [FILTER]

#include "engine/engine.h"
#include "estimate/gpu_accuracy.h"
#include "scenario/codec.h"
#include "util/format.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace headroom;

namespace {

std::string slurp(const fs::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

int main(int argc, char **argv)
{
    const fs::path dir = argc > 1 ? fs::path(argv[1]) : fs::path(HEADROOM_CALIBRATION_GPU_DIR);
    const std::string filter = argc > 2 ? argv[2] : "";
    auto figures = readGpuCalibration(slurp(dir / "figures.json"));
    if (!figures.ok()) {
        std::fprintf(stderr, "figures.json: %s\n", figures.error().text().c_str());
        return 2;
    }
    std::vector<GpuCaseResult> results;
    std::printf("%-62s %-9s %-6s %11s %11s %8s\n", "case", "metric", "fid.", "measured", "estimated", "error");
    for (const GpuCalibrationCase &c : figures.value().cases) {
        if (!filter.empty() && c.name.find(filter) == std::string::npos)
            continue;
        const fs::path file = dir / "cases" / (c.name + ".json");
        auto result = scoreGpuCase(c, slurp(file));
        if (!result.ok()) {
            std::printf("%-62s refused: %s\n", c.name.c_str(), result.error().text().c_str());
            continue;
        }
        const GpuCaseResult &r = result.value();
        results.push_back(r);
        const bool tokens = c.metric == GpuMetric::KvCacheTokens;
        const std::string metric = c.metric == GpuMetric::Component ? (c.host ? "host." : "") + c.component : toString(c.metric);
        std::printf("%-62s %-9s %-6s %11s %11s %+7.1f%%\n", c.name.c_str(), metric.c_str(), c.close ? "close" : "approx",
                    (tokens ? formatCount(c.measured) : formatBytes(c.measured)).c_str(),
                    (tokens ? formatCount(r.estimated) : formatBytes(r.estimated)).c_str(), 100.0 * r.error);
    }
    const auto summary = [](const char *what, const GpuAccuracy &a) {
        std::printf("%-16s cases %d (skipped %d not expressible)  median %.1f%%  p90 %.1f%%  worst %.1f%%  under-estimates %d"
                    "  close cases under by >10%%: %d\n",
                    what, a.cases, a.skipped, 100.0 * a.median, 100.0 * a.p90, 100.0 * a.worst, a.under, a.closeUnderTen);
    };
    std::vector<GpuCaseResult> peaks, serving;
    for (const GpuCaseResult &r : results) {
        const GpuMetric m = r.figure.metric;
        const bool engineFigure = m == GpuMetric::Component || m == GpuMetric::KvCacheCapacity || m == GpuMetric::KvCacheTokens;
        (engineFigure ? serving : peaks).push_back(r);
    }
    std::printf("\n");
    summary("all", summariseGpuAccuracy(results, figures.value().notExpressible));
    summary("device peaks", summariseGpuAccuracy(peaks, figures.value().notExpressible));
    summary("engine figures", summariseGpuAccuracy(serving, 0));
    std::printf("(targets: median <= 5 %%, p90 <= 15 %%, no close case under by > 10 %%)\n");
    return 0;
}
