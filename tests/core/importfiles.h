#pragma once
// Writers of small model files for the import tests, the benchmark and the fuzz seed
// corpus: GGUF headers, safetensors headers and config.json text, built byte by byte
// from the formats' specifications (no downloads).

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace importfiles {

inline void putLe(std::string &out, std::uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out += static_cast<char>((v >> (8 * i)) & 0xff);
}

/// A GGUF file being built: metadata, then tensor infos; bytes() lays them out.
class Gguf {
public:
    explicit Gguf(std::uint32_t version = 3) : m_version(version) {}

    void string(std::string &out, const std::string &s) const
    {
        putLe(out, s.size(), 8);
        out += s;
    }
    void kvString(const std::string &key, const std::string &value)
    {
        string(m_kv, key);
        putLe(m_kv, 8, 4);
        string(m_kv, value);
        ++m_nKv;
    }
    void kvU32(const std::string &key, std::uint32_t value)
    {
        string(m_kv, key);
        putLe(m_kv, 4, 4);
        putLe(m_kv, value, 4);
        ++m_nKv;
    }
    void kvU64(const std::string &key, std::uint64_t value)
    {
        string(m_kv, key);
        putLe(m_kv, 10, 4);
        putLe(m_kv, value, 8);
        ++m_nKv;
    }
    void kvF32(const std::string &key, float value)
    {
        string(m_kv, key);
        putLe(m_kv, 6, 4);
        std::uint32_t bits = 0;
        static_assert(sizeof bits == sizeof value);
        __builtin_memcpy(&bits, &value, 4);
        putLe(m_kv, bits, 4);
        ++m_nKv;
    }
    /// An array of strings (a vocabulary).
    void kvStrings(const std::string &key, const std::vector<std::string> &values)
    {
        string(m_kv, key);
        putLe(m_kv, 9, 4);
        putLe(m_kv, 8, 4);
        putLe(m_kv, values.size(), 8);
        for (const auto &v : values)
            string(m_kv, v);
        ++m_nKv;
    }
    /// Raw key-value bytes (for hostile files).
    void kvRaw(const std::string &bytes, std::uint64_t count = 1)
    {
        m_kv += bytes;
        m_nKv += count;
    }
    /// A tensor of GGML type `type` with dims ne (ne[0] first) and its size in bytes.
    void tensor(const std::string &name, std::vector<std::uint64_t> ne, std::uint32_t type, std::uint64_t bytes)
    {
        string(m_tensors, name);
        putLe(m_tensors, ne.size(), 4);
        for (auto d : ne)
            putLe(m_tensors, d, 8);
        putLe(m_tensors, type, 4);
        putLe(m_tensors, m_offset, 8);
        m_offset += (bytes + 31) / 32 * 32;
        ++m_nTensors;
    }
    void setTensorCount(std::uint64_t n) { m_forcedTensors = n; }

    /// The header alone (up to the end of the tensor infos).
    std::string header() const
    {
        std::string out = "GGUF";
        putLe(out, m_version, 4);
        putLe(out, m_forcedTensors ? m_forcedTensors : m_nTensors, 8);
        putLe(out, m_nKv, 8);
        return out + m_kv + m_tensors;
    }
    /// The length of the whole file: header, padding to 32, the tensors' data.
    std::uint64_t fileSize() const { return (header().size() + 31) / 32 * 32 + m_offset; }

private:
    std::uint32_t m_version;
    std::string m_kv, m_tensors;
    std::uint64_t m_nKv = 0, m_nTensors = 0, m_offset = 0, m_forcedTensors = 0;
};

/// A safetensors header for tensors {name, dtype, shape, bytes}: returns the 8-byte length
/// and the JSON; the data (zeros) follows in a file of `dataBytes` more bytes.
struct Safetensors {
    nlohmann::ordered_json header = nlohmann::ordered_json::object();
    std::uint64_t dataBytes = 0;

    void tensor(const std::string &name, const std::string &dtype, std::vector<std::uint64_t> shape, std::uint64_t bytes)
    {
        header[name] = {{"dtype", dtype}, {"shape", shape}, {"data_offsets", {dataBytes, dataBytes + bytes}}};
        dataBytes += bytes;
    }
    std::string head() const
    {
        const std::string json = header.dump();
        std::string out;
        putLe(out, json.size(), 8);
        return out + json;
    }
    std::string bytes() const { return head() + std::string(dataBytes, '\0'); }
};

/// A small LLaMA-style model's dimensions.
struct Llama {
    std::uint64_t layers = 2, hidden = 256, heads = 4, kvHeads = 2, ffn = 512, vocab = 512, context = 4096;
    bool tied = false;

    nlohmann::ordered_json config(const std::string &type = "llama") const
    {
        return {{"architectures", {"LlamaForCausalLM"}}, {"model_type", type}, {"num_hidden_layers", layers},
                {"hidden_size", hidden}, {"num_attention_heads", heads}, {"num_key_value_heads", kvHeads},
                {"intermediate_size", ffn}, {"vocab_size", vocab}, {"max_position_embeddings", context},
                {"tie_word_embeddings", tied}, {"torch_dtype", "bfloat16"}, {"rms_norm_eps", 1e-5}};
    }

    /// Its tensors as transformers names them, in bf16 (2 bytes a value).
    Safetensors safetensors() const
    {
        Safetensors s;
        const std::uint64_t hd = hidden / heads;
        s.tensor("model.embed_tokens.weight", "BF16", {vocab, hidden}, vocab * hidden * 2);
        for (std::uint64_t i = 0; i < layers; ++i) {
            const std::string p = "model.layers." + std::to_string(i) + ".";
            s.tensor(p + "self_attn.q_proj.weight", "BF16", {heads * hd, hidden}, heads * hd * hidden * 2);
            s.tensor(p + "self_attn.k_proj.weight", "BF16", {kvHeads * hd, hidden}, kvHeads * hd * hidden * 2);
            s.tensor(p + "self_attn.v_proj.weight", "BF16", {kvHeads * hd, hidden}, kvHeads * hd * hidden * 2);
            s.tensor(p + "self_attn.o_proj.weight", "BF16", {hidden, heads * hd}, heads * hd * hidden * 2);
            s.tensor(p + "self_attn.rotary_emb.inv_freq", "F32", {hd / 2}, hd / 2 * 4); // a buffer, not a parameter
            s.tensor(p + "mlp.gate_proj.weight", "BF16", {ffn, hidden}, ffn * hidden * 2);
            s.tensor(p + "mlp.up_proj.weight", "BF16", {ffn, hidden}, ffn * hidden * 2);
            s.tensor(p + "mlp.down_proj.weight", "BF16", {hidden, ffn}, ffn * hidden * 2);
            s.tensor(p + "input_layernorm.weight", "BF16", {hidden}, hidden * 2);
            s.tensor(p + "post_attention_layernorm.weight", "BF16", {hidden}, hidden * 2);
        }
        s.tensor("model.norm.weight", "BF16", {hidden}, hidden * 2);
        if (!tied)
            s.tensor("lm_head.weight", "BF16", {vocab, hidden}, vocab * hidden * 2);
        return s;
    }
};

} // namespace importfiles
