#pragma once
/// @file scenario.h
/// The scenario (shared/spec/scenario-v1.md) as plain value types. Defaults are the
/// spec's; keys whose default depends on other keys are std::optional (unset = default).

#include "scenario/enums.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace headroom {

inline constexpr int kFormatVersion = 1;

/// Shape of one sample. Only the fields of `kind` are meaningful.
struct InputShape {
    InputKind kind = InputKind::Tabular;
    std::int64_t features = 1; ///< tabular, sequence
    std::int64_t height = 1;   ///< image
    std::int64_t width = 1;    ///< image
    std::int64_t channels = 1; ///< image
    std::int64_t length = 1;   ///< sequence, tokens

    /// Values per sample (features, C·H·W, T·F or T), saturating.
    [[nodiscard]] std::int64_t elements() const;
    bool operator==(const InputShape &) const = default;
};

struct Targets {
    std::int64_t count = 1;
    DType dtype = DType::Int64;
    bool operator==(const Targets &) const = default;
};

/// `dataset.file`: the file the dataset is read from before the fit (docs/format.md,
/// "Scenario: classical jobs"): its format and its size on disk.
struct DatasetFile {
    FileFormat format = FileFormat::Csv;
    std::int64_t bytes = 0;
    bool operator==(const DatasetFile &) const = default;
};

struct Dataset {
    std::int64_t samples = 1;
    InputShape input;
    DType dtype = DType::Float32;
    Layout layout = Layout::Dense;
    std::optional<double> density;        ///< unset = 1
    IndexDType indexDtype = IndexDType::Int32;
    Targets targets;
    Storage storage = Storage::InMemory;
    std::int64_t preprocessingCopies = 0;
    std::optional<DatasetFile> file;      ///< unset: the data is in memory already

    [[nodiscard]] double effectiveDensity() const { return density.value_or(1.0); }
    bool operator==(const Dataset &) const = default;
};

/// Mixture of experts (`moe`): each MoE layer's FFN is `experts` expert FFNs of width
/// `expertFfnHidden` (of the block's FFN type), a router picking `expertsPerToken` of them
/// per token, and `sharedExperts` always-on experts. The first `firstDenseLayers` blocks
/// keep the dense FFN of width `ffn_hidden`. Unset: the format's default.
struct MoeConfig {
    std::optional<std::int64_t> experts, expertsPerToken, expertFfnHidden, sharedExperts, sharedExpertFfnHidden,
        firstDenseLayers;
    std::optional<bool> expertBias;
    /// Whether the model is a mixture of experts (`experts` given).
    [[nodiscard]] bool enabled() const { return experts.has_value(); }
    bool operator==(const MoeConfig &) const = default;
};

/// Multi-head latent attention (`mla`, DeepSeek-V2/V3): queries through a rank
/// `qLoraRank` bottleneck (0: none), keys and values from one `kvLoraRank` latent that
/// is all the KV cache holds (with the shared `qkRopeHeadDim` rotary key).
struct MlaConfig {
    std::optional<std::int64_t> qLoraRank, kvLoraRank, qkRopeHeadDim, qkNopeHeadDim, vHeadDim;
    [[nodiscard]] bool enabled() const { return kvLoraRank.has_value(); }
    bool operator==(const MlaConfig &) const = default;
};

/// Sliding-window attention (`sliding_window`): local layers attend to the last `window`
/// tokens; with `globalEvery` N, every Nth layer (the last of each group) is global.
struct SlidingWindowConfig {
    std::optional<std::int64_t> window, globalEvery;
    [[nodiscard]] bool enabled() const { return window.has_value(); }
    bool operator==(const SlidingWindowConfig &) const = default;
};

/// The transformer keys, shared by `type: transformer` and by preset overrides. Every
/// key is listed once, in scenario/model_keys.h, which reads, writes, overlays, shows and
/// reports them.
struct TransformerConfig {
    std::optional<std::int64_t> layers, hidden, heads, kvHeads, ffnHidden, vocab, seqLen;
    std::optional<bool> causal;
    std::optional<Norm> norm;
    std::optional<Ffn> ffn;
    std::optional<Positions> positions;
    std::optional<bool> tiedEmbeddings;
    std::optional<Attention> attention;
    std::optional<double> dropout;
    std::optional<std::int64_t> headDim;   ///< unset: hidden / heads
    std::optional<bool> attentionBias;     ///< biases on the q, k, v projections
    std::optional<bool> qkNorm;            ///< RMSNorm of each head's q and k
    MoeConfig moe;
    MlaConfig mla;
    SlidingWindowConfig slidingWindow;
    bool operator==(const TransformerConfig &) const = default;
};

struct Architecture {
    ArchitectureKind kind = ArchitectureKind::Mlp;
    std::string preset;                      ///< kind Preset
    std::optional<std::int64_t> outputs;     ///< mlp, rnn (required); CNN presets (default 1000)
    // mlp
    std::vector<std::int64_t> hidden;
    Activation activation = Activation::Relu;
    double dropout = 0.0;
    // rnn
    RnnCell cell = RnnCell::Lstm;
    std::int64_t rnnLayers = 1;
    std::int64_t rnnHidden = 1;
    bool bidirectional = false;
    // transformer, and overrides of a language preset
    TransformerConfig transformer;
    // custom
    std::int64_t parameters = 0;
    std::int64_t activationBytesPerSample = 0;
    bool operator==(const Architecture &) const = default;
};

/// Where an imported model came from (`model.source`): the file, its size and the
/// SHA-256 of the part that was read (config text, safetensors header, GGUF header).
struct ModelSource {
    std::string format;       ///< "config.json", "safetensors" or "gguf"
    std::string file;         ///< file name, without its folder
    std::int64_t sizeBytes = 0;
    std::string headerSha256; ///< 64 lower-case hex digits
    bool operator==(const ModelSource &) const = default;
};

/// How the weights are stored (`model.weights`): a format of quant/formats.h and the
/// exact figures a file gave.
struct WeightsSpec {
    std::string format;                     ///< "bf16", "gptq", "gguf:Q4_K_M", ...
    std::optional<std::int64_t> bits;       ///< gptq, awq (default 4)
    std::optional<std::int64_t> groupSize;  ///< gptq/awq (128; -1 = per channel), nf4/fp4 (64), fp8 block (128)
    std::optional<bool> doubleQuant;        ///< nf4/fp4: absmax constants quantised to 8 bits
    std::optional<std::string> scales;      ///< fp8: "per_tensor", "per_channel" or "block"
    std::optional<std::int64_t> parameters; ///< exact parameter count, from a file
    std::optional<std::int64_t> bytes;      ///< exact weight bytes, from a file
    bool operator==(const WeightsSpec &) const = default;
};

struct Model {
    Framework framework = Framework::PyTorch;
    std::optional<Architecture> architecture; ///< deep-learning frameworks
    std::string estimator;                     ///< scikit-learn, xgboost, lightgbm
    nlohmann::ordered_json params = nlohmann::ordered_json::object();
    std::optional<ModelSource> source;         ///< imported models
    std::optional<WeightsSpec> weights;        ///< deep-learning frameworks
    bool operator==(const Model &) const = default;
};

struct Finetune {
    FinetuneMethod method = FinetuneMethod::Full;
    double trainableFraction = 0.1; ///< frozen
    std::int64_t rank = 8;          ///< lora, qlora
    QuantType quantType = QuantType::Nf4;        ///< qlora: 4-bit data type of the frozen base
    bool doubleQuant = true;                     ///< qlora: the absmax constants quantised to 8 bits too
    std::optional<AdapterDType> adapterDtype;    ///< lora, qlora; unset: the weights' dtype (lora), fp32 (qlora)
    bool pagedOptimizer = false;                 ///< qlora: optimizer states in paged (unified) memory
    double dropout = 0.0;                        ///< lora, qlora: PEFT's lora_dropout
    LoraTargets targets = kLoraAttention;        ///< lora, qlora: the linear layers that get adapters
    bool operator==(const Finetune &) const = default;
};

struct Generation {
    std::int64_t promptTokens = 0;
    std::int64_t newTokens = 0;
    bool operator==(const Generation &) const = default;
};

struct DataLoader {
    std::int64_t workers = 0;
    std::int64_t prefetchFactor = 2;
    bool pinMemory = false;
    bool operator==(const DataLoader &) const = default;
};

/// A MAJOR.MINOR version.
struct Version {
    int major = 0;
    int minor = 0;
    auto operator<=>(const Version &) const = default;
};

/// The software generation a GPU job runs on, where device memory behaviour changed
/// between versions (`run.software`). Unset fields mean the current generation.
struct Software {
    std::optional<Version> pytorch; ///< PyTorch (lazy CUDA module loading from 1.13, foreach optimizers from 2.0)
    std::optional<Version> cuda;    ///< CUDA runtime (lazy module loading from 11.7)
    bool operator==(const Software &) const = default;
};

/// What `run.software` means when a field is not given: PyTorch 2.9 with CUDA 12.8.
inline constexpr Version kCurrentPyTorch{2, 9};
inline constexpr Version kCurrentCuda{12, 8};

/// `run.serving`: inference as a serving engine runs it (docs/format.md, "Scenario:
/// serving"). Engine settings are kept under their engines' own names; unset ones take
/// the engine's default (see the serving engine for each).
struct Serving {
    ServingEngine engine = ServingEngine::Transformers;
    std::int64_t concurrentSequences = 1;
    std::optional<std::int64_t> promptTokens;   ///< with output_tokens: the context per sequence
    std::optional<std::int64_t> outputTokens;
    std::optional<std::int64_t> contextTokens;  ///< instead of prompt + output tokens
    std::optional<KvCacheDType> kvCacheDtype;   ///< unset: the weights' 16-bit type (fp16 for llama.cpp)
    // vLLM, SGLang and TGI
    std::optional<double> memoryFraction; ///< gpu_memory_utilization / mem_fraction_static / cuda_memory_fraction
    std::optional<std::int64_t> blockSize;          ///< vLLM block_size, SGLang page_size
    std::optional<std::int64_t> maxNumSeqs;         ///< vLLM max_num_seqs, SGLang max_running_requests
    std::optional<std::int64_t> maxNumBatchedTokens; ///< vLLM max_num_batched_tokens, SGLang chunked_prefill_size, TGI max_batch_prefill_tokens
    std::optional<bool> enforceEager;               ///< vLLM enforce_eager, SGLang disable_cuda_graph: no CUDA graphs
    std::optional<bool> enablePrefixCaching;
    // llama.cpp
    std::optional<std::int64_t> nGpuLayers, nCtx, nBatch, nUbatch;
    std::optional<bool> useMmap, flashAttn;
    // transformers
    std::optional<CacheImplementation> cacheImplementation;
    bool operator==(const Serving &) const = default;
};

/// `run.cross_validation`: the fit is scikit-learn's cross-validation or parameter search
/// (cross_validate, GridSearchCV): `folds` × `candidates` fits, `n_jobs` of them at once.
struct CrossValidation {
    std::int64_t folds = 5;
    std::int64_t nJobs = 1;      ///< fits at once; -1: all of them
    std::int64_t candidates = 1; ///< parameter combinations searched (1: plain cross-validation)
    /// Fits that run at the same time: n_jobs, at most every fit of the search.
    [[nodiscard]] std::int64_t parallelFits() const;
    bool operator==(const CrossValidation &) const = default;
};

struct Run {
    Task task = Task::Train;
    std::optional<Device> device; ///< unset: gpu for deep-learning frameworks, cpu otherwise
    std::int64_t batchSize = 32;
    Precision precision = Precision::Fp32;
    Optimizer optimizer = Optimizer::AdamW;
    Checkpointing checkpointing = Checkpointing::None;
    std::int64_t gradientAccumulation = 1;
    /// How the optimizer steps (`run.optimizer_step`); unset: PyTorch's default for the
    /// software generation (foreach on CUDA from 2.0), DeepSpeed's and Megatron's fused Adam.
    std::optional<OptimizerStep> optimizerStep;
    /// The language model's output and cross-entropy in this many chunks over the
    /// sequence (`run.loss_chunks`; torchtune's CEWithChunkedOutputLoss uses 8).
    std::int64_t lossChunks = 1;
    /// What the step's loss is (`run.loss`): cross-entropy over the outputs, or their sum
    /// (a benchmark's `logits.sum().backward()`), which saves nothing.
    Loss loss = Loss::CrossEntropy;
    bool compile = false;           ///< torch.compile (`run.compile`)
    bool activationOffload = false; ///< saved activations moved to host RAM (`run.activation_offload`)
    Finetune finetune;
    std::optional<Generation> generation;
    DataLoader dataloader;
    Software software;
    std::optional<Serving> serving{};
    std::optional<CrossValidation> crossValidation{}; ///< classical estimators
    bool operator==(const Run &) const = default;
};

struct Cluster {
    std::int64_t nodes = 1;
    std::int64_t gpusPerNode = 1;
    DataParallel dataParallel = DataParallel::Ddp;
    std::int64_t tensorParallel = 1;
    std::int64_t pipelineParallel = 1;
    std::int64_t expertParallel = 1; ///< experts split over this many of the data-parallel ranks
    bool sequenceParallel = false;
    Offload offload = Offload::None;

    [[nodiscard]] std::int64_t devices() const { return nodes * gpusPerNode; }
    bool operator==(const Cluster &) const = default;
};

struct System {
    double osReservedGib = 2.0;
    double otherProcessesGib = 0.0;
    double headroomFraction = 0.2;
    bool operator==(const System &) const = default;
};

struct GpuSpec {
    std::string model;
    double memoryGib = 0.0;
    std::int64_t count = 1;
    bool operator==(const GpuSpec &) const = default;
};

struct Price {
    double amount = 0.0;
    std::string currency = "USD";
    bool operator==(const Price &) const = default;
};

/// A candidate machine: typed in, or a reference to a catalogue entry (`catalogId`).
struct HardwareCandidate {
    std::string catalogId; ///< non-empty: {"catalog": id}; the other fields are unused
    std::string name;
    double hostRamGib = 0.0;
    std::optional<GpuSpec> gpu;
    std::optional<Price> price;
    /// Unified memory (Apple silicon): the GPU computes in host RAM, one pool.
    bool unifiedMemory = false;
    /// A user-set GPU wired-memory limit (macOS iogpu.wired_limit_mb), also with `catalogId`.
    std::optional<double> gpuWiredLimitGib{};
    bool operator==(const HardwareCandidate &) const = default;
};

struct Scenario {
    int version = kFormatVersion;
    std::string name;
    std::string notes;
    Dataset dataset;
    Model model;
    Run run;
    Cluster cluster;
    System system;
    std::vector<HardwareCandidate> hardware;

    /// run.device with its default applied.
    [[nodiscard]] Device device() const
    {
        return run.device.value_or(isDeepLearning(model.framework) ? Device::Gpu : Device::Cpu);
    }
    bool operator==(const Scenario &) const = default;
};

} // namespace headroom
