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

    Bytes perProcess = 0;
    const char *what = nullptr;
    if (!gpu) {
        if (torch) {
            // Measured: resident memory after `import numpy, torch` (+ torchvision) with
            // Debian's CPU build of torch 1.13 (calibration baseline, median over runs).
            perProcess = vision ? 267 * MiB : 228 * MiB;
            what = vision ? msg::derivTorchVisionCpu : msg::derivTorchCpu;
        } else if (fw == Framework::Jax) {
            perProcess = 350 * MiB; // jaxlib CPU import; not measured here, an estimate
            what = msg::derivJaxCpu;
        } else {
            perProcess = 800 * kMB; // `import tensorflow`: ~0.8 GB (hardware-reference.md)
            what = msg::derivTensorflowCpu;
        }
    } else {
        if (torch) {
            // `import torch` of a CUDA 11+ build maps ~1 GB of CUDA libraries (cuDNN,
            // cuBLAS, NCCL kernels) resident per process (hardware-reference.md).
            perProcess = 1000 * kMB;
            what = msg::derivTorchCuda;
        } else if (fw == Framework::Jax) {
            perProcess = 1000 * kMB;
            what = msg::derivJaxCuda;
        } else {
            perProcess = 800 * kMB;
            what = msg::derivTensorflowCuda;
        }
    }
    ctx.host("framework_runtime", satMul(perProcess, processesPerNode), perProcessMessage(Message{what}, processesPerNode));
    if (!gpu)
        return;

    // CUDA context, outside PyTorch's allocator (only nvidia-smi shows it). Without lazy
    // module loading every kernel of the CUDA libraries for the device's architecture is
    // loaded at start: 1343 MiB measured for a 1×1 tensor on a V100 (Hugging Face
    // "Efficient training on a single GPU"). With lazy loading (CUDA ≥ 11.7, on by default
    // from PyTorch 1.13) only the kernels used are loaded: a primary context of about
    // 612 MiB (unsloth issue 9362; PyTorch PR 86509 measured 287 MB before any kernel ran).
    const Version torchVersion = s.run.software.pytorch.value_or(kCurrentPyTorch);
    const Version cudaVersion = s.run.software.cuda.value_or(kCurrentCuda);
    const bool lazy = (torch && torchVersion >= Version{1, 13} && cudaVersion >= Version{11, 7})
                      || cudaVersion >= Version{12, 2}; // lazy is the CUDA default from 12.2
    if (lazy)
        ctx.device("framework_runtime", 612 * MiB,
                   Message{msg::derivCudaContextLazy});
    else
        ctx.device("framework_runtime", 1343 * MiB,
                   Message{msg::derivCudaContextEager});
    // cuBLAS workspace, allocated through the caching allocator (so max_memory_allocated
    // counts it): PyTorch's default CUBLAS_WORKSPACE_CONFIG ":4096:2:16:8" (2 × 4 MiB +
    // 8 × 16 KiB) per handle; on Hopper (sm90) PyTorch ≥ 2.1 takes ":4096:8" (32 MiB), the
    // larger is taken since the device is not known here. cuBLASLt adds its own 1 MiB.
    const bool hopperWorkspace = torchVersion >= Version{2, 1};
    const Bytes cublas = hopperWorkspace ? 32 * MiB + 1 * MiB : 2 * 4 * MiB + 8 * 16 * KiB;
    ctx.device("workspace", cublas,
               Message{hopperWorkspace ? msg::derivCublasHopper : msg::derivCublas});
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
             recomputed > 0 ? Message{msg::derivGlibcRetentionRebuilt,
                                      {MessageArg::ofBytes(churn), MessageArg::ofBytes(recomputed),
                                       MessageArg::ofInteger(tape.recomputedBlocks())}}
                            : Message{msg::derivGlibcRetention, {MessageArg::ofBytes(churn)}});
}

void addNcclBuffers(EngineContext &ctx, int communicators)
{
    if (communicators <= 0)
        return;
    // NCCL allocates its buffers with cudaMalloc, outside PyTorch's allocator: per
    // communicator, per channel and per peer of the ring, one buffer per protocol
    // (NCCL_BUFFSIZE 4 MiB for Simple, ~4.5 MiB LL128, 256 KiB LL). With 16 channels and
    // two ring peers that is 16 × 2 × ~8.8 MiB ≈ 280 MiB; NVLink machines open up to 32
    // channels, so this is a middle figure.
    constexpr Bytes perCommunicator = 16 * 2 * (4 * MiB + 4608 * KiB + 256 * KiB);
    ctx.device("framework_runtime", satMul(perCommunicator, communicators),
               Message{msg::derivNccl, {MessageArg::ofInteger(communicators), MessageArg::ofBytes(perCommunicator)}});
}

Bytes cachingAllocatorSlack(const AllocationPattern &p, Message &text)
{
    // PyTorch's CUDA caching allocator (c10/cuda/CUDACachingAllocator.cpp): requests are
    // rounded to 512 B; those ≤ 1 MiB come from 2 MiB segments (small pool), those up to
    // 10 MiB from 20 MiB segments, larger ones get a segment of their size rounded up to
    // 2 MiB. A free block is split when more than 1 MiB would remain; freed blocks stay
    // reserved. What max_memory_reserved shows beyond max_memory_allocated at the peak:
    //  1. the unused tails of the segments of the large tensors alive at the peak
    //     (computed per tensor size: 2 MiB − size mod 2 MiB, when that is over 1 MiB and
    //     so split off and free; smaller tails stay inside the block and count as allocated);
    //  2. the partly used last segment of each pool (≤ 20 MiB + 2 MiB; half is taken);
    //  3. the block freed just before the peak that the peak's request cannot reuse: the
    //     peak is reached by a request larger than every free block (else no new segment
    //     would be needed), so the largest transient freed before it stays cached.
    Bytes tails = 0;
    std::int64_t large = 0;
    for (const SizeClass &c : p.live) {
        if (c.perSample < 10 * MiB)
            continue;
        // rounded up to 512 B, saturating (an absurd scenario's sizes reach the 64-bit limit)
        const Bytes rounded = c.perSample % 512 == 0 ? c.perSample : satAdd(c.perSample - c.perSample % 512, 512);
        const Bytes tail = (2 * MiB - rounded % (2 * MiB)) % (2 * MiB);
        if (tail > 1 * MiB)
            tails = satAdd(tails, satMul(tail, c.count));
        large = satAdd(large, c.count);
    }
    const Bytes partial = 11 * MiB;
    const Bytes stranded = p.largestTransient;
    text = {msg::derivCachingAllocator, {MessageArg::ofCount(large), MessageArg::ofBytes(tails), MessageArg::ofBytes(partial),
                                         MessageArg::ofBytes(stranded)}};
    return satAdd(satAdd(tails, partial), stranded);
}

void addDeviceFragmentation(EngineContext &ctx, const AllocationPattern &pattern)
{
    Message text;
    const Bytes slack = cachingAllocatorSlack(pattern, text);
    ctx.device("fragmentation", slack, text);
}

} // namespace headroom::dnn
