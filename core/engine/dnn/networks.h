#pragma once
// Layer graphs of the networks the engine knows: each records onto a Tape what its
// forward pass keeps for backward, following what PyTorch's autograd saves per
// operation (a convolution or linear layer its input, batch norm its input, ReLU its
// output, GELU and SiLU their input, dropout its mask, softmax its output, max-pooling
// its input and int64 indices, cross-entropy its log-probabilities).

#include "engine/dnn/tape.h"
#include "scenario/scenario.h"

#include <string_view>

namespace headroom::dnn {

/// A torchvision network (resnet*, vgg16, mobilenet_v2, efficientnet_b0, vit_b_16) on
/// images of channels×height×width, with a classifier of `outputs` classes. Returns
/// false for an unknown name.
bool recordVision(std::string_view preset, const InputShape &image, std::int64_t outputs, Tape &tape);

/// Which parts of a block are kept for backward: everything, all but the attention core
/// (Korthikanti's selective recomputation), the block input only, or the outputs of
/// every other matmul and of the attention (torchtitan's op-level selective policy).
enum class BlockCheckpoint { None, Selective, Full, SelectiveOp };

/// The MLP of the spec on `inputs` features; with checkpointing each hidden block
/// (Linear, activation, dropout) keeps only its input.
void recordMlp(const Architecture &arch, std::int64_t inputs, BlockCheckpoint ckpt, Tape &tape);

/// The RNN of the spec on sequences of `steps` × `features`.
void recordRnn(const Architecture &arch, std::int64_t steps, std::int64_t features, Tape &tape);

/// A decoder (GPT-2 / LLaMA style, pre-norm) or BERT-style encoder, as eager PyTorch
/// runs it; `encoder` adds BERT's token-type embeddings, post-norm and pooler.
/// `positionRows` is the size of a learned position table (a preset's published maximum;
/// seq_len otherwise).
void recordTransformer(const TransformerConfig &c, std::int64_t positionRows, bool encoder, BlockCheckpoint ckpt,
                       Tape &tape);

/// Parameters of a transformer configuration (exact for the published presets).
std::int64_t transformerParameters(const TransformerConfig &c, std::int64_t positionRows, bool encoder);

/// Parameter counts of a transformer: all of them, those one token runs through (a
/// mixture's k routed experts of E, and everything that is not a routed expert), and
/// those of the routed experts (what expert parallelism splits).
struct TransformerCounts {
    std::int64_t total = 0;
    std::int64_t active = 0;
    std::int64_t routedExperts = 0;
};
TransformerCounts transformerCounts(const TransformerConfig &c, std::int64_t positionRows, bool encoder);
/// The same, given the total already recorded.
TransformerCounts transformerCounts(const TransformerConfig &c, std::int64_t total);

/// Dimension of one attention head: head_dim, or hidden / heads.
std::int64_t headDimOf(const TransformerConfig &c);

/// Values per token one block's forward pass holds at once at inference (flash
/// attention: no s×s scores), on one of `tp` tensor-parallel ranks, in its two phases.
/// The MLP phase is the rule the inference tape records (recordTransformer): residual and
/// normed input, with experts each token's copies to and from its k experts, the FFN
/// hidden of k routed (+ shared) experts' widths or the dense width, the router logits.
/// The attention phase: residual, normed input, q, k, v and the output, with latent
/// attention (MLA) its per-head projections and latents.
struct ForwardWidths {
    std::int64_t mlp = 0;
    std::int64_t attention = 0;
};
ForwardWidths forwardWidths(const TransformerConfig &c, std::int64_t tp = 1);

} // namespace headroom::dnn
