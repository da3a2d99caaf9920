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
inline constexpr const char *generationModel = QT_TRANSLATE_NOOP("headroom::Message", "only for a transformer language model");
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

// Derivations of components (Component::derivationParts); others are English text still.
inline constexpr const char *derivDenseData =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 samples × %2 × %3 B %4");
inline constexpr const char *derivDenseDataPerProcess =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 samples × %2 × %3 B %4 × %5 processes (one per device)");
inline constexpr const char *derivTargets = QT_TRANSLATE_NOOP("headroom::Message", "%1 samples × %2 × %3 B %4");
inline constexpr const char *derivTargetsPerProcess =
    QT_TRANSLATE_NOOP("headroom::Message", "%1 samples × %2 × %3 B %4 × %5 processes (one per device)");
inline constexpr const char *derivWorkers = QT_TRANSLATE_NOOP(
    "headroom::Message", "%1 worker processes × %2 private pages each (interpreter state touched after fork)");
inline constexpr const char *derivWorkersPerProcess = QT_TRANSLATE_NOOP(
    "headroom::Message",
    "%1 worker processes × %2 private pages each (interpreter state touched after fork) × %3 processes (one per device)");
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
