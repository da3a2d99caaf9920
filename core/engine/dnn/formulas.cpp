// Published closed forms: the KV cache and Korthikanti et al. 2022's activation memory.

#include "engine/dnn/dnn.h"

namespace headroom::dnn {

Bytes kvCacheBytes(std::int64_t layers, std::int64_t kvHeads, std::int64_t headDim, std::int64_t positions,
                   std::int64_t batch, int bytesPerValue)
{
    return satMul(2, layers, kvHeads, headDim, positions, batch, bytesPerValue);
}

Bytes korthikantiLayerBytes(std::int64_t seq, std::int64_t batch, std::int64_t hidden, std::int64_t heads,
                            std::int64_t tensorParallel, bool sequenceParallel, Recompute recompute)
{
    // Table 2 of Korthikanti et al. 2022 (bytes per layer, 16-bit activations, 1-byte
    // dropout masks). Doubles keep the fractional terms; the result is rounded once.
    const double t = static_cast<double>(std::max<std::int64_t>(1, tensorParallel));
    const double sbh = static_cast<double>(seq) * static_cast<double>(batch) * static_cast<double>(hidden);
    const double attn = 5.0 * static_cast<double>(heads) * static_cast<double>(seq) / static_cast<double>(hidden);
    double perSbh = 0;
    switch (recompute) {
    case Recompute::Full:
        perSbh = sequenceParallel ? 2.0 / t : 2.0;
        break;
    case Recompute::Selective:
        perSbh = sequenceParallel ? 34.0 / t : 10.0 + 24.0 / t;
        break;
    case Recompute::None:
        perSbh = sequenceParallel ? (34.0 + attn) / t : 10.0 + 24.0 / t + attn / t;
        break;
    }
    return toBytes(sbh * perSbh);
}

} // namespace headroom::dnn
