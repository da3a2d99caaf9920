#pragma once

#include "charts/chartview.h"
#include "engine/fit/sweep.h"

#include <vector>

namespace headroom::ui {

/// Memory against batch size: per-device and host memory as stacked areas by component,
/// a dashed line at each candidate's capacity with the region past it shaded, a marker at
/// the current batch size and at the largest batch each candidate fits. A click sets the
/// scenario's batch size (undoable).
class BatchChart final : public ChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchChart)

public:
    explicit BatchChart(ScenarioModel *model, QWidget *parent = nullptr);
    ~BatchChart() override;

    QString title() const override;

    /// Points in the batch sweep: enough for smooth curves across a chart's width.
    static constexpr int kSweepPoints = 256;

    /// The batch sizes plotted (core's batchSweepValues) and the largest of the sweep.
    const std::vector<std::int64_t> &batchSizes() const { return m_values; }
    std::int64_t sweepMaximum() const { return m_maximum; }
    /// The panels: per device (nullptr for a CPU job) and host.
    QCPAxisRect *deviceRect() const { return m_device.rect; }
    QCPAxisRect *hostRect() const { return m_host.rect; }
    /// The batch size a click at `pos` (plot widget coordinates) sets; nullopt outside the panels.
    std::optional<std::int64_t> batchAt(const QPointF &pos) const;

    /// The sweep's largest batch for a scenario: 4 × its batch (at least 64), stretched
    /// to show the candidates' largest batches when they are within 16 × its batch.
    static std::int64_t sweepMaximumFor(const Scenario &scenario, const Estimate *estimate);

protected:
    void rebuild(bool withTable) override;
    QString hoverText(QCPAxisRect *rect, double key, double value) override;
    void handleClick(QCPAxisRect *rect, double key) override;
    void hideTracers() override;

private:
    struct Panel {
        QCPAxisRect *rect = nullptr;
        QCPLegend *legend = nullptr;
        QCPItemTracer *tracer = nullptr;
        QCPGraph *top = nullptr;
        std::vector<QString> components;
    };
    void buildPanel(Panel &panel, bool device, const Estimate &estimate);
    /// Marks an attached measurement's figures at the batch size its run used.
    void addMeasuredPoints(const Panel &panel, bool device);
    void fillTable();
    Bytes total(std::size_t index, bool device) const;
    QStringList fittingAt(std::size_t index, bool fit) const;

    std::vector<std::int64_t> m_values;
    std::int64_t m_maximum = 0;
    std::vector<SweepPoint> m_points;
    std::vector<Bytes> m_reserve; ///< OS reserve and other programs at each point (host)
    std::vector<Machine> m_machines;
    Panel m_device;
    Panel m_host;
};

/// Component names in the order they stack (bottom first): as in the current estimate,
/// then any that appear only at other points of the sweep.
std::vector<QString> stackOrder(const std::vector<SweepPoint> &points, bool device, const Breakdown *current);

} // namespace headroom::ui
