#include "import/architecture.h"

#include "import/input.h"
#include "scenario/messages.h"
#include "util/format.h"

namespace headroom::importer {
namespace {

void checkRange(const std::string &file, const char *what, std::int64_t v, std::int64_t lo, std::int64_t hi)
{
    if (v < lo || v > hi)
        refuse(file, ErrorCode::OutOfRange, msg::importValueRange,
               {what, std::to_string(lo), std::to_string(hi), std::to_string(v)});
}

} // namespace

Architecture toArchitecture(const ArchFacts &f, const std::string &file, std::vector<Error> &notes)
{
    checkRange(file, "the number of layers", f.layers, 1, 100000);
    checkRange(file, "the hidden size", f.hidden, 1, 10'000'000);
    checkRange(file, "the number of attention heads", f.heads, 1, 100000);
    checkRange(file, "the number of key/value heads", f.kvHeads, 1, f.heads);
    checkRange(file, "the FFN width", f.ffnHidden, 1, 100'000'000);
    checkRange(file, "the vocabulary size", f.vocab, 2, 100'000'000);

    auto note = [&notes, &file](const char *tmpl, std::vector<std::string> args) {
        notes.push_back(Error::fromTemplate(file, ErrorCode::Unsupported, tmpl, std::move(args)));
    };

    Architecture a;
    TransformerConfig &t = a.transformer;
    t.layers = f.layers;
    t.hidden = f.hidden;
    t.heads = f.heads;
    t.kvHeads = f.kvHeads;
    t.ffnHidden = f.ffnHidden;
    t.vocab = f.vocab;
    t.norm = f.rmsNorm ? Norm::RmsNorm : Norm::LayerNorm;
    t.ffn = f.gatedFfn ? Ffn::SwiGlu : f.geluNew ? Ffn::GeluNew : Ffn::Gelu;
    t.positions = f.rotary ? Positions::Rotary : Positions::Learned;
    t.tiedEmbeddings = f.tied;
    t.dropout = f.dropout;
    // The keys of model_keys.h: head width, q/k/v biases, QK-norm, experts, latent
    // attention and sliding windows, as the file gives them.
    if (f.headDim > 0 && !f.mla && f.headDim * f.heads != f.hidden)
        t.headDim = f.headDim;
    if (f.attentionBias && f.gatedFfn) // GELU transformers (GPT-2, BERT) have every bias anyway
        t.attentionBias = true;
    if (f.qkNorm)
        t.qkNorm = true;
    if (f.moe) {
        const MoeFacts &m = *f.moe;
        t.moe.experts = m.experts;
        t.moe.expertsPerToken = m.expertsPerToken;
        t.moe.expertFfnHidden = m.expertFfnHidden;
        if (m.sharedExperts > 0) {
            t.moe.sharedExperts = m.sharedExperts;
            if (m.sharedExpertFfnHidden > 0 && m.sharedExpertFfnHidden != m.expertFfnHidden)
                t.moe.sharedExpertFfnHidden = m.sharedExpertFfnHidden;
        }
        if (m.firstDenseLayers > 0)
            t.moe.firstDenseLayers = m.firstDenseLayers;
        if (m.expertBias)
            t.moe.expertBias = true;
    }
    if (f.mla) {
        const MlaFacts &m = *f.mla;
        t.mla.qLoraRank = m.qLoraRank;
        t.mla.kvLoraRank = m.kvLoraRank;
        t.mla.qkRopeHeadDim = m.qkRopeHeadDim;
        t.mla.qkNopeHeadDim = m.qkNopeHeadDim;
        t.mla.vHeadDim = m.vHeadDim;
    }
    if (f.sliding && f.sliding->window > 0) {
        t.slidingWindow.window = f.sliding->window;
        if (f.sliding->globalEvery > 0)
            t.slidingWindow.globalEvery = f.sliding->globalEvery;
    }
    if (f.encoder) {
        // BERT: the encoder preset carries the post-norm block, token types and pooler;
        // its learned position table has 512 rows.
        a.kind = ArchitectureKind::Preset;
        a.preset = "bert-base";
        t.causal = false;
        if (f.contextLength > 0 && f.contextLength != 512)
            note(msg::notePositions, {"512", formatCount(f.contextLength)});
    } else if (!f.rotary && (f.contextLength == 0 || f.contextLength == 1024)) {
        // GPT-2: learned positions with the preset's 1024-row table.
        a.kind = ArchitectureKind::Preset;
        a.preset = "gpt2";
    } else {
        a.kind = ArchitectureKind::Transformer;
        // A learned position table has as many rows as seq_len.
        if (!f.rotary)
            t.seqLen = f.contextLength;
    }
    return a;
}

} // namespace headroom::importer
