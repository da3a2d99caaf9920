#include "engine/dnn/weights.h"

#include "quant/formats.h"
#include "scenario/messages.h"
#include "util/format.h"

#include <algorithm>

namespace headroom::dnn {
namespace {

using quant::WeightKind;
using Role = LinearTensor::Role;

/// Calls `fn` for each linear layer of a transformer as the engine models it
/// (transformer.cpp): token embedding, per block the attention's projections (q, k, v
/// and output of `head_dim`-wide heads, or MLA's latent projections) and the FFN (dense,
/// or each routed and shared expert of a MoE layer), and an untied LM head. The MoE
/// router stays out: quantisers leave it unquantised. `sameBlocks`: blocks alike are
/// called once with their count (the dense and the MoE ones; the GGUF mixes differ by
/// block, the other formats do not).
template <typename Fn>
void forEachLinear(const TransformerConfig &c, bool sameBlocks, Fn fn)
{
    const std::int64_t L = std::max<std::int64_t>(1, c.layers.value_or(1)), h = c.hidden.value_or(1);
    const std::int64_t a = std::max<std::int64_t>(1, c.heads.value_or(1));
    const std::int64_t kv = std::max<std::int64_t>(1, c.kvHeads.value_or(a));
    const std::int64_t hd = std::max<std::int64_t>(1, c.headDim.value_or(h / a));
    const std::int64_t f = c.ffnHidden.value_or(4 * h), V = c.vocab.value_or(1);
    const bool swiglu = c.ffn.value_or(Ffn::Gelu) == Ffn::SwiGlu;
    const bool moe = c.moe.enabled();
    const std::int64_t E = moe ? std::max<std::int64_t>(0, *c.moe.experts) : 0;
    const std::int64_t fe = c.moe.expertFfnHidden.value_or(f);
    const std::int64_t shared = c.moe.sharedExperts.value_or(0), fs = c.moe.sharedExpertFfnHidden.value_or(fe);
    const std::int64_t dense = moe ? std::clamp<std::int64_t>(c.moe.firstDenseLayers.value_or(0), 0, L) : L;
    auto ffn = [&](std::int64_t out, std::int64_t i, std::int64_t count) {
        if (swiglu)
            fn(LinearTensor{Role::FfnGate, out, h, i}, count);
        fn(LinearTensor{Role::FfnUp, out, h, i}, count);
        fn(LinearTensor{Role::FfnDown, h, out, i}, count);
    };
    auto block = [&](std::int64_t i, std::int64_t count) {
        if (c.mla.enabled()) {
            // DeepSeek-V2 §2.1: q through a rank-q_lora_rank bottleneck (or one
            // projection), one kv latent with the shared rotary key, and its up-projection.
            const std::int64_t qr = c.mla.qLoraRank.value_or(0), kvr = *c.mla.kvLoraRank;
            const std::int64_t rope = c.mla.qkRopeHeadDim.value_or(0), nope = c.mla.qkNopeHeadDim.value_or(0);
            const std::int64_t vd = c.mla.vHeadDim.value_or(hd);
            if (qr > 0) {
                fn(LinearTensor{Role::Query, qr, h, i}, count);
                fn(LinearTensor{Role::Query, a * (nope + rope), qr, i}, count);
            } else {
                fn(LinearTensor{Role::Query, a * (nope + rope), h, i}, count);
            }
            fn(LinearTensor{Role::Key, kvr + rope, h, i}, count);
            fn(LinearTensor{Role::Value, a * (nope + vd), kvr, i}, count);
            fn(LinearTensor{Role::AttnOutput, h, a * vd, i}, count);
        } else {
            fn(LinearTensor{Role::Query, a * hd, h, i}, count);
            fn(LinearTensor{Role::Key, kv * hd, h, i}, count);
            fn(LinearTensor{Role::Value, kv * hd, h, i}, count);
            fn(LinearTensor{Role::AttnOutput, h, a * hd, i}, count);
        }
        if (i >= dense) {
            ffn(fe, i, satMul(count, E));
            if (shared > 0)
                ffn(fs, i, satMul(count, shared));
        } else {
            ffn(f, i, count);
        }
    };
    fn(LinearTensor{Role::Embedding, V, h, -1}, 1);
    if (sameBlocks) {
        if (dense > 0)
            block(0, dense);
        if (dense < L)
            block(dense, L - dense);
    } else {
        for (std::int64_t i = 0; i < L; ++i)
            block(i, 1);
    }
    if (!c.tiedEmbeddings.value_or(true))
        fn(LinearTensor{Role::Output, V, h, -1}, 1);
}

bool inBlock(const LinearTensor &t) { return t.role != Role::Embedding && t.role != Role::Output; }

// ---- GGUF mixes: llama_tensor_get_type of llama.cpp (src/llama-quant.cpp), for the
// llama-style tensor names (separate q, k, v; no expert or Falcon rules).

bool useMoreBits(std::int64_t i, std::int64_t n) { return i < n / 8 || i >= 7 * n / 8 || (i - n / 8) % 3 == 2; }

int typeId(std::string_view name) { return quant::ggmlTypeByName(name)->id; }

bool isAnyOf(std::string_view ft, std::initializer_list<std::string_view> names)
{
    return std::find(names.begin(), names.end(), ft) != names.end();
}

/// The type llama-quantize gives a tensor of file type `ft`.
int ggufTensorType(std::string_view ft, int base, const LinearTensor &t, std::int64_t L, std::int64_t gqa, bool hasOutput)
{
    int type = base;
    const bool iqLow = isAnyOf(ft, {"IQ2_XXS", "IQ2_XS", "IQ1_S", "IQ2_S", "IQ2_M", "IQ1_M"});
    const std::int64_t i = t.layer;
    if (t.role == Role::Output || (!hasOutput && t.role == Role::Embedding)) {
        if (isAnyOf(ft, {"IQ2_XXS", "IQ2_XS", "IQ3_XXS", "IQ1_S", "IQ2_S", "IQ2_M", "IQ1_M"}))
            type = typeId("Q5_K");
        else if (base != typeId("Q8_0"))
            type = typeId("Q6_K");
        if (t.in % 256 != 0)
            type = typeId("Q8_0");
        return type;
    }
    if (t.role == Role::Embedding) {
        if (isAnyOf(ft, {"IQ2_XXS", "IQ2_XS", "IQ1_S", "IQ1_M"}))
            type = typeId("Q2_K");
        else if (isAnyOf(ft, {"IQ2_S", "IQ2_M", "IQ3_XXS"}))
            type = typeId("IQ3_S");
        else if (isAnyOf(ft, {"TQ1_0", "TQ2_0"}))
            type = typeId("Q4_K");
    } else if (iqLow) {
        const bool s = isAnyOf(ft, {"IQ2_S", "IQ2_M"});
        if (t.role == Role::Value)
            type = gqa >= 4 ? typeId("Q4_K") : s ? typeId("IQ3_S") : typeId("Q2_K");
        else if (t.role == Role::FfnDown && i < L / 8)
            type = s ? typeId("IQ3_S") : typeId("Q2_K");
        else if (t.role == Role::AttnOutput && isAnyOf(ft, {"IQ1_S", "IQ1_M"}))
            type = typeId("IQ2_XXS");
        else if (t.role == Role::AttnOutput && s)
            type = typeId("IQ3_S");
    } else if (t.role == Role::Value) {
        if (ft == "Q2_K")
            type = gqa >= 4 ? typeId("Q4_K") : typeId("Q3_K");
        else if (ft == "Q2_K_S" && gqa >= 4)
            type = typeId("Q4_K");
        else if (ft == "IQ3_XXS")
            type = gqa >= 4 ? typeId("Q4_K") : typeId("IQ3_S");
        else if (isAnyOf(ft, {"IQ3_XS", "IQ3_S"}) && gqa >= 4)
            type = typeId("Q4_K");
        else if (ft == "IQ3_M")
            type = typeId("Q4_K");
        else if (ft == "Q3_K_M")
            type = i < 2 ? typeId("Q5_K") : typeId("Q4_K");
        else if (ft == "Q3_K_L")
            type = typeId("Q5_K");
        else if (isAnyOf(ft, {"IQ4_NL", "IQ4_XS"}) && gqa >= 4)
            type = typeId("Q5_K");
        else if (isAnyOf(ft, {"Q4_K_M", "Q5_K_M"}) && useMoreBits(i, L))
            type = typeId("Q6_K");
        else if (ft == "Q4_K_S" && i < 4)
            type = typeId("Q5_K");
    } else if (t.role == Role::Key || t.role == Role::Query) {
        if (ft == "IQ3_XS")
            type = typeId("IQ3_XXS");
        else if (ft == "IQ3_XXS")
            type = typeId("IQ2_S");
    } else if (t.role == Role::FfnDown) {
        if (ft == "Q2_K")
            type = typeId("Q3_K");
        else if (ft == "Q2_K_S" && i < L / 8)
            type = typeId("Q4_K");
        else if (ft == "IQ3_XXS")
            type = i < L / 8 ? typeId("Q4_K") : typeId("Q3_K");
        else if (ft == "Q3_K_M")
            type = i < L / 16 ? typeId("Q5_K") : typeId("Q4_K");
        else if (ft == "IQ3_M" && i < L / 8)
            type = typeId("Q4_K");
        else if (ft == "Q3_K_L")
            type = typeId("Q5_K");
        else if (ft == "Q4_K_M" && useMoreBits(i, L))
            type = typeId("Q6_K");
        else if (isAnyOf(ft, {"IQ4_NL", "IQ4_XS"}) && i < L / 8)
            type = typeId("Q5_K");
        else if (ft == "Q5_K_M" && useMoreBits(i, L))
            type = typeId("Q6_K");
        else if (ft == "Q4_K_S" && i < L / 8)
            type = typeId("Q5_K");
    } else if (t.role == Role::AttnOutput) {
        if (ft == "Q2_K")
            type = typeId("Q3_K");
        else if (ft == "IQ3_XXS")
            type = typeId("IQ3_S");
        else if (ft == "Q3_K_M" || ft == "IQ3_M")
            type = typeId("Q4_K");
        else if (ft == "Q3_K_L")
            type = typeId("Q5_K");
    } else if ((t.role == Role::FfnGate || t.role == Role::FfnUp) && ft == "IQ3_XS" && i >= L / 8 && i < 7 * L / 8) {
        type = typeId("IQ3_XXS");
    }
    // Rows whose length is not a multiple of the block fall back to a type whose block fits.
    const quant::GgmlType *g = quant::ggmlType(type);
    if (t.in % g->blockValues != 0) {
        const std::string_view n = g->name;
        if (isAnyOf(n, {"TQ1_0", "TQ2_0"}))
            type = typeId("Q4_0");
        else if (isAnyOf(n, {"IQ2_XXS", "IQ2_XS", "IQ2_S", "IQ3_XXS", "IQ3_S", "IQ1_S", "IQ1_M", "Q2_K", "Q3_K", "IQ4_XS"}))
            type = typeId("IQ4_NL");
        else if (n == "Q4_K")
            type = typeId("Q5_0");
        else if (n == "Q5_K")
            type = typeId("Q5_1");
        else if (n == "Q6_K")
            type = typeId("Q8_0");
        if (t.in % quant::ggmlType(type)->blockValues != 0)
            type = typeId("F16");
    }
    return type;
}

bool ggmlQuantised(int id) { return id != 0 && id != 1 && id != 30; }

/// Bytes of one out × in matrix in a (non-GGUF) quantised format.
Bytes matrixBytes(const WeightsSpec &w, WeightKind kind, const LinearTensor &t)
{
    const std::int64_t n = satMul(t.out, t.in);
    switch (kind) {
    case WeightKind::Int8:
        return satAdd(n, satMul(t.out, 4));
    case WeightKind::Nf4:
    case WeightKind::Fp4: {
        const std::int64_t blocks = ceilDiv(n, w.groupSize.value_or(64));
        const Bytes absmax = w.doubleQuant.value_or(false) ? satAdd(blocks, satMul(ceilDiv(blocks, 256), 4)) : satMul(blocks, 4);
        return satAdd(ceilDiv(n, 2), absmax);
    }
    case WeightKind::Fp8: {
        const std::string scales = w.scales.value_or("per_tensor");
        const std::int64_t b = w.groupSize.value_or(128);
        const Bytes s = scales == "per_channel" ? satMul(t.out, 4)
                        : scales == "block"     ? satMul(ceilDiv(t.out, b), ceilDiv(t.in, b), 4)
                                                : 4;
        return satAdd(n, s);
    }
    case WeightKind::Mxfp4:
        return satAdd(ceilDiv(n, 2), ceilDiv(n, 32));
    case WeightKind::Gptq:
    case WeightKind::Awq: {
        const std::int64_t bits = w.bits.value_or(4), g = w.groupSize.value_or(128);
        const std::int64_t groups = g < 0 ? 1 : ceilDiv(t.in, g);
        Bytes b = ceilDiv(satMul(n, bits), 8);                          // qweight
        b = satAdd(b, satMul(groups, t.out, 2));                        // fp16 scales
        b = satAdd(b, ceilDiv(satMul(groups, t.out, bits), 8));         // packed zero points
        if (kind == WeightKind::Gptq)
            b = satAdd(b, satMul(t.in, 4));                             // g_idx
        return b;
    }
    default:
        return satMul(n, 2);
    }
}

Message sourceName(const Scenario &s)
{
    return s.model.source ? Message::plain(s.model.source->file) : Message{msg::derivTheFile};
}

} // namespace

Bytes quantisedTransformerBytes(const WeightsSpec &w, const TransformerConfig &c, std::int64_t totalParams,
                                Message *summary)
{
    const auto parsed = quant::parseWeightFormat(w.format);
    if (!parsed)
        return satMul(totalParams, 2);
    const WeightKind kind = parsed->info->kind;
    Bytes bytes = 0;
    std::int64_t listed = 0;
    if (kind == WeightKind::Gguf) {
        // Every 2-D tensor in its type; 1-D tensors (norms, biases) and the position
        // table stay unquantised (fp32 here: the converters' choice for 1-D tensors).
        const std::int64_t L = c.layers.value_or(1);
        const std::int64_t a = std::max<std::int64_t>(1, c.heads.value_or(1));
        const std::int64_t gqa = a / std::max<std::int64_t>(1, c.kvHeads.value_or(a));
        const bool hasOutput = !c.tiedEmbeddings.value_or(true);
        const int base = parsed->gguf->baseType;
        std::int64_t upgraded = 0;
        forEachLinear(c, false, [&](const LinearTensor &t, std::int64_t count) {
            const int type = ggmlQuantised(base) ? ggufTensorType(parsed->gguf->name, base, t, L, gqa, hasOutput) : base;
            const std::int64_t n = satMul(t.out, t.in, count); // experts: one 3-D tensor per layer
            bytes = satAdd(bytes, quant::ggmlBytes(*quant::ggmlType(type), n));
            listed = satAdd(listed, n);
            if (type != base)
                upgraded = satAdd(upgraded, n);
        });
        bytes = satAdd(bytes, satMul(satSub(totalParams, listed), 4));
        if (summary) {
            const MessageArg type = MessageArg::ofText(std::string(quant::ggmlType(base)->name));
            *summary = upgraded > 0 ? Message{msg::derivGgufMixed, {type, MessageArg::ofCount(upgraded)}}
                                    : Message{msg::derivGguf, {type}};
        }
        return bytes;
    }
    // bitsandbytes, GPTQ, AWQ and FP8 checkpoints quantise the linear layers inside the
    // blocks; the embeddings, the LM head, norms and biases stay 16-bit.
    forEachLinear(c, true, [&](const LinearTensor &t, std::int64_t count) {
        if (!inBlock(t))
            return;
        bytes = satAdd(bytes, satMul(matrixBytes(w, kind, t), count));
        listed = satAdd(listed, satMul(t.out, t.in, count));
    });
    bytes = satAdd(bytes, satMul(satSub(totalParams, listed), 2));
    if (summary)
        *summary = {msg::derivLinearLayersAs, {MessageArg::ofCount(listed), MessageArg::ofText(std::string(parsed->info->derivation)),
                                               MessageArg::ofCount(satSub(totalParams, listed))}};
    return bytes;
}

std::optional<WeightStorage> weightStorage(const Scenario &s, std::int64_t networkParams, const TransformerConfig *config,
                                           int runWeightBits)
{
    if (!s.model.weights)
        return std::nullopt;
    const WeightsSpec &w = *s.model.weights;
    const auto parsed = quant::parseWeightFormat(w.format);
    if (!parsed)
        return std::nullopt;
    WeightStorage st;
    st.params = w.parameters.value_or(networkParams);
    const WeightKind kind = parsed->info->kind;
    using A = MessageArg;
    const A params = A::ofCount(st.params);
    if (!quant::isQuantised(kind)) {
        // Frameworks cast an unquantised checkpoint to the run's dtype when loading.
        if (parsed->info->bits != runWeightBits)
            return st;
        st.bytes = w.bytes.value_or(satMul(st.params, parsed->info->bits / 8));
        const std::vector<A> args{params, A::ofInteger(parsed->info->bits / 8), A::ofText(w.format), A::ofMessage(sourceName(s))};
        st.text = {w.bytes ? msg::derivStoredWeightsExact : msg::derivWeights, args};
        if (!w.bytes)
            st.text.args.pop_back();
        return st;
    }
    const auto bitsPerWeight = [&](Bytes bytes) {
        return A::ofNumber(static_cast<double>(bytes) * 8.0 / static_cast<double>(std::max<std::int64_t>(1, st.params)), 3);
    };
    if (w.bytes) {
        st.bytes = *w.bytes;
        st.text = {msg::derivStoredQuantisedExact,
                   {params, A::ofText(w.format), A::ofBytes(*w.bytes), A::ofMessage(sourceName(s)), bitsPerWeight(*w.bytes)}};
        return st;
    }
    if (!config)
        return st; // refused by the reader; the run's precision decides
    Message summary;
    st.bytes = quantisedTransformerBytes(w, *config, st.params, &summary);
    st.text = {msg::derivStoredQuantised, {params, A::ofText(w.format), bitsPerWeight(*st.bytes), A::ofMessage(summary)}};
    return st;
}

} // namespace headroom::dnn
