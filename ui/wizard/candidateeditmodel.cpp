#include "wizard/candidateeditmodel.h"

#include "hardware/catalog.h"
#include "model/scenariomodel.h"
#include "wizard/fieldbinder.h"

#include <QLocale>

#include <cmath>
#include <functional>
#include <optional>

namespace headroom::ui {

namespace {

/// Adding or removing a machine is its own undo step: a field name that never repeats
/// keeps it from merging with the edit before.
QString structuralField()
{
    static int serial = 0;
    return QStringLiteral("hardware#%1").arg(++serial);
}

/// A cell's number as a person reads it: whole numbers without decimals, others to two
/// decimals (80 GB is "74.51" GiB, not "74.5058059692"); editing a cell reads only that cell.
QString number(double v)
{
    const double rounded = std::round(v * 100.0) / 100.0;
    return QLocale().toString(rounded, 'f', rounded == std::floor(rounded) ? 0 : (rounded * 10.0 == std::floor(rounded * 10.0) ? 1 : 2));
}

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double v = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        v = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? std::optional(v) : std::nullopt;
}

bool isNumeric(int column)
{
    using C = CandidateEditModel::Column;
    return column == C::HostRam || column == C::GpuMemory || column == C::GpuCount || column == C::Price;
}

GpuSpec &gpuOf(HardwareCandidate &h)
{
    if (!h.gpu)
        h.gpu = GpuSpec{};
    return *h.gpu;
}

headroom::Price &priceOf(HardwareCandidate &h)
{
    if (!h.price)
        h.price = headroom::Price{};
    return *h.price;
}

} // namespace

CandidateEditModel::CandidateEditModel(FieldBinder *binder, QWidget *errorEditor, QObject *parent)
    : RowDiffModel(ColumnCount, parent), m_binder(binder), m_errorEditor(errorEditor)
{
    update();
}

QVariant CandidateEditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Cell &c = m_rows[static_cast<std::size_t>(index.row())][static_cast<std::size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.row() == m_refused.row && index.column() == m_refused.column)
            return m_refused.text;
        return c.text;
    case Qt::ToolTipRole:
        return c.toolTip.isEmpty() ? QVariant() : QVariant(c.toolTip);
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant((Qt::AlignRight | Qt::AlignVCenter).toInt()) : QVariant();
    default:
        return {};
    }
}

QVariant CandidateEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const std::array<QString, ColumnCount> headers{tr("Name"), tr("Host RAM (GiB)"), tr("GPU model"), tr("GPU memory (GiB)"),
                                                   tr("GPUs"), tr("Price"), tr("Currency")};
    return headers[static_cast<std::size_t>(section)];
}

Qt::ItemFlags CandidateEditModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable : Qt::NoItemFlags;
}

void CandidateEditModel::update()
{
    std::vector<Row> next = rows();
    if (next != m_rows)
        showRefused(-1, -1, {}); // the machines changed: the refused entry goes with them
    showRows(m_rows, std::move(next));
}

void CandidateEditModel::showRefused(int row, int column, const QString &text)
{
    const Refused before = m_refused;
    m_refused = {row, column, text};
    if (before.row >= 0 && before.row < rowCount())
        emit dataChanged(index(before.row, before.column), index(before.row, before.column));
    if (row >= 0 && row < rowCount())
        emit dataChanged(index(row, column), index(row, column));
}

std::vector<CandidateEditModel::Row> CandidateEditModel::rows() const
{
    std::vector<Row> out;
    for (const HardwareCandidate &h : m_binder->model()->scenario().hardware) {
        Row row;
        auto set = [&row](Column c, QString text) { row[static_cast<std::size_t>(c)].text = std::move(text); };
        if (!h.catalogId.empty()) {
            const CatalogEntry *e = builtinCatalog().find(h.catalogId);
            const QString tip = tr("From the catalogue entry %1. Editing a cell makes the machine this scenario's own copy.")
                                    .arg(QString::fromStdString(h.catalogId));
            for (Cell &c : row)
                c.toolTip = tip;
            set(Name, e ? tr("%1 (catalogue)").arg(QString::fromStdString(e->name))
                        : tr("%1 (not in the catalogue)").arg(QString::fromStdString(h.catalogId)));
            if (e) {
                if (e->hostRam.value > 0)
                    set(HostRam, number(static_cast<double>(e->hostRam.bytes()) / (1 << 30)));
                set(GpuModel, QString::fromStdString(e->gpuModel));
                if (e->gpuCount > 0) {
                    set(GpuMemory, number(static_cast<double>(e->gpuMemory.bytes()) / (1 << 30)));
                    set(GpuCount, QString::number(e->gpuCount));
                }
                if (e->price)
                    set(Price, number(*e->price));
                set(Currency, QString::fromStdString(e->currency));
            }
        } else {
            set(Name, QString::fromStdString(h.name));
            set(HostRam, number(h.hostRamGib));
            if (h.gpu) {
                set(GpuModel, QString::fromStdString(h.gpu->model));
                set(GpuMemory, number(h.gpu->memoryGib));
                set(GpuCount, QString::number(h.gpu->count));
            }
            if (h.price) {
                set(Price, number(h.price->amount));
                set(Currency, QString::fromStdString(h.price->currency));
            }
        }
        out.push_back(std::move(row));
    }
    return out;
}

bool CandidateEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const ScenarioModel *model = m_binder->model();
    if (role != Qt::EditRole || !index.isValid() || index.column() >= ColumnCount
        || static_cast<std::size_t>(index.row()) >= model->scenario().hardware.size())
        return false;
    const auto row = static_cast<std::size_t>(index.row());
    const QString text = value.toString().trimmed();
    const QString base = QStringLiteral("hardware[%1]").arg(row);
    std::optional<double> number;
    if (isNumeric(index.column()) && !text.isEmpty()) {
        number = parseNumber(text);
        if (!number) {
            m_binder->setLocalError(m_errorEditor, tr("Row %1: “%2” is not a number.").arg(row + 1).arg(text));
            showRefused(index.row(), index.column(), text);
            return false;
        }
    }
    m_binder->setLocalError(m_errorEditor, {});
    if (m_refused.row >= 0)
        showRefused(-1, -1, {});
    // A machine named by catalogue reference becomes the scenario's own copy on its
    // first edit, so that every cell can be changed.
    std::optional<HardwareCandidate> own;
    if (const auto &h = model->scenario().hardware[row]; !h.catalogId.empty())
        if (const CatalogEntry *e = builtinCatalog().find(h.catalogId)) {
            const Estimate *est = model->estimate();
            own = catalogPick(*e, false, model->scenario(), est ? est->recommendation.hostPurchasable : 0).candidate;
        }
    QString path;
    QString label;
    std::function<void(HardwareCandidate &)> change;
    switch (index.column()) {
    case Name:
        path = base + QStringLiteral(".name");
        label = tr("Machine name");
        change = [text](HardwareCandidate &h) { h.name = text.toStdString(); };
        break;
    case HostRam:
        path = base + QStringLiteral(".host_ram_gib");
        label = tr("Host RAM");
        change = [number](HardwareCandidate &h) { h.hostRamGib = number.value_or(0.0); };
        break;
    case GpuModel:
        path = base + QStringLiteral(".gpu.model");
        label = tr("GPU model");
        change = [text](HardwareCandidate &h) {
            if (!text.isEmpty() || h.gpu)
                gpuOf(h).model = text.toStdString();
        };
        break;
    case GpuMemory:
        path = base + QStringLiteral(".gpu.memory_gib");
        label = tr("GPU memory");
        change = [number](HardwareCandidate &h) {
            if (number)
                gpuOf(h).memoryGib = *number;
            else
                h.gpu.reset(); // no GPU memory: a CPU-only machine
        };
        break;
    case GpuCount:
        path = base + QStringLiteral(".gpu.count");
        label = tr("GPU count");
        change = [number](HardwareCandidate &h) { gpuOf(h).count = static_cast<std::int64_t>(number.value_or(1)); };
        break;
    case Price:
        path = base + QStringLiteral(".price.amount");
        label = tr("Price");
        change = [number](HardwareCandidate &h) {
            if (number)
                priceOf(h).amount = *number;
            else
                h.price.reset();
        };
        break;
    case Currency:
        path = base + QStringLiteral(".price.currency");
        label = tr("Currency");
        change = [text](HardwareCandidate &h) { priceOf(h).currency = text.isEmpty() ? "USD" : text.toStdString(); };
        break;
    default:
        return false;
    }
    if (own)
        path = structuralField(); // its own undo step: the copy and the edit together
    m_binder->edit(path, label, [row, own, change](Scenario &s) {
        if (own)
            s.hardware[row] = *own;
        change(s.hardware[row]);
    });
    return true;
}

void CandidateEditModel::addTyped()
{
    m_binder->edit(structuralField(), tr("Add machine"), [](Scenario &s) {
        HardwareCandidate h;
        int n = static_cast<int>(s.hardware.size()) + 1;
        auto taken = [&s](const std::string &name) {
            for (const auto &c : s.hardware)
                if (c.name == name)
                    return true;
            return false;
        };
        do {
            h.name = tr("Machine %1").arg(n++).toStdString();
        } while (taken(h.name));
        h.hostRamGib = 64;
        h.gpu = GpuSpec{"", 24, 1};
        s.hardware.push_back(h);
    });
}

void CandidateEditModel::remove(int row)
{
    if (row < 0 || row >= static_cast<int>(m_binder->model()->scenario().hardware.size()))
        return;
    m_binder->edit(structuralField(), tr("Remove machine"),
                   [row](Scenario &s) { s.hardware.erase(s.hardware.begin() + row); });
}

} // namespace headroom::ui
