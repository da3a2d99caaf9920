// Classical estimators (scikit-learn, XGBoost, LightGBM): what a fit allocates beyond the
// stored data. The dataset, its targets and the user's preprocessing copies are counted by
// the data engine (engine/data); here come the library's runtime, the conversions it makes
// of the input, its working memory at the peak of the fit, and the fitted model.

#include "engine/classical/classical_internal.h"

namespace headroom::classical {

namespace {

/// The estimator's fit: its working memory at the peak and the fitted model.
void addFit(EngineContext &ctx, const Job &job)
{
    switch (ctx.scenario.model.framework) {
    case Framework::XGBoost:
        addXgboost(ctx, job);
        addFloat64Warning(ctx, job);
        return;
    case Framework::LightGBM:
        addLightgbm(ctx, job);
        addFloat64Warning(ctx, job);
        return;
    default:
        break;
    }
    if (addLinear(ctx, job) || addTrees(ctx, job) || addHistGradientBoosting(ctx, job) || addNeighboursSvm(ctx, job)
        || addClusterDecomposition(ctx, job)) {
        addFloat64Warning(ctx, job);
        return;
    }
    // Nothing silent: the runtime and the data are still counted, the fit's own memory is not.
    ctx.warn("estimator_not_modelled", msg::estimatorNotModelled,
             {MessageArg::ofText(job.s.model.estimator.empty() ? std::string("(none)") : job.s.model.estimator),
              MessageArg::ofText(std::string(toString(job.s.model.framework))), MessageArg::ofBytes(job.stored())});
}

} // namespace

void addClassicalMemory(EngineContext &ctx)
{
    const Job job(ctx.scenario);
    addRuntime(ctx, job);
    addDataWarnings(ctx, job);
    const Bytes before = ctx.result.host.peak;
    addFit(ctx, job);
    addCrossValidation(ctx, ctx.result.host.peak - before);
}

} // namespace headroom::classical
