#pragma once
// What the framework itself costs, per process and per device, and what allocators keep.

#include "engine/context.h"
#include "engine/dnn/activations.h"
#include "engine/dnn/tape.h"

#include <vector>

namespace headroom::dnn {

/// framework_runtime on the host (per process × processes on the machine), and on
/// each device the CUDA context and cuBLAS workspace.
void addRuntime(EngineContext &ctx, bool vision, std::int64_t processesPerNode);

struct RetentionInputs {
    bool training = true;
    double trainableFraction = 1.0;  ///< of the parameters (frozen layers, LoRA)
};

/// glibc's retention on a CPU run (see runtime.cpp): the `fragmentation` component.
void addHostAllocatorRetention(EngineContext &ctx, const Tape &tape, std::int64_t batch, const ActivationPeak &peak,
                               const RetentionInputs &in);

/// The tensors on a device at its peak, as the caching allocator sees them.
struct AllocationPattern {
    std::vector<SizeClass> live;   ///< activations alive at the peak: sizes (whole tensors, bytes) and how many
    std::vector<SizeClass> states; ///< the model states (weights, gradients, optimizer states), the same way
    Bytes largestTransient = 0;    ///< the largest temporary freed before the peak
};

/// Reserved − allocated of PyTorch's CUDA caching allocator for that pattern (see
/// runtime.cpp); `text` gets the derivation.
Bytes cachingAllocatorSlack(const AllocationPattern &pattern, Message &text);

/// The CUDA caching allocator's reserved-but-unallocated memory on a device.
void addDeviceFragmentation(EngineContext &ctx, const AllocationPattern &pattern);

/// NCCL's buffers (outside PyTorch's allocator) for `communicators` process groups.
void addNcclBuffers(EngineContext &ctx, int communicators);

} // namespace headroom::dnn
