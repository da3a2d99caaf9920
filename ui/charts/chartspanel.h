#pragma once

#include <QWidget>

class QCheckBox;
class QTabWidget;
class QToolButton;

namespace headroom::ui {

class BatchChart;
class BreakdownChart;
class ChartView;
class DatasetChart;
class ScenarioModel;

/// The charts of the current scenario in one widget, for the workspace tab and the
/// wizard's results page: memory against batch size, against dataset size, and by
/// component, with a shared toolbar (log axis, table view, reset, export).
class ChartsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsPanel)

public:
    explicit ChartsPanel(ScenarioModel *model, QWidget *parent = nullptr);
    ~ChartsPanel() override;

    BatchChart *batchChart() const { return m_batch; }
    /// Serving: memory against the context per sequence (its tab shows with run.serving).
    BatchChart *contextChart() const { return m_context; }
    DatasetChart *datasetChart() const { return m_dataset; }
    BreakdownChart *breakdownChart() const { return m_breakdown; }
    QTabWidget *tabs() const { return m_tabs; }
    ChartView *currentChart() const;

    /// Asks for a file name and exports the current chart to PNG, SVG or PDF.
    void exportCurrentChart();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Sets the texts of the toolbar and the tabs in the current language.
    void retranslateUi();
    void syncToolbar();
    /// The serving tabs: concurrent sequences instead of batch size, and context length.
    void syncServingTabs();

    QTabWidget *m_tabs;
    ScenarioModel *m_model;
    BatchChart *m_batch;
    BatchChart *m_context;
    DatasetChart *m_dataset;
    BreakdownChart *m_breakdown;
    QCheckBox *m_log;
    QCheckBox *m_table;
    QToolButton *m_reset;
    QToolButton *m_export;
};

} // namespace headroom::ui
