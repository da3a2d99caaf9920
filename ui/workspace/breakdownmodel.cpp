#include "workspace/breakdownmodel.h"

#include "common/errortext.h"
#include "common/format.h"

#include <QLocale>

namespace headroom::ui {

BreakdownModel::BreakdownModel(QObject *parent) : QAbstractTableModel(parent) {}

void BreakdownModel::setEstimate(const Estimate *e)
{
    std::vector<Row> rows;
    if (e) {
        for (const Component &c : e->host.components)
            rows.push_back({c, false, e->host.peak});
        if (e->device)
            for (const Component &c : e->device->components)
                rows.push_back({c, true, e->device->peak});
    }
    bool sameRows = rows.size() == m_rows.size();
    for (std::size_t i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows[i].component.name == m_rows[i].component.name && rows[i].device == m_rows[i].device;
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    // The same components: only the cells whose values moved.
    for (std::size_t i = 0; i < rows.size(); ++i) {
        Row &old = m_rows[i];
        const Row &now = rows[i];
        if (old == now)
            continue;
        const int r = static_cast<int>(i);
        const bool bytes = old.component.bytes != now.component.bytes;
        const bool share = bytes || old.peak != now.peak;
        const bool derivation = old.component.derivation != now.component.derivation
                                || !(old.component.derivationParts == now.component.derivationParts);
        old = now;
        const int first = bytes ? int(Memory) : share ? int(Share) : int(Derivation);
        const int last = derivation ? int(Derivation) : share ? int(Share) : first;
        emit dataChanged(index(r, first), index(r, last));
    }
}

void BreakdownModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const Component &c = row.component;
    const double share = row.peak > 0 ? 100.0 * static_cast<double>(c.bytes) / static_cast<double>(row.peak) : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return componentName(c.name);
        case Where:
            return row.device ? tr("device") : tr("host");
        case Memory:
            return formatSize(c.bytes);
        case Share:
            return QLocale().toString(share, 'f', 1) + QStringLiteral(" %");
        case Derivation:
            return derivationText(c);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return QString::fromStdString(c.name);
        case Memory:
            return tr("%1 bytes").arg(QLocale().toString(static_cast<qlonglong>(c.bytes)));
        case Derivation:
            return derivationText(c);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Memory || index.column() == Share)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case BytesRole:
        return static_cast<qlonglong>(c.bytes);
    default:
        return {};
    }
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Component");
    case Where:
        return tr("Where");
    case Memory:
        return tr("Memory");
    case Share:
        return tr("Share");
    case Derivation:
        return tr("Derivation");
    default:
        return {};
    }
}

} // namespace headroom::ui
