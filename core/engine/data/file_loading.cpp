// Reading the dataset from a file before the fit (`dataset.file`). The load is a phase of
// its own: what it allocates beyond the data is freed before the fit starts, so it adds
// to the peak only where it is above the fit's own memory.
//
// pandas.read_csv (C parser, low_memory) converts the file in chunks of rows to arrays
// per column, joins each column's chunks, and builds the frame's one 2-D float64 block
// from the joined columns: twice the parsed values are alive at once. Measured on
// Debian's pandas 1.5.3 (50,000 × 50 to 1,000,000 × 20 random float64 CSVs): the
// tracemalloc peak is 2.00 × the frame in every case, and the resident peak 2.15–2.9 ×
// (the C tokenizer's buffers, and freed chunks malloc keeps). np.load of an .npy file
// reads straight into the array: nothing beyond it. Figures: bench/calibration/loading/.

#include "engine/context.h"
#include "scenario/loading.h"

#include <algorithm>

namespace headroom::data {

void addFileLoading(EngineContext &ctx)
{
    const Dataset &d = ctx.scenario.dataset;
    if (!loadsDataset(ctx.scenario) || !d.file || d.file->format != FileFormat::Csv || d.storage != Storage::InMemory)
        return;
    const std::int64_t columns = satAdd(d.input.elements(), d.targets.count);
    const Bytes frame = satMul(d.samples, columns, 8);
    const Bytes load = satMul(frame, 3); // two copies, and up to one more kept by the allocator
    const Breakdown &host = ctx.result.host;
    const Bytes fit = std::max<Bytes>(0, host.peak - host.bytesOf("framework_runtime"));
    if (load <= fit)
        return;
    using Arg = MessageArg;
    ctx.host("file_loading", load - fit,
             Message{msg::derivCsvLoad,
                     {Arg::ofBytes(d.file->bytes), Arg::ofCount(d.samples), Arg::ofCount(columns), Arg::ofBytes(frame),
                      Arg::ofBytes(load), Arg::ofBytes(fit)}});
}

} // namespace headroom::data
