#pragma once
// What a network's forward pass leaves for the backward pass, recorded layer by layer
// in execution order: the tensors autograd saves (per sample), the parameters, and the
// largest transient tensor. Built per estimate into fixed-size arrays (no allocation),
// so that one estimate stays in the microseconds.

#include "util/bytes.h"

#include <array>
#include <cstdint>

namespace headroom::dnn {

/// How tensors are sized while a network is recorded.
struct TapeOptions {
    int act = 4;            ///< bytes of one activation element (compute dtype)
    int mask = 4;           ///< bytes of one dropout-mask element (see dropoutMaskBytes)
    bool training = true;   ///< autograd records saved tensors
    /// Bytes of the tensors autocast keeps in fp32 under mixed precision: the residual
    /// stream (embeddings are not autocast, and fp32 + bf16 promotes), norm internals and
    /// the loss (log_softmax runs in fp32). Equal to `act` otherwise.
    int wide = 4;
};

/// One recorded stretch of the network (a layer or a whole block), possibly repeated.
struct TapeLayer {
    Bytes saved = 0;             ///< bytes per sample saved for backward
    Bytes transient = 0;         ///< largest tensor per sample made while it runs
    std::int64_t params = 0;     ///< trainable parameters of one repetition
    std::int64_t repeat = 1;     ///< identical repetitions (transformer blocks)
    Bytes recompute = 0;         ///< bytes per sample rebuilt in backward (checkpointing)
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
    /// A tensor that exists while the current layer runs (for the inference live set and
    /// the backward temporaries).
    void transient(std::int64_t elements, int bytesPerElement);
    /// A parameter tensor of `count` elements (a bias, a norm's weight) in the current layer.
    void addParams(std::int64_t count);
    /// A weight matrix rows × cols (a linear layer; a convolution as cout × cin·k·k).
    /// Factored optimizers (Adafactor) keep rows + cols values for it; LoRA adapts it.
    void addMatrix(std::int64_t rows, std::int64_t cols);
    /// Marks the last weight matrix rows × cols as one that LoRA adapts (attention
    /// projections); a tape without marks adapts every matrix.
    void adapt(std::int64_t rows, std::int64_t cols) { m_curAdapt = satAdd(m_curAdapt, satAdd(rows, cols)); }
    /// A tensor rebuilt in the current layer's backward (checkpointing): `count` tensors
    /// of `elements` per sample.
    void recompute(std::int64_t elements, int bytesPerElement, std::int64_t count = 1);
    /// Closes the current layer; the following records start a new one.
    void endLayer();
    /// The current layer runs `times` times in a row, identically (transformer blocks):
    /// its saved tensors and parameters count that many times.
    void setRepeat(std::int64_t times) { m_current.repeat = times < 1 ? 1 : times; }
    /// Bytes not proportional to the batch (a shared attention mask), saved once.
    void saveFixed(Bytes bytes) { m_fixed = satAdd(m_fixed, bytes); }
    /// Forward-only live set per sample at this point (inference), tracked as a maximum.
    void live(Bytes perSample);

    [[nodiscard]] std::int64_t params() const { return m_params; }
    [[nodiscard]] std::int64_t largestParam() const { return m_largestParam; }
    /// Σ (rows + cols) over weight matrices, plus every non-matrix parameter: the
    /// elements of a factored second-moment estimate.
    [[nodiscard]] std::int64_t factoredElements() const { return m_factored; }
    /// Σ (rows + cols) over weight matrices: LoRA adds rank × this many parameters.
    [[nodiscard]] std::int64_t matrixEdges() const { return m_adapt > 0 ? m_adapt : m_edges; }
    [[nodiscard]] Bytes fixedSaved() const { return m_fixed; }
    [[nodiscard]] Bytes savedPerSample() const;
    [[nodiscard]] Bytes inferencePerSample() const { return m_inferPeak; }
    [[nodiscard]] int layerCount() const { return m_nLayers; }
    [[nodiscard]] const TapeLayer &layer(int i) const { return m_layers[static_cast<std::size_t>(i)]; }

    /// Saved tensors grouped by size (per sample), for the allocator model.
    struct SizeClass {
        Bytes perSample = 0;
        std::int64_t count = 0;
    };
    [[nodiscard]] int sizeClassCount() const { return m_nSizes; }
    [[nodiscard]] const SizeClass &sizeClass(int i) const { return m_sizes[static_cast<std::size_t>(i)]; }
    /// Parameter tensors grouped by element count (their gradients are blocks too).
    [[nodiscard]] int paramClassCount() const { return m_nParamSizes; }
    [[nodiscard]] const SizeClass &paramClass(int i) const { return m_paramSizes[static_cast<std::size_t>(i)]; }
    /// Size classes of one block's recomputed tensors (the largest such block).
    [[nodiscard]] int recomputeClassCount() const { return m_nRecompute; }
    [[nodiscard]] const SizeClass &recomputeClass(int i) const { return m_recompute[static_cast<std::size_t>(i)]; }

private:
    void addSize(Bytes perSample, std::int64_t count);
    static void addClass(SizeClass *classes, int &n, int capacity, Bytes size, std::int64_t count);
    void addOpen(Bytes perSample);

    TapeOptions m_opt;
    std::int64_t m_params = 0;
    std::int64_t m_largestParam = 0;
    std::int64_t m_factored = 0;
    std::int64_t m_edges = 0;
    std::int64_t m_curMatrixParams = 0;
    std::int64_t m_adapt = 0;
    std::int64_t m_curAdapt = 0;
    std::int64_t m_curEdges = 0;
    Bytes m_fixed = 0;
    Bytes m_inferPeak = 0;
    TapeLayer m_current;
    std::array<TapeLayer, 256> m_layers{};
    int m_nLayers = 0;
    std::array<SizeClass, 64> m_sizes{};     // of closed layers, counts × repeat
    int m_nSizes = 0;
    std::array<SizeClass, 32> m_open{};      // of the current layer
    int m_nOpen = 0;
    std::array<SizeClass, 64> m_paramSizes{}; // perSample = elements of one tensor
    int m_nParamSizes = 0;
    std::array<SizeClass, 16> m_openParams{};
    int m_nOpenParams = 0;
    std::array<SizeClass, 8> m_recompute{};  // of the block with the most recomputation
    int m_nRecompute = 0;
    std::array<SizeClass, 8> m_openRecompute{};
    int m_nOpenRecompute = 0;
    Bytes m_maxRecompute = 0;
};

} // namespace headroom::dnn
