// scikit-learn's cross-validation and parameter search (cross_validate, GridSearchCV):
// what the fits beyond the one the estimator's model counts hold. Each fit takes
// X[train] and X[test] by fancy indexing (_safe_split in model_selection/_validation.py,
// scikit-learn 1.2), which copies the rows: the two splits together are a whole copy of
// the data and targets. With n_jobs > 1 joblib's loky backend runs the fits in worker
// processes, each importing the library again, and hands them the arrays over 1 MB
// memory-mapped from a file in /dev/shm (tmpfs, so in RAM).
//
// Measured (bench/calibration/loading/, scikit-learn 1.2.1, joblib 1.2.0, 400,000 × 50
// float32, a 10-tree forest, 4 folds): one fit at a time added 84.6 MB to the fit's peak
// for 83.2 MB of data and targets; n_jobs 2 peaked at 821 MB summed over the process tree
// (proportional set sizes + /dev/shm): each worker 240 MB, loky's resource tracker 40 MB,
// multiprocessing's 7 MB, /dev/shm 93 MB.

#include "engine/context.h"

namespace headroom::classical {

void addCrossValidation(EngineContext &ctx, Bytes fitBytes)
{
    const Scenario &s = ctx.scenario;
    if (!s.run.crossValidation)
        return;
    const CrossValidation &cv = *s.run.crossValidation;
    const Bytes data = satAdd(data::datasetBytes(s.dataset), data::targetBytes(s.dataset, s.dataset.samples));
    const std::int64_t p = cv.parallelFits();
    using Arg = MessageArg;
    if (p <= 1) {
        ctx.host("cross_validation", data,
                 Message{msg::derivCvOneAtATime, {Arg::ofCount(cv.folds), Arg::ofCount(cv.candidates), Arg::ofBytes(data)}});
        return;
    }
    // A worker imports joblib's and loky's machinery beyond the library (about 20 MB over the
    // parent's import footprint, measured); the two resource trackers are processes too.
    constexpr Bytes kWorkerMachinery = 20'000'000;
    constexpr Bytes kTrackers = 47'000'000;
    const Bytes runtime = satAdd(ctx.result.host.bytesOf("framework_runtime"), kWorkerMachinery);
    const Bytes workers = satAdd(satMul(p, satAdd(runtime, data)), satMul(p - 1, fitBytes));
    ctx.host("cross_validation", workers,
             Message{msg::derivCvWorkers,
                     {Arg::ofCount(p), Arg::ofCount(cv.folds), Arg::ofCount(cv.candidates), Arg::ofBytes(runtime),
                      Arg::ofBytes(data), Arg::ofCount(p - 1), Arg::ofBytes(fitBytes)}});
    ctx.host("cross_validation", kTrackers, Message{msg::derivCvTrackers, {Arg::ofBytes(kTrackers)}});
    constexpr Bytes kMemmapThreshold = 1'000'000; // joblib's max_nbytes="1M"
    if (data > kMemmapThreshold)
        ctx.host("cross_validation", data, Message{msg::derivCvSharedData, {Arg::ofBytes(data)}});
}

} // namespace headroom::classical
