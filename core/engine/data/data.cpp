// Data held in host memory: the stored dataset (dense or CSR), targets, preprocessing
// copies, and for deep-learning frameworks the batches in flight and data-loader workers.

#include "engine/context.h"
#include "scenario/loading.h"

#include <cmath>

namespace headroom::data {
namespace {

std::string shapeText(const InputShape &in)
{
    switch (in.kind) {
    case InputKind::Tabular:
        return formatCount(in.features) + " features";
    case InputKind::Image:
        return std::to_string(in.channels) + "×" + std::to_string(in.height) + "×" + std::to_string(in.width);
    case InputKind::Sequence:
        return formatCount(in.length) + " steps × " + formatCount(in.features) + " features";
    case InputKind::Tokens:
        return formatCount(in.length) + " tokens";
    }
    return {};
}

/// Processes of the job on one machine that each hold their own data: one per device
/// for a multi-device deep-learning run (torchrun / DDP start one process per device).
std::int64_t dataProcessesPerNode(const Scenario &s)
{
    if (isDeepLearning(s.model.framework) && s.device() == Device::Gpu)
        return std::max<std::int64_t>(1, s.cluster.gpusPerNode);
    return 1;
}

// Pages of a memory-mapped file are resident while in use; the page cache may keep more,
// but the kernel reclaims those under pressure, so they are not counted as needed.
constexpr Bytes kPage = 4096;

} // namespace

std::int64_t csrNonZerosPerRow(const Dataset &d)
{
    // Same rule as the calibration harness: max(1, round(density × features)).
    const double k = std::round(d.effectiveDensity() * static_cast<double>(d.input.elements()));
    return std::max<std::int64_t>(1, static_cast<std::int64_t>(k));
}

Bytes sampleBytes(const Dataset &d)
{
    if (d.layout == Layout::Csr) {
        const Bytes k = csrNonZerosPerRow(d);
        return satAdd(satMul(k, dtypeSize(d.dtype) + indexSize(d.indexDtype)), indexSize(d.indexDtype));
    }
    return satMul(d.input.elements(), dtypeSize(d.dtype));
}

Bytes datasetBytes(const Dataset &d)
{
    if (d.layout == Layout::Csr) {
        const Bytes nnz = satMul(d.samples, csrNonZerosPerRow(d));
        const Bytes values = satMul(nnz, dtypeSize(d.dtype));
        const Bytes indices = satMul(nnz, indexSize(d.indexDtype));
        const Bytes indptr = satMul(satAdd(d.samples, 1), indexSize(d.indexDtype));
        return satAdd(satAdd(values, indices), indptr);
    }
    return satMul(d.samples, d.input.elements(), dtypeSize(d.dtype));
}

Bytes targetBytes(const Dataset &d, std::int64_t samples)
{
    return satMul(samples, d.targets.count, dtypeSize(d.targets.dtype));
}

void addDataMemory(EngineContext &ctx)
{
    const Scenario &s = ctx.scenario;
    if (!loadsDataset(s))
        return; // a serving engine: no dataset, no DataLoader workers or batches on the host
    const Dataset &d = s.dataset;
    const bool deep = isDeepLearning(s.model.framework);
    const std::int64_t procs = dataProcessesPerNode(s);
    const std::string procText = procs > 1 ? " × " + std::to_string(procs) + " processes (one per device)" : "";
    const std::string dtype(toString(d.dtype));

    const Bytes whole = datasetBytes(d);
    std::string layoutText;
    if (d.layout == Layout::Csr) {
        const std::int64_t k = csrNonZerosPerRow(d);
        layoutText = formatCount(d.samples) + " rows × " + formatCount(k) + " non-zeros × (" + std::to_string(dtypeSize(d.dtype))
                     + " B " + dtype + " + " + std::to_string(indexSize(d.indexDtype)) + " B index) + row pointers (CSR, density "
                     + formatNumber(d.effectiveDensity(), 4) + ")";
    } else {
        layoutText = formatCount(d.samples) + " samples × " + shapeText(d.input) + " × " + std::to_string(dtypeSize(d.dtype))
                     + " B " + dtype;
    }

    const std::int64_t batch = s.run.batchSize;
    const Bytes perSample = sampleBytes(d);
    const Bytes batchBytes = satMul(batch, perSample);
    const Bytes batchTargets = targetBytes(d, batch);

    // The stored dataset and its copies.
    Bytes resident = 0;
    switch (d.storage) {
    case Storage::InMemory:
        resident = whole;
        if (d.layout == Layout::Csr) {
            ctx.host("dataset", satMul(whole, procs), layoutText + procText);
        } else {
            std::vector<MessageArg> args{MessageArg::ofCount(d.samples), MessageArg::ofText(shapeText(d.input)),
                                         MessageArg::ofCount(dtypeSize(d.dtype)), MessageArg::ofText(dtype)};
            if (procs > 1)
                args.push_back(MessageArg::ofCount(procs));
            ctx.host("dataset", satMul(whole, procs),
                     Message{procs > 1 ? msg::derivDenseDataPerProcess : msg::derivDenseData, std::move(args)});
        }
        break;
    case Storage::MemoryMapped:
        if (deep) {
            // Only the pages of the batches being read are resident at once.
            const std::int64_t inFlight = 1 + std::max<std::int64_t>(0, s.run.dataloader.workers) * s.run.dataloader.prefetchFactor;
            resident = std::min(whole, satMul(ceilDiv(satMul(batchBytes, inFlight), kPage), kPage));
            ctx.host("dataset", satMul(resident, procs),
                     "memory-mapped: pages of " + std::to_string(inFlight) + " batch(es) of " + formatCount(batch)
                         + " samples × " + formatBytes(perSample) + " resident (file " + formatBytes(whole) + ")" + procText);
        } else {
            // A fit reads every row on each pass, so the whole file becomes resident.
            resident = whole;
            ctx.host("dataset", whole, "memory-mapped, every page touched by the fit: " + layoutText);
        }
        break;
    case Storage::Streaming:
        resident = 0; // the in-flight batches are counted as batch_buffers below
        break;
    }

    if (d.storage != Storage::Streaming && d.targets.count > 0) {
        std::vector<MessageArg> args{MessageArg::ofCount(d.samples), MessageArg::ofCount(d.targets.count),
                                     MessageArg::ofCount(dtypeSize(d.targets.dtype)),
                                     MessageArg::ofText(std::string(toString(d.targets.dtype)))};
        if (procs > 1)
            args.push_back(MessageArg::ofCount(procs));
        ctx.host("targets", satMul(targetBytes(d, d.samples), procs),
                 Message{procs > 1 ? msg::derivTargetsPerProcess : msg::derivTargets, std::move(args)});
    }

    if (d.preprocessingCopies > 0) {
        // Copies of what is resident: the whole set, or the in-flight batch when streaming.
        const Bytes base = d.storage == Storage::Streaming ? batchBytes : (d.storage == Storage::MemoryMapped && deep ? resident : whole);
        ctx.host("preprocessing_copies", satMul(base, d.preprocessingCopies, procs),
                 std::to_string(d.preprocessingCopies) + " extra cop" + (d.preprocessingCopies == 1 ? "y" : "ies") + " of "
                     + formatBytes(base) + (d.storage == Storage::Streaming ? " (one batch)" : " (the input data)") + procText);
    }

    if (!deep) {
        if (d.storage == Storage::Streaming)
            ctx.warn("streaming_classical", msg::streamingClassical, {std::string(toString(s.model.framework))});
        return;
    }

    // Batches in flight on the host: the batch being used, plus data-loader prefetch.
    const DataLoader &dl = s.run.dataloader;
    const Bytes oneBatch = satAdd(batchBytes, batchTargets);
    const std::string oneText = formatCount(batch) + " samples × " + formatBytes(perSample)
                                + (batchTargets > 0 ? " + targets" : "");
    if (dl.workers == 0) {
        Bytes b = oneBatch;
        std::string text = "1 batch being used: " + oneText;
        if (dl.pinMemory) {
            b = satMul(b, 2);
            text += ", plus its pinned-memory copy";
        }
        ctx.host("batch_buffers", satMul(b, procs), text + procText);
    } else {
        // Each worker keeps prefetch_factor batches ready in shared memory; the main process
        // holds the one in use (and its pinned copy when pin_memory is set).
        const std::int64_t queued = dl.workers * dl.prefetchFactor;
        Bytes b = satMul(oneBatch, queued + 1 + (dl.pinMemory ? 1 : 0));
        ctx.host("batch_buffers", satMul(b, procs),
                 std::to_string(queued + 1 + (dl.pinMemory ? 1 : 0)) + " batches (" + std::to_string(dl.workers) + " workers × "
                     + std::to_string(dl.prefetchFactor) + " prefetched + 1 in use" + (dl.pinMemory ? " + 1 pinned copy" : "")
                     + ") × " + formatBytes(oneBatch) + procText);
        // A forked worker shares the parent's pages until it writes them; what it owns is
        // the interpreter state it touches (reference counts, allocator arenas): about
        // 60 MiB per worker with a NumPy/tensor dataset. A dataset of Python objects is
        // copied into each worker as it is touched (see hardware-reference.md).
        constexpr Bytes kWorkerPrivate = 60 * MiB;
        std::vector<MessageArg> args{MessageArg::ofCount(dl.workers), MessageArg::ofBytes(kWorkerPrivate)};
        if (procs > 1)
            args.push_back(MessageArg::ofCount(procs));
        ctx.host("dataloader_workers", satMul(kWorkerPrivate, dl.workers, procs),
                 Message{procs > 1 ? msg::derivWorkersPerProcess : msg::derivWorkers, std::move(args)});
    }
}

} // namespace headroom::data
