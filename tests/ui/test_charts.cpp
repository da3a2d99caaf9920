// The charts plot core's sweeps, set the batch size on click (undoably) and export files;
// they and the results views follow a language switch, keeping the view as it was.

#include "charts/batchchart.h"
#include "charts/breakdownchart.h"
#include "charts/chartspanel.h"
#include "charts/datasetchart.h"
#include "engine/engine.h"
#include "engine/fit/sweep.h"
#include "model/scenariomodel.h"
#include "scenario/codec.h"
#include "settings/translations.h"
#include "wizard/memorygauge.h"
#include "wizard/trainingform.h"
#include "workspace/breakdownmodel.h"
#include "workspace/breakdownview.h"
#include "workspace/recommendationview.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <qcustomplot.h>

using namespace headroom;
using namespace headroom::ui;

namespace {

/// An example of resources/examples read from the source tree: also those the application
/// does not embed (the vLLM serving example).
Scenario exampleFromSource(const QString &name)
{
    QFile f(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/%1.headroom.json").arg(name));
    if (!f.open(QIODevice::ReadOnly))
        return Scenario{};
    auto s = readScenario(f.readAll().toStdString());
    return s.ok() ? s.value() : Scenario{};
}

/// A deep-learning scenario the engine handles whatever its state: a custom network.
Scenario customScenario()
{
    Scenario s = exampleScenario(QStringLiteral("resnet50-single-gpu"));
    s.model.architecture = Architecture{};
    s.model.architecture->kind = ArchitectureKind::Custom;
    s.model.architecture->parameters = 25'000'000;
    s.model.architecture->activationBytesPerSample = 90 * MiB;
    s.run.batchSize = 48;
    return s;
}

QCPGraph *graphNamed(QCustomPlot *plot, const QString &name)
{
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->objectName() == name)
            return plot->graph(i);
    return nullptr;
}

QVector<double> keysOf(QCPGraph *g)
{
    QVector<double> v;
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
        v << it->key;
    return v;
}

/// Installs a language's catalogues and delivers the LanguageChange events they post.
QString switchLanguage(const QString &code)
{
    const QString installed = installTranslations(code);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return installed;
}

/// Turns the wheel over the middle of `rect`: a zoom by the user, which a rebuild keeps.
void wheelZoom(QCustomPlot *plot, QCPAxisRect *rect)
{
    const QPointF at = rect->rect().center();
    QWheelEvent wheel(at, plot->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot, &wheel);
}

/// Llama-3-8B served by vLLM, 8 sequences of 8,192 tokens, on one GPU of each size (GiB).
Scenario servingScenario(const QList<double> &gpus)
{
    Scenario s = exampleScenario(QStringLiteral("resnet50-single-gpu"));
    s.name = "Llama-3-8B served by vLLM";
    s.dataset.input = InputShape{InputKind::Tokens, 1, 1, 1, 1, 8192};
    s.dataset.dtype = DType::Int64;
    s.model.architecture = Architecture{};
    s.model.architecture->kind = ArchitectureKind::Preset;
    s.model.architecture->preset = "llama-3-8b";
    s.run.task = Task::Inference;
    s.run.precision = Precision::Bf16;
    Serving v;
    v.engine = ServingEngine::Vllm;
    v.concurrentSequences = 8;
    v.contextTokens = 8192;
    s.run.serving = v;
    s.hardware.clear();
    for (double gib : gpus) {
        HardwareCandidate h;
        h.name = QStringLiteral("GPU %1").arg(gib).toStdString();
        h.hostRamGib = 256;
        h.gpu = GpuSpec{"GPU", gib, 1};
        s.hardware.push_back(h);
    }
    return s;
}

QVector<double> valuesOf(QCPGraph *g)
{
    QVector<double> v;
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
        v << it->value;
    return v;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void servingChartsPlotSequencesAndContext()
    {
        // Llama-3-8B served by vLLM on an 80 GiB GPU: the first chart's axis is the
        // concurrent sequences, the context chart's is logarithmic, and each marks the
        // candidate's capacity where core's solve puts it.
        Scenario s = servingScenario({80});
        ScenarioModel model;
        model.reset(s);
        ChartsPanel panel(&model);
        panel.resize(900, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.tabs()->tabText(0), QStringLiteral("Concurrent sequences"));
        QVERIFY(panel.tabs()->isTabVisible(panel.tabs()->indexOf(panel.contextChart())));
        BatchChart *batch = panel.batchChart();
        batch->refresh();
        // The device and host panels share one x axis, labelled under the host panel.
        QCOMPARE(batch->hostRect()->axis(QCPAxis::atBottom)->label(), QStringLiteral("Concurrent sequences"));
        const auto &fit = model.estimate()->candidates.at(0);
        QVERIFY(fit.maxConcurrentSequences && fit.maxContextTokens);
        // The capacity line is vLLM's share: 0.9 × 80 GiB.
        QCPGraph *cap = graphNamed(batch->plot(), QStringLiteral("device:capacity:0"));
        QVERIFY(cap);
        QCOMPARE(cap->data()->constBegin()->value, 0.9 * 80.0 * 1024 * 1024 * 1024);
        BatchChart *context = panel.contextChart();
        panel.tabs()->setCurrentWidget(context);
        context->refresh();
        QCPAxis *x = context->deviceRect()->axis(QCPAxis::atBottom);
        QCOMPARE(x->scaleType(), QCPAxis::stLogarithmic);
        QCOMPARE(context->hostRect()->axis(QCPAxis::atBottom)->label(), QStringLiteral("Context per sequence (tokens, logarithmic)"));
        // For a person to look at: HEADROOM_SCREENSHOTS=DIR saves both charts, the wizard's
        // serving section and the gauge.
        if (const QString dir = qEnvironmentVariable("HEADROOM_SCREENSHOTS"); !dir.isEmpty()) {
            QVERIFY(panel.grab().save(dir + QStringLiteral("/serving-context.png")));
            panel.tabs()->setCurrentIndex(0);
            batch->refresh();
            QVERIFY(panel.grab().save(dir + QStringLiteral("/serving-sequences.png")));
            TrainingForm form(&model);
            form.resize(700, 1400);
            form.show();
            QVERIFY(QTest::qWaitForWindowExposed(&form));
            QVERIFY(form.grab().save(dir + QStringLiteral("/serving-wizard.png")));
            MemoryGauge gauge(&model);
            gauge.resize(500, 200);
            gauge.show();
            QVERIFY(QTest::qWaitForWindowExposed(&gauge));
            QVERIFY(gauge.grab().save(dir + QStringLiteral("/serving-gauge.png")));
            panel.tabs()->setCurrentWidget(context);
        }
        // Without serving the context tab is hidden and the first tab is the batch size again.
        model.edit(QStringLiteral("run.serving"), QStringLiteral("off"), [](Scenario &x2) { x2.run.serving.reset(); });
        QVERIFY(!panel.tabs()->isTabVisible(panel.tabs()->indexOf(panel.contextChart())));
        QCOMPARE(panel.tabs()->tabText(0), QStringLiteral("Batch size"));
    }

    void servingHidesTheDatasetParts()
    {
        // A serving engine answers requests; it loads no dataset: the Charts tab has no
        // "Dataset size" chart and the wizard no data-loader section, until serving is off.
        Scenario s = servingScenario({80});
        s.run.dataloader.workers = 4;
        ScenarioModel model;
        model.reset(s);
        ChartsPanel panel(&model);
        TrainingForm form(&model);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        const int dataset = panel.tabs()->indexOf(panel.datasetChart());
        QCOMPARE(panel.tabs()->tabText(dataset), QStringLiteral("Dataset size"));
        QVERIFY(!panel.tabs()->isTabVisible(dataset));
        QGroupBox *loader = nullptr;
        for (QGroupBox *g : form.findChildren<QGroupBox *>())
            if (g->title() == QStringLiteral("Data loader"))
                loader = g;
        QVERIFY(loader);
        QVERIFY(!loader->isVisible());
        model.edit(QStringLiteral("run.serving"), QStringLiteral("off"), [](Scenario &x) { x.run.serving.reset(); });
        QVERIFY(panel.tabs()->isTabVisible(dataset));
        QTRY_VERIFY(loader->isVisible());
    }

    void capacityLabelsDoNotOverlap()
    {
        // Four GPUs of nearly the same size: their largest contexts (and sequence counts)
        // fall together at the right of the charts. Their "max" labels are stacked apart,
        // each whole inside its panel.
        ScenarioModel model;
        model.reset(servingScenario({80, 81, 82, 83}));
        ChartsPanel panel(&model);
        panel.resize(900, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (BatchChart *chart : {panel.contextChart(), panel.batchChart()}) {
            panel.tabs()->setCurrentWidget(chart);
            chart->refresh();
            chart->plot()->replot(QCustomPlot::rpImmediateRefresh);
            if (const QString dir = qEnvironmentVariable("HEADROOM_SCREENSHOTS"); !dir.isEmpty())
                QVERIFY(panel.grab().save(dir + QStringLiteral("/serving-labels-%1.png").arg(chart == panel.contextChart() ? QStringLiteral("context") : QStringLiteral("sequences"))));
            // The candidates' "max" labels, the current value's label ("context 8,192") and the
            // host panel's notes of capacities above the view ("↑ GPU 80 (…, above this view)").
            QList<QRectF> boxes;
            int limits = 0;
            int markers = 0;
            int notes = 0;
            for (int i = 0; i < chart->plot()->itemCount(); ++i) {
                QCPAbstractItem *item = chart->plot()->item(i);
                const QString name = item->objectName();
                const bool limit = name.contains(QStringLiteral(":limit:")) && name.endsWith(QStringLiteral(":label"));
                const bool marker = name == QStringLiteral("marker:label");
                const bool note = name == QStringLiteral("note:label");
                if (!limit && !marker && !note)
                    continue;
                limits += limit;
                markers += marker;
                notes += note;
                const QRectF box = item->property("drawnRect").toRectF();
                QVERIFY2(!box.isEmpty(), qPrintable(item->objectName()));
                QVERIFY2(QRectF(item->clipAxisRect()->rect()).contains(box), qPrintable(item->objectName()));
                QVERIFY(QRectF(chart->plot()->rect()).contains(box));
                boxes << box;
            }
            QCOMPARE(limits, 8); // four candidates' labels on the device panel and on the host panel
            QCOMPARE(markers, 2); // the current value, on each panel
            QCOMPARE(notes, 4); // the four GPUs' host RAM, far above the host panel's curve
            for (qsizetype i = 0; i < boxes.size(); ++i)
                for (qsizetype j = i + 1; j < boxes.size(); ++j)
                    QVERIFY2(!boxes[i].intersects(boxes[j]), qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j)));
        }
    }

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        if (currentLanguage() != QLatin1String("en"))
            switchLanguage(QStringLiteral("en"));
    }

    void batchChartPlotsCoreSweep_data()
    {
        QTest::addColumn<QString>("example");
        QTest::newRow("llama2-7b-lora") << QStringLiteral("llama2-7b-lora");
        QTest::newRow("resnet50-single-gpu") << QStringLiteral("resnet50-single-gpu");
        QTest::newRow("tabular-random-forest") << QStringLiteral("tabular-random-forest");
        QTest::newRow("custom") << QString();
    }

    void batchChartPlotsCoreSweep()
    {
        QFETCH(QString, example);
        ScenarioModel model;
        model.reset(example.isEmpty() ? customScenario() : exampleScenario(example));
        QVERIFY(model.estimate());
        BatchChart chart(&model);
        chart.refresh();
        const Scenario &s = model.scenario();

        const auto values = batchSweepValues(s, BatchChart::kSweepPoints, BatchChart::sweepMaximumFor(s, model.estimate()));
        QCOMPARE(chart.batchSizes(), values);
        const auto points = sweepBatch(s, values);

        // Host: the top of the stack is the host RAM needed (peak + OS reserve) at each batch.
        auto hostOrder = stackOrder(points, false, &model.estimate()->host);
        hostOrder.insert(hostOrder.begin(), QStringLiteral("system_reserve")); // the OS reserve at the bottom
        QCPGraph *hostTop = graphNamed(chart.plot(), QStringLiteral("host:") + hostOrder.back());
        QVERIFY(hostTop);
        const QVector<double> keys = keysOf(hostTop);
        const QVector<double> tops = valuesOf(hostTop);
        QCOMPARE(keys.size(), static_cast<qsizetype>(points.size()));
        for (std::size_t i = 0; i < points.size(); ++i) {
            Estimate e;
            e.host = points[i].host;
            Scenario at = s;
            at.run.batchSize = points[i].x;
            QCOMPARE(keys[static_cast<qsizetype>(i)], static_cast<double>(points[i].x));
            QCOMPARE(tops[static_cast<qsizetype>(i)], static_cast<double>(hostNeed(at, e)));
        }
        // Each component's band is exactly that component's bytes in the sweep.
        for (std::size_t c = 0; c < hostOrder.size(); ++c) {
            if (hostOrder[c] == QLatin1String("system_reserve"))
                continue;
            QCPGraph *g = graphNamed(chart.plot(), QStringLiteral("host:") + hostOrder[c]);
            QCPGraph *below = graphNamed(chart.plot(), QStringLiteral("host:") + hostOrder[c - 1]);
            QVERIFY(g && below);
            const QVector<double> a = valuesOf(g);
            const QVector<double> b = valuesOf(below);
            for (std::size_t i = 0; i < points.size(); i += 37)
                QCOMPARE(a[static_cast<qsizetype>(i)] - b[static_cast<qsizetype>(i)],
                         static_cast<double>(points[i].host.bytesOf(hostOrder[c].toStdString())));
        }
        // Device: the top of the stack is the per-device peak.
        if (model.estimate()->device && !model.estimate()->device->components.empty()) {
            const auto order = stackOrder(points, true, &*model.estimate()->device);
            QCPGraph *top = graphNamed(chart.plot(), QStringLiteral("device:") + order.back());
            QVERIFY(top);
            const QVector<double> v = valuesOf(top);
            for (std::size_t i = 0; i < points.size(); ++i)
                QCOMPARE(v[static_cast<qsizetype>(i)], static_cast<double>(points[i].device->peak));
        }
        // A capacity line per candidate at its RAM.
        for (std::size_t i = 0; i < model.estimate()->candidates.size(); ++i) {
            QCPGraph *cap = graphNamed(chart.plot(), QStringLiteral("host:capacity:%1").arg(i));
            QVERIFY(cap);
            QCOMPARE(valuesOf(cap).front(), static_cast<double>(model.estimate()->candidates[i].machine.hostRam));
        }
    }

    void datasetChartPlotsCoreSweep()
    {
        ScenarioModel model;
        model.reset(exampleScenario(QStringLiteral("tabular-random-forest")));
        DatasetChart chart(&model);
        chart.refresh();
        const Scenario &s = model.scenario();
        const auto values = datasetSweepValues(s, 64);
        QCOMPARE(chart.sampleCounts(), values);
        for (Storage storage : DatasetChart::storages) {
            const auto points = sweepDataset(s, values, storage);
            QCPGraph *g = graphNamed(chart.plot(), DatasetChart::storageKey(storage));
            QVERIFY(g);
            const QVector<double> v = valuesOf(g);
            QCOMPARE(v.size(), static_cast<qsizetype>(points.size()));
            Scenario at = s;
            at.dataset.storage = storage;
            for (std::size_t i = 0; i < points.size(); ++i) {
                Estimate e;
                e.host = points[i].host;
                at.dataset.samples = points[i].x;
                QCOMPARE(v[static_cast<qsizetype>(i)], static_cast<double>(hostNeed(at, e)));
            }
        }
        QVERIFY(chart.plot()->axisRects().front()->axis(QCPAxis::atBottom)->scaleType() == QCPAxis::stLogarithmic);
    }

    void clickSetsBatchAndUndoRestores()
    {
        ScenarioModel model;
        model.reset(customScenario());
        BatchChart chart(&model);
        chart.resize(1000, 700);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.refresh();
        QCPAxisRect *rect = chart.hostRect();
        QVERIFY(rect);
        QCustomPlot *plot = chart.plot();
        plot->replot();
        const QRect r = rect->rect();
        const QPoint at(r.left() + r.width() * 3 / 5, r.center().y());
        const auto expected = chart.batchAt(at);
        QVERIFY(expected);
        QVERIFY(*expected != 48);
        QTest::mouseClick(plot, Qt::LeftButton, {}, at);
        QTRY_COMPARE(model.scenario().run.batchSize, *expected);
        // The chart follows the new batch; undo restores the old one.
        QTRY_VERIFY(std::find(chart.batchSizes().begin(), chart.batchSizes().end(), *expected) != chart.batchSizes().end());
        model.undoStack()->undo();
        QCOMPARE(model.scenario().run.batchSize, std::int64_t{48});
    }

    void doubleClickResetsWithoutEditing()
    {
        ScenarioModel model;
        model.reset(customScenario());
        BatchChart chart(&model);
        chart.resize(1000, 700);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.refresh();
        QCPAxis *x = chart.hostRect()->axis(QCPAxis::atBottom);
        const QCPRange home = x->range();
        x->setRange(home.lower + 10, home.upper / 2);
        QTest::mouseDClick(chart.plot(), Qt::LeftButton, {}, chart.hostRect()->rect().center());
        QCOMPARE(x->range().lower, home.lower);
        QCOMPARE(x->range().upper, home.upper);
        QTest::qWait(QApplication::doubleClickInterval() + 100);
        QCOMPARE(model.undoStack()->count(), 0);
    }

    void legendHidesSeries()
    {
        ScenarioModel model;
        model.reset(exampleScenario(QStringLiteral("tabular-random-forest")));
        BreakdownChart chart(&model);
        chart.refresh();
        const Estimate *e = model.estimate();
        const QString name = QString::fromStdString(e->host.components.front().name);
        chart.setSeriesHidden(name, true);
        bool found = false;
        for (int i = 0; i < chart.plot()->plottableCount(); ++i)
            if (chart.plot()->plottable(i)->objectName() == name) {
                QVERIFY(!chart.plot()->plottable(i)->visible());
                found = true;
            }
        QVERIFY(found);
        chart.setSeriesHidden(name, false);
    }

    void longNamesStayInsideTheChart()
    {
        // A machine and a scenario with long names, in a chart as narrow as the main window's.
        Scenario s = exampleScenario(QStringLiteral("llama2-7b-lora"));
        s.name = "A scenario whose name goes on and on, far longer than any chart is wide, to see where it ends";
        s.hardware.front().name = "Rack server with a very long descriptive name from the purchasing system";
        ScenarioModel model;
        model.reset(s);
        BatchChart chart(&model);
        chart.resize(820, 640);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.refresh();
        QCustomPlot *plot = chart.plot();
        const QRect inside = plot->rect();
        int legends = 0;
        int titles = 0;
        for (int i = 0; i < plot->plotLayout()->elementCount(); ++i) {
            QCPLayoutElement *element = plot->plotLayout()->elementAt(i);
            if (!element)
                continue;
            QVERIFY(inside.contains(element->outerRect()));
            // Long names do not squeeze the data: the plot keeps most of the width.
            if (auto *rect = qobject_cast<QCPAxisRect *>(element))
                QVERIFY2(rect->outerRect().width() >= plot->width() * 3 / 5, qPrintable(QString::number(rect->outerRect().width())));
            // The title fits its row (drawn elided), rather than running off both edges.
            if (auto *title = qobject_cast<QCPTextElement *>(element)) {
                ++titles;
                const QCPLayoutElement *asElement = title;
                QVERIFY(asElement->minimumOuterSizeHint().width() <= title->outerRect().width());
                QCOMPARE(title->text().split(QLatin1Char('\n')).value(1), QString::fromStdString(s.name));
            }
            // Every legend entry fits the room its legend has: no text past the chart's edge.
            if (auto *column = qobject_cast<QCPLayoutGrid *>(element))
                for (int j = 0; j < column->elementCount(); ++j)
                    if (auto *legend = qobject_cast<QCPLegend *>(column->elementAt(j))) {
                        ++legends;
                        for (int k = 0; k < legend->itemCount(); ++k) {
                            const QCPLayoutElement *item = legend->item(k);
                            QVERIFY(item->minimumOuterSizeHint().width() <= item->outerRect().width());
                            QVERIFY(inside.contains(item->outerRect()));
                        }
                    }
        }
        QCOMPARE(titles, 1);
        QCOMPARE(legends, 2); // device and host
        // The long names are still there in full, for the tooltip.
        auto *capacity = graphNamed(plot, QStringLiteral("device:capacity:0"));
        QVERIFY(capacity);
        QVERIFY(capacity->name().startsWith(QString::fromStdString(s.hardware.front().name)));
    }

    void tableShowsPlottedNumbers()
    {
        ScenarioModel model;
        model.reset(customScenario());
        BatchChart chart(&model);
        chart.setTableShown(true);
        QCOMPARE(chart.tableModel()->rowCount(), static_cast<int>(chart.batchSizes().size()));
        QCOMPARE(chart.tableModel()->item(0, 0)->text(), QLocale().toString(chart.batchSizes().front()));
    }

    void logAxis()
    {
        ScenarioModel model;
        model.reset(exampleScenario(QStringLiteral("llama2-7b-lora")));
        BatchChart chart(&model);
        chart.setLogScale(true);
        QCOMPARE(chart.hostRect()->axis(QCPAxis::atLeft)->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(chart.hostRect()->axis(QCPAxis::atLeft)->range().lower > 0);
    }

    void chartsFollowTheLanguageKeepingTheirState()
    {
        QCOMPARE(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
        ScenarioModel model;
        model.reset(customScenario());
        ChartsPanel panel(&model);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *log = panel.findChild<QCheckBox *>(QStringLiteral("logAxis"));
        auto *table = panel.findChild<QCheckBox *>(QStringLiteral("showTable"));
        QCOMPARE(log->text(), QStringLiteral("&Logarithmic memory axis"));

        // The batch chart on a log axis and zoomed; the components as a table, a row selected.
        BatchChart *batch = panel.batchChart();
        QTest::mouseClick(log, Qt::LeftButton);
        QVERIFY(batch->isLogScale());
        QCPAxis *batchAxis = batch->hostRect()->axis(QCPAxis::atBottom);
        QCOMPARE(batchAxis->label(), QStringLiteral("Batch size (samples per step per device)"));
        QCOMPARE(batch->hostRect()->axis(QCPAxis::atLeft)->label(), QStringLiteral("Host RAM"));
        const QCPRange home = batch->hostRect()->axis(QCPAxis::atBottom)->range();
        wheelZoom(batch->plot(), batch->hostRect());
        const QCPRange zoomed = batch->hostRect()->axis(QCPAxis::atBottom)->range();
        QVERIFY(zoomed.size() < home.size() * 0.9);

        BreakdownChart *breakdown = panel.breakdownChart();
        panel.tabs()->setCurrentWidget(breakdown);
        QTest::mouseClick(table, Qt::LeftButton);
        QVERIFY(breakdown->isTableShown());
        QCOMPARE(breakdown->tableModel()->horizontalHeaderItem(0)->text(), QStringLiteral("Component"));
        breakdown->tableView()->selectRow(2);

        QCOMPARE(switchLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(log->text(), QStringLiteral("&Logarithmische Speicherachse"));
        QCOMPARE(table->text(), QStringLiteral("Als &Tabelle anzeigen"));
        QCOMPARE(panel.tabs()->tabText(2), QStringLiteral("Komponenten"));
        QCOMPARE(breakdown->accessibleName(), QStringLiteral("Speicher nach Komponente"));
        // The table on screen is rebuilt at once, its selection kept.
        QCOMPARE(panel.tabs()->currentWidget(), breakdown);
        QVERIFY(breakdown->isTableShown());
        QVERIFY(table->isChecked());
        QCOMPARE(breakdown->tableModel()->horizontalHeaderItem(0)->text(), QStringLiteral("Komponente"));
        QCOMPARE(breakdown->tableModel()->horizontalHeaderItem(1)->text(), QStringLiteral("Host-RAM"));
        QCOMPARE(breakdown->tableView()->currentIndex().row(), 2);
        QVERIFY(breakdown->tableView()->selectionModel()->isRowSelected(2, {}));

        // The batch chart catches up when shown: new labels, the same log axis and zoom.
        panel.tabs()->setCurrentWidget(batch);
        batchAxis = batch->hostRect()->axis(QCPAxis::atBottom); // rebuilt
        QCOMPARE(batchAxis->label(), QStringLiteral("Batchgröße (Samples pro Schritt und Gerät)"));
        QCOMPARE(batch->hostRect()->axis(QCPAxis::atLeft)->label(), QStringLiteral("Host-RAM"));
        QVERIFY(batch->isLogScale());
        QVERIFY(log->isChecked());
        QCOMPARE(batchAxis->range().lower, zoomed.lower);
        QCOMPARE(batchAxis->range().upper, zoomed.upper);
        batch->setTableShown(true);
        QCOMPARE(batch->tableModel()->horizontalHeaderItem(0)->text(), QStringLiteral("Batchgröße"));

        QCOMPARE(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(log->text(), QStringLiteral("&Logarithmic memory axis"));
        QCOMPARE(batch->tableModel()->horizontalHeaderItem(0)->text(), QStringLiteral("Batch size"));
    }

    void tickLabelsFollowTheLanguage()
    {
        QCOMPARE(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
        ScenarioModel model;
        model.reset(customScenario());
        ChartsPanel panel(&model);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(switchLanguage(QStringLiteral("de")), QStringLiteral("de"));
        BatchChart *batch = panel.batchChart();
        panel.tabs()->setCurrentWidget(batch);
        QCPAxis *memory = batch->hostRect()->axis(QCPAxis::atLeft);
        memory->setRange(0, 3.5 * 1024 * 1024 * 1024); // ticks every half GiB
        batch->plot()->replot();
        const QVector<QString> labels = memory->tickVectorLabels();
        QVERIFY(!labels.isEmpty());
        QVERIFY2(labels.contains(QStringLiteral("0,5")) || labels.contains(QStringLiteral("1,5")),
                 qPrintable(QStringList(labels.begin(), labels.end()).join(QLatin1Char('|'))));
        for (const QString &label : labels)
            QVERIFY2(!label.contains(QLatin1Char('.')), qPrintable(label));
    }

    void warningsFollowTheLanguage()
    {
        QCOMPARE(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
        ScenarioModel model;
        model.reset(exampleScenario(QStringLiteral("tabular-random-forest"))); // float64 data
        ResultsView results(&model);
        results.show();
        QVERIFY(QTest::qWaitForWindowExposed(&results));
        auto *warnings = results.findChild<QLabel *>(QStringLiteral("warnings"));
        QVERIFY(warnings);
        QVERIFY2(warnings->text().contains(QStringLiteral("the data is float64 (37.25 GiB); stored as float32")),
                 qPrintable(warnings->text()));
        QCOMPARE(switchLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QVERIFY2(warnings->text().contains(QStringLiteral("die Daten sind float64 (37,25 GiB); als float32 gespeichert")),
                 qPrintable(warnings->text()));
        QCOMPARE(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(warnings->text().contains(QStringLiteral("the data is float64")));
    }

    void resultsFollowTheLanguageKeepingTheSelection()
    {
        QCOMPARE(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
        ScenarioModel model;
        model.reset(exampleScenario(QStringLiteral("resnet50-single-gpu")));
        ResultsView results(&model);
        results.show();
        QVERIFY(QTest::qWaitForWindowExposed(&results));
        auto *box = results.findChild<QGroupBox *>();
        QTableView *table = results.breakdown()->table();
        QCOMPARE(box->title(), QStringLiteral("Recommendation"));
        QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Where"));
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("host"));
        table->selectRow(1);

        QCOMPARE(switchLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(box->title(), QStringLiteral("Empfehlung"));
        QStringList labels;
        for (const QLabel *l : box->findChildren<QLabel *>())
            labels << l->text();
        QVERIFY2(labels.contains(QStringLiteral("Nächste Kaufgröße")), qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(labels.contains(QStringLiteral("Pro GPU (1 Gerät)")), qPrintable(labels.join(QLatin1Char('|'))));
        QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Ort"));
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("Rechner"));
        const QString summary = results.breakdown()->summaryLabel()->text();
        QVERIFY2(summary.startsWith(QStringLiteral("<b>Arbeitsspeicher</b>: Spitze ")), qPrintable(summary));
        QCOMPARE(table->currentIndex().row(), 1);
        QVERIFY(table->selectionModel()->isRowSelected(1, {}));
        // The component names and derivations follow the language too.
        const QString name = table->model()->index(0, 0).data().toString();
        QVERIFY2(name != QStringLiteral("Framework runtime") && !name.contains(QLatin1Char('_')), qPrintable(name));

        QCOMPARE(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Where"));
    }

    void derivationsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("expected"); // a derivation the German table shows, as a pattern
        // A LoRA fine-tune of a 7B transformer on two GPUs; a scikit-learn random forest.
        QTest::newRow("lora") << QStringLiteral("llama2-7b-lora")
                              << QStringLiteral("^\\d{1,3}(\\.\\d{3})+ Adapter-Parameter × 2 Momente \\(exp_avg, exp_avg_sq\\) × 2 B$");
        QTest::newRow("forest") << QStringLiteral("tabular-random-forest")
                                << QStringLiteral("^20\\.000\\.000 Samples × 250 Merkmale × 8 B float64$");
        // vLLM serving Llama-3-8B: the serving engine's derivations.
        QTest::newRow("vllm") << QStringLiteral("llama3-8b-vllm-serving")
                              << QStringLiteral("^35 CUDA-Graphen \\(Decode-Batches bis 256\\) × ~6 MiB \\+ die im Decode "
                                                "gleichzeitig lebende Menge bei 256 Sequenzen$");
    }

    void derivationsFollowTheLanguage()
    {
        QFETCH(QString, example);
        QFETCH(QString, expected);
        ScenarioModel model;
        model.reset(exampleFromSource(example));
        ResultsView results(&model);
        QCOMPARE(switchLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QAbstractItemModel *table = results.breakdown()->table()->model();
        QVERIFY(table->rowCount() >= 5);
        // Words of the English derivations that German text never holds.
        static const QRegularExpression english(QStringLiteral(
            "\\b(the|of|and|with|per|each|samples|parameters|processes|process|layers|nodes|rows|trees|tree|copies|copy|"
            "being|finished|built|building|measured|workers|batch|batches|moments|weights|values|bytes|peak|converts|"
            "context|workspace|segment|tails|largest|saved|activations|model|loading|one|two)\\b"));
        static const QRegularExpression germanDecimal(QStringLiteral("\\d,\\d")); // "64,0 KiB", "~6,2 Zeilen"
        const QRegularExpression wanted(expected);
        bool found = false, localeSizes = false;
        QStringList shown;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString text = table->index(row, BreakdownModel::Derivation).data().toString();
            shown << text;
            const auto match = english.match(text);
            QVERIFY2(!match.hasMatch(), qPrintable(match.captured() + QStringLiteral(" in: ") + text));
            found = found || wanted.match(text).hasMatch();
            localeSizes = localeSizes || germanDecimal.match(text).hasMatch();
        }
        QVERIFY2(found, qPrintable(shown.join(QLatin1Char('\n'))));
        QVERIFY2(localeSizes, qPrintable(shown.join(QLatin1Char('\n'))));
        QCOMPARE(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(english.match(table->index(0, BreakdownModel::Derivation).data().toString()).hasMatch());
    }

    void exportWritesValidFiles_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("png") << QStringLiteral("png") << QByteArray("\x89PNG\r\n\x1a\n", 8);
        QTest::newRow("svg") << QStringLiteral("svg") << QByteArray("<svg");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF-");
    }

    void exportWritesValidFiles()
    {
        QFETCH(QString, suffix);
        QFETCH(QByteArray, signature);
        QTemporaryDir dir;
        ScenarioModel model;
        model.reset(exampleScenario(QStringLiteral("resnet50-single-gpu")));
        ChartsPanel panel(&model);
        const QList<ChartView *> charts{panel.batchChart(), panel.datasetChart(), panel.breakdownChart()};
        for (ChartView *chart : charts) {
            const QString path = dir.filePath(chart->objectName() + QLatin1Char('.') + suffix);
            const auto error = chart->exportTo(path, 800, 500);
            QVERIFY2(!error, qPrintable(error.value_or(QString())));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            QVERIFY(data.size() > 500);
            if (suffix == QLatin1String("svg")) {
                QVERIFY(data.startsWith("<?xml"));
                QVERIFY(data.contains(signature));
                QVERIFY(data.trimmed().endsWith("</svg>"));
            } else {
                QVERIFY(data.startsWith(signature));
            }
            if (suffix == QLatin1String("png")) {
                const QImage image = QImage::fromData(data, "PNG");
                QCOMPARE(image.size(), QSize(1600, 1000)); // drawn at twice the size: sharp on high-DPI
            }
        }
        QVERIFY(panel.batchChart()->exportTo(dir.filePath(QStringLiteral("chart.bmp"))).has_value());
    }
};

QTEST_MAIN(TestCharts)
#include "test_charts.moc"
