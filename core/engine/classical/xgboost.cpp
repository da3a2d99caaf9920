// XGBoost 1.7 through its scikit-learn API (XGBClassifier, XGBRegressor).
//
// The wrapper builds a QuantileDMatrix for tree_method hist/gpu_hist (sklearn.py
// _create_dmatrix) and a DMatrix otherwise; tree_method "auto" (the 1.7 default) means
// exact below 2^22 rows and approx above (gbtree.cc). Sizes follow the 1.7.4 sources:
// - DMatrix (SimpleDMatrix): a SparsePage of Entry{uint32 index, float value}, 8 B per
//   stored value, + (rows + 1) × 8 B offsets; exact adds a sorted column-major copy.
// - GHistIndexMatrix (the QuantileDMatrix's content): a bin index per value, compressed to
//   1/2/4 B for dense data by the largest bin count of a feature, uint32 for sparse data;
//   row pointers (rows + 1) × 8 B; hit counts per bin and per thread.
// - ColumnMatrix (built with it, hist and approx): the same bins column-wise, a row index
//   (8 B) per value of sparse columns (< 20 % filled), and a missing flag (1 B) per value.
// - Histograms: GradientPairPrecise (16 B) per bin for every node whose children are
//   still split (2^max_depth − 1 depth-wise), kept across trees, plus one per extra thread.
// - Per row: gradient pair (8 B), prediction cache (4 B), label (4 B), row partition
//   (8 B index + 16 B left/right block buffers).

#include "engine/classical/classical_internal.h"

#include <algorithm>
#include <cmath>

namespace headroom::classical {
namespace {

struct XgbSetup {
    std::string method;  ///< hist, approx, exact
    bool gpu = false;
    bool quantile = false; ///< QuantileDMatrix (hist via the sklearn API)
    std::int64_t maxBin = 256;
    std::int64_t depth = 6;
    std::int64_t maxLeaves = 0;
    std::int64_t trees = 100;
    std::int64_t threads = 1;
    bool lossguide = false;
};

XgbSetup setup(const Job &job)
{
    const Params &p = job.params;
    XgbSetup x;
    x.method = p.text("tree_method", "auto");
    const std::string device = p.text("device", "cpu");
    if (x.method == "gpu_hist" || device.rfind("cuda", 0) == 0 || device.rfind("gpu", 0) == 0 || job.s.device() == Device::Gpu) {
        x.gpu = true;
        x.method = "hist";
    }
    if (x.method == "auto")
        x.method = job.n >= (std::int64_t{4} << 20) ? "approx" : "exact";
    x.quantile = x.method == "hist";
    x.maxBin = std::max<std::int64_t>(2, p.integer("max_bin", 256));
    x.depth = std::max<std::int64_t>(0, p.integer("max_depth", 6));
    x.maxLeaves = std::max<std::int64_t>(0, p.integer("max_leaves", 0));
    x.lossguide = p.text("grow_policy", "depthwise") == "lossguide";
    x.trees = std::max<std::int64_t>(1, p.integer("n_estimators", 100));
    x.threads = p.isNull("n_jobs") || !p.has("n_jobs") ? 1 : std::max<std::int64_t>(1, p.integer("n_jobs", 1));
    return x;
}

/// Distinct values a feature can hold: a byte type has at most 256, floats one per row.
std::int64_t distinctValues(const Job &job)
{
    std::int64_t distinct = std::max<std::int64_t>(1, job.nnz / job.f);
    switch (job.s.dataset.dtype) {
    case DType::Bool: return std::min<std::int64_t>(distinct, 2);
    case DType::Int8: case DType::UInt8: return std::min<std::int64_t>(distinct, 256);
    case DType::Int16: case DType::Float16: case DType::BFloat16: return std::min<std::int64_t>(distinct, 65536);
    default: return distinct;
    }
}

/// Bins a feature can have: max_bin, fewer when the feature has fewer distinct values.
std::int64_t binsPerFeature(const Job &job, const XgbSetup &x) { return std::clamp<std::int64_t>(distinctValues(job), 1, x.maxBin); }

/// Nodes whose children get a histogram: depth-wise every node above the last level.
std::int64_t histogramNodes(const XgbSetup &x)
{
    if (x.maxLeaves > 0 || x.lossguide || x.depth == 0) {
        const std::int64_t leaves = x.maxLeaves > 0 ? x.maxLeaves : (std::int64_t{1} << std::min<std::int64_t>(x.depth == 0 ? 16 : x.depth, 30));
        return std::max<std::int64_t>(1, 2 * leaves - 1);
    }
    return (std::int64_t{1} << std::min<std::int64_t>(x.depth, 30)) - 1;
}

/// One feature's weighted quantile sketch (common/quantile.h WQuantileSketch, 1.7.4):
/// eps = 1 / (bins × kFactor 8); LimitSizeLevel picks levels L and limit = ⌈L/eps⌉ + 1
/// with 2^L × limit ≥ values. HostSketchContainer sizes the input queue to 2 × limit
/// (value, weight) floats; once it overflows, a temporary summary (2 × limit entries of
/// 16 B) and level summaries (limit entries per level) follow; the merged summary keeps
/// up to 8 × bins entries. Their entries have empty constructors, so only what is written
/// becomes resident: the queue, and summaries no longer than the distinct values.
struct Sketch {
    std::int64_t limit = 1;
    int levels = 1;
    Bytes perFeature = 0; ///< resident bytes of one feature's sketch
    Bytes heapBytes = 0;  ///< the part written into blocks below glibc's 128 KiB mmap threshold
};

Sketch sketchSize(const Job &job, const XgbSetup &x, std::int64_t distinct)
{
    Sketch sk;
    const std::int64_t values = std::max<std::int64_t>(1, job.nnz / job.f);
    const double eps = 1.0 / (static_cast<double>(std::min(x.maxBin, values)) * 8.0);
    for (sk.levels = 1; sk.levels < 40; ++sk.levels) {
        sk.limit = std::min<std::int64_t>(values, static_cast<std::int64_t>(std::ceil(sk.levels / eps)) + 1);
        if (std::ldexp(static_cast<double>(sk.limit), sk.levels) >= static_cast<double>(values))
            break;
    }
    const std::int64_t queue = std::min(values, 2 * sk.limit);
    const std::int64_t kept = std::min(distinct, values);
    const bool overflows = values > 2 * sk.limit;
    const int levelsUsed = overflows ? std::min(sk.levels, static_cast<int>(std::ceil(std::log2(static_cast<double>(values) / static_cast<double>(2 * sk.limit)))) + 1) : 0;
    constexpr Bytes kMmapThreshold = 128 * KiB;
    auto block = [&](Bytes capacity, Bytes written) {
        sk.perFeature = satAdd(sk.perFeature, written);
        if (capacity < kMmapThreshold)
            sk.heapBytes = satAdd(sk.heapBytes, written);
    };
    block(2 * sk.limit * 8, queue * 8);
    if (overflows) {
        block(2 * sk.limit * 16, std::min(kept, 2 * sk.limit) * 16);
        block(sk.limit * (levelsUsed + 1) * 16, std::min(kept, sk.limit) * levelsUsed * 16);
    }
    const std::int64_t merged = std::min(kept, 8 * std::min(x.maxBin, values));
    block(merged * 16, merged * 16);
    return sk;
}

int binTypeSize(std::int64_t bins) { return bins <= 256 ? 1 : bins <= 65536 ? 2 : 4; }

void addGpu(EngineContext &ctx, const Job &job, std::int64_t totalBins, std::int64_t histNodes, Bytes booster)
{
    // CUDA context, cuBLAS-free xgboost kernels and RMM/thrust pools: a few hundred MiB
    // before any data (typical of CUDA 11/12 on current drivers).
    ctx.device("framework_runtime", 400 * MiB, Message{msg::derivXgbCudaContext});
    const std::int64_t rowStride = job.csr ? std::max<std::int64_t>(1, job.nnz / job.n) : job.f;
    const int bits = static_cast<int>(std::ceil(std::log2(static_cast<double>(totalBins + 1))));
    ctx.device("dataset", toBytes(static_cast<double>(job.n) * static_cast<double>(rowStride) * bits / 8.0),
               Message{msg::derivEllpack, {A::ofCount(job.n), A::ofCount(rowStride), A::ofInteger(bits)}});
    ctx.device("workspace", satMul(job.n, 8 + 4 + 4 + 12),
               Message{msg::derivXgbGpuRowState, {A::ofCount(job.n)}});
    ctx.device("workspace", satMul(std::min<std::int64_t>(histNodes, 4096), totalBins, 16),
               Message{msg::derivXgbGpuHistograms, {A::ofCount(histNodes), A::ofCount(totalBins)}});
    ctx.device("model_structure", booster, Message{msg::derivBoosterDevice});
}

} // namespace

void addXgboost(EngineContext &ctx, const Job &job)
{
    const XgbSetup x = setup(job);
    const std::int64_t bins = binsPerFeature(job, x);
    const std::int64_t totalBins = satMul(bins, job.f);
    const std::int64_t histNodes = histogramNodes(x);
    const std::int64_t nodesPerTree = x.maxLeaves > 0 ? 2 * x.maxLeaves - 1 : (std::int64_t{2} << std::min<std::int64_t>(x.depth, 30)) - 1;
    // RegTree: Node (20 B) + RTreeNodeStat (16 B) per node; binary/regression: one tree per round.
    const Bytes booster = satMul(x.trees, nodesPerTree, 36);
    const std::string methodText = x.gpu ? "gpu_hist" : x.method;

    std::vector<Phase> phases;
    Phase train{{msg::derivPhaseBoostingMethod, {A::ofText(methodText)}}, {}};
    std::vector<Part> matrix;
    if (x.method == "exact" || x.method == "approx") {
        matrix.push_back(Part{"preprocessing_copies", satAdd(satMul(job.nnz, 8), satMul(job.n + 1, 8)),
                              {msg::derivSparsePage, {A::ofCount(job.nnz)}}});
    }
    if (x.method == "exact") {
        matrix.push_back(Part{"workspace", satAdd(satMul(job.nnz, 8), satMul(job.f + 1, 8)),
                              {msg::derivExactColumns, {A::ofCount(job.nnz)}}});
    } else {
        const bool dense = !job.csr;
        const Bytes index = satAdd(satAdd(dense ? satMul(job.nnz, binTypeSize(bins)) : satMul(job.nnz, 4), satMul(job.n + 1, 8)),
                                   satMul(totalBins, 8, 1 + x.threads));
        const A indexText = A::ofMessage(
            {msg::derivBinIndex, {A::ofCount(job.nnz), A::ofInteger(dense ? binTypeSize(bins) : 4), A::ofCount(bins)}});
        if (x.quantile) {
            matrix.push_back(Part{"preprocessing_copies", index, {msg::derivQuantileDMatrix, {indexText}}});
            // Columns below 20 % filled are stored sparse, with an 8 B row index per value.
            const std::int64_t perFeature = job.nnz / job.f;
            const bool sparseColumns = perFeature < job.n / 5;
            const Bytes columns = satAdd(satMul(job.nnz, binTypeSize(bins) + 1), sparseColumns ? satMul(job.nnz, 8) : 0);
            matrix.push_back(Part{"preprocessing_copies", columns,
                                  {sparseColumns ? msg::derivColumnMatrixSparse : msg::derivColumnMatrix,
                                   {A::ofCount(job.nnz), A::ofInteger(binTypeSize(bins))}}});
        } else {
            // approx: the gradient index is built from the DMatrix without a column matrix
            // (its BatchParam has no sparse threshold). With a non-constant hessian
            // (logistic loss) it is re-sketched for every tree, weighted by the hessian: the
            // sorted sketch caches a SortedCSCPage, and the new index is built while the
            // previous one is alive.
            const std::string objective = job.params.text("objective", job.classifier ? "binary:logistic" : "reg:squarederror");
            const bool regen = objective != "reg:squarederror" && objective != "reg:absoluteerror";
            if (regen)
                matrix.push_back(Part{"workspace", satAdd(satMul(job.nnz, 8), satMul(job.f + 1, 8)),
                                      {msg::derivSortedCsc, {A::ofCount(job.nnz)}}});
            matrix.push_back(Part{"workspace", satMul(index, regen ? 2 : 1),
                                  {regen ? msg::derivGradientIndexTwice : msg::derivGradientIndex, {indexText}}});
            train.add("workspace", satMul(job.n, 12), {msg::derivSampledGradients, {A::ofCount(job.n)}});
        }
        train.add("workspace", satMul(histNodes + x.threads - 1, totalBins, 16),
                  {msg::derivXgbHistograms, {A::ofCount(histNodes), A::ofCount(x.threads - 1), A::ofCount(totalBins)}});
    }
    for (const Part &p : matrix)
        train.parts.push_back(p);
    train.add("workspace", satMul(job.n, 40), {msg::derivXgbRowState, {A::ofCount(job.n)}});
    train.add("model_structure", booster, {msg::derivTreesNodes36, {A::ofCount(x.trees), A::ofCount(nodesPerTree)}});
    if (x.quantile) {
        const Sketch sk = sketchSize(job, x, distinctValues(job));
        Phase sketch{{msg::derivPhaseSketch}, {}};
        sketch.add("workspace", satMul(job.f, sk.perFeature),
                   {msg::derivSketches,
                    {A::ofCount(job.f), A::ofBytes(sk.perFeature), A::ofCount(sk.limit), A::ofInteger(sk.levels)}});
        phases.push_back(sketch);
        // Freed heap blocks stay resident: glibc gives back only the top of an arena, and
        // the matrices and histograms built next are large enough to be mmapped instead
        // of reusing them (measured: xgboost-hist-csr-small, -csr, -uint8-images).
        train.add("fragmentation", satMul(job.f, sk.heapBytes),
                  {msg::derivSketchHeap, {A::ofCount(job.f), A::ofBytes(sk.heapBytes)}});
    }
    if (job.classifier && job.hasTargets) {
        Phase labels{{msg::derivPhaseLabelCheck}, {}};
        labels.add("workspace", labelEncodingBytes(job.n) / 5 * 2, {msg::derivXgbClasses, {A::ofCount(job.n)}});
        phases.push_back(labels);
    }
    if (x.gpu) {
        // With a GPU the matrices above are built on the device; the host keeps the input.
        addGpu(ctx, job, totalBins, histNodes, booster);
        Phase host{{msg::derivPhaseHostSide}, {}};
        host.add("workspace", satMul(job.n, 12), {msg::derivCopiedBack, {A::ofCount(job.n)}});
        phases.push_back(host);
    } else {
        phases.push_back(train);
    }
    addPeakToHost(ctx, phases);
}

} // namespace headroom::classical
