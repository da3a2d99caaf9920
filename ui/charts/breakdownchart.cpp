#include "charts/breakdownchart.h"

#include "charts/chartstyle.h"
#include "common/format.h"
#include "engine/engine.h"
#include "model/scenariomodel.h"

#include <QStandardItemModel>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace headroom::ui {

BreakdownChart::BreakdownChart(ScenarioModel *model, QWidget *parent) : ChartView(model, parent)
{
    setObjectName(QStringLiteral("breakdownChart"));
    setAccessibleName(title());
}

BreakdownChart::~BreakdownChart() = default;

QString BreakdownChart::title() const { return tr("Memory by component"); }

void BreakdownChart::rebuild(bool withTable)
{
    QCustomPlot *p = plot();
    m_segments.clear();

    const Scenario &s = model()->scenario();
    const Estimate *e = startRebuild();
    if (!e)
        return;
    QCPLegend *legend = nullptr;
    QCPAxisRect *rect = addPanel(0, &legend);
    QCPAxis *x = rect->axis(QCPAxis::atBottom);
    QCPAxis *y = rect->axis(QCPAxis::atLeft);

    // Host (with the OS reserve, as the RAM it must fit in) and, for a GPU job, one device.
    struct Column {
        double key;
        QString label;
        std::vector<std::pair<QString, Bytes>> parts;
    };
    std::vector<Column> columns;
    Column host{1.0, tr("Host RAM"), {}};
    host.parts.emplace_back(QStringLiteral("system_reserve"), satSub(hostNeed(s, *e), e->host.peak));
    for (const Component &c : e->host.components)
        host.parts.emplace_back(QString::fromStdString(c.name), c.bytes);
    columns.push_back(std::move(host));
    if (e->device) {
        Column dev{2.0, tr("Per device (%n device(s))", nullptr, static_cast<int>(e->devices)), {}};
        for (const Component &c : e->device->components)
            dev.parts.emplace_back(QString::fromStdString(c.name), c.bytes);
        columns.push_back(std::move(dev));
    }

    std::vector<QString> order;
    for (const Column &col : columns)
        for (const auto &part : col.parts)
            if (std::find(order.begin(), order.end(), part.first) == order.end())
                order.push_back(part.first);

    // Stack by explicit tops: QCPBars draws each bar from zero, so the series are created
    // top of the stack first and each lower one paints over the one above it.
    std::vector<double> base(columns.size(), 0.0);
    std::vector<std::vector<std::pair<double, double>>> data(order.size()); // (key, top) per series
    double largest = 1.0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const QString &name = order[k];
        if (isSeriesHidden(name))
            continue;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            Bytes v = 0;
            for (const auto &part : columns[c].parts)
                if (part.first == name)
                    v = part.second;
            if (v <= 0)
                continue;
            const double lower = base[c];
            const double upper = lower + static_cast<double>(v);
            data[k].emplace_back(columns[c].key, upper);
            m_segments.push_back(Segment{name, columns[c].key, lower, upper});
            base[c] = upper;
            largest = std::max(largest, upper);
        }
    }
    std::vector<QCPBars *> bars(order.size(), nullptr); // bottom first, like `order`
    for (std::size_t k = order.size(); k-- > 0;) {
        const QString &name = order[k];
        auto *b = new QCPBars(x, y);
        b->setObjectName(name);
        b->setName(componentLabel(name));
        b->setWidth(0.45);
        const QColor color = componentColor(name, palette());
        b->setPen(QPen(color.darker(130), 1));
        b->setBrush(color);
        b->setVisible(!isSeriesHidden(name));
        for (const auto &[key, top] : data[k])
            b->addData(key, top);
        bars[k] = b;
    }

    // Capacity ticks: each candidate's RAM and per-GPU memory as short lines at its column.
    const auto &cands = e->candidates;
    std::vector<QCPGraph *> capacityGraphs;
    for (std::size_t i = 0; i < cands.size(); ++i) {
        const Machine &m = cands[i].machine;
        const QColor color = candidateColor(static_cast<int>(i));
        const QString key = QStringLiteral("capacity:%1").arg(i);
        QCPGraph *g = p->addGraph(x, y);
        g->setObjectName(key);
        g->setName(tr("%1 (capacity)").arg(QString::fromStdString(m.name)));
        g->setPen(QPen(color, 2, Qt::DashLine)); // no data: it stands for the lines in the legend
        g->setVisible(!isSeriesHidden(key));
        capacityGraphs.push_back(g);
        if (!g->visible())
            continue;
        for (const Column &col : columns) {
            const Bytes cap = col.key == 1.0 ? m.hostRam : m.gpuMemory;
            if (cap <= 0)
                continue;
            auto *line = new QCPItemLine(p);
            line->setClipAxisRect(rect);
            line->start->setAxes(x, y);
            line->end->setAxes(x, y);
            line->start->setCoords(col.key - 0.36, static_cast<double>(cap));
            line->end->setCoords(col.key + 0.36, static_cast<double>(cap));
            line->setPen(QPen(color, 2, Qt::DashLine));
            auto *label = new QCPItemText(p);
            label->setClipAxisRect(rect);
            label->position->setAxes(x, y);
            label->position->setCoords(col.key - 0.36, static_cast<double>(cap));
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
            label->setPadding(QMargins(0, 0, 0, 2));
            label->setText(tr("%1: %2").arg(QString::fromStdString(m.name), shortSize(cap)));
            label->setColor(color);
        }
    }
    double yMax = largest;
    for (const auto &f : cands)
        for (const Column &col : columns) {
            const double cap = static_cast<double>(col.key == 1.0 ? f.machine.hostRam : f.machine.gpuMemory);
            if (cap > 0 && (cap <= largest * 3.0 || isLogScale()))
                yMax = std::max(yMax, cap);
        }
    // Capacities far above the bars are named in a note rather than flattening the bars.
    for (std::size_t i = 0; i < cands.size(); ++i) {
        if (isSeriesHidden(QStringLiteral("capacity:%1").arg(i)))
            continue;
        const Machine &m = cands[i].machine;
        QStringList above;
        if (static_cast<double>(m.hostRam) > yMax * 1.02)
            above << tr("%1 RAM").arg(shortSize(m.hostRam));
        if (e->device && static_cast<double>(m.gpuMemory) > yMax * 1.02)
            above << tr("%1 per GPU").arg(shortSize(m.gpuMemory));
        if (!above.isEmpty())
            addNote(rect, tr("↑ %1 (%2, above this view)").arg(QString::fromStdString(m.name), above.join(QStringLiteral(", "))),
                    candidateColor(static_cast<int>(i)));
    }

    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (const Column &col : columns)
        ticker->addTick(col.key, col.label);
    x->setTicker(ticker);
    x->setSubTicks(false);
    x->grid()->setVisible(false);
    setupMemoryAxis(y, tr("Memory"), yMax);
    setHome(x, 0.4, static_cast<double>(columns.size()) + 0.6);
    if (isLogScale()) {
        double smallest = largest;
        for (const Segment &seg : m_segments)
            smallest = std::min(smallest, seg.upper - seg.lower);
        setHome(y, std::max(1.0, smallest / 2.0), yMax * 2.0);
    } else {
        setHome(y, 0.0, yMax * 1.08);
    }
    for (QCPGraph *g : capacityGraphs)
        addToLegend(g, legend);
    for (auto it = bars.rbegin(); it != bars.rend(); ++it)
        addToLegend(*it, legend);
    watchLegend(legend);

    QString heading = title();
    if (!s.name.empty())
        heading += QLatin1Char('\n') + QString::fromStdString(s.name);
    addTitle(heading);

    if (withTable) {
        QStandardItemModel *t = table();
        QStringList headers{tr("Component")};
        for (const Column &col : columns)
            headers << col.label;
        t->setColumnCount(static_cast<int>(headers.size()));
        t->setHorizontalHeaderLabels(headers);
        for (const QString &name : order) {
            QList<QStandardItem *> row{new QStandardItem(componentLabel(name))};
            for (const Column &col : columns) {
                Bytes v = 0;
                for (const auto &part : col.parts)
                    if (part.first == name)
                        v = part.second;
                auto *item = new QStandardItem(v > 0 ? formatSize(v) : QString());
                item->setData(static_cast<qlonglong>(v), Qt::UserRole);
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                row << item;
            }
            t->appendRow(row);
        }
        QList<QStandardItem *> totals{new QStandardItem(tr("Total"))};
        for (std::size_t c = 0; c < columns.size(); ++c) {
            auto *item = new QStandardItem(formatSize(static_cast<Bytes>(std::llround(base[c]))));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            totals << item;
        }
        t->appendRow(totals);
    }
}

QString BreakdownChart::hoverText(QCPAxisRect *, double key, double value)
{
    for (const Segment &seg : m_segments) {
        if (std::fabs(key - seg.key) <= 0.3 && value >= seg.lower && value <= seg.upper) {
            const Bytes bytes = static_cast<Bytes>(std::llround(seg.upper - seg.lower));
            return QStringLiteral("<b>%1</b><br>%2").arg(componentLabel(seg.component).toHtmlEscaped(), formatSize(bytes));
        }
    }
    return {};
}

} // namespace headroom::ui
