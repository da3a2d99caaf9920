#include "compare/candidatetablemodel.h"

#include "common/errortext.h"
#include "common/format.h"
#include "engine/engine.h"
#include "engine/fit/fit.h"

#include <QFont>
#include <QLocale>


namespace headroom::ui {

namespace {

const QColor kGood(0x2e, 0x8b, 0x57);
const QColor kTight(0xc2, 0x7c, 0x0e);
const QColor kShort(0xc0, 0x39, 0x2b);

QString money(double amount, const std::string &currency)
{
    return formatMoney(amount, QString::fromStdString(currency));
}

} // namespace

CandidateTableModel::CandidateTableModel(QObject *parent) : RowDiffModel(ColumnCount, parent) { retranslate(); }

QVariant CandidateTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Cell &c = m_rows[static_cast<std::size_t>(index.row())][static_cast<std::size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return c.text;
    case Qt::ToolTipRole:
        return c.toolTip.isEmpty() ? QVariant() : QVariant(c.toolTip);
    case Qt::ForegroundRole:
        return c.foreground.isValid() ? QVariant(c.foreground) : QVariant();
    case Qt::FontRole:
        if (!c.bold)
            return {};
        {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
    case Qt::TextAlignmentRole:
        return (c.rightAligned ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter).toInt();
    case SortRole:
        return c.sortValue;
    case IndexRole:
        return index.row();
    default:
        return {};
    }
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto s = static_cast<std::size_t>(section);
    if (role == Qt::DisplayRole)
        return m_headers[s];
    if (role == Qt::ToolTipRole && !m_headerTips[s].isEmpty())
        return m_headerTips[s];
    return {};
}

void CandidateTableModel::retranslate()
{
    m_headers = {tr("#"), tr("Candidate"), tr("Host RAM"), tr("Host free"), tr("Per device"), tr("Device free"),
                 tr("Fits"), m_serving ? tr("Most sequences") : tr("Largest batch"),
                 m_serving ? tr("Longest context") : tr("Most samples in memory"), tr("Price"),
                 tr("Price per usable GiB")};
    m_headerTips = {};
    m_headerTips[HostFree] = tr("Host RAM left once the job, the OS reserve and other programs are in");
    m_headerTips[DeviceFree] = tr("Memory left on each GPU at the job's peak");
    m_headerTips[MaxBatch] = m_serving ? tr("The most concurrent sequences of the scenario's context that fit this machine, without the safety margin")
                                       : tr("The largest batch size that fits this machine, without the safety margin (Fits counts the margin)");
    m_headerTips[MaxSamples] = m_serving ? tr("The longest context per sequence (tokens) at the scenario's concurrency, without the safety margin")
                                         : tr("The most samples that fit with the data held in memory, without the safety margin");
    m_headerTips[PricePerGib] = tr("Price divided by the memory the job can use: all GPU memory for a GPU job, "
                                   "otherwise the RAM left after the OS reserve");
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void CandidateTableModel::update(const Scenario &scenario, const Estimate *estimate, std::optional<int> recommended)
{
    const bool serving = scenario.run.serving.has_value();
    if (serving != m_serving) {
        m_serving = serving;
        retranslate();
    }
    showRows(m_rows, rowsFor(scenario, estimate, recommended));
}

std::vector<CandidateTableModel::Row> CandidateTableModel::rowsFor(const Scenario &s, const Estimate *e,
                                                                   std::optional<int> recommended) const
{
    std::vector<Row> rows;
    if (!e)
        return rows;
    const QLocale locale;
    const QString headroomPct = locale.toString(s.system.headroomFraction * 100.0, 'f', 0);
    const bool serving = s.run.serving.has_value();
    const QString none = QStringLiteral("—");
    rows.reserve(e->candidates.size());
    for (std::size_t k = 0; k < e->candidates.size(); ++k) {
        const CandidateFit &f = e->candidates[k];
        const Machine &m = f.machine;
        const int idx = static_cast<int>(k);
        Row row;
        auto set = [&row](Column c, QString text, QVariant sortValue, bool right = true) -> Cell & {
            Cell &cell = row[c];
            cell.text = std::move(text);
            cell.sortValue = std::move(sortValue);
            cell.rightAligned = right;
            return cell;
        };
        set(Order, locale.toString(idx + 1), idx);
        Cell &name = set(Name, QString::fromStdString(m.name), QString::fromStdString(m.name), false);
        if (!m.catalogId.empty())
            name.toolTip = tr("Catalogue entry %1").arg(QString::fromStdString(m.catalogId));
        if (recommended == idx) {
            name.text = tr("★ %1 (recommended)").arg(QString::fromStdString(m.name));
            name.bold = true;
        }
        set(HostRam, formatSize(m.hostRam), static_cast<qlonglong>(m.hostRam));
        if (f.hostFree < 0)
            set(HostFree, formatSize(f.hostFree), static_cast<qlonglong>(f.hostFree)).foreground = kShort;
        else
            set(HostFree, formatSize(f.hostFree), static_cast<qlonglong>(f.hostFree));
        if (m.gpuCount > 0 && m.gpuMemory > 0)
            //: GPUs in a machine: count × memory each ("2 × 22.35 GiB").
            set(DeviceMemory, tr("%1 × %2").arg(locale.toString(m.gpuCount), formatSize(m.gpuMemory)),
                static_cast<double>(m.gpuMemory) * static_cast<double>(m.gpuCount));
        else
            set(DeviceMemory, tr("none"), 0.0);
        if (f.deviceFree) {
            Cell &free = set(DeviceFree, formatSize(*f.deviceFree), static_cast<qlonglong>(*f.deviceFree));
            if (*f.deviceFree < 0)
                free.foreground = kShort;
        } else {
            set(DeviceFree, none, QVariant());
        }

        // Fits, and why not, in the user's language.
        QString fitsText;
        int fitsRank = 0;
        switch (f.level) {
        case FitLevel::Fits:
            fitsText = tr("Yes, with %1 % headroom").arg(headroomPct);
            fitsRank = 2;
            break;
        case FitLevel::NoMargin:
            fitsText = tr("Yes, but with less than %1 % headroom").arg(headroomPct);
            fitsRank = 1;
            break;
        case FitLevel::DoesNotFit:
            //: Why a candidate does not fit; %1 is a list of reasons.
            fitsText = tr("No: %1").arg(fitProblemsText(f));
            break;
        }
        Cell &fits = set(Fits, fitsText, fitsRank, false);
        fits.toolTip = fitReasonsText(f);
        fits.foreground = fitsRank == 2 ? kGood : fitsRank == 1 ? kTight : kShort;

        // Serving: the same two columns give the most concurrent sequences and the longest context.
        const auto firstLimit = serving ? f.maxConcurrentSequences : f.maxBatchSize;
        const auto secondLimit = serving ? f.maxContextTokens : f.maxSamplesInMemory;
        Cell &first = firstLimit ? set(MaxBatch, locale.toString(*firstLimit), static_cast<qlonglong>(*firstLimit))
                                 : set(MaxBatch, none, -1);
        if (!firstLimit)
            first.toolTip = serving                            ? tr("Not even one sequence fits")
                            : isDeepLearning(s.model.framework) ? tr("Not even a batch of one fits")
                                                                : tr("This model does not train in batches");
        else if (serving && f.reservedBytes)
            first.toolTip = tr("The engine takes %1 per GPU at start-up; its KV cache holds %2 tokens")
                                .arg(formatSize(*f.reservedBytes), locale.toString(f.kvCacheTokens.value_or(0)));
        if (secondLimit)
            set(MaxSamples, locale.toString(*secondLimit), static_cast<qlonglong>(*secondLimit));
        else
            set(MaxSamples, none, -1);
        if (m.price) {
            set(Price, money(*m.price, m.currency), *m.price);
            const double usable = static_cast<double>(usableMemory(s, m)) / static_cast<double>(GiB);
            if (usable > 0)
                set(PricePerGib, money(*m.price / usable, m.currency), *m.price / usable);
            else
                set(PricePerGib, none, QVariant());
        } else {
            set(Price, tr("not given"), QVariant());
            set(PricePerGib, none, QVariant());
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace headroom::ui
