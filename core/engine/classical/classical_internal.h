#pragma once
// Shared pieces of the classical-estimator engine (scikit-learn, XGBoost, LightGBM):
// the fitted job's shape, parameter access, and the "parts alive at the peak" helpers.
// Internal to core/engine/classical; nothing outside this folder includes it.

#include "engine/context.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace headroom::classical {

/// One share of memory alive at a moment of the fit, with its derivation.
struct Part {
    std::string name; ///< spec component name: workspace, model_structure, preprocessing_copies, ...
    Bytes bytes = 0;
    Message derivation;
};

/// The memory of one phase of a fit (validation, binning, training, ...): all parts
/// alive together at that phase's high point.
struct Phase {
    Message label;
    std::vector<Part> parts;
    [[nodiscard]] Bytes total() const;
    void add(std::string name, Bytes bytes, Message derivation)
    {
        if (bytes > 0)
            parts.push_back(Part{std::move(name), bytes, std::move(derivation)});
    }
};

/// The phase with the most memory: the peak of the fit. Ties go to the later phase.
const Phase &peakPhase(const std::vector<Phase> &phases);

/// Adds the peak phase's parts to the host breakdown; the phase label is appended to
/// each derivation so a reader sees when in the fit that memory is alive.
void addPeakToHost(EngineContext &ctx, const std::vector<Phase> &phases);

/// Constructor arguments as Python would see them (JSON null = None); a missing key or a
/// value of an unexpected type gives the library's default.
class Params {
public:
    explicit Params(const nlohmann::ordered_json &j) : m_j(j) {}
    [[nodiscard]] bool has(const char *key) const;
    [[nodiscard]] bool isNull(const char *key) const;
    [[nodiscard]] std::int64_t integer(const char *key, std::int64_t fallback) const;
    /// An integer parameter whose None means "no limit" (max_depth, max_leaf_nodes).
    [[nodiscard]] std::optional<std::int64_t> limit(const char *key, std::optional<std::int64_t> fallback) const;
    [[nodiscard]] double number(const char *key, double fallback) const;
    [[nodiscard]] std::string text(const char *key, const std::string &fallback) const;
    [[nodiscard]] bool flag(const char *key, bool fallback) const;
    [[nodiscard]] const nlohmann::ordered_json *raw(const char *key) const;

private:
    const nlohmann::ordered_json &m_j;
};

/// The shape of the fit's input as the estimator sees it.
struct Job {
    const Scenario &s;
    Params params;
    std::int64_t n = 1;      ///< samples
    std::int64_t f = 1;      ///< features (values per sample, flattened)
    int xSize = 4;           ///< bytes of one stored value
    bool csr = false;
    std::int64_t nnz = 0;    ///< stored values (n·f when dense)
    int indexSize = 4;       ///< CSR index bytes
    bool hasTargets = false;
    int targetSize = 8;
    bool classifier = false; ///< the estimator's name says it classifies

    explicit Job(const Scenario &scenario);
    /// Bytes of the input converted to a dense array of `elem`-byte values.
    [[nodiscard]] Bytes dense(int elem) const { return satMul(n, f, elem); }
    /// Bytes of a CSR/CSC copy with `elem`-byte values and `idx`-byte indices over `ptrs` pointers.
    [[nodiscard]] Bytes compressed(int elem, int idx, std::int64_t ptrs) const
    {
        return satAdd(satMul(nnz, elem + idx), satMul(ptrs + 1, idx));
    }
    /// Bytes of the stored input (as data::datasetBytes).
    [[nodiscard]] Bytes stored() const;
    /// "1,000,000 × 50 float64" for derivations.
    [[nodiscard]] Message shape(int elem) const;
    /// Whether the stored dtype is float32 / float64.
    [[nodiscard]] bool isF32() const { return s.dataset.dtype == DType::Float32; }
    [[nodiscard]] bool isF64() const { return s.dataset.dtype == DType::Float64; }
    /// n-long vectors of `elem`-byte values ("k × n × 8 B").
    [[nodiscard]] Bytes vectors(double k, int elem) const;
};

/// "k × 1,000,000 × 8 B" style text.
Message vecText(double k, std::int64_t n, int elem);

/// Classes a classifier is assumed to have: the targets say only their dtype; a bool
/// target has 2; otherwise 2 as well (binary), stated in the derivations.
inline constexpr std::int64_t kAssumedClasses = 2;

/// The transient of scikit-learn's label encoding, np.unique(y, return_inverse=True):
/// a flattened copy, the argsort permutation, the sorted copy, the cumulative-sum index
/// and the inverse, each n × 8 B (NumPy 1.24 _unique1d), plus a bool mask.
Bytes labelEncodingBytes(std::int64_t n);
Message labelEncodingText(std::int64_t n);

using A = MessageArg;

// Estimator families. Each adds the fit's own memory (runtime excluded) and returns
// false when it does not know the estimator.
bool addLinear(EngineContext &ctx, const Job &job);
bool addTrees(EngineContext &ctx, const Job &job);
bool addHistGradientBoosting(EngineContext &ctx, const Job &job);
bool addNeighboursSvm(EngineContext &ctx, const Job &job);
bool addClusterDecomposition(EngineContext &ctx, const Job &job);
void addXgboost(EngineContext &ctx, const Job &job);
void addLightgbm(EngineContext &ctx, const Job &job);

/// framework_runtime: the library's import footprint in host RAM.
void addRuntime(EngineContext &ctx, const Job &job);
/// The pitfalls worth a warning about the data's layout (dense layout of sparse data).
void addDataWarnings(EngineContext &ctx, const Job &job);
/// float64 data where float32 would lower the peak (call last: compares whole estimates).
void addFloat64Warning(EngineContext &ctx, const Job &job);

} // namespace headroom::classical
