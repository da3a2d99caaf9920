#include "charts/batchchart.h"

#include "charts/chartstyle.h"
#include "common/format.h"
#include "common/measurementtext.h"
#include "engine/engine.h"
#include "engine/fit/fit.h"
#include "engine/serving/serving.h"
#include "model/scenariomodel.h"

#include <QLocale>
#include <QStandardItemModel>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace headroom::ui {
namespace {

/// Ticks on whole numbers only: a batch of 2.5 does not exist.
class IntegerTicker final : public QCPAxisTicker
{
public:
    IntegerTicker() { setTickCount(7); }

protected:
    double getTickStep(const QCPRange &range) override { return std::max(1.0, QCPAxisTicker::getTickStep(range)); }
    int getSubTickCount(double tickStep) override { return tickStep < 2.0 ? 0 : QCPAxisTicker::getSubTickCount(tickStep); }
};

Estimate pointEstimate(const SweepPoint &p)
{
    Estimate e;
    e.host = p.host;
    e.device = p.device;
    return e;
}

QString rowsHtml(const QStringList &cells)
{
    QString html;
    for (qsizetype i = 0; i + 1 < cells.size(); i += 2)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;%2</td></tr>").arg(cells[i], cells[i + 1]);
    return html;
}

} // namespace

std::vector<QString> stackOrder(const std::vector<SweepPoint> &points, bool device, const Breakdown *current)
{
    std::vector<QString> names;
    auto add = [&names](const Breakdown &b) {
        for (const Component &c : b.components) {
            const QString n = QString::fromStdString(c.name);
            if (std::find(names.begin(), names.end(), n) == names.end())
                names.push_back(n);
        }
    };
    if (current)
        add(*current);
    for (const SweepPoint &p : points) {
        if (device && p.device)
            add(*p.device);
        else if (!device)
            add(p.host);
    }
    return names;
}

BatchChart::BatchChart(ScenarioModel *model, QWidget *parent) : BatchChart(model, SweepAxis::Batch, parent) {}

BatchChart::BatchChart(ScenarioModel *model, SweepAxis axis, QWidget *parent) : ChartView(model, parent), m_axis(axis)
{
    setObjectName(axis == SweepAxis::Context ? QStringLiteral("contextChart") : QStringLiteral("batchChart"));
    setAccessibleName(title());
}

BatchChart::~BatchChart() = default;

QString BatchChart::title() const
{
    if (m_axis == SweepAxis::Context)
        return tr("Memory against context length");
    if (model()->scenario().run.serving)
        return tr("Memory against concurrent sequences");
    return tr("Memory against batch size");
}

QString BatchChart::axisLabel() const
{
    if (m_axis == SweepAxis::Context)
        return tr("Context per sequence (tokens, logarithmic)");
    if (model()->scenario().run.serving)
        return tr("Concurrent sequences");
    return tr("Batch size (samples per step per device)");
}

QString BatchChart::pointLabel(std::int64_t value) const
{
    if (m_axis == SweepAxis::Context)
        return tr("Context %1 tokens").arg(QLocale().toString(value));
    if (model()->scenario().run.serving)
        return tr("%n concurrent sequence(s)", nullptr, static_cast<int>(std::min<std::int64_t>(value, 1 << 30)));
    return tr("Batch size %1").arg(QLocale().toString(value));
}

std::int64_t BatchChart::sweepMaximumFor(const Scenario &s, const Estimate *e, SweepAxis axis)
{
    const std::int64_t batch = axisValue(s, axis);
    std::int64_t hi = std::max<std::int64_t>(64, batch > (std::int64_t{1} << 40) ? batch : batch * 4);
    if (axis == SweepAxis::Context)
        hi = std::max<std::int64_t>(hi, batch * 16);
    if (e) {
        for (const CandidateFit &f : e->candidates) {
            const auto cap = axisCapacity(f, axis);
            if (cap && *cap < batch * 16 && *cap + *cap / 4 + 1 > hi)
                hi = *cap + *cap / 4 + 1;
        }
    }
    return hi;
}

Bytes BatchChart::total(std::size_t i, bool device) const
{
    if (device)
        return m_points[i].device ? m_points[i].device->peak : 0;
    return satAdd(m_points[i].host.peak, m_reserve[i]);
}

QStringList BatchChart::fittingAt(std::size_t i, bool fit) const
{
    Scenario s = model()->scenario();
    setAxisValue(s, m_axis, m_points[i].x);
    const Estimate e = pointEstimate(m_points[i]);
    QStringList names;
    for (const Machine &m : m_machines)
        if (fits(s, e, m) == fit)
            names << QString::fromStdString(m.name);
    return names;
}

void BatchChart::rebuild(bool withTable)
{
    QCustomPlot *p = plot();
    m_device = Panel{};
    m_host = Panel{};
    m_points.clear();
    m_values.clear();
    m_reserve.clear();
    m_machines.clear();

    const Scenario &s = model()->scenario();
    const Estimate *e = startRebuild();
    if (!e)
        return;
    m_maximum = sweepMaximumFor(s, e, m_axis);
    const bool serving = s.run.serving.has_value();
    if (m_axis == SweepAxis::Batch && !serving) {
        m_values = batchSweepValues(s, kSweepPoints, m_maximum);
        m_points = sweepBatch(s, m_values);
    } else if (m_axis == SweepAxis::Context && !serving) {
        addTitle(title() + QLatin1Char('\n') + tr("Set up serving (Batch page) to see memory against context length."));
        return;
    } else {
        m_values = axisSweepValues(s, m_axis, kSweepPoints, m_maximum);
        m_points = sweepAxis(s, m_axis, m_values);
    }
    m_reserve.reserve(m_points.size());
    for (const SweepPoint &pt : m_points) {
        const Estimate pe = pointEstimate(pt);
        m_reserve.push_back(satSub(hostNeed(s, pe), pt.host.peak));
    }
    for (const CandidateFit &f : e->candidates)
        m_machines.push_back(f.machine);

    int row = 0;
    if (e->device) {
        m_device.rect = addPanel(row++, &m_device.legend);
        buildPanel(m_device, true, *e);
    }
    m_host.rect = addPanel(row++, &m_host.legend);
    buildPanel(m_host, false, *e);
    if (m_device.rect) {
        // One batch axis for both panels: panning or zooming one moves the other.
        QCPAxis *a = m_device.rect->axis(QCPAxis::atBottom);
        QCPAxis *b = m_host.rect->axis(QCPAxis::atBottom);
        connect(a, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), b, qOverload<const QCPRange &>(&QCPAxis::setRange));
        connect(b, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), a, qOverload<const QCPRange &>(&QCPAxis::setRange));
        a->setLabel(QString());
        auto *group = new QCPMarginGroup(p);
        m_device.rect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
        m_host.rect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    }
    QString heading = title();
    if (!s.name.empty())
        heading += QLatin1Char('\n') + QString::fromStdString(s.name);
    if (!isDeepLearning(s.model.framework))
        heading += QLatin1Char('\n') + tr("This model does not train in batches; its memory does not depend on the batch size.");
    addTitle(heading);
    if (withTable)
        fillTable();
}

void BatchChart::buildPanel(Panel &panel, bool device, const Estimate &estimate)
{
    QCustomPlot *p = plot();
    QCPAxisRect *rect = panel.rect;
    QCPAxis *x = rect->axis(QCPAxis::atBottom);
    QCPAxis *y = rect->axis(QCPAxis::atLeft);
    const QString prefix = device ? QStringLiteral("device:") : QStringLiteral("host:");
    const Scenario &s = model()->scenario();
    const std::size_t n = m_points.size();

    QVector<double> keys(static_cast<qsizetype>(n));
    for (std::size_t i = 0; i < n; ++i)
        keys[static_cast<qsizetype>(i)] = static_cast<double>(m_values[i]);

    panel.components = stackOrder(m_points, device, device ? &*estimate.device : &estimate.host);
    if (!device)
        panel.components.insert(panel.components.begin(), QStringLiteral("system_reserve"));

    // Stacked areas: each graph is the running sum up to its component, filled down to
    // the one below.
    QVector<double> running(static_cast<qsizetype>(n), 0.0);
    QCPGraph *below = nullptr;
    std::vector<QCPGraph *> stack;
    double largest = 0.0;
    double smallestPositive = 0.0;
    for (const QString &name : panel.components) {
        const QString key = prefix + name;
        const bool hidden = isSeriesHidden(key);
        const std::string stdName = name.toStdString();
        for (std::size_t i = 0; i < n; ++i) {
            Bytes b = 0;
            if (name == QLatin1String("system_reserve"))
                b = m_reserve[i];
            else if (device)
                b = m_points[i].device ? m_points[i].device->bytesOf(stdName) : 0;
            else
                b = m_points[i].host.bytesOf(stdName);
            if (!hidden)
                running[static_cast<qsizetype>(i)] += static_cast<double>(b);
            if (b > 0 && (smallestPositive == 0.0 || static_cast<double>(b) < smallestPositive))
                smallestPositive = static_cast<double>(b);
        }
        QCPGraph *g = p->addGraph(x, y);
        g->setObjectName(key);
        g->setName(componentLabel(name));
        const QColor color = componentColor(name, palette());
        QColor fill = color;
        fill.setAlpha(200);
        g->setPen(QPen(color.darker(125), 1));
        g->setBrush(fill);
        g->setData(keys, running, true);
        g->setVisible(!hidden);
        if (!hidden) {
            if (below)
                g->setChannelFillGraph(below);
            below = g;
            panel.top = g;
        }
        stack.push_back(g);
        for (double v : std::as_const(running))
            largest = std::max(largest, v);
    }

    const double x0 = keys.isEmpty() ? 1.0 : keys.front();
    const double x1 = keys.isEmpty() ? 2.0 : keys.back();
    // The y range shows the curves and the capacities near them; capacities far above
    // are listed in a note rather than squashing the curves to the floor.
    double yMax = std::max(largest, 1.0);
    std::vector<std::pair<int, double>> capacities;
    for (std::size_t i = 0; i < m_machines.size(); ++i) {
        const Machine &m = m_machines[i];
        const Bytes cap = device ? m.gpuMemory : m.hostRam;
        if (cap <= 0)
            continue;
        capacities.emplace_back(static_cast<int>(i), static_cast<double>(cap));
    }
    // A serving engine's line is its share of the GPU (vLLM: gpu_memory_utilization × GPU).
    if (device)
        for (auto &[i, cap] : capacities)
            cap = static_cast<double>(serving::deviceBudget(s, static_cast<Bytes>(cap)));
    for (const auto &[i, cap] : capacities)
        if (cap <= std::max(largest, 1.0) * 3.0 || isLogScale())
            yMax = std::max(yMax, cap);

    setupMemoryAxis(y, device ? tr("Memory per device (nvidia-smi)") : tr("Host RAM"), yMax);
    if (m_axis == SweepAxis::Context) {
        x->setScaleType(QCPAxis::stLogarithmic);
        x->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerLog));
    } else {
        x->setTicker(QSharedPointer<QCPAxisTicker>(new IntegerTicker));
    }
    x->setLabel(axisLabel());

    // Capacities: a dashed line each, the region past it shaded, a note when off the top.
    std::vector<QCPGraph *> capacityGraphs;
    for (const auto &[i, cap] : capacities) {
        const Machine &m = m_machines[static_cast<std::size_t>(i)];
        const QString key = prefix + QStringLiteral("capacity:%1").arg(i);
        const QColor color = candidateColor(i);
        const QString name = QString::fromStdString(m.name);
        //: Legend entry of a candidate's capacity line: machine name, then its memory.
        const QString legend = device ? tr("%1: %2 per GPU").arg(name, shortSize(static_cast<Bytes>(cap)))
                                      : tr("%1: %2 RAM").arg(name, shortSize(static_cast<Bytes>(cap)));
        capacityGraphs.push_back(addCapacityLine(rect, nullptr == panel.legend ? nullptr : panel.legend, key, legend,
                                                 color, x0, x1, cap));
        if (!isSeriesHidden(key))
            addShadeAbove(rect, color, x0, x1, cap);
        if (cap > yMax * 1.02 && !isSeriesHidden(key))
            addNote(rect, tr("↑ %1 (%2, above this view)").arg(name, shortSize(static_cast<Bytes>(cap))), color);
    }
    // Legend: capacities first, then the components top of the stack first (as drawn).
    panel.legend->clearItems();
    for (QCPGraph *g : capacityGraphs)
        addToLegend(g, panel.legend);
    for (auto it = stack.rbegin(); it != stack.rend(); ++it)
        addToLegend(*it, panel.legend);
    watchLegend(panel.legend);

    // Current value, and each candidate's largest value on top of the stack.
    const std::int64_t now = axisValue(s, m_axis);
    addVerticalMarker(rect, static_cast<double>(now),
                      m_axis == SweepAxis::Context ? tr("context %1").arg(QLocale().toString(now))
                      : s.run.serving             ? tr("%1 sequences").arg(QLocale().toString(now))
                                                  : tr("batch %1").arg(QLocale().toString(now)));
    if (isDeepLearning(s.model.framework)) {
        for (std::size_t i = 0; i < estimate.candidates.size(); ++i) {
            const auto cap = axisCapacity(estimate.candidates[i], m_axis);
            if (!cap || static_cast<double>(*cap) > x1)
                continue;
            Scenario at = s;
            setAxisValue(at, m_axis, *cap);
            const Estimate pe = estimateMemory(at);
            const double y0 = device ? static_cast<double>(pe.device ? pe.device->peak : 0)
                                     : static_cast<double>(hostNeed(at, pe));
            addPointMarker(rect, prefix + QStringLiteral("limit:%1").arg(i), candidateColor(static_cast<int>(i)),
                           static_cast<double>(*cap), y0, tr("max %1").arg(QLocale().toString(*cap)));
        }
    }
    addMeasuredPoints(panel, device);
    panel.tracer = addTracer(rect);

    setHome(x, x0, x1);
    if (isLogScale()) {
        const double lo = smallestPositive > 0 ? smallestPositive / 2.0 : 1.0 * MiB;
        setHome(y, lo, yMax * 2.0);
    } else {
        setHome(y, 0.0, yMax * 1.08);
    }
}

void BatchChart::addMeasuredPoints(const Panel &panel, bool device)
{
    // An attached measurement, at the batch size its run used: the host peak on the host
    // panel (on top of the OS reserve, as the stack is), each GPU figure on the device panel.
    const Measurement *m = model()->measurement();
    const MeasurementComparison *c = model()->comparison();
    if (!m || !c)
        return;
    const Scenario &s = model()->scenario();
    const std::int64_t batch = measuredBatchSize(*m, s.run.batchSize);
    Scenario at = s;
    at.run.batchSize = batch;
    const Estimate pe = estimateMemory(at);
    const Bytes reserve = hostNeed(at, pe) - pe.host.peak;
    const QColor color = palette().color(QPalette::WindowText);
    for (const MetricComparison &r : c->metrics) {
        const bool hostMetric = r.metric == MeasureMetric::HostPeak;
        if (hostMetric == device)
            continue;
        const double y0 = static_cast<double>(hostMetric ? satAdd(r.measured, std::max<Bytes>(0, reserve)) : r.measured);
        //: Label of a measured point on the batch chart: the metric, e.g. "host peak".
        addPointMarker(panel.rect, (device ? QStringLiteral("device:measured:") : QStringLiteral("host:measured:"))
                                       + QString::fromLatin1(metricKey(r.metric).data(),
                                                             static_cast<qsizetype>(metricKey(r.metric).size())),
                       color, static_cast<double>(batch), y0,
                       tr("measured %1").arg(MeasurementText::metricLabel(r.metric)));
    }
}

std::optional<std::int64_t> BatchChart::batchAt(const QPointF &pos) const
{
    for (QCPAxisRect *rect : {m_device.rect, m_host.rect}) {
        if (rect && rect->rect().contains(pos.toPoint())) {
            const double key = rect->axis(QCPAxis::atBottom)->pixelToCoord(pos.x());
            return std::max<std::int64_t>(1, std::llround(key));
        }
    }
    return std::nullopt;
}

void BatchChart::handleClick(QCPAxisRect *, double key)
{
    if (!(key > 0) || key > 9e18)
        return;
    const std::int64_t batch = std::max<std::int64_t>(1, std::llround(key));
    const SweepAxis axis = m_axis;
    if (axis == SweepAxis::Context)
        model()->edit(QStringLiteral("run.serving.context_tokens"),
                      tr("Set context to %1 tokens").arg(QLocale().toString(batch)),
                      [batch, axis](Scenario &s) { setAxisValue(s, axis, batch); });
    else if (model()->scenario().run.serving)
        model()->edit(QStringLiteral("run.serving.concurrent_sequences"),
                      tr("Set concurrent sequences to %1").arg(QLocale().toString(batch)),
                      [batch, axis](Scenario &s) { setAxisValue(s, axis, batch); });
    else
        model()->edit(QStringLiteral("run.batch_size"), tr("Set batch size to %1").arg(QLocale().toString(batch)),
                      [batch](Scenario &s) { s.run.batchSize = batch; });
}

void BatchChart::hideTracers()
{
    for (Panel *panel : {&m_device, &m_host})
        if (panel->tracer)
            panel->tracer->setVisible(false);
}

QString BatchChart::hoverText(QCPAxisRect *rect, double key, double)
{
    hideTracers();
    if (m_points.empty())
        return {};
    const auto it = std::lower_bound(m_values.begin(), m_values.end(), static_cast<std::int64_t>(std::llround(key)));
    std::size_t i = static_cast<std::size_t>(it - m_values.begin());
    if (i >= m_values.size())
        i = m_values.size() - 1;
    if (i > 0 && std::fabs(static_cast<double>(m_values[i - 1]) - key) < std::fabs(static_cast<double>(m_values[i]) - key))
        --i;
    Panel &panel = rect == m_device.rect ? m_device : m_host;
    const bool device = &panel == &m_device;
    if (panel.tracer && panel.top) {
        panel.tracer->setGraph(panel.top);
        panel.tracer->setGraphKey(static_cast<double>(m_values[i]));
        panel.tracer->setVisible(true);
    }
    const SweepPoint &pt = m_points[i];
    QStringList cells;
    for (auto c = panel.components.rbegin(); c != panel.components.rend(); ++c) {
        Bytes b = 0;
        if (*c == QLatin1String("system_reserve"))
            b = m_reserve[i];
        else if (device)
            b = pt.device ? pt.device->bytesOf(c->toStdString()) : 0;
        else
            b = pt.host.bytesOf(c->toStdString());
        if (b > 0)
            cells << componentLabel(*c).toHtmlEscaped() << formatSize(b);
    }
    cells << QStringLiteral("<b>%1</b>").arg(device ? tr("Total per device") : tr("Total host RAM needed"))
          << QStringLiteral("<b>%1</b>").arg(formatSize(total(i, device)));
    if (!device && m_device.rect)
        cells << tr("Per device") << formatSize(total(i, true));
    if (device)
        cells << tr("Host RAM needed") << formatSize(total(i, false));
    QString html = QStringLiteral("<b>%1</b><table>%2</table>")
                       .arg(pointLabel(pt.x), rowsHtml(cells));
    const QStringList yes = fittingAt(i, true);
    const QStringList no = fittingAt(i, false);
    if (!yes.isEmpty())
        html += tr("Fits: %1").arg(yes.join(QStringLiteral(", ")).toHtmlEscaped()) + QStringLiteral("<br>");
    if (!no.isEmpty())
        html += tr("Does not fit: %1").arg(no.join(QStringLiteral(", ")).toHtmlEscaped());
    return html;
}

void BatchChart::fillTable()
{
    QStandardItemModel *t = table();
    QStringList headers{m_axis == SweepAxis::Context ? tr("Context tokens")
                        : model()->scenario().run.serving ? tr("Concurrent sequences")
                                                          : tr("Batch size")};
    const bool hasDevice = m_device.rect != nullptr;
    if (hasDevice) {
        for (const QString &c : m_device.components)
            headers << tr("Per device: %1").arg(componentLabel(c));
        headers << tr("Per device total");
    }
    for (const QString &c : m_host.components)
        headers << tr("Host: %1").arg(componentLabel(c));
    headers << tr("Host total") << tr("Fits");
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setRowCount(static_cast<int>(m_points.size()));
    auto sizeItem = [](Bytes b) {
        auto *item = new QStandardItem(formatSize(b));
        item->setData(static_cast<qlonglong>(b), Qt::UserRole);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        const int r = static_cast<int>(i);
        int col = 0;
        auto *batch = new QStandardItem(QLocale().toString(m_points[i].x));
        batch->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(r, col++, batch);
        if (hasDevice) {
            for (const QString &c : m_device.components)
                t->setItem(r, col++, sizeItem(m_points[i].device ? m_points[i].device->bytesOf(c.toStdString()) : 0));
            t->setItem(r, col++, sizeItem(total(i, true)));
        }
        for (const QString &c : m_host.components)
            t->setItem(r, col++, sizeItem(c == QLatin1String("system_reserve") ? m_reserve[i]
                                                                               : m_points[i].host.bytesOf(c.toStdString())));
        t->setItem(r, col++, sizeItem(total(i, false)));
        t->setItem(r, col++, new QStandardItem(fittingAt(i, true).join(QStringLiteral(", "))));
    }
}

} // namespace headroom::ui
