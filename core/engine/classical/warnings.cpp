// Pitfalls of tabular data that deserve a warning with the number behind it.

#include "engine/classical/classical_internal.h"

namespace headroom::classical {

void addDataWarnings(EngineContext &ctx, const Job &job)
{
    const Dataset &d = job.s.dataset;
    // float64 where float32 would do: most estimators compute in float32 or convert anyway
    // (trees, histogram boosting, XGBoost, LightGBM bin the values; 24 significant bits are
    // plenty for features), so the stored float64 array doubles the footprint for nothing.
    if (d.dtype == DType::Float64) {
        const Bytes stored = job.stored();
        const Bytes as32 = job.csr ? job.compressed(4, job.indexSize, job.n) : job.dense(4);
        ctx.warn("float64_data", "the data is float64 (" + formatBytes(stored) + "); stored as float32 it would take "
                                     + formatBytes(as32) + ", saving " + formatBytes(satSub(stored, as32))
                                     + (d.preprocessingCopies > 0 ? " per copy" : "") + " of host RAM");
    }
    // A dense layout of mostly-zero data: the density is known, so the CSR size is too.
    if (d.layout == Layout::Dense && d.density && *d.density < 0.5) {
        const Bytes dense = job.stored();
        const std::int64_t perRow = data::csrNonZerosPerRow(d);
        const int idx = indexSize(d.indexDtype);
        const Bytes csr = satAdd(satMul(job.n, perRow, dtypeSize(d.dtype) + idx), satMul(job.n + 1, idx));
        if (csr < dense)
            ctx.warn("dense_sparse_data", "the data is stored dense (" + formatBytes(dense) + ") at density "
                                              + formatNumber(*d.density, 4) + "; as CSR (" + formatCount(perRow)
                                              + " non-zeros per row) it would take " + formatBytes(csr));
    }
}

} // namespace headroom::classical
