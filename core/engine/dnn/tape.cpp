#include "engine/dnn/tape.h"

#include <algorithm>

namespace headroom::dnn {

void Tape::save(std::int64_t elements, int bytesPerElement)
{
    if (elements <= 0)
        return;
    const Bytes b = satMul(elements, bytesPerElement);
    m_current.saved = satAdd(m_current.saved, b);
    addOpen(b);
}

void Tape::transient(std::int64_t elements, int bytesPerElement)
{
    m_current.transient = std::max(m_current.transient, satMul(elements, bytesPerElement));
}

void Tape::addParams(std::int64_t count)
{
    addClass(m_openParams.data(), m_nOpenParams, static_cast<int>(m_openParams.size()), count, 1);
    m_current.params = satAdd(m_current.params, count);
    m_largestParam = std::max(m_largestParam, count);
}

void Tape::addClass(SizeClass *classes, int &n, int capacity, Bytes size, std::int64_t count)
{
    for (int i = 0; i < n; ++i)
        if (classes[i].perSample == size) {
            classes[i].count = satAdd(classes[i].count, count);
            return;
        }
    if (n < capacity)
        classes[n++] = {size, count};
    else
        classes[n - 1].count = satAdd(classes[n - 1].count, count);
}

void Tape::addMatrix(std::int64_t rows, std::int64_t cols)
{
    const std::int64_t n = satMul(rows, cols);
    addClass(m_openParams.data(), m_nOpenParams, static_cast<int>(m_openParams.size()), n, 1);
    m_current.params = satAdd(m_current.params, n);
    m_largestParam = std::max(m_largestParam, n);
    m_curEdges = satAdd(m_curEdges, satAdd(rows, cols));
    m_curMatrixParams = satAdd(m_curMatrixParams, n);
}

void Tape::recompute(std::int64_t elements, int bytesPerElement, std::int64_t count)
{
    if (elements <= 0 || count <= 0)
        return;
    const Bytes b = satMul(elements, bytesPerElement);
    m_current.recompute = satAdd(m_current.recompute, satMul(b, count));
    if (m_nOpenRecompute < static_cast<int>(m_openRecompute.size()))
        m_openRecompute[static_cast<std::size_t>(m_nOpenRecompute++)] = {b, count};
    else
        m_openRecompute[m_openRecompute.size() - 1].count += count;
}

void Tape::live(Bytes perSample) { m_inferPeak = std::max(m_inferPeak, perSample); }

void Tape::addOpen(Bytes perSample)
{
    for (int i = 0; i < m_nOpen; ++i) {
        auto &c = m_open[static_cast<std::size_t>(i)];
        if (c.perSample == perSample) {
            ++c.count;
            return;
        }
    }
    if (m_nOpen < static_cast<int>(m_open.size())) {
        m_open[static_cast<std::size_t>(m_nOpen++)] = {perSample, 1};
        return;
    }
    // Out of room: fold into the nearest class (only its size class matters later).
    ++m_open[static_cast<std::size_t>(m_nOpen - 1)].count;
}

void Tape::addSize(Bytes perSample, std::int64_t count)
{
    for (int i = 0; i < m_nSizes; ++i) {
        auto &c = m_sizes[static_cast<std::size_t>(i)];
        if (c.perSample == perSample) {
            c.count = satAdd(c.count, count);
            return;
        }
    }
    if (m_nSizes < static_cast<int>(m_sizes.size())) {
        m_sizes[static_cast<std::size_t>(m_nSizes++)] = {perSample, count};
        return;
    }
    auto &last = m_sizes[static_cast<std::size_t>(m_nSizes - 1)];
    last.count = satAdd(last.count, count);
}

void Tape::endLayer()
{
    for (int i = 0; i < m_nOpen; ++i) {
        const auto &c = m_open[static_cast<std::size_t>(i)];
        addSize(c.perSample, satMul(c.count, m_current.repeat));
    }
    m_nOpen = 0;
    if (m_current.recompute > m_maxRecompute) {
        m_maxRecompute = m_current.recompute;
        m_recompute = m_openRecompute;
        m_nRecompute = m_nOpenRecompute;
    }
    m_nOpenRecompute = 0;
    for (int i = 0; i < m_nOpenParams; ++i) {
        const auto &p = m_openParams[static_cast<std::size_t>(i)];
        addClass(m_paramSizes.data(), m_nParamSizes, static_cast<int>(m_paramSizes.size()), p.perSample,
                 satMul(p.count, m_current.repeat));
    }
    m_nOpenParams = 0;
    m_params = satAdd(m_params, satMul(m_current.params, m_current.repeat));
    // Factored state: the matrices' rows + cols, every other parameter in full.
    const std::int64_t vectors = satSub(m_current.params, m_curMatrixParams);
    m_factored = satAdd(m_factored, satMul(satAdd(m_curEdges, vectors), m_current.repeat));
    m_edges = satAdd(m_edges, satMul(m_curEdges, m_current.repeat));
    m_adapt = satAdd(m_adapt, satMul(m_curAdapt, m_current.repeat));
    m_curEdges = 0;
    m_curMatrixParams = 0;
    m_curAdapt = 0;
    if (m_nLayers < static_cast<int>(m_layers.size())) {
        m_layers[static_cast<std::size_t>(m_nLayers++)] = m_current;
    } else {
        // Deeper than any preset: merge into the last record (its order no longer matters).
        auto &last = m_layers[static_cast<std::size_t>(m_nLayers - 1)];
        const Bytes lastSaved = satMul(last.saved, last.repeat);
        const std::int64_t lastParams = satMul(last.params, last.repeat);
        last.saved = satAdd(lastSaved, satMul(m_current.saved, m_current.repeat));
        last.params = satAdd(lastParams, satMul(m_current.params, m_current.repeat));
        last.transient = std::max(last.transient, m_current.transient);
        last.repeat = 1;
    }
    m_current = TapeLayer{};
}

Bytes Tape::savedPerSample() const
{
    Bytes total = 0;
    for (int i = 0; i < m_nLayers; ++i) {
        const auto &l = m_layers[static_cast<std::size_t>(i)];
        total = satAdd(total, satMul(l.saved, l.repeat));
    }
    return total;
}

} // namespace headroom::dnn
