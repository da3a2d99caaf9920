#include "engine/dnn/runtime.h"

#include <algorithm>
#include <array>
#include <cmath>

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
    Message text{hopperWorkspace ? msg::derivCublasHopper : msg::derivCublas};
    // PyTorch keeps one workspace per cuBLAS handle and stream (CublasHandlePool.cpp), and
    // handles are per thread: training's backward runs on the autograd engine's device
    // thread, whose handle gets a workspace of its own (pytorch issue 95668 shows one
    // left allocated after a forward alone).
    const bool backwardThread = s.run.task == Task::Train;
    if (backwardThread)
        text = {msg::derivCublasBackwardThread, {MessageArg::ofMessage(text)}};
    ctx.device("workspace", backwardThread ? satMul(cublas, 2) : cublas, text);
    if (fw == Framework::TensorFlow || fw == Framework::Keras)
        ctx.warn("tf_preallocation", msg::tfPreallocation);
    if (fw == Framework::Jax)
        ctx.warn("jax_preallocation", msg::jaxPreallocation);
}

namespace {

/// glibc serves blocks of 128 KiB–32 MiB from the heap once its mmap threshold has risen
/// (see addHostAllocatorRetention).
bool heapBlock(Bytes block) { return block >= 128 * KiB && block < 32 * MiB; }

/// Bytes of the heap blocks among per-sample size classes, at `batch` samples.
Bytes heapBytes(const SizeClasses &classes, std::int64_t batch)
{
    Bytes total = 0;
    for (int i = 0; i < classes.size(); ++i) {
        const Bytes block = satMul(classes[i].perSample, batch);
        if (heapBlock(block))
            total = satAdd(total, satMul(block, classes[i].count));
    }
    return total;
}

/// Size classes (bytes, how many) kept in a fixed array, sorted by size. It holds every
/// class a tape can give (64 saved sizes, 64 gradient sizes, 256 layers); only the holes'
/// remainders can fill it.
class BlockSet {
public:
    static constexpr int kCapacity = 512;
    [[nodiscard]] int size() const { return m_n; }
    [[nodiscard]] SizeClass &operator[](int i) { return m_items[static_cast<std::size_t>(i)]; }
    [[nodiscard]] const SizeClass &operator[](int i) const { return m_items[static_cast<std::size_t>(i)]; }
    /// The first class of at least `bytes`, or size().
    [[nodiscard]] int lowerBound(Bytes bytes) const
    {
        const auto *first = m_items.data();
        return static_cast<int>(std::lower_bound(first, first + m_n, bytes,
                                                 [](const SizeClass &c, Bytes b) { return c.perSample < b; })
                                - first);
    }
    /// Adds `count` blocks of `bytes`; a full set drops them (only holes' remainders can
    /// arrive then, and a lost hole errs high).
    void add(Bytes bytes, std::int64_t count)
    {
        if (count <= 0)
            return;
        const int i = lowerBound(bytes);
        if (i < m_n && m_items[static_cast<std::size_t>(i)].perSample == bytes) {
            m_items[static_cast<std::size_t>(i)].count = satAdd(m_items[static_cast<std::size_t>(i)].count, count);
            return;
        }
        if (m_n == kCapacity)
            return;
        std::copy_backward(m_items.begin() + i, m_items.begin() + m_n, m_items.begin() + m_n + 1);
        m_items[static_cast<std::size_t>(i)] = {bytes, count};
        ++m_n;
    }
    void erase(int i)
    {
        std::copy(m_items.begin() + i + 1, m_items.begin() + m_n, m_items.begin() + i);
        --m_n;
    }

private:
    std::array<SizeClass, kCapacity> m_items{};
    int m_n = 0;
};

/// One step frees `blocks` on the heap, and the next step asks for the same blocks again.
/// PyTorch's CPU allocator calls posix_memalign(64, n) (c10/core/impl/alloc_cpu.cpp), for
/// which glibc's _int_memalign asks for the chunk plus alignment plus its minimum chunk:
/// 96 bytes more than a freed block of that size holds. So a hole takes only smaller
/// requests, best fit (the smallest hole that fits), and what remains of it stays a hole.
/// Places the requests largest first and returns the bytes of those no hole fits: what the
/// heap grows by, each step's own blocks staying resident beside them. Bounded to a fixed
/// number of placements; a request still open then counts as unfit.
Bytes unfitRequests(const BlockSet &blocks)
{
    constexpr Bytes kMemalignSlack = 64 + 32;
    constexpr int kMaxPlacements = 2048;
    BlockSet holes = blocks;
    Bytes unfit = 0;
    int placements = 0;
    for (int r = blocks.size() - 1; r >= 0; --r) {
        const SizeClass request = blocks[r];
        std::int64_t open = request.count;
        while (open > 0 && placements++ < kMaxPlacements) {
            const int h = holes.lowerBound(satAdd(request.perSample, kMemalignSlack));
            if (h == holes.size())
                break;
            const std::int64_t placed = std::min(open, holes[h].count);
            const Bytes rest = holes[h].perSample - request.perSample;
            if ((holes[h].count -= placed) == 0)
                holes.erase(h);
            if (heapBlock(rest))
                holes.add(rest, placed);
            open -= placed;
        }
        unfit = satAdd(unfit, satMul(request.perSample, open));
    }
    return unfit;
}

} // namespace

void addHostAllocatorRetention(EngineContext &ctx, const Tape &tape, std::int64_t batch, const ActivationPeak &peak,
                               const RetentionInputs &in)
{
    // glibc malloc serves blocks above its mmap threshold (128 KiB at start) with mmap
    // and returns them on free; each time such a block is freed the threshold rises to
    // its size, up to 32 MiB. From the first freed activation on, blocks of
    // 128 KiB–32 MiB come from the heap, and what is freed there stays resident
    // (calibration README, "Allocator"). Blocks of 32 MiB and more (with malloc's header)
    // stay mmapped and are returned; blocks under 128 KiB are heap blocks in either case.
    const SizeClasses &savedClasses = tape.savedClasses();
    if (!in.training) {
        // No autograd: only the live set churns, and inference repeats one batch's
        // allocations batch after batch, in the same sizes, none of which fits the hole
        // of its predecessor (unfitRequests): each batch's blocks go beside the previous
        // batch's holes (seen in a malloc trace of the harness), and the live set's heap
        // blocks are resident once more. The three inference cases of the calibration set
        // retain 48, 77 and 74 MiB (MLP, transformer, ResNet-50: default-malloc minus
        // fixed-threshold peaks, results-fixed-mmap.json); this gives 48, 72 and 96.
        const Bytes saved = std::min(heapBytes(savedClasses, batch), peak.bytes);
        const Bytes temps = heapBlock(peak.largestTensor) ? satMul(peak.largestTensor, 2) : 0;
        ctx.host("fragmentation", satAdd(saved, temps / 2),
                 Message{msg::derivGlibcRetentionInference, {MessageArg::ofBytes(saved), MessageArg::ofBytes(temps)}});
        return;
    }
    // A training step frees its saved activations, its parameters' gradients (zero_grad)
    // and the gradients the backward passes from layer to layer; the next step asks
    // for all of them again. The blocks no hole of the step before fits are the heap's
    // growth. Default-malloc peaks minus fixed-threshold peaks (results-fixed-mmap.json)
    // range from 88 MiB for EfficientNet-B0 (many sizes, each fitting a larger one's hole;
    // 665 MiB freed per step) to 157 MiB for the tanh MLP (nearly all one size; 113 MiB
    // freed); this rule gives 165 and 108 MiB.
    BlockSet blocks;
    Bytes freed = 0;
    auto addBlocks = [&](Bytes block, std::int64_t count) {
        if (heapBlock(block) && count > 0) {
            blocks.add(block, count);
            freed = satAdd(freed, satMul(block, count));
        }
    };
    for (int i = 0; i < savedClasses.size(); ++i)
        addBlocks(satMul(savedClasses[i].perSample, batch), savedClasses[i].count);
    const SizeClasses &grads = tape.gradientClasses();
    for (int i = 0; i < grads.size(); ++i) // frozen parameters (LoRA, frozen layers) make none
        addBlocks(grads[i].perSample, std::llround(static_cast<double>(grads[i].count) * in.trainableFraction));
    // A layer's backward makes the gradient of its input while the gradient of its output,
    // made by the layer above, is alive; the latter is freed next to the block the layer
    // above freed, and the two holes merge into one that takes the next layer's gradient.
    // So along a run of layers with gradients of one size, the first makes all its copies
    // and each one after it one fewer.
    Bytes previous = 0;
    for (int i = 0; i < tape.layerCount(); ++i) {
        const TapeLayer &layer = tape.layer(i);
        const Bytes block = satMul(layer.transient, batch);
        const std::int64_t fewer = satMul(layer.repeat, layer.transientCopies - 1);
        addBlocks(block, block == previous ? fewer : satAdd(fewer, 1));
        previous = heapBlock(block) ? block : 0;
    }
    const Bytes unfit = unfitRequests(blocks);

    // Checkpointed blocks are rebuilt one after another during backward, each between
    // long-lived gradient blocks, so each block's rebuilt heap blocks stay resident (the
    // GQA selective-checkpointing case, measured after this was written, agrees within
    // its repeat spread).
    const Bytes recomputed = satMul(heapBytes(tape.recomputeClasses(), batch), std::max<std::int64_t>(1, tape.recomputedBlocks()));
    ctx.host("fragmentation", satAdd(unfit, recomputed),
             recomputed > 0 ? Message{msg::derivGlibcRetentionRebuilt,
                                      {MessageArg::ofBytes(unfit), MessageArg::ofBytes(freed), MessageArg::ofBytes(recomputed),
                                       MessageArg::ofInteger(tape.recomputedBlocks())}}
                            : Message{msg::derivGlibcRetention, {MessageArg::ofBytes(unfit), MessageArg::ofBytes(freed)}});
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

namespace {

/// Requests of more than 1 MiB and less than 10 MiB share 20 MiB segments of the large
/// pool (kLargeBuffer): the allocator takes the smallest cached free block that fits
/// (best fit) and splits off the rest when more than 1 MiB remains, else opens a new
/// segment. Placed largest first, the tensors of this pattern leave holes no request of
/// theirs fits (two 8 MiB tensors leave 4 MiB of each segment; 2 MiB tensors fill them
/// exactly). Returns the bytes of those holes but the largest, with how many of these
/// tensors there are.
Bytes mediumSegmentHoles(const std::vector<SizeClass> &live, std::int64_t &count)
{
    constexpr Bytes kSegment = 20 * MiB;
    std::vector<SizeClass> medium;
    count = 0;
    for (const SizeClass &c : live) {
        if (c.perSample <= 1 * MiB || c.perSample >= 10 * MiB || c.count <= 0)
            continue;
        const Bytes rounded = c.perSample % 512 == 0 ? c.perSample : c.perSample - c.perSample % 512 + 512;
        medium.push_back({rounded, c.count});
        count = satAdd(count, c.count);
    }
    std::sort(medium.begin(), medium.end(), [](const SizeClass &a, const SizeClass &b) { return a.perSample > b.perSample; });
    // Free holes by size (few distinct sizes: each class leaves at most two).
    std::vector<SizeClass> holes;
    auto addHoles = [&holes](Bytes size, std::int64_t n) {
        if (n <= 0 || size <= 0)
            return;
        for (SizeClass &h : holes)
            if (h.perSample == size) {
                h.count = satAdd(h.count, n);
                return;
            }
        holes.push_back({size, n});
    };
    for (const SizeClass &c : medium) {
        const Bytes x = c.perSample;
        std::int64_t left = c.count;
        // Best fit: the smallest holes that take this size first.
        std::sort(holes.begin(), holes.end(), [](const SizeClass &a, const SizeClass &b) { return a.perSample < b.perSample; });
        std::vector<SizeClass> fresh;
        for (SizeClass &h : holes) {
            if (left == 0 || h.perSample < x)
                continue;
            const std::int64_t perHole = h.perSample / x;
            const std::int64_t used = std::min(h.count, ceilDiv(left, perHole));
            const std::int64_t placed = std::min(left, satMul(used, perHole));
            left -= placed;
            h.count -= used;
            // What stays free of the holes used (the last one may take fewer tensors).
            const std::int64_t fullHoles = placed / perHole, lastTaken = placed % perHole;
            fresh.push_back({h.perSample - perHole * x, fullHoles});
            if (lastTaken > 0)
                fresh.push_back({h.perSample - lastTaken * x, 1});
        }
        if (left > 0) {
            const std::int64_t perSegment = kSegment / x;
            const std::int64_t segments = ceilDiv(left, perSegment);
            const std::int64_t lastTaken = left - (segments - 1) * perSegment;
            fresh.push_back({kSegment - perSegment * x, segments - 1});
            fresh.push_back({kSegment - lastTaken * x, 1});
        }
        for (const SizeClass &f : fresh)
            addHoles(f.perSample, f.count);
    }
    // The largest hole is taken as the pool's open segment, which later requests use
    // (the half-used last segment counted apart).
    Bytes free = 0, largest = 0;
    for (const SizeClass &h : holes) {
        free = satAdd(free, satMul(h.perSample, h.count));
        if (h.count > 0)
            largest = std::max(largest, h.perSample);
    }
    return satSub(free, largest);
}

} // namespace

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
    //  2. the holes left in the 20 MiB segments that requests of 1–10 MiB share
    //     (mediumSegmentHoles), the activations' and the model states' apart;
    //  3. the partly used last segment of each pool (≤ 20 MiB + 2 MiB; half is taken);
    //  4. the block freed just before the peak that the peak's request cannot reuse: the
    //     peak is reached by a request larger than every free block (else no new segment
    //     would be needed), so the largest transient freed before it stays cached.
    Bytes tails = 0;
    std::int64_t large = 0;
    for (const std::vector<SizeClass> *group : {&p.live, &p.states}) {
        for (const SizeClass &c : *group) {
            if (c.perSample < 10 * MiB)
                continue;
            // rounded up to 512 B, saturating (an absurd scenario's sizes reach the 64-bit limit)
            const Bytes rounded = c.perSample % 512 == 0 ? c.perSample : satAdd(c.perSample - c.perSample % 512, 512);
            const Bytes tail = (2 * MiB - rounded % (2 * MiB)) % (2 * MiB);
            if (tail > 1 * MiB)
                tails = satAdd(tails, satMul(tail, c.count));
            large = satAdd(large, c.count);
        }
    }
    // The model states are made at load and at the first step, the activations anew in
    // every forward pass: neither fills the other's holes (the next step's activations
    // find the states where the last step's activations were freed).
    std::int64_t mediumCount = 0, mediumStates = 0;
    const Bytes holes = satAdd(mediumSegmentHoles(p.live, mediumCount), mediumSegmentHoles(p.states, mediumStates));
    mediumCount = satAdd(mediumCount, mediumStates);
    const Bytes partial = 11 * MiB;
    const Bytes stranded = p.largestTransient;
    if (holes > 0)
        text = {msg::derivCachingAllocatorHoles,
                {MessageArg::ofCount(large), MessageArg::ofBytes(tails), MessageArg::ofCount(mediumCount), MessageArg::ofBytes(holes),
                 MessageArg::ofBytes(partial), MessageArg::ofBytes(stranded)}};
    else
        text = {msg::derivCachingAllocator, {MessageArg::ofCount(large), MessageArg::ofBytes(tails), MessageArg::ofBytes(partial),
                                             MessageArg::ofBytes(stranded)}};
    return satAdd(satAdd(satAdd(tails, holes), partial), stranded);
}

void addDeviceFragmentation(EngineContext &ctx, const AllocationPattern &pattern)
{
    Message text;
    const Bytes slack = cachingAllocatorSlack(pattern, text);
    ctx.device("fragmentation", slack, text);
}

} // namespace headroom::dnn
