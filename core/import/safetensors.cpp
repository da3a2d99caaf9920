// The safetensors format (huggingface/safetensors, docs "Format"): u64 little-endian N,
// N bytes of UTF-8 JSON {"name": {"dtype", "shape", "data_offsets": [begin, end]}, …,
// "__metadata__": {...}}, then the data; offsets are relative to the data's start.

#include "import/safetensors.h"

#include "scenario/limits.h"
#include "scenario/messages.h"

#include <array>
#include <map>

namespace headroom::importer {
namespace {

using Json = nlohmann::json;

constexpr std::uint64_t kMaxHeader = 100 * 1024 * 1024;

/// Bits per element of each dtype the format defines.
int dtypeBits(const std::string &d)
{
    static const std::array<std::pair<std::string_view, int>, 20> kBits = {{
        {"BOOL", 8}, {"U8", 8}, {"I8", 8}, {"F8_E5M2", 8}, {"F8_E4M3", 8}, {"F8_E8M0", 8}, {"I16", 16}, {"U16", 16},
        {"F16", 16}, {"BF16", 16}, {"I32", 32}, {"U32", 32}, {"F32", 32}, {"F64", 64}, {"I64", 64}, {"U64", 64},
        {"C64", 64}, {"F4", 4}, {"F6_E2M3", 6}, {"F6_E3M2", 6},
    }};
    for (const auto &[name, bits] : kBits)
        if (name == d)
            return bits;
    return 0;
}

bool endsWith(std::string_view s, std::string_view tail)
{
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

bool contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

/// Buffers some checkpoints store that are not parameters and that loading skips
/// (rotary inverse frequencies, GPT-2's causal-mask buffers).
bool isBuffer(std::string_view name)
{
    return endsWith(name, ".inv_freq") || endsWith(name, ".attn.bias") || endsWith(name, ".attn.masked_bias");
}

/// Quantisation side tensors: scales, zero points, indices, quantisation state.
bool isQuantSide(std::string_view name)
{
    for (std::string_view tail : {".qzeros", ".scales", ".g_idx", ".SCB", ".weight_format", ".weight_scale", ".weight_scale_inv",
                                  ".input_scale", ".weight_zero_point", ".weight_shape", "_scales"})
        if (endsWith(name, tail))
            return true;
    return contains(name, ".weight.absmax") || contains(name, ".weight.quant_map") || contains(name, ".weight.nested_")
           || contains(name, ".weight.quant_state.");
}

std::string shapeText(const Json &shape)
{
    std::string s = shape.dump();
    return s.size() > 60 ? s.substr(0, 57) + "..." : s;
}

} // namespace

Json parseJsonBounded(std::string_view text, const std::string &file, const char *what)
{
    // nlohmann's parser recurses per nesting level: bound the depth before parsing.
    if (findNestingBeyond(text, kMaxNesting))
        refuse(file, ErrorCode::MalformedJson, msg::importNotJson, {what, "nested more than " + std::to_string(kMaxNesting) + " levels deep"});
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::exception &e) {
        std::string why = e.what();
        if (const auto pos = why.find("] "); pos != std::string::npos)
            why = why.substr(pos + 2);
        refuse(file, ErrorCode::MalformedJson, msg::importNotJson, {what, why});
    }
}

TensorTotals readSafetensors(Input &in, int packedBits)
{
    const auto n = in.readLe<std::uint64_t>("header length");
    if (n > in.remaining())
        refuse(in.name(), ErrorCode::OutOfRange, msg::importHeaderPastEnd, {std::to_string(n), std::to_string(in.remaining())});
    if (n > kMaxHeader)
        refuse(in.name(), ErrorCode::OutOfRange, msg::importTooLarge, {"header", std::to_string(n), std::to_string(kMaxHeader)});
    const std::string text = in.readString(n, "header");
    const std::uint64_t dataBytes = in.remaining();
    const Json doc = parseJsonBounded(text, in.name(), "header");
    if (!doc.is_object())
        refuse(in.name(), ErrorCode::WrongType, msg::importNotObject, {"header"});

    // Which packing the tensors use (names decide; order in the file does not matter).
    bool gptq = false, qweight = false, bnb4 = false, fp4 = false, int8 = false, fp8 = false, mxfp4 = false;
    for (const auto &[name, entry] : doc.items()) {
        gptq = gptq || endsWith(name, ".g_idx");
        qweight = qweight || endsWith(name, ".qweight") || endsWith(name, ".weight_packed");
        bnb4 = bnb4 || contains(name, ".weight.quant_state.bitsandbytes__");
        fp4 = fp4 || contains(name, "bitsandbytes__fp4");
        int8 = int8 || endsWith(name, ".SCB");
        mxfp4 = mxfp4 || endsWith(name, "_blocks");
        if (entry.is_object() && entry.contains("dtype") && entry["dtype"].is_string())
            fp8 = fp8 || entry["dtype"].get<std::string>().rfind("F8_E", 0) == 0;
    }
    const int bits = packedBits == 2 || packedBits == 3 || packedBits == 4 || packedBits == 8 ? packedBits : 4;

    TensorTotals t;
    std::map<std::string, Bytes> floatBytes;
    for (const auto &[name, entry] : doc.items()) {
        if (name == "__metadata__")
            continue;
        if (!entry.is_object() || !entry.contains("dtype") || !entry.contains("shape") || !entry.contains("data_offsets"))
            refuse(in.name(), ErrorCode::WrongType, msg::importTensorShape, {name, shapeText(entry)});
        const Json &dt = entry["dtype"];
        const int dbits = dt.is_string() ? dtypeBits(dt.get<std::string>()) : 0;
        if (dbits == 0)
            refuse(in.name(), ErrorCode::UnknownValue, msg::importTensorDtype, {name, shapeText(dt)});
        const Json &shape = entry["shape"];
        if (!shape.is_array() || shape.size() > 8)
            refuse(in.name(), ErrorCode::OutOfRange, msg::importTensorShape, {name, shapeText(shape)});
        std::int64_t elements = 1;
        for (const auto &d : shape) {
            if (!d.is_number_unsigned() && !(d.is_number_integer() && d.get<std::int64_t>() >= 0))
                refuse(in.name(), ErrorCode::OutOfRange, msg::importTensorShape, {name, shapeText(shape)});
            const std::uint64_t v = d.get<std::uint64_t>();
            if (v > (std::uint64_t(1) << 48) || __builtin_mul_overflow(elements, static_cast<std::int64_t>(v), &elements)
                || elements > (std::int64_t(1) << 56))
                refuse(in.name(), ErrorCode::OutOfRange, msg::importTensorShape, {name, shapeText(shape)});
        }
        const Bytes bytes = ceilDiv(elements * dbits, 8);
        const Json &off = entry["data_offsets"];
        const bool offsetsOk = off.is_array() && off.size() == 2 && off[0].is_number_unsigned() && off[1].is_number_unsigned()
                               && off[0].get<std::uint64_t>() <= off[1].get<std::uint64_t>()
                               && off[1].get<std::uint64_t>() <= dataBytes
                               && off[1].get<std::uint64_t>() - off[0].get<std::uint64_t>() == static_cast<std::uint64_t>(bytes);
        if (!offsetsOk)
            refuse(in.name(), ErrorCode::Inconsistent, msg::importTensorOffsets,
                   {name, shapeText(off), std::to_string(bytes), std::to_string(dataBytes)});
        if (isBuffer(name))
            continue;
        ++t.tensors;
        t.bytes = satAdd(t.bytes, bytes);
        const std::string dtype = dt.get<std::string>();
        if (isQuantSide(name))
            continue;
        std::int64_t params = elements;
        if (endsWith(name, ".qweight") || endsWith(name, ".weight_packed"))
            params = satMul(elements, 32 / bits); // int32 words of packed `bits`-bit values
        else if (bnb4 && dtype == "U8" && endsWith(name, ".weight"))
            params = satMul(elements, 2); // two 4-bit values per byte
        else if (mxfp4 && endsWith(name, "_blocks"))
            params = satMul(elements, 2);
        t.parameters = satAdd(t.parameters, params);
        if (dtype == "BF16" || dtype == "F16" || dtype == "F32")
            floatBytes[dtype] = satAdd(floatBytes[dtype], bytes);
    }
    if (t.tensors == 0)
        refuse(in.name(), ErrorCode::Inconsistent, msg::importNoTensors);

    if (gptq)
        t.format = "gptq";
    else if (qweight)
        t.format = "awq";
    else if (bnb4)
        t.format = fp4 ? "fp4" : "nf4";
    else if (int8)
        t.format = "int8";
    else if (mxfp4)
        t.format = "mxfp4";
    else if (fp8)
        t.format = "fp8";
    else {
        Bytes most = 0;
        for (const auto &[dtype, bytes] : floatBytes)
            if (bytes > most) {
                most = bytes;
                t.format = dtype == "BF16" ? "bf16" : dtype == "F16" ? "fp16" : "fp32";
            }
    }
    return t;
}

} // namespace headroom::importer
