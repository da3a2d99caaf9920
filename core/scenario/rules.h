#pragma once
/// @file rules.h
/// Domain rules that editors of a scenario apply (the wizard, the scenario editor, the
/// command line alike): which estimators a framework offers, what switching framework
/// keeps and resets, the common datasets a scenario can start from.

#include "scenario/scenario.h"

#include <optional>
#include <span>
#include <string_view>

namespace headroom {

/// The estimator classes offered for a classical framework, the default first among
/// the common ones (scikit-learn's list for any other framework).
std::span<const std::string_view> estimatorsFor(Framework framework);

/// The estimator a new classical model of `framework` starts with.
std::string_view defaultEstimator(Framework framework);

/// A network that suits a dataset's input, for a scenario coming to deep learning or a
/// model not chosen yet: resnet18 with 10 classes for images, gpt2 for tokens, a 2-layer
/// LSTM of 256 for sequences, an MLP of 256 × 256 for tables.
Architecture architectureFor(const InputShape &input);

/// Switches a network to `kind`, filling what that kind needs and does not have yet with
/// architectureFor()'s choices (a preset suited to `input`, the MLP's and RNN's widths),
/// a GPT-2-small-sized transformer, or 100 M parameters for a custom network.
void switchArchitectureKind(Architecture &architecture, ArchitectureKind kind, const InputShape &input);

/// Switches the scenario's framework. Leaving deep learning stores the architecture in
/// `remembered` (and drops a GPU device scikit-learn cannot use); coming back restores it,
/// or picks the architectureFor() the dataset's input. A classical framework keeps its
/// estimator when it offers it, else gets its default and empty parameters.
void switchFramework(Scenario &scenario, Framework framework, std::optional<Architecture> &remembered);

/// Switches the run's task. Training drops the generation and serving settings. Inference
/// turns mixed precision into its 16-bit type: mixed precision keeps fp32 weights for the
/// optimizer's sake, and a model is loaded for inference in the compute dtype
/// (torch_dtype=bfloat16), so keeping it would count every weight twice over; it also
/// drops the training-only optimizer step, loss chunks and activation offloading.
void switchTask(Scenario &scenario, Task task);

/// Datasets a scenario can start from.
enum class DatasetPreset {
    ImageNet1k,   ///< ILSVRC-2012 training set, decoded 224×224 RGB crops, streamed
    Cifar10,      ///< 50,000 32×32 RGB images in memory
    TokenCorpus,  ///< about 2 billion tokens as 1 million packed 2048-token sequences, memory-mapped
    WideTable,    ///< 1 million rows × 2,000 float32 features
};

/// Every dataset preset, in the order editors list them.
std::span<const DatasetPreset> datasetPresets();

/// The dataset of a preset.
Dataset datasetPreset(DatasetPreset preset);

} // namespace headroom
