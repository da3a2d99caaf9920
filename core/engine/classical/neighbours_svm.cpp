// Neighbour searches (KNeighbors*, DBSCAN) and kernel SVMs (SVC, SVR, NuSVC, NuSVR) of
// scikit-learn 1.2.

#include "engine/classical/conversions.h"

#include <cmath>

namespace headroom::classical {
namespace {

/// Regularised lower incomplete gamma P(a, x), by its series (x small) or continued fraction.
double gammaP(double a, double x)
{
    if (x <= 0)
        return 0;
    if (x < a + 1) {
        double sum = 1.0 / a, term = sum;
        for (int k = 1; k < 500; ++k) {
            term *= x / (a + k);
            sum += term;
            if (term < sum * 1e-12)
                break;
        }
        return sum * std::exp(-x + a * std::log(x) - std::lgamma(a));
    }
    // Lentz's continued fraction for Q(a, x).
    double b = x + 1 - a, c = 1e300, d = 1 / b, h = d;
    for (int i = 1; i < 500; ++i) {
        const double an = -i * (i - a);
        b += 2;
        d = an * d + b;
        d = std::fabs(d) < 1e-300 ? 1e-300 : d;
        c = b + an / c;
        c = std::fabs(c) < 1e-300 ? 1e-300 : c;
        d = 1 / d;
        h *= d * c;
        if (std::fabs(d * c - 1) < 1e-12)
            break;
    }
    return 1.0 - std::exp(-x + a * std::log(x) - std::lgamma(a)) * h;
}

struct NeighbourIndex {
    std::string algorithm;
    Part part;
};

/// The index NearestNeighbors builds at fit (algorithm "auto" as in 1.2: brute for sparse
/// input, more than 15 features or k ≥ n/2; else a KD-tree for Minkowski metrics).
NeighbourIndex neighbourIndex(const Job &job, std::int64_t k)
{
    std::string algorithm = job.params.text("algorithm", "auto");
    const std::string metric = job.params.text("metric", "minkowski");
    if (algorithm == "auto") {
        if (job.csr || job.f > 15 || k >= job.n / 2)
            algorithm = "brute";
        else
            algorithm = (metric == "minkowski" || metric == "euclidean" || metric == "manhattan" || metric == "chebyshev" || metric == "l2"
                         || metric == "l1" || metric == "cityblock" || metric == "infinity" || metric == "p")
                            ? "kd_tree"
                            : "ball_tree";
    }
    if (algorithm == "brute")
        return {algorithm, Part{"model_structure", 0, {msg::derivBruteForce}}};
    // BinaryTree: leaves of leaf_size points, n_nodes = 2^(floor(log2((n − 1)/leaf_size)) + 1) − 1.
    const std::int64_t leafSize = std::max<std::int64_t>(1, job.params.integer("leaf_size", 30));
    const double ratio = std::max(1.0, static_cast<double>(job.n - 1) / static_cast<double>(leafSize));
    const int levels = static_cast<int>(std::floor(std::log2(ratio))) + 1;
    const std::int64_t nodes = (std::int64_t{1} << std::min(levels, 60)) - 1;
    // KD-tree bounds: 2 × nodes × features × 8 B; ball tree centroids: nodes × features × 8 B.
    const Bytes bounds = satMul(nodes, job.f, algorithm == "kd_tree" ? 16 : 8);
    const Bytes bytes = satAdd(satAdd(satMul(job.n, 8), satMul(nodes, 32)), bounds);
    return {algorithm, Part{"model_structure", bytes,
                            {algorithm == "kd_tree" ? msg::derivKdTreeIndex : msg::derivBallTreeIndex,
                             {A::ofText(algorithm), A::ofCount(job.n), A::ofCount(nodes), A::ofCount(job.f)}}}};
}

void kNeighbours(EngineContext &ctx, const Job &job)
{
    const std::int64_t k = std::max<std::int64_t>(1, job.params.integer("n_neighbors", 5));
    const NeighbourIndex index = neighbourIndex(job, k);
    // The trees hold their data as C-ordered float64 (a copy of any other dtype); brute
    // force keeps X as validated.
    const Part conversion = index.algorithm == "brute" ? Part{} : dtypeConversion(job, Accepts::Float64, {msg::derivTheIndex, {A::ofText(index.algorithm)}});

    std::vector<Phase> phases;
    if (job.classifier && job.hasTargets) {
        // _fit: self._y = np.empty(n, int), filled by np.unique(y, return_inverse=True).
        Phase labels{{msg::derivPhaseLabelEncoding}, {}};
        labels.add("workspace", satAdd(labelEncodingBytes(job.n), satMul(job.n, 8)),
                   {msg::derivPlusEncodedLabels, {A::ofMessage(labelEncodingText(job.n))}});
        phases.push_back(labels);
    }
    Phase fitted{{msg::derivPhasePredicting}, {conversion, index.part}};
    if (job.classifier && job.hasTargets)
        fitted.add("workspace", satMul(job.n, 8), {msg::derivEncodedLabels, {A::ofCount(job.n)}});
    // Queries run in chunks (ArgKmin: 256 rows per thread) for float32/float64 data; other
    // dtypes go through pairwise_distances_chunked with working_memory = 1 GiB.
    const bool argKmin = (job.isF32() || job.isF64()) && (job.params.text("metric", "minkowski") != "precomputed");
    if (!argKmin && index.algorithm == "brute")
        fitted.add("workspace", std::min<Bytes>(GiB, satMul(job.n, 8, 256)), {msg::derivPairwiseChunks});
    else if (index.algorithm == "brute")
        // The Euclidean ArgKmin precomputes the squared norms of the fitted rows and
        // works on 256 × 256 float64 distance blocks per thread (two threads: 1 MiB).
        fitted.add("workspace", satAdd(satMul(job.n, 8), MiB), {msg::derivArgKmin, {A::ofCount(job.n)}});
    phases.push_back(fitted);
    addPeakToHost(ctx, phases);
}

void dbscan(EngineContext &ctx, const Job &job)
{
    const double eps = job.params.number("eps", 0.5);
    const NeighbourIndex index = neighbourIndex(job, 1);
    // radius_neighbors(X) returns one index array per sample. How many neighbours each
    // has depends on the data; the engine assumes standardised features (unit variance,
    // roughly normal): two samples are within eps with probability P(χ²_F < eps²/2).
    const double p = gammaP(static_cast<double>(job.f) / 2.0, eps * eps / 4.0);
    const double neighbours = std::max(1.0, p * static_cast<double>(job.n));
    const Bytes lists = satAdd(toBytes(neighbours * static_cast<double>(job.n) * 8.0), satMul(job.n, 112));
    Phase fit{{msg::derivPhaseNeighbourhoods}, {dtypeConversion(job, Accepts::Float64, {msg::derivNeighbourIndex}), index.part}};
    fit.add("workspace", lists,
            {msg::derivNeighbourhoods, {A::ofCount(job.n), A::ofCount(static_cast<std::int64_t>(neighbours)), A::ofNumber(eps, 3)}});
    fit.add("workspace", satMul(job.n, 17), {msg::derivNeighbourCounts});
    // dbscan_inner's C++ stack pushes a sample once per core neighbour that reaches it
    // before it is labelled; growing, the vector holds old and new buffers (measured 20,000
    // × 2 standard normal rows: 128 MiB for 185 MiB of neighbourhoods).
    fit.add("workspace", toBytes(0.7 * neighbours * static_cast<double>(job.n) * 8.0), {msg::derivDbscanStack});
    addPeakToHost(ctx, {fit});
    if (neighbours > 1000)
        ctx.warn("dbscan_neighbourhoods", msg::dbscanNeighbourhoods,
                 {MessageArg::ofCount(static_cast<std::int64_t>(neighbours)), MessageArg::ofBytes(lists)});
}

void kernelSvm(EngineContext &ctx, const Job &job)
{
    const std::string &name = job.s.model.estimator;
    const bool regression = name == "SVR" || name == "NuSVR";
    const Part conversion = dtypeConversion(job, Accepts::Float64, Message::plain(name));
    const int elem = 8;

    // gamma="scale" (default for non-linear kernels) computes X.var(): a temporary X − mean.
    Phase gamma{{msg::derivPhaseGamma}, {conversion}};
    const std::string kernel = job.params.text("kernel", "rbf");
    if (kernel != "linear" && job.params.text("gamma", "scale") == "scale" && !job.csr)
        gamma.add("workspace", job.dense(elem), {msg::derivGammaScale, {A::ofMessage(job.shape(elem))}});

    // libsvm: the kernel cache (cache_size MB, float columns of length n, never more than
    // the whole n × n matrix), the solver's per-sample arrays (alpha, G, G_bar, p, QD, the
    // squared norms, status and active set; twice as many for ε-SVR), and the node
    // structs pointing at each row (sparse: a 16 B node per value).
    const double cacheMb = job.params.number("cache_size", 200.0);
    const Bytes cache = std::min(toBytes(cacheMb * static_cast<double>(MiB)), satMul(job.n, job.n, 4));
    Phase solve{{msg::derivPhaseLibsvm}, {conversion}};
    solve.add("workspace", cache, {msg::derivKernelCache, {A::ofNumber(cacheMb, 0), A::ofCount(job.n)}});
    const std::int64_t l = regression ? 2 * job.n : job.n;
    solve.add("workspace", satAdd(satMul(l, 7 * 8), satMul(job.n, job.csr ? 0 : 16)),
              {msg::derivSvmArrays, {A::ofCount(l), A::ofCount(job.n)}});
    if (job.csr)
        solve.add("workspace", satMul(satAdd(job.nnz, job.n), 16), {msg::derivLibsvmNodes});

    // After the solve the cache is freed and the support vectors are copied out; with
    // labels the features do not separate nearly every sample is one: n assumed.
    Phase model{{msg::derivPhaseSupportVectors}, {conversion}};
    model.add("model_structure", job.csr ? job.compressed(8, 4, job.n) : job.dense(8),
              {msg::derivSupportVectors, {A::ofCount(job.n), A::ofCount(job.f)}});
    addPeakToHost(ctx, {gamma, solve, model});
}

} // namespace

bool addNeighboursSvm(EngineContext &ctx, const Job &job)
{
    const std::string &e = job.s.model.estimator;
    if (e == "KNeighborsClassifier" || e == "KNeighborsRegressor" || e == "NearestNeighbors")
        kNeighbours(ctx, job);
    else if (e == "DBSCAN")
        dbscan(ctx, job);
    else if (e == "SVC" || e == "SVR" || e == "NuSVC" || e == "NuSVR")
        kernelSvm(ctx, job);
    else
        return false;
    return true;
}

} // namespace headroom::classical
