#include "engine/dnn/states.h"

#include "engine/dnn/weights.h"
#include "quant/formats.h"
#include "util/format.h"

#include <algorithm>
#include <cmath>

namespace headroom::dnn {
namespace {

Bytes bitsToBytes(std::int64_t count, int bits) { return ceilDiv(satMul(count, bits), 8); }

} // namespace

PrecisionLayout precisionLayout(Precision p)
{
    switch (p) {
    case Precision::Fp64: return {64, 8, 0, 8, 8, "fp64"};
    case Precision::Fp32: return {32, 4, 0, 4, 4, "fp32"};
    case Precision::Fp16: return {16, 2, 0, 2, 2, "fp16"};
    case Precision::Bf16: return {16, 2, 0, 2, 2, "bf16"};
    // Mixed precision as DeepSpeed and Megatron keep it (ZeRO paper §3.1): 16-bit
    // weights and gradients, fp32 master weights and fp32 optimizer states.
    case Precision::MixedFp16: return {16, 2, 4, 4, 2, "fp16"};
    case Precision::MixedBf16: return {16, 2, 4, 4, 2, "bf16"};
    // Weight-only quantisation (inference): 8 or 4 bits per weight plus one fp16 scale
    // per group of 128 weights (GPTQ/AWQ layout: +0.125 bit); activations in fp16.
    case Precision::Int8: return {8, 2, 0, 2, 2, "int8"};
    case Precision::Int4: return {4, 2, 0, 2, 2, "int4"};
    }
    return {};
}

ModelStates modelStates(const Scenario &s, std::int64_t params, std::int64_t factored, std::int64_t edges,
                        bool fp32Grads, const TransformerConfig *config)
{
    PrecisionLayout pl = precisionLayout(s.run.precision);
    if (fp32Grads)
        pl.gradBytes = 4;
    const bool train = s.run.task == Task::Train;
    const Finetune &ft = s.run.finetune;
    ModelStates m;
    m.params = params;

    // The stored format of model.weights (exact bytes of a file, or a quantised format's
    // storage); its exact parameter count replaces the network's.
    const auto stored = weightStorage(s, params, config, pl.weightBits);
    if (stored)
        m.params = params = stored->params;

    // Weights: quantised ones carry a 16-bit scale per 128 weights.
    bool quantised = s.run.precision == Precision::Int8 || s.run.precision == Precision::Int4;
    Bytes base = bitsToBytes(params, pl.weightBits);
    if (quantised)
        base = satAdd(base, satMul(ceilDiv(params, 128), 2));
    std::string weightText = formatCount(params) + " parameters × " + formatNumber(pl.weightBits / 8.0, 3) + " B "
                             + pl.weightName + (quantised ? " (+ fp16 scale per 128 weights)" : "");
    if (stored && stored->bytes) {
        base = *stored->bytes;
        weightText = stored->text;
        const auto format = quant::parseWeightFormat(s.model.weights->format);
        quantised = quantised || (format && quant::isQuantised(format->info->kind));
    }

    if (!train) {
        m.weights = base;
        m.weightsText = weightText;
        return m;
    }

    switch (ft.method) {
    case FinetuneMethod::Full:
        m.trainable = params;
        break;
    case FinetuneMethod::Frozen:
        m.trainable = static_cast<std::int64_t>(std::llround(static_cast<double>(params) * std::clamp(ft.trainableFraction, 0.0, 1.0)));
        break;
    case FinetuneMethod::Lora:
        // Rank-r adapters A (r × in) and B (out × r) beside each adapted matrix.
        m.adapters = satMul(std::max<std::int64_t>(1, ft.rank), edges);
        m.trainable = m.adapters;
        break;
    }
    // Adapters are trained in the compute precision (16-bit even over a quantised base).
    const int adapterBits = quantised ? 16 : pl.weightBits;
    m.weights = satAdd(base, bitsToBytes(m.adapters, adapterBits));
    m.weightsText = weightText;
    if (pl.masterBytes > 0 && s.device() == Device::Cpu)
        m.weightsText += " (the 16-bit copies autocast makes of the fp32 model)";
    if (m.adapters > 0)
        m.weightsText += " + " + formatCount(m.adapters) + " LoRA adapter parameters (rank " + std::to_string(ft.rank) + ")";

    const std::string who = ft.method == FinetuneMethod::Full ? formatCount(m.trainable) + " parameters"
                            : ft.method == FinetuneMethod::Lora ? formatCount(m.trainable) + " adapter parameters"
                                                                : formatCount(m.trainable) + " trainable parameters ("
                                                                      + formatNumber(ft.trainableFraction * 100.0, 1) + " %)";
    m.gradients = satMul(m.trainable, pl.gradBytes);
    m.gradientsText = who + " × " + std::to_string(pl.gradBytes) + " B";
    if (pl.masterBytes > 0) {
        m.master = satMul(m.trainable, pl.masterBytes);
        m.masterText = who + " × 4 B fp32 master copy";
    }

    // Optimizer state per trainable parameter (PyTorch's, bitsandbytes', HF Adafactor's).
    const int sb = pl.stateBytes;
    const std::string sbText = std::to_string(sb) + " B";
    switch (s.run.optimizer) {
    case Optimizer::Sgd:
        break;
    case Optimizer::SgdMomentum:
        m.optimizer = satMul(m.trainable, sb);
        m.optimizerText = who + " × 1 momentum buffer × " + sbText;
        break;
    case Optimizer::Adam:
    case Optimizer::AdamW:
        m.optimizer = satMul(m.trainable, 2 * sb);
        m.optimizerText = who + " × 2 moments (exp_avg, exp_avg_sq) × " + sbText;
        break;
    case Optimizer::Adagrad:
        m.optimizer = satMul(m.trainable, sb);
        m.optimizerText = who + " × 1 sum of squares × " + sbText;
        break;
    case Optimizer::RmsProp:
        m.optimizer = satMul(m.trainable, sb);
        m.optimizerText = who + " × 1 square average × " + sbText;
        break;
    case Optimizer::Lion:
        m.optimizer = satMul(m.trainable, sb);
        m.optimizerText = who + " × 1 momentum × " + sbText;
        break;
    case Optimizer::Adam8bit:
        // bitsandbytes: two uint8 states plus an fp32 absmax per 2048-value block each.
        m.optimizer = satAdd(satMul(m.trainable, 2), satMul(ceilDiv(m.trainable, 2048), 8));
        m.optimizerText = who + " × 2 states × 1 B (8-bit, block-wise fp32 scales)";
        break;
    case Optimizer::Adafactor: {
        // Factored second moment: rows + cols values per weight matrix, full size for
        // vectors; no first moment (Hugging Face default beta1=None).
        std::int64_t elems = factored;
        if (m.trainable < params && params > 0)
            elems = static_cast<std::int64_t>(static_cast<double>(factored) * static_cast<double>(m.trainable)
                                              / static_cast<double>(params));
        if (ft.method == FinetuneMethod::Lora)
            elems = m.trainable; // adapters are thin matrices: (r + in) + (out + r) ≈ their size
        m.optimizer = satMul(elems, sb);
        m.optimizerText = formatCount(elems) + " factored row/column statistics × " + sbText + " (Adafactor)";
        break;
    }
    }
    return m;
}

} // namespace headroom::dnn
