#pragma once
/// @file formats.h
/// Quantised weight formats and their exact storage: the one table of weight formats
/// (`model.weights.format`) and of GGML tensor types (GGUF files), each with the
/// derivation of its bytes and where the layout comes from.

#include "util/bytes.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace headroom::quant {

/// One GGML tensor type: `blockValues` values are stored in `blockBytes` bytes.
struct GgmlType {
    int id;                       ///< ggml_type value as GGUF files store it
    std::string_view name;        ///< "Q4_K", "F16", ...
    int blockValues;
    int blockBytes;
    std::string_view derivation;  ///< how blockBytes is made up (from ggml's block struct)
};

/// Every GGML type a GGUF file may hold, in ggml_type order.
std::span<const GgmlType> ggmlTypes();
const GgmlType *ggmlType(int id);
const GgmlType *ggmlTypeByName(std::string_view name);

/// Bytes of `elements` values of that type (whole blocks; a row's length is a multiple of
/// the block in valid files, so this is exact there and rounds up otherwise).
Bytes ggmlBytes(const GgmlType &type, std::int64_t elements);

/// Bits per weight of a type (blockBytes · 8 / blockValues).
double ggmlBitsPerWeight(const GgmlType &type);

/// The kinds of `model.weights.format`.
enum class WeightKind { Fp32, Fp16, Bf16, Int8, Nf4, Fp4, Fp8, Mxfp4, Gptq, Awq, Gguf };

/// One weight format: its spelling, nominal bits and the derivation of its storage.
struct WeightFormatInfo {
    WeightKind kind;
    std::string_view name;       ///< spelling in model.weights.format ("gguf" stands for "gguf:TYPE")
    int bits;                    ///< nominal bits per quantised weight (0: set by `bits` or by the GGUF type)
    std::string_view derivation; ///< bytes of one quantised matrix
    std::string_view citation;
};

std::span<const WeightFormatInfo> weightFormats();

/// A llama.cpp file type (what `llama-quantize` is asked for): the type most tensors
/// get, and the mix rules of llama_tensor_get_type (src/llama-quant.cpp) for the others.
struct GgufFileType {
    std::string_view name; ///< "Q4_K_M", "IQ4_XS", "Q8_0", "F16", ...
    int baseType;          ///< ggml_type id of most 2-D tensors
    int ftype;             ///< enum llama_ftype, as `general.file_type` stores it
};

std::span<const GgufFileType> ggufFileTypes();
const GgufFileType *ggufFileType(std::string_view name);
const GgufFileType *ggufFileTypeById(int ftype);

/// A parsed `model.weights.format`.
struct ParsedWeightFormat {
    const WeightFormatInfo *info = nullptr;
    /// gguf: the file type (a mix such as Q4_K_M, or a single type such as Q6_K).
    const GgufFileType *gguf = nullptr;
};

/// nullopt when `text` is not a known format.
std::optional<ParsedWeightFormat> parseWeightFormat(std::string_view text);

/// Every accepted spelling, for a refusal ("fp32, fp16, ..., gguf:Q4_K_M, ...").
std::string weightFormatList();

/// True for formats whose weights stay quantised in memory (everything but fp32/fp16/bf16).
bool isQuantised(WeightKind kind);

} // namespace headroom::quant
