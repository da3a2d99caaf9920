#pragma once

#include "charts/chartview.h"
#include "engine/fit/sweep.h"

#include <array>
#include <vector>

namespace headroom::ui {

/// Host memory against the number of samples (log axis, from 1/100 to 100 × the current
/// size) for the data held in memory, memory-mapped and streamed, with each candidate's
/// RAM and the largest dataset each holds in memory.
class DatasetChart final : public ChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetChart)

public:
    explicit DatasetChart(ScenarioModel *model, QWidget *parent = nullptr);
    ~DatasetChart() override;

    QString title() const override;

    /// The sample counts plotted (core's datasetSweepValues).
    const std::vector<std::int64_t> &sampleCounts() const { return m_values; }
    /// The storage modes plotted, in order.
    static constexpr std::array<Storage, 3> storages{Storage::InMemory, Storage::MemoryMapped, Storage::Streaming};
    /// The graph key of a storage mode ("in_memory", ...).
    static QString storageKey(Storage storage);

protected:
    void rebuild(bool withTable) override;
    QString hoverText(QCPAxisRect *rect, double key, double value) override;
    void hideTracers() override;

private:
    void fillTable();

    std::vector<std::int64_t> m_values;
    std::array<std::vector<Bytes>, 3> m_need; ///< host RAM needed per storage, per point
    std::vector<Machine> m_machines;
    QCPAxisRect *m_rect = nullptr;
    QCPItemTracer *m_tracer = nullptr;
    QCPGraph *m_current = nullptr;
};

} // namespace headroom::ui
