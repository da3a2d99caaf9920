#pragma once
// Activation memory at the peak of a training step or an inference batch, from a Tape.

#include "engine/dnn/tape.h"

#include <string>

namespace headroom::dnn {

struct ActivationPeak {
    Bytes bytes = 0;          ///< activations live at the step's peak, gradients excluded
    Bytes saved = 0;          ///< everything saved for backward (whole batch)
    Bytes gradsPresent = 0;   ///< gradient bytes already allocated at that moment
    Bytes largestTensor = 0;  ///< the largest single activation tensor (whole batch)
    Bytes offloaded = 0;      ///< with activation offloading: what host RAM holds (whole batch)
    /// The peak is the forward's end, with the previous step's outputs still held.
    bool forwardEnd = false;
    Bytes heldOutputs = 0;    ///< those outputs (whole batch), when forwardEnd
};

/// Training: the forward's end, where the outputs of the previous step (Tape::hold) are
/// still alive, and a walk backward from the last layer: at layer i the saved tensors of
/// layers 0..i, its recomputed ones, two gradient-sized temporaries of its largest
/// tensor, the gradients of layers i..n and this step's outputs are alive. `gradients` are the bytes of all gradients;
/// with accumulation they all exist from the second micro-batch on. The first
/// `frozenParams` parameters are frozen (a frozen backbone): autograd records nothing
/// for the layers that hold them, since no input of theirs requires a gradient.
/// `offloaded`: activation offloading (torchtune's OffloadActivations, torch's
/// save_on_cpu) moves each saved tensor to host RAM as the forward saves it and brings it
/// back just before its backward: the device holds the last layer's (the loss's, which
/// torchtune keeps there) until its backward, then the layer being differentiated and
/// the one being fetched. `tiedTrained`: a tied embedding (Tape::tieGradient) is trained,
/// so its gradient exists from the output layer's backward on.
ActivationPeak trainingPeak(const Tape &t, std::int64_t batch, Bytes gradients, bool gradientsAlwaysPresent,
                            std::int64_t frozenParams = 0, bool offloaded = false, bool tiedTrained = true);

/// Inference (no autograd): the largest live set of one forward pass.
ActivationPeak inferencePeak(const Tape &t, std::int64_t batch);

} // namespace headroom::dnn
