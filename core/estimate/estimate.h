#pragma once
/// @file estimate.h
/// What the engine computes: host and device breakdowns, candidate fits, warnings.

#include "util/bytes.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom {

/// One named share of memory with a one-line derivation a person can check.
/// Names are the spec's (`dataset`, `parameters`, `activations`, ...).
struct Component {
    std::string name;
    Bytes bytes = 0;
    std::string derivation;
    bool operator==(const Component &) const = default;
};

/// Memory of one place (host RAM of one machine, or one device) at its peak.
struct Breakdown {
    Bytes peak = 0;
    std::vector<Component> components;

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

/// How the job fits one candidate.
struct CandidateFit {
    Machine machine;
    bool hostFits = false;
    std::optional<bool> deviceFits;        ///< nullopt for a CPU job
    Bytes hostFree = 0;                    ///< may be negative: the shortfall
    std::optional<Bytes> deviceFree;       ///< per device; may be negative
    std::optional<std::int64_t> maxBatchSize;      ///< largest batch that fits (null: none, or not applicable)
    std::optional<std::int64_t> maxSamplesInMemory; ///< largest in-memory dataset that fits
    // Serving (run.serving); null when not serving or nothing fits.
    std::optional<std::int64_t> maxConcurrentSequences{}; ///< most sequences of the scenario's context that fit
    std::optional<std::int64_t> maxContextTokens{};       ///< longest context per sequence at its concurrency
    std::optional<std::int64_t> maxGpuLayers{};           ///< llama.cpp: most layers on the GPU that fit
    std::optional<Bytes> reservedBytes{};                 ///< per GPU the engine takes at start-up (vLLM, SGLang, TGI)
    std::optional<std::int64_t> kvCacheTokens{};          ///< tokens the engine's KV cache holds on this machine
    std::string reason;                    ///< one sentence: why it fits or not
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
    Recommendation recommendation;
    std::vector<CandidateFit> candidates;
    std::vector<Warning> warnings;
    std::optional<ServingFigures> serving{}; ///< set for run.serving
    bool operator==(const Estimate &) const = default;
};

/// Adds a component (skipped when zero bytes, unless keepZero) and updates the peak.
void addComponent(Breakdown &b, std::string name, Bytes bytes, std::string derivation, bool keepZero = false);

} // namespace headroom
