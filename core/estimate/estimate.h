#pragma once
/// @file estimate.h
/// What the engine computes: host and device breakdowns, candidate fits, warnings.

#include "util/bytes.h"
#include "util/message.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom {

/// One named share of memory with a one-line derivation a person can check.
/// Names are the spec's (`dataset`, `parameters`, `activations`, ...).
struct Component {
    std::string name;
    Bytes bytes = 0;
    std::string derivation;                 ///< in English, as the CLI and JSON show it
    std::vector<Message> derivationParts{}; ///< the same as templates, when any part has one (else empty)
    bool operator==(const Component &) const = default;
};

/// Where a device component lives, which decides what each GPU monitor shows of it.
enum class DevicePool {
    Tensors,          ///< live tensors: counted by torch.cuda.max_memory_allocated
    AllocatorCache,   ///< held by the caching allocator but free: max_memory_reserved − allocated
    OutsideAllocator, ///< CUDA context, kernels, NCCL buffers: only nvidia-smi shows them
};

/// The pool of a device component, by its name: `framework_runtime` (CUDA context,
/// library handles, NCCL communicators) is outside PyTorch's allocator, `fragmentation`
/// is the allocator's free cache, everything else is live tensors.
DevicePool devicePoolOf(const std::string &componentName);

/// Memory of one place (host RAM of one machine, or one device) at its peak.
struct Breakdown {
    Bytes peak = 0;
    std::vector<Component> components;

    /// For a device: what torch.cuda.max_memory_allocated shows at the peak (live tensors).
    [[nodiscard]] Bytes allocatedPeak() const;
    /// For a device: what torch.cuda.max_memory_reserved shows (allocated + the allocator's cache).
    [[nodiscard]] Bytes reservedPeak() const;
    // `peak` is what nvidia-smi shows: reserved + CUDA context, library handles and NCCL buffers.

    /// Bytes of the component of that name (0 when absent).
    [[nodiscard]] Bytes bytesOf(const std::string &name) const;
    [[nodiscard]] const Component *find(const std::string &name) const;
    bool operator==(const Breakdown &) const = default;
};

/// A pitfall or limitation, with a stable code the UI can translate by.
struct Warning {
    std::string code;
    std::string message;
    const char *tmpl = nullptr;       ///< the message's template (scenario/messages.h), for translation
    std::vector<std::string> args{};  ///< what fills in the template
    std::vector<MessageArg> typedArgs{}; ///< the same with their types, when the warning has numbers
    bool operator==(const Warning &other) const { return code == other.code && message == other.message; }
};

/// A candidate machine resolved to bytes (typed in, or from the catalogue).
struct Machine {
    std::string name;
    std::string catalogId; ///< empty when typed into the scenario
    Bytes hostRam = 0;
    std::string gpuModel;
    Bytes gpuMemory = 0;   ///< per device; 0 for a CPU-only machine
    std::int64_t gpuCount = 0;
    std::optional<double> price;
    std::string currency;
    /// Unified memory (Apple silicon): host RAM is one pool for CPU and GPU; gpuMemory is
    /// the part the GPU may use (its default limit, or the user's wired limit).
    bool unifiedMemory = false;
    bool operator==(const Machine &) const = default;
};

/// How well the job fits a machine, or one of its memories.
enum class FitLevel {
    Fits,        ///< fits with the scenario's safety margin (headroom_fraction)
    NoMargin,    ///< fits, but with less than the safety margin
    DoesNotFit,  ///< short of memory, or of GPUs
};

/// Why a candidate fits or not, as a code and a sentence (template + arguments).
struct FitReason {
    enum class Code {
        HostShort,          ///< host RAM below the need
        NoGpu,              ///< a GPU job on a machine without GPUs
        TooFewGpus,         ///< fewer GPUs than the job runs per machine
        DeviceShort,        ///< each GPU below the per-device peak
        HostBelowMargin,    ///< host RAM fits, but below the recommendation
        DeviceBelowMargin,  ///< each GPU fits, but below the recommendation
        ServingShareShort,  ///< a serving engine's share of each GPU (vLLM, SGLang, TGI) below its need
        UnifiedShort,       ///< unified memory (Apple): host and GPU together exceed the one pool
        Fits,               ///< what is left free
    };
    Code code = Code::Fits;
    Message message{};
    bool operator==(const FitReason &) const = default;
};

/// How the job fits one candidate. Every view (gauge, comparison, recommendation,
/// report, CLI) shows this verdict; none works it out again.
struct CandidateFit {
    Machine machine;
    bool hostFits = false;
    std::optional<bool> deviceFits;        ///< nullopt for a CPU job
    Bytes hostFree = 0;                    ///< may be negative: the shortfall
    std::optional<Bytes> deviceFree;       ///< per device; may be negative
    std::optional<std::int64_t> maxBatchSize;      ///< largest batch that fits (null: none, or not applicable)
    std::optional<std::int64_t> maxSamplesInMemory; ///< largest in-memory dataset that fits
    FitLevel level = FitLevel::DoesNotFit;      ///< the verdict: the worse of host and device
    FitLevel hostLevel = FitLevel::DoesNotFit;  ///< host RAM against need and recommendation
    std::optional<FitLevel> deviceLevel;        ///< each GPU (and their number); nullopt for a CPU job
    std::vector<FitReason> reasons;             ///< why: shortfalls, or what is free and any margin missing
    std::string reason;                    ///< the reasons in English, joined by "; "
    // Serving (run.serving); null when not serving or nothing fits.
    std::optional<std::int64_t> maxConcurrentSequences{}; ///< most sequences of the scenario's context that fit
    std::optional<std::int64_t> maxContextTokens{};       ///< longest context per sequence at its concurrency
    std::optional<std::int64_t> maxGpuLayers{};           ///< llama.cpp: most layers on the GPU that fit
    /// Per GPU what the engine holds on this machine whatever the load, as nvidia-smi shows
    /// it (vLLM, SGLang, TGI): its share, gpu_memory_utilization (mem_fraction_static,
    /// cuda_memory_fraction) × the GPU's total as CUDA reports it (torch.cuda.mem_get_info,
    /// the machine's gpuMemory: the catalogue's usable_bytes, not nvidia-smi's larger
    /// total); the share includes the non-torch memory. The estimate's device figures
    /// (allocated / reserved / nvidia-smi peak) count the KV blocks the load occupies.
    std::optional<Bytes> reservedBytes{};
    std::optional<std::int64_t> kvCacheTokens{};          ///< tokens the engine's KV cache holds on this machine
    bool operator==(const CandidateFit &) const = default;
};

/// What to buy: the need, the need with headroom, and the next size on sale.
struct Recommendation {
    Bytes hostMinimum = 0;        ///< peak + OS reserve + other processes
    Bytes hostRecommended = 0;    ///< hostMinimum × (1 + headroom_fraction)
    Bytes hostPurchasable = 0;    ///< the next common RAM total ≥ hostRecommended
    Bytes deviceMinimum = 0;      ///< per-device peak (0 for a CPU job)
    Bytes deviceRecommended = 0;  ///< × (1 + headroom_fraction)
    Bytes devicePurchasable = 0;  ///< the next common GPU memory size, 0 when none is large enough
    bool operator==(const Recommendation &) const = default;
};

/// What a serving engine's KV cache is made of (run.serving), for capacity figures.
struct ServingFigures {
    Bytes blockBytes = 0;               ///< one KV block (block_size tokens) on one GPU
    std::int64_t blockTokens = 1;       ///< tokens per block
    std::int64_t contextTokens = 0;     ///< per sequence
    std::int64_t sequences = 0;         ///< concurrent sequences
    std::int64_t layers = 0;            ///< llama.cpp: transformer layers (n_gpu_layers up to layers + 1)
    Bytes reservedStatic = 0;           ///< SGLang: bytes inside mem_fraction_static (weights, context, KV pool)
    bool operator==(const ServingFigures &) const = default;
};

struct Estimate {
    Breakdown host;                    ///< one machine's RAM: every process of the job on it
    std::optional<Breakdown> device;   ///< the busiest device; nullopt for a CPU job
    std::int64_t devices = 0;          ///< devices in the job (0 for a CPU job)
    std::int64_t parameters = 0;       ///< the network's parameters (0: not a deep-learning model)
    std::int64_t activeParameters = 0; ///< those one token runs through (a mixture of experts: fewer)
    Recommendation recommendation;
    std::vector<CandidateFit> candidates;
    std::vector<Warning> warnings;
    std::optional<ServingFigures> serving{}; ///< set for run.serving
    bool operator==(const Estimate &) const = default;
};

/// Adds a component (skipped when zero bytes, unless keepZero) and updates the peak.
void addComponent(Breakdown &b, std::string name, Bytes bytes, std::string derivation, bool keepZero = false);
/// The same with a derivation that the user interface can translate.
void addComponent(Breakdown &b, std::string name, Bytes bytes, Message derivation, bool keepZero = false);

} // namespace headroom
