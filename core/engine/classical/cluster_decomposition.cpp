// Clustering, decomposition, scalers and naive Bayes of scikit-learn 1.2: estimators whose
// memory is a few full-size arrays (copies, centred data, NumPy temporaries).
//
// A recurring NumPy temporary: np.var(X, axis=0) materialises X − mean, an array the size
// of X (KMeans and MiniBatchKMeans compute their tolerance with it, TruncatedSVD its
// explained variance, GaussianNB its var_smoothing, SVC gamma="scale").

#include "engine/classical/conversions.h"

#include <cmath>

namespace headroom::classical {
namespace {

Part varianceTemporary(const Job &job, int elem, const std::string &why)
{
    if (job.csr) // mean_variance_axis works on the stored values, no dense temporary
        return {};
    return Part{"workspace", job.dense(elem), {msg::derivVarianceTemporary, {A::ofText(why), A::ofMessage(job.shape(elem))}}};
}

void kMeans(EngineContext &ctx, const Job &job)
{
    const Params &p = job.params;
    const std::int64_t k = std::max<std::int64_t>(1, p.integer("n_clusters", 8));
    const int elem = acceptedSize(job, Accepts::Float32Or64);
    // copy_x=True: validation copies X (it is centred in place afterwards).
    const Part copy = p.flag("copy_x", true) ? fullCopy(job, Accepts::Float32Or64, Message::plain("KMeans copy_x=True"))
                                             : dtypeConversion(job, Accepts::Float32Or64, Message::plain("KMeans"));
    // tol > 0 (default 1e-4): _tolerance(X, tol) takes np.var(X, axis=0) of the copy.
    const bool varTol = p.number("tol", 1e-4) > 0.0;
    Phase tolerance{{msg::derivPhaseTolerance}, {copy}};
    if (varTol)
        tolerance.parts.push_back(varianceTemporary(job, elem, "_tolerance(X, tol)"));

    Phase lloyd{{msg::derivPhaseLloyd}, {copy}};
    // k-means++ scores 2 + ln(k) candidate centres against every sample at each step.
    const double trials = 2.0 + std::floor(std::log(static_cast<double>(k)));
    lloyd.add("workspace", job.vectors(trials + 3, elem),
              {msg::derivKmeansVectors, {A::ofMessage(vecText(trials + 3, job.n, elem))}});
    lloyd.add("workspace", satMul(job.n, 8), {msg::derivKmeansLabels, {A::ofCount(job.n)}});
    // euclidean_distances(X[candidates], X) on sparse X: the product converts Xᵀ (CSC) to
    // CSR, a copy of X, and scipy's tocsr passes indices.astype(idx_dtype), one more
    // index array.
    if (job.csr)
        lloyd.add("workspace", satAdd(job.compressed(elem, job.indexSize, job.n), satMul(job.nnz, 4)),
                  {msg::derivKmeansSparse, {A::ofCount(job.nnz)}});
    if (p.text("algorithm", "lloyd") == "elkan")
        lloyd.add("workspace", satMul(job.n, k + 1, elem), {msg::derivElkan, {A::ofCount(job.n), A::ofCount(k), A::ofInteger(elem)}});
    lloyd.add("model_structure", satMul(k, job.f, elem), Message{msg::derivCentroids, {A::ofCount(k), A::ofCount(job.f)}});
    addPeakToHost(ctx, {tolerance, lloyd});
}

void miniBatchKMeans(EngineContext &ctx, const Job &job)
{
    const Params &p = job.params;
    const std::int64_t k = std::max<std::int64_t>(1, p.integer("n_clusters", 8));
    const std::int64_t batch = std::max<std::int64_t>(1, p.integer("batch_size", 1024));
    const int elem = acceptedSize(job, Accepts::Float32Or64);
    const Part conversion = dtypeConversion(job, Accepts::Float32Or64, Message::plain("MiniBatchKMeans"));
    // MiniBatchKMeans' tol defaults to 0.0, and then _tolerance skips np.var.
    Phase tolerance{{msg::derivPhaseTolerance}, {conversion}};
    if (p.number("tol", 0.0) > 0.0)
        tolerance.parts.push_back(varianceTemporary(job, elem, "_tolerance(X, tol)"));
    Phase steps{{msg::derivPhaseMiniBatch}, {conversion}};
    const std::int64_t initSize = std::min(job.n, std::max(3 * batch, 3 * k));
    steps.add("workspace", satAdd(job.vectors(2, elem), satMul(initSize, job.f, elem)),
              {msg::derivMiniBatchVectors, {A::ofMessage(vecText(2, job.n, elem)), A::ofCount(initSize)}});
    steps.add("model_structure", satMul(k, job.f, elem), Message{msg::derivCentroids, {A::ofCount(k), A::ofCount(job.f)}});
    addPeakToHost(ctx, {tolerance, steps});
}

void pca(EngineContext &ctx, const Job &job)
{
    const Params &p = job.params;
    const std::int64_t rank = std::min(job.n, job.f);
    std::int64_t k = rank;
    if (const auto *v = p.raw("n_components"); v && v->is_number_integer())
        k = std::clamp<std::int64_t>(v->get<std::int64_t>(), 1, rank);
    else if (v && v->is_number_float())
        k = rank; // a variance fraction: the full decomposition is needed first
    std::string solver = p.text("svd_solver", "auto");
    if (solver == "auto") // 1.2: full for small data or many components, else randomized
        solver = (std::max(job.n, job.f) <= 500 || k >= static_cast<std::int64_t>(0.8 * static_cast<double>(rank))) ? "full" : "randomized";
    const int elem = acceptedSize(job, Accepts::Float32Or64);
    if (job.csr) {
        ctx.warn("pca_sparse", msg::pcaSparse);
    }
    // fit validates with copy=self.copy (True) and centres that copy in place.
    Phase fit{{msg::derivPhaseSvd, {A::ofText(solver)}}, {fullCopy(job, Accepts::Float32Or64, {msg::derivPcaCentres})}};
    if (job.csr)
        fit.parts.front() = Part{"preprocessing_copies", job.dense(elem), {msg::derivPcaDensifies, {A::ofMessage(job.shape(elem))}}};
    if (solver == "full") {
        // scipy.linalg.svd(full_matrices=False, overwrite_a=False): gesdd works on its own
        // Fortran copy and returns U (n × min(n, F)); its workspace is O(min²).
        fit.add("workspace", job.dense(elem), {msg::derivSvdGesdd, {A::ofMessage(job.shape(elem))}});
        fit.add("workspace", satMul(job.n, rank, elem), {msg::derivU, {A::ofCount(job.n), A::ofCount(rank), A::ofInteger(elem)}});
    } else if (solver == "arpack") {
        const std::int64_t ncv = std::min(rank, 2 * k + 1);
        fit.add("workspace", satMul(job.n, ncv + 2, 8), {msg::derivArpackSized, {A::ofCount(job.n), A::ofCount(ncv + 2)}});
    } else {
        // randomized_svd: sample Q (n × (k + 10)), its LU factor and product, U = Q·Û.
        const std::int64_t q = k + std::max<std::int64_t>(0, p.integer("n_oversamples", 10));
        fit.add("workspace", satMul(job.n, q, elem, 4), Message{msg::derivRandomizedSvd, {A::ofCount(job.n), A::ofCount(q), A::ofInteger(elem)}});
    }
    fit.add("model_structure", satMul(k, job.f, 8), Message{msg::derivComponents, {A::ofCount(k), A::ofCount(job.f)}});
    addPeakToHost(ctx, {fit});
}

void truncatedSvd(EngineContext &ctx, const Job &job)
{
    const Params &p = job.params;
    const std::int64_t k = std::clamp<std::int64_t>(p.integer("n_components", 2), 1, std::min(job.n, job.f));
    const int elem = acceptedSize(job, Accepts::Float32Or64);
    const Part conversion = dtypeConversion(job, Accepts::Float32Or64, Message::plain("TruncatedSVD"));
    Phase svd{{msg::derivPhaseRandomizedSvd}, {conversion}};
    const std::int64_t q = k + std::max<std::int64_t>(0, p.integer("n_oversamples", 10));
    if (p.text("algorithm", "randomized") == "arpack")
        svd.add("workspace", satMul(job.n, std::min(job.f, 2 * k + 1) + 2, 8), Message{msg::derivArpack});
    else
        svd.add("workspace", satMul(job.n, q, elem, 4), Message{msg::derivRandomizedSvd, {A::ofCount(job.n), A::ofCount(q), A::ofInteger(elem)}});
    // fit = fit_transform: X_transformed = U·Σ, then np.var(X) for the explained variance ratio.
    Phase variance{{msg::derivPhaseExplainedVariance}, {conversion, varianceTemporary(job, elem, "full_var = np.var(X, axis=0)")}};
    // U is still the n × (k + oversamples) array randomized_svd sliced; X_transformed = U·Σ.
    variance.add("workspace", satMul(job.n, q + k, elem),
                 {msg::derivUAndTransformed, {A::ofCount(job.n), A::ofCount(q), A::ofCount(k)}});
    variance.add("model_structure", satMul(k, job.f, 8), Message{msg::derivComponents, {A::ofCount(k), A::ofCount(job.f)}});
    addPeakToHost(ctx, {svd, variance});
}

void scaler(EngineContext &ctx, const Job &job)
{
    const std::string &name = job.s.model.estimator;
    // fit_transform: the scaled copy (copy=True) is the result the caller keeps.
    const Part result = job.params.flag("copy", true) ? fullCopy(job, Accepts::Float32Or64, {msg::derivTransformedCopy, {A::ofText(name)}})
                                                      : dtypeConversion(job, Accepts::Float32Or64, Message::plain(name));
    std::vector<Phase> phases;
    if (name == "StandardScaler" && !job.csr) {
        // _incremental_mean_and_var: a NaN mask (n × F bools) and temp = X − mean, which is
        // float64 because the mean is accumulated in float64.
        Phase fit{{msg::derivPhaseIncrementalMean}, {dtypeConversion(job, Accepts::Float32Or64, Message::plain(name))}};
        fit.add("workspace", satMul(job.n, job.f), {msg::derivNanMask, {A::ofCount(job.n), A::ofCount(job.f)}});
        fit.add("workspace", job.dense(8), {msg::derivMinusMean, {A::ofMessage(job.shape(8))}});
        phases.push_back(fit);
    } else if (name == "MaxAbsScaler" && !job.csr) {
        // fit: np.nanmax(np.abs(X), axis=0), np.abs makes a temporary the size of X.
        phases.push_back(Phase{{msg::derivPhaseAbs}, {Part{"workspace", job.dense(job.isF32() ? 4 : 8), {msg::derivAbsTemporary}}}});
    }
    // MinMaxScaler's fit reduces with np.fmin/np.fmax, without a temporary.
    phases.push_back(Phase{{msg::derivPhaseTransform}, {result}});
    addPeakToHost(ctx, phases);
}

void gaussianNb(EngineContext &ctx, const Job &job)
{
    const int elem = job.isF32() ? 4 : 8;
    // var_smoothing: np.var(X, axis=0) on the whole X; then per class X[y == c] (a copy of
    // that class's rows) and np.var of it: with balanced binary labels half of X twice.
    Phase smoothing{Message::plain("var_smoothing"), {varianceTemporary(job, elem, "epsilon = var_smoothing × np.var(X).max()")}};
    Phase perClass{{msg::derivPhasePerClass}, {}};
    perClass.add("workspace", job.dense(elem), {msg::derivPerClass, {A::ofMessage(job.shape(elem))}});
    if (job.classifier && job.hasTargets)
        smoothing.add("workspace", labelEncodingBytes(job.n) / 5, {msg::derivUniqueClasses});
    addPeakToHost(ctx, {smoothing, perClass});
}

} // namespace

bool addClusterDecomposition(EngineContext &ctx, const Job &job)
{
    const std::string &e = job.s.model.estimator;
    if (e == "KMeans")
        kMeans(ctx, job);
    else if (e == "MiniBatchKMeans")
        miniBatchKMeans(ctx, job);
    else if (e == "PCA")
        pca(ctx, job);
    else if (e == "TruncatedSVD")
        truncatedSvd(ctx, job);
    else if (e == "StandardScaler" || e == "MinMaxScaler" || e == "MaxAbsScaler")
        scaler(ctx, job);
    else if (e == "GaussianNB")
        gaussianNb(ctx, job);
    else
        return false;
    return true;
}

} // namespace headroom::classical
