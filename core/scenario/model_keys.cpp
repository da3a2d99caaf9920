#include "scenario/model_keys.h"

#include "scenario/messages.h"

#include <array>

namespace headroom {
namespace {

using TC = TransformerConfig;

// Accessors built from member pointers: `M` a member of TransformerConfig, or `G` a
// group of it and `M` a member of that group.
template <auto M>
std::optional<std::int64_t> getI(const TC &c) { return c.*M; }
template <auto M>
void setI(TC &c, std::optional<std::int64_t> v) { c.*M = v; }
template <auto G, auto M>
std::optional<std::int64_t> getGI(const TC &c) { return (c.*G).*M; }
template <auto G, auto M>
void setGI(TC &c, std::optional<std::int64_t> v) { (c.*G).*M = v; }

template <auto M>
std::optional<std::int64_t> getB(const TC &c)
{
    const std::optional<bool> &v = c.*M;
    return v ? std::optional<std::int64_t>(*v ? 1 : 0) : std::nullopt;
}
template <auto M>
void setB(TC &c, std::optional<std::int64_t> v) { c.*M = v ? std::optional<bool>(*v != 0) : std::nullopt; }
template <auto G, auto M>
std::optional<std::int64_t> getGB(const TC &c)
{
    const std::optional<bool> &v = (c.*G).*M;
    return v ? std::optional<std::int64_t>(*v ? 1 : 0) : std::nullopt;
}
template <auto G, auto M>
void setGB(TC &c, std::optional<std::int64_t> v) { (c.*G).*M = v ? std::optional<bool>(*v != 0) : std::nullopt; }

template <typename E, auto M>
std::optional<std::int64_t> getE(const TC &c)
{
    const std::optional<E> &v = c.*M;
    return v ? std::optional<std::int64_t>(static_cast<std::int64_t>(*v)) : std::nullopt;
}
template <typename E, auto M>
void setE(TC &c, std::optional<std::int64_t> v)
{
    const auto n = static_cast<std::int64_t>(enumNames<E>().size());
    c.*M = v && *v >= 0 && *v < n ? std::optional<E>(static_cast<E>(*v)) : std::nullopt;
}

template <auto M>
std::optional<double> getN(const TC &c) { return c.*M; }
template <auto M>
void setN(TC &c, std::optional<double> v) { c.*M = v; }


ModelKey intKey(std::string_view name, std::int64_t min, std::int64_t max, const char *label, const char *unit,
                std::optional<std::int64_t> (*get)(const TC &), void (*set)(TC &, std::optional<std::int64_t>),
                std::string_view group = {})
{
    ModelKey k;
    k.group = group;
    k.name = name;
    k.kind = ModelKeyKind::Int;
    k.min = min;
    k.max = max;
    k.label = label;
    k.unit = unit;
    k.getInt = get;
    k.setInt = set;
    return k;
}

ModelKey boolKey(std::string_view name, const char *label, std::optional<std::int64_t> (*get)(const TC &),
                 void (*set)(TC &, std::optional<std::int64_t>), std::string_view group = {})
{
    ModelKey k = intKey(name, 0, 1, label, "", get, set, group);
    k.kind = ModelKeyKind::Bool;
    return k;
}

ModelKey numberKey(std::string_view name, double min, double max, const char *label, const char *unit,
                   std::optional<double> (*get)(const TC &), void (*set)(TC &, std::optional<double>))
{
    ModelKey k;
    k.name = name;
    k.kind = ModelKeyKind::Number;
    k.numMin = min;
    k.numMax = max;
    k.label = label;
    k.unit = unit;
    k.getNumber = get;
    k.setNumber = set;
    return k;
}

template <typename E, auto M>
ModelKey enumKey(std::string_view name, const char *label, std::span<const char *const> shown,
                  const char *defaultLabel = nullptr)
{
    ModelKey k = intKey(name, 0, 0, label, "", &getE<E, M>, &setE<E, M>);
    k.kind = ModelKeyKind::Enum;
    k.choices = &enumNames<E>;
    k.choiceLabels = shown;
    k.defaultLabel = defaultLabel;
    return k;
}

constexpr std::array<const char *, 2> kNormLabels = {"LayerNorm", "RMSNorm"};
constexpr std::array<const char *, 3> kFfnLabels = {"GELU", "SwiGLU", "GELU (gelu_new)"};
constexpr std::array<const char *, 2> kPositionLabels = {msg::label::learned, msg::label::rotary};
constexpr std::array<const char *, 4> kAttentionLabels = {msg::label::eagerScoresMaterialised,
                                                          msg::label::flashScoresNotMaterialised,
                                                          msg::label::sdpaFlashOrMemEfficient, msg::label::sdpaMemEfficient};

constexpr std::array<std::string_view, 3> kGroups = {"moe", "mla", "sliding_window"};

const std::array<ModelKey, 31> &table()
{
    using M = MoeConfig;
    using A = MlaConfig;
    using W = SlidingWindowConfig;
    static const std::array<ModelKey, 31> keys{
            intKey("layers", 1, 100000, msg::label::layers, msg::label::blocks, &getI<&TC::layers>, &setI<&TC::layers>),
            intKey("hidden", 1, 10'000'000, msg::label::hiddenSize, msg::label::units, &getI<&TC::hidden>,
                   &setI<&TC::hidden>),
            intKey("heads", 1, 100000, msg::label::attentionHeads, msg::label::heads, &getI<&TC::heads>,
                   &setI<&TC::heads>),
            intKey("kv_heads", 1, 100000, msg::label::keyvalueHeads, msg::label::heads, &getI<&TC::kvHeads>,
                   &setI<&TC::kvHeads>),
            intKey("head_dim", 1, 100000, msg::label::headDimension, msg::label::perHead, &getI<&TC::headDim>,
                   &setI<&TC::headDim>),
            intKey("ffn_hidden", 1, 100'000'000, msg::label::feedforwardSize, msg::label::units,
                   &getI<&TC::ffnHidden>, &setI<&TC::ffnHidden>),
            intKey("vocab", 2, 100'000'000, msg::label::vocabulary, msg::label::tokens, &getI<&TC::vocab>,
                   &setI<&TC::vocab>),
            intKey("seq_len", 1, 100'000'000, msg::label::sequenceLength, msg::label::tokens, &getI<&TC::seqLen>,
                   &setI<&TC::seqLen>),
            boolKey("causal", msg::label::causalDecoder, &getB<&TC::causal>, &setB<&TC::causal>),
            enumKey<Norm, &TC::norm>("norm", msg::label::normalisation, kNormLabels),
            enumKey<Ffn, &TC::ffn>("ffn", msg::label::feedforwardType, kFfnLabels),
            enumKey<Positions, &TC::positions>("positions", msg::label::positions, kPositionLabels),
            boolKey("tied_embeddings", msg::label::tiedEmbeddings, &getB<&TC::tiedEmbeddings>,
                    &setB<&TC::tiedEmbeddings>),
            enumKey<Attention, &TC::attention>("attention", msg::label::attention, kAttentionLabels,
                                               msg::label::sdpaDefault),
            numberKey("dropout", 0.0, 1.0, msg::label::dropout, msg::label::probability, &getN<&TC::dropout>,
                      &setN<&TC::dropout>),
            boolKey("attention_bias", msg::label::qkvBiases, &getB<&TC::attentionBias>, &setB<&TC::attentionBias>),
            boolKey("qk_norm", msg::label::qknorm, &getB<&TC::qkNorm>, &setB<&TC::qkNorm>),
            intKey("experts", 1, 1'000'000, msg::label::experts, msg::label::experts2,
                   &getGI<&TC::moe, &M::experts>, &setGI<&TC::moe, &M::experts>, "moe"),
            intKey("experts_per_token", 1, 1'000'000, msg::label::expertsPerToken, msg::label::experts2,
                   &getGI<&TC::moe, &M::expertsPerToken>, &setGI<&TC::moe, &M::expertsPerToken>, "moe"),
            intKey("expert_ffn_hidden", 1, 100'000'000, msg::label::expertFeedforwardSize, msg::label::units,
                   &getGI<&TC::moe, &M::expertFfnHidden>, &setGI<&TC::moe, &M::expertFfnHidden>, "moe"),
            intKey("shared_experts", 0, 1'000'000, msg::label::sharedExperts, msg::label::experts2,
                   &getGI<&TC::moe, &M::sharedExperts>, &setGI<&TC::moe, &M::sharedExperts>, "moe"),
            intKey("shared_expert_ffn_hidden", 1, 100'000'000, msg::label::sharedExpertFeedforwardSize,
                   msg::label::units, &getGI<&TC::moe, &M::sharedExpertFfnHidden>,
                   &setGI<&TC::moe, &M::sharedExpertFfnHidden>, "moe"),
            intKey("first_dense_layers", 0, 100000, msg::label::firstDenseLayers, msg::label::blocks,
                   &getGI<&TC::moe, &M::firstDenseLayers>, &setGI<&TC::moe, &M::firstDenseLayers>, "moe"),
            boolKey("expert_bias", msg::label::expertBiases, &getGB<&TC::moe, &M::expertBias>,
                    &setGB<&TC::moe, &M::expertBias>, "moe"),
            intKey("q_lora_rank", 0, 10'000'000, msg::label::queryRank, msg::label::n0NoCompression,
                   &getGI<&TC::mla, &A::qLoraRank>, &setGI<&TC::mla, &A::qLoraRank>, "mla"),
            intKey("kv_lora_rank", 1, 10'000'000, msg::label::keyvalueLatentRank, msg::label::units,
                   &getGI<&TC::mla, &A::kvLoraRank>, &setGI<&TC::mla, &A::kvLoraRank>, "mla"),
            intKey("qk_rope_head_dim", 0, 100000, msg::label::rotaryHeadDimension, msg::label::perHead,
                   &getGI<&TC::mla, &A::qkRopeHeadDim>, &setGI<&TC::mla, &A::qkRopeHeadDim>, "mla"),
            intKey("qk_nope_head_dim", 0, 100000, msg::label::nonrotaryHeadDimension, msg::label::perHead,
                   &getGI<&TC::mla, &A::qkNopeHeadDim>, &setGI<&TC::mla, &A::qkNopeHeadDim>, "mla"),
            intKey("v_head_dim", 1, 100000, msg::label::valueHeadDimension, msg::label::perHead,
                   &getGI<&TC::mla, &A::vHeadDim>, &setGI<&TC::mla, &A::vHeadDim>, "mla"),
            intKey("window", 1, 100'000'000, msg::label::window, msg::label::tokens,
                   &getGI<&TC::slidingWindow, &W::window>, &setGI<&TC::slidingWindow, &W::window>, "sliding_window"),
            intKey("global_every", 0, 100000, msg::label::everyNthLayerGlobal, msg::label::n0AllLocal,
                   &getGI<&TC::slidingWindow, &W::globalEvery>, &setGI<&TC::slidingWindow, &W::globalEvery>,
                   "sliding_window"),
    };
    return keys;
}

} // namespace

std::string ModelKey::path() const
{
    return group.empty() ? std::string(name) : std::string(group) + "." + std::string(name);
}

bool ModelKey::isSet(const TransformerConfig &c) const
{
    return kind == ModelKeyKind::Number ? getNumber(c).has_value() : getInt(c).has_value();
}

void ModelKey::overlay(TransformerConfig &to, const TransformerConfig &from) const
{
    if (kind == ModelKeyKind::Number) {
        if (const auto v = getNumber(from))
            setNumber(to, v);
    } else if (const auto v = getInt(from)) {
        setInt(to, v);
    }
}

std::span<const ModelKey> transformerKeys() { return table(); }

std::span<const std::string_view> transformerKeyGroups() { return kGroups; }

const ModelKey *findTransformerKey(std::string_view path)
{
    for (const ModelKey &k : transformerKeys())
        if (k.path() == path)
            return &k;
    return nullptr;
}

const char *transformerGroupLabel(std::string_view group)
{
    if (group == "moe")
        return msg::label::mixtureOfExperts;
    if (group == "mla")
        return msg::label::latentAttentionMla;
    if (group == "sliding_window")
        return msg::label::slidingwindowAttention;
    return msg::label::transformer;
}

} // namespace headroom
