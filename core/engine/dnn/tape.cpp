#include "engine/dnn/tape.h"

#include <algorithm>

namespace headroom::dnn {

void SizeClasses::add(Bytes perSample, std::int64_t count)
{
    auto h = static_cast<std::uint64_t>(perSample) * 0x9E3779B97F4A7C15ULL;
    for (int probe = 0; probe < kSlots; ++probe) {
        const auto slot = static_cast<std::size_t>((h >> 57) + static_cast<std::uint64_t>(probe)) % kSlots;
        const int index = m_slot[slot];
        if (index == 0) {
            if (m_n == static_cast<int>(m_items.size()))
                break;
            m_items[static_cast<std::size_t>(m_n)] = {perSample, count};
            m_slot[slot] = static_cast<std::int8_t>(++m_n);
            return;
        }
        auto &item = m_items[static_cast<std::size_t>(index - 1)];
        if (item.perSample == perSample) {
            item.count = satAdd(item.count, count);
            return;
        }
    }
    // Full: fold into the last class (more distinct sizes than any preset has).
    auto &last = m_items[static_cast<std::size_t>(m_n - 1)];
    last.count = satAdd(last.count, count);
}

void SizeClasses::clear()
{
    if (m_n == 0)
        return;
    m_slot.fill(0);
    m_n = 0;
}

void Tape::save(std::int64_t elements, int bytesPerElement)
{
    if (elements <= 0)
        return;
    const Bytes b = satMul(elements, bytesPerElement);
    m_current.saved = satAdd(m_current.saved, b);
    m_open.add(b, 1);
}

void Tape::transient(std::int64_t elements, int bytesPerElement)
{
    m_current.transient = std::max(m_current.transient, satMul(elements, bytesPerElement));
}

void Tape::stepLoopTensor(std::int64_t elements)
{
    m_stepLoopPeak = std::max(m_stepLoopPeak, satAdd(satMul(elements, 2), m_previousParam));
    m_previousParam = elements;
}

void Tape::addParamTensor(std::int64_t elements)
{
    m_current.params = satAdd(m_current.params, elements);
    if (elements > 0)
        m_openParams.add(elements, 1);
    m_largestParam = std::max(m_largestParam, elements);
    stepLoopTensor(elements);
    if (elements > 0)
        m_openGrads.add(satMul(elements, m_opt.grad), 1);
}

void Tape::addParams(std::int64_t count) { addParamTensor(count); }

void Tape::addMatrix(std::int64_t rows, std::int64_t cols)
{
    const std::int64_t n = satMul(rows, cols);
    addParamTensor(n);
    m_curEdges = satAdd(m_curEdges, satAdd(rows, cols));
    m_curMatrixParams = satAdd(m_curMatrixParams, n);
}

void Tape::addMatrices(std::int64_t count, std::int64_t rows, std::int64_t cols)
{
    if (count <= 0)
        return;
    const std::int64_t n = satMul(rows, cols);
    m_current.params = satAdd(m_current.params, satMul(count, n));
    m_largestParam = std::max(m_largestParam, n);
    stepLoopTensor(n);
    if (count > 1)
        stepLoopTensor(n);
    if (n > 0)
        m_openGrads.add(satMul(n, m_opt.grad), count);
    m_curEdges = satAdd(m_curEdges, satMul(count, satAdd(rows, cols)));
    m_curMatrixParams = satAdd(m_curMatrixParams, satMul(count, n));
}

void Tape::recompute(std::int64_t elements, int bytesPerElement, std::int64_t count)
{
    if (elements <= 0 || count <= 0)
        return;
    const Bytes b = satMul(elements, bytesPerElement);
    m_current.recompute = satAdd(m_current.recompute, satMul(b, count));
    m_openRecompute.add(b, count);
}

void Tape::live(Bytes perSample) { m_inferPeak = std::max(m_inferPeak, perSample); }

void Tape::endLayer()
{
    const std::int64_t reps = m_current.repeat;
    for (int i = 0; i < m_open.size(); ++i)
        m_sizes.add(m_open[i].perSample, satMul(m_open[i].count, reps));
    m_open.clear();
    for (int i = 0; i < m_openParams.size(); ++i)
        m_paramSizes.add(m_openParams[i].perSample, satMul(m_openParams[i].count, reps));
    m_openParams.clear();
    for (int i = 0; i < m_openGrads.size(); ++i)
        m_gradSizes.add(m_openGrads[i].perSample, satMul(m_openGrads[i].count, reps));
    m_openGrads.clear();
    if (m_current.recompute > 0)
        m_recomputedBlocks = satAdd(m_recomputedBlocks, reps);
    if (m_current.recompute > m_maxRecompute) {
        m_maxRecompute = m_current.recompute;
        m_recompute = m_openRecompute;
    }
    m_openRecompute.clear();

    m_params = satAdd(m_params, satMul(m_current.params, reps));
    // Factored state: the matrices' rows + cols, every other parameter in full.
    const std::int64_t vectors = satSub(m_current.params, m_curMatrixParams);
    m_factored = satAdd(m_factored, satMul(satAdd(m_curEdges, vectors), reps));
    m_edges = satAdd(m_edges, satMul(m_curEdges, reps));
    m_adapt = satAdd(m_adapt, satMul(m_curAdapt, reps));
    m_curEdges = m_curMatrixParams = m_curAdapt = 0;

    if (m_nLayers < static_cast<int>(m_layers.size())) {
        m_layers[static_cast<std::size_t>(m_nLayers++)] = m_current;
    } else {
        // Deeper than any preset: merge into the last record (its order no longer matters).
        auto &last = m_layers[static_cast<std::size_t>(m_nLayers - 1)];
        last.saved = satAdd(satMul(last.saved, last.repeat), satMul(m_current.saved, reps));
        last.params = satAdd(satMul(last.params, last.repeat), satMul(m_current.params, reps));
        last.recompute = std::max(last.recompute, m_current.recompute);
        last.transient = std::max(last.transient, m_current.transient);
        last.held = satAdd(satMul(last.held, last.repeat), satMul(m_current.held, reps));
        last.transientCopies = 2;
        last.repeat = 1;
    }
    m_current = TapeLayer{};
}

Bytes Tape::perSampleTotal(Bytes TapeLayer::*field) const
{
    Bytes total = 0;
    for (int i = 0; i < m_nLayers; ++i) {
        const auto &l = m_layers[static_cast<std::size_t>(i)];
        total = satAdd(total, satMul(l.*field, l.repeat));
    }
    return total;
}

} // namespace headroom::dnn
