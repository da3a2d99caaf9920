#pragma once

#include "common/rowdiffmodel.h"

#include <QString>
#include <QVariant>

#include <array>
#include <vector>

namespace headroom::ui {

class FieldBinder;

/// The scenario's candidate machines as the Hardware page edits them, one row per machine
/// in the scenario's order. A machine named by catalogue reference shows its entry's values.
/// Every edit (a cell, adding, removing) goes through the page's FieldBinder and so through
/// the undo stack; update() then changes only the cells that differ, so the view keeps its
/// selection, current cell and scroll position.
class CandidateEditModel final : public RowDiffModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateEditModel)

public:
    /// Columns, in order.
    enum Column { Name, HostRam, GpuModel, GpuMemory, GpuCount, Price, Currency, ColumnCount };

    /// `errorEditor`: the binder's custom editor beside which a cell's refusal is shown.
    CandidateEditModel(FieldBinder *binder, QWidget *errorEditor, QObject *parent = nullptr);

    /// Re-reads the scenario's candidates.
    void update();
    /// Adds a typed-in machine ("Machine 2", 64 GiB of host RAM, one 24 GiB GPU).
    void addTyped();
    /// Removes the machine in `row`, if there is one.
    void remove(int row);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Parses the text and edits the machine; a number column refuses text that is not one.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    struct Cell {
        QString text;
        QString toolTip;
        bool operator==(const Cell &other) const = default;
    };
    using Row = std::array<Cell, ColumnCount>;

    std::vector<Row> rows() const;

    /// Shows `text` in a cell in place of its value (a refused entry), or none (row −1).
    void showRefused(int row, int column, const QString &text);

    FieldBinder *m_binder;
    QWidget *m_errorEditor;
    std::vector<Row> m_rows;
    /// The text a number cell refused, kept in that cell beside the error until the next
    /// accepted edit or a change of the machines, as a line edit keeps what was typed.
    struct Refused {
        int row = -1;
        int column = -1;
        QString text;
    } m_refused;
};

} // namespace headroom::ui
