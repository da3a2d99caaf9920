// The spec's MLP and RNN as PyTorch's autograd records them (torch 1.13, CPU kernels).

#include "engine/dnn/networks.h"

namespace headroom::dnn {
namespace {

/// Loss on `outputs` values per sample: cross-entropy saves its log-probabilities; mean
/// squared error saves the output and the target. The logits exist meanwhile.
void loss(Tape &t, std::int64_t outputs)
{
    t.save(outputs, t.wide());
    if (outputs == 1)
        t.save(1, t.wide());
    t.transient(outputs, t.wide());
    t.endLayer();
}

} // namespace

void recordMlp(const Architecture &arch, std::int64_t inputs, BlockCheckpoint ckpt, Tape &t)
{
    const bool savesInput = arch.activation == Activation::Gelu || arch.activation == Activation::Silu;
    const bool dropout = arch.dropout > 0.0 && t.options().training;
    const std::int64_t outputs = arch.outputs.value_or(1);
    std::int64_t prev = inputs;
    for (std::int64_t w : arch.hidden) {
        t.addMatrix(w, prev);
        t.addParams(w);
        // Linear output z; ReLU/tanh/sigmoid save their output, GELU/SiLU their input.
        // With dropout the activation output is only kept if the activation saves it;
        // the mask and the dropout output (the next layer's saved input) are new.
        const int acts = (savesInput ? 1 : 0) + (!savesInput || !dropout ? 1 : 0) + (dropout ? 1 : 0);
        if (ckpt == BlockCheckpoint::None || !t.options().training) {
            for (int i = 0; i < acts; ++i)
                t.saveAct(w);
            if (dropout)
                t.save(w, t.options().mask);
        } else {
            // Checkpointed block: only its output (the next block's input) is kept; its
            // backward runs the block again.
            t.saveAct(w);
            t.recompute(w, t.act(), acts);
            if (dropout)
                t.recompute(w, t.options().mask);
        }
        t.transient(w, t.act());
        t.live(satMul(satAdd(prev, satMul(w, 2)), t.act()));
        t.endLayer();
        prev = w;
    }
    t.addMatrix(outputs, prev);
    t.addParams(outputs);
    t.live(satMul(satAdd(prev, outputs), t.act()));
    t.endLayer();
    loss(t, outputs);
}

void recordRnn(const Architecture &arch, std::int64_t steps, std::int64_t features, Tape &t)
{
    const std::int64_t h = arch.rnnHidden;
    const std::int64_t dirs = arch.bidirectional ? 2 : 1;
    // Gates per cell: LSTM 4, GRU 3, plain RNN 1.
    const std::int64_t gates = arch.cell == RnnCell::Lstm ? 4 : arch.cell == RnnCell::Gru ? 3 : 1;
    // Saved per time step and direction (ATen's CPU cell loop, RNN.cpp; counted with
    // saved_tensors_hooks on torch 1.13): LSTM keeps the gate block (sigmoid_/tanh_
    // results in place, 4h), the cell state, tanh(cell) and the hidden state: 7h; GRU
    // also 7h (hidden-side gates, r, z, n, h); a tanh RNN its output: 1h.
    const std::int64_t perStep = arch.cell == RnnCell::Rnn ? h : 7 * h;
    std::int64_t in = features;
    for (std::int64_t layer = 0; layer < arch.rnnLayers; ++layer) {
        for (std::int64_t dir = 0; dir < dirs; ++dir) {
            t.addMatrix(gates * h, in); // weight_ih
            t.addMatrix(gates * h, h);  // weight_hh
            t.addParams(2 * gates * h); // bias_ih, bias_hh
        }
        // batch_first input is transposed to time-major: the first layer's input
        // projection saves a contiguous copy of it, once per direction.
        if (layer == 0)
            t.saveAct(satMul(dirs, steps, in));
        t.saveAct(satMul(dirs, steps, perStep));
        // The layer's output, saved by the next layer (or the head): the stacked steps,
        // or both directions concatenated.
        t.saveAct(satMul(dirs, steps, h));
        t.transient(satMul(steps, gates * h), t.act()); // the precomputed input projection
        t.live(satMul(satAdd(satMul(steps, in), satMul(dirs, steps, gates * h + h)), t.act()));
        t.endLayer();
        in = dirs * h;
    }
    const std::int64_t outputs = arch.outputs.value_or(1);
    t.addMatrix(outputs, in);
    t.addParams(outputs);
    t.endLayer();
    loss(t, outputs);
}

} // namespace headroom::dnn
