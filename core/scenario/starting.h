#pragma once
/// @file starting.h
/// Defaults for the parts of a scenario the user has not reached yet. The sizing wizard
/// asks for the dataset, then the model, then the training, then the hardware; until a part
/// is reached it holds defaults, and those must suit what was answered before (a token
/// corpus gets a language model, not the image network of the starting scenario; an 8B
/// language model gets a batch that a GPU can hold), so that no page shows an error or an
/// absurd figure that comes from a page the user has not seen.

#include "scenario/scenario.h"

#include <string_view>

namespace headroom {

/// The parts of a scenario in the order the sizing wizard asks for them.
enum class ScenarioPart { Dataset, Model, Training, Hardware };

/// Adapts the parts from `firstUnreached` on to the parts before it; parts before
/// `firstUnreached` are never changed. Rules:
/// - model (unreached): a deep network that cannot take the dataset's input is replaced by
///   the usual one for that input (resnet18 for images, gpt2 for tokens, an LSTM for
///   sequences, an MLP for table rows);
/// - training (unreached): the batch suits the model (8 sequences for a transformer, as
///   fine-tuning recipes use; 32 for images larger than 64×64; 128 for small images), and
///   a transformer trains in mixed bf16 (PyTorch 2.x autocast) on GPUs that have bf16. A
///   language model of a billion parameters or more trains as the fine-tuning recipes for
///   such models do: 4 sequences per GPU with activation checkpointing.
void suitUnreachedParts(Scenario &s, ScenarioPart firstUnreached);

/// Whether a GPU of this model name computes in bfloat16: every NVIDIA GPU from Ampere
/// (A100, RTX 30xx, 2020) on, AMD's MI200/MI300, Intel's Gaudi. Older ones (V100, T4,
/// P100, the RTX 20xx/GTX series) do not; an unknown name counts as having it only when it
/// names no older generation.
bool gpuHasBf16(std::string_view gpuModel);

} // namespace headroom
