#include "engine/dnn/states.h"

#include "engine/dnn/weights.h"
#include "quant/formats.h"
#include "scenario/messages.h"
#include "util/format.h"

#include <algorithm>
#include <cmath>

namespace headroom::dnn {
namespace {

using A = MessageArg;

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

Bytes fourBitBytes(std::int64_t count, bool doubleQuant)
{
    const std::int64_t blocks = ceilDiv(count, 64);
    const Bytes packed = ceilDiv(count, 2);
    if (!doubleQuant)
        return satAdd(packed, satMul(blocks, 4));
    // 8-bit absmax per block, plus per 256 blocks an fp32 scale of those (the mean offset
    // per tensor is a few bytes).
    return satAdd(satAdd(packed, blocks), satMul(ceilDiv(blocks, 256), 4));
}

int adapterBytes(AdapterDType t)
{
    switch (t) {
    case AdapterDType::Fp32: return 4;
    case AdapterDType::Bf16:
    case AdapterDType::Fp16: return 2;
    }
    return 4;
}

std::optional<AdapterDType> adapterDtypeOf(const Finetune &ft)
{
    if (ft.adapterDtype)
        return ft.adapterDtype;
    if (ft.method == FinetuneMethod::Qlora)
        return AdapterDType::Fp32;
    return std::nullopt;
}

namespace {

/// QLoRA: a 4-bit frozen base, adapters with their gradients and optimizer states.
ModelStates qloraStates(const Scenario &s, std::int64_t params, std::int64_t edges, std::int64_t quantisable)
{
    const PrecisionLayout pl = precisionLayout(s.run.precision);
    const Finetune &ft = s.run.finetune;
    ModelStates m;
    m.params = params;
    const std::int64_t q = std::clamp<std::int64_t>(quantisable, 0, params);
    const std::int64_t rest = params - q;
    const Bytes base = satAdd(fourBitBytes(q, ft.doubleQuant), bitsToBytes(rest, pl.weightBits));
    m.adapters = satMul(std::max<std::int64_t>(1, ft.rank), edges);
    m.trainable = m.adapters;
    const int ab = adapterBytes(*adapterDtypeOf(ft));
    m.weights = satAdd(base, satMul(m.adapters, ab));
    const std::string quant = std::string(ft.quantType == QuantType::Nf4 ? "NF4" : "FP4");
    m.weightsText = Message{ft.doubleQuant ? msg::derivQloraWeightsDouble : msg::derivQloraWeights,
                            {A::ofCount(q), A::ofText(quant), A::ofCount(rest), A::ofNumber(pl.weightBits / 8.0, 3),
                             A::ofText(pl.weightName), A::ofCount(m.adapters), A::ofInteger(ft.rank), A::ofInteger(ab)}};
    const A who = A::ofMessage({msg::derivAdapterParams, {A::ofCount(m.trainable)}});
    m.gradients = satMul(m.trainable, ab);
    m.gradientsText = {msg::derivTimesBytes, {who, A::ofInteger(ab)}};
    // Optimizer states take the adapters' dtype (torch.optim), 8-bit for adam_8bit.
    switch (s.run.optimizer) {
    case Optimizer::Sgd:
        break;
    case Optimizer::Adam8bit:
        m.optimizer = satAdd(satMul(m.trainable, 2), satMul(ceilDiv(m.trainable, 2048), 8));
        m.optimizerText = {msg::derivAdam8bit, {who}};
        break;
    case Optimizer::Adam:
    case Optimizer::AdamW:
    case Optimizer::Adafactor:
        m.optimizer = satMul(m.trainable, 2 * ab);
        m.optimizerText = {msg::derivTwoMoments, {who, A::ofInteger(ab)}};
        break;
    default:
        m.optimizer = satMul(m.trainable, ab);
        m.optimizerText = {msg::derivOneState, {who, A::ofInteger(ab)}};
        break;
    }
    if (ft.pagedOptimizer && s.run.optimizer != Optimizer::Sgd)
        m.optimizerText = {msg::derivPaged, {A::ofMessage(m.optimizerText)}};
    return m;
}

} // namespace

ModelStates modelStates(const Scenario &s, std::int64_t params, std::int64_t factored, std::int64_t edges,
                        StatesLayout layout, std::int64_t unquantised, std::int64_t quantisable,
                        const TransformerConfig *config)
{
    PrecisionLayout pl = precisionLayout(s.run.precision);
    if (layout == StatesLayout::CpuAutocast)
        pl.gradBytes = 4;
    if (layout == StatesLayout::Autocast) {
        pl.weightBits = 32;
        pl.gradBytes = 4;
        pl.masterBytes = 0;
        pl.stateBytes = 4;
    }
    const Message weightName = layout == StatesLayout::Autocast ? Message{msg::derivAutocastFp32} : Message::plain(pl.weightName);
    if (layout == StatesLayout::MegatronMainGrads)
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

    // QLoRA's frozen base is bitsandbytes 4-bit whatever the mixed-precision layout and the
    // stored format: its states are the adapters' alone (see qloraStates).
    if (train && ft.method == FinetuneMethod::Qlora)
        return qloraStates(s, params, edges, quantisable);

    // Weights. Weight-only quantisation (bitsandbytes, GPTQ/AWQ, torchao) replaces the
    // linear layers' weights; embeddings, norms and (in Hugging Face) the LM head stay in
    // 16 bits. 4-bit: bitsandbytes NF4/FP4 keeps one fp32 absmax per 64 weights
    // (0.5 bit/weight; GPTQ/AWQ's fp16 scale per 128 is less, so this errs high); 8-bit:
    // one 16-bit scale per output row, taken as one per 128 weights (rows ≥ 128 wide).
    bool quantised = s.run.precision == Precision::Int8 || s.run.precision == Precision::Int4;
    Bytes base = bitsToBytes(params, pl.weightBits);
    Message weightText{msg::derivWeights,
                       {A::ofCount(params), A::ofNumber(pl.weightBits / 8.0, 3), A::ofMessage(weightName)}};
    if (quantised) {
        const std::int64_t keep = std::clamp<std::int64_t>(unquantised, 0, params);
        const std::int64_t q = params - keep;
        const bool four = s.run.precision == Precision::Int4;
        const Bytes constants = four ? satMul(ceilDiv(q, 64), 4) : satMul(ceilDiv(q, 128), 2);
        base = satAdd(satAdd(bitsToBytes(q, pl.weightBits), constants), satMul(keep, 2));
        weightText = {four ? msg::derivQuantised4 : msg::derivQuantised8,
                      {A::ofCount(q), A::ofNumber(pl.weightBits / 8.0, 3), A::ofMessage(weightName)}};
        if (keep > 0)
            weightText = {msg::derivNotQuantised, {A::ofMessage(weightText), A::ofCount(keep)}};
    }
    // A file's stored format (a GGML block layout, GPTQ...) decides the bytes it loads as.
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
    case FinetuneMethod::Qlora: // handled above
    case FinetuneMethod::Lora:
        // Rank-r adapters A (r × in) and B (out × r) beside each adapted matrix.
        m.adapters = satMul(std::max<std::int64_t>(1, ft.rank), edges);
        m.trainable = m.adapters;
        break;
    }
    // Adapters are trained in the compute precision (16-bit even over a quantised base),
    // or in the dtype the scenario names.
    const int adapterBits = ft.adapterDtype ? 8 * adapterBytes(*ft.adapterDtype) : quantised ? 16 : pl.weightBits;
    m.weights = satAdd(base, bitsToBytes(m.adapters, adapterBits));
    m.weightsText = weightText;
    if (pl.masterBytes > 0 && s.device() == Device::Cpu)
        m.weightsText = {msg::derivAutocastCopies, {A::ofMessage(m.weightsText)}};
    if (m.adapters > 0)
        m.weightsText = {msg::derivPlusLora, {A::ofMessage(m.weightsText), A::ofCount(m.adapters), A::ofInteger(ft.rank)}};

    const A who = A::ofMessage(ft.method == FinetuneMethod::Full ? Message{msg::derivParams, {A::ofCount(m.trainable)}}
                               : ft.method == FinetuneMethod::Lora
                                   ? Message{msg::derivAdapterParams, {A::ofCount(m.trainable)}}
                                   : Message{msg::derivTrainableParams,
                                             {A::ofCount(m.trainable), A::ofPercent(ft.trainableFraction, 1)}});
    m.gradients = satMul(m.trainable, pl.gradBytes);
    m.gradientsText = {msg::derivTimesBytes, {who, A::ofInteger(pl.gradBytes)}};
    if (pl.masterBytes > 0) {
        m.master = satMul(m.trainable, pl.masterBytes);
        m.masterText = {msg::derivMasterCopy, {who}};
    }

    // Optimizer state per trainable parameter (PyTorch's, bitsandbytes', HF Adafactor's).
    const int sb = pl.stateBytes;
    const auto states = [&](const char *tmpl) { return Message{tmpl, {who, A::ofInteger(sb)}}; };
    switch (s.run.optimizer) {
    case Optimizer::Sgd:
        break;
    case Optimizer::SgdMomentum:
        m.optimizer = satMul(m.trainable, sb);
        m.optimizerText = states(msg::derivMomentumBuffer);
        break;
    case Optimizer::Adam:
    case Optimizer::AdamW:
        m.optimizer = satMul(m.trainable, 2 * sb);
        m.optimizerText = states(msg::derivAdamMoments);
        break;
    case Optimizer::Adagrad:
        m.optimizer = satMul(m.trainable, sb);
        m.optimizerText = states(msg::derivSumOfSquares);
        break;
    case Optimizer::RmsProp:
        m.optimizer = satMul(m.trainable, sb);
        m.optimizerText = states(msg::derivSquareAverage);
        break;
    case Optimizer::Lion:
        m.optimizer = satMul(m.trainable, sb);
        m.optimizerText = states(msg::derivMomentum);
        break;
    case Optimizer::Adam8bit:
        // bitsandbytes: two uint8 states plus an fp32 absmax per 2048-value block each.
        m.optimizer = satAdd(satMul(m.trainable, 2), satMul(ceilDiv(m.trainable, 2048), 8));
        m.optimizerText = {msg::derivAdam8bit, {who}};
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
        m.optimizerText = {msg::derivAdafactor, {A::ofCount(elems), A::ofInteger(sb)}};
        break;
    }
    }
    return m;
}

} // namespace headroom::dnn

namespace headroom::dnn {

StepTemporaries stepTemporaries(const Scenario &s, const ModelStates &ms, std::int64_t loopPeak,
                                std::int64_t trainablePerDevice, bool megatron, int zero)
{
    StepTemporaries t;
    const Optimizer o = s.run.optimizer;
    const bool sqrtTemp = o == Optimizer::Adam || o == Optimizer::AdamW || o == Optimizer::Adagrad || o == Optimizer::RmsProp;
    if (!sqrtTemp || ms.optimizer == 0)
        return t;
    const bool gpu = s.device() == Device::Gpu;
    const bool torch = s.model.framework == Framework::PyTorch || s.model.framework == Framework::Megatron;
    const std::optional<OptimizerStep> chosen = s.run.optimizerStep;
    if (!torch && !chosen)
        return t;
    // QLoRA's optimizer states (and so the step's temporaries) take the adapters' dtype.
    const bool qlora = s.run.task == Task::Train && s.run.finetune.method == FinetuneMethod::Qlora;
    const int stateBytes = qlora ? adapterBytes(*adapterDtypeOf(s.run.finetune)) : precisionLayout(s.run.precision).stateBytes;
    const std::int64_t n = std::max<std::int64_t>(0, trainablePerDevice);
    const auto foreach = [&](const char *text) {
        t.bytes = satMul(n, stateBytes);
        t.text = {text, {MessageArg::ofCount(n), MessageArg::ofInteger(stateBytes)}};
    };
    const auto perParameter = [&] {
        // The loop's `denom = (exp_avg_sq.sqrt() / bias_correction2_sqrt).add_(eps)`
        // makes the square root and the quotient while the previous parameter's denom is
        // still bound; it loops over the trainable values only.
        const std::int64_t values = std::min(loopPeak, satMul(n, 2));
        t.bytes = satMul(values, stateBytes);
        t.text = {msg::derivPerParameterStep, {MessageArg::ofCount(values)}};
    };
    if (chosen) {
        // The step the run asks for (torch.optim's foreach= / fused=, torchtune's
        // optimizer_in_bwd), whatever the framework's default.
        switch (*chosen) {
        case OptimizerStep::Foreach: foreach(msg::derivForeachStepSet); break;
        case OptimizerStep::Fused: t.text = {msg::derivFusedStep}; break;
        case OptimizerStep::PerParameter: perParameter(); break;
        case OptimizerStep::InBackward: t.text = {msg::derivStepInBackward}; break;
        }
        return t;
    }
    if (megatron || (gpu && (zero == 1 || zero == 2 || s.cluster.dataParallel == DataParallel::Zero3))) {
        t.text = {msg::derivFusedAdam};
        return t;
    }
    const Version torchVersion = s.run.software.pytorch.value_or(kCurrentPyTorch);
    if (gpu && torchVersion >= Version{2, 0})
        foreach(msg::derivForeachStep);
    else
        perParameter();
    return t;
}

} // namespace headroom::dnn
