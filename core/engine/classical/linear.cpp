// Linear models of scikit-learn 1.2: least squares, ridge, coordinate descent (Lasso,
// ElasticNet), logistic regression per solver, SGD and liblinear (LinearSVC).
// The coefficients are a few features × 8 B and not worth a component; what costs memory
// is the copies validation and centring make, and per-sample vectors of the solvers.

#include "engine/classical/conversions.h"

namespace headroom::classical {
namespace {

/// _preprocess_data(copy=copy_X): check_array(copy=True, dtype=FLOAT_DTYPES) gives a
/// centred copy of X, alive through the solve (CSR data is copied too, then centred
/// implicitly).
Part centredCopy(const Job &job, const char *who)
{
    if (!job.params.flag("copy_X", true))
        return dtypeConversion(job, Accepts::Float32Or64, Message::plain(who));
    return fullCopy(job, Accepts::Float32Or64, {msg::derivCentresCopy, {A::ofText(who)}});
}

/// liblinear's problem: every stored value becomes a feature_node {int index; double
/// value} (16 B with padding), plus a bias node and a terminator per row.
Part liblinearProblem(const Job &job, bool bias)
{
    const std::int64_t perRow = (job.csr ? job.nnz / job.n : job.f) + 1 + (bias ? 1 : 0);
    return Part{"workspace", satMul(job.n, perRow, 16),
                {msg::derivLiblinearProblem, {A::ofCount(job.n), A::ofCount(perRow)}}};
}

void linearRegression(EngineContext &ctx, const Job &job)
{
    Phase fit{{msg::derivPhaseLeastSquares}, {}};
    Part copy = centredCopy(job, "LinearRegression");
    fit.parts.push_back(copy);
    const int elem = acceptedSize(job, Accepts::Float32Or64);
    if (job.csr) {
        // scipy.sparse.linalg.lsqr: u, v, w and the residual, n-long.
        fit.add("workspace", job.vectors(4, elem), {msg::derivLsqrVectors, {A::ofMessage(vecText(4, job.n, elem))}});
    } else {
        // scipy.linalg.lstsq (gelsd) is called with overwrite_a=False: f2py copies X into
        // Fortran order; the LAPACK workspace is a few features² and negligible.
        fit.add("workspace", job.dense(elem), {msg::derivLstsqCopy, {A::ofMessage(job.shape(elem))}});
    }
    addPeakToHost(ctx, {fit});
}

void ridge(EngineContext &ctx, const Job &job)
{
    const std::string solver = job.params.text("solver", "auto");
    const int elem = acceptedSize(job, Accepts::Float32Or64);
    Phase fit{{msg::derivPhaseRidge, {A::ofText(solver)}}, {}};
    fit.parts.push_back(centredCopy(job, "Ridge"));
    if (solver == "svd" && !job.csr) {
        // scipy.linalg.svd(full_matrices=False): its own Fortran copy and U (n × features).
        fit.add("workspace", satMul(job.dense(elem), 2), {msg::derivSvdCopy, {A::ofMessage(job.shape(elem))}});
    } else if (job.csr || solver == "sparse_cg" || solver == "lsqr" || solver == "sag" || solver == "saga") {
        fit.add("workspace", job.vectors(4, 8), {msg::derivIterativeVectors, {A::ofMessage(vecText(4, job.n, 8))}});
    } else if (job.f > job.n) {
        // More features than samples: the kernel (dual) form, K = X Xᵀ.
        fit.add("workspace", satMul(job.n, job.n, elem), {msg::derivDualCholesky, {A::ofCount(job.n), A::ofInteger(elem)}});
    } else {
        fit.add("workspace", satMul(job.f, job.f, elem), {msg::derivCholesky, {A::ofCount(job.f), A::ofInteger(elem)}});
    }
    addPeakToHost(ctx, {fit});
}

void coordinateDescent(EngineContext &ctx, const Job &job, const std::string &name)
{
    const int elem = acceptedSize(job, Accepts::Float32Or64);
    Phase fit{{msg::derivPhaseCoordinateDescent}, {}};
    if (job.csr) {
        // accept_sparse="csc": CSR becomes CSC, a full copy (values, row indices, column pointers).
        fit.add("preprocessing_copies", job.compressed(elem, job.indexSize, job.f),
                {msg::derivCsrToCscTyped, {A::ofText(name), A::ofCount(job.nnz), A::ofInteger(elem), A::ofInteger(job.indexSize)}});
    } else {
        // check_array(order="F", copy=copy_X and fit_intercept): cd_fast walks columns.
        const bool copy = job.params.flag("copy_X", true) && job.params.flag("fit_intercept", true);
        if (copy)
            fit.parts.push_back(fullCopy(job, Accepts::Float32Or64, {msg::derivFortranCopy, {A::ofText(name)}}));
        else
            fit.parts.push_back(dtypeConversion(job, Accepts::Float32Or64, Message::plain(name)));
    }
    // cd_fast starts with norm_cols_X = np.square(X).sum(axis=0): a transient array the size
    // of X's values, alive with the copy; then the residual R = y − Xw and y in X's dtype.
    const Bytes squares = satMul(job.nnz, elem);
    fit.add("workspace", squares, {msg::derivSquares, {A::ofCount(job.nnz), A::ofInteger(elem)}});
    fit.add("workspace", job.vectors(2, elem), {msg::derivResidual, {A::ofMessage(vecText(2, job.n, elem))}});
    addPeakToHost(ctx, {fit});
}

void logisticRegression(EngineContext &ctx, const Job &job)
{
    const std::string solver = job.params.text("solver", "lbfgs");
    // lbfgs validates with dtype=np.float64; the others accept float32 too.
    const Accepts accepts = solver == "lbfgs" ? Accepts::Float64 : Accepts::Float32Or64;
    const int elem = acceptedSize(job, accepts);
    const Part conversion = dtypeConversion(job, accepts, Message::plain("LogisticRegression(" + solver + ")"));

    // Labels: sample_weight (n × 8) and, for sample_weight *= class_weight_[le.fit_transform(y)],
    // the label-encoding transient and the gathered class weights.
    Phase labels{{msg::derivPhaseLabelEncoding}, {conversion}};
    labels.add("workspace", satAdd(labelEncodingBytes(job.n), job.vectors(2, 8)),
               {msg::derivClassWeights, {A::ofMessage(labelEncodingText(job.n)), A::ofCount(job.n)}});

    Phase solve{{msg::derivPhaseSolver, {A::ofText(solver)}}, {conversion}};
    if (solver == "liblinear") {
        solve.parts.push_back(liblinearProblem(job, job.params.flag("fit_intercept", true)));
        solve.add("workspace", job.vectors(4, 8), {msg::derivTronVectors, {A::ofMessage(vecText(4, job.n, 8))}});
    } else {
        // sample_weight, y in {0,1}, raw prediction, pointwise loss and gradient.
        solve.add("workspace", job.vectors(5, elem), {msg::derivLossVectors, {A::ofMessage(vecText(5, job.n, elem))}});
        if (solver == "newton-cg" || solver == "newton-cholesky") {
            // LinearModelLoss.gradient_hessian(_product): hX = hessian[:, None] * X, a copy
            // of X. newton-cg builds the next iterate's hX while the previous hessp closure
            // still holds its own: two copies (traced with tracemalloc: 2.1 × X).
            const int copies = solver == "newton-cg" ? 2 : 1;
            const Bytes one = job.csr ? job.compressed(elem, job.indexSize, job.n) : job.dense(elem);
            solve.add("workspace", satMul(one, copies),
                      {msg::derivHessianCopy, {A::ofInteger(copies), A::ofMessage(job.csr ? Message::plain("CSR") : job.shape(elem))}});
        } else if (solver == "sag" || solver == "saga") {
            solve.add("workspace", job.vectors(2, 8), {msg::derivSagMemory, {A::ofMessage(vecText(2, job.n, 8))}});
        }
    }
    addPeakToHost(ctx, {labels, solve});
}

void sgd(EngineContext &ctx, const Job &job, const std::string &name)
{
    // dtype=np.float64, order="C"; the data is then wrapped by ArrayDataset/CSRDataset without copy.
    Phase fit{{msg::derivPhaseSgd}, {dtypeConversion(job, Accepts::Float64, Message::plain(name))}};
    fit.add("workspace", job.vectors(job.classifier ? 3.125 : 2.125, 8),
            {job.classifier ? msg::derivSgdClassifierVectors : msg::derivSgdVectors});
    addPeakToHost(ctx, {fit});
}

void linearSvm(EngineContext &ctx, const Job &job, const std::string &name)
{
    // _fit_liblinear: dtype=np.float64 validation, LabelEncoder, then liblinear's own copy.
    const Part conversion = dtypeConversion(job, Accepts::Float64, Message::plain(name));
    Phase labels{{msg::derivPhaseLabelEncoding}, {conversion}};
    if (job.classifier)
        labels.add("workspace", satAdd(labelEncodingBytes(job.n), job.vectors(1, 8)),
                   {msg::derivPlusSampleWeight, {A::ofMessage(labelEncodingText(job.n))}});
    Phase solve{{msg::derivPhaseLiblinear}, {conversion}};
    solve.parts.push_back(liblinearProblem(job, job.params.flag("fit_intercept", true)));
    solve.add("workspace", job.vectors(4, 8), {msg::derivDualCd, {A::ofMessage(vecText(4, job.n, 8))}});
    addPeakToHost(ctx, {labels, solve});
}

} // namespace

bool addLinear(EngineContext &ctx, const Job &job)
{
    const std::string &e = job.s.model.estimator;
    if (e == "LinearRegression")
        linearRegression(ctx, job);
    else if (e == "Ridge" || e == "RidgeClassifier")
        ridge(ctx, job);
    else if (e == "Lasso" || e == "ElasticNet" || e == "MultiTaskLasso" || e == "MultiTaskElasticNet")
        coordinateDescent(ctx, job, e);
    else if (e == "LogisticRegression")
        logisticRegression(ctx, job);
    else if (e == "SGDClassifier" || e == "SGDRegressor")
        sgd(ctx, job, e);
    else if (e == "LinearSVC" || e == "LinearSVR")
        linearSvm(ctx, job, e);
    else
        return false;
    return true;
}

} // namespace headroom::classical
