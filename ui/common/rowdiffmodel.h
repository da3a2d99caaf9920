#pragma once

#include <QAbstractTableModel>

#include <algorithm>
#include <iterator>
#include <vector>

namespace headroom::ui {

/// A table model whose update changes only what differs, so that a view keeps its
/// selection, current cell and scroll position through it: rows removed or inserted at the
/// end when their number changes, and for the rows both have, one dataChanged per run of
/// changed cells. A row is an array of cells that compare with ==.
class RowDiffModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowDiffModel)

public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rowCount; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_columnCount; }

protected:
    RowDiffModel(int columnCount, QObject *parent) : QAbstractTableModel(parent), m_columnCount(columnCount) {}

    /// Brings `shown` (what the model shows) to `next`, emitting the signals for the change.
    template <typename Row>
    void showRows(std::vector<Row> &shown, std::vector<Row> next);

private:
    int m_rowCount = 0;
    int m_columnCount;
};

template <typename Row>
void RowDiffModel::showRows(std::vector<Row> &shown, std::vector<Row> next)
{
    const int before = static_cast<int>(shown.size());
    const int after = static_cast<int>(next.size());
    if (after < before) {
        beginRemoveRows({}, after, before - 1);
        shown.resize(next.size());
        m_rowCount = after;
        endRemoveRows();
    }
    for (int r = 0; r < std::min(before, after); ++r) {
        Row &have = shown[static_cast<std::size_t>(r)];
        Row &want = next[static_cast<std::size_t>(r)];
        const int columns = static_cast<int>(have.size());
        int first = -1;
        for (int c = 0; c <= columns; ++c) {
            const auto k = static_cast<std::size_t>(c);
            if (c < columns && !(have[k] == want[k])) {
                have[k] = std::move(want[k]);
                if (first < 0)
                    first = c;
            } else if (first >= 0) {
                emit dataChanged(index(r, first), index(r, c - 1));
                first = -1;
            }
        }
    }
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        shown.insert(shown.end(), std::make_move_iterator(next.begin() + before), std::make_move_iterator(next.end()));
        m_rowCount = after;
        endInsertRows();
    }
}

} // namespace headroom::ui
