#include "engine/dnn/runtime.h"

#include <algorithm>

namespace headroom::dnn {
namespace {

constexpr Bytes kMB = 1000 * 1000;

} // namespace

void addRuntime(EngineContext &ctx, bool vision, std::int64_t processesPerNode)
{
    const Scenario &s = ctx.scenario;
    const Framework fw = s.model.framework;
    const bool gpu = s.device() == Device::Gpu;
    const bool torch = fw == Framework::PyTorch || fw == Framework::Megatron;
    const std::string procText = processesPerNode > 1 ? " × " + std::to_string(processesPerNode) + " processes (one per device)" : "";

    Bytes perProcess = 0;
    std::string what;
    if (!gpu) {
        if (torch) {
            // Measured: resident memory after `import numpy, torch` (+ torchvision) with
            // Debian's CPU build of torch 1.13 (calibration baseline, median over runs).
            perProcess = vision ? 267 * MiB : 228 * MiB;
            what = vision ? "Python + numpy + torch + torchvision, CPU build (measured)" : "Python + numpy + torch, CPU build (measured)";
        } else if (fw == Framework::Jax) {
            perProcess = 350 * MiB; // jaxlib CPU import; not measured here, an estimate
            what = "Python + jax/jaxlib, CPU (estimate)";
        } else {
            perProcess = 800 * kMB; // `import tensorflow`: ~0.8 GB (hardware-reference.md)
            what = "Python + TensorFlow (~0.8 GB import)";
        }
    } else {
        if (torch) {
            // `import torch` of a CUDA 11+ build maps ~1 GB of CUDA libraries (cuDNN,
            // cuBLAS, NCCL kernels) resident per process (hardware-reference.md).
            perProcess = 1000 * kMB;
            what = "CUDA build of PyTorch (~1 GB per process)";
        } else if (fw == Framework::Jax) {
            perProcess = 1000 * kMB;
            what = "jaxlib with CUDA libraries (~1 GB per process, estimate)";
        } else {
            perProcess = 800 * kMB;
            what = "TensorFlow with CUDA (~0.8 GB per process; more with many GPUs)";
        }
    }
    ctx.host("framework_runtime", satMul(perProcess, processesPerNode), what + procText);
    if (!gpu)
        return;

    // CUDA context with lazy module loading (CUDA ≥ 11.8 default): ~287 MB per device
    // (PyTorch PR 86509; ~667 MB without lazy loading).
    ctx.device("framework_runtime", 287 * kMB, "CUDA context with lazy module loading (~287 MB, PyTorch PR 86509)");
    // cuBLAS workspace: PyTorch's default CUBLAS_WORKSPACE_CONFIG ":4096:2:16:8"
    // (2 × 4 MiB + 8 × 16 KiB per handle).
    ctx.device("workspace", 2 * 4 * MiB + 8 * 16 * KiB, "cuBLAS workspace (:4096:2:16:8 = 2 × 4 MiB + 8 × 16 KiB)");
    if (fw == Framework::TensorFlow || fw == Framework::Keras)
        ctx.warn("tf_preallocation", "TensorFlow maps nearly all device memory unless memory growth is enabled; "
                                     "the estimate is what the model needs");
    if (fw == Framework::Jax)
        ctx.warn("jax_preallocation", "JAX preallocates 75 % of device memory by default (XLA_PYTHON_CLIENT_PREALLOCATE); "
                                      "the estimate is what the model needs");
}

void addHostAllocatorRetention(EngineContext &ctx, const Tape &tape, std::int64_t batch, const ActivationPeak &peak,
                               bool training)
{
    // glibc malloc serves blocks above its mmap threshold (128 KiB at start) with mmap
    // and returns them on free; each time such a block is freed the threshold rises to
    // its size, up to 32 MiB. From the first freed activation on, activation blocks of
    // 128 KiB–32 MiB come from the heap, and what is freed there stays resident
    // (calibration README, "Allocator"): the next step's blocks arrive in another order
    // and do not fit the holes exactly. Blocks above 32 MiB stay mmapped and return.
    constexpr Bytes kLow = 128 * KiB;
    constexpr Bytes kHigh = 32 * MiB;
    Bytes heapSaved = 0;
    for (int i = 0; i < tape.sizeClassCount(); ++i) {
        const auto &c = tape.sizeClass(i);
        const Bytes block = satMul(c.perSample, batch);
        if (block >= kLow && block <= kHigh)
            heapSaved = satAdd(heapSaved, satMul(block, c.count));
    }
    const Bytes largest = peak.largestTensor;
    const Bytes temps = largest >= kLow && largest <= kHigh ? satMul(largest, 2) : 0;
    Bytes recomputed = 0;
    for (int i = 0; i < tape.recomputeClassCount(); ++i) {
        const auto &c = tape.recomputeClass(i);
        const Bytes block = satMul(c.perSample, batch);
        if (block >= kLow && block <= kHigh)
            recomputed = satAdd(recomputed, satMul(block, c.count));
    }
    // Of the heap-class blocks a step frees, about half is still resident and unused at
    // the next step's peak (the rest is reused by allocations of the same size): the
    // fixed-threshold re-runs (results-fixed-mmap.json) put the retention at 0.3–0.7 of
    // these blocks across the PyTorch cases; one global half is taken, not a per-case
    // value. Blocks rebuilt by checkpointing are allocated and freed during backward,
    // after the forward's blocks, and stay resident in full.
    const Bytes base = training ? satAdd(heapSaved, temps) : satAdd(std::min(heapSaved, peak.bytes), temps);
    const Bytes retained = satAdd(base / 2, recomputed);
    ctx.host("fragmentation", retained,
             "glibc heap retention: half of " + formatBytes(base) + " activation blocks of 128 KiB–32 MiB freed each step"
                 + (recomputed > 0 ? " + " + formatBytes(recomputed) + " recomputed by checkpointing" : "")
                 + " (dynamic mmap threshold keeps them resident)");
}

void addDeviceFragmentation(EngineContext &ctx, Bytes churn)
{
    // PyTorch's caching allocator rounds blocks above 1 MiB to 2 MiB multiples inside
    // 20 MiB+ segments; blocks freed in a different order than allocated leave split
    // segments. Reserved − allocated is typically 5–15 % of the per-step churn
    // (activations and gradients); 10 % is taken.
    ctx.device("fragmentation", churn / 10, "caching-allocator slack: ~10 % of " + formatBytes(churn)
                                                + " allocated and freed each step (activations + gradients)");
}

} // namespace headroom::dnn
