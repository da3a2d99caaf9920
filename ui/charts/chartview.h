#pragma once

#include <QSet>
#include <QWidget>

#include <optional>

class QCustomPlot;
class QCPAxis;
class QCPAxisRect;
class QCPLegend;
class QCPAbstractLegendItem;
class QCPAbstractPlottable;
class QCPGraph;
class QCPItemText;
class QCPItemTracer;
class QMouseEvent;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace headroom {
struct Estimate;
}

namespace headroom::ui {

class ScenarioModel;

/// One interactive chart of the current scenario: a QCustomPlot with drag to pan, wheel
/// to zoom, double-click to reset, a hover tooltip, legend entries that hide and show
/// their series, a linear or logarithmic memory axis, export to PNG, SVG and PDF, and a
/// table of the plotted numbers for keyboard and screen-reader users.
///
/// Subclasses fill the plot from core's sweeps in rebuild(); the view rebuilds when the
/// scenario changes and it is shown (hidden views catch up when they are next shown).
class ChartView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)

public:
    explicit ChartView(ScenarioModel *model, QWidget *parent = nullptr);
    ~ChartView() override;

    QCustomPlot *plot() const { return m_plot; }
    QTableView *tableView() const { return m_tableView; }
    /// The plotted numbers, one row per point; filled when the table is shown.
    QStandardItemModel *tableModel() const;

    /// The chart's title, used in exports and as the tab's accessible name.
    virtual QString title() const = 0;

    bool isLogScale() const { return m_log; }
    void setLogScale(bool log);
    bool isTableShown() const;
    void setTableShown(bool shown);

    /// Rebuilds the plot from the model now (also when hidden).
    void refresh();
    /// Back to the ranges the chart was built with.
    void resetView();

    /// Writes the chart to `path` as PNG, SVG or PDF (by its suffix); a translated
    /// message when it cannot.
    std::optional<QString> exportTo(const QString &path, int width = 0, int height = 0);

    /// Hides or shows the series named `key` (a component or candidate); legend clicks do this.
    void setSeriesHidden(const QString &key, bool hidden);
    bool isSeriesHidden(const QString &key) const { return m_hidden.contains(key); }

signals:
    void refreshed();

protected:
    /// Fills the plot (and, when `withTable`, the table model) from the model.
    virtual void rebuild(bool withTable) = 0;
    /// The tooltip at plot coordinate `key` in `rect`; may move tracers. Empty: none.
    virtual QString hoverText(QCPAxisRect *rect, double key, double value) = 0;
    /// A click (not a drag) at plot coordinate `key` in `rect`.
    virtual void handleClick(QCPAxisRect *rect, double key);
    /// Hides the tracers when the mouse leaves the plot.
    virtual void hideTracers() {}

    ScenarioModel *model() const { return m_model; }
    /// Sets the memory axis' initial scale without rebuilding (for constructors).
    void setInitialLogScale(bool log) { m_log = log; }
    QStandardItemModel *table() const { return m_tableModel; }
    /// Remembers the ranges to go back to on double-click, unless the user has zoomed.
    void setHome(QCPAxis *axis, double lower, double upper);
    /// Configures a memory (value) axis: bytes with GiB-style tick labels, linear or log.
    void setupMemoryAxis(QCPAxis *axis, const QString &label, double largestBytes);
    /// Styles the plot from the palette; called after each rebuild.
    void applyStyle();
    /// Adds `plottable` to `legend` as an entry elided to the legend's width.
    void addToLegend(QCPAbstractPlottable *plottable, QCPLegend *legend);
    /// Registers a legend whose entries toggle their series.
    void watchLegend(QCPLegend *legend);

    /// Chart building blocks shared by the charts.
    /// A new axis rect with its own legend beside it, in row `row` of the plot layout.
    QCPAxisRect *addPanel(int row, QCPLegend **legend);
    /// A dashed horizontal line at `bytes` across [x0, x1], named in the legend.
    QCPGraph *addCapacityLine(QCPAxisRect *rect, QCPLegend *legend, const QString &key, const QString &name,
                              const QColor &color, double x0, double x1, double bytes);
    /// A vertical marker at `x` with a label at the top of the rect.
    void addVerticalMarker(QCPAxisRect *rect, double x, const QString &label);
    /// A labelled point (a diamond) at (x, y).
    void addPointMarker(QCPAxisRect *rect, const QString &key, const QColor &color, double x, double y,
                        const QString &label);
    /// A light shaded band from `bytes` upward across [x0, x1]: memory past a capacity.
    void addShadeAbove(QCPAxisRect *rect, const QColor &color, double x0, double x1, double bytes);
    /// A note at the bottom right of the rect (a capacity above the visible range), clear
    /// of the rect's other notes and labels.
    void addNote(QCPAxisRect *rect, const QString &text, const QColor &color);
    /// A tracer on a graph, hidden until hover.
    QCPItemTracer *addTracer(QCPAxisRect *rect);
    /// Empties the plot and the table for rebuild(). Returns the estimate to plot, or
    /// nullptr after titling the empty chart with why there is none.
    const Estimate *startRebuild();
    /// A title row above the panels; each line of `text` is elided to the chart's width.
    void addTitle(const QString &text);

    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// The accessible name and every text of the plot and table in the current language.
    void retranslateUi();
    void handleModelChanged(bool replaced);
    void handleMouseMove(QMouseEvent *event);
    void handleMousePress(QMouseEvent *event);
    void handleMouseRelease(QMouseEvent *event);
    void handleDoubleClick(QMouseEvent *event);
    void handleLegendClick(QCPLegend *legend, QCPAbstractLegendItem *item, QMouseEvent *event);
    QCPAxisRect *rectAt(const QPointF &pos) const;

    struct Home {
        QCPAxis *axis;
        double lower;
        double upper;
    };

    ScenarioModel *m_model;
    QCustomPlot *m_plot;
    QTableView *m_tableView;
    QStandardItemModel *m_tableModel;
    QStackedWidget *m_stack;
    QTimer *m_clickTimer;
    QList<Home> m_homes;
    QSet<QString> m_hidden;
    QPointF m_pressPos;
    QPointF m_pendingClick;
    bool m_log = false;
    bool m_dirty = true;
    bool m_userZoomed = false;
};

} // namespace headroom::ui
