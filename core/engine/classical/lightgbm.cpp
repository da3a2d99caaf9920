// LightGBM (LGBMClassifier, LGBMRegressor), from its documented data structures (not
// measured here: no LightGBM in the calibration environment).
// - The sklearn wrapper passes float32/float64 arrays as they are; other dtypes become a
//   float32 copy. Binning samples bin_construct_sample_cnt (200,000) rows.
// - The Dataset stores one bin per value: 1 B for ≤ 256 bins (max_bin default 255),
//   dense features grouped by EFB; sparse features store (row delta, bin) pairs.
// - Training: gradients and hessians (float32) and scores (float64) per row, the data
//   partition (int32 per row, twice for the split buffers), and the histogram pool:
//   one histogram per leaf (histogram_pool_size −1 = unlimited), each bin a gradient and
//   hessian sum of 8 B each.

#include "engine/classical/classical_internal.h"

#include <algorithm>

namespace headroom::classical {

void addLightgbm(EngineContext &ctx, const Job &job)
{
    const Params &p = job.params;
    const std::int64_t maxBin = std::clamp<std::int64_t>(p.integer("max_bin", 255), 2, 65535);
    const std::int64_t leaves = std::max<std::int64_t>(2, p.integer("num_leaves", 31));
    const std::int64_t trees = std::max<std::int64_t>(1, p.integer("n_estimators", 100));
    const int binBytes = maxBin <= 256 ? 1 : 2;
    const std::int64_t totalBins = satMul(job.f, maxBin);

    Phase build{{msg::derivPhaseDatasetConstruction}, {}};
    if (!(job.isF32() || job.isF64()))
        build.add("preprocessing_copies", job.dense(4), {msg::derivXToFloat32, {A::ofMessage(job.shape(4))}});
    const std::int64_t sample = std::min<std::int64_t>(job.n, p.integer("subsample_for_bin", 200000));
    build.add("workspace", satMul(sample, job.f, 8), {msg::derivBinBoundarySample, {A::ofCount(sample)}});

    Phase train{{msg::derivPhaseBoosting}, {}};
    if (!(job.isF32() || job.isF64()))
        train.add("preprocessing_copies", job.dense(4), {msg::derivXToFloat32, {A::ofMessage(job.shape(4))}});
    const Bytes binned = job.csr ? satMul(job.nnz, 1 + binBytes) : satMul(job.nnz, binBytes);
    train.add("preprocessing_copies", binned,
              {job.csr ? msg::derivLgbmBinnedCsr : msg::derivLgbmBinned, {A::ofCount(job.nnz), A::ofInteger(binBytes)}});
    train.add("workspace", satMul(job.n, 4 + 4 + 8 + 8), {msg::derivLgbmRowState});
    train.add("workspace", satMul(leaves, totalBins, 16),
              {msg::derivLgbmHistogramPool, {A::ofCount(leaves), A::ofCount(totalBins)}});
    train.add("model_structure", satMul(trees, 2 * leaves - 1, 48), {msg::derivTreesNodes48, {A::ofCount(trees), A::ofCount(2 * leaves - 1)}});
    addPeakToHost(ctx, {build, train});
    if (job.s.device() == Device::Gpu)
        ctx.warn("lightgbm_gpu", msg::lightgbmGpu);
}

} // namespace headroom::classical
