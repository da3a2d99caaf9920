// Speed of the engine: the median time of one estimate (estimateMemory) per preset, and
// of a 512-point batch-size sweep, over repeated runs. Times are this thread's CPU time
// (CLOCK_THREAD_CPUTIME_ID), so that other processes on a busy machine do not count;
// wall time is printed beside it. Usage: headroom-speed-bench

#include "engine/dnn/dnn.h"
#include "engine/engine.h"
#include "engine/fit/fit.h"
#include "engine/fit/sweep.h"
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
    // Targets from DESIGN.md: one estimate <= 5 µs; a 512-point batch sweep plus a 64-point
    // dataset sweep <= 5 ms (the 512 points alone are timed here).
    std::printf("\nworst (CPU time): one estimate %.2f µs (target 5), 512-point sweep %.3f ms (target with a 64-point "
                "dataset sweep: 5)\n",
                worstOne, worstSweep);

    // Serving: what one edit costs before the charts repaint: the estimate with its
    // candidates' solves (most sequences, longest context, llama.cpp's GPU layers) and
    // the two serving charts' sweeps (256 points each, as the Charts tab draws them).
    std::printf("\n%-12s %18s %18s %18s\n", "engine", "estimate+solves ms", "2 chart sweeps ms", "edit-to-data ms");
    for (const ServingEngine engine : {ServingEngine::Vllm, ServingEngine::Sglang, ServingEngine::Tgi,
                                       ServingEngine::LlamaCpp, ServingEngine::Transformers}) {
        Scenario s = scenarioFor(*findPreset("llama-3-8b"));
        s.run.task = Task::Inference;
        s.run.precision = Precision::Bf16;
        Serving v;
        v.engine = engine;
        v.concurrentSequences = 16;
        v.contextTokens = 8192;
        s.run.serving = v;
        for (double gib : {24.0, 48.0, 80.0, 141.0}) {
            HardwareCandidate h;
            h.name = "GPU " + std::to_string(static_cast<int>(gib));
            h.hostRamGib = 256;
            h.gpu = GpuSpec{"GPU", gib, 1};
            s.hardware.push_back(h);
        }
        const Timing solves = median(31, [&] {
            const auto e = estimate(s);
            g_sink = e.ok() ? e.value().device->peak : 0;
        });
        const Timing sweeps = median(31, [&] {
            for (const SweepAxis axis : {SweepAxis::Sequences, SweepAxis::Context}) {
                const auto values = axisSweepValues(s, axis, 256, axisValue(s, axis) * 16);
                g_sink = sweepAxis(s, axis, values).back().host.peak;
            }
        });
        std::printf("%-12s %18.3f %18.3f %18.3f\n", std::string(toString(engine)).c_str(), solves.cpu / 1000.0,
                    sweeps.cpu / 1000.0, (solves.cpu + sweeps.cpu) / 1000.0);
    }
    std::printf("(budget: a keystroke to every visible view repainted <= 8 ms median, painting included)\n");
    return 0;
}
