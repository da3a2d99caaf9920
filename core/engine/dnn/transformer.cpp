// Transformers as eager PyTorch runs them: the calibration harness's GPT-2/LLaMA-style
// decoder (pre-norm, fused QKV projection, matmul attention with K/V repeated for
// grouped-query attention) and a BERT-style encoder. What each block saves was checked
// tensor by tensor with torch.autograd.graph.saved_tensors_hooks on torch 1.13.

#include "engine/dnn/networks.h"

#include <algorithm>

namespace headroom::dnn {
namespace {

struct Dims {
    std::int64_t L, h, a, kv, hd, f, V, s;
    double p;
    bool rms, swiglu, rotary, tied, flash, causal;
};

Dims dimsOf(const TransformerConfig &c)
{
    Dims d{};
    d.L = c.layers.value_or(1);
    d.h = c.hidden.value_or(1);
    d.a = std::max<std::int64_t>(1, c.heads.value_or(1));
    d.kv = std::max<std::int64_t>(1, c.kvHeads.value_or(d.a));
    d.hd = std::max<std::int64_t>(1, d.h / d.a);
    d.f = c.ffnHidden.value_or(4 * d.h);
    d.V = c.vocab.value_or(1);
    d.s = c.seqLen.value_or(1);
    d.p = c.dropout.value_or(0.1);
    d.rms = c.norm.value_or(Norm::LayerNorm) == Norm::RmsNorm;
    d.swiglu = c.ffn.value_or(Ffn::Gelu) == Ffn::SwiGlu;
    d.rotary = c.positions.value_or(Positions::Learned) == Positions::Rotary;
    d.tied = c.tiedEmbeddings.value_or(true);
    // Flash, SDPA (PyTorch picks the flash or memory-efficient kernel for these shapes)
    // and SDPA's memory-efficient kernel all keep the output and a per-row fp32
    // log-sum-exp instead of the s×s probabilities.
    d.flash = c.attention.value_or(Attention::Sdpa) != Attention::Eager;
    d.causal = c.causal.value_or(true);
    return d;
}

/// A norm's saved tensors besides its input and output: LayerNorm keeps fp32 mean and
/// reciprocal deviation per token; the harness's RMSNorm (x · rsqrt(mean(x²)+ε) · w,
/// in the activation dtype) keeps x², the rsqrt and x · rsqrt.
void normSaved(Tape &t, const Dims &d)
{
    if (d.rms) {
        t.save(satMul(d.s, d.h), t.wide());
        t.save(d.s, t.wide());
        t.save(satMul(d.s, d.h), t.wide());
    } else {
        t.save(2 * d.s, 4);
    }
}

void addBlockParams(Tape &t, const Dims &d, bool encoder)
{
    const bool bias = !d.swiglu || encoder;
    const std::int64_t qkvOut = satMul(d.a + 2 * d.kv, d.hd);
    t.addMatrix(qkvOut, d.h);
    t.addMatrix(d.h, d.a * d.hd);
    // LoRA adapts q, k, v and the output projection as separate matrices (PEFT).
    t.adapt(d.a * d.hd, d.h);
    t.adapt(d.kv * d.hd, d.h);
    t.adapt(d.kv * d.hd, d.h);
    t.adapt(d.h, d.a * d.hd);
    for (int i = 0; i < (d.swiglu ? 2 : 1); ++i)
        t.addMatrix(d.f, d.h);
    t.addMatrix(d.h, d.f);
    if (bias)
        t.addParams(satAdd(satAdd(qkvOut, d.h), satAdd(d.swiglu ? 2 * d.f : d.f, d.h)));
    t.addParams((d.rms ? 2 : 4) * d.h); // two norms
}

} // namespace

std::int64_t transformerParameters(const TransformerConfig &c, std::int64_t positionRows, bool encoder)
{
    Tape t(TapeOptions{4, 4, false});
    recordTransformer(c, positionRows, encoder, BlockCheckpoint::None, t);
    return t.params();
}

void recordTransformer(const TransformerConfig &c, std::int64_t positionRows, bool encoder, BlockCheckpoint ckpt, Tape &t)
{
    const Dims d = dimsOf(c);
    const bool train = t.options().training;
    const bool dropout = d.p > 0.0 && train;
    const std::int64_t sh = satMul(d.s, d.h);
    const std::int64_t ss = satMul(d.a, d.s, d.s); // one s×s map per head
    const std::int64_t sf = satMul(d.s, d.f);

    // Embeddings: token (+ learned positions) → dropout. The block input is saved by
    // the first norm; with dropout the mask too.
    t.addMatrix(d.V, d.h);
    if (!d.rotary)
        t.addMatrix(positionRows > 0 ? positionRows : d.s, d.h);
    if (encoder)
        t.addParams(4 * d.h); // token-type embeddings (2 types) and the embedding LayerNorm
    if (dropout)
        t.save(sh, std::min(t.options().mask, t.wide()));
    t.save(sh, t.wide());
    t.live(satMul(sh, 3 * t.wide()));
    t.endLayer();
    // The causal mask is one shared bool s×s buffer, saved by every masked_fill.
    if (d.causal && !d.flash)
        t.saveFixed(satMul(d.s, d.s));

    // One block, repeated `layers` times.
    t.setRepeat(d.L);
    addBlockParams(t, d, encoder);
    if (ckpt == BlockCheckpoint::Full) {
        t.save(sh, t.wide()); // only the block input (the previous block's output) is kept
    } else {
        normSaved(t, d);
        t.saveAct(sh);                 // norm output, saved by the QKV projection
        t.saveAct(satMul(sh, 3));      // q, k, v as contiguous copies (K/V expanded to all heads)
        if (d.flash) {
            // log-sum-exp per row (fp32); the memory-efficient kernel pads rows to 32
            const std::int64_t rows = c.attention == Attention::SdpaMemEfficient ? ceilDiv(d.s, 32) * 32 : d.s;
            t.save(satMul(d.a, rows), 4);
        } else if (ckpt == BlockCheckpoint::None) {
            // Softmax probabilities: fp32 under autocast (softmax is on its fp32 list) and in
            // the Llama family's eager attention (softmax in fp32, then cast back); the
            // 16-bit copy the value matmul saves comes on top.
            const bool fp32Probs = t.act() < 4 && (t.options().autocast || (t.options().hfUpcasts && d.rms));
            const int pb = fp32Probs ? 4 : t.act();
            t.save(ss, pb);
            if (dropout) {
                t.save(ss, t.options().mask);
                t.save(ss, pb);
            }
            if (fp32Probs)
                t.saveAct(ss);
        }
        t.saveAct(sh);                 // attention output, saved by the output projection
        if (dropout)
            t.save(sh, t.options().mask);
        t.save(sh, t.wide());          // residual sum, saved by the second norm
        normSaved(t, d);
        t.saveAct(sh);                 // second norm output
        t.saveAct(satMul(sf, d.swiglu ? 4 : 2)); // FFN hidden: GELU in/out; SwiGLU w1, silu, w3, product
        if (dropout)
            t.save(sh, t.options().mask);
        if (encoder)
            t.save(2 * d.s, 4);        // post-norm: a third LayerNorm-sized set of statistics
        t.save(sh, t.wide());          // block output
    }
    if (ckpt != BlockCheckpoint::None && train) {
        // Backward rebuilds one block (or its attention core) at a time.
        if (!d.flash) {
            t.recompute(ss, t.act());
            if (dropout) {
                t.recompute(ss, t.options().mask);
                t.recompute(ss, t.act());
            }
        }
        if (ckpt == BlockCheckpoint::Full) {
            t.recompute(sh, t.act(), 8 + (d.rms ? 4 : 0));
            if (d.rms)
                t.recompute(d.s, t.act(), 2);
            t.recompute(sf, t.act(), d.swiglu ? 4 : 2);
            if (dropout)
                t.recompute(sh, t.options().mask, 2);
        }
    }
    t.transient(d.flash ? sf : std::max(ss, sf), t.act());
    // Inference: the residual stream, q/k/v and two s×s maps; or the FFN's hidden tensors.
    if (!d.flash)
        t.live(satMul(satAdd(satMul(sh, 5), 2 * ss), t.act()));
    t.live(satMul(satAdd(satMul(sh, 2), satMul(sf, d.swiglu ? 3 : 2)), t.act()));
    t.endLayer();

    // Final norm → LM head → cross-entropy (log-probabilities saved, int64 targets).
    if (encoder) {
        t.addMatrix(d.h, d.h); // pooler
        t.addParams(d.h);
    } else {
        t.addParams((d.rms ? 1 : 2) * d.h);
        if (!d.tied)
            t.addMatrix(d.V, d.h);
    }
    normSaved(t, d);
    t.saveAct(sh);
    t.endLayer();
    const std::int64_t sv = satMul(d.s, d.V);
    // Cross-entropy: log-probabilities saved (fp32 under autocast, and where the logits
    // are upcast first), int64 targets; in backward two logits-sized gradients (of the
    // log-probabilities and of the logits). Hugging Face keeps the fp32 copy of the
    // logits in the model's output until the step ends.
    const int lossBytes = t.options().hfUpcasts ? 4 : t.wide();
    t.save(sv, lossBytes);
    if (t.options().hfUpcasts && !encoder && t.act() < 4)
        t.save(sv, 4);
    t.save(d.s, 8);
    t.transient(sv, lossBytes);
    t.live(satMul(satAdd(sh, sv), t.act()));
    t.endLayer();
}

} // namespace headroom::dnn
