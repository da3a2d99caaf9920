#pragma once
/// @file safetensors.h
/// The header of a .safetensors file (an 8-byte little-endian length, then a JSON object
/// of tensor names → dtype, shape, data offsets), read without touching the tensor data.

#include "import/input.h"
#include "util/bytes.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace headroom::importer {

/// What the tensors of a file (or of all shards of a model) add up to.
struct TensorTotals {
    std::int64_t tensors = 0;
    std::int64_t parameters = 0; ///< model parameters; packed quantised tensors unpacked, scales and buffers not counted
    Bytes bytes = 0;             ///< bytes of every tensor that is loaded (buffers such as inv_freq excluded)
    /// The storage the tensors show: "gptq", "awq", "nf4", "fp4", "int8", "fp8", "mxfp4",
    /// or the float dtype holding most bytes ("bf16", "fp16", "fp32"); empty if none.
    std::string format;
};

/// Reads a safetensors header from `in` (positioned at the start of the file).
/// `packedBits`: the bits of GPTQ/AWQ-packed int32 tensors (from quantization_config).
/// Refuses (Refusal) a header length past the end of the file or beyond 100 MiB, a header
/// that is not a JSON object of tensors, unknown dtypes, absurd shapes, and data offsets
/// that do not match a tensor's shape or lie past the end of the file.
TensorTotals readSafetensors(Input &in, int packedBits = 4);

/// Parses JSON text of an outside file after checking its nesting depth (at most 64),
/// so that no parser recursion depends on what the file claims.
nlohmann::json parseJsonBounded(std::string_view text, const std::string &file, const char *what);

} // namespace headroom::importer
