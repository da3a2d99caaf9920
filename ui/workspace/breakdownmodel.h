#pragma once

#include "estimate/estimate.h"

#include <QAbstractTableModel>

#include <vector>

namespace headroom::ui {

/// The estimate's components as table rows: host components, then device components.
/// setEstimate() updates in place: the same components give dataChanged for the cells that
/// differ (selection and scroll stay), a different set of rows resets the model.
class BreakdownModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakdownModel)

public:
    enum Column { Name, Where, Memory, Share, Derivation, ColumnCount };
    /// The bytes of a row (Qt::UserRole on any column).
    static constexpr int BytesRole = Qt::UserRole;

    explicit BreakdownModel(QObject *parent = nullptr);

    /// Shows `e`'s components; nullptr: none.
    void setEstimate(const Estimate *e);
    /// Every text again (a new language or units): dataChanged for all cells and the headers.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Component component;
        bool device = false;
        Bytes peak = 0; ///< of its breakdown, for the share
        bool operator==(const Row &) const = default;
    };
    std::vector<Row> m_rows;
};

} // namespace headroom::ui
