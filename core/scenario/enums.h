#pragma once
/// @file enums.h
/// The enumerations of the scenario format and their spellings in JSON.

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace headroom {

enum class DType { Float64, Float32, Float16, BFloat16, Int64, Int32, Int16, Int8, UInt8, Bool };
enum class Layout { Dense, Csr };
enum class IndexDType { Int32, Int64 };
enum class Storage { InMemory, MemoryMapped, Streaming };
enum class InputKind { Tabular, Image, Sequence, Tokens };
enum class Framework { PyTorch, TensorFlow, Keras, Jax, Megatron, ScikitLearn, XGBoost, LightGBM };
enum class ArchitectureKind { Preset, Mlp, Rnn, Transformer, Custom };
enum class Activation { Relu, Gelu, Tanh, Sigmoid, Silu };
enum class RnnCell { Lstm, Gru, Rnn };
enum class Norm { LayerNorm, RmsNorm };
enum class Ffn { Gelu, SwiGlu, GeluNew };
enum class Positions { Learned, Rotary };
enum class Attention { Eager, Flash, Sdpa, SdpaMemEfficient };
enum class Task { Train, Inference };
enum class Device { Gpu, Cpu };
enum class Precision { Fp64, Fp32, Fp16, Bf16, MixedFp16, MixedBf16, Int8, Int4 };
enum class Optimizer { Sgd, SgdMomentum, Adam, AdamW, Adagrad, RmsProp, Adafactor, Adam8bit, Lion };
enum class Checkpointing { None, Selective, Full, SelectiveOp };
enum class OptimizerStep { Foreach, Fused, PerParameter, InBackward };
enum class FinetuneMethod { Full, Frozen, Lora, Qlora };
enum class QuantType { Nf4, Fp4 };
enum class AdapterDType { Fp32, Bf16, Fp16 };
enum class LoraLayer { Q, K, V, O, Gate, Up, Down };
enum class Loss { CrossEntropy, Sum };
/// LoRA's target layers as a set: one bit per LoraLayer of a block.
using LoraTargets = std::uint8_t;
inline constexpr LoraTargets loraBit(LoraLayer l) { return static_cast<LoraTargets>(1u << static_cast<unsigned>(l)); }
/// q, k, v and the output projection (the default).
inline constexpr LoraTargets kLoraAttention = 0x0F;
/// Every linear layer of the blocks (PEFT's "all-linear"): the FFN's gate, up and down too.
inline constexpr LoraTargets kLoraAllLinear = 0x7F;
enum class DataParallel { Ddp, Zero1, Zero2, Zero3, Fsdp };
enum class Offload { None, Optimizer, OptimizerAndParameters };
enum class ServingEngine { Transformers, Vllm, Sglang, LlamaCpp, Tgi };
enum class KvCacheDType { Fp16, Bf16, Fp8, Int8, Q8_0, Q4_0 };
enum class CacheImplementation { Dynamic, Static };
enum class FileFormat { Csv, Npy };

/// JSON spellings of each enumeration, in declaration order.
template <typename E> struct EnumNames;

#define HEADROOM_ENUM_NAMES(E, ...)                                                         \
    template <> struct EnumNames<E> {                                                       \
        static constexpr auto names = std::to_array<std::string_view>({__VA_ARGS__});      \
    };

HEADROOM_ENUM_NAMES(DType, "float64", "float32", "float16", "bfloat16", "int64", "int32", "int16", "int8", "uint8", "bool")
HEADROOM_ENUM_NAMES(Layout, "dense", "csr")
HEADROOM_ENUM_NAMES(IndexDType, "int32", "int64")
HEADROOM_ENUM_NAMES(Storage, "in_memory", "memory_mapped", "streaming")
HEADROOM_ENUM_NAMES(InputKind, "tabular", "image", "sequence", "tokens")
HEADROOM_ENUM_NAMES(Framework, "pytorch", "tensorflow", "keras", "jax", "megatron", "scikit-learn", "xgboost", "lightgbm")
HEADROOM_ENUM_NAMES(ArchitectureKind, "preset", "mlp", "rnn", "transformer", "custom")
HEADROOM_ENUM_NAMES(Activation, "relu", "gelu", "tanh", "sigmoid", "silu")
HEADROOM_ENUM_NAMES(RnnCell, "lstm", "gru", "rnn")
HEADROOM_ENUM_NAMES(Norm, "layernorm", "rmsnorm")
HEADROOM_ENUM_NAMES(Ffn, "gelu", "swiglu", "gelu_new")
HEADROOM_ENUM_NAMES(Positions, "learned", "rotary")
HEADROOM_ENUM_NAMES(Attention, "eager", "flash", "sdpa", "sdpa_mem_efficient")
HEADROOM_ENUM_NAMES(Task, "train", "inference")
HEADROOM_ENUM_NAMES(Device, "gpu", "cpu")
HEADROOM_ENUM_NAMES(Precision, "fp64", "fp32", "fp16", "bf16", "mixed_fp16", "mixed_bf16", "int8", "int4")
HEADROOM_ENUM_NAMES(Optimizer, "sgd", "sgd_momentum", "adam", "adamw", "adagrad", "rmsprop", "adafactor", "adam_8bit", "lion")
HEADROOM_ENUM_NAMES(Checkpointing, "none", "selective", "full", "selective_op")
HEADROOM_ENUM_NAMES(OptimizerStep, "foreach", "fused", "per_parameter", "in_backward")
HEADROOM_ENUM_NAMES(FinetuneMethod, "full", "frozen", "lora", "qlora")
HEADROOM_ENUM_NAMES(QuantType, "nf4", "fp4")
HEADROOM_ENUM_NAMES(AdapterDType, "fp32", "bf16", "fp16")
HEADROOM_ENUM_NAMES(LoraLayer, "q", "k", "v", "o", "gate", "up", "down")
HEADROOM_ENUM_NAMES(Loss, "cross_entropy", "sum")
HEADROOM_ENUM_NAMES(DataParallel, "ddp", "zero1", "zero2", "zero3", "fsdp")
HEADROOM_ENUM_NAMES(Offload, "none", "optimizer", "optimizer_and_parameters")
HEADROOM_ENUM_NAMES(ServingEngine, "transformers", "vllm", "sglang", "llama.cpp", "tgi")
HEADROOM_ENUM_NAMES(KvCacheDType, "fp16", "bf16", "fp8", "int8", "q8_0", "q4_0")
HEADROOM_ENUM_NAMES(CacheImplementation, "dynamic", "static")
HEADROOM_ENUM_NAMES(FileFormat, "csv", "npy")

#undef HEADROOM_ENUM_NAMES

/// The JSON spelling of an enum value.
template <typename E>
constexpr std::string_view toString(E value)
{
    return EnumNames<E>::names[static_cast<std::size_t>(value)];
}

/// Parses a JSON spelling; nullopt when it is not one of the allowed names.
template <typename E>
constexpr std::optional<E> enumFromString(std::string_view text)
{
    const auto &names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == text)
            return static_cast<E>(i);
    return std::nullopt;
}

template <typename E>
constexpr std::span<const std::string_view> enumNames()
{
    return EnumNames<E>::names;
}

/// The JSON spellings of the layers in a LoRA target set, in block order.
inline std::vector<std::string_view> loraLayerNames(LoraTargets targets)
{
    std::vector<std::string_view> out;
    const auto names = enumNames<LoraLayer>();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (targets & loraBit(static_cast<LoraLayer>(i)))
            out.push_back(names[i]);
    return out;
}

/// The layers of a LoRA target set as shown to people: "q, v, down".
inline std::string loraLayerList(LoraTargets targets)
{
    std::string out;
    for (const std::string_view name : loraLayerNames(targets))
        out.append(out.empty() ? "" : ", ").append(name);
    return out;
}

/// Bytes of one element of a dtype (bool is one byte, as in NumPy and PyTorch).
constexpr int dtypeSize(DType t)
{
    switch (t) {
    case DType::Float64: case DType::Int64: return 8;
    case DType::Float32: case DType::Int32: return 4;
    case DType::Float16: case DType::BFloat16: case DType::Int16: return 2;
    case DType::Int8: case DType::UInt8: case DType::Bool: return 1;
    }
    return 4;
}

constexpr int indexSize(IndexDType t) { return t == IndexDType::Int64 ? 8 : 4; }

constexpr bool isDeepLearning(Framework f)
{
    return f == Framework::PyTorch || f == Framework::TensorFlow || f == Framework::Keras
        || f == Framework::Jax || f == Framework::Megatron;
}

constexpr bool isFloat(DType t)
{
    return t == DType::Float64 || t == DType::Float32 || t == DType::Float16 || t == DType::BFloat16;
}

} // namespace headroom
