// Translations of the advisor's texts. Core never calls tr(): it gives English titles
// (with %1 placeholders) and costs, listed here with QT_TRANSLATE_NOOP so that lupdate
// extracts them; at run time each is translated by its English text.

#include "advisor/advisortext.h"

#include "common/format.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>

namespace headroom::ui {
namespace {

constexpr const char *kContext = "AdvisorText";

// Keep in step with core/advisor/variants_*.cpp (test_advisor_panel checks it).
const char *const kTexts[] = {
    QT_TRANSLATE_NOOP("AdvisorText", "Store the data as float32 instead of float64"),
    QT_TRANSLATE_NOOP("AdvisorText", "Half the precision of the stored values (about 7 significant digits), enough for almost every "
        "model. Some estimators (e.g. scikit-learn's linear models) convert back to float64 internally."),
    QT_TRANSLATE_NOOP("AdvisorText", "Store the data as float16 instead of %1"),
    QT_TRANSLATE_NOOP("AdvisorText", "About 3 significant digits and a range up to 65504: fine for normalised inputs; cast each "
        "batch to the compute precision on the fly."),
    QT_TRANSLATE_NOOP("AdvisorText", "Keep images as uint8 pixels instead of %1"),
    QT_TRANSLATE_NOOP("AdvisorText", "Normalise each batch on the fly (a little CPU or GPU time per batch); no loss when the source "
        "images are 8-bit."),
    QT_TRANSLATE_NOOP("AdvisorText", "Store token ids as int32 instead of int64"),
    QT_TRANSLATE_NOOP("AdvisorText", "None for vocabularies below 2^31 tokens; cast each batch to int64 (torch.long) for the "
        "embedding lookup."),
    QT_TRANSLATE_NOOP("AdvisorText", "Store the data as CSR (compressed sparse rows), density %1"),
    QT_TRANSLATE_NOOP("AdvisorText", "Only estimators and layers that accept scipy.sparse / sparse tensors can use it; some "
        "algorithms densify internally."),
    QT_TRANSLATE_NOOP("AdvisorText", "Use int32 CSR indices instead of int64"),
    QT_TRANSLATE_NOOP("AdvisorText", "None while the columns and non-zeros stay below 2^31 (scipy picks int32 itself then)."),
    QT_TRANSLATE_NOOP("AdvisorText", "Memory-map the data file instead of loading it"),
    QT_TRANSLATE_NOOP("AdvisorText", "Samples are read from disk on demand: needs fast storage (NVMe) to keep the job busy; the data "
        "must be in a mappable format (NumPy .npy, Arrow, raw binary)."),
    QT_TRANSLATE_NOOP("AdvisorText", "Stream the data in batches instead of holding the set"),
    QT_TRANSLATE_NOOP("AdvisorText", "Data is re-read (or re-generated) every epoch; shuffling needs a shuffle buffer; estimators "
        "that need the whole set at once cannot stream."),
    QT_TRANSLATE_NOOP("AdvisorText", "Preprocess in place: no extra copies of the data (now %1)"),
    QT_TRANSLATE_NOOP("AdvisorText", "Scale, cast and impute in place or chunk by chunk (copy=False, astype per chunk, out= "
        "arguments); a little more code, no loss."),
    QT_TRANSLATE_NOOP("AdvisorText", "DataLoader workers: %1 instead of %2"),
    QT_TRANSLATE_NOOP("AdvisorText", "Slower input pipeline: the devices may wait for data when loading or augmentation is the "
        "bottleneck."),
    QT_TRANSLATE_NOOP("AdvisorText", "Prefetch 1 batch per worker instead of %1"),
    QT_TRANSLATE_NOOP("AdvisorText", "Less slack in the input pipeline: uneven loading times may stall a step."),
    QT_TRANSLATE_NOOP("AdvisorText", "Turn off pin_memory in the DataLoader"),
    QT_TRANSLATE_NOOP("AdvisorText", "Host-to-device copies become synchronous and somewhat slower."),
    QT_TRANSLATE_NOOP("AdvisorText", "Micro-batch %1 with %2 accumulation steps instead of %3 × %4 (same effective batch)"),
    QT_TRANSLATE_NOOP("AdvisorText", "More, smaller steps: lower device utilisation and somewhat slower training; the result is the "
        "same (batch normalisation sees smaller batches)."),
    QT_TRANSLATE_NOOP("AdvisorText", "Mixed precision (bf16 compute, fp32 master weights) instead of %1"),
    QT_TRANSLATE_NOOP("AdvisorText", "Needs bf16 support (NVIDIA Ampere or newer, recent CPUs); usually no loss of accuracy and "
        "faster."),
    QT_TRANSLATE_NOOP("AdvisorText", "Run inference in bf16 instead of %1"),
    QT_TRANSLATE_NOOP("AdvisorText", "Needs bf16 support (NVIDIA Ampere or newer, recent CPUs); outputs differ slightly from fp32."),
    QT_TRANSLATE_NOOP("AdvisorText", "int8 weights instead of %1"),
    QT_TRANSLATE_NOOP("AdvisorText", "Usually under 1 % accuracy loss; needs int8 kernels (bitsandbytes LLM.int8, TensorRT); may be "
        "slower than fp16 for small batches."),
    QT_TRANSLATE_NOOP("AdvisorText", "int4 weights instead of %1"),
    QT_TRANSLATE_NOOP("AdvisorText", "Possible accuracy loss (a point or more on some benchmarks); needs a quantised checkpoint "
        "(GPTQ, AWQ, NF4) and its kernels."),
    QT_TRANSLATE_NOOP("AdvisorText", "Selective activation checkpointing (attention recomputed)"),
    QT_TRANSLATE_NOOP("AdvisorText", "A few percent more compute: the attention scores are recomputed in the backward pass."),
    QT_TRANSLATE_NOOP("AdvisorText", "Full activation checkpointing (only each block's input kept)"),
    QT_TRANSLATE_NOOP("AdvisorText", "About a third more compute: the forward pass runs again during the backward pass."),
    QT_TRANSLATE_NOOP("AdvisorText", "8-bit Adam instead of %1"),
    QT_TRANSLATE_NOOP("AdvisorText", "Needs bitsandbytes; matches 32-bit Adam's accuracy on most published benchmarks."),
    QT_TRANSLATE_NOOP("AdvisorText", "Adafactor instead of %1"),
    QT_TRANSLATE_NOOP("AdvisorText", "Factored second moments: may need a different learning rate schedule; slightly worse than Adam "
        "on some tasks."),
    QT_TRANSLATE_NOOP("AdvisorText", "Fused optimizer step (fused=True)"),
    QT_TRANSLATE_NOOP("AdvisorText", "Same updates in one kernel per parameter group; needs a CUDA device (Adam and AdamW from PyTorch 2.0)."),
    QT_TRANSLATE_NOOP("AdvisorText", "Cross-entropy in 8 compiled chunks"),
    QT_TRANSLATE_NOOP("AdvisorText", "Same loss, computed chunk by chunk (torchtune's CEWithChunkedOutputLoss under torch.compile)."),
    QT_TRANSLATE_NOOP("AdvisorText", "Offload activations to host RAM"),
    QT_TRANSLATE_NOOP("AdvisorText", "Needs pinned host RAM for the saved activations; slower where the copies do not overlap compute."),
    QT_TRANSLATE_NOOP("AdvisorText", "SGD with momentum instead of %1"),
    QT_TRANSLATE_NOOP("AdvisorText", "Often converges slower or to lower accuracy for transformers; the learning rate needs retuning."),
    QT_TRANSLATE_NOOP("AdvisorText", "ZeRO stage 1 across the %1 devices (optimizer states sharded)"),
    QT_TRANSLATE_NOOP("AdvisorText", "Needs DeepSpeed (or a sharded optimizer); about the same communication as DDP."),
    QT_TRANSLATE_NOOP("AdvisorText", "ZeRO stage 2 across the %1 devices (optimizer states and gradients sharded)"),
    QT_TRANSLATE_NOOP("AdvisorText", "Needs DeepSpeed or FSDP (SHARD_GRAD_OP); about the same communication as DDP."),
    QT_TRANSLATE_NOOP("AdvisorText", "ZeRO stage 3 / FSDP across the %1 devices (parameters sharded too)"),
    QT_TRANSLATE_NOOP("AdvisorText", "About 1.5× the communication of DDP: parameters are gathered layer by layer; slower over slow "
        "interconnects."),
    QT_TRANSLATE_NOOP("AdvisorText", "Offload the optimizer states to host RAM"),
    QT_TRANSLATE_NOOP("AdvisorText", "More host RAM and PCIe traffic; the optimizer step runs on the CPU (DeepSpeed ZeRO-Offload): "
        "slower steps."),
    QT_TRANSLATE_NOOP("AdvisorText", "Offload the optimizer states and the parameters to host RAM"),
    QT_TRANSLATE_NOOP("AdvisorText", "Much more PCIe traffic: parameters are fetched for every layer (ZeRO-Infinity); steps can be "
        "several times slower."),
    QT_TRANSLATE_NOOP("AdvisorText", "Flash attention instead of eager attention"),
    QT_TRANSLATE_NOOP("AdvisorText", "Needs a FlashAttention or SDPA kernel for the device and fp16/bf16 compute; no loss, usually "
        "faster."),
    QT_TRANSLATE_NOOP("AdvisorText", "LoRA adapters (rank 8) instead of %1 fine-tuning"),
    QT_TRANSLATE_NOOP("AdvisorText", "Only for fine-tuning pretrained weights, not pre-training; close to full fine-tuning quality "
        "on most tasks."),
    QT_TRANSLATE_NOOP("AdvisorText", "Prompts of %1 tokens instead of %2"),
    QT_TRANSLATE_NOOP("AdvisorText", "The model sees less context: answers that need the cut part may get worse."),
    QT_TRANSLATE_NOOP("AdvisorText", "Sequences of %1 tokens instead of %2"),
    QT_TRANSLATE_NOOP("AdvisorText", "The model attends to less context (documents are split into twice as many shorter samples); "
        "quality on long-range tasks may drop."),
    QT_TRANSLATE_NOOP("AdvisorText", "Limit trees to max_depth %1 (now unlimited)"),
    QT_TRANSLATE_NOOP("AdvisorText", "Shallower trees may underfit: check validation accuracy; fitting gets faster."),
    QT_TRANSLATE_NOOP("AdvisorText", "Limit trees to max_depth %1 (now %2)"),
    QT_TRANSLATE_NOOP("AdvisorText", "Limit trees to %1 leaves (max_leaf_nodes, now %2)"),
    QT_TRANSLATE_NOOP("AdvisorText", "Smaller trees may underfit: check validation accuracy."),
    QT_TRANSLATE_NOOP("AdvisorText", "Shallower trees may underfit: check validation accuracy; more boosting rounds may be needed."),
    QT_TRANSLATE_NOOP("AdvisorText", "Limit trees to %1 leaves (num_leaves, now %2)"),
    QT_TRANSLATE_NOOP("AdvisorText", "Smaller trees may underfit: check validation accuracy; more boosting rounds may be needed."),
    QT_TRANSLATE_NOOP("AdvisorText", "Histogram trees (tree_method hist) with a QuantileDMatrix instead of %1"),
    QT_TRANSLATE_NOOP("AdvisorText", "Split points come from max_bin quantiles: usually the same accuracy, and faster."),
    QT_TRANSLATE_NOOP("AdvisorText", "n_jobs %1 instead of %2"),
    QT_TRANSLATE_NOOP("AdvisorText", "KV cache in %1 instead of %2"),
    QT_TRANSLATE_NOOP("AdvisorText", "Coarser cached keys and values: some loss of quality on long contexts; llama.cpp needs flash attention for a quantised V cache."),
    QT_TRANSLATE_NOOP("AdvisorText", "Needs fp8 support (Hopper/Ada or newer for speed); small loss of accuracy on long contexts."),
    QT_TRANSLATE_NOOP("AdvisorText", "%1 concurrent sequences instead of %2"),
    QT_TRANSLATE_NOOP("AdvisorText", "Lower throughput: requests beyond the batch wait in the queue."),
    QT_TRANSLATE_NOOP("AdvisorText", "Contexts of %1 tokens instead of %2"),
    QT_TRANSLATE_NOOP("AdvisorText", "Longer prompts must be cut or refused (max_model_len / n_ctx); answers that need the cut part may get worse."),
    QT_TRANSLATE_NOOP("AdvisorText", "%1 layers on the GPU instead of %2 (n_gpu_layers)"),
    QT_TRANSLATE_NOOP("AdvisorText", "Layers on the CPU run at host-memory speed: generation slows down; host RAM grows by what the GPU saves."),
    QT_TRANSLATE_NOOP("AdvisorText", "Tensor parallel over %1 GPUs"),
    QT_TRANSLATE_NOOP("AdvisorText", "Needs a second card (NVLink or PCIe); each GPU holds half the weights and half the KV heads."),
    QT_TRANSLATE_NOOP("AdvisorText", "Fewer cores work at once: the fit takes longer, up to proportionally.")
};

QString translated(const std::string &text)
{
    return QCoreApplication::translate(kContext, text.c_str());
}

QString candidateName(const std::string &name) { return QString::fromStdString(name); }

} // namespace

bool isListedAdvisorText(const std::string &text)
{
    return std::any_of(std::begin(kTexts), std::end(kTexts), [&](const char *t) { return text == t; });
}

QString suggestionTitle(const Suggestion &suggestion)
{
    QString title = translated(suggestion.titleTemplate.empty() ? suggestion.title : suggestion.titleTemplate);
    for (const auto &arg : suggestion.titleArgs)
        title = title.arg(QString::fromStdString(arg));
    return title;
}

QString suggestionCost(const Suggestion &suggestion) { return translated(suggestion.cost); }

QString pitfallText(const Pitfall &p)
{
    const QString candidate = candidateName(p.candidate);
    const QString need = formatSize(p.need);
    const QString available = formatSize(p.available);
    if (p.code == "over_provisioning") {
        const QString ratio = QLocale().toString(static_cast<double>(p.available) / static_cast<double>(std::max<Bytes>(1, p.need)), 'f', 1);
        QString text = p.perDevice
            ? QCoreApplication::translate("AdvisorPanel", "%1 has %2 per GPU, %3× the %4 recommended per device.")
            : QCoreApplication::translate("AdvisorPanel", "%1 has %2 of RAM, %3× the %4 recommended.");
        text = text.arg(candidate, available, ratio, need);
        if (p.alternative.empty())
            return text + QLatin1Char(' ')
                   + QCoreApplication::translate("AdvisorPanel", "It is the cheapest candidate that fits, but a smaller machine would do.");
        return text + QLatin1Char(' ')
               + QCoreApplication::translate("AdvisorPanel", "%1 fits with headroom for %2 less.")
                     .arg(candidateName(p.alternative),
                          formatMoney(p.priceDifference.value_or(0.0), QString::fromStdString(p.currency)));
    }
    if (p.code == "per_device_memory") {
        if (p.candidate.empty())
            return QCoreApplication::translate("AdvisorPanel",
                                               "Each device (%n in all) needs %1 of its own: GPU memory does not pool, "
                                               "so the devices' total says nothing about whether one device fits.",
                                               nullptr, static_cast<int>(std::min<std::int64_t>(p.devices, 1 << 30)))
                .arg(need);
        return QCoreApplication::translate("AdvisorPanel", "%1 has %2 per GPU, but each device needs %3: it does not fit, "
                                                           "whatever the machine's total GPU memory.")
            .arg(candidate, available, need);
    }
    if (p.code == "dataset_exceeds_ram")
        return QCoreApplication::translate("AdvisorPanel", "The dataset (%1 as stored) is larger than the %2 of RAM of %3: "
                                                           "held in memory it would swap or be killed. Memory-map or stream it.")
            .arg(need, available, candidate);
    return QString::fromStdString(p.message);
}

} // namespace headroom::ui
