#pragma once

#include "charts/chartview.h"

#include <vector>

namespace headroom::ui {

/// The estimate as stacked bars: host RAM needed and memory per device, by component,
/// next to each candidate's capacity.
class BreakdownChart final : public ChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakdownChart)

public:
    explicit BreakdownChart(ScenarioModel *model, QWidget *parent = nullptr);
    ~BreakdownChart() override;

    QString title() const override;

protected:
    void rebuild(bool withTable) override;
    QString hoverText(QCPAxisRect *rect, double key, double value) override;

private:
    struct Segment {
        QString component;
        double key;
        double lower;
        double upper;
    };
    std::vector<Segment> m_segments;
};

} // namespace headroom::ui
