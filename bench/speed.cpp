// Speed of the engine: the median time of one estimate (estimateMemory) per preset, and
// of a 512-point batch-size sweep, over repeated runs. Times are this thread's CPU time
// (CLOCK_THREAD_CPUTIME_ID), so that other processes on a busy machine do not count;
// wall time is printed beside it. Usage: headroom-speed-bench

#include "engine/dnn/dnn.h"
#include "engine/engine.h"
#include "scenario/presets.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace headroom;

namespace {

double cpuMicros()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

double wallMicros()
{
    return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

struct Timing {
    double cpu = 0, wall = 0;
};

/// Median over `runs` of `f`'s CPU and wall time (µs).
template <typename F>
Timing median(int runs, F &&f)
{
    std::vector<double> cpu, wall;
    for (int i = 0; i < runs; ++i) {
        const double c0 = cpuMicros(), w0 = wallMicros();
        f();
        cpu.push_back(cpuMicros() - c0);
        wall.push_back(wallMicros() - w0);
    }
    std::sort(cpu.begin(), cpu.end());
    std::sort(wall.begin(), wall.end());
    return {cpu[cpu.size() / 2], wall[wall.size() / 2]};
}

Scenario scenarioFor(const PresetInfo &p)
{
    Scenario s;
    s.dataset.samples = 100000;
    if (p.family == PresetFamily::Vision)
        s.dataset.input = InputShape{InputKind::Image, 1, 224, 224, 3, 1};
    else
        s.dataset.input = InputShape{InputKind::Tokens, 1, 1, 1, 1, 1024};
    Architecture a;
    a.kind = ArchitectureKind::Preset;
    a.preset = std::string(p.name);
    s.model.architecture = a;
    s.run.batchSize = 16;
    return s;
}

volatile Bytes g_sink = 0;

} // namespace

int main()
{
    std::printf("%-18s %14s %14s %16s %16s\n", "preset", "estimate µs", "(wall µs)", "512-sweep ms", "(wall ms)");
    double worstOne = 0, worstSweep = 0;
    for (const PresetInfo &p : presets()) {
        Scenario s = scenarioFor(p);
        for (int i = 0; i < 200; ++i) // warm-up
            g_sink = estimateMemory(s).host.peak;
        const Timing one = median(2001, [&] { g_sink = estimateMemory(s).host.peak; });
        const Timing sweep = median(31, [&] {
            Scenario v = s;
            for (std::int64_t b = 1; b <= 512; ++b) {
                v.run.batchSize = b;
                const Estimate e = estimateMemory(v);
                g_sink = e.device ? e.device->peak : e.host.peak;
            }
        });
        worstOne = std::max(worstOne, one.cpu);
        worstSweep = std::max(worstSweep, sweep.cpu / 1000.0);
        std::printf("%-18s %14.2f %14.2f %16.3f %16.3f\n", std::string(p.name).c_str(), one.cpu, one.wall,
                    sweep.cpu / 1000.0, sweep.wall / 1000.0);
    }
    std::printf("\nworst (CPU time): one estimate %.2f µs (target 20), 512-point sweep %.3f ms (target 5)\n", worstOne,
                worstSweep);
    return 0;
}
