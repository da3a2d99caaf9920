#include "quant/formats.h"

#include <array>

namespace headroom::quant {
namespace {

// Block layouts of ggml's quantised types: the structs block_q4_0 … block_iq4_xs,
// block_mxfp4 and block_nvfp4 of ggml/src/ggml-common.h (llama.cpp), whose sizes that
// header asserts with static_assert; ids are enum ggml_type of ggml/include/ggml.h
// (4, 5 and 31–33, 36–38 were removed from GGUF files). QK_K = 256; ggml_half is 2 bytes.
constexpr std::array kGgml = {
    GgmlType{0, "F32", 1, 4, "4 B per value"},
    GgmlType{1, "F16", 1, 2, "2 B per value"},
    GgmlType{2, "Q4_0", 32, 18, "32 values: fp16 scale + 16 B of 4-bit quants = 18 B (4.5 bits)"},
    GgmlType{3, "Q4_1", 32, 20, "32 values: fp16 scale and min + 16 B of 4-bit quants = 20 B (5 bits)"},
    GgmlType{6, "Q5_0", 32, 22, "32 values: fp16 scale + 4 B high bits + 16 B low nibbles = 22 B (5.5 bits)"},
    GgmlType{7, "Q5_1", 32, 24, "32 values: fp16 scale and min + 4 B high bits + 16 B = 24 B (6 bits)"},
    GgmlType{8, "Q8_0", 32, 34, "32 values: fp16 scale + 32 int8 = 34 B (8.5 bits)"},
    GgmlType{9, "Q8_1", 32, 36, "32 values: fp16 scale and sum + 32 int8 = 36 B (9 bits)"},
    GgmlType{10, "Q2_K", 256, 84, "256 values: 16 B 4-bit scales/mins + 64 B 2-bit quants + 2 fp16 = 84 B (2.625 bits)"},
    GgmlType{11, "Q3_K", 256, 110, "256 values: 32 B high bits + 64 B low 2 bits + 12 B scales + fp16 = 110 B (3.4375 bits)"},
    GgmlType{12, "Q4_K", 256, 144, "256 values: 2 fp16 + 12 B 6-bit scales/mins + 128 B 4-bit quants = 144 B (4.5 bits)"},
    GgmlType{13, "Q5_K", 256, 176, "256 values: 2 fp16 + 12 B scales + 32 B high bits + 128 B = 176 B (5.5 bits)"},
    GgmlType{14, "Q6_K", 256, 210, "256 values: 128 B low 4 bits + 64 B high 2 bits + 16 int8 scales + fp16 = 210 B (6.5625 bits)"},
    GgmlType{15, "Q8_K", 256, 292, "256 values: fp32 scale + 256 int8 + 16 int16 sums = 292 B (9.125 bits)"},
    GgmlType{16, "IQ2_XXS", 256, 66, "256 values: fp16 + 32 uint16 = 66 B (2.0625 bits)"},
    GgmlType{17, "IQ2_XS", 256, 74, "256 values: fp16 + 32 uint16 + 8 B scales = 74 B (2.3125 bits)"},
    GgmlType{18, "IQ3_XXS", 256, 98, "256 values: fp16 + 96 B = 98 B (3.0625 bits)"},
    GgmlType{19, "IQ1_S", 256, 50, "256 values: fp16 + 32 B + 8 uint16 = 50 B (1.5625 bits)"},
    GgmlType{20, "IQ4_NL", 32, 18, "32 values: fp16 + 16 B non-linear 4-bit quants = 18 B (4.5 bits)"},
    GgmlType{21, "IQ3_S", 256, 110, "256 values: fp16 + 64 B + 8 B high bits + 32 B signs + 4 B scales = 110 B (3.4375 bits)"},
    GgmlType{22, "IQ2_S", 256, 82, "256 values: fp16 + 64 B + 8 B high bits + 8 B scales = 82 B (2.5625 bits)"},
    GgmlType{23, "IQ4_XS", 256, 136, "256 values: fp16 + uint16 high scales + 4 B low scales + 128 B = 136 B (4.25 bits)"},
    GgmlType{24, "I8", 1, 1, "1 B per value"},
    GgmlType{25, "I16", 1, 2, "2 B per value"},
    GgmlType{26, "I32", 1, 4, "4 B per value"},
    GgmlType{27, "I64", 1, 8, "8 B per value"},
    GgmlType{28, "F64", 1, 8, "8 B per value"},
    GgmlType{29, "IQ1_M", 256, 56, "256 values: 32 B + 16 B + 8 B scales = 56 B (1.75 bits)"},
    GgmlType{30, "BF16", 1, 2, "2 B per value"},
    GgmlType{34, "TQ1_0", 256, 54, "256 values: 48 B base-3 + 4 B + fp16 = 54 B (1.6875 bits)"},
    GgmlType{35, "TQ2_0", 256, 66, "256 values: 64 B 2-bit + fp16 = 66 B (2.0625 bits)"},
    GgmlType{39, "MXFP4", 32, 17, "32 values: E8M0 exponent + 16 B of E2M1 = 17 B (4.25 bits)"},
    GgmlType{40, "NVFP4", 64, 36, "64 values: 4 UE4M3 scales + 32 B of E2M1 = 36 B (4.5 bits)"},
};

// llama.cpp file types (enum llama_ftype of include/llama.h, the value general.file_type
// holds) and the type llama_model_quantize_impl gives most tensors (its default_type
// switch, src/llama-quant.cpp).
constexpr std::array kFileTypes = {
    GgufFileType{"F32", 0, 0},        GgufFileType{"F16", 1, 1},        GgufFileType{"BF16", 30, 32},
    GgufFileType{"Q4_0", 2, 2},       GgufFileType{"Q4_1", 3, 3},       GgufFileType{"Q5_0", 6, 8},
    GgufFileType{"Q5_1", 7, 9},       GgufFileType{"Q8_0", 8, 7},       GgufFileType{"Q2_K", 10, 10},
    GgufFileType{"Q2_K_S", 10, 21},   GgufFileType{"Q3_K_S", 11, 11},   GgufFileType{"Q3_K_M", 11, 12},
    GgufFileType{"Q3_K_L", 11, 13},   GgufFileType{"Q4_K_S", 12, 14},   GgufFileType{"Q4_K_M", 12, 15},
    GgufFileType{"Q5_K_S", 13, 16},   GgufFileType{"Q5_K_M", 13, 17},   GgufFileType{"Q6_K", 14, 18},
    GgufFileType{"IQ2_XXS", 16, 19},  GgufFileType{"IQ2_XS", 17, 20},   GgufFileType{"IQ2_S", 17, 28},
    GgufFileType{"IQ2_M", 22, 29},    GgufFileType{"IQ3_XXS", 18, 23},  GgufFileType{"IQ3_XS", 21, 22},
    GgufFileType{"IQ3_S", 21, 26},    GgufFileType{"IQ3_M", 21, 27},    GgufFileType{"IQ1_S", 19, 24},
    GgufFileType{"IQ1_M", 29, 31},    GgufFileType{"IQ4_NL", 20, 25},   GgufFileType{"IQ4_XS", 23, 30},
    GgufFileType{"TQ1_0", 34, 36},    GgufFileType{"TQ2_0", 35, 37},    GgufFileType{"MXFP4_MOE", 39, 38},
};

constexpr std::array kFormats = {
    WeightFormatInfo{WeightKind::Fp32, "fp32", 32, "4 B per parameter", "IEEE 754 binary32"},
    WeightFormatInfo{WeightKind::Fp16, "fp16", 16, "2 B per parameter", "IEEE 754 binary16"},
    WeightFormatInfo{WeightKind::Bf16, "bf16", 16, "2 B per parameter", "bfloat16"},
    WeightFormatInfo{WeightKind::Int8, "int8", 8,
                     "out × in int8 + one fp32 scale per output row (SCB)",
                     "bitsandbytes LLM.int8() Linear8bitLt (Dettmers et al. 2022); embeddings and lm_head stay 16-bit"},
    WeightFormatInfo{WeightKind::Nf4, "nf4", 4,
                     "n/2 B packed 4-bit + one fp32 absmax per block of 64 (double quantisation: 1 B per block + fp32 per 256 blocks)",
                     "bitsandbytes Params4bit, QLoRA (Dettmers et al. 2023 §3); embeddings and lm_head stay 16-bit"},
    WeightFormatInfo{WeightKind::Fp4, "fp4", 4, "as nf4: n/2 B + absmax per block of 64",
                     "bitsandbytes Params4bit (quant_type fp4)"},
    WeightFormatInfo{WeightKind::Fp8, "fp8", 8,
                     "n × 1 B (e4m3) + fp32 scales: one per tensor, per output row, or per 128 × 128 block",
                     "vLLM / compressed-tensors FP8 (weight_scale); DeepSeek-V3 block scales (weight_scale_inv, 128 × 128)"},
    WeightFormatInfo{WeightKind::Mxfp4, "mxfp4", 4, "n/2 B of E2M1 + one E8M0 exponent byte per 32 values (4.25 bits)",
                     "OCP Microscaling Formats (MX) v1.0; gpt-oss checkpoints (*_blocks, *_scales)"},
    WeightFormatInfo{WeightKind::Gptq, "gptq", 0,
                     "out × in × bits/8 (qweight) + per group of in: out × (fp16 scale + bits-bit zero point) + int32 g_idx per input",
                     "AutoGPTQ / GPTQModel checkpoint layout (qweight, qzeros, scales, g_idx; Frantar et al. 2023)"},
    WeightFormatInfo{WeightKind::Awq, "awq", 0,
                     "out × in × bits/8 (qweight) + per group of in: out × (fp16 scale + bits-bit zero point)",
                     "AutoAWQ GEMM layout (qweight, qzeros, scales; Lin et al. 2024)"},
    WeightFormatInfo{WeightKind::Gguf, "gguf", 0, "each tensor in its GGML type's blocks",
                     "ggml/src/ggml-common.h block structs; mixes by llama_tensor_get_type (src/llama-quant.cpp)"},
};

} // namespace

std::span<const GgmlType> ggmlTypes() { return kGgml; }

const GgmlType *ggmlType(int id)
{
    for (const auto &t : kGgml)
        if (t.id == id)
            return &t;
    return nullptr;
}

const GgmlType *ggmlTypeByName(std::string_view name)
{
    for (const auto &t : kGgml)
        if (t.name == name)
            return &t;
    return nullptr;
}

Bytes ggmlBytes(const GgmlType &type, std::int64_t elements)
{
    return satMul(ceilDiv(elements, type.blockValues), type.blockBytes);
}

double ggmlBitsPerWeight(const GgmlType &type)
{
    return static_cast<double>(type.blockBytes) * 8.0 / static_cast<double>(type.blockValues);
}

std::span<const WeightFormatInfo> weightFormats() { return kFormats; }

std::span<const GgufFileType> ggufFileTypes() { return kFileTypes; }

const GgufFileType *ggufFileType(std::string_view name)
{
    for (const auto &t : kFileTypes)
        if (t.name == name)
            return &t;
    return nullptr;
}

const GgufFileType *ggufFileTypeById(int ftype)
{
    for (const auto &t : kFileTypes)
        if (t.ftype == ftype)
            return &t;
    return nullptr;
}

std::optional<ParsedWeightFormat> parseWeightFormat(std::string_view text)
{
    constexpr std::string_view prefix = "gguf:";
    if (text.substr(0, prefix.size()) == prefix) {
        const GgufFileType *ft = ggufFileType(text.substr(prefix.size()));
        if (!ft)
            return std::nullopt;
        return ParsedWeightFormat{&kFormats.back(), ft};
    }
    for (const auto &f : kFormats)
        if (f.kind != WeightKind::Gguf && f.name == text)
            return ParsedWeightFormat{&f, nullptr};
    return std::nullopt;
}

std::string weightFormatList()
{
    std::string out;
    for (const auto &f : kFormats) {
        if (f.kind == WeightKind::Gguf)
            continue;
        out += std::string(f.name) + ", ";
    }
    out += "gguf:TYPE (TYPE one of ";
    bool first = true;
    for (const auto &t : kFileTypes) {
        out += (first ? "" : ", ") + std::string(t.name);
        first = false;
    }
    return out + ")";
}

bool isQuantised(WeightKind kind)
{
    return kind != WeightKind::Fp32 && kind != WeightKind::Fp16 && kind != WeightKind::Bf16;
}

} // namespace headroom::quant
