// Pitfalls of tabular data that deserve a warning with the number behind it.

#include "engine/classical/classical_internal.h"
#include "engine/engine.h"

namespace headroom::classical {

void addDataWarnings(EngineContext &ctx, const Job &job)
{
    const Dataset &d = job.s.dataset;
    // A dense layout of mostly-zero data: the density is known, so the CSR size is too.
    if (d.layout == Layout::Dense && d.density && *d.density < 0.5) {
        const Bytes dense = job.stored();
        const std::int64_t perRow = data::csrNonZerosPerRow(d);
        const int idx = indexSize(d.indexDtype);
        const Bytes csr = satAdd(satMul(job.n, perRow, dtypeSize(d.dtype) + idx), satMul(job.n + 1, idx));
        if (csr < dense)
            ctx.warn("dense_sparse_data", msg::denseSparseData,
                     {MessageArg::ofBytes(dense), MessageArg::ofNumber(*d.density, 4), MessageArg::ofCount(perRow),
                      MessageArg::ofBytes(csr)});
    }
}

void addFloat64Warning(EngineContext &ctx, const Job &job)
{
    // float64 where float32 would do: 24 significant bits are plenty for features, and many
    // estimators compute in float32 or bin the values anyway (trees even copy float64 to
    // float32). Whether float32 storage helps depends on the estimator (lbfgs, SGD, SVC
    // convert back to float64, so there it would cost a copy): the saving is the
    // difference of the two whole estimates, and no warning when there is none.
    if (job.s.dataset.dtype != DType::Float64 || job.s.model.estimator.empty())
        return;
    Scenario as32 = job.s;
    as32.dataset.dtype = DType::Float32;
    const Bytes now = ctx.result.host.peak;
    const Bytes then = estimateMemory(as32).host.peak;
    if (then >= now)
        return;
    ctx.warn("float64_data", msg::float64Data,
             {MessageArg::ofBytes(job.stored()), MessageArg::ofBytes(then), MessageArg::ofBytes(now),
              MessageArg::ofBytes(now - then)});
}

} // namespace headroom::classical
