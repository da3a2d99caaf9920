// Data held in host memory: the stored dataset (dense or CSR), targets, preprocessing
// copies, and for deep-learning frameworks the batches in flight and data-loader workers.

#include "engine/context.h"
#include "scenario/loading.h"

#include <cmath>

namespace headroom::data {
namespace {

using A = MessageArg;

Message shapeText(const InputShape &in)
{
    switch (in.kind) {
    case InputKind::Tabular:
        return {msg::derivFeatures, {A::ofCount(in.features)}};
    case InputKind::Image:
        return Message::plain(std::to_string(in.channels) + "×" + std::to_string(in.height) + "×" + std::to_string(in.width));
    case InputKind::Sequence:
        return {msg::derivStepsFeatures, {A::ofCount(in.length), A::ofCount(in.features)}};
    case InputKind::Tokens:
        return {msg::derivTokens, {A::ofCount(in.length)}};
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
    const std::string dtype(toString(d.dtype));

    const Bytes whole = datasetBytes(d);
    Message layoutText;
    if (d.layout == Layout::Csr) {
        const std::int64_t k = csrNonZerosPerRow(d);
        layoutText = {msg::derivCsrData,
                      {A::ofCount(d.samples), A::ofCount(k), A::ofInteger(dtypeSize(d.dtype)), A::ofText(dtype),
                       A::ofInteger(indexSize(d.indexDtype)), A::ofNumber(d.effectiveDensity(), 4)}};
    } else {
        layoutText = {msg::derivDenseData,
                      {A::ofCount(d.samples), A::ofMessage(shapeText(d.input)), A::ofCount(dtypeSize(d.dtype)), A::ofText(dtype)}};
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
        ctx.host("dataset", satMul(whole, procs), perProcessMessage(layoutText, procs));
        break;
    case Storage::MemoryMapped:
        if (deep) {
            // Only the pages of the batches being read are resident at once.
            const std::int64_t inFlight = 1 + std::max<std::int64_t>(0, s.run.dataloader.workers) * s.run.dataloader.prefetchFactor;
            resident = std::min(whole, satMul(ceilDiv(satMul(batchBytes, inFlight), kPage), kPage));
            ctx.host("dataset", satMul(resident, procs),
                     perProcessMessage({msg::derivMappedBatches,
                                        {A::ofInteger(inFlight), A::ofCount(batch), A::ofBytes(perSample), A::ofBytes(whole)}},
                                       procs));
        } else {
            // A fit reads every row on each pass, so the whole file becomes resident.
            resident = whole;
            ctx.host("dataset", whole, Message{msg::derivMappedWhole, {A::ofMessage(layoutText)}});
        }
        break;
    case Storage::Streaming:
        resident = 0; // the in-flight batches are counted as batch_buffers below
        break;
    }

    if (d.storage != Storage::Streaming && d.targets.count > 0) {
        ctx.host("targets", satMul(targetBytes(d, d.samples), procs),
                 perProcessMessage({msg::derivTargets,
                                    {A::ofCount(d.samples), A::ofCount(d.targets.count), A::ofCount(dtypeSize(d.targets.dtype)),
                                     A::ofText(std::string(toString(d.targets.dtype)))}},
                                   procs));
    }

    if (d.preprocessingCopies > 0) {
        // Copies of what is resident: the whole set, or the in-flight batch when streaming.
        const Bytes base = d.storage == Storage::Streaming ? batchBytes : (d.storage == Storage::MemoryMapped && deep ? resident : whole);
        const bool one = d.preprocessingCopies == 1, streaming = d.storage == Storage::Streaming;
        const char *text = one ? (streaming ? msg::derivCopyBatch : msg::derivCopyInput)
                               : (streaming ? msg::derivCopiesBatch : msg::derivCopiesInput);
        ctx.host("preprocessing_copies", satMul(base, d.preprocessingCopies, procs),
                 perProcessMessage({text, {A::ofInteger(d.preprocessingCopies), A::ofBytes(base)}}, procs));
    }

    if (!deep) {
        if (d.storage == Storage::Streaming)
            ctx.warn("streaming_classical", msg::streamingClassical, {std::string(toString(s.model.framework))});
        return;
    }

    // Batches in flight on the host: the batch being used, plus data-loader prefetch.
    const DataLoader &dl = s.run.dataloader;
    const Bytes oneBatch = satAdd(batchBytes, batchTargets);
    const A oneText = A::ofMessage(
        {batchTargets > 0 ? msg::derivBatchWithTargets : msg::derivBatch, {A::ofCount(batch), A::ofBytes(perSample)}});
    if (dl.workers == 0) {
        Bytes b = oneBatch;
        if (dl.pinMemory)
            b = satMul(b, 2);
        ctx.host("batch_buffers", satMul(b, procs),
                 perProcessMessage({dl.pinMemory ? msg::derivBatchInUsePinned : msg::derivBatchInUse, {oneText}}, procs));
    } else {
        // Each worker keeps prefetch_factor batches ready in shared memory; the main process
        // holds the one in use (and its pinned copy when pin_memory is set).
        const std::int64_t queued = dl.workers * dl.prefetchFactor;
        Bytes b = satMul(oneBatch, queued + 1 + (dl.pinMemory ? 1 : 0));
        ctx.host("batch_buffers", satMul(b, procs),
                 perProcessMessage({dl.pinMemory ? msg::derivPrefetchedPinned : msg::derivPrefetched,
                                    {A::ofInteger(queued + 1 + (dl.pinMemory ? 1 : 0)), A::ofInteger(dl.workers),
                                     A::ofInteger(dl.prefetchFactor), A::ofBytes(oneBatch)}},
                                   procs));
        // A forked worker shares the parent's pages until it writes them; what it owns is
        // the interpreter state it touches (reference counts, allocator arenas): about
        // 60 MiB per worker with a NumPy/tensor dataset. A dataset of Python objects is
        // copied into each worker as it is touched (see hardware-reference.md).
        constexpr Bytes kWorkerPrivate = 60 * MiB;
        ctx.host("dataloader_workers", satMul(kWorkerPrivate, dl.workers, procs),
                 perProcessMessage({msg::derivWorkers, {A::ofCount(dl.workers), A::ofBytes(kWorkerPrivate)}}, procs));
    }
}

} // namespace headroom::data
