// Hugging Face config.json keys per model type, as transformers' configuration classes
// define them (configuration_llama.py, configuration_qwen3_moe.py, …), with their
// defaults where a file may leave a key out.

#include "import/hf_config.h"

#include "import/input.h"
#include "scenario/messages.h"

#include <array>
#include <cmath>

namespace headroom::importer {
namespace {

using Json = nlohmann::json;

constexpr std::array<std::string_view, 19> kTypes = {
    "llama", "mistral", "mixtral", "qwen2", "qwen2_moe", "qwen3", "qwen3_moe", "gemma", "gemma2", "gemma3",
    "gemma3_text", "phi3", "deepseek_v2", "deepseek_v3", "gpt_oss", "gpt2", "gpt_neox", "bert", "roberta"};

/// Reading helpers over one config object.
class Config {
public:
    Config(const Json &j, const std::string &file) : m_j(j), m_file(file) {}

    /// A positive integer, or nullopt when absent or null; refuses other values.
    std::optional<std::int64_t> opt(const char *key) const
    {
        const auto it = m_j.find(key);
        if (it == m_j.end() || it->is_null())
            return std::nullopt;
        if (it->is_number_integer() && it->get<std::int64_t>() >= 0 && it->get<std::int64_t>() <= (std::int64_t(1) << 40))
            return it->get<std::int64_t>();
        if (it->is_number_unsigned() && it->get<std::uint64_t>() <= (std::uint64_t(1) << 40))
            return static_cast<std::int64_t>(it->get<std::uint64_t>());
        refuse(m_file, ErrorCode::WrongType, msg::importMissingValue, {"\"" + std::string(key) + "\""});
    }
    std::int64_t req(const char *key) const
    {
        const auto v = opt(key);
        if (!v || *v < 1)
            refuse(m_file, ErrorCode::MissingKey, msg::importMissingValue, {"\"" + std::string(key) + "\""});
        return *v;
    }
    std::int64_t get(const char *key, std::int64_t dflt) const { return opt(key).value_or(dflt); }
    bool flag(const char *key, bool dflt) const
    {
        const auto it = m_j.find(key);
        return it != m_j.end() && it->is_boolean() ? it->get<bool>() : dflt;
    }
    double number(const char *key, double dflt) const
    {
        const auto it = m_j.find(key);
        if (it == m_j.end() || !it->is_number())
            return dflt;
        const double d = it->get<double>();
        return std::isfinite(d) && d >= 0.0 && d <= 1.0 ? d : dflt;
    }
    std::string text(const char *key) const
    {
        const auto it = m_j.find(key);
        return it != m_j.end() && it->is_string() ? it->get<std::string>() : std::string();
    }
    const Json *object(const char *key) const
    {
        const auto it = m_j.find(key);
        return it != m_j.end() && it->is_object() ? &*it : nullptr;
    }
    const Json &json() const { return m_j; }

private:
    const Json &m_j;
    const std::string &m_file;
};

/// Keys shared by the LLaMA-style decoders (RMSNorm, gated FFN, rotary positions).
ArchFacts llamaStyle(const Config &c, bool tiedDefault)
{
    ArchFacts f;
    f.layers = c.req("num_hidden_layers");
    f.hidden = c.req("hidden_size");
    f.heads = c.req("num_attention_heads");
    f.kvHeads = c.get("num_key_value_heads", f.heads);
    f.ffnHidden = c.req("intermediate_size");
    f.vocab = c.req("vocab_size");
    f.contextLength = c.get("max_position_embeddings", 0);
    f.headDim = c.get("head_dim", 0);
    f.tied = c.flag("tie_word_embeddings", tiedDefault);
    f.attentionBias = c.flag("attention_bias", false);
    f.dropout = c.number("attention_dropout", 0.0);
    if (const auto w = c.opt("sliding_window"); w && *w > 0 && c.flag("use_sliding_window", true))
        f.sliding = SlidingFacts{*w, 0};
    return f;
}

/// The number of routed experts under `key`, or under `other` (Mixtral's
/// num_local_experts, Qwen-MoE's num_experts: either name is read).
std::int64_t experts(const Config &c, const char *key, const char *other)
{
    if (const auto v = c.opt(key); v && *v >= 1)
        return *v;
    if (const auto v = c.opt(other); v && *v >= 1)
        return *v;
    return c.req(key);
}

/// Gemma 2 / 3 and gpt-oss give each layer's kind in `layer_types`; the period of
/// "full_attention" is the scenario's global_every.
std::int64_t globalEvery(const Config &c, std::int64_t dflt)
{
    const auto it = c.json().find("layer_types");
    if (it == c.json().end() || !it->is_array())
        return dflt;
    for (std::size_t i = 0; i < it->size() && i < 100000; ++i)
        if ((*it)[i] == "full_attention")
            return static_cast<std::int64_t>(i) + 1;
    return 0;
}

std::optional<WeightsSpec> weightsOf(const Config &c, const std::string &file, std::vector<Error> &notes)
{
    WeightsSpec w;
    if (const Json *q = c.object("quantization_config")) {
        static const std::string kNoName;
        const Config qc(*q, kNoName);
        const std::string method = qc.text("quant_method");
        if (method == "gptq" || method == "awq") {
            w.format = method;
            w.bits = qc.get("bits", 4);
            if (*w.bits != 2 && *w.bits != 3 && *w.bits != 4 && *w.bits != 8)
                w.bits = 4;
            const auto g = q->find("group_size");
            if (g != q->end() && g->is_number_integer() && (g->get<std::int64_t>() == -1 || g->get<std::int64_t>() >= 1))
                w.groupSize = g->get<std::int64_t>();
            return w;
        }
        if (method == "bitsandbytes") {
            if (qc.flag("load_in_4bit", false)) {
                w.format = qc.text("bnb_4bit_quant_type") == "fp4" ? "fp4" : "nf4";
                if (qc.flag("bnb_4bit_use_double_quant", false))
                    w.doubleQuant = true;
                return w;
            }
            if (qc.flag("load_in_8bit", false)) {
                w.format = "int8";
                return w;
            }
        }
        if (method == "fp8" || method == "fbgemm_fp8") {
            w.format = "fp8";
            const auto b = q->find("weight_block_size");
            if (b != q->end() && b->is_array() && !b->empty() && (*b)[0].is_number_integer() && (*b)[0].get<std::int64_t>() >= 1) {
                w.scales = "block";
                w.groupSize = (*b)[0].get<std::int64_t>();
            } else {
                w.scales = method == "fbgemm_fp8" ? "per_channel" : "per_tensor";
            }
            return w;
        }
        if (method == "mxfp4") {
            w.format = "mxfp4";
            return w;
        }
        if (!method.empty())
            notes.push_back(Error::fromTemplate(file, ErrorCode::Unsupported, msg::noteQuantMethod, {method}));
    }
    std::string dtype = c.text("torch_dtype");
    if (dtype.empty())
        dtype = c.text("dtype");
    if (dtype == "bfloat16")
        w.format = "bf16";
    else if (dtype == "float16")
        w.format = "fp16";
    else if (dtype == "float32")
        w.format = "fp32";
    else
        return std::nullopt;
    return w;
}

std::string knownList()
{
    std::string s;
    for (const auto &t : kTypes)
        s += (s.empty() ? "" : ", ") + std::string(t);
    return s;
}

} // namespace

std::span<const std::string_view> knownModelTypes() { return kTypes; }

HfConfig readHfConfig(const Json &doc, const std::string &file, std::vector<Error> &notes)
{
    if (!doc.is_object())
        refuse(file, ErrorCode::WrongType, msg::importNotObject, {"config"});
    const Config outer(doc, file);
    std::string type = outer.text("model_type");
    const Json *body = &doc;
    // Multimodal wrappers keep the language model under text_config.
    if (const Json *text = outer.object("text_config"); text && (type == "gemma3" || type == "llava" || type == "mistral3")) {
        body = text;
        const std::string inner = Config(*text, file).text("model_type");
        type = inner.empty() ? type : inner;
        notes.push_back(Error::fromTemplate(file, ErrorCode::Unsupported, msg::noteVision));
    }
    const Config c(*body, file);
    HfConfig out;
    ArchFacts &f = out.facts;
    if (type == "llama" || type == "mistral" || type == "phi3") {
        f = llamaStyle(c, false);
    } else if (type == "mixtral") {
        f = llamaStyle(c, false);
        f.moe = MoeFacts{experts(c, "num_local_experts", "num_experts"), c.req("num_experts_per_tok"), f.ffnHidden, 0, 0, 0,
                         false};
    } else if (type == "qwen2" || type == "qwen2_moe") {
        f = llamaStyle(c, false);
        f.attentionBias = true; // Qwen2 projects q, k and v with biases
        if (type == "qwen2_moe") {
            MoeFacts m{experts(c, "num_experts", "num_local_experts"), c.req("num_experts_per_tok"),
                       c.req("moe_intermediate_size"), 0, 0, 0, false};
            // One always-on expert of its own width (its sigmoid gate, hidden values per
            // layer, is not counted).
            m.sharedExpertFfnHidden = c.get("shared_expert_intermediate_size", 0);
            m.sharedExperts = m.sharedExpertFfnHidden > 0 ? 1 : 0;
            f.moe = m;
        }
    } else if (type == "qwen3" || type == "qwen3_moe") {
        f = llamaStyle(c, false);
        f.headDim = c.get("head_dim", 128);
        f.qkNorm = true;
        if (type == "qwen3_moe")
            f.moe = MoeFacts{experts(c, "num_experts", "num_local_experts"), c.req("num_experts_per_tok"),
                             c.req("moe_intermediate_size"), 0, 0, 0, false};
    } else if (type == "gemma" || type == "gemma2" || type == "gemma3" || type == "gemma3_text") {
        f = llamaStyle(c, true);
        f.headDim = c.get("head_dim", 256);
        f.sliding.reset();
        if (type != "gemma") {
            const std::int64_t window = c.get("sliding_window", 4096);
            const std::int64_t every = type == "gemma2" ? 2 : c.get("sliding_window_pattern", 6);
            f.sliding = SlidingFacts{window, globalEvery(c, every)};
        }
        f.qkNorm = type == "gemma3" || type == "gemma3_text";
    } else if (type == "deepseek_v2" || type == "deepseek_v3") {
        f = llamaStyle(c, false);
        f.mla = MlaFacts{c.get("q_lora_rank", 0), c.req("kv_lora_rank"), c.req("qk_rope_head_dim"), c.req("qk_nope_head_dim"),
                         c.req("v_head_dim")};
        MoeFacts m{c.req("n_routed_experts"), c.req("num_experts_per_tok"), c.req("moe_intermediate_size"), 0, 0, 0, false};
        m.sharedExperts = c.get("n_shared_experts", 0);
        m.sharedExpertFfnHidden = m.expertFfnHidden;
        m.firstDenseLayers = c.get("first_k_dense_replace", 0);
        // DeepSeek-V3's router correction bias (e_score_correction_bias, topk_method
        // "noaux_tc") is one value per expert and layer, not the experts' projection
        // biases that `expert_bias` counts: left out.
        f.moe = m;
        f.headDim = 0;
    } else if (type == "gpt_oss") {
        f = llamaStyle(c, false);
        f.headDim = c.get("head_dim", 64);
        f.attentionBias = true;
        const std::int64_t perToken = c.opt("num_experts_per_tok").value_or(c.get("experts_per_token", 4));
        f.moe = MoeFacts{c.req("num_local_experts"), perToken, f.ffnHidden, 0, 0, 0, true};
        f.sliding = SlidingFacts{c.get("sliding_window", 128), globalEvery(c, 2)};
    } else if (type == "gpt2") {
        f.layers = c.req("n_layer");
        f.hidden = c.req("n_embd");
        f.heads = c.req("n_head");
        f.kvHeads = f.heads;
        f.ffnHidden = c.get("n_inner", 4 * f.hidden);
        f.vocab = c.req("vocab_size");
        f.contextLength = c.get("n_positions", 1024);
        f.rmsNorm = f.gatedFfn = f.rotary = false;
        f.tied = true;
        f.dropout = c.number("resid_pdrop", 0.1);
        const std::string act = c.text("activation_function");
        f.geluNew = act.empty() || act == "gelu_new";
    } else if (type == "gpt_neox") {
        f.layers = c.req("num_hidden_layers");
        f.hidden = c.req("hidden_size");
        f.heads = c.req("num_attention_heads");
        f.kvHeads = f.heads;
        f.ffnHidden = c.req("intermediate_size");
        f.vocab = c.req("vocab_size");
        f.contextLength = c.get("max_position_embeddings", 0);
        f.rmsNorm = f.gatedFfn = false;
        f.rotary = true;
        f.tied = c.flag("tie_word_embeddings", false);
        f.dropout = c.number("hidden_dropout", 0.0);
        f.geluNew = c.text("hidden_act") == "gelu_new";
    } else if (type == "bert" || type == "roberta") {
        f.layers = c.req("num_hidden_layers");
        f.hidden = c.req("hidden_size");
        f.heads = c.req("num_attention_heads");
        f.kvHeads = f.heads;
        f.ffnHidden = c.req("intermediate_size");
        f.vocab = c.req("vocab_size");
        f.contextLength = c.get("max_position_embeddings", 512);
        f.rmsNorm = f.gatedFfn = f.rotary = false;
        f.tied = true;
        f.encoder = true;
        f.dropout = c.number("hidden_dropout_prob", 0.1);
    } else {
        refuse(file, ErrorCode::UnknownValue, msg::importUnknownType, {type, knownList()});
    }
    f.family = type;
    out.weights = weightsOf(outer, file, notes);
    return out;
}

} // namespace headroom::importer
