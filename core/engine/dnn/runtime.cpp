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
        ctx.warn("tf_preallocation", msg::tfPreallocation);
    if (fw == Framework::Jax)
        ctx.warn("jax_preallocation", msg::jaxPreallocation);
}

void addHostAllocatorRetention(EngineContext &ctx, const Tape &tape, std::int64_t batch, const ActivationPeak &peak,
                               const RetentionInputs &in)
{
    // glibc malloc serves blocks above its mmap threshold (128 KiB at start) with mmap
    // and returns them on free; each time such a block is freed the threshold rises to
    // its size, up to 32 MiB. From the first freed activation on, blocks of
    // 128 KiB–32 MiB come from the heap, and what is freed there stays resident
    // (calibration README, "Allocator"): the next step's blocks arrive in another order
    // and do not all fit the holes. Blocks of 32 MiB and more (with malloc's header) stay
    // mmapped and are returned; blocks under 128 KiB are heap blocks in either case.
    constexpr Bytes kLow = 128 * KiB;
    constexpr Bytes kHigh = 32 * MiB; // exclusive: the chunk header pushes 32 MiB over
    auto heapClass = [](Bytes block) { return block >= kLow && block < kHigh; };

    // A step frees: the saved activations, one gradient block per parameter tensor, and
    // the backward's gradient temporaries (two of the largest activation).
    Bytes saved = 0;
    const SizeClasses &savedClasses = tape.savedClasses();
    for (int i = 0; i < savedClasses.size(); ++i) {
        const SizeClass &c = savedClasses[i];
        const Bytes block = satMul(c.perSample, batch);
        if (heapClass(block))
            saved = satAdd(saved, satMul(block, c.count));
    }
    if (!in.training)
        saved = std::min(saved, peak.bytes); // no autograd: only the live set churns
    Bytes grads = 0;
    if (in.training)
        grads = toBytes(static_cast<double>(tape.heapGradientBytes()) * in.trainableFraction);
    const Bytes temps = heapClass(peak.largestTensor) ? satMul(peak.largestTensor, 2) : 0;
    Bytes recomputed = 0;
    const SizeClasses &rebuilt = tape.recomputeClasses();
    for (int i = 0; i < rebuilt.size(); ++i) {
        const SizeClass &c = rebuilt[i];
        const Bytes block = satMul(c.perSample, batch);
        if (heapClass(block))
            recomputed = satAdd(recomputed, satMul(block, c.count));
    }
    // Of these freed blocks about half is still resident and unused at the next step's
    // peak, the rest being reused by allocations that fit: across the calibration's
    // PyTorch cases, default-malloc peaks minus fixed-threshold peaks
    // (results-fixed-mmap.json) are 0.3–0.9 of these bytes; one global half is taken,
    // not a per-case value. Checkpointed blocks are rebuilt one after another during
    // backward, each between long-lived gradient blocks, so each block's rebuilt heap
    // blocks stay resident (the GQA selective-checkpointing case, measured after this
    // was written, agrees within its repeat spread).
    recomputed = satMul(recomputed, std::max<std::int64_t>(1, tape.recomputedBlocks()));
    const Bytes churn = satAdd(satAdd(saved, grads), temps);
    const Bytes retained = satAdd(churn / 2, recomputed);
    ctx.host("fragmentation", retained,
             "glibc heap retention: half of " + formatBytes(churn)
                 + " of 128 KiB–32 MiB blocks freed each step (activations, gradients, backward temporaries)"
                 + (recomputed > 0 ? " + " + formatBytes(recomputed) + " rebuilt by checkpointing ("
                                         + std::to_string(tape.recomputedBlocks()) + " blocks)"
                                   : "")
                 + ", kept resident by the dynamic mmap threshold");
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
