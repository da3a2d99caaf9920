#pragma once
// What a network's forward pass leaves for the backward pass, recorded layer by layer
// in execution order: the tensors autograd saves (per sample), the parameters, and the
// largest transient tensor. Built per estimate into fixed-size arrays (no allocation),
// so that one estimate stays in the microseconds.

#include "scenario/enums.h"
#include "util/bytes.h"

#include <array>
#include <cstdint>

namespace headroom::dnn {

/// How tensors are sized while a network is recorded.
struct TapeOptions {
    int act = 4;            ///< bytes of one activation element (compute dtype)
    int mask = 4;           ///< bytes of one dropout-mask element
    bool training = true;   ///< autograd records saved tensors
    /// Bytes of the tensors autocast keeps in fp32 under mixed precision: the residual
    /// stream (embeddings are not autocast, and fp32 + bf16 promotes), norm internals and
    /// the loss (log_softmax runs in fp32). Equal to `act` otherwise.
    int wide = 4;
    int grad = 4;           ///< bytes of one gradient value (for the allocator model)
    /// torch.autocast: ops on its fp32 list (softmax, layer_norm, log_softmax) return fp32
    /// from 16-bit inputs, and the 16-bit copy the next matmul makes is saved as well.
    bool autocast = false;
    /// Hugging Face language models as run on GPUs: eager attention of the rotary
    /// families computes softmax in fp32 (the Llama family's softmax(..., dtype=float32),
    /// GPT-NeoX's fp32 rotary tables), and the loss upcasts the logits to fp32
    /// (logits.float()) before cross-entropy. The CPU calibration harness's own model
    /// does neither.
    bool hfUpcasts = false;
    /// In-place hardtanh (ReLU6) saves a copy of its input for backward: PyTorch 1.10
    /// changed its derivative from the result to the input (PR 62329; pytorch issue
    /// 95432, still open), so from then on inplace=True no longer saves the tensor.
    bool hardtanhClonesInput = true;
    /// The language model's output and cross-entropy run in this many chunks over the
    /// sequence (torchtune's CEWithChunkedOutputLoss), each upcast to fp32 on its own.
    std::int64_t lossChunks = 1;
    /// The chunked cross-entropy is compiled (torchtune compiles it with compile=True).
    bool compiledLoss = false;
    /// The loss is the outputs' sum, not a cross-entropy over them.
    bool sumLoss = false;
    /// The linear layers of the blocks that get LoRA adapters.
    LoraTargets loraTargets = kLoraAttention;
    /// LoRA dropout (lora_dropout > 0): each adapted layer's input is dropped out on its
    /// own, and the copy and its mask are saved.
    bool loraDropout = false;
    /// Bytes of each dropped copy when the adapters' dtype sets it (PEFT casts the input
    /// to fp32 adapters outside autocast); 0: the input's own dtype.
    int loraCopyBytes = 0;
};

/// One recorded stretch of the network (a layer or a whole block), possibly repeated.
struct TapeLayer {
    Bytes saved = 0;             ///< bytes per sample saved for backward
    Bytes transient = 0;         ///< largest tensor per sample made while it runs
    /// Tensors of the transient's size alive at once in the backward pass: the gradients of
    /// the layer's output and of its input (one where the output's gradient takes no memory).
    int transientCopies = 2;
    std::int64_t params = 0;     ///< trainable parameters of one repetition
    std::int64_t repeat = 1;     ///< identical repetitions (transformer blocks)
    /// Bytes per sample that the model's outputs reference (Tape::hold), part of `saved`:
    /// they outlive the layer's backward.
    Bytes held = 0;
    Bytes recompute = 0;         ///< bytes per sample rebuilt in backward (checkpointing)
};

/// Tensors of one size (per sample) and how many there are.
struct SizeClass {
    Bytes perSample = 0; ///< per sample; where a set says so, whole bytes or elements
    std::int64_t count = 0;
};

/// A small set of size classes: same-size tensors are merged through a 128-slot hash,
/// so that recording stays O(1) per tensor.
class SizeClasses {
public:
    void add(Bytes perSample, std::int64_t count);
    void clear();
    [[nodiscard]] int size() const { return m_n; }
    [[nodiscard]] const SizeClass &operator[](int i) const { return m_items[static_cast<std::size_t>(i)]; }

private:
    static constexpr int kSlots = 128;
    std::array<SizeClass, 64> m_items{};
    std::array<std::int8_t, kSlots> m_slot{}; // index + 1 into m_items, 0 = empty
    int m_n = 0;
};

class Tape {
public:
    explicit Tape(const TapeOptions &options) : m_opt(options) {}

    [[nodiscard]] const TapeOptions &options() const { return m_opt; }
    [[nodiscard]] int act() const { return m_opt.act; }
    [[nodiscard]] int wide() const { return m_opt.wide; }

    /// A tensor of `elements` per sample at `bytesPerElement` kept for backward.
    void save(std::int64_t elements, int bytesPerElement);
    /// An activation-dtype tensor kept for backward.
    void saveAct(std::int64_t elements) { save(elements, m_opt.act); }
    /// A tensor that exists while the current layer runs (backward temporaries).
    void transient(std::int64_t elements, int bytesPerElement);
    /// The current layer's backward holds one tensor of its transient's size at a time.
    void transientAlone() { m_current.transientCopies = 1; }
    /// A parameter tensor of `count` elements (a bias, a norm's weight) in the current layer.
    void addParams(std::int64_t count);
    /// A weight matrix rows × cols (a linear layer; a convolution as cout × cin·k·k).
    /// Factored optimizers (Adafactor) keep rows + cols values for it; LoRA adapts it.
    void addMatrix(std::int64_t rows, std::int64_t cols);
    /// `count` weight matrices rows × cols (the experts of a mixture), recorded at once.
    void addMatrices(std::int64_t count, std::int64_t rows, std::int64_t cols);
    /// Marks a weight matrix rows × cols as one that LoRA adapts (after adapts() chose
    /// it); a tape whose network never asked adapts() adapts every matrix.
    void adapt(std::int64_t rows, std::int64_t cols) { m_curAdapt = satAdd(m_curAdapt, satAdd(rows, cols)); }
    /// Whether LoRA adapts `layer` of a block; marks the tape as one that chose.
    [[nodiscard]] bool adapts(LoraLayer layer)
    {
        m_adaptChosen = true;
        return (m_opt.loraTargets & loraBit(layer)) != 0;
    }
    /// A tensor rebuilt in the current layer's backward (checkpointing): `count` tensors
    /// of `elements` per sample.
    void recompute(std::int64_t elements, int bytesPerElement, std::int64_t count = 1);
    /// The current layer runs `times` times in a row, identically (transformer blocks):
    /// its saved tensors and parameters count that many times.
    void setRepeat(std::int64_t times) { m_current.repeat = times < 1 ? 1 : times; }
    /// Closes the current layer; the following records start a new one.
    void endLayer();
    /// A tensor of `elements` per sample (times the current layer's repeat) that the model's
    /// returned outputs keep alive beyond the autograd graph: the logits, a returned KV
    /// cache. A loop `outputs = model(x)` holds them until the next step's call returns.
    void hold(std::int64_t elements, int bytesPerElement)
    {
        if (elements > 0)
            m_current.held = satAdd(m_current.held, satMul(elements, bytesPerElement));
    }
    /// The current layer's backward makes the first gradient of a weight of `elements`
    /// counted in the first layer (an output layer tied to the embedding): it exists from
    /// this layer's backward on, and the embedding's own gradient is added to it at the end.
    void tieGradient(std::int64_t elements)
    {
        m_tiedElements = elements;
        m_tiedLayer = m_nLayers;
    }
    /// Bytes not proportional to the batch (a shared attention mask), saved once.
    void saveFixed(Bytes bytes) { m_fixed = satAdd(m_fixed, bytes); }
    /// Forward-only live set per sample at this point (inference), tracked as a maximum.
    void live(Bytes perSample);

    [[nodiscard]] std::int64_t params() const { return m_params; }
    [[nodiscard]] std::int64_t largestParam() const { return m_largestParam; }
    /// The per-parameter optimizer loop's temporaries at their largest, in values: over the
    /// parameter tensors in order, twice a tensor (its denominator's square root and
    /// quotient) plus the one before it (the previous denominator, still bound).
    [[nodiscard]] std::int64_t stepLoopPeak() const { return m_stepLoopPeak; }
    /// Σ (rows + cols) over weight matrices, plus every non-matrix parameter: the
    /// elements of a factored second-moment estimate.
    [[nodiscard]] std::int64_t factoredElements() const { return m_factored; }
    /// Σ (rows + cols) over the matrices LoRA adapts.
    [[nodiscard]] std::int64_t matrixEdges() const { return m_adaptChosen ? m_adapt : m_edges; }
    [[nodiscard]] Bytes fixedSaved() const { return m_fixed; }
    /// Bytes per sample that the outputs hold (see hold()).
    [[nodiscard]] Bytes heldOutputs() const { return perSampleTotal(&TapeLayer::held); }
    /// The tied weight's elements and the layer whose backward makes its first gradient
    /// (see tieGradient()); 0 elements: none.
    [[nodiscard]] std::int64_t tiedElements() const { return m_tiedElements; }
    [[nodiscard]] int tiedLayer() const { return m_tiedLayer; }
    [[nodiscard]] Bytes savedPerSample() const { return perSampleTotal(&TapeLayer::saved); }
    [[nodiscard]] Bytes inferencePerSample() const { return m_inferPeak; }
    [[nodiscard]] int layerCount() const { return m_nLayers; }
    [[nodiscard]] const TapeLayer &layer(int i) const { return m_layers[static_cast<std::size_t>(i)]; }

    /// Parameter tensors grouped by element count, counts × repeats.
    [[nodiscard]] const SizeClasses &paramClasses() const { return m_paramSizes; }
    /// Saved tensors grouped by size (per sample), counts × repeats.
    [[nodiscard]] const SizeClasses &savedClasses() const { return m_sizes; }
    /// Recomputed tensors of the block with the most recomputation.
    [[nodiscard]] const SizeClasses &recomputeClasses() const { return m_recompute; }
    /// How many blocks (repetitions included) are recomputed in backward.
    [[nodiscard]] std::int64_t recomputedBlocks() const { return m_recomputedBlocks; }
    /// The parameter tensors' gradient blocks by size in bytes (at `options().grad`) and
    /// how many, counts × repeats.
    [[nodiscard]] const SizeClasses &gradientClasses() const { return m_gradSizes; }

private:
    /// Σ over the layers of `field` × repeat.
    [[nodiscard]] Bytes perSampleTotal(Bytes TapeLayer::*field) const;
    void addParamTensor(std::int64_t elements);
    void stepLoopTensor(std::int64_t elements);

    TapeOptions m_opt;
    std::int64_t m_params = 0;
    std::int64_t m_largestParam = 0;
    std::int64_t m_previousParam = 0;
    std::int64_t m_stepLoopPeak = 0;
    std::int64_t m_factored = 0;
    std::int64_t m_edges = 0;
    std::int64_t m_adapt = 0;
    bool m_adaptChosen = false;
    Bytes m_fixed = 0;
    std::int64_t m_tiedElements = 0;
    int m_tiedLayer = 0;
    Bytes m_inferPeak = 0;
    // The layer being recorded.
    TapeLayer m_current;
    std::int64_t m_curEdges = 0;
    std::int64_t m_curMatrixParams = 0;
    std::int64_t m_curAdapt = 0;
    SizeClasses m_open;
    SizeClasses m_openParams;
    SizeClasses m_paramSizes;
    SizeClasses m_openGrads;
    SizeClasses m_gradSizes;
    SizeClasses m_openRecompute;
    // Closed layers.
    std::array<TapeLayer, 256> m_layers{};
    int m_nLayers = 0;
    SizeClasses m_sizes;
    SizeClasses m_recompute;
    Bytes m_maxRecompute = 0;
    std::int64_t m_recomputedBlocks = 0;
};

} // namespace headroom::dnn
