#pragma once
/// @file gguf.h
/// The header of a GGUF file (versions 2 and 3): magic, version, metadata key-values and
/// tensor infos, read up to the tensor data and no further.

#include "import/architecture.h"
#include "import/input.h"
#include "import/safetensors.h"

#include <map>
#include <string>
#include <vector>

namespace headroom::importer {

/// A metadata value as far as the importer keeps it: numbers, booleans, short strings,
/// and for arrays their length (and the values of short integer arrays).
struct GgufValue {
    enum class Kind { Unsigned, Signed, Float, Bool, String, Array } kind = Kind::Unsigned;
    std::uint64_t u = 0;
    std::int64_t i = 0;
    double f = 0.0;
    bool b = false;
    std::string s;
    std::uint64_t count = 0;          ///< arrays: elements
    std::vector<std::int64_t> ints;   ///< arrays of up to 1024 integers
};

struct GgufHeader {
    std::uint32_t version = 0;
    std::map<std::string, GgufValue> metadata;
    TensorTotals totals;          ///< parameters and exact bytes of every tensor
    int fileType = -1;            ///< general.file_type (enum llama_ftype), -1 if absent
    int dominantType = -1;        ///< the GGML type holding most bytes of 2-D tensors
    bool hasOutput = false;       ///< an output.weight tensor (else the embedding is tied)
    std::int64_t embeddingRows = 0; ///< token_embd.weight's second dimension (the vocabulary)
};

/// Reads the header from `in` (positioned at the file's start). Refuses (Refusal) a
/// wrong magic, versions other than 2 and 3, counts the file cannot hold (10^9 tensors),
/// strings or arrays past the end, unknown value or tensor types, absurd shapes, and
/// tensors whose data lies past the end of the file.
GgufHeader readGguf(Input &in);

/// The transformer a GGUF header describes (general.architecture and its keys).
ArchFacts ggufArchitecture(const GgufHeader &h, const std::string &file);

} // namespace headroom::importer
