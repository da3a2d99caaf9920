#include "scenario/presets.h"

#include "scenario/model_keys.h"

#include <array>

namespace headroom {
namespace {

TransformerConfig gpt2(std::int64_t layers, std::int64_t hidden, std::int64_t heads)
{
    // Hugging Face gpt2* configurations: vocab 50257, 1024 positions, GELU ("gelu_new", the
    // tanh approximation written op by op), LayerNorm, tied.
    TransformerConfig c;
    c.layers = layers;
    c.hidden = hidden;
    c.heads = heads;
    c.kvHeads = heads;
    c.ffnHidden = 4 * hidden;
    c.vocab = 50257;
    c.seqLen = 1024;
    c.causal = true;
    c.norm = Norm::LayerNorm;
    c.ffn = Ffn::GeluNew;
    c.positions = Positions::Learned;
    c.tiedEmbeddings = true;
    c.attention = Attention::Sdpa;
    c.dropout = 0.1;
    return c;
}

TransformerConfig bert(std::int64_t layers, std::int64_t hidden, std::int64_t heads)
{
    // Google's BERT configurations: vocab 30522, 512 positions, GELU, post-LayerNorm.
    TransformerConfig c = gpt2(layers, hidden, heads);
    c.vocab = 30522;
    c.seqLen = 512;
    c.causal = false;
    c.ffn = Ffn::Gelu;
    return c;
}

TransformerConfig llama(std::int64_t layers, std::int64_t hidden, std::int64_t heads, std::int64_t kvHeads,
                        std::int64_t ffn, std::int64_t vocab, std::int64_t positions)
{
    // Meta's and Mistral AI's published params.json / config.json: RMSNorm, SwiGLU,
    // rotary positions, untied embeddings, no dropout.
    TransformerConfig c;
    c.layers = layers;
    c.hidden = hidden;
    c.heads = heads;
    c.kvHeads = kvHeads;
    c.ffnHidden = ffn;
    c.vocab = vocab;
    c.seqLen = positions;
    c.causal = true;
    c.norm = Norm::RmsNorm;
    c.ffn = Ffn::SwiGlu;
    c.positions = Positions::Rotary;
    c.tiedEmbeddings = false;
    c.attention = Attention::Sdpa;
    c.dropout = 0.0;
    return c;
}

// Published configurations (each model's config.json on Hugging Face; the papers cited in
// tests/core/test_dnn.cpp for the parameter counts they give).

TransformerConfig withHeadDim(TransformerConfig c, std::int64_t headDim)
{
    c.headDim = headDim;
    return c;
}

TransformerConfig tied(TransformerConfig c)
{
    c.tiedEmbeddings = true;
    return c;
}

/// Qwen2 / Qwen2.5: biases on the q, k, v projections.
TransformerConfig qwen2(std::int64_t layers, std::int64_t hidden, std::int64_t heads, std::int64_t kvHeads,
                        std::int64_t ffn, std::int64_t positions)
{
    TransformerConfig c = llama(layers, hidden, heads, kvHeads, ffn, 152064, positions);
    c.attentionBias = true;
    return c;
}

/// Qwen3: explicit head_dim 128, RMSNorm of q and k per head, no attention biases.
TransformerConfig qwen3(std::int64_t layers, std::int64_t hidden, std::int64_t heads, std::int64_t kvHeads,
                        std::int64_t ffn)
{
    TransformerConfig c = llama(layers, hidden, heads, kvHeads, ffn, 151936, 40960);
    c.headDim = 128;
    c.qkNorm = true;
    return c;
}

TransformerConfig moe(TransformerConfig c, std::int64_t experts, std::int64_t topK, std::int64_t expertFfn)
{
    c.moe.experts = experts;
    c.moe.expertsPerToken = topK;
    c.moe.expertFfnHidden = expertFfn;
    return c;
}

/// Gemma 2 / 3: tied embeddings, gated-GELU FFN (the shapes of SwiGLU), explicit
/// head_dim, local layers with a sliding window and every Nth layer global.
TransformerConfig gemma(std::int64_t layers, std::int64_t hidden, std::int64_t heads, std::int64_t kvHeads,
                        std::int64_t headDim, std::int64_t ffn, std::int64_t vocab, std::int64_t positions,
                        std::int64_t window, std::int64_t globalEvery)
{
    TransformerConfig c = tied(withHeadDim(llama(layers, hidden, heads, kvHeads, ffn, vocab, positions), headDim));
    c.slidingWindow.window = window;
    c.slidingWindow.globalEvery = globalEvery;
    return c;
}

/// gpt-oss: 64-dimensional heads, q/k/v biases, experts and router with biases,
/// alternating 128-token sliding-window and global layers.
TransformerConfig gptOss(std::int64_t layers, std::int64_t experts)
{
    TransformerConfig c = moe(withHeadDim(llama(layers, 2880, 64, 8, 2880, 201088, 131072), 64), experts, 4, 2880);
    c.attentionBias = true;
    c.moe.expertBias = true;
    c.slidingWindow.window = 128;
    c.slidingWindow.globalEvery = 2;
    return c;
}

TransformerConfig deepseekV3()
{
    TransformerConfig c = moe(llama(61, 7168, 128, 128, 18432, 129280, 163840), 256, 8, 2048);
    c.moe.sharedExperts = 1;
    c.moe.firstDenseLayers = 3;
    c.mla.qLoraRank = 1536;
    c.mla.kvLoraRank = 512;
    c.mla.qkRopeHeadDim = 64;
    c.mla.qkNopeHeadDim = 128;
    c.mla.vHeadDim = 128;
    return c;
}

const std::array<PresetInfo, 42> kPresets = {{
    {"resnet18", PresetFamily::Vision, {}},
    {"resnet34", PresetFamily::Vision, {}},
    {"resnet50", PresetFamily::Vision, {}},
    {"resnet101", PresetFamily::Vision, {}},
    {"vgg16", PresetFamily::Vision, {}},
    {"mobilenet_v2", PresetFamily::Vision, {}},
    {"efficientnet_b0", PresetFamily::Vision, {}},
    {"vit_b_16", PresetFamily::Vision, {}},
    {"bert-base", PresetFamily::Encoder, bert(12, 768, 12)},
    {"bert-large", PresetFamily::Encoder, bert(24, 1024, 16)},
    {"gpt2", PresetFamily::Decoder, gpt2(12, 768, 12)},
    {"gpt2-medium", PresetFamily::Decoder, gpt2(24, 1024, 16)},
    {"gpt2-large", PresetFamily::Decoder, gpt2(36, 1280, 20)},
    {"gpt2-xl", PresetFamily::Decoder, gpt2(48, 1600, 25)},
    {"llama-2-7b", PresetFamily::Decoder, llama(32, 4096, 32, 32, 11008, 32000, 4096)},
    {"llama-2-13b", PresetFamily::Decoder, llama(40, 5120, 40, 40, 13824, 32000, 4096)},
    {"llama-2-70b", PresetFamily::Decoder, llama(80, 8192, 64, 8, 28672, 32000, 4096)},
    {"llama-3-8b", PresetFamily::Decoder, llama(32, 4096, 32, 8, 14336, 128256, 8192)},
    {"mistral-7b", PresetFamily::Decoder, llama(32, 4096, 32, 8, 14336, 32000, 32768)},
    {"llama-3.1-8b", PresetFamily::Decoder, llama(32, 4096, 32, 8, 14336, 128256, 131072)},
    {"llama-3.1-70b", PresetFamily::Decoder, llama(80, 8192, 64, 8, 28672, 128256, 131072)},
    {"llama-3.1-405b", PresetFamily::Decoder, llama(126, 16384, 128, 8, 53248, 128256, 131072)},
    {"llama-3.2-1b", PresetFamily::Decoder, tied(llama(16, 2048, 32, 8, 8192, 128256, 131072))},
    {"llama-3.2-3b", PresetFamily::Decoder, tied(llama(28, 3072, 24, 8, 8192, 128256, 131072))},
    {"llama-3.3-70b", PresetFamily::Decoder, llama(80, 8192, 64, 8, 28672, 128256, 131072)},
    {"qwen2.5-7b", PresetFamily::Decoder, qwen2(28, 3584, 28, 4, 18944, 131072)},
    {"qwen2.5-72b", PresetFamily::Decoder, qwen2(80, 8192, 64, 8, 29568, 131072)},
    {"qwen3-8b", PresetFamily::Decoder, qwen3(36, 4096, 32, 8, 12288)},
    {"qwen3-32b", PresetFamily::Decoder, qwen3(64, 5120, 64, 8, 25600)},
    {"qwen3-30b-a3b", PresetFamily::Decoder, moe(qwen3(48, 2048, 32, 4, 6144), 128, 8, 768)},
    {"qwen3-235b-a22b", PresetFamily::Decoder, moe(qwen3(94, 4096, 64, 4, 12288), 128, 8, 1536)},
    {"mixtral-8x7b", PresetFamily::Decoder, moe(llama(32, 4096, 32, 8, 14336, 32000, 32768), 8, 2, 14336)},
    {"mixtral-8x22b", PresetFamily::Decoder, moe(llama(56, 6144, 48, 8, 16384, 32768, 65536), 8, 2, 16384)},
    {"deepseek-v3", PresetFamily::Decoder, deepseekV3()},
    {"gemma-2-9b", PresetFamily::Decoder, gemma(42, 3584, 16, 8, 256, 14336, 256000, 8192, 4096, 2)},
    {"gemma-2-27b", PresetFamily::Decoder, gemma(46, 4608, 32, 16, 128, 36864, 256000, 8192, 4096, 2)},
    {"gemma-3-27b", PresetFamily::Decoder, [] {
         TransformerConfig c = gemma(62, 5376, 32, 16, 128, 21504, 262208, 131072, 1024, 6);
         c.qkNorm = true;
         return c;
     }()},
    {"phi-3-mini", PresetFamily::Decoder, llama(32, 3072, 32, 32, 8192, 32064, 4096)},
    {"phi-4", PresetFamily::Decoder, llama(40, 5120, 40, 10, 17920, 100352, 16384)},
    {"mistral-nemo-12b", PresetFamily::Decoder, withHeadDim(llama(40, 5120, 32, 8, 14336, 131072, 131072), 128)},
    {"gpt-oss-20b", PresetFamily::Decoder, gptOss(24, 32)},
    {"gpt-oss-120b", PresetFamily::Decoder, gptOss(36, 128)},
}};

} // namespace

std::span<const PresetInfo> presets() { return kPresets; }

const PresetInfo *findPreset(std::string_view name)
{
    for (const auto &p : kPresets)
        if (p.name == name)
            return &p;
    return nullptr;
}

std::optional<TransformerConfig> resolvedTransformer(const Architecture &arch, std::int64_t datasetTokens)
{
    TransformerConfig c;
    if (arch.kind == ArchitectureKind::Preset) {
        const PresetInfo *p = findPreset(arch.preset);
        if (!p || p->family == PresetFamily::Vision)
            return std::nullopt;
        c = p->config;
        // A preset's seq_len is its maximum; the run uses the dataset's length unless overridden.
        if (datasetTokens > 0)
            c.seqLen = datasetTokens;
    } else if (arch.kind != ArchitectureKind::Transformer) {
        return std::nullopt;
    }
    for (const ModelKey &k : transformerKeys())
        k.overlay(c, arch.transformer);

    if (!c.kvHeads)
        c.kvHeads = c.heads;
    if (!c.ffnHidden && c.hidden)
        c.ffnHidden = 4 * *c.hidden;
    if (!c.seqLen)
        c.seqLen = datasetTokens > 0 ? datasetTokens : 1024;
    if (!c.causal)
        c.causal = true;
    if (!c.norm)
        c.norm = Norm::LayerNorm;
    if (!c.ffn)
        c.ffn = Ffn::Gelu;
    if (!c.positions)
        c.positions = Positions::Learned;
    if (!c.tiedEmbeddings)
        c.tiedEmbeddings = true;
    if (!c.attention)
        c.attention = Attention::Sdpa; // PyTorch ≥ 2.0 / transformers ≥ 4.36 default
    if (!c.dropout)
        c.dropout = 0.1;
    if (!c.attentionBias)
        c.attentionBias = false;
    if (!c.qkNorm)
        c.qkNorm = false;
    MoeConfig &m = c.moe;
    if (m.enabled() || m.expertsPerToken || m.expertFfnHidden) {
        if (!m.sharedExperts)
            m.sharedExperts = 0;
        if (!m.sharedExpertFfnHidden && m.expertFfnHidden)
            m.sharedExpertFfnHidden = m.expertFfnHidden;
        if (!m.firstDenseLayers)
            m.firstDenseLayers = 0;
        if (!m.expertBias)
            m.expertBias = false;
    }
    if (c.mla.enabled() && !c.mla.qLoraRank)
        c.mla.qLoraRank = 0;
    if (c.slidingWindow.enabled() && !c.slidingWindow.globalEvery)
        c.slidingWindow.globalEvery = 0;
    return c;
}

} // namespace headroom
