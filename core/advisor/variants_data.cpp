// Data-side alternatives: how the set is stored and loaded. Whether one saves anything
// (and how much) is left to the engine: the driver estimates each variant.

#include "advisor/variants.h"

#include "util/format.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace headroom::advisor {
namespace {

std::string name(DType t) { return std::string(toString(t)); }

bool deep(const Scenario &s) { return isDeepLearning(s.model.framework); }

void addDtypeVariants(Variants &v)
{
    const Dataset &d = v.base().dataset;
    if (d.dtype == DType::Float64)
        v.add("dtype_float32", "Store the data as float32 instead of float64", {},
              "Half the precision of the stored values (about 7 significant digits), enough for almost every model. "
              "Some estimators (e.g. scikit-learn's linear models) convert back to float64 internally.",
              [](Scenario &s) { s.dataset.dtype = DType::Float32; });

    // float16 only where inputs are normalised tensors fed to a network.
    if (deep(v.base()) && d.input.kind != InputKind::Tokens && (d.dtype == DType::Float32 || d.dtype == DType::Float64))
        v.add("dtype_float16", "Store the data as float16 instead of %1", {name(d.dtype)},
              "About 3 significant digits and a range up to 65504: fine for normalised inputs; "
              "cast each batch to the compute precision on the fly.",
              [](Scenario &s) { s.dataset.dtype = DType::Float16; });

    // Raw pixels are 8-bit; normalising per batch instead of storing floats.
    if (d.input.kind == InputKind::Image && isFloat(d.dtype))
        v.add("images_uint8", "Keep images as uint8 pixels instead of %1", {name(d.dtype)},
              "Normalise each batch on the fly (a little CPU or GPU time per batch); no loss when the source images are 8-bit.",
              [](Scenario &s) { s.dataset.dtype = DType::UInt8; });

    // Token ids fit 32 bits for any real vocabulary.
    if (d.input.kind == InputKind::Tokens && d.dtype == DType::Int64)
        v.add("tokens_int32", "Store token ids as int32 instead of int64", {},
              "None for vocabularies below 2^31 tokens; cast each batch to int64 (torch.long) for the embedding lookup.",
              [](Scenario &s) { s.dataset.dtype = DType::Int32; });
}

void addSparseVariants(Variants &v)
{
    const Dataset &d = v.base().dataset;
    const bool csrDtype = isFloat(d.dtype) || d.dtype == DType::Int64 || d.dtype == DType::Int32;
    if (d.layout == Layout::Dense && d.input.kind == InputKind::Tabular && d.density && *d.density < 1.0 && csrDtype) {
        v.add("csr", "Store the data as CSR (compressed sparse rows), density %1", {formatNumber(*d.density, 6)},
              "Only estimators and layers that accept scipy.sparse / sparse tensors can use it; "
              "some algorithms densify internally.",
              [](Scenario &s) { s.dataset.layout = Layout::Csr; });
    }
    if (d.layout == Layout::Csr && d.indexDtype == IndexDType::Int64) {
        const double nonZeros = d.effectiveDensity() * static_cast<double>(d.input.elements()) * static_cast<double>(d.samples);
        if (nonZeros < 2147483647.0 && d.input.elements() < 2147483647)
            v.add("csr_int32_index", "Use int32 CSR indices instead of int64", {},
                  "None while the columns and non-zeros stay below 2^31 (scipy picks int32 itself then).",
                  [](Scenario &s) { s.dataset.indexDtype = IndexDType::Int32; });
    }
}

/// Whether the job can consume its data batch by batch: a network's training loop can; of
/// the classical estimators only those with partial_fit (the rest need the whole set).
bool canStream(const Scenario &s)
{
    if (deep(s))
        return true;
    if (s.model.framework != Framework::ScikitLearn)
        return false;
    static constexpr std::array<std::string_view, 13> incremental = {
        "SGDClassifier", "SGDRegressor", "SGDOneClassSVM", "Perceptron", "PassiveAggressiveClassifier",
        "PassiveAggressiveRegressor", "MiniBatchKMeans", "IncrementalPCA", "MultinomialNB", "BernoulliNB",
        "GaussianNB", "MLPClassifier", "MLPRegressor"};
    return std::find(incremental.begin(), incremental.end(), s.model.estimator) != incremental.end();
}

void addStorageVariants(Variants &v)
{
    const Dataset &d = v.base().dataset;
    if (d.storage == Storage::InMemory)
        v.add("memory_mapped", "Memory-map the data file instead of loading it", {},
              "Samples are read from disk on demand: needs fast storage (NVMe) to keep the job busy; "
              "the data must be in a mappable format (NumPy .npy, Arrow, raw binary).",
              [](Scenario &s) { s.dataset.storage = Storage::MemoryMapped; });
    if (d.storage != Storage::Streaming && canStream(v.base()))
        v.add("streaming", "Stream the data in batches instead of holding the set", {},
              "Data is re-read (or re-generated) every epoch; shuffling needs a shuffle buffer; "
              "estimators that need the whole set at once cannot stream.",
              [](Scenario &s) { s.dataset.storage = Storage::Streaming; });
    if (d.preprocessingCopies > 0)
        v.add("drop_preprocessing_copies", "Preprocess in place: no extra copies of the data (now %1)",
              {std::to_string(d.preprocessingCopies)},
              "Scale, cast and impute in place or chunk by chunk (copy=False, astype per chunk, out= arguments); "
              "a little more code, no loss.",
              [](Scenario &s) { s.dataset.preprocessingCopies = 0; });
}

void addLoaderVariants(Variants &v)
{
    if (!deep(v.base()))
        return;
    const DataLoader &dl = v.base().run.dataloader;
    if (dl.workers > 1) {
        const std::int64_t fewer = dl.workers / 2;
        v.add("fewer_workers", "DataLoader workers: %1 instead of %2", {std::to_string(fewer), std::to_string(dl.workers)},
              "Slower input pipeline: the devices may wait for data when loading or augmentation is the bottleneck.",
              [fewer](Scenario &s) { s.run.dataloader.workers = fewer; });
    }
    if (dl.workers > 0 && dl.prefetchFactor > 1)
        v.add("less_prefetch", "Prefetch 1 batch per worker instead of %1", {std::to_string(dl.prefetchFactor)},
              "Less slack in the input pipeline: uneven loading times may stall a step.",
              [](Scenario &s) { s.run.dataloader.prefetchFactor = 1; });
    if (dl.pinMemory)
        v.add("no_pin_memory", "Turn off pin_memory in the DataLoader", {},
              "Host-to-device copies become synchronous and somewhat slower.",
              [](Scenario &s) { s.run.dataloader.pinMemory = false; });
}

} // namespace

void addDataVariants(Variants &v)
{
    addDtypeVariants(v);
    addSparseVariants(v);
    addStorageVariants(v);
    addLoaderVariants(v);
}

std::string fillTemplate(const std::string &text, const std::vector<std::string> &args)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
            const auto n = static_cast<std::size_t>(text[i + 1] - '1');
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

} // namespace headroom::advisor
