// Transformers as eager PyTorch runs them: the calibration harness's GPT-2/LLaMA-style
// decoder (pre-norm, fused QKV projection, matmul attention with K/V repeated for
// grouped-query attention) and a BERT-style encoder. What each block saves was checked
// tensor by tensor with torch.autograd.graph.saved_tensors_hooks on torch 1.13.

#include "engine/dnn/networks.h"

#include <algorithm>
#include <span>

namespace headroom::dnn {
namespace {

struct Dims {
    std::int64_t L, h, a, kv, hd, f, V, s;
    double p;
    bool rms, swiglu, geluNew, rotary, tied, flash, causal, attnBias, qkNorm;
    bool memEfficient = false; ///< SDPA's memory-efficient kernel (log-sum-exp rows padded to 32)
    // mixture of experts (E = 0: dense)
    std::int64_t E = 0, k = 0, fe = 0, shared = 0, fs = 0, dense = 0;
    bool expertBias = false;
    // latent attention (kvr = 0: none)
    std::int64_t qr = 0, kvr = 0, rope = 0, nope = 0, vd = 0;
};

Dims dimsOf(const TransformerConfig &c)
{
    Dims d{};
    d.L = c.layers.value_or(1);
    d.h = c.hidden.value_or(1);
    d.a = std::max<std::int64_t>(1, c.heads.value_or(1));
    d.kv = std::max<std::int64_t>(1, c.kvHeads.value_or(d.a));
    d.hd = std::max<std::int64_t>(1, c.headDim.value_or(d.h / d.a));
    d.f = c.ffnHidden.value_or(4 * d.h);
    d.V = c.vocab.value_or(1);
    d.s = c.seqLen.value_or(1);
    d.p = c.dropout.value_or(0.1);
    d.rms = c.norm.value_or(Norm::LayerNorm) == Norm::RmsNorm;
    d.swiglu = c.ffn.value_or(Ffn::Gelu) == Ffn::SwiGlu;
    d.geluNew = c.ffn.value_or(Ffn::Gelu) == Ffn::GeluNew;
    d.rotary = c.positions.value_or(Positions::Learned) == Positions::Rotary;
    d.tied = c.tiedEmbeddings.value_or(true);
    // Flash, SDPA (PyTorch picks the flash or memory-efficient kernel for these shapes)
    // and SDPA's memory-efficient kernel all keep the output and a per-row fp32
    // log-sum-exp instead of the s×s probabilities.
    d.flash = c.attention.value_or(Attention::Sdpa) != Attention::Eager;
    d.memEfficient = c.attention == Attention::SdpaMemEfficient;
    d.causal = c.causal.value_or(true);
    d.attnBias = c.attentionBias.value_or(false);
    d.qkNorm = c.qkNorm.value_or(false);
    if (c.moe.enabled()) {
        d.E = std::max<std::int64_t>(1, *c.moe.experts);
        d.k = std::clamp<std::int64_t>(c.moe.expertsPerToken.value_or(1), 1, d.E);
        d.fe = c.moe.expertFfnHidden.value_or(d.f);
        d.shared = c.moe.sharedExperts.value_or(0);
        d.fs = c.moe.sharedExpertFfnHidden.value_or(d.fe);
        d.dense = std::clamp<std::int64_t>(c.moe.firstDenseLayers.value_or(0), 0, d.L);
        d.expertBias = c.moe.expertBias.value_or(false);
    }
    if (c.mla.enabled()) {
        d.qr = c.mla.qLoraRank.value_or(0);
        d.kvr = *c.mla.kvLoraRank;
        d.rope = c.mla.qkRopeHeadDim.value_or(0);
        d.nope = c.mla.qkNopeHeadDim.value_or(0);
        d.vd = c.mla.vHeadDim.value_or(d.hd);
    }
    return d;
}

/// Width of the queries and keys of all heads, and of the values.
std::int64_t qkWidth(const Dims &d) { return d.kvr > 0 ? satMul(d.a, d.rope + d.nope) : satMul(d.a, d.hd); }
std::int64_t vWidth(const Dims &d) { return d.kvr > 0 ? satMul(d.a, d.vd) : satMul(d.a, d.hd); }

/// Parameters of one expert FFN of width `f` (with its biases when the experts have them).
std::int64_t expertParams(const Dims &d, std::int64_t f, bool bias)
{
    const std::int64_t mats = satMul(d.swiglu ? 3 : 2, satMul(f, d.h));
    return bias ? satAdd(mats, satAdd(d.swiglu ? 2 * f : f, d.h)) : mats;
}

/// MoE layers among the blocks.
std::int64_t moeLayers(const Dims &d) { return d.E > 0 ? d.L - d.dense : 0; }

/// FFN-wide tensors a block's backward needs: GELU's input and output (saved by the
/// second projection); SwiGLU's gate and up outputs, the SiLU and the product; Hugging
/// Face's gelu_new, 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))) op by op: the input (by
/// pow), 0.5·x and 1 + tanh (by the product), the tanh (by its own backward) and the
/// output.
int ffnSavedTensors(const Dims &d) { return d.swiglu ? 4 : d.geluNew ? 5 : 2; }

/// FFN-wide tensors alive at once in the forward: the input and output (GELU); gate, up
/// and SiLU (SwiGLU); gelu_new's input, 0.5·x, 1 + tanh and their product.
int ffnLiveTensors(const Dims &d) { return d.swiglu ? 3 : d.geluNew ? 4 : 2; }

/// Values per token the MLP phase of one block holds at inference on one of `tp` ranks:
/// the residual stream and the normed input (with experts, each token's hidden state
/// copied to each of its k experts and their outputs before the weighted sum: 2 + 2k
/// rows of h), the FFN hidden (a dense FFN's width, or k routed experts' widths plus the
/// shared experts'; ffnLiveTensors of them), split over the ranks, and the router logits
/// over the E experts.
std::int64_t mlpForwardWidth(const Dims &d, bool moe, std::int64_t tp)
{
    const std::int64_t ffn = moe ? satAdd(ceilDiv(satMul(d.k, d.fe), tp), ceilDiv(satMul(d.shared, d.fs), tp)) : ceilDiv(d.f, tp);
    return satAdd(satAdd(satMul(d.h, moe ? 2 + 2 * d.k : 2), satMul(ffn, ffnLiveTensors(d))), moe ? d.E : 0);
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

/// The FFN's input projections, each a layer LoRA may adapt: SwiGLU's gate and up, a
/// GELU FFN's one first layer (PEFT's fc1, named "up" here).
std::span<const LoraLayer> ffnInputs(const Dims &d)
{
    static constexpr LoraLayer swiglu[] = {LoraLayer::Gate, LoraLayer::Up};
    return d.swiglu ? std::span<const LoraLayer>(swiglu) : std::span<const LoraLayer>(swiglu + 1, 1);
}

void addAttentionParams(Tape &t, const Dims &d, bool bias)
{
    if (d.kvr > 0) {
        // Latent attention (DeepSeek-V2 §2.1): q through a rank-qr bottleneck with its
        // norm (or one projection), one down-projection to the kv latent and the shared
        // rotary key, its norm, the up-projection to per-head keys and values, the output.
        // LoRA's q adapts the q path, k or v the kv projections, o the output.
        const std::int64_t qOut = qkWidth(d);
        const bool q = t.adapts(LoraLayer::Q);
        const bool kv = t.adapts(LoraLayer::K) || t.adapts(LoraLayer::V);
        if (d.qr > 0) {
            t.addMatrix(d.qr, d.h);
            t.addParams(d.qr);
            t.addMatrix(qOut, d.qr);
            if (q) {
                t.adapt(d.qr, d.h);
                t.adapt(qOut, d.qr);
            }
        } else {
            t.addMatrix(qOut, d.h);
            if (q)
                t.adapt(qOut, d.h);
        }
        t.addMatrix(d.kvr + d.rope, d.h);
        t.addParams(d.kvr);
        t.addMatrix(satMul(d.a, d.nope + d.vd), d.kvr);
        t.addMatrix(d.h, vWidth(d));
        if (kv) {
            t.adapt(d.kvr + d.rope, d.h);
            t.adapt(satMul(d.a, d.nope + d.vd), d.kvr);
        }
        if (t.adapts(LoraLayer::O))
            t.adapt(d.h, vWidth(d));
        return;
    }
    const std::int64_t qkvOut = satMul(d.a + 2 * d.kv, d.hd);
    t.addMatrix(qkvOut, d.h);
    t.addMatrix(d.h, d.a * d.hd);
    // LoRA adapts q, k, v and the output projection as separate matrices (PEFT).
    if (t.adapts(LoraLayer::Q))
        t.adapt(d.a * d.hd, d.h);
    if (t.adapts(LoraLayer::K))
        t.adapt(d.kv * d.hd, d.h);
    if (t.adapts(LoraLayer::V))
        t.adapt(d.kv * d.hd, d.h);
    if (t.adapts(LoraLayer::O))
        t.adapt(d.h, d.a * d.hd);
    if (bias)
        t.addParams(satAdd(qkvOut, d.h));   // GPT-2 / BERT: every projection has a bias
    else if (d.attnBias)
        t.addParams(qkvOut);                // Qwen2 and gpt-oss: q, k, v biases
    if (d.qkNorm)
        t.addParams(2 * d.hd);              // Qwen3 / Gemma 3: one RMSNorm weight each for q and k
}

void addBlockParams(Tape &t, const Dims &d, bool encoder, bool moe)
{
    const bool bias = !d.swiglu || encoder;
    addAttentionParams(t, d, bias);
    if (moe) {
        // E routed experts, the router (E × h, with a bias when the experts have them)
        // and the shared experts.
        const int mats = d.swiglu ? 3 : 2;
        t.addMatrices(satMul(d.E, mats), d.fe, d.h);
        if (d.expertBias)
            t.addParams(satMul(d.E, satAdd(d.swiglu ? 2 * d.fe : d.fe, d.h)));
        t.addMatrix(d.E, d.h);
        if (d.expertBias)
            t.addParams(d.E);
        t.addMatrices(satMul(d.shared, mats), d.fs, d.h);
    } else {
        // SwiGLU's gate and up projections, or a GELU FFN's first layer ("up"); then down.
        for (const LoraLayer in : ffnInputs(d)) {
            t.addMatrix(d.f, d.h);
            if (t.adapts(in))
                t.adapt(d.f, d.h);
        }
        t.addMatrix(d.h, d.f);
        if (t.adapts(LoraLayer::Down))
            t.adapt(d.h, d.f);
        if (bias)
            t.addParams(satAdd(d.swiglu ? 2 * d.f : d.f, d.h));
    }
    t.addParams((d.rms ? 2 : 4) * d.h); // two norms
}

/// One block (attention + dense FFN, or attention + experts), repeated `repeat` times.
void recordBlock(Tape &t, const Dims &d, bool encoder, BlockCheckpoint ckpt, bool moe, std::int64_t repeat)
{
    const bool train = t.options().training;
    const bool dropout = d.p > 0.0 && train;
    const std::int64_t sh = satMul(d.s, d.h);
    const std::int64_t ss = satMul(d.a, d.s, d.s); // one s×s map per head
    // The FFN's hidden width per token: k routed experts (plus the shared ones) in a
    // mixture, each token's hidden state copied to each of its experts.
    const std::int64_t ffnWidth = moe ? satAdd(satMul(d.k, d.fe), satMul(d.shared, d.fs)) : d.f;
    const std::int64_t sf = satMul(d.s, ffnWidth);
    const std::int64_t qkv = satMul(d.s, satAdd(satMul(2, qkWidth(d)), vWidth(d)));

    // Full and op-level checkpointing rebuild the block's unsaved tensors in backward.
    const bool rebuilt = ckpt == BlockCheckpoint::Full || ckpt == BlockCheckpoint::SelectiveOp;
    // Eager attention's scores and softmax in fp32 in a 16-bit model: under autocast
    // (softmax is on its fp32 list) and in Hugging Face's eager attention of the rotary
    // families (below).
    const bool fp32Probs = !d.flash && t.act() < 4 && (t.options().autocast || (t.options().hfUpcasts && (d.rms || d.rotary)));
    // GPT-NeoX's rotary cos/sin tables are fp32 buffers: in a 16-bit model its rotated q
    // and k come out fp32 (Llama-family models cast them back; autocast casts a matmul's
    // inputs to 16 bits).
    const bool neoxRotary = t.act() < 4 && !t.options().autocast && t.options().hfUpcasts && d.rotary && !d.rms;
    // Hugging Face decoders return their KV cache in training too (config.use_cache,
    // turned off only by gradient checkpointing), and a loop that holds the outputs
    // through backward (as the fp32 logits are counted) keeps it.
    const bool heldCache = train && !encoder && t.options().hfUpcasts;

    t.setRepeat(repeat);
    addBlockParams(t, d, encoder, moe);
    if (train && t.options().loraDropout) {
        // LoRA dropout (PEFT's lora_dropout, litgpt's lora_dropout): every adapted layer
        // runs its input through its own nn.Dropout before lora_A, which saves the dropped
        // copy; the dropout saves its mask. q, k and v each drop the normed input (the
        // residual's dtype), the output projection the attention output, the FFN's gate
        // and up projections the second normed input and its down projection the FFN
        // hidden (a mixture's experts stay unadapted); each only where it is adapted.
        // Under full checkpointing they exist for the block being rebuilt only.
        int normedCopies = 0; // q, k, v and the FFN's inputs take a normed hidden state
        for (const LoraLayer in : {LoraLayer::Q, LoraLayer::K, LoraLayer::V})
            normedCopies += t.adapts(in) ? 1 : 0;
        if (!moe)
            for (const LoraLayer in : ffnInputs(d))
                normedCopies += t.adapts(in) ? 1 : 0;
        const std::int64_t normed = satMul(sh, normedCopies);
        const std::int64_t inner = satAdd(t.adapts(LoraLayer::O) ? satMul(d.s, vWidth(d)) : 0,
                                          t.adapts(LoraLayer::Down) && !moe ? sf : 0);
        const int cast = t.options().loraCopyBytes;
        const int normedBytes = std::max(cast, t.wide()), innerBytes = std::max(cast, t.act());
        if (rebuilt) {
            t.recompute(normed, normedBytes);
            t.recompute(inner, innerBytes);
            t.recompute(satAdd(normed, inner), t.options().mask);
        } else {
            t.save(normed, normedBytes);
            t.save(inner, innerBytes);
            t.save(satAdd(normed, inner), t.options().mask);
        }
    }
    if (ckpt == BlockCheckpoint::Full) {
        t.save(sh, t.wide()); // only the block input (the previous block's output) is kept
    } else if (ckpt == BlockCheckpoint::SelectiveOp) {
        // torchtitan's op-level policy (selective_ac_option "op"): the block input, and the
        // outputs the policy must save, those of the attention kernel and of every other
        // matmul, counted within the block: q (1st), v (3rd), the FFN's first projection
        // (5th: gate, or fc1) and, in a SwiGLU FFN, the down projection (7th); k, the
        // output projection and the up projection are recomputed with every pointwise op.
        // (Eager attention's batched matmuls and softmax are not on the policy's list.)
        t.save(sh, t.wide());
        t.saveAct(satMul(d.s, satMul(d.a, d.hd)));
        t.saveAct(satMul(d.s, d.kvr > 0 ? vWidth(d) : satMul(d.kv, d.hd)));
        if (d.flash) {
            t.saveAct(satMul(d.s, vWidth(d)));
            t.save(satMul(d.a, d.s), 4);
        }
        t.saveAct(moe ? sf : satMul(d.s, d.f));
        if (d.swiglu)
            t.saveAct(sh);
    } else {
        normSaved(t, d);
        t.saveAct(sh);                 // norm output, saved by the QKV projection
        if (neoxRotary && !d.flash) {  // q, k, v as contiguous copies, q and k in fp32
            t.save(satMul(d.s, satMul(2, qkWidth(d))), 4);
            t.saveAct(satMul(d.s, vWidth(d)));
        } else {
            t.saveAct(qkv);            // q, k, v as contiguous copies (K/V expanded to all heads)
        }
        if (heldCache && !d.flash) {
            // The held cache, beside the copies eager attention saved: in GPT-2 and GPT-NeoX
            // k and v are views of the fused projection's output, which stays whole; in the
            // Llama family the rotated k and the v projection's output.
            t.saveAct(d.rms ? satMul(d.s, satMul(2 * d.kv, d.hd)) : qkv);
        } else if (heldCache && neoxRotary) {
            // A fused kernel saves the cache's own k and v (shared), but GPT-NeoX casts its
            // fp32 rotated q and k to 16 bits for it: the cache keeps the fp32 k, and its v, a
            // view of the fused projection's output, keeps the q and k parts of it too.
            t.save(satMul(d.s, qkWidth(d)), 4);
            t.saveAct(satMul(d.s, satMul(2, qkWidth(d))));
        }
        if (heldCache) {
            // What the returned cache itself holds, which the previous step's outputs keep
            // through the next step's forward: GPT-NeoX's fp32 rotated k, and its v, a view of
            // the fused projection's output, which stays whole; GPT-2's k and v, views of that
            // output too; the Llama family's rotated k and the v projection's output.
            if (neoxRotary)
                t.hold(satMul(d.s, qkWidth(d)), 4);
            t.hold(d.rms ? satMul(d.s, satMul(2 * d.kv, d.hd)) : qkv, t.act());
        }
        if (d.kvr > 0) {
            // Latent attention: the kv latent with its rotary key (saved by its norm and
            // the up-projection), and the q latent.
            t.saveAct(satMul(d.s, 2 * d.kvr + d.rope));
            if (d.qr > 0)
                t.saveAct(satMul(d.s, 2 * d.qr));
        }
        if (d.qkNorm)
            t.saveAct(satMul(d.s, satMul(d.a + d.kv, d.hd))); // q and k before their norms
        if (d.flash) {
            // log-sum-exp per row (fp32); the memory-efficient kernel pads rows to 32
            const std::int64_t rows = d.memEfficient ? satMul(ceilDiv(d.s, 32), 32) : d.s;
            t.save(satMul(d.a, rows), 4);
        } else if (ckpt == BlockCheckpoint::None) {
            // Softmax probabilities: fp32 under autocast (softmax is on its fp32 list) and in
            // Hugging Face's eager attention of the rotary families: the Llama family
            // (RMSNorm) takes the softmax in fp32 and casts back; GPT-NeoX's rotary cos/sin
            // tables are fp32 buffers, so its rotated q and k, the scores and the softmax
            // are fp32 in a 16-bit model (then cast to the value dtype); GPT-J and Phi
            // upcast q and k explicitly. The 16-bit copy the value matmul saves comes on
            // top. Measured: pythia-410m fp16 at 2048 tokens, eager − SDPA peak = 9.6 GB
            // over 24 layers, three 16-bit s×s maps per layer (transformers PR 31031).
            const int pb = fp32Probs ? 4 : t.act();
            t.save(ss, pb);
            if (dropout) {
                t.save(ss, t.options().mask);
                t.save(ss, pb);
            }
            if (fp32Probs)
                t.saveAct(ss);
        }
        t.saveAct(satMul(d.s, vWidth(d))); // attention output, saved by the output projection
        if (dropout)
            t.save(sh, t.options().mask);
        t.save(sh, t.wide());          // residual sum, saved by the second norm
        normSaved(t, d);
        t.saveAct(sh);                 // second norm output
        t.saveAct(satMul(sf, ffnSavedTensors(d))); // FFN hidden
        if (moe) {
            // Router: logits (act) and their fp32 softmax per token over E experts, the
            // top-k weights and int64 indices; the dispatch buffer (each token's hidden
            // state gathered once per chosen expert) and the experts' outputs before they
            // are weighted and combined.
            t.saveAct(satMul(d.s, d.E));
            t.save(satMul(d.s, d.E), 4);
            t.save(satMul(d.s, d.k), 4 + 8);
            t.saveAct(satMul(sh, 2 * d.k));
        }
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
        if (rebuilt) {
            // (Under the op-level policy the saved outputs are not made again; the block's
            // other tensors are, which this counts in full and so errs high.)
            t.recompute(sh, t.act(), 8 + (d.rms ? 4 : 0));
            if (d.rms)
                t.recompute(d.s, t.act(), 2);
            t.recompute(sf, t.act(), ffnSavedTensors(d));
            if (moe)
                t.recompute(sh, t.act(), 2 * d.k);
            if (dropout)
                t.recompute(sh, t.options().mask, 2);
        }
    }
    // The backward's largest tensors: the FFN hidden's gradient, or eager attention's
    // gradient of the scores (fp32 where the softmax is).
    t.transient(sf, t.act());
    if (!d.flash)
        t.transient(ss, fp32Probs ? 4 : t.act());
    // Inference: the residual stream, q/k/v and two s×s maps; or the FFN's hidden tensors.
    if (!d.flash)
        t.live(satMul(satAdd(satMul(sh, 5), 2 * ss), t.act()));
    t.live(satMul(d.s, mlpForwardWidth(d, moe, 1), t.act()));
    t.endLayer();
}

} // namespace

std::int64_t transformerParameters(const TransformerConfig &c, std::int64_t positionRows, bool encoder)
{
    return transformerCounts(c, positionRows, encoder).total;
}

TransformerCounts transformerCounts(const TransformerConfig &c, std::int64_t positionRows, bool encoder)
{
    Tape t(TapeOptions{4, 4, false});
    recordTransformer(c, positionRows, encoder, BlockCheckpoint::None, t);
    return transformerCounts(c, t.params());
}

TransformerCounts transformerCounts(const TransformerConfig &c, std::int64_t total)
{
    const Dims d = dimsOf(c);
    TransformerCounts n;
    n.total = total;
    const std::int64_t oneExpert = expertParams(d, d.fe, d.expertBias);
    n.routedExperts = satMul(moeLayers(d), satMul(d.E, oneExpert));
    // A token runs k of the E routed experts of each MoE layer, and everything else.
    n.active = satSub(n.total, satMul(moeLayers(d), satMul(d.E - d.k, oneExpert)));
    return n;
}

std::int64_t headDimOf(const TransformerConfig &c) { return dimsOf(c).hd; }

ForwardWidths forwardWidths(const TransformerConfig &c, std::int64_t tp)
{
    const Dims d = dimsOf(c);
    tp = std::max<std::int64_t>(1, tp);
    ForwardWidths w;
    // Dense first layers of a mixture run the dense FFN: the wider of the two.
    const bool moe = moeLayers(d) > 0;
    w.mlp = mlpForwardWidth(d, moe, tp);
    if (moe && d.dense > 0)
        w.mlp = std::max(w.mlp, mlpForwardWidth(d, false, tp));
    const std::int64_t heads = ceilDiv(d.a, tp);
    if (d.kvr > 0) {
        // Latent attention, keys and values expanded per head (prefill): q and k of
        // nope + rope per head, v and the output of v_head_dim per head, and the kv latent
        // with the rotary key and the q latent, whole on every rank.
        const std::int64_t qk = satMul(heads, d.rope + d.nope), v = satMul(heads, d.vd);
        w.attention = satAdd(satAdd(satMul(2, d.h), satMul(2, qk)), satAdd(satMul(2, v), satAdd(d.kvr + d.rope, d.qr)));
    } else {
        // q and the output of the rank's heads, k and v of its KV heads (replicated when
        // fewer than the ranks).
        const std::int64_t q = satMul(heads, d.hd), kv = satMul(std::max<std::int64_t>(1, d.kv / tp), d.hd);
        w.attention = satAdd(satMul(2, d.h), satAdd(satMul(2, q), satMul(2, kv)));
    }
    return w;
}

void recordTransformer(const TransformerConfig &c, std::int64_t positionRows, bool encoder, BlockCheckpoint ckpt, Tape &t)
{
    const Dims d = dimsOf(c);
    const bool train = t.options().training;
    const bool dropout = d.p > 0.0 && train;
    const std::int64_t sh = satMul(d.s, d.h);

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

    // The blocks: the dense ones (all of them, or a mixture's first dense layers), then
    // the mixture-of-experts ones; each kind recorded once and repeated.
    const std::int64_t moeBlocks = moeLayers(d);
    if (d.L - moeBlocks > 0)
        recordBlock(t, d, encoder, ckpt, false, d.L - moeBlocks);
    if (moeBlocks > 0)
        recordBlock(t, d, encoder, ckpt, true, moeBlocks);

    // Final norm → LM head → cross-entropy (log-probabilities saved, int64 targets).
    if (encoder) {
        t.addMatrix(d.h, d.h); // pooler (or the masked-LM head's transform)
        t.addParams(d.h);
        if (d.tied) // the masked-LM head's decoder is the word embedding
            t.tieGradient(satMul(d.V, d.h));
    } else {
        t.addParams((d.rms ? 1 : 2) * d.h);
        if (!d.tied)
            t.addMatrix(d.V, d.h);
        else
            t.tieGradient(satMul(d.V, d.h));
    }
    normSaved(t, d);
    t.saveAct(sh);
    t.endLayer();
    const std::int64_t sv = satMul(d.s, d.V);
    if (t.options().sumLoss) {
        // The outputs' sum (a benchmark's logits.sum().backward()): nothing is saved past
        // the logits, which the model's output holds until the step ends. sum's backward
        // expands a scalar (no memory); the LM head's backward makes it contiguous for each
        // of its two matmuls, one logits-sized copy after the other.
        t.saveAct(sv);
        if (t.options().hfUpcasts)
            t.hold(sv, t.act());
        t.transient(sv, t.act());
        t.transientAlone();
        t.live(satMul(satAdd(sh, sv), t.act()));
        t.endLayer();
        return;
    }
    const std::int64_t chunks = std::clamp<std::int64_t>(t.options().lossChunks, 1, std::max<std::int64_t>(1, d.s));
    if (chunks > 1) {
        // Chunked cross-entropy (torchtune's CEWithChunkedOutputLoss): the LM head runs per
        // chunk of the sequence and returns the chunks in the compute dtype; each chunk is
        // upcast to fp32 for its own cross-entropy, so no fp32 tensor of the vocabulary's
        // width outlives its chunk. Compiled (torchtune compiles the per-chunk loss), the
        // fused kernel saves the 16-bit chunk and one fp32 log-sum-exp per row, and its
        // backward writes the chunk's gradient in the compute dtype. Eager, log_softmax
        // saves each chunk's fp32 log-probabilities, the whole sequence's in the end; the
        // 16-bit chunks live until the loss returns (the forward's peak), counted here
        // through the backward as well, which errs high by them. Int64 targets either way.
        const std::int64_t chunk = ceilDiv(sv, chunks);
        if (t.options().compiledLoss) {
            t.saveAct(sv);
            t.save(d.s, 4);
            t.transient(chunk, t.act());
        } else {
            t.saveAct(sv);
            t.save(sv, 4);
            t.transient(chunk, 4);
        }
        t.save(d.s, 8);
        t.live(satMul(satAdd(sh, chunk), t.act()));
        t.endLayer();
        return;
    }
    // Cross-entropy: log-probabilities saved (fp32 under autocast, and where the logits
    // are upcast first), int64 targets; in backward two logits-sized gradients (of the
    // log-probabilities and of the logits). Hugging Face's model output keeps the logits
    // until the step ends, apart from the log-probabilities: a decoder's fp32 copy (the
    // logits themselves in an fp32 model), an encoder's as computed.
    const int lossBytes = t.options().hfUpcasts ? 4 : t.wide();
    t.save(sv, lossBytes);
    if (t.options().hfUpcasts) {
        const int logitBytes = !encoder ? 4 : t.act();
        t.save(sv, logitBytes);
        t.hold(sv, logitBytes);
    }
    t.save(d.s, 8);
    t.transient(sv, lossBytes);
    t.live(satMul(satAdd(sh, sv), t.act()));
    t.endLayer();
}

} // namespace headroom::dnn
