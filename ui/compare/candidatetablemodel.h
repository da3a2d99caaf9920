#pragma once

#include "common/rowdiffmodel.h"

#include <QColor>
#include <QString>
#include <QVariant>

#include <array>
#include <optional>
#include <vector>

namespace headroom {
struct Estimate;
struct Scenario;
} // namespace headroom

namespace headroom::ui {

/// The comparison's candidates, one row per machine in the scenario's order, with the
/// figures core found for each (free memory, whether it fits and why, the largest batch,
/// price per usable GiB). An update changes only what differs: dataChanged for the cells
/// whose text, sort value, tip or colour changed, rows inserted or removed at the end when
/// the number of candidates changes; so a view keeps its selection, scroll and sorting.
class CandidateTableModel final : public RowDiffModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateTableModel)

public:
    /// Columns, in order.
    enum Column {
        Order,
        Name,
        HostRam,
        HostFree,
        DeviceMemory,
        DeviceFree,
        Fits,
        MaxBatch,
        MaxSamples,
        Price,
        PricePerGib,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, ///< the value a column sorts by (bytes, not their text)
        IndexRole                ///< the candidate's index in the scenario
    };

    explicit CandidateTableModel(QObject *parent = nullptr);

    /// Shows the candidates of `estimate` (none without one) for `scenario`; `recommended`
    /// is the index of the candidate marked as recommended.
    void update(const Scenario &scenario, const Estimate *estimate, std::optional<int> recommended);
    /// Re-reads the header texts in the current language.
    void retranslate();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell {
        QString text;
        QVariant sortValue;
        QString toolTip;
        QColor foreground; ///< invalid: the palette's
        bool bold = false;
        bool rightAligned = true;
        bool operator==(const Cell &other) const = default;
    };
    using Row = std::array<Cell, ColumnCount>;

    std::vector<Row> rowsFor(const Scenario &scenario, const Estimate *estimate, std::optional<int> recommended) const;

    std::vector<Row> m_rows;
    bool m_serving = false; ///< the limit columns speak of sequences and context
    std::array<QString, ColumnCount> m_headers;
    std::array<QString, ColumnCount> m_headerTips;
};

} // namespace headroom::ui
