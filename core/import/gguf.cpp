// GGUF as ggml's docs/gguf.md specifies it: "GGUF" magic, u32 version, u64 tensor count,
// u64 metadata count, key-values (u64-length strings, u32 value type), tensor infos
// (name, u32 n_dims, u64 dims, u32 ggml_type, u64 offset from the aligned data start).
// Version 1 used 32-bit counts and is not read.

#include "import/gguf.h"

#include "quant/formats.h"
#include "scenario/messages.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace headroom::importer {
namespace {

enum ValueType : std::uint32_t { U8, I8, U16, I16, U32, I32, F32, Bool, String, Array, U64, I64, F64 };

constexpr std::uint64_t kMaxCount = 1'000'000;
constexpr std::uint64_t kKeepString = 1 << 20;
constexpr int kMaxNesting = 4;

/// Bytes of one value of a fixed-size type, 0 for strings and arrays.
int fixedSize(std::uint32_t t)
{
    switch (t) {
    case U8: case I8: case Bool: return 1;
    case U16: case I16: return 2;
    case U32: case I32: case F32: return 4;
    case U64: case I64: case F64: return 8;
    default: return 0;
    }
}

/// The least bytes one element of type `t` takes in a file.
std::uint64_t minSize(std::uint32_t t) { return t == String ? 8 : t == Array ? 12 : static_cast<std::uint64_t>(fixedSize(t)); }

class Reader {
public:
    explicit Reader(Input &in) : m_in(in) {}

    std::string string(const char *what)
    {
        const std::uint64_t at = m_in.position();
        const auto n = m_in.readLe<std::uint64_t>(what);
        if (n > m_in.remaining())
            refuse(m_in.name(), ErrorCode::OutOfRange, msg::importStringPastEnd,
                   {std::to_string(n), std::to_string(at), std::to_string(m_in.size())});
        if (n > kKeepString) {
            m_in.skip(n, what);
            return {};
        }
        return m_in.readString(n, what);
    }

    /// Reads a value of type `t`; keeps it in `out` when `out` is not null.
    void value(const std::string &key, std::uint32_t t, GgufValue *out, int depth)
    {
        switch (t) {
        case U8: set(out, GgufValue::Kind::Unsigned, m_in.readLe<std::uint8_t>("metadata")); break;
        case U16: set(out, GgufValue::Kind::Unsigned, m_in.readLe<std::uint16_t>("metadata")); break;
        case U32: set(out, GgufValue::Kind::Unsigned, m_in.readLe<std::uint32_t>("metadata")); break;
        case U64: set(out, GgufValue::Kind::Unsigned, m_in.readLe<std::uint64_t>("metadata")); break;
        case I8: setSigned(out, m_in.readLe<std::int8_t>("metadata")); break;
        case I16: setSigned(out, m_in.readLe<std::int16_t>("metadata")); break;
        case I32: setSigned(out, m_in.readLe<std::int32_t>("metadata")); break;
        case I64: setSigned(out, m_in.readLe<std::int64_t>("metadata")); break;
        case F32: {
            const auto bits = m_in.readLe<std::uint32_t>("metadata");
            float f = 0;
            static_assert(sizeof f == 4);
            std::memcpy(&f, &bits, 4);
            if (out) {
                out->kind = GgufValue::Kind::Float;
                out->f = f;
            }
            break;
        }
        case F64: {
            const auto bits = m_in.readLe<std::uint64_t>("metadata");
            double d = 0;
            std::memcpy(&d, &bits, 8);
            if (out) {
                out->kind = GgufValue::Kind::Float;
                out->f = d;
            }
            break;
        }
        case Bool: {
            const auto b = m_in.readLe<std::uint8_t>("metadata");
            if (out) {
                out->kind = GgufValue::Kind::Bool;
                out->b = b != 0;
            }
            break;
        }
        case String: {
            std::string s = string("metadata string");
            if (out) {
                out->kind = GgufValue::Kind::String;
                out->s = std::move(s);
            }
            break;
        }
        case Array: {
            if (depth >= kMaxNesting)
                refuse(m_in.name(), ErrorCode::OutOfRange, msg::importNesting, {key, std::to_string(kMaxNesting)});
            const auto et = m_in.readLe<std::uint32_t>("metadata array");
            const auto count = m_in.readLe<std::uint64_t>("metadata array");
            if (et > F64)
                refuse(m_in.name(), ErrorCode::UnknownValue, msg::importValueType, {key, std::to_string(et)});
            if (count > m_in.remaining() / std::max<std::uint64_t>(1, minSize(et)))
                refuse(m_in.name(), ErrorCode::OutOfRange, msg::importArrayPastEnd, {key, std::to_string(count)});
            if (out) {
                out->kind = GgufValue::Kind::Array;
                out->count = count;
            }
            const bool keepInts = out && count <= 1024 && et != String && et != Array && et != F32 && et != F64 && et != Bool;
            if (const int size = fixedSize(et); size > 0 && !keepInts) {
                m_in.skip(count * static_cast<std::uint64_t>(size), "metadata array");
            } else {
                for (std::uint64_t k = 0; k < count; ++k) {
                    GgufValue element;
                    value(key, et, keepInts ? &element : nullptr, depth + 1);
                    if (keepInts)
                        out->ints.push_back(element.kind == GgufValue::Kind::Signed ? element.i
                                                                                    : static_cast<std::int64_t>(element.u));
                }
            }
            break;
        }
        default:
            refuse(m_in.name(), ErrorCode::UnknownValue, msg::importValueType, {key, std::to_string(t)});
        }
    }

private:
    static void set(GgufValue *out, GgufValue::Kind k, std::uint64_t v)
    {
        if (out) {
            out->kind = k;
            out->u = v;
        }
    }
    static void setSigned(GgufValue *out, std::int64_t v)
    {
        if (out) {
            out->kind = GgufValue::Kind::Signed;
            out->i = v;
        }
    }

    Input &m_in;
};

std::string hexOf(const unsigned char *p, std::size_t n)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string s = "0x";
    for (std::size_t i = 0; i < n; ++i) {
        s += kHex[p[i] >> 4];
        s += kHex[p[i] & 15];
    }
    return s;
}

/// A metadata value as a non-negative integer (the first element of a per-layer array).
std::optional<std::int64_t> integer(const GgufHeader &h, const std::string &key)
{
    const auto it = h.metadata.find(key);
    if (it == h.metadata.end())
        return std::nullopt;
    const GgufValue &v = it->second;
    switch (v.kind) {
    case GgufValue::Kind::Unsigned:
        return v.u <= (std::uint64_t(1) << 40) ? std::optional<std::int64_t>(static_cast<std::int64_t>(v.u)) : std::nullopt;
    case GgufValue::Kind::Signed:
        return v.i >= 0 && v.i <= (std::int64_t(1) << 40) ? std::optional<std::int64_t>(v.i) : std::nullopt;
    case GgufValue::Kind::Array: {
        if (v.ints.empty())
            return std::nullopt;
        const std::int64_t m = *std::max_element(v.ints.begin(), v.ints.end());
        return m >= 0 && m <= (std::int64_t(1) << 40) ? std::optional<std::int64_t>(m) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

} // namespace

GgufHeader readGguf(Input &in)
{
    GgufHeader h;
    unsigned char magic[4];
    in.read(magic, 4, "magic");
    if (std::memcmp(magic, "GGUF", 4) != 0)
        refuse(in.name(), ErrorCode::WrongType, msg::importGgufMagic, {hexOf(magic, 4)});
    h.version = in.readLe<std::uint32_t>("version");
    if (h.version != 2 && h.version != 3)
        refuse(in.name(), ErrorCode::Unsupported, msg::importGgufVersion, {std::to_string(h.version)});
    const auto nTensors = in.readLe<std::uint64_t>("tensor count");
    const auto nKv = in.readLe<std::uint64_t>("metadata count");
    // Each key-value takes at least 13 bytes, each tensor info 32: a count the rest of the
    // file cannot hold is refused before anything is read for it.
    const std::uint64_t kvRoom = std::min(kMaxCount, in.remaining() / 13);
    if (nKv > kvRoom)
        refuse(in.name(), ErrorCode::OutOfRange, msg::importTooManyKeys,
               {std::to_string(nKv), std::to_string(in.remaining()), std::to_string(kvRoom)});
    const std::uint64_t tensorRoom = std::min(kMaxCount, in.remaining() / 32);
    if (nTensors > tensorRoom)
        refuse(in.name(), ErrorCode::OutOfRange, msg::importTooManyTensors,
               {std::to_string(nTensors), std::to_string(in.remaining()), std::to_string(tensorRoom)});

    Reader r(in);
    for (std::uint64_t k = 0; k < nKv; ++k) {
        std::string key = r.string("metadata key");
        const auto type = in.readLe<std::uint32_t>("metadata value type");
        // Vocabularies and merges are long arrays of strings: read past, not kept. Real files
        // have a few dozen keys; past 1024 the rest are read but not kept.
        const bool keep = (type != String || key.rfind("tokenizer.", 0) != 0) && h.metadata.size() < 1024;
        GgufValue v;
        r.value(key, type, keep ? &v : nullptr, 0);
        if (keep)
            h.metadata[std::move(key)] = std::move(v);
    }
    std::uint64_t alignment = 32;
    if (const auto a = integer(h, "general.alignment")) {
        if (*a < 1 || *a > (1 << 20) || (*a & (*a - 1)) != 0)
            refuse(in.name(), ErrorCode::OutOfRange, msg::importAlignment, {std::to_string(*a)});
        alignment = static_cast<std::uint64_t>(*a);
    }
    if (const auto ft = integer(h, "general.file_type"))
        h.fileType = static_cast<int>(std::min<std::int64_t>(*ft, 1 << 20));

    std::uint64_t dataEnd = 0, lastOffset = 0;
    Bytes lastBytes = 0;
    std::string lastTensor;
    std::array<Bytes, 64> bytesByType{};
    for (std::uint64_t k = 0; k < nTensors; ++k) {
        std::string name = r.string("tensor name");
        const auto nDims = in.readLe<std::uint32_t>("tensor info");
        if (nDims < 1 || nDims > 4)
            refuse(in.name(), ErrorCode::OutOfRange, msg::importTensorDims, {name, std::to_string(nDims)});
        std::array<std::uint64_t, 4> ne{1, 1, 1, 1};
        std::int64_t elements = 1;
        std::string shape = "[";
        for (std::uint32_t d = 0; d < nDims; ++d) {
            ne[d] = in.readLe<std::uint64_t>("tensor info");
            shape += (d ? ", " : "") + std::to_string(ne[d]);
        }
        shape += "]";
        for (std::uint32_t d = 0; d < nDims; ++d)
            if (ne[d] > (std::uint64_t(1) << 48) || __builtin_mul_overflow(elements, static_cast<std::int64_t>(ne[d]), &elements)
                || elements > (std::int64_t(1) << 56))
                refuse(in.name(), ErrorCode::OutOfRange, msg::importTensorShape, {name, shape});
        const auto typeId = in.readLe<std::uint32_t>("tensor info");
        const quant::GgmlType *type = typeId < 64 ? quant::ggmlType(static_cast<int>(typeId)) : nullptr;
        if (!type)
            refuse(in.name(), ErrorCode::UnknownValue, msg::importGgmlType, {name, std::to_string(typeId)});
        if (ne[0] % static_cast<std::uint64_t>(type->blockValues) != 0)
            refuse(in.name(), ErrorCode::Inconsistent, msg::importRowBlocks,
                   {name, std::to_string(ne[0]), std::string(type->name), std::to_string(type->blockValues)});
        const auto offset = in.readLe<std::uint64_t>("tensor info");
        const Bytes bytes = quant::ggmlBytes(*type, elements);
        std::uint64_t end = 0;
        if (__builtin_add_overflow(offset, static_cast<std::uint64_t>(bytes), &end))
            end = ~std::uint64_t(0);
        if (end > dataEnd) {
            dataEnd = end;
            lastOffset = offset;
            lastBytes = bytes;
            lastTensor = name;
        }
        ++h.totals.tensors;
        h.totals.bytes = satAdd(h.totals.bytes, bytes);
        if (name != "rope_freqs.weight") // a computed table, not a parameter
            h.totals.parameters = satAdd(h.totals.parameters, elements);
        if (nDims >= 2)
            bytesByType[static_cast<std::size_t>(type->id)] = satAdd(bytesByType[static_cast<std::size_t>(type->id)], bytes);
        if (name == "output.weight")
            h.hasOutput = true;
        if (name == "token_embd.weight" && nDims >= 2)
            h.embeddingRows = static_cast<std::int64_t>(ne[1]);
    }
    // The data starts at the next multiple of the alignment; every tensor must lie inside.
    const std::uint64_t headerEnd = in.position();
    const std::uint64_t dataStart = (headerEnd + alignment - 1) / alignment * alignment;
    const std::uint64_t dataBytes = in.size() > dataStart ? in.size() - dataStart : 0;
    if (dataEnd > dataBytes) {
        // Appended piece by piece: GCC 12's -Wrestrict misreads "[" + std::string&& (PR 105651).
        std::string range = "[";
        range += std::to_string(lastOffset);
        range += ", ";
        range += std::to_string(dataEnd);
        range += "]";
        refuse(in.name(), ErrorCode::Io, msg::importTensorOffsets,
               {lastTensor, range, std::to_string(lastBytes), std::to_string(dataBytes)});
    }
    if (h.totals.tensors == 0)
        refuse(in.name(), ErrorCode::Inconsistent, msg::importNoTensors);
    Bytes most = 0;
    for (std::size_t t = 0; t < bytesByType.size(); ++t)
        if (bytesByType[t] > most) {
            most = bytesByType[t];
            h.dominantType = static_cast<int>(t);
        }
    return h;
}

ArchFacts ggufArchitecture(const GgufHeader &h, const std::string &file)
{
    const auto archIt = h.metadata.find("general.architecture");
    if (archIt == h.metadata.end() || archIt->second.kind != GgufValue::Kind::String)
        refuse(file, ErrorCode::MissingKey, msg::importMissingKey, {"general.architecture"});
    const std::string arch = archIt->second.s;
    static constexpr std::array<std::string_view, 15> kArchs = {
        "llama", "qwen2", "qwen2moe", "qwen3", "qwen3moe", "gemma", "gemma2", "gemma3", "phi3", "deepseek2", "gpt-oss",
        "gpt2", "gptneox", "bert", "mistral3"};
    if (std::find(kArchs.begin(), kArchs.end(), arch) == kArchs.end()) {
        std::string list;
        for (const auto &a : kArchs)
            list += (list.empty() ? "" : ", ") + std::string(a);
        refuse(file, ErrorCode::UnknownValue, msg::importUnknownType, {arch, list});
    }
    auto key = [&arch](const char *k) { return arch + "." + k; };
    auto req = [&](const char *k) {
        const auto v = integer(h, key(k));
        if (!v || *v < 1)
            refuse(file, ErrorCode::MissingKey, msg::importMissingValue, {key(k)});
        return *v;
    };
    auto opt = [&](const char *k, std::int64_t dflt) { return integer(h, key(k)).value_or(dflt); };

    ArchFacts f;
    f.family = arch;
    f.layers = req("block_count");
    f.hidden = req("embedding_length");
    f.heads = req("attention.head_count");
    f.kvHeads = opt("attention.head_count_kv", f.heads);
    f.ffnHidden = req("feed_forward_length");
    f.contextLength = opt("context_length", 0);
    f.vocab = h.embeddingRows > 0 ? h.embeddingRows : opt("vocab_size", 0);
    if (f.vocab == 0)
        if (const auto it = h.metadata.find("tokenizer.ggml.tokens"); it != h.metadata.end())
            f.vocab = static_cast<std::int64_t>(std::min<std::uint64_t>(it->second.count, std::uint64_t(1) << 40));
    const std::int64_t keyLength = opt("attention.key_length", 0);
    f.headDim = keyLength;
    f.tied = !h.hasOutput;
    if (const std::int64_t experts = opt("expert_count", 0); experts > 0) {
        MoeFacts m{experts, opt("expert_used_count", 0), opt("expert_feed_forward_length", f.ffnHidden), 0, 0, 0,
                   arch == "gpt-oss"};
        m.sharedExperts = opt("expert_shared_count", 0);
        m.sharedExpertFfnHidden = opt("expert_shared_feed_forward_length", m.expertFfnHidden);
        // Qwen2-MoE gives its one shared expert's width and no count.
        if (m.sharedExperts == 0 && integer(h, key("expert_shared_feed_forward_length")))
            m.sharedExperts = 1;
        m.firstDenseLayers = opt("leading_dense_block_count", 0);
        f.moe = m;
    }
    if (arch == "deepseek2") {
        f.mla = MlaFacts{opt("attention.q_lora_rank", 0), opt("attention.kv_lora_rank", 0), opt("rope.dimension_count", 0),
                         keyLength - opt("rope.dimension_count", 0), opt("attention.value_length", 0)};
        f.headDim = 0;
    }
    if (const std::int64_t w = opt("attention.sliding_window", 0); w > 0)
        f.sliding = SlidingFacts{w, arch == "gemma2" || arch == "gpt-oss" ? 2 : arch == "gemma3" ? 6 : 0};
    f.qkNorm = arch == "qwen3" || arch == "qwen3moe" || arch == "gemma3";
    f.attentionBias = arch == "qwen2" || arch == "qwen2moe" || arch == "gpt-oss";
    if (arch == "gpt2" || arch == "bert") {
        f.rmsNorm = f.gatedFfn = f.rotary = false;
        f.encoder = arch == "bert";
        f.tied = true;
        f.dropout = 0.1;
    } else if (arch == "gptneox") {
        f.rmsNorm = f.gatedFfn = false;
    }
    return f;
}

} // namespace headroom::importer
