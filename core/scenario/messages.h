#pragma once
/// @file messages.h
/// Every refusal of a scenario (reading it, resolving its catalogue entries, estimating
/// it) and every warning of its estimate, as a template with %1, %2… for what it names (a
/// value, a key, a size). Errors and warnings carry the template and its arguments, so that
/// the user interface shows them translated; the English text is the template filled in.
/// QT_TRANSLATE_NOOP marks the templates for lupdate; core itself does not use Qt.

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

namespace headroom::msg {

// Types, keys and values.
inline constexpr const char *notObject = QT_TRANSLATE_NOOP("headroom::Message", "must be an object, got %1");
inline constexpr const char *unknownKeyNear = QT_TRANSLATE_NOOP("headroom::Message", "unknown key (did you mean \"%1\"?)");
inline constexpr const char *unknownKey = QT_TRANSLATE_NOOP("headroom::Message", "unknown key (allowed: %1)");
inline constexpr const char *missingKey = QT_TRANSLATE_NOOP("headroom::Message", "required key missing");
inline constexpr const char *notNumber = QT_TRANSLATE_NOOP("headroom::Message", "must be a number, got %1");
inline constexpr const char *notFinite = QT_TRANSLATE_NOOP("headroom::Message", "must be a finite number");
inline constexpr const char *above = QT_TRANSLATE_NOOP("headroom::Message", "must be > %1, got %2");
inline constexpr const char *atLeast = QT_TRANSLATE_NOOP("headroom::Message", "must be >= %1, got %2");
inline constexpr const char *atMost = QT_TRANSLATE_NOOP("headroom::Message", "must be <= %1, got %2");
inline constexpr const char *notBool = QT_TRANSLATE_NOOP("headroom::Message", "must be true or false, got %1");
inline constexpr const char *notString = QT_TRANSLATE_NOOP("headroom::Message", "must be a string, got %1");
inline constexpr const char *unknownValueNear =
    QT_TRANSLATE_NOOP("headroom::Message", "unknown value \"%1\" (did you mean \"%2\"?); allowed: %3");
inline constexpr const char *unknownValue = QT_TRANSLATE_NOOP("headroom::Message", "unknown value \"%1\"; allowed: %2");
inline constexpr const char *loraTargetsType = QT_TRANSLATE_NOOP(
    "headroom::Message", "must be \"attention\", \"all_linear\" or a list of layer names (%1), got %2");
inline constexpr const char *loraTargetsEmpty =
    QT_TRANSLATE_NOOP("headroom::Message", "names no layer; list at least one of %1");
inline constexpr const char *notInt64 = QT_TRANSLATE_NOOP("headroom::Message", "does not fit a 64-bit integer, got %1");
inline constexpr const char *notInteger = QT_TRANSLATE_NOOP("headroom::Message", "must be an integer, got %1");
inline constexpr const char *empty = QT_TRANSLATE_NOOP("headroom::Message", "must not be empty");

// The dataset.
inline constexpr const char *csrDensity =
    QT_TRANSLATE_NOOP("headroom::Message", "required with layout csr (fraction of non-zero values)");
inline constexpr const char *csrInput = QT_TRANSLATE_NOOP("headroom::Message", "csr needs a tabular input, got %1");
inline constexpr const char *csrDtype =
    QT_TRANSLATE_NOOP("headroom::Message", "csr values must be a float or int32/int64 type, got %1");

// The model.
inline constexpr const char *headsDivide = QT_TRANSLATE_NOOP("headroom::Message", "must divide hidden (%1), got %2");
inline constexpr const char *kvHeadsDivide = QT_TRANSLATE_NOOP("headroom::Message", "must divide heads (%1), got %2");
inline constexpr const char *rotaryEven =
    QT_TRANSLATE_NOOP("headroom::Message", "rotary positions need an even head dimension, got %1");
inline constexpr const char *moeMissing = QT_TRANSLATE_NOOP("headroom::Message", "required for a mixture of experts (moe)");
inline constexpr const char *moeTopK =
    QT_TRANSLATE_NOOP("headroom::Message", "experts_per_token (%1) must not exceed experts (%2)");
inline constexpr const char *moeDenseLayers =
    QT_TRANSLATE_NOOP("headroom::Message", "first_dense_layers (%1) must not exceed layers (%2)");
inline constexpr const char *mlaMissing = QT_TRANSLATE_NOOP("headroom::Message", "required for latent attention (mla)");
inline constexpr const char *mlaHeadDim =
    QT_TRANSLATE_NOOP("headroom::Message", "qk_rope_head_dim + qk_nope_head_dim must be at least 1");
inline constexpr const char *unknownPresetNear =
    QT_TRANSLATE_NOOP("headroom::Message", "unknown preset \"%1\" (did you mean \"%2\"?); allowed: %3");
inline constexpr const char *unknownPreset = QT_TRANSLATE_NOOP("headroom::Message", "unknown preset \"%1\"; allowed: %2");
inline constexpr const char *presetNeedsImage = QT_TRANSLATE_NOOP("headroom::Message", "%1 needs an image input, got %2");
inline constexpr const char *usePreset = QT_TRANSLATE_NOOP("headroom::Message", "use {\"preset\": NAME} for a named network");
inline constexpr const char *notWidths = QT_TRANSLATE_NOOP("headroom::Message", "must be an array of widths, got %1");
inline constexpr const char *rnnNeedsSequence = QT_TRANSLATE_NOOP("headroom::Message", "rnn needs a sequence input, got %1");
inline constexpr const char *onlyClassical =
    QT_TRANSLATE_NOOP("headroom::Message", "only for scikit-learn, xgboost and lightgbm; %1 takes an architecture");
inline constexpr const char *onlyDeepLearning =
    QT_TRANSLATE_NOOP("headroom::Message", "only for deep-learning frameworks; %1 takes an estimator");
inline constexpr const char *noEstimator = QT_TRANSLATE_NOOP("headroom::Message", "must name an estimator class, got \"\"");

// The model's source and weight format (imported models, quantised weights).
inline constexpr const char *weightsBitsFixed =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 stores %2 bits per weight, got %3");
inline constexpr const char *weightsBitsChoice = QT_TRANSLATE_NOOP("headroom::Message", "must be 2, 3, 4 or 8, got %1");
inline constexpr const char *weightsOnlyFor = QT_TRANSLATE_NOOP("headroom::Message", "only for the weight formats %1, got %2");
inline constexpr const char *weightsGroupSize =
    QT_TRANSLATE_NOOP("headroom::Message", "must be -1 (one group per row) or >= 1, got %1");
inline constexpr const char *weightsNeedTransformer = QT_TRANSLATE_NOOP(
    "headroom::Message", "the %1 format quantises a transformer's linear layers; give the exact bytes for other networks");
inline constexpr const char *weightsFrozen = QT_TRANSLATE_NOOP(
    "headroom::Message", "weights in %1 are frozen: training them needs LoRA adapters (finetune method lora), got %2");
inline constexpr const char *weightsPrecision = QT_TRANSLATE_NOOP(
    "headroom::Message", "%1 is a weight format of its own; with model.weights give the compute precision (fp16, bf16, fp32)");
inline constexpr const char *notSha256 =
    QT_TRANSLATE_NOOP("headroom::Message", "must be a SHA-256 digest (64 lower-case hexadecimal digits), got %1");

// Importing a model file (config.json, safetensors, GGUF); the error's path is the file.
inline constexpr const char *importCannotRead = QT_TRANSLATE_NOOP("headroom::Message", "cannot be read: %1");
inline constexpr const char *importUnknownFile = QT_TRANSLATE_NOOP(
    "headroom::Message",
    "is not a model file Headroom reads (config.json, *.safetensors, model.safetensors.index.json, *.gguf)");
inline constexpr const char *importEndsEarly =
    QT_TRANSLATE_NOOP("headroom::Message", "the file ends inside the %1 (at byte %2 of %3; truncated?)");
inline constexpr const char *importTooLarge =
    QT_TRANSLATE_NOOP("headroom::Message", "the %1 is %2 bytes, more than the %3 bytes Headroom reads");
inline constexpr const char *importNotJson = QT_TRANSLATE_NOOP("headroom::Message", "the %1 is not valid JSON: %2");
inline constexpr const char *importNotObject = QT_TRANSLATE_NOOP("headroom::Message", "the %1 must be a JSON object");
inline constexpr const char *importHeaderPastEnd = QT_TRANSLATE_NOOP(
    "headroom::Message", "the header length %1 runs past the end of the file (%2 bytes after the length field)");
inline constexpr const char *importTensorDtype =
    QT_TRANSLATE_NOOP("headroom::Message", "tensor \"%1\" has an unknown dtype %2");
inline constexpr const char *importTensorShape =
    QT_TRANSLATE_NOOP("headroom::Message", "tensor \"%1\" has an invalid shape %2");
inline constexpr const char *importTensorOffsets = QT_TRANSLATE_NOOP(
    "headroom::Message",
    "tensor \"%1\": data offsets %2 do not hold its %3 bytes inside the file's %4 data bytes (truncated or corrupt)");
inline constexpr const char *importGgufMagic =
    QT_TRANSLATE_NOOP("headroom::Message", "is not a GGUF file: it starts with %1 instead of \"GGUF\"");
inline constexpr const char *importGgufVersion =
    QT_TRANSLATE_NOOP("headroom::Message", "GGUF version %1 is not read (versions 2 and 3 are)");
inline constexpr const char *importTooManyTensors = QT_TRANSLATE_NOOP(
    "headroom::Message", "claims %1 tensors; the remaining %2 bytes of the file can hold at most %3");
inline constexpr const char *importTooManyKeys = QT_TRANSLATE_NOOP(
    "headroom::Message", "claims %1 metadata keys; the remaining %2 bytes of the file can hold at most %3");
inline constexpr const char *importStringPastEnd = QT_TRANSLATE_NOOP(
    "headroom::Message", "a string of %1 bytes at byte %2 runs past the end of the file (%3 bytes)");
inline constexpr const char *importArrayPastEnd = QT_TRANSLATE_NOOP(
    "headroom::Message", "metadata key \"%1\" claims %2 array elements, more than the rest of the file can hold");
inline constexpr const char *importValueType =
    QT_TRANSLATE_NOOP("headroom::Message", "metadata key \"%1\" has an unknown value type %2");
inline constexpr const char *importNesting =
    QT_TRANSLATE_NOOP("headroom::Message", "metadata key \"%1\" nests arrays more than %2 deep");
inline constexpr const char *importTensorDims =
    QT_TRANSLATE_NOOP("headroom::Message", "tensor \"%1\" has %2 dimensions (1 to 4 allowed)");
inline constexpr const char *importGgmlType =
    QT_TRANSLATE_NOOP("headroom::Message", "tensor \"%1\" has an unknown GGML type %2");
inline constexpr const char *importRowBlocks = QT_TRANSLATE_NOOP(
    "headroom::Message", "tensor \"%1\": rows of %2 values do not fill whole %3 blocks of %4 values");
inline constexpr const char *importAlignment =
    QT_TRANSLATE_NOOP("headroom::Message", "general.alignment must be a power of two up to 1 MiB, got %1");
inline constexpr const char *importMissingKey = QT_TRANSLATE_NOOP("headroom::Message", "the metadata key %1 is missing");
inline constexpr const char *importMissingValue =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 is missing or not a positive integer");
inline constexpr const char *importValueRange =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 must be between %2 and %3, got %4");
inline constexpr const char *importUnknownType =
    QT_TRANSLATE_NOOP("headroom::Message", "unknown model type \"%1\"; Headroom reads %2");
inline constexpr const char *importNoTensors = QT_TRANSLATE_NOOP("headroom::Message", "holds no tensors");
inline constexpr const char *importIndexMap =
    QT_TRANSLATE_NOOP("headroom::Message", "the index has no weight_map object of tensor names and shard files");
inline constexpr const char *importNoArchitecture = QT_TRANSLATE_NOOP(
    "headroom::Message", "has tensors but no architecture: put the model's config.json beside it");
// Notes on an imported model: what the scenario approximates and how that was handled.
inline constexpr const char *notePositions =
    QT_TRANSLATE_NOOP("headroom::Message", "the position table is counted with %1 rows, the file has %2");
inline constexpr const char *noteVision =
    QT_TRANSLATE_NOOP("headroom::Message", "only the language model is counted, not the vision tower");
inline constexpr const char *noteQuantMethod = QT_TRANSLATE_NOOP(
    "headroom::Message", "quantization_config \"%1\" is not modelled; the weights are counted in the run's precision");
inline constexpr const char *noteShards =
    QT_TRANSLATE_NOOP("headroom::Message", "the shards are not beside the index: the weight bytes are its total_size");
inline constexpr const char *noteSplitGguf =
    QT_TRANSLATE_NOOP("headroom::Message", "this is one part of a split GGUF model: only its tensors are counted");
inline constexpr const char *importInvalidModel =
    QT_TRANSLATE_NOOP("headroom::Message", "the model it describes is refused: %1");

// The run and the cluster.
inline constexpr const char *quantisedTraining =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 is weight-only quantisation for inference; task is train");
inline constexpr const char *quantisedTrainingMethod = QT_TRANSLATE_NOOP(
    "headroom::Message", "%1 base weights are trained only through adapters: finetune method lora (int8) or qlora (4-bit)");
inline constexpr const char *qloraPrecision = QT_TRANSLATE_NOOP(
    "headroom::Message", "qlora's base is 4-bit already; precision is the compute dtype (fp32, bf16, fp16, mixed_bf16 or mixed_fp16), got %1");
inline constexpr const char *qloraTask = QT_TRANSLATE_NOOP("headroom::Message", "qlora trains adapters: task must be train");
inline constexpr const char *crossValidationClassical = QT_TRANSLATE_NOOP(
    "headroom::Message", "cross-validation is modelled for scikit-learn, XGBoost and LightGBM estimators, not %1");
inline constexpr const char *nJobsRange =
    QT_TRANSLATE_NOOP("headroom::Message", "must be -1 (every fit at once) or at least 1, got %1");
inline constexpr const char *qloraModel = QT_TRANSLATE_NOOP("headroom::Message", "qlora needs a transformer language model");
inline constexpr const char *expertParallelMoe =
    QT_TRANSLATE_NOOP("headroom::Message", "needs a mixture-of-experts model (model.architecture.moe), got %1");
inline constexpr const char *expertParallelExperts =
    QT_TRANSLATE_NOOP("headroom::Message", "must divide the number of experts (%1), got %2");
inline constexpr const char *expertParallelDivide = QT_TRANSLATE_NOOP(
    "headroom::Message", "must divide the data-parallel degree (%1 = devices ÷ tensor × pipeline parallel), got %2");
inline constexpr const char *generationTask = QT_TRANSLATE_NOOP("headroom::Message", "only with task inference");
inline constexpr const char *lossSumChunks =
    QT_TRANSLATE_NOOP("headroom::Message", "a sum of the outputs has no cross-entropy to chunk: loss_chunks must be 1, got %1");
inline constexpr const char *generationModel = QT_TRANSLATE_NOOP("headroom::Message", "only for a transformer language model");
inline constexpr const char *trainingOnly = QT_TRANSLATE_NOOP("headroom::Message", "only with task train");
inline constexpr const char *selectiveOpMegatron = QT_TRANSLATE_NOOP(
    "headroom::Message", "selective_op is PyTorch's op-level policy (torchtitan); Megatron recomputes by its own rules (selective or full)");
inline constexpr const char *stepInBackwardAccumulation = QT_TRANSLATE_NOOP(
    "headroom::Message", "in_backward steps and frees each gradient as backward makes it, so nothing accumulates: gradient_accumulation must be 1, got %1");
inline constexpr const char *stepInBackwardCluster = QT_TRANSLATE_NOOP(
    "headroom::Message", "in_backward is PyTorch's per-parameter hook; %1 steps its own optimizer after backward");
inline constexpr const char *sklearnCpu = QT_TRANSLATE_NOOP("headroom::Message", "scikit-learn computes on the cpu only");
inline constexpr const char *parallelDivide = QT_TRANSLATE_NOOP(
    "headroom::Message", "tensor_parallel × pipeline_parallel (%1) must divide the number of devices (%2)");
inline constexpr const char *servingSetting =
    QT_TRANSLATE_NOOP("headroom::Message", "not a setting of %1 (it is one of %2)");
inline constexpr const char *servingContext =
    QT_TRANSLATE_NOOP("headroom::Message", "give context_tokens or prompt_tokens and output_tokens, not both");
inline constexpr const char *servingGeneration =
    QT_TRANSLATE_NOOP("headroom::Message", "run.serving holds the prompt and output tokens; remove run.generation");
inline constexpr const char *servingKvDtype =
    QT_TRANSLATE_NOOP("headroom::Message", "cache type %1 is not available in %2 (it has: %3)");

// Hardware.
inline constexpr const char *noCatalogEntry = QT_TRANSLATE_NOOP("headroom::Message", "must name a catalogue entry, got \"\"");
inline constexpr const char *notCandidates =
    QT_TRANSLATE_NOOP("headroom::Message", "must be an array of candidate machines, got %1");
inline constexpr const char *unifiedNoGpu = QT_TRANSLATE_NOOP(
    "headroom::Message", "a unified-memory machine's GPU uses its host RAM; remove gpu or unified_memory");
inline constexpr const char *duplicateCandidate = QT_TRANSLATE_NOOP("headroom::Message", "duplicate candidate \"%1\"");
inline constexpr const char *unknownCatalogEntryNear =
    QT_TRANSLATE_NOOP("headroom::Message", "unknown catalogue entry \"%1\" (did you mean \"%2\"?)");
inline constexpr const char *unknownCatalogEntry = QT_TRANSLATE_NOOP("headroom::Message", "unknown catalogue entry \"%1\"");

// The estimate.
inline constexpr const char *estimateOverflow = QT_TRANSLATE_NOOP(
    "headroom::Message",
    "the estimate exceeds 2^63 bytes (8 EiB); check dataset.samples, the model size and run.batch_size");

// The document.
inline constexpr const char *notScenario = QT_TRANSLATE_NOOP("headroom::Message", "a scenario must be a JSON object, got %1");
inline constexpr const char *newerVersion =
    QT_TRANSLATE_NOOP("headroom::Message", "format version %1 is newer than this program reads (%2); update Headroom");
inline constexpr const char *malformed = QT_TRANSLATE_NOOP("headroom::Message", "malformed JSON at line %1, column %2: %3");
inline constexpr const char *emptyFile =
    QT_TRANSLATE_NOOP("headroom::Message", "malformed JSON at line %1, column %2: the file is empty");
inline constexpr const char *tooLarge =
    QT_TRANSLATE_NOOP("headroom::Message", "malformed JSON: a number is too large to represent (beyond 1.8e308)");
inline constexpr const char *notText = QT_TRANSLATE_NOOP(
    "headroom::Message", "not JSON text: byte 0x%3 at line %1, column %2 is binary data or not UTF-8");
inline constexpr const char *tooDeep = QT_TRANSLATE_NOOP(
    "headroom::Message", "arrays and objects nested deeper than %1 levels (at line %2, column %3); refused");
inline constexpr const char *fileTooLarge = QT_TRANSLATE_NOOP(
    "headroom::Message", "the file is %1 bytes, larger than the %2 bytes this program reads; refused without reading it");

// Measurement files (*.headroom-measure.json).
inline constexpr const char *notArray = QT_TRANSLATE_NOOP("headroom::Message", "must be an array, got %1");
inline constexpr const char *tooManyEntries = QT_TRANSLATE_NOOP("headroom::Message", "has %1 entries; at most %2 are read");
inline constexpr const char *notTimePoint =
    QT_TRANSLATE_NOOP("headroom::Message", "must be a pair [seconds, bytes], got %1");
inline constexpr const char *notMeasurement =
    QT_TRANSLATE_NOOP("headroom::Message", "a measurement must be a JSON object, got %1");
inline constexpr const char *scenarioNotMeasurement =
    QT_TRANSLATE_NOOP("headroom::Message", "required key missing: this is a scenario, not a measurement");
inline constexpr const char *measurementTooLarge =
    QT_TRANSLATE_NOOP("headroom::Message", "the file has %1 bytes; a measurement is read up to %2 bytes");
inline constexpr const char *measurementTooDeep =
    QT_TRANSLATE_NOOP("headroom::Message", "arrays and objects are nested deeper than %1 levels");

// Warnings of the estimate.
inline constexpr const char *unknownModel =
    QT_TRANSLATE_NOOP("headroom::Message", "the model's architecture is missing or unknown; only the runtime is counted");
inline constexpr const char *quantisedTrainingWarning = QT_TRANSLATE_NOOP(
    "headroom::Message", "int8/int4 are weight-only inference precisions; training them needs LoRA adapters (QLoRA)");
inline constexpr const char *loraNoLayer = QT_TRANSLATE_NOOP(
    "headroom::Message", "the LoRA targets (%1) name no linear layer of this model, so nothing is trained; choose q, k, v, o, up or down");
inline constexpr const char *generationNotLm =
    QT_TRANSLATE_NOOP("headroom::Message", "run.generation applies to transformer language models; ignored");
inline constexpr const char *tfPreallocation = QT_TRANSLATE_NOOP(
    "headroom::Message",
    "TensorFlow maps nearly all device memory unless memory growth is enabled; the estimate is what the model needs");
inline constexpr const char *jaxPreallocation = QT_TRANSLATE_NOOP(
    "headroom::Message", "JAX preallocates 75 % of device memory by default (XLA_PYTHON_CLIENT_PREALLOCATE); the "
                         "estimate is what the model needs");
inline constexpr const char *denseSparseData = QT_TRANSLATE_NOOP(
    "headroom::Message",
    "the data is stored dense (%1) at density %2; as CSR (%3 non-zeros per row) it would take %4");
inline constexpr const char *float64Data = QT_TRANSLATE_NOOP(
    "headroom::Message", "the data is float64 (%1); stored as float32 the peak would be %2 instead of %3, saving %4");
inline constexpr const char *estimatorNotModelled = QT_TRANSLATE_NOOP(
    "headroom::Message", "the estimator %1 is not modelled: the estimate counts the %2 runtime and the data (%3) but "
                         "not the fit's working memory, which is often one or more copies of the data");
inline constexpr const char *lightgbmGpu =
    QT_TRANSLATE_NOOP("headroom::Message", "LightGBM's GPU device memory is not modelled; host memory is as for the CPU");
inline constexpr const char *fullyGrownTrees = QT_TRANSLATE_NOOP(
    "headroom::Message", "%1 with max_depth=None grows each tree until its leaves are pure: about %2 nodes per tree, %3 "
                         "for %4 tree(s); set max_depth or min_samples_leaf to bound it");
inline constexpr const char *dbscanNeighbourhoods = QT_TRANSLATE_NOOP(
    "headroom::Message", "DBSCAN holds every sample's eps-neighbourhood at once: about %1 neighbours per sample, %2; a "
                         "smaller eps or OPTICS bounds it");
inline constexpr const char *pcaSparse = QT_TRANSLATE_NOOP(
    "headroom::Message", "PCA in scikit-learn 1.2 refuses sparse input; TruncatedSVD works on CSR without densifying");
inline constexpr const char *streamingClassical = QT_TRANSLATE_NOOP(
    "headroom::Message",
    "streaming storage: %1 fits on the whole set; the estimate assumes the data is loaded in memory for the fit");
inline constexpr const char *servingRunningBatch =
    QT_TRANSLATE_NOOP("headroom::Message", "the engine's running batch");
inline constexpr const char *servingQueue = QT_TRANSLATE_NOOP(
    "headroom::Message", "%1 concurrent sequences exceed %2 (%3): the rest wait in the queue, their memory is not held");
inline constexpr const char *servingCtxShort = QT_TRANSLATE_NOOP(
    "headroom::Message", "n_ctx (%1) is less than concurrent_sequences × context (%2): each of the %3 slots gets %4 tokens");
inline constexpr const char *servingNoMmap = QT_TRANSLATE_NOOP(
    "headroom::Message", "use_mmap off: llama.cpp reads the GPU layers' weights (%1) through host memory while loading");

// Verdicts: how the job fits a candidate machine (CandidateFit::reasons).
inline constexpr const char *fitHostShort =
    QT_TRANSLATE_NOOP("headroom::Message", "host RAM is %1 short (needs %2, has %3)");
inline constexpr const char *fitNoGpu = QT_TRANSLATE_NOOP("headroom::Message", "it has no GPU");
inline constexpr const char *fitTooFewGpus =
    QT_TRANSLATE_NOOP("headroom::Message", "the job needs %1 GPUs per machine, it has %2");
inline constexpr const char *fitDeviceShort =
    QT_TRANSLATE_NOOP("headroom::Message", "each GPU is %1 short (needs %2, has %3)");
inline constexpr const char *fitServingShareShort =
    QT_TRANSLATE_NOOP("headroom::Message", "each GPU needs %1, %2 takes %3 × %4");
inline constexpr const char *fitUnifiedShort =
    QT_TRANSLATE_NOOP("headroom::Message", "host and GPU together need %1 of its %2 unified memory");
inline constexpr const char *fitHostBelowMargin =
    QT_TRANSLATE_NOOP("headroom::Message", "host RAM leaves less than the %1 safety margin (%2 recommended)");
inline constexpr const char *fitDeviceBelowMargin =
    QT_TRANSLATE_NOOP("headroom::Message", "each GPU leaves less than the %1 safety margin (%2 recommended)");
inline constexpr const char *fitHostFree = QT_TRANSLATE_NOOP("headroom::Message", "fits with %1 host RAM free");
inline constexpr const char *fitHostAndDeviceFree =
    QT_TRANSLATE_NOOP("headroom::Message", "fits with %1 host RAM free and %2 free per GPU");

// Derivations of components (Component::derivationParts). A template that starts with %1
// wraps another derivation (the piece before it).
inline constexpr const char *derivDenseData =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 samples × %2 × %3 B %4");
inline constexpr const char *derivTargets = QT_TRANSLATE_NOOP("headroom::Message", "%1 samples × %2 × %3 B %4");
inline constexpr const char *derivWorkers = QT_TRANSLATE_NOOP(
    "headroom::Message", "%1 worker processes × %2 private pages each (interpreter state touched after fork)");
inline constexpr const char *derivXgboostRuntime = QT_TRANSLATE_NOOP(
    "headroom::Message", "Python + NumPy + SciPy + xgboost 1.7 (imports scikit-learn) after import, measured");
inline constexpr const char *derivLightgbmRuntime = QT_TRANSLATE_NOOP(
    "headroom::Message", "Python + NumPy + SciPy + lightgbm after import (not measured: scikit-learn ensemble figure)");
inline constexpr const char *derivSklearnRuntime = QT_TRANSLATE_NOOP(
    "headroom::Message", "Python + NumPy + SciPy + scikit-learn 1.2 with %1 imported, measured");

inline constexpr const char *derivCvOneAtATime = QT_TRANSLATE_NOOP(
    "headroom::Message",
    "%1 folds × %2 candidates, one fit at a time: each fit's X[train] and X[test] are a copy of the data and targets, %3");
inline constexpr const char *derivCvWorkers = QT_TRANSLATE_NOOP(
    "headroom::Message",
    "%1 fits at once (n_jobs; %2 folds × %3 candidates), each in its own worker process: %1 × (runtime with "
    "joblib's worker machinery %4 + its X[train] and X[test] copy %5) + %6 more × the fit's working memory %7 (one "
    "is counted above)");
inline constexpr const char *derivCvTrackers = QT_TRANSLATE_NOOP(
    "headroom::Message", "loky's and multiprocessing's resource-tracker processes, %1 (measured)");
inline constexpr const char *derivCvSharedData = QT_TRANSLATE_NOOP(
    "headroom::Message", "the data and targets memory-mapped for the workers in /dev/shm (joblib, arrays over 1 MB), %1");
inline constexpr const char *derivCsvLoad = QT_TRANSLATE_NOOP(
    "headroom::Message",
    "pandas.read_csv of a %1 file: the parsed values, %2 rows × %3 columns × 8 B = %4, held twice while its chunks are "
    "joined (tracemalloc peak 2.00 × on pandas 1.5.3) and up to once more in the tokenizer's buffers and freed chunks "
    "malloc keeps (measured 0.15–0.9 ×): %5 before the fit; the fit's own memory is %6");
inline constexpr const char *derivQloraWeights =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 linear-layer parameters in %2 (4 bits, blocks of 64, fp32 absmax) + %3 others × %4 B %5 + %6 LoRA adapter parameters (rank %7) × %8 B");
inline constexpr const char *derivQloraWeightsDouble =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 linear-layer parameters in %2 (4 bits, blocks of 64, 8-bit absmax + fp32 per 256 blocks, double quantisation) + %3 others × %4 B %5 + %6 LoRA adapter parameters (rank %7) × %8 B");
inline constexpr const char *derivAdapterParams =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 adapter parameters");
inline constexpr const char *derivParams =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 parameters");
inline constexpr const char *derivTrainableParams =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 trainable parameters (%2)");
inline constexpr const char *derivTimesBytes =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 × %2 B");
inline constexpr const char *derivPaged =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 (paged: unified memory, evicted to host RAM only under memory pressure)");
inline constexpr const char *derivAdam8bit =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 × 2 states × 1 B (8-bit, block-wise fp32 scales)");
inline constexpr const char *derivTwoMoments =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 × 2 moments × %2 B");
inline constexpr const char *derivOneState =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 × 1 state × %2 B");
inline constexpr const char *derivAutocastFp32 =
    QT_TRANSLATE_NOOP("headroom::Message", "fp32 (autocast keeps the model in fp32)");
inline constexpr const char *derivWeights =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 parameters × %2 B %3");
inline constexpr const char *derivQuantised4 =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 quantised parameters × %2 B %3 + fp32 absmax per 64 (bitsandbytes 4-bit)");
inline constexpr const char *derivQuantised8 =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 quantised parameters × %2 B %3 + 16-bit scales");
inline constexpr const char *derivNotQuantised =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 + %2 embedding/LM-head parameters × 2 B (not quantised)");
inline constexpr const char *derivAutocastCopies =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 (the 16-bit copies autocast makes of the fp32 model)");
inline constexpr const char *derivPlusLora =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 + %2 LoRA adapter parameters (rank %3)");
inline constexpr const char *derivMasterCopy =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 × 4 B fp32 master copy");
inline constexpr const char *derivMomentumBuffer =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 × 1 momentum buffer × %2 B");
inline constexpr const char *derivAdamMoments =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 × 2 moments (exp_avg, exp_avg_sq) × %2 B");
inline constexpr const char *derivSumOfSquares =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 × 1 sum of squares × %2 B");
inline constexpr const char *derivSquareAverage =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 × 1 square average × %2 B");
inline constexpr const char *derivMomentum =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 × 1 momentum × %2 B");
inline constexpr const char *derivAdafactor =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 factored row/column statistics × %2 B (Adafactor)");
inline constexpr const char *derivFusedAdam =
    QT_TRANSLATE_NOOP("headroom::Message", "fused Adam (Megatron, DeepSpeed): no temporaries");
inline constexpr const char *derivForeachStep =
    QT_TRANSLATE_NOOP("headroom::Message", "foreach step (PyTorch ≥ 2.0 on CUDA): one temporary of %1 values × %2 B (sqrt of the second moments)");
inline constexpr const char *derivPerParameterStep =
    QT_TRANSLATE_NOOP("headroom::Message", "per-parameter step: %1 values at most, the square root and the quotient of one parameter's denominator with the previous parameter's denominator, still bound");
inline constexpr const char *derivForeachStepSet =
    QT_TRANSLATE_NOOP("headroom::Message", "foreach step: one temporary of %1 values × %2 B (sqrt of the second moments)");
inline constexpr const char *derivFusedStep =
    QT_TRANSLATE_NOOP("headroom::Message", "fused step (fused=True): one kernel per group, no temporaries");
inline constexpr const char *derivStepInBackward =
    QT_TRANSLATE_NOOP("headroom::Message", "step in backward: each parameter stepped by a fused kernel as its gradient is made, no temporaries");
inline constexpr const char *derivGradientsInBackward =
    QT_TRANSLATE_NOOP("headroom::Message", "one gradient at a time, the largest parameter's (%1 values × %2 B): the optimizer steps each in backward and frees it");
inline constexpr const char *derivLossSum =
    QT_TRANSLATE_NOOP("headroom::Message", "%1, loss = the outputs' sum (no cross-entropy: the output and one gradient of its size)");
inline constexpr const char *derivLossChunks =
    QT_TRANSLATE_NOOP("headroom::Message", "%1, output and loss in %2 chunks");
inline constexpr const char *derivLossChunksCompiled =
    QT_TRANSLATE_NOOP("headroom::Message", "%1, output and loss in %2 compiled chunks");
inline constexpr const char *derivActivationsOffloaded =
    QT_TRANSLATE_NOOP("headroom::Message", "%1; activation offloading moves %2 of them to host RAM; the device keeps the loss layer's until its backward, then those of the two layers in transfer");
inline constexpr const char *derivOffloadedActivations =
    QT_TRANSLATE_NOOP("headroom::Message", "saved activations in pinned host RAM (activation offloading): %1 per process × %2");
inline constexpr const char *derivStoredWeightsExact =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 parameters × %2 B %3 (exact bytes of %4)");
inline constexpr const char *derivTheFile =
    QT_TRANSLATE_NOOP("headroom::Message", "the file");
inline constexpr const char *derivStoredQuantisedExact =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 parameters in %2: %3, the exact tensor bytes of %4 (%5 bits per weight)");
inline constexpr const char *derivStoredQuantised =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 parameters in %2 (%3 bits per weight): %4");

inline constexpr const char *derivGguf =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 blocks for most tensors, 1-D tensors fp32");
inline constexpr const char *derivGgufMixed =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 blocks for most tensors, other types for %2 weights as llama-quantize mixes them, 1-D tensors fp32");
inline constexpr const char *derivLinearLayersAs =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 weights of the blocks' linear layers as %2; %3 others (embeddings, head, norms, biases) × 2 B");

inline constexpr const char *derivRnnLabel =
    QT_TRANSLATE_NOOP("headroom::Message", "%1, %2 steps");
inline constexpr const char *derivTransformerLabel =
    QT_TRANSLATE_NOOP("headroom::Message", "%1, seq %2");

inline constexpr const char *derivPerProcess =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 × %2 processes (one per device)");
inline constexpr const char *derivTorchVisionCpu =
    QT_TRANSLATE_NOOP("headroom::Message", "Python + numpy + torch + torchvision, CPU build (measured)");
inline constexpr const char *derivTorchCpu =
    QT_TRANSLATE_NOOP("headroom::Message", "Python + numpy + torch, CPU build (measured)");
inline constexpr const char *derivJaxCpu =
    QT_TRANSLATE_NOOP("headroom::Message", "Python + jax/jaxlib, CPU (estimate)");
inline constexpr const char *derivTensorflowCpu =
    QT_TRANSLATE_NOOP("headroom::Message", "Python + TensorFlow (~0.8 GB import)");
inline constexpr const char *derivTorchCuda =
    QT_TRANSLATE_NOOP("headroom::Message", "CUDA build of PyTorch (~1 GB per process)");
inline constexpr const char *derivJaxCuda =
    QT_TRANSLATE_NOOP("headroom::Message", "jaxlib with CUDA libraries (~1 GB per process, estimate)");
inline constexpr const char *derivTensorflowCuda =
    QT_TRANSLATE_NOOP("headroom::Message", "TensorFlow with CUDA (~0.8 GB per process; more with many GPUs)");
inline constexpr const char *derivCudaContextLazy =
    QT_TRANSLATE_NOOP("headroom::Message", "CUDA context with lazy module loading (CUDA ≥ 11.7, PyTorch ≥ 1.13): ~612 MiB (unsloth issue 9362)");
inline constexpr const char *derivCudaContextEager =
    QT_TRANSLATE_NOOP("headroom::Message", "CUDA context with every library kernel loaded (no lazy loading): 1343 MiB measured on a V100 (Hugging Face performance guide)");
inline constexpr const char *derivCublasHopper =
    QT_TRANSLATE_NOOP("headroom::Message", "cuBLAS workspace 32 MiB (:4096:8 on Hopper, PyTorch ≥ 2.1) + cuBLASLt 1 MiB");
inline constexpr const char *derivCublasBackwardThread =
    QT_TRANSLATE_NOOP("headroom::Message", "%1, twice: the backward runs on the autograd engine's device thread, whose cuBLAS handle has its own workspace");
inline constexpr const char *derivCublas =
    QT_TRANSLATE_NOOP("headroom::Message", "cuBLAS workspace (:4096:2:16:8 = 2 × 4 MiB + 8 × 16 KiB)");
inline constexpr const char *derivGlibcRetention =
    QT_TRANSLATE_NOOP("headroom::Message", "glibc heap retention: %1 of the %2 of 128 KiB–32 MiB blocks freed each step (saved activations, gradients, each layer's backward gradients) that no hole of the step before fits: a 64-byte-aligned request needs 96 bytes more than a freed block of its size, so a hole takes only smaller tensors");
inline constexpr const char *derivGlibcRetentionInference =
    QT_TRANSLATE_NOOP("headroom::Message", "glibc heap retention: the %1 of 128 KiB–32 MiB blocks a batch holds, once more (each batch asks for the same sizes, and a freed block cannot hold a same-size request aligned to 64 bytes) + half of %2 of temporaries");
inline constexpr const char *derivGlibcRetentionRebuilt =
    QT_TRANSLATE_NOOP("headroom::Message", "glibc heap retention: %1 of the %2 of 128 KiB–32 MiB blocks freed each step (saved activations, gradients, each layer's backward gradients) that no hole of the step before fits: a 64-byte-aligned request needs 96 bytes more than a freed block of its size, so a hole takes only smaller tensors; + %3 rebuilt by checkpointing (%4 blocks)");
inline constexpr const char *derivNccl =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 NCCL communicator(s) × %2 (16 channels × 2 ring peers × Simple 4 MiB + LL128 4.5 MiB + LL 256 KiB)");
inline constexpr const char *derivCachingAllocator =
    QT_TRANSLATE_NOOP("headroom::Message", "caching allocator: split-off segment tails of %1 tensors ≥ 10 MiB (%2) + half-used last 20 MiB / 2 MiB segments (%3) + the largest temporary freed before the peak, not reusable by it (%4)");
inline constexpr const char *derivCachingAllocatorHoles =
    QT_TRANSLATE_NOOP("headroom::Message", "caching allocator: split-off segment tails of %1 tensors ≥ 10 MiB (%2) + holes that %3 tensors of 1–10 MiB leave in the 20 MiB segments they share (%4) + half-used last 20 MiB / 2 MiB segments (%5) + the largest temporary freed before the peak, not reusable by it (%6)");

inline constexpr const char *derivModelSplit =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 ÷ %2 (tensor × pipeline parallel)");
inline constexpr const char *derivShards =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 ÷ %2 (%3 shards)");
inline constexpr const char *derivTensorParallel =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 ÷ %2 (tensor parallel)");
inline constexpr const char *derivKvLatent =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 layers × (%2 latent + %3 rotary key) values × %4 positions × %5 sequences × %6 B (latent attention caches the compressed latent)");
inline constexpr const char *derivKv =
    QT_TRANSLATE_NOOP("headroom::Message", "2 × %1 layers × %2 KV heads × %3 head dim × %4 positions × %5 sequences × %6 B");
inline constexpr const char *derivKvSliding =
    QT_TRANSLATE_NOOP("headroom::Message", "2 × %1 KV heads × %2 head dim × (%3 global layers × %4 positions + %5 sliding-window layers × %6 positions) × %7 sequences × %8 B");
inline constexpr const char *derivMoeActive =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 (%2 parameters in all, %3 active per token: %4 of %5 experts)");
inline constexpr const char *derivExpertParallel =
    QT_TRANSLATE_NOOP("headroom::Message", "%1, routed experts (%2 of the parameters) ÷ %3 (expert parallel)");
inline constexpr const char *derivWeightsGathered =
    QT_TRANSLATE_NOOP("headroom::Message", "2 layers' weights gathered at a time (%1 each); the rest offloaded to host RAM");
inline constexpr const char *derivAllGather =
    QT_TRANSLATE_NOOP("headroom::Message", "ZeRO-3/FSDP all-gather of 2 layers' full weights (current + prefetched), %1 per layer");
inline constexpr const char *derivAutocastWeightCopies =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 16-bit copies autocast makes of the weights (2 B each, saved for backward)");
inline constexpr const char *derivAutocastWeightCopiesNoEmbeddings =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 16-bit copies autocast makes of the weights (2 B each, saved for backward), embeddings excluded");
inline constexpr const char *derivGradientsInFlight =
    QT_TRANSLATE_NOOP("headroom::Message", "2 layers' gradients in flight (%1 each); the rest is moved to host RAM as it is reduced (offload)");
inline constexpr const char *derivDequantisedLayer =
    QT_TRANSLATE_NOOP("headroom::Message", "dequantised weight of the layer being computed: %1 weights × 2 B");
inline constexpr const char *derivAllToAll =
    QT_TRANSLATE_NOOP("headroom::Message", "expert-parallel all-to-all send and receive buffers: %1 routed token copies × %2 × 2");
inline constexpr const char *derivDdpBuckets =
    QT_TRANSLATE_NOOP("headroom::Message", "DDP gradient buckets: a second copy of the gradients for all-reduce (gradient_as_bucket_view=False, the default)");
inline constexpr const char *derivOffloaded =
    QT_TRANSLATE_NOOP("headroom::Message", "optimizer states + master weights offloaded, %1 per process × %2");
inline constexpr const char *derivOffloadedGrads =
    QT_TRANSLATE_NOOP("headroom::Message", "optimizer states + master weights + fp32 gradients offloaded, %1 per process × %2");
inline constexpr const char *derivOffloadedWeights =
    QT_TRANSLATE_NOOP("headroom::Message", "optimizer states + master weights + weights offloaded, %1 per process × %2");
inline constexpr const char *derivOffloadedGradsWeights =
    QT_TRANSLATE_NOOP("headroom::Message", "optimizer states + master weights + fp32 gradients + weights offloaded, %1 per process × %2");
inline constexpr const char *derivSequenceParallel =
    QT_TRANSLATE_NOOP("headroom::Message", "sequence parallel");
inline constexpr const char *derivKorthikanti =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 layers × %2 (Korthikanti et al. 2022 Table 2, %3) + output layer and loss %4");
inline constexpr const char *derivSavedActivations =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 samples × %2 saved activations per sample (%3), at the backward peak (with gradient temporaries; gradients not yet made excluded)");
inline constexpr const char *derivSavedActivationsSelective =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 samples × %2 saved activations per sample (%3), selective checkpointing, at the backward peak (with gradient temporaries; gradients not yet made excluded)");
inline constexpr const char *derivSavedActivationsSelectiveOp =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 samples × %2 saved activations per sample (%3), op-level selective checkpointing (every other matmul and the attention kept), at the backward peak (with gradient temporaries; gradients not yet made excluded)");
inline constexpr const char *derivSavedActivationsFull =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 samples × %2 saved activations per sample (%3), full checkpointing, at the backward peak (with gradient temporaries; gradients not yet made excluded)");
inline constexpr const char *derivGradientsZeroedInPlace =
    QT_TRANSLATE_NOOP("headroom::Message", "%1; yet every gradient exists through the step: before PyTorch 2.0 zero_grad() fills them with zeros instead of freeing them");
inline constexpr const char *derivForwardEndPeak =
    QT_TRANSLATE_NOOP("headroom::Message", "%1; larger still at the forward's end, where the previous step's outputs (%2: its logits and KV cache) are alive too, since a loop `outputs = model(x)` holds them until the call returns");
inline constexpr const char *derivStepPeakAfterCopies =
    QT_TRANSLATE_NOOP("headroom::Message", "the optimizer step's temporaries, larger than the activations at the backward peak with the autocast weight copies: %1, less those copies (counted above and freed before the step)");
inline constexpr const char *derivStepPeak =
    QT_TRANSLATE_NOOP("headroom::Message", "the optimizer step's temporaries, larger than the activations at the backward peak: %1");
inline constexpr const char *derivStepSmaller =
    QT_TRANSLATE_NOOP("headroom::Message", "%1; the optimizer step's temporaries (%2) are smaller");
inline constexpr const char *derivLiveSet =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 samples × %2 largest live set per sample (%3, no autograd)");
inline constexpr const char *derivLiveSetPrefill =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 samples × %2 largest live set per sample (%3, prefill of %4 tokens, no autograd)");
inline constexpr const char *derivDequantisedLargest =
    QT_TRANSLATE_NOOP("headroom::Message", "dequantised 16-bit copy of the largest quantised matrix (%1 weights × 2 B) during prefill");
inline constexpr const char *derivDequantisedFfn =
    QT_TRANSLATE_NOOP("headroom::Message", "dequantised 16-bit copy of the largest quantised matrix (%1 × %2 × 2 B) during prefill");
inline constexpr const char *derivDynamicCache =
    QT_TRANSLATE_NOOP("headroom::Message", "DynamicCache growth: torch.cat copies one layer's keys and values each step (one layer's cache)");
inline constexpr const char *derivHostLoading =
    QT_TRANSLATE_NOOP("headroom::Message", "model materialised on the host while loading: %1 process(es) × %2");
inline constexpr const char *derivHostLoadingShard =
    QT_TRANSLATE_NOOP("headroom::Message", "model materialised on the host while loading: %1 process(es) × %2 (its tensor/pipeline shard)");
inline constexpr const char *derivCheckpointStaging =
    QT_TRANSLATE_NOOP("headroom::Message", "checkpoint consolidated on one host: weights + master weights + optimizer states (%1), beyond the loading copies");

// Serving engines (engine/serving): vLLM, SGLang and TGI (paged), llama.cpp.
inline constexpr const char *derivKvOfType =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 (%2)");
inline constexpr const char *derivPagedHostRuntime =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 processes (API server, engine) × ~1 GB CUDA build of PyTorch; safetensors are memory-mapped (page cache, not counted)");
inline constexpr const char *derivPagedHostRuntimeTp =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 processes (API server, engine, tensor-parallel workers) × ~1 GB CUDA build of PyTorch; safetensors are memory-mapped (page cache, not counted)");
inline constexpr const char *derivPagedNonTorch =
    QT_TRANSLATE_NOOP("headroom::Message", "non-torch memory (CUDA context, cuBLAS): 1.79 GiB measured by vLLM on an H100");
inline constexpr const char *derivPagedNonTorchTp =
    QT_TRANSLATE_NOOP("headroom::Message", "non-torch memory (CUDA context, cuBLAS, NCCL): 1.79 GiB measured by vLLM on an H100, doubled with tensor parallel (3.58 GiB measured)");
inline constexpr const char *derivPagedProfile =
    QT_TRANSLATE_NOOP("headroom::Message", "start-up profile: forward pass of %1 batched tokens (%2 live) + sampling %3 sequences × %4 vocabulary × 14 B (16-bit logits, fp32 logits, probabilities, log-probabilities)");
inline constexpr const char *derivPagedCudaGraphs =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 CUDA graphs (decode batches up to %2) × ~6 MiB + the decode live set at %2 sequences");
inline constexpr const char *derivPagedKv =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 sequences × %2 blocks of %3 tokens (%4-token context) × %5 per block; per sequence %6; %7 fills the rest of its share with free blocks");
inline constexpr const char *derivPagedKvPrefix =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 sequences × %2 blocks of %3 tokens (%4-token context) × %5 per block; per sequence %6; cached prefixes reuse these blocks; %7 fills the rest of its share with free blocks");
inline constexpr const char *derivLlamaMapped =
    QT_TRANSLATE_NOOP("headroom::Message", "memory-mapped from the model file (page cache: shared, reclaimable, not private)");
inline constexpr const char *derivLlamaPrivate =
    QT_TRANSLATE_NOOP("headroom::Message", "read into private memory (use_mmap off)");
inline constexpr const char *derivLlamaHostRuntimeCuda =
    QT_TRANSLATE_NOOP("headroom::Message", "llama.cpp with the CUDA runtime and cuBLAS loaded (~0.3 GB, estimate)");
inline constexpr const char *derivLlamaHostRuntime =
    QT_TRANSLATE_NOOP("headroom::Message", "llama.cpp process (~50 MB, estimate)");
inline constexpr const char *derivLlamaHostEmbedding =
    QT_TRANSLATE_NOOP("headroom::Message", "token embedding on the CPU, %1");
inline constexpr const char *derivLlamaHostEmbeddingOutput =
    QT_TRANSLATE_NOOP("headroom::Message", "token embedding + output layer on the CPU, %1");
inline constexpr const char *derivLlamaHostLayers =
    QT_TRANSLATE_NOOP("headroom::Message", "token embedding + %1 layers × %2 on the CPU, %3");
inline constexpr const char *derivLlamaHostLayersOutput =
    QT_TRANSLATE_NOOP("headroom::Message", "token embedding + %1 layers × %2 + output layer on the CPU, %3");
inline constexpr const char *derivLlamaKvCpu =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 CPU layers × (%2) ÷ %3 layers");
inline constexpr const char *derivLlamaKvGpu =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 GPU layers × (%2) ÷ %3 layers");
inline constexpr const char *derivLlamaCpuCompute =
    QT_TRANSLATE_NOOP("headroom::Message", "CPU compute buffer: max(attention %1, output %2) for n_ubatch %3 and n_ctx %4");
inline constexpr const char *derivLlamaCpuComputeFlash =
    QT_TRANSLATE_NOOP("headroom::Message", "CPU compute buffer: max(attention %1, output %2) for n_ubatch %3 and n_ctx %4, flash attention");
inline constexpr const char *derivLlamaHostCompute =
    QT_TRANSLATE_NOOP("headroom::Message", "host compute buffer: input embeddings (n_ubatch × hidden × 4 B) + KQ mask (n_ctx × n_ubatch × %1 B)");
inline constexpr const char *derivLlamaOutputBuffer =
    QT_TRANSLATE_NOOP("headroom::Message", "output buffer: %1 sequences' logits × %2 × 4 B");
inline constexpr const char *derivLlamaDeviceRuntime =
    QT_TRANSLATE_NOOP("headroom::Message", "CUDA context, cuBLAS and the ggml CUDA pool (~0.3 GB, estimate)");
inline constexpr const char *derivLlamaGpuLayers =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 of %2 layers × %3 (n_gpu_layers %4); %5");
inline constexpr const char *derivLlamaGpuLayersOutput =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 of %2 layers × %3 + output layer (n_gpu_layers %4); %5");
inline constexpr const char *derivLlamaGpuCompute =
    QT_TRANSLATE_NOOP("headroom::Message", "GPU compute buffer: max(attention %1) for n_ubatch %2 and n_ctx %3, KQ scores heads × n_ubatch × n_ctx × 4 B + KQ mask n_ctx × n_ubatch × 4 B");
inline constexpr const char *derivLlamaGpuComputeFlash =
    QT_TRANSLATE_NOOP("headroom::Message", "GPU compute buffer: max(attention %1) for n_ubatch %2 and n_ctx %3, flash attention (no KQ scores), KQ mask n_ctx × n_ubatch × 2 B");
inline constexpr const char *derivLlamaGpuComputeOutput =
    QT_TRANSLATE_NOOP("headroom::Message", "GPU compute buffer: max(attention %1, output %2) for n_ubatch %3 and n_ctx %4, KQ scores heads × n_ubatch × n_ctx × 4 B + KQ mask n_ctx × n_ubatch × 4 B");
inline constexpr const char *derivLlamaGpuComputeOutputFlash =
    QT_TRANSLATE_NOOP("headroom::Message", "GPU compute buffer: max(attention %1, output %2) for n_ubatch %3 and n_ctx %4, flash attention (no KQ scores), KQ mask n_ctx × n_ubatch × 2 B");

inline constexpr const char *derivPeak =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 [peak: %2]");
inline constexpr const char *derivLabelEncoding =
    QT_TRANSLATE_NOOP("headroom::Message", "label encoding np.unique(y, return_inverse=True): 5 × %1 × 8 B (copy, argsort, sorted copy, cumsum, inverse) + %1 B mask");
inline constexpr const char *derivConvertsCsr =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 converts the CSR matrix %2 → %3 (scipy astype copies the indices too): %4 × (%5 + %6) B + row pointers");
inline constexpr const char *derivConvertsX =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 converts X %2 → %3: %4 (%5 B)");
inline constexpr const char *derivCsrCopy =
    QT_TRANSLATE_NOOP("headroom::Message", "%1: CSR copy %2 × (%3 + %4) B + row pointers");
inline constexpr const char *derivBootstrapRows =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 distinct bootstrap rows");
inline constexpr const char *derivRows =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 rows");
inline constexpr const char *derivLeavesOf =
    QT_TRANSLATE_NOOP("headroom::Message", "%1, leaves of ~%2 rows");
inline constexpr const char *derivPureLeaves =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 × %2 nodes per row (pure leaves, %3 features per split)");
inline constexpr const char *derivMaxLeafNodes =
    QT_TRANSLATE_NOOP("headroom::Message", "%1, max_leaf_nodes %2");
inline constexpr const char *derivCutAtDepth =
    QT_TRANSLATE_NOOP("headroom::Message", "%1, cut at depth %2 (%3 % of the full tree)");

inline constexpr const char *derivPhaseLabelEncoding =
    QT_TRANSLATE_NOOP("headroom::Message", "label encoding");
inline constexpr const char *derivCsrToCsc =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 converts CSR → float32 CSC: %2 × (4 + 4) B + column pointers");
inline constexpr const char *derivPhaseLastTree =
    QT_TRANSLATE_NOOP("headroom::Message", "building the last tree");
inline constexpr const char *derivYFloat64 =
    QT_TRANSLATE_NOOP("headroom::Message", "y as float64 %1 × 8 B");
inline constexpr const char *derivFinishedTree =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 finished tree × %2 nodes × %3 B (56 B node + %4 × 8 B value); nodes: %5");
inline constexpr const char *derivFinishedTreeClasses =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 finished tree × %2 nodes × %3 B (56 B node + %4 × 8 B value, 2 classes assumed); nodes: %5");
inline constexpr const char *derivFinishedTrees =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 finished trees × %2 nodes × %3 B (56 B node + %4 × 8 B value); nodes: %5");
inline constexpr const char *derivFinishedTreesClasses =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 finished trees × %2 nodes × %3 B (56 B node + %4 × 8 B value, 2 classes assumed); nodes: %5");
inline constexpr const char *derivTreeGrown =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 tree being grown: %2 nodes × 56 B + value array at capacity %3 × %4 B");
inline constexpr const char *derivTreesGrown =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 trees being grown: %2 nodes × 56 B + value array at capacity %3 × %4 B");
inline constexpr const char *derivSplitter =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 × splitter buffers %2 × (8 B index + 4 B value)");
inline constexpr const char *derivSplitterBootstrap =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 × splitter buffers %2 × (8 B index + 4 B value + 24 B bootstrap weights, draws and counts)");
inline constexpr const char *derivPhaseBoostingStages =
    QT_TRANSLATE_NOOP("headroom::Message", "boosting stages");
inline constexpr const char *derivCscAndCsr =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 keeps float32 CSC and CSR copies of X");
inline constexpr const char *derivBoostingVectors =
    QT_TRANSLATE_NOOP("headroom::Message", "y, sample_weight, raw predictions + copy, residual, apply/predict outputs, splitter %1");
inline constexpr const char *derivStages =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 stages × %2 nodes × %3 B (%4)");

inline constexpr const char *derivPhaseDatasetConstruction =
    QT_TRANSLATE_NOOP("headroom::Message", "Dataset construction");
inline constexpr const char *derivXToFloat32 =
    QT_TRANSLATE_NOOP("headroom::Message", "X converted to float32: %1");
inline constexpr const char *derivBinBoundarySample =
    QT_TRANSLATE_NOOP("headroom::Message", "bin-boundary sample %1 rows × 8 B");
inline constexpr const char *derivPhaseBoosting =
    QT_TRANSLATE_NOOP("headroom::Message", "boosting");
inline constexpr const char *derivLgbmBinned =
    QT_TRANSLATE_NOOP("headroom::Message", "binned Dataset: %1 values × %2 B");
inline constexpr const char *derivLgbmBinnedCsr =
    QT_TRANSLATE_NOOP("headroom::Message", "binned Dataset: %1 values × %2 B + 1 B row delta");
inline constexpr const char *derivLgbmRowState =
    QT_TRANSLATE_NOOP("headroom::Message", "gradients, hessians (4 B), scores (8 B), data partition (2 × 4 B) per row");
inline constexpr const char *derivLgbmHistogramPool =
    QT_TRANSLATE_NOOP("headroom::Message", "histogram pool %1 leaves × %2 bins × 16 B");
inline constexpr const char *derivTreesNodes48 =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 trees × %2 nodes × 48 B");
inline constexpr const char *derivHgbDensified =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 does not take sparse input in 1.2; densified as float64: %2");
inline constexpr const char *derivHgbEarlyStopping =
    QT_TRANSLATE_NOOP("headroom::Message", "early stopping: train_test_split copies X into %1 training + %2 validation rows × %3 × 8 B");
inline constexpr const char *derivHgbY =
    QT_TRANSLATE_NOOP("headroom::Message", "y as float64");
inline constexpr const char *derivHgbYSplit =
    QT_TRANSLATE_NOOP("headroom::Message", "y as float64, and its split");
inline constexpr const char *derivPhaseBinEdges =
    QT_TRANSLATE_NOOP("headroom::Message", "fitting the bin edges");
inline constexpr const char *derivHgbSubsample =
    QT_TRANSLATE_NOOP("headroom::Message", "bin-edge subsample %1 × %2 × 8 B");
inline constexpr const char *derivHgbPercentiles =
    QT_TRANSLATE_NOOP("headroom::Message", "per-feature column, unique and percentile temporaries 4 × %1 × 8 B");
inline constexpr const char *derivPhaseBoostingIterations =
    QT_TRANSLATE_NOOP("headroom::Message", "boosting iterations");
inline constexpr const char *derivHgbBinned =
    QT_TRANSLATE_NOOP("headroom::Message", "binned data uint8 (%1 bins): %2 × %3 × 1 B");
inline constexpr const char *derivHgbGradients =
    QT_TRANSLATE_NOOP("headroom::Message", "raw predictions (8 B), gradients and hessians (4 B each): %1 × 16 B (+ validation predictions)");
inline constexpr const char *derivHgbPartition =
    QT_TRANSLATE_NOOP("headroom::Message", "grower partition and left/right buffers %1 × 3 × 4 B");
inline constexpr const char *derivHgbHistograms =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 node histograms × %2 features × %3 bins × 20 B");
inline constexpr const char *derivTreesNodes64 =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 trees × %2 nodes × 64 B");

inline constexpr const char *derivCentresCopy =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 centres a copy of X (copy_X=True)");
inline constexpr const char *derivLiblinearProblem =
    QT_TRANSLATE_NOOP("headroom::Message", "liblinear problem: %1 rows × %2 feature_node × 16 B");
inline constexpr const char *derivPhaseLeastSquares =
    QT_TRANSLATE_NOOP("headroom::Message", "least-squares solve");
inline constexpr const char *derivLsqrVectors =
    QT_TRANSLATE_NOOP("headroom::Message", "lsqr vectors %1");
inline constexpr const char *derivLstsqCopy =
    QT_TRANSLATE_NOOP("headroom::Message", "scipy.linalg.lstsq copies X to Fortran order for gelsd: %1");
inline constexpr const char *derivPhaseRidge =
    QT_TRANSLATE_NOOP("headroom::Message", "ridge solve (%1)");
inline constexpr const char *derivSvdCopy =
    QT_TRANSLATE_NOOP("headroom::Message", "SVD: Fortran copy of X + U, 2 × %1");
inline constexpr const char *derivIterativeVectors =
    QT_TRANSLATE_NOOP("headroom::Message", "iterative solver vectors %1");
inline constexpr const char *derivDualCholesky =
    QT_TRANSLATE_NOOP("headroom::Message", "dual Cholesky kernel X Xᵀ: %1² × %2 B");
inline constexpr const char *derivCholesky =
    QT_TRANSLATE_NOOP("headroom::Message", "Cholesky normal equations Xᵀ X: %1² × %2 B");
inline constexpr const char *derivPhaseCoordinateDescent =
    QT_TRANSLATE_NOOP("headroom::Message", "coordinate descent");
inline constexpr const char *derivCsrToCscTyped =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 converts CSR → CSC: %2 × (%3 + %4) B");
inline constexpr const char *derivFortranCopy =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 copies X to Fortran order (copy_X, fit_intercept)");
inline constexpr const char *derivSquares =
    QT_TRANSLATE_NOOP("headroom::Message", "np.square(X) for the column norms: %1 × %2 B (transient)");
inline constexpr const char *derivResidual =
    QT_TRANSLATE_NOOP("headroom::Message", "residual and y in X's dtype %1");
inline constexpr const char *derivClassWeights =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 + sample_weight and class weights 2 × %2 × 8 B");
inline constexpr const char *derivPhaseSolver =
    QT_TRANSLATE_NOOP("headroom::Message", "solver %1");
inline constexpr const char *derivTronVectors =
    QT_TRANSLATE_NOOP("headroom::Message", "TRON vectors (C, z, D, y) %1");
inline constexpr const char *derivLossVectors =
    QT_TRANSLATE_NOOP("headroom::Message", "sample_weight, y, raw prediction, loss, gradient %1");
inline constexpr const char *derivHessianCopy =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 × hessian-weighted copy hX = h[:, None] · X: %2");
inline constexpr const char *derivSagMemory =
    QT_TRANSLATE_NOOP("headroom::Message", "SAG gradient memory and squared row norms %1");
inline constexpr const char *derivPhaseSgd =
    QT_TRANSLATE_NOOP("headroom::Message", "SGD epochs");
inline constexpr const char *derivSgdClassifierVectors =
    QT_TRANSLATE_NOOP("headroom::Message", "y as ±1, y in float64, sample_weight n × 8 B each, validation mask n × 1 B");
inline constexpr const char *derivSgdVectors =
    QT_TRANSLATE_NOOP("headroom::Message", "y, sample_weight n × 8 B each, validation mask n × 1 B");
inline constexpr const char *derivPlusSampleWeight =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 + sample_weight");
inline constexpr const char *derivPhaseLiblinear =
    QT_TRANSLATE_NOOP("headroom::Message", "liblinear solve");
inline constexpr const char *derivDualCd =
    QT_TRANSLATE_NOOP("headroom::Message", "dual coordinate descent (alpha, QD, index, y) %1");

inline constexpr const char *derivBruteForce =
    QT_TRANSLATE_NOOP("headroom::Message", "brute force keeps a reference to X (no index)");
inline constexpr const char *derivKdTreeIndex =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 index: %2 indices × 8 B + %3 nodes × (32 B + 2 × %4 × 8 B bounds)");
inline constexpr const char *derivBallTreeIndex =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 index: %2 indices × 8 B + %3 nodes × (32 B + %4 × 8 B bounds)");
inline constexpr const char *derivTheIndex =
    QT_TRANSLATE_NOOP("headroom::Message", "the %1");
inline constexpr const char *derivPlusEncodedLabels =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 + encoded labels n × 8 B");
inline constexpr const char *derivPhasePredicting =
    QT_TRANSLATE_NOOP("headroom::Message", "index built, predicting");
inline constexpr const char *derivEncodedLabels =
    QT_TRANSLATE_NOOP("headroom::Message", "encoded labels %1 × 8 B");
inline constexpr const char *derivPairwiseChunks =
    QT_TRANSLATE_NOOP("headroom::Message", "pairwise distance chunks (working_memory 1 GiB)");
inline constexpr const char *derivArgKmin =
    QT_TRANSLATE_NOOP("headroom::Message", "ArgKmin: squared norms of the fitted rows %1 × 8 B + distance blocks 1 MiB");
inline constexpr const char *derivPhaseNeighbourhoods =
    QT_TRANSLATE_NOOP("headroom::Message", "neighbourhoods");
inline constexpr const char *derivNeighbourIndex =
    QT_TRANSLATE_NOOP("headroom::Message", "the neighbour index");
inline constexpr const char *derivNeighbourhoods =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 neighbourhoods × ~%2 neighbours × 8 B + 112 B array header each (eps %3, standardised features assumed)");
inline constexpr const char *derivNeighbourCounts =
    QT_TRANSLATE_NOOP("headroom::Message", "neighbour counts, labels (8 B each) and core mask (1 B)");
inline constexpr const char *derivDbscanStack =
    QT_TRANSLATE_NOOP("headroom::Message", "dbscan_inner expansion stack ~0.7 × the neighbour entries × 8 B");
inline constexpr const char *derivPhaseGamma =
    QT_TRANSLATE_NOOP("headroom::Message", "gamma='scale' variance");
inline constexpr const char *derivGammaScale =
    QT_TRANSLATE_NOOP("headroom::Message", "X.var() for gamma='scale': temporary %1");
inline constexpr const char *derivPhaseLibsvm =
    QT_TRANSLATE_NOOP("headroom::Message", "libsvm solve");
inline constexpr const char *derivKernelCache =
    QT_TRANSLATE_NOOP("headroom::Message", "kernel cache min(cache_size %1 MB, %2² × 4 B)");
inline constexpr const char *derivSvmArrays =
    QT_TRANSLATE_NOOP("headroom::Message", "solver arrays %1 × 56 B + row nodes %2 × 16 B");
inline constexpr const char *derivLibsvmNodes =
    QT_TRANSLATE_NOOP("headroom::Message", "libsvm sparse nodes (non-zeros + terminators) × 16 B");
inline constexpr const char *derivPhaseSupportVectors =
    QT_TRANSLATE_NOOP("headroom::Message", "support vectors copied");
inline constexpr const char *derivSupportVectors =
    QT_TRANSLATE_NOOP("headroom::Message", "support vectors (up to all %1 samples) × %2 × 8 B");

inline constexpr const char *derivVarianceTemporary =
    QT_TRANSLATE_NOOP("headroom::Message", "%1: np.var makes X − mean, %2 (transient)");
inline constexpr const char *derivPhaseTolerance =
    QT_TRANSLATE_NOOP("headroom::Message", "tolerance (np.var)");
inline constexpr const char *derivPhaseLloyd =
    QT_TRANSLATE_NOOP("headroom::Message", "k-means++ and Lloyd iterations");
inline constexpr const char *derivKmeansVectors =
    QT_TRANSLATE_NOOP("headroom::Message", "k-means++ candidate distances, closest distances, squared norms, sample_weight %1");
inline constexpr const char *derivKmeansLabels =
    QT_TRANSLATE_NOOP("headroom::Message", "labels and previous labels %1 × 2 × 4 B");
inline constexpr const char *derivKmeansSparse =
    QT_TRANSLATE_NOOP("headroom::Message", "k-means++ sparse product: Xᵀ converted to CSR (a copy of X) + an index copy %1 × 4 B");
inline constexpr const char *derivElkan =
    QT_TRANSLATE_NOOP("headroom::Message", "Elkan bounds %1 × (%2 + 1) × %3 B");
inline constexpr const char *derivCentroids =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 centroids × %2 features");
inline constexpr const char *derivPhaseMiniBatch =
    QT_TRANSLATE_NOOP("headroom::Message", "mini-batch steps");
inline constexpr const char *derivMiniBatchVectors =
    QT_TRANSLATE_NOOP("headroom::Message", "squared norms and sample_weight %1 + init subsample %2 rows");
inline constexpr const char *derivPhaseSvd =
    QT_TRANSLATE_NOOP("headroom::Message", "SVD (%1)");
inline constexpr const char *derivPcaCentres =
    QT_TRANSLATE_NOOP("headroom::Message", "PCA centres a copy of X");
inline constexpr const char *derivPcaDensifies =
    QT_TRANSLATE_NOOP("headroom::Message", "PCA densifies X: %1");
inline constexpr const char *derivSvdGesdd =
    QT_TRANSLATE_NOOP("headroom::Message", "scipy.linalg.svd copies X for gesdd: %1");
inline constexpr const char *derivU =
    QT_TRANSLATE_NOOP("headroom::Message", "U %1 × %2 × %3 B");
inline constexpr const char *derivArpackSized =
    QT_TRANSLATE_NOOP("headroom::Message", "ARPACK Lanczos vectors %1 × %2 × 8 B");
inline constexpr const char *derivRandomizedSvd =
    QT_TRANSLATE_NOOP("headroom::Message", "randomized SVD: 4 × %1 × %2 × %3 B (range, LU, U)");
inline constexpr const char *derivComponents =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 components × %2 × 8 B");
inline constexpr const char *derivPhaseRandomizedSvd =
    QT_TRANSLATE_NOOP("headroom::Message", "randomized SVD");
inline constexpr const char *derivArpack =
    QT_TRANSLATE_NOOP("headroom::Message", "ARPACK Lanczos vectors");
inline constexpr const char *derivPhaseExplainedVariance =
    QT_TRANSLATE_NOOP("headroom::Message", "explained variance");
inline constexpr const char *derivUAndTransformed =
    QT_TRANSLATE_NOOP("headroom::Message", "U %1 × %2 and X_transformed %1 × %3");
inline constexpr const char *derivTransformedCopy =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 transformed copy (kept as the result)");
inline constexpr const char *derivPhaseIncrementalMean =
    QT_TRANSLATE_NOOP("headroom::Message", "fit: incremental mean and variance");
inline constexpr const char *derivNanMask =
    QT_TRANSLATE_NOOP("headroom::Message", "np.isnan(X) mask %1 × %2 × 1 B");
inline constexpr const char *derivMinusMean =
    QT_TRANSLATE_NOOP("headroom::Message", "X − mean in float64: %1 (transient)");
inline constexpr const char *derivPhaseAbs =
    QT_TRANSLATE_NOOP("headroom::Message", "fit: np.abs(X)");
inline constexpr const char *derivAbsTemporary =
    QT_TRANSLATE_NOOP("headroom::Message", "np.abs(X) temporary (transient)");
inline constexpr const char *derivPhaseTransform =
    QT_TRANSLATE_NOOP("headroom::Message", "transform");
inline constexpr const char *derivPhasePerClass =
    QT_TRANSLATE_NOOP("headroom::Message", "per-class statistics");
inline constexpr const char *derivPerClass =
    QT_TRANSLATE_NOOP("headroom::Message", "X[y == c] and its np.var temporary, 2 × half of %1 (2 balanced classes assumed)");
inline constexpr const char *derivUniqueClasses =
    QT_TRANSLATE_NOOP("headroom::Message", "np.unique(y) for the classes");

inline constexpr const char *derivXgbCudaContext =
    QT_TRANSLATE_NOOP("headroom::Message", "CUDA context + xgboost kernels (typical)");
inline constexpr const char *derivEllpack =
    QT_TRANSLATE_NOOP("headroom::Message", "ELLPACK page: %1 rows × %2 values × %3 bits");
inline constexpr const char *derivXgbGpuRowState =
    QT_TRANSLATE_NOOP("headroom::Message", "gradient pairs, predictions, labels, row partition: %1 × 28 B");
inline constexpr const char *derivXgbGpuHistograms =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 node histograms × %2 bins × 16 B");
inline constexpr const char *derivBoosterDevice =
    QT_TRANSLATE_NOOP("headroom::Message", "booster trees (device copy)");
inline constexpr const char *derivPhaseBoostingMethod =
    QT_TRANSLATE_NOOP("headroom::Message", "boosting (%1)");
inline constexpr const char *derivSparsePage =
    QT_TRANSLATE_NOOP("headroom::Message", "DMatrix SparsePage: %1 values × 8 B (uint32 index + float) + row offsets");
inline constexpr const char *derivExactColumns =
    QT_TRANSLATE_NOOP("headroom::Message", "sorted column-major copy for exact greedy splits: %1 × 8 B");
inline constexpr const char *derivBinIndex =
    QT_TRANSLATE_NOOP("headroom::Message", "bin index %1 × %2 B (%3 bins per feature) + row pointers + hit counts");
inline constexpr const char *derivQuantileDMatrix =
    QT_TRANSLATE_NOOP("headroom::Message", "QuantileDMatrix: %1");
inline constexpr const char *derivColumnMatrix =
    QT_TRANSLATE_NOOP("headroom::Message", "column matrix: %1 × (%2 B bin + 1 B missing flag)");
inline constexpr const char *derivColumnMatrixSparse =
    QT_TRANSLATE_NOOP("headroom::Message", "column matrix: %1 × (%2 B bin + 1 B missing flag + 8 B row index)");
inline constexpr const char *derivSortedCsc =
    QT_TRANSLATE_NOOP("headroom::Message", "SortedCSCPage for the hessian-weighted sketch: %1 × 8 B");
inline constexpr const char *derivGradientIndex =
    QT_TRANSLATE_NOOP("headroom::Message", "gradient index: %1");
inline constexpr const char *derivGradientIndexTwice =
    QT_TRANSLATE_NOOP("headroom::Message", "2 × gradient index: %1 (old and regenerated)");
inline constexpr const char *derivSampledGradients =
    QT_TRANSLATE_NOOP("headroom::Message", "sampled gradient copy and hessians %1 × 12 B");
inline constexpr const char *derivXgbHistograms =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 node histograms (+ %2 thread buffers) × %3 bins × 16 B");
inline constexpr const char *derivXgbRowState =
    QT_TRANSLATE_NOOP("headroom::Message", "gradient pairs, prediction cache, labels, row partition: %1 × 40 B");
inline constexpr const char *derivTreesNodes36 =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 trees × %2 nodes × 36 B");
inline constexpr const char *derivPhaseSketch =
    QT_TRANSLATE_NOOP("headroom::Message", "QuantileDMatrix sketch");
inline constexpr const char *derivSketches =
    QT_TRANSLATE_NOOP("headroom::Message", "quantile sketches %1 features × %2 written (limit %3 entries, %4 level(s))");
inline constexpr const char *derivSketchHeap =
    QT_TRANSLATE_NOOP("headroom::Message", "freed heap-allocated sketches kept resident by malloc: %1 × %2");
inline constexpr const char *derivPhaseLabelCheck =
    QT_TRANSLATE_NOOP("headroom::Message", "label check");
inline constexpr const char *derivXgbClasses =
    QT_TRANSLATE_NOOP("headroom::Message", "np.unique(y) for classes_: copy + sort, 2 × %1 × 8 B");
inline constexpr const char *derivPhaseHostSide =
    QT_TRANSLATE_NOOP("headroom::Message", "host side");
inline constexpr const char *derivCopiedBack =
    QT_TRANSLATE_NOOP("headroom::Message", "labels and predictions copied back %1 × 12 B");

inline constexpr const char *derivFeatures =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 features");
inline constexpr const char *derivStepsFeatures =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 steps × %2 features");
inline constexpr const char *derivTokens =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 tokens");
inline constexpr const char *derivCsrData =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 rows × %2 non-zeros × (%3 B %4 + %5 B index) + row pointers (CSR, density %6)");
inline constexpr const char *derivMappedBatches =
    QT_TRANSLATE_NOOP("headroom::Message", "memory-mapped: pages of %1 batch(es) of %2 samples × %3 resident (file %4)");
inline constexpr const char *derivMappedWhole =
    QT_TRANSLATE_NOOP("headroom::Message", "memory-mapped, every page touched by the fit: %1");
inline constexpr const char *derivCopyBatch =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 extra copy of %2 (one batch)");
inline constexpr const char *derivCopyInput =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 extra copy of %2 (the input data)");
inline constexpr const char *derivCopiesBatch =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 extra copies of %2 (one batch)");
inline constexpr const char *derivCopiesInput =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 extra copies of %2 (the input data)");
inline constexpr const char *derivBatch =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 samples × %2");
inline constexpr const char *derivBatchWithTargets =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 samples × %2 + targets");
inline constexpr const char *derivBatchInUse =
    QT_TRANSLATE_NOOP("headroom::Message", "1 batch being used: %1");
inline constexpr const char *derivBatchInUsePinned =
    QT_TRANSLATE_NOOP("headroom::Message", "1 batch being used: %1, plus its pinned-memory copy");
inline constexpr const char *derivPrefetched =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 batches (%2 workers × %3 prefetched + 1 in use) × %4");
inline constexpr const char *derivPrefetchedPinned =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 batches (%2 workers × %3 prefetched + 1 in use + 1 pinned copy) × %4");

// Labels of the transformer keys and their groups (scenario/model_keys.h), shown by the
// Model page and the report.
namespace label {
inline constexpr const char *learned = QT_TRANSLATE_NOOP("headroom::ModelKey", "Learned");
inline constexpr const char *rotary = QT_TRANSLATE_NOOP("headroom::ModelKey", "Rotary");
inline constexpr const char *eagerScoresMaterialised = QT_TRANSLATE_NOOP("headroom::ModelKey", "Eager (scores materialised)");
inline constexpr const char *flashScoresNotMaterialised = QT_TRANSLATE_NOOP("headroom::ModelKey", "Flash (scores not materialised)");
inline constexpr const char *sdpaFlashOrMemEfficient = QT_TRANSLATE_NOOP("headroom::ModelKey", "SDPA (flash or memory-efficient kernel)");
inline constexpr const char *sdpaMemEfficient = QT_TRANSLATE_NOOP("headroom::ModelKey", "SDPA memory-efficient kernel");
inline constexpr const char *sdpaDefault = QT_TRANSLATE_NOOP("headroom::ModelKey", "SDPA (default)");
inline constexpr const char *layers = QT_TRANSLATE_NOOP("headroom::ModelKey", "&Layers:");
inline constexpr const char *blocks = QT_TRANSLATE_NOOP("headroom::ModelKey", "blocks");
inline constexpr const char *hiddenSize = QT_TRANSLATE_NOOP("headroom::ModelKey", "&Hidden size:");
inline constexpr const char *units = QT_TRANSLATE_NOOP("headroom::ModelKey", "units");
inline constexpr const char *attentionHeads = QT_TRANSLATE_NOOP("headroom::ModelKey", "&Attention heads:");
inline constexpr const char *heads = QT_TRANSLATE_NOOP("headroom::ModelKey", "heads");
inline constexpr const char *keyvalueHeads = QT_TRANSLATE_NOOP("headroom::ModelKey", "&Key/value heads:");
inline constexpr const char *headDimension = QT_TRANSLATE_NOOP("headroom::ModelKey", "Head &dimension:");
inline constexpr const char *perHead = QT_TRANSLATE_NOOP("headroom::ModelKey", "per head");
inline constexpr const char *feedforwardSize = QT_TRANSLATE_NOOP("headroom::ModelKey", "&Feed-forward size:");
inline constexpr const char *vocabulary = QT_TRANSLATE_NOOP("headroom::ModelKey", "&Vocabulary:");
inline constexpr const char *tokens = QT_TRANSLATE_NOOP("headroom::ModelKey", "tokens");
inline constexpr const char *sequenceLength = QT_TRANSLATE_NOOP("headroom::ModelKey", "&Sequence length:");
inline constexpr const char *causalDecoder = QT_TRANSLATE_NOOP("headroom::ModelKey", "&Causal (decoder):");
inline constexpr const char *normalisation = QT_TRANSLATE_NOOP("headroom::ModelKey", "&Normalisation:");
inline constexpr const char *feedforwardType = QT_TRANSLATE_NOOP("headroom::ModelKey", "Feed-forward &type:");
inline constexpr const char *positions = QT_TRANSLATE_NOOP("headroom::ModelKey", "&Positions:");
inline constexpr const char *tiedEmbeddings = QT_TRANSLATE_NOOP("headroom::ModelKey", "&Tied embeddings:");
inline constexpr const char *attention = QT_TRANSLATE_NOOP("headroom::ModelKey", "Atte&ntion:");
inline constexpr const char *dropout = QT_TRANSLATE_NOOP("headroom::ModelKey", "&Dropout:");
inline constexpr const char *probability = QT_TRANSLATE_NOOP("headroom::ModelKey", "probability");
inline constexpr const char *qkvBiases = QT_TRANSLATE_NOOP("headroom::ModelKey", "Q/K/V &biases:");
inline constexpr const char *qknorm = QT_TRANSLATE_NOOP("headroom::ModelKey", "&QK-norm:");
inline constexpr const char *experts = QT_TRANSLATE_NOOP("headroom::ModelKey", "&Experts:");
inline constexpr const char *experts2 = QT_TRANSLATE_NOOP("headroom::ModelKey", "experts");
inline constexpr const char *expertsPerToken = QT_TRANSLATE_NOOP("headroom::ModelKey", "Experts per &token:");
inline constexpr const char *expertFeedforwardSize = QT_TRANSLATE_NOOP("headroom::ModelKey", "E&xpert feed-forward size:");
inline constexpr const char *sharedExperts = QT_TRANSLATE_NOOP("headroom::ModelKey", "Shared e&xperts:");
inline constexpr const char *sharedExpertFeedforwardSize = QT_TRANSLATE_NOOP("headroom::ModelKey", "Shared expert feed-forward size:");
inline constexpr const char *firstDenseLayers = QT_TRANSLATE_NOOP("headroom::ModelKey", "First dense layers:");
inline constexpr const char *expertBiases = QT_TRANSLATE_NOOP("headroom::ModelKey", "Expert biases:");
inline constexpr const char *queryRank = QT_TRANSLATE_NOOP("headroom::ModelKey", "Query rank:");
inline constexpr const char *n0NoCompression = QT_TRANSLATE_NOOP("headroom::ModelKey", "0 = no compression");
inline constexpr const char *keyvalueLatentRank = QT_TRANSLATE_NOOP("headroom::ModelKey", "Key/value latent rank:");
inline constexpr const char *rotaryHeadDimension = QT_TRANSLATE_NOOP("headroom::ModelKey", "Rotary head dimension:");
inline constexpr const char *nonrotaryHeadDimension = QT_TRANSLATE_NOOP("headroom::ModelKey", "Non-rotary head dimension:");
inline constexpr const char *valueHeadDimension = QT_TRANSLATE_NOOP("headroom::ModelKey", "Value head dimension:");
inline constexpr const char *window = QT_TRANSLATE_NOOP("headroom::ModelKey", "&Window:");
inline constexpr const char *everyNthLayerGlobal = QT_TRANSLATE_NOOP("headroom::ModelKey", "Every Nth layer global:");
inline constexpr const char *n0AllLocal = QT_TRANSLATE_NOOP("headroom::ModelKey", "0 = all local");
inline constexpr const char *mixtureOfExperts = QT_TRANSLATE_NOOP("headroom::ModelKey", "Mixture of experts");
inline constexpr const char *latentAttentionMla = QT_TRANSLATE_NOOP("headroom::ModelKey", "Latent attention (MLA)");
inline constexpr const char *slidingwindowAttention = QT_TRANSLATE_NOOP("headroom::ModelKey", "Sliding-window attention");
inline constexpr const char *transformer = QT_TRANSLATE_NOOP("headroom::ModelKey", "Transformer");
} // namespace label

} // namespace headroom::msg
