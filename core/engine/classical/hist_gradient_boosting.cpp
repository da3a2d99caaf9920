// HistGradientBoostingClassifier / Regressor (scikit-learn 1.2).
//
// fit() validates X with dtype=[X_DTYPE] (float64: float32 input is copied), splits off a
// validation set when early stopping is on (early_stopping="auto": on above 10,000
// samples; train_test_split copies both parts), fits the bin edges on a subsample of at
// most 200,000 training rows (a float64 copy of that subsample), then bins the training
// and validation rows into uint8 arrays. Each iteration keeps raw predictions (float64),
// gradients and hessians (float32) per tree of the iteration, and the grower's partition
// buffers (three uint32 arrays over the training rows); each node being split holds a
// histogram of features × (max_bins + 1) × 20 B (sum_gradients f8, sum_hessians f8,
// count u4), at most one per leaf (max_leaf_nodes, default 31).

#include "engine/classical/conversions.h"

#include <algorithm>
#include <cmath>

namespace headroom::classical {

bool addHistGradientBoosting(EngineContext &ctx, const Job &job)
{
    const std::string &name = job.s.model.estimator;
    if (name != "HistGradientBoostingClassifier" && name != "HistGradientBoostingRegressor")
        return false;
    const Params &p = job.params;

    bool earlyStopping = job.n > 10000;
    if (const auto *v = p.raw("early_stopping"); v && v->is_boolean())
        earlyStopping = v->get<bool>();
    double valFraction = p.number("validation_fraction", 0.1);
    if (p.isNull("validation_fraction"))
        valFraction = 0.0;
    if (const auto *v = p.raw("validation_fraction"); v && v->is_number_integer())
        valFraction = static_cast<double>(v->get<std::int64_t>()) / static_cast<double>(job.n);
    if (!earlyStopping)
        valFraction = 0.0;
    const std::int64_t nVal = static_cast<std::int64_t>(std::ceil(valFraction * static_cast<double>(job.n)));
    const std::int64_t nTrain = std::max<std::int64_t>(1, job.n - nVal);
    const std::int64_t maxBins = std::clamp<std::int64_t>(p.integer("max_bins", 255), 2, 255);
    const std::int64_t leaves = p.limit("max_leaf_nodes", 31).value_or(std::max<std::int64_t>(2, nTrain / 20));
    const std::int64_t perIteration = 1; // binary classification and regression: one tree
    const std::int64_t iterations = std::max<std::int64_t>(1, p.integer("max_iter", 100));

    // Common to both phases: the float64 X and, with early stopping, its two parts.
    std::vector<Part> held;
    if (job.csr) {
        held.push_back(Part{"preprocessing_copies", job.dense(8),
                            {msg::derivHgbDensified, {A::ofText(name), A::ofMessage(job.shape(8))}}});
    } else if (!job.isF64()) {
        held.push_back(dtypeConversion(job, Accepts::Float64, Message::plain(name)));
    }
    if (nVal > 0)
        held.push_back(Part{"preprocessing_copies", job.dense(8),
                            {msg::derivHgbEarlyStopping, {A::ofCount(nTrain), A::ofCount(nVal), A::ofCount(job.f)}}});
    held.push_back(Part{"workspace", satMul(job.n, nVal > 0 ? 16 : 8), {nVal > 0 ? msg::derivHgbYSplit : msg::derivHgbY}});

    // _BinMapper.fit takes a subsample (a copy) only above 200,000 rows; per feature it then
    // makes the column's non-missing values, np.unique's sorted copy and percentile
    // buffers: about 4 float64 arrays of the sampled rows.
    Phase binning{{msg::derivPhaseBinEdges}, held};
    const std::int64_t subsample = std::min<std::int64_t>(nTrain, 200000);
    if (nTrain > 200000)
        binning.add("workspace", satMul(subsample, job.f, 8), {msg::derivHgbSubsample, {A::ofCount(subsample), A::ofCount(job.f)}});
    binning.add("workspace", satMul(subsample, 4 * 8), {msg::derivHgbPercentiles, {A::ofCount(subsample)}});

    Phase training{{msg::derivPhaseBoostingIterations}, held};
    training.add("preprocessing_copies", satMul(job.n, job.f),
                 {msg::derivHgbBinned, {A::ofCount(maxBins), A::ofCount(job.n), A::ofCount(job.f)}});
    training.add("workspace", satAdd(satMul(perIteration, nTrain, 16), satMul(perIteration, nVal, 8)),
                 {msg::derivHgbGradients, {A::ofCount(nTrain)}});
    training.add("workspace", satMul(nTrain, 12), {msg::derivHgbPartition, {A::ofCount(nTrain)}});
    const Bytes histogram = satMul(job.f, maxBins + 1, 20);
    training.add("workspace", satMul(leaves, histogram),
                 {msg::derivHgbHistograms, {A::ofCount(leaves), A::ofCount(job.f), A::ofCount(maxBins + 1)}});
    // Predictor nodes: value, count, feature, threshold, flags, children, gain, depth: 64 B.
    training.add("model_structure", satMul(iterations, perIteration, 2 * leaves - 1, 64),
                 {msg::derivTreesNodes64, {A::ofCount(iterations), A::ofCount(2 * leaves - 1)}});
    std::vector<Phase> phases{binning, training};
    if (job.classifier && job.hasTargets) {
        Phase labels{{msg::derivPhaseLabelEncoding}, held};
        labels.add("workspace", labelEncodingBytes(job.n), labelEncodingText(job.n));
        phases.insert(phases.begin(), labels);
    }
    addPeakToHost(ctx, phases);
    return true;
}

} // namespace headroom::classical
