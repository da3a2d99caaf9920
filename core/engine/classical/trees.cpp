// scikit-learn trees and tree ensembles (1.2): DecisionTree*, ExtraTree*, RandomForest*,
// ExtraTrees*, GradientBoosting*.
//
// What a fit holds at its peak (the end of the last tree): X converted to float32 (the
// trees' DTYPE) or to float32 CSC, y as float64, every finished tree's node arrays, and
// for each tree being built (n_jobs at a time, threads) its splitter buffers, its node
// arrays at their grown capacity and, with bootstrap, its sample weights and draws.

#include "engine/classical/conversions.h"
#include "engine/classical/tree_size.h"

#include <algorithm>
#include <cmath>

namespace headroom::classical {
namespace {

enum class Kind { DecisionTree, ExtraTree, RandomForest, ExtraTrees };

/// Phase of label validation: scikit-learn encodes classifier labels with np.unique.
Phase labelPhase(const Job &job, const Part &conversion)
{
    Phase p{{msg::derivPhaseLabelEncoding}, {conversion}};
    if (job.classifier && job.hasTargets)
        p.add("workspace", labelEncodingBytes(job.n), labelEncodingText(job.n));
    return p;
}

/// The X conversion every sklearn tree makes: float32, dense as it is or CSC.
Part treeInput(const Job &job, const std::string &who)
{
    if (job.csr)
        return Part{"preprocessing_copies", job.compressed(4, 4, job.f),
                    {msg::derivCsrToCsc, {A::ofText(who), A::ofCount(job.nnz)}}};
    return dtypeConversion(job, Accepts::Float32, Message::plain(who));
}

std::int64_t parallelTrees(const Job &job, std::int64_t trees)
{
    std::int64_t jobs = job.params.integer("n_jobs", 1);
    if (job.params.isNull("n_jobs") || jobs == 0)
        jobs = 1;
    if (jobs < 0) // -1: every core; the scenario does not say how many, so one per tree up to 8
        jobs = 8;
    return std::clamp<std::int64_t>(jobs, 1, std::max<std::int64_t>(1, trees));
}

void forest(EngineContext &ctx, const Job &job, Kind kind)
{
    const std::string &name = job.s.model.estimator;
    const Params &p = job.params;
    const bool ensemble = kind == Kind::RandomForest || kind == Kind::ExtraTrees;
    const std::int64_t trees = ensemble ? std::max<std::int64_t>(1, p.integer("n_estimators", 100)) : 1;

    TreeShape shape;
    shape.samples = job.n;
    shape.features = job.f;
    shape.classifier = job.classifier;
    shape.randomSplits = kind == Kind::ExtraTree || kind == Kind::ExtraTrees;
    // Defaults of 1.2: forests' classifiers "sqrt", regressors 1.0; single trees None;
    // ExtraTreeClassifier "sqrt", ExtraTreeRegressor 1.0.
    const bool sqrtDefault = job.classifier && kind != Kind::DecisionTree;
    shape.featuresPerSplit = resolveMaxFeatures(p, job.f, sqrtDefault ? "sqrt" : "all");
    shape.maxDepth = p.limit("max_depth", std::nullopt);
    shape.maxLeafNodes = p.limit("max_leaf_nodes", std::nullopt);
    auto count = [&](const char *key, std::int64_t fallback) {
        const auto *v = p.raw(key);
        if (v && v->is_number_float())
            return std::max<std::int64_t>(1, static_cast<std::int64_t>(std::ceil(v->get<double>() * static_cast<double>(job.n))));
        return std::max<std::int64_t>(1, p.integer(key, fallback));
    };
    shape.minSamplesLeaf = count("min_samples_leaf", 1);
    shape.minSamplesSplit = count("min_samples_split", 2);
    shape.bootstrap = kind == Kind::RandomForest ? p.flag("bootstrap", true) : (kind == Kind::ExtraTrees && p.flag("bootstrap", false));
    if (shape.bootstrap) {
        const auto *ms = p.raw("max_samples");
        if (ms && ms->is_number_float())
            shape.maxSamplesFraction = std::clamp(ms->get<double>(), 1e-9, 1.0);
        else if (ms && ms->is_number_integer())
            shape.maxSamplesFraction = std::clamp(static_cast<double>(ms->get<std::int64_t>()) / static_cast<double>(job.n), 1e-9, 1.0);
    }

    Message why;
    const std::int64_t nodes = expectedNodes(shape, &why);
    const std::int64_t values = job.classifier ? kAssumedClasses : 1;
    const Bytes perNode = nodeBytes(values);
    const std::int64_t inBuild = parallelTrees(job, trees);
    const std::int64_t finished = trees - inBuild;
    const std::int64_t capacity = shape.maxLeafNodes ? 2 * *shape.maxLeafNodes - 1 : builderCapacity(shape.maxDepth, nodes);

    const Part conversion = treeInput(job, name);
    const Phase labels = labelPhase(job, conversion);

    Phase build{{msg::derivPhaseLastTree}, {conversion}};
    build.add("workspace", satMul(job.n, 8), {msg::derivYFloat64, {A::ofCount(job.n)}});
    build.add("model_structure", satMul(finished, nodes, perNode),
              {finished == 1 ? (job.classifier ? msg::derivFinishedTreeClasses : msg::derivFinishedTree)
                             : (job.classifier ? msg::derivFinishedTreesClasses : msg::derivFinishedTrees),
               {A::ofCount(finished), A::ofCount(nodes), A::ofInteger(perNode), A::ofInteger(values), A::ofMessage(why)}});
    // The tree being grown: its nodes written so far, and its value array zeroed up to
    // the grown capacity (Tree._resize_c memsets it); the splitter's sample indices
    // (intp) and feature values (float32); bootstrap weights, draws and counts.
    const Bytes growing = satAdd(satMul(nodes, 56), satMul(capacity, values, 8));
    build.add("model_structure", satMul(inBuild, growing),
              {inBuild == 1 ? msg::derivTreeGrown : msg::derivTreesGrown,
               {A::ofCount(inBuild), A::ofCount(nodes), A::ofCount(capacity), A::ofInteger(values * 8)}});
    const Bytes perTreeWork = satMul(job.n, 12 + (shape.bootstrap ? 24 : 0));
    build.add("workspace", satMul(inBuild, perTreeWork),
              {shape.bootstrap ? msg::derivSplitterBootstrap : msg::derivSplitter, {A::ofCount(inBuild), A::ofCount(job.n)}});
    addPeakToHost(ctx, {labels, build});

    if (!shape.maxDepth && !shape.maxLeafNodes) {
        const Bytes all = satMul(trees, nodes, perNode);
        ctx.warn("fully_grown_trees", msg::fullyGrownTrees, {MessageArg::ofText(name), MessageArg::ofCount(nodes), MessageArg::ofBytes(all), MessageArg::ofCount(trees)});
    }
}

void gradientBoosting(EngineContext &ctx, const Job &job)
{
    const Params &p = job.params;
    const std::string &name = job.s.model.estimator;
    const std::int64_t stages = std::max<std::int64_t>(1, p.integer("n_estimators", 100));
    const std::int64_t k = 1; // binary classification and regression: one tree per stage
    const auto depth = p.limit("max_depth", 3);

    Phase fit{{msg::derivPhaseBoostingStages}, {}};
    if (job.csr) {
        // Both a CSC (for fitting) and a CSR (for prediction) float32 copy are kept.
        fit.add("preprocessing_copies", satAdd(job.compressed(4, 4, job.f), job.compressed(4, 4, job.n)),
                {msg::derivCscAndCsr, {A::ofText(name)}});
    } else {
        fit.parts.push_back(dtypeConversion(job, Accepts::Float32, Message::plain(name)));
    }
    // y, sample_weight, raw predictions and their per-stage copy, the residual, the
    // splitter (index + value), and tree.apply / predict outputs: n-long vectors.
    // y, sample_weight, sample mask, raw predictions and their per-stage copy, the
    // residual, tree.apply / predict outputs (≈ 9.7 n-long float64 arrays traced with
    // tracemalloc at the peak of a stage) and the splitter's index + value (1.5).
    fit.add("workspace", job.vectors(11.2, 8),
            {msg::derivBoostingVectors, {A::ofMessage(vecText(11.2, job.n, 8))}});
    TreeShape shape;
    shape.samples = job.n;
    shape.features = job.f;
    shape.featuresPerSplit = resolveMaxFeatures(p, job.f, "all");
    shape.maxDepth = depth;
    shape.maxLeafNodes = p.limit("max_leaf_nodes", std::nullopt);
    shape.minSamplesLeaf = std::max<std::int64_t>(1, p.integer("min_samples_leaf", 1));
    Message why;
    const std::int64_t nodes = expectedNodes(shape, &why);
    fit.add("model_structure", satMul(stages, k, nodes, nodeBytes(1)),
            {msg::derivStages, {A::ofCount(stages), A::ofCount(nodes), A::ofInteger(nodeBytes(1)), A::ofMessage(why)}});
    std::vector<Phase> phases{labelPhase(job, fit.parts.empty() ? Part{} : fit.parts.front()), fit};
    addPeakToHost(ctx, phases);
}

} // namespace

bool addTrees(EngineContext &ctx, const Job &job)
{
    const std::string &e = job.s.model.estimator;
    if (e == "DecisionTreeClassifier" || e == "DecisionTreeRegressor")
        forest(ctx, job, Kind::DecisionTree);
    else if (e == "ExtraTreeClassifier" || e == "ExtraTreeRegressor")
        forest(ctx, job, Kind::ExtraTree);
    else if (e == "RandomForestClassifier" || e == "RandomForestRegressor")
        forest(ctx, job, Kind::RandomForest);
    else if (e == "ExtraTreesClassifier" || e == "ExtraTreesRegressor")
        forest(ctx, job, Kind::ExtraTrees);
    else if (e == "GradientBoostingClassifier" || e == "GradientBoostingRegressor")
        gradientBoosting(ctx, job);
    else
        return false;
    return true;
}

} // namespace headroom::classical
