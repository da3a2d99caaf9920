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

    Phase build{"Dataset construction", {}};
    if (!(job.isF32() || job.isF64()))
        build.add("preprocessing_copies", job.dense(4), "X converted to float32: " + job.shape(4));
    const std::int64_t sample = std::min<std::int64_t>(job.n, p.integer("subsample_for_bin", 200000));
    build.add("workspace", satMul(sample, job.f, 8), "bin-boundary sample " + formatCount(sample) + " rows × 8 B");

    Phase train{"boosting", {}};
    if (!(job.isF32() || job.isF64()))
        train.add("preprocessing_copies", job.dense(4), "X converted to float32: " + job.shape(4));
    const Bytes binned = job.csr ? satMul(job.nnz, 1 + binBytes) : satMul(job.nnz, binBytes);
    train.add("preprocessing_copies", binned,
              "binned Dataset: " + formatCount(job.nnz) + " values × " + std::to_string(binBytes) + " B" + (job.csr ? " + 1 B row delta" : ""));
    train.add("workspace", satMul(job.n, 4 + 4 + 8 + 8), "gradients, hessians (4 B), scores (8 B), data partition (2 × 4 B) per row");
    train.add("workspace", satMul(leaves, totalBins, 16),
              "histogram pool " + formatCount(leaves) + " leaves × " + formatCount(totalBins) + " bins × 16 B");
    train.add("model_structure", satMul(trees, 2 * leaves - 1, 48), formatCount(trees) + " trees × " + formatCount(2 * leaves - 1) + " nodes × 48 B");
    addPeakToHost(ctx, {build, train});
    if (job.s.device() == Device::Gpu)
        ctx.warn("lightgbm_gpu", msg::lightgbmGpu);
}

} // namespace headroom::classical
