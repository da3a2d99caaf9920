#include "charts/datasetchart.h"

#include "charts/chartstyle.h"
#include "common/format.h"
#include "engine/engine.h"
#include "model/scenariomodel.h"

#include <QLocale>
#include <QStandardItemModel>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace headroom::ui {
namespace {

/// Log ticks at powers of ten labelled compactly: 10 k, 100 k, 1 M.
class CountLogTicker final : public QCPAxisTickerLog
{
public:
    CountLogTicker()
    {
        setLogBase(10);
        setSubTickCount(8);
        setTickCount(6);
    }

protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override { return compactCount(tick); }
};

QString storageLabel(Storage s)
{
    switch (s) {
    case Storage::InMemory:
        return DatasetChart::tr("Held in memory");
    case Storage::MemoryMapped:
        return DatasetChart::tr("Memory-mapped");
    case Storage::Streaming:
        return DatasetChart::tr("Streamed");
    }
    return {};
}

} // namespace

DatasetChart::DatasetChart(ScenarioModel *model, QWidget *parent) : ChartView(model, parent)
{
    setObjectName(QStringLiteral("datasetChart"));
    setAccessibleName(title());
    // Memory grows in proportion to samples across four decades: on log-log axes the
    // curves are straight lines and small machines stay visible.
    setInitialLogScale(true);
}

DatasetChart::~DatasetChart() = default;

QString DatasetChart::title() const { return tr("Host memory against dataset size"); }

QString DatasetChart::storageKey(Storage storage)
{
    const std::string_view name = toString(storage);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

void DatasetChart::rebuild(bool withTable)
{
    QCustomPlot *p = plot();
    m_rect = nullptr;
    m_tracer = nullptr;
    m_current = nullptr;
    m_values.clear();
    m_machines.clear();
    for (auto &v : m_need)
        v.clear();

    const Scenario &s = model()->scenario();
    const Estimate *e = startRebuild();
    if (!e)
        return;
    for (const CandidateFit &f : e->candidates)
        m_machines.push_back(f.machine);
    m_values = datasetSweepValues(s, 64);

    QCPLegend *legend = nullptr;
    m_rect = addPanel(0, &legend);
    QCPAxis *x = m_rect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_rect->axis(QCPAxis::atLeft);
    QVector<double> keys;
    keys.reserve(static_cast<qsizetype>(m_values.size()));
    for (std::int64_t v : m_values)
        keys.push_back(static_cast<double>(v));

    double largest = 1.0;
    double smallest = 0.0;
    std::vector<QCPGraph *> curves;
    for (std::size_t k = 0; k < storages.size(); ++k) {
        const Storage storage = storages[k];
        const std::vector<SweepPoint> points = sweepDataset(s, m_values, storage);
        QVector<double> values;
        values.reserve(static_cast<qsizetype>(points.size()));
        Scenario at = s;
        at.dataset.storage = storage;
        for (const SweepPoint &pt : points) {
            Estimate pe;
            pe.host = pt.host;
            pe.device = pt.device;
            at.dataset.samples = pt.x;
            const Bytes need = hostNeed(at, pe);
            m_need[k].push_back(need);
            values.push_back(static_cast<double>(need));
        }
        const QString key = storageKey(storage);
        QCPGraph *g = p->addGraph(x, y);
        g->setObjectName(key);
        const bool current = storage == s.dataset.storage;
        g->setName(current ? tr("%1 (this scenario)").arg(storageLabel(storage)) : storageLabel(storage));
        static const std::array<QColor, 3> colors{QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0x59, 0xa1, 0x4f)};
        g->setPen(QPen(colors[k], current ? 3.0 : 2.0, current ? Qt::SolidLine : Qt::DashDotLine));
        g->setData(keys, values, true);
        g->setVisible(!isSeriesHidden(key));
        if (current)
            m_current = g;
        curves.push_back(g);
        if (g->visible())
            for (double v : std::as_const(values)) {
                largest = std::max(largest, v);
                smallest = smallest == 0.0 ? v : std::min(smallest, v);
            }
    }
    if (m_current && !m_current->visible())
        m_current = nullptr;

    const double x0 = keys.isEmpty() ? 1.0 : keys.front();
    const double x1 = keys.isEmpty() ? 10.0 : keys.back();
    double yMax = largest;
    for (const Machine &m : m_machines)
        if (m.hostRam > 0 && (static_cast<double>(m.hostRam) <= largest * 1.5 || isLogScale()))
            yMax = std::max(yMax, static_cast<double>(m.hostRam));
    setupMemoryAxis(y, tr("Host RAM needed"), yMax);
    x->setScaleType(QCPAxis::stLogarithmic);
    x->setTicker(QSharedPointer<QCPAxisTicker>(new CountLogTicker));
    x->setLabel(tr("Samples in the dataset"));

    std::vector<QCPGraph *> capacities;
    for (std::size_t i = 0; i < m_machines.size(); ++i) {
        const Machine &m = m_machines[i];
        if (m.hostRam <= 0)
            continue;
        const QString key = QStringLiteral("capacity:%1").arg(i);
        const QColor color = candidateColor(static_cast<int>(i));
        const QString name = QString::fromStdString(m.name);
        const double cap = static_cast<double>(m.hostRam);
        capacities.push_back(addCapacityLine(m_rect, legend, key, tr("%1: %2 RAM").arg(name, shortSize(m.hostRam)), color,
                                             x0, x1, cap));
        if (isSeriesHidden(key))
            continue;
        addShadeAbove(m_rect, color, x0, x1, cap);
        if (cap > yMax * 1.02)
            addNote(m_rect, tr("↑ %1 (%2, above this view)").arg(name, shortSize(m.hostRam)), color);
        // Where it runs out: the largest dataset it holds in memory (core's inverse solve).
        const CandidateFit &f = e->candidates[i];
        if (f.maxSamplesInMemory && static_cast<double>(*f.maxSamplesInMemory) >= x0
            && static_cast<double>(*f.maxSamplesInMemory) <= x1) {
            Scenario at = s;
            at.dataset.storage = Storage::InMemory;
            at.dataset.samples = *f.maxSamplesInMemory;
            const Bytes need = hostNeed(at, estimateMemory(at));
            addPointMarker(m_rect, QStringLiteral("limit:%1").arg(i), color, static_cast<double>(*f.maxSamplesInMemory),
                           static_cast<double>(need), tr("max %1").arg(compactCount(static_cast<double>(*f.maxSamplesInMemory))));
        }
    }
    legend->clearItems();
    for (QCPGraph *g : capacities)
        addToLegend(g, legend);
    for (QCPGraph *g : curves)
        addToLegend(g, legend);
    watchLegend(legend);

    addVerticalMarker(m_rect, static_cast<double>(s.dataset.samples),
                      tr("%1 samples").arg(compactCount(static_cast<double>(s.dataset.samples))));
    m_tracer = addTracer(m_rect);
    setHome(x, x0, x1);
    if (isLogScale())
        setHome(y, smallest > 0 ? smallest / 2.0 : 1.0 * MiB, yMax * 2.0);
    else
        setHome(y, 0.0, yMax * 1.08);

    QString heading = title();
    if (!s.name.empty())
        heading += QLatin1Char('\n') + QString::fromStdString(s.name);
    addTitle(heading);
    if (withTable)
        fillTable();
}

void DatasetChart::hideTracers()
{
    if (m_tracer)
        m_tracer->setVisible(false);
}

QString DatasetChart::hoverText(QCPAxisRect *, double key, double)
{
    hideTracers();
    if (m_values.empty() || !(key > 0))
        return {};
    // Nearest point on the log axis.
    std::size_t best = 0;
    for (std::size_t i = 1; i < m_values.size(); ++i)
        if (std::fabs(std::log(static_cast<double>(m_values[i]) / key))
            < std::fabs(std::log(static_cast<double>(m_values[best]) / key)))
            best = i;
    if (m_tracer && m_current) {
        m_tracer->setGraph(m_current);
        m_tracer->setGraphKey(static_cast<double>(m_values[best]));
        m_tracer->setVisible(true);
    }
    QString rows;
    QStringList fitsInMemory;
    for (std::size_t k = 0; k < storages.size(); ++k)
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;%2</td></tr>")
                    .arg(storageLabel(storages[k]), formatSize(m_need[k][best]));
    for (const Machine &m : m_machines)
        if (m.hostRam >= m_need[0][best])
            fitsInMemory << QString::fromStdString(m.name);
    QString html = QStringLiteral("<b>%1</b><table>%2</table>")
                       .arg(tr("%1 samples").arg(QLocale().toString(m_values[best])), rows);
    if (!m_machines.empty())
        html += fitsInMemory.isEmpty() ? tr("Held in memory, fits none of the candidates' RAM")
                                       : tr("Held in memory, fits the RAM of: %1")
                                             .arg(fitsInMemory.join(QStringLiteral(", ")).toHtmlEscaped());
    return html;
}

void DatasetChart::fillTable()
{
    QStandardItemModel *t = table();
    QStringList headers{tr("Samples")};
    for (Storage st : storages)
        headers << storageLabel(st);
    headers << tr("Held in memory, fits");
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setRowCount(static_cast<int>(m_values.size()));
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        const int r = static_cast<int>(i);
        auto *n = new QStandardItem(QLocale().toString(m_values[i]));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(r, 0, n);
        for (std::size_t k = 0; k < storages.size(); ++k) {
            auto *item = new QStandardItem(formatSize(m_need[k][i]));
            item->setData(static_cast<qlonglong>(m_need[k][i]), Qt::UserRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            t->setItem(r, static_cast<int>(k) + 1, item);
        }
        QStringList names;
        for (const Machine &m : m_machines)
            if (m.hostRam >= m_need[0][i])
                names << QString::fromStdString(m.name);
        t->setItem(r, 4, new QStandardItem(names.join(QStringLiteral(", "))));
    }
}

} // namespace headroom::ui
