#include "engine/dnn/activations.h"

#include <algorithm>

namespace headroom::dnn {

ActivationPeak trainingPeak(const Tape &t, std::int64_t batch, Bytes gradients, bool gradientsAlwaysPresent,
                            std::int64_t frozenParams, bool offloaded, bool tiedTrained)
{
    ActivationPeak p;
    const double params = static_cast<double>(std::max<std::int64_t>(1, t.params()));
    const double gradPerParam = static_cast<double>(gradients) / params;
    p.saved = satAdd(satMul(t.savedPerSample(), batch), t.fixedSaved());

    // Prefix sums of saved bytes and parameters, in forward order.
    Bytes prefix = 0;
    std::int64_t paramsBefore = 0;
    Bytes best = 0;
    Bytes bestGrads = 0;
    const int last = t.layerCount() - 1;
    const Bytes lastSaved = last >= 0 ? satMul(t.layer(last).saved, t.layer(last).repeat) : 0;
    Bytes previousSaved = 0; // one repetition of the record before
    // The model's outputs (Tape::hold) stay referenced through the whole backward: a
    // layer's share of them is not freed with the rest of its saved tensors. Frozen
    // layers save nothing, but their share is held all the same: only the share of the
    // trained layers before this one is in `prefix`.
    const Bytes totalHeld = t.heldOutputs();
    Bytes heldInPrefix = 0;
    // A tied output layer's gradient of the embedding matrix, made early in the backward;
    // the embedding's own, made last, is then added to it (autograd accumulates the two).
    const Bytes tiedGrad = tiedTrained && frozenParams == 0 ? toBytes(static_cast<double>(t.tiedElements()) * gradPerParam) : 0;
    if (offloaded)
        p.offloaded = satMul(satSub(t.savedPerSample(), lastSaved), batch);
    for (int i = 0; i < t.layerCount(); ++i) {
        TapeLayer l = t.layer(i);
        if (frozenParams > paramsBefore && l.params > 0) {
            // Repetitions of this layer that lie wholly in the frozen prefix save nothing.
            const std::int64_t frozenReps = std::min(l.repeat, (frozenParams - paramsBefore) / l.params);
            paramsBefore = satAdd(paramsBefore, satMul(l.params, frozenReps));
            l.repeat -= frozenReps;
            if (l.repeat == 0)
                continue;
        }
        p.largestTensor = std::max(p.largestTensor, satMul(l.transient, batch));
        // The live set is linear in the repetition index, so its maximum over a run of
        // identical blocks is at the first or the last one.
        const std::int64_t reps[2] = {0, l.repeat - 1};
        for (std::int64_t m : reps) {
            Bytes savedHere = satAdd(prefix, satMul(l.saved, m + 1));
            if (offloaded) {
                // On the device: this repetition's and the one fetched before it. The loss's,
                // kept on the device, were freed by its backward, which ran first.
                const Bytes fetched = m > 0 ? l.saved : previousSaved;
                const Bytes kept = satAdd(satMul(l.saved, i == last ? m + 1 : 1), fetched);
                savedHere = std::min(savedHere, kept);
            }
            // The outputs' share that savedHere lacks: of the layers whose backward has run,
            // and of frozen ones.
            savedHere = satAdd(savedHere, satSub(totalHeld, satAdd(heldInPrefix, satMul(l.held, m + 1))));
            const std::int64_t paramsDone = satAdd(paramsBefore, satMul(l.params, m));
            const double suffix = params - static_cast<double>(paramsDone);
            Bytes grads = gradientsAlwaysPresent ? gradients : toBytes(std::max(0.0, suffix) * gradPerParam);
            Bytes act = satAdd(satMul(satAdd(satAdd(savedHere, l.recompute), satMul(l.transient, l.transientCopies)), batch),
                               t.fixedSaved());
            if (i == 0)
                act = satAdd(act, tiedGrad); // the embedding's gradient, before it is added
            else if (i <= t.tiedLayer() && !gradientsAlwaysPresent)
                grads = satAdd(grads, tiedGrad);
            const Bytes live = satAdd(act, grads);
            if (live >= satAdd(best, bestGrads)) {
                best = act;
                bestGrads = grads;
            }
        }
        prefix = satAdd(prefix, satMul(l.saved, l.repeat));
        heldInPrefix = satAdd(heldInPrefix, satMul(l.held, l.repeat));
        previousSaved = l.saved;
        paramsBefore = satAdd(paramsBefore, satMul(l.params, l.repeat));
    }
    // The forward's end: everything saved, and the outputs the previous step returned,
    // which a loop `outputs = model(x)` still holds until this call returns (its
    // gradients freed by zero_grad unless they stay through the step).
    const Bytes held = satMul(totalHeld, batch);
    if (held > 0) {
        const Bytes heldFrozen = satSub(totalHeld, heldInPrefix);
        const Bytes onDevice = satAdd(offloaded ? lastSaved : prefix, heldFrozen);
        const Bytes act = satAdd(satAdd(satMul(onDevice, batch), held), t.fixedSaved());
        const Bytes grads = gradientsAlwaysPresent ? gradients : 0;
        if (satAdd(act, grads) > satAdd(best, bestGrads)) {
            best = act;
            bestGrads = grads;
            p.forwardEnd = true;
            p.heldOutputs = held;
        }
    }
    p.bytes = best;
    p.gradsPresent = bestGrads;
    return p;
}

ActivationPeak inferencePeak(const Tape &t, std::int64_t batch)
{
    ActivationPeak p;
    p.bytes = satAdd(satMul(t.inferencePerSample(), batch), t.fixedSaved());
    for (int i = 0; i < t.layerCount(); ++i)
        p.largestTensor = std::max(p.largestTensor, satMul(t.layer(i).transient, batch));
    return p;
}

} // namespace headroom::dnn
