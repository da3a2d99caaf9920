#include "scenario/presets.h"

#include <array>

namespace headroom {
namespace {

TransformerConfig gpt2(std::int64_t layers, std::int64_t hidden, std::int64_t heads)
{
    // Hugging Face gpt2* configurations: vocab 50257, 1024 positions, GELU, LayerNorm, tied.
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
    c.ffn = Ffn::Gelu;
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

const std::array<PresetInfo, 19> kPresets = {{
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
}};

template <typename T>
void overlay(std::optional<T> &base, const std::optional<T> &over)
{
    if (over)
        base = over;
}

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
    const TransformerConfig &o = arch.transformer;
    overlay(c.layers, o.layers);
    overlay(c.hidden, o.hidden);
    overlay(c.heads, o.heads);
    overlay(c.kvHeads, o.kvHeads);
    overlay(c.ffnHidden, o.ffnHidden);
    overlay(c.vocab, o.vocab);
    overlay(c.seqLen, o.seqLen);
    overlay(c.causal, o.causal);
    overlay(c.norm, o.norm);
    overlay(c.ffn, o.ffn);
    overlay(c.positions, o.positions);
    overlay(c.tiedEmbeddings, o.tiedEmbeddings);
    overlay(c.attention, o.attention);
    overlay(c.dropout, o.dropout);

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
    return c;
}

} // namespace headroom
