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
        return {algorithm, Part{"model_structure", 0, "brute force keeps a reference to X (no index)"}};
    // BinaryTree: leaves of leaf_size points, n_nodes = 2^(floor(log2((n − 1)/leaf_size)) + 1) − 1.
    const std::int64_t leafSize = std::max<std::int64_t>(1, job.params.integer("leaf_size", 30));
    const double ratio = std::max(1.0, static_cast<double>(job.n - 1) / static_cast<double>(leafSize));
    const int levels = static_cast<int>(std::floor(std::log2(ratio))) + 1;
    const std::int64_t nodes = (std::int64_t{1} << std::min(levels, 60)) - 1;
    // KD-tree bounds: 2 × nodes × features × 8 B; ball tree centroids: nodes × features × 8 B.
    const Bytes bounds = satMul(nodes, job.f, algorithm == "kd_tree" ? 16 : 8);
    const Bytes bytes = satAdd(satAdd(satMul(job.n, 8), satMul(nodes, 32)), bounds);
    return {algorithm, Part{"model_structure", bytes,
                            algorithm + " index: " + formatCount(job.n) + " indices × 8 B + " + formatCount(nodes) + " nodes × (32 B + "
                                + (algorithm == "kd_tree" ? "2 × " : "") + formatCount(job.f) + " × 8 B bounds)"}};
}

void kNeighbours(EngineContext &ctx, const Job &job)
{
    const std::int64_t k = std::max<std::int64_t>(1, job.params.integer("n_neighbors", 5));
    const NeighbourIndex index = neighbourIndex(job, k);
    // The trees hold their data as C-ordered float64 (a copy of any other dtype); brute
    // force keeps X as validated.
    const Part conversion = index.algorithm == "brute" ? Part{} : dtypeConversion(job, Accepts::Float64, "the " + index.algorithm);

    std::vector<Phase> phases;
    if (job.classifier && job.hasTargets) {
        // _fit: self._y = np.empty(n, int), filled by np.unique(y, return_inverse=True).
        Phase labels{"label encoding", {}};
        labels.add("workspace", satAdd(labelEncodingBytes(job.n), satMul(job.n, 8)), labelEncodingText(job.n) + " + encoded labels n × 8 B");
        phases.push_back(labels);
    }
    Phase fitted{"index built, predicting", {conversion, index.part}};
    if (job.classifier && job.hasTargets)
        fitted.add("workspace", satMul(job.n, 8), "encoded labels " + formatCount(job.n) + " × 8 B");
    // Queries run in chunks (ArgKmin: 256 rows per thread) for float32/float64 data; other
    // dtypes go through pairwise_distances_chunked with working_memory = 1 GiB.
    const bool argKmin = (job.isF32() || job.isF64()) && (job.params.text("metric", "minkowski") != "precomputed");
    if (!argKmin && index.algorithm == "brute")
        fitted.add("workspace", std::min<Bytes>(GiB, satMul(job.n, 8, 256)), "pairwise distance chunks (working_memory 1 GiB)");
    else if (index.algorithm == "brute")
        // The Euclidean ArgKmin precomputes the squared norms of the fitted rows and
        // works on 256 × 256 float64 distance blocks per thread (two threads: 1 MiB).
        fitted.add("workspace", satAdd(satMul(job.n, 8), MiB), "ArgKmin: squared norms of the fitted rows " + formatCount(job.n) + " × 8 B + distance blocks 1 MiB");
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
    Phase fit{"neighbourhoods", {dtypeConversion(job, Accepts::Float64, "the neighbour index"), index.part}};
    fit.add("workspace", lists,
            formatCount(job.n) + " neighbourhoods × ~" + formatCount(static_cast<std::int64_t>(neighbours))
                + " neighbours × 8 B + 112 B array header each (eps " + formatNumber(eps, 3) + ", standardised features assumed)");
    fit.add("workspace", satMul(job.n, 17), "neighbour counts, labels (8 B each) and core mask (1 B)");
    // dbscan_inner's C++ stack pushes a sample once per core neighbour that reaches it
    // before it is labelled; growing, the vector holds old and new buffers (measured 20,000
    // × 2 standard normal rows: 128 MiB for 185 MiB of neighbourhoods).
    fit.add("workspace", toBytes(0.7 * neighbours * static_cast<double>(job.n) * 8.0), "dbscan_inner expansion stack ~0.7 × the neighbour entries × 8 B");
    addPeakToHost(ctx, {fit});
    if (neighbours > 1000)
        ctx.warn("dbscan_neighbourhoods", msg::dbscanNeighbourhoods,
                 {formatCount(static_cast<std::int64_t>(neighbours)), formatBytes(lists)});
}

void kernelSvm(EngineContext &ctx, const Job &job)
{
    const std::string &name = job.s.model.estimator;
    const bool regression = name == "SVR" || name == "NuSVR";
    const Part conversion = dtypeConversion(job, Accepts::Float64, name);
    const int elem = 8;

    // gamma="scale" (default for non-linear kernels) computes X.var(): a temporary X − mean.
    Phase gamma{"gamma='scale' variance", {conversion}};
    const std::string kernel = job.params.text("kernel", "rbf");
    if (kernel != "linear" && job.params.text("gamma", "scale") == "scale" && !job.csr)
        gamma.add("workspace", job.dense(elem), "X.var() for gamma='scale': temporary " + job.shape(elem));

    // libsvm: the kernel cache (cache_size MB, float columns of length n, never more than
    // the whole n × n matrix), the solver's per-sample arrays (alpha, G, G_bar, p, QD, the
    // squared norms, status and active set; twice as many for ε-SVR), and the node
    // structs pointing at each row (sparse: a 16 B node per value).
    const double cacheMb = job.params.number("cache_size", 200.0);
    const Bytes cache = std::min(toBytes(cacheMb * static_cast<double>(MiB)), satMul(job.n, job.n, 4));
    Phase solve{"libsvm solve", {conversion}};
    solve.add("workspace", cache,
              "kernel cache min(cache_size " + formatNumber(cacheMb, 0) + " MB, " + formatCount(job.n) + "² × 4 B)");
    const std::int64_t l = regression ? 2 * job.n : job.n;
    solve.add("workspace", satAdd(satMul(l, 7 * 8), satMul(job.n, job.csr ? 0 : 16)),
              "solver arrays " + formatCount(l) + " × 56 B + row nodes " + formatCount(job.n) + " × 16 B");
    if (job.csr)
        solve.add("workspace", satMul(satAdd(job.nnz, job.n), 16), "libsvm sparse nodes (non-zeros + terminators) × 16 B");

    // After the solve the cache is freed and the support vectors are copied out; with
    // labels the features do not separate nearly every sample is one: n assumed.
    Phase model{"support vectors copied", {conversion}};
    model.add("model_structure", job.csr ? job.compressed(8, 4, job.n) : job.dense(8),
              "support vectors (up to all " + formatCount(job.n) + " samples) × " + formatCount(job.f) + " × 8 B");
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
