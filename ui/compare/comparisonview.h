#pragma once

#include <QWidget>

#include <memory>
#include <optional>

class QCustomPlot;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace headroom {
struct CatalogEntry;
}

namespace headroom::ui {

class CandidateTableModel;
class CatalogStore;
class ScenarioModel;

/// The scenario's candidate machines side by side (2 to 8): host RAM and what is free,
/// memory per device and what is free, whether the job fits and why, the largest batch
/// and in-memory dataset, price and price per usable GiB; the recommended candidate
/// explained in a sentence; sortable columns; candidates added from the catalogue,
/// removed and reordered as undoable edits; and a chart of each candidate's headroom.
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    static constexpr int kMaxCandidates = 8;

    /// `catalog` may be null: the view then keeps its own store of the user's catalogue.
    explicit ComparisonView(ScenarioModel *model, CatalogStore *catalog = nullptr, QWidget *parent = nullptr);
    ~ComparisonView() override;

    QTableView *table() const { return m_view; }
    /// The table's rows in the scenario's order (the view's sorting applies on top).
    CandidateTableModel *tableModel() const { return m_table; }
    QLabel *recommendationLabel() const { return m_summary; }
    QCustomPlot *headroomChart() const { return m_chart; }
    CatalogStore *catalog() const { return m_catalog; }

    /// The scenario index of the recommended candidate, if any fits with headroom.
    std::optional<int> recommendedIndex() const { return m_recommended; }

    /// Adds a catalogue entry as a candidate (undoable): a built-in machine by its id, a
    /// user entry copied in, a bare GPU copied in with the scenario's GPUs per machine and
    /// the host RAM the estimate recommends. False when the table is full.
    bool addEntry(const CatalogEntry &entry);
    /// Removes the candidate at scenario index `index` (undoable).
    void removeCandidate(int index);
    /// Moves the candidate at `index` by `delta` places (undoable).
    void moveCandidate(int index, int delta);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Sets the buttons' texts and the table's headers in the current language, then refreshes.
    void retranslateUi();
    void refresh();
    void refreshChart();
    void updateButtons();
    int selectedIndex() const;
    void addFromCatalogue();
    void editCatalogue();

    ScenarioModel *m_model;
    CatalogStore *m_catalog;
    QLabel *m_summary;
    QLabel *m_catalogProblem;
    CandidateTableModel *m_table;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QCustomPlot *m_chart;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_edit;
    QLabel *m_note; ///< what adding a candidate decided for the user (a bare GPU's host RAM)
    std::optional<int> m_recommended;
    /// What the chart last drew: it is redrawn only when they differ.
    struct ChartInputs;
    std::unique_ptr<ChartInputs> m_chartShown;
};

} // namespace headroom::ui
