// A measurement (*.headroom-measure.json) attached to the open scenario: what the user
// sees in the Breakdown, on the batch chart and in the report, and what `headroom-cli
// check` prints and returns.

#include "charts/batchchart.h"
#include "common/format.h"
#include "util/format.h"
#include "engine/engine.h"
#include "mainwindow/fileactions.h"
#include "mainwindow/mainwindow.h"
#include "model/measurementfile.h"
#include "model/scenariomodel.h"
#include "report/report.h"
#include "scenario/codec.h"
#include "uitesthelpers.h"
#include "workspace/measurementpanel.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QtTest>
#include <qcustomplot.h>

using namespace headroom;
using namespace headroom::ui;

namespace {

const QString kMeasurement = QStringLiteral(HEADROOM_TEST_DATA "/measure/synth-mlp-small.headroom-measure.json");
const QString kScenario = QStringLiteral(HEADROOM_SOURCE_DIR "/probe/tests/data/mlp-small.headroom.json");
constexpr Bytes kMeasuredHost = 371032064;

Scenario measuredScenario()
{
    return readScenario(readTextFile(kScenario).value()).value();
}

QCPGraph *graphNamed(QCustomPlot *plot, const QString &name)
{
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->objectName() == name)
            return plot->graph(i);
    return nullptr;
}

struct CliResult {
    int exitCode = -1;
    QString out, err;
};

CliResult cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HEADROOM_CLI), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestMeasurementUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        testing::isolateSettings(m_home);
    }

    void breakdownShowsMeasuredBesideEstimated()
    {
        ScenarioModel model;
        model.reset(measuredScenario(), kScenario);
        MainWindow window(&model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *panel = window.findChild<MeasurementPanel *>(QStringLiteral("measurementPanel"));
        QVERIFY(panel);
        QVERIFY(!panel->isVisible());   // nothing attached yet

        QAction *import = window.findChild<QAction *>(QStringLiteral("importMeasurementAction"));
        QVERIFY(import);
        QCOMPARE(import->text(), QStringLiteral("Import &Measurement…"));
        QVERIFY(window.fileActions()->importMeasurementFile(kMeasurement));
        QVERIFY(panel->isVisible());
        const QString text = panel->textLabel()->text();
        const Bytes estimated = model.estimate()->host.peak;
        QVERIFY2(text.contains(QStringLiteral("Measured against estimated")), qPrintable(text));
        QVERIFY(text.contains(formatSize(kMeasuredHost).toHtmlEscaped()));
        QVERIFY(text.contains(formatSize(estimated).toHtmlEscaped()));
        const double error = (double(estimated) - double(kMeasuredHost)) / double(kMeasuredHost) * 100.0;
        const QString errorText = (error >= 0 ? QStringLiteral("+") : QStringLiteral("−"))
                                  + QLocale().toString(std::fabs(error), 'f', 1) + QStringLiteral(" %");
        QVERIFY2(text.contains(errorText), qPrintable(errorText + QStringLiteral(" in ") + text));
        QVERIFY(!text.contains(QStringLiteral("differs")));
        // For a person to look at: HEADROOM_SCREENSHOTS=DIR saves the window as it is now.
        if (const QString dir = qEnvironmentVariable("HEADROOM_SCREENSHOTS"); !dir.isEmpty()) {
            window.resize(1280, 800);
            QApplication::processEvents();
            QVERIFY(window.grab().save(dir + QStringLiteral("/measured-breakdown.png")));
        }

        // An edit that makes the scenario differ from the measured run is named.
        model.edit(QStringLiteral("run.batch_size"), QStringLiteral("batch"), [](Scenario &s) { s.run.batchSize = 512; });
        QVERIFY2(panel->textLabel()->text().contains(QStringLiteral("differs from this scenario in: run.batch_size")),
                 qPrintable(panel->textLabel()->text()));

        // Remove detaches it; opening another scenario would too.
        panel->findChild<QPushButton *>(QStringLiteral("removeMeasurement"))->click();
        QVERIFY(!model.measurement());
        QVERIFY(!panel->isVisible());
    }

    void droppedMeasurementIsAttached()
    {
        ScenarioModel model;
        model.reset(measuredScenario(), kScenario);
        MainWindow window(&model);
        window.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(kMeasurement)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QTRY_VERIFY(model.measurement() != nullptr);
        QCOMPARE(model.filePath(), kScenario);   // the scenario stays open
        QCOMPARE(model.measurement()->hostPeak, kMeasuredHost);
    }

    void malformedMeasurementIsRefusedWithItsPath()
    {
        ScenarioModel model;
        model.reset(measuredScenario(), kScenario);
        MainWindow window(&model);
        const QString bad = testing::writeFile(m_home, QStringLiteral("bad.headroom-measure.json"),
                                               "{\"headroom_measure\": 1, \"host\": {\"peak_bytes\": -1}}");
        QString shown;
        testing::whenModal<QMessageBox>([&shown](QMessageBox *box) {
            shown = box->informativeText();
            box->accept();
        });
        QVERIFY(!window.fileActions()->importMeasurementFile(bad));
        QCOMPARE(shown, QStringLiteral("host.peak_bytes: must be >= 0, got -1"));
        QVERIFY(!model.measurement());
    }

    void batchChartMarksTheMeasuredPoint()
    {
        ScenarioModel model;
        model.reset(measuredScenario(), kScenario);
        model.attachMeasurement(readMeasurementFile(kMeasurement).value(), kMeasurement);
        BatchChart chart(&model);
        chart.refresh();
        QCPGraph *g = graphNamed(chart.plot(), QStringLiteral("host:measured:host_peak"));
        QVERIFY(g);
        QCOMPARE(g->data()->size(), 1);
        QCOMPARE(g->data()->begin()->key, 1024.0);   // the measured run's batch size
        const Estimate e = estimateMemory(model.scenario());
        const double reserve = double(hostNeed(model.scenario(), e) - e.host.peak);
        QCOMPARE(g->data()->begin()->value, double(kMeasuredHost) + reserve);
        QVERIFY(!graphNamed(chart.plot(), QStringLiteral("device:measured:allocated")));   // a CPU run
    }

    void reportHasTheSection()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("poppler-utils (pdftotext) is needed to read the report back");
        const Scenario s = measuredScenario();
        const Measurement m = readMeasurementFile(kMeasurement).value();
        ReportOptions options;
        options.measurement = &m;
        options.measurementFile = QStringLiteral("synth-mlp-small.headroom-measure.json");
        const QString pdf = m_home.filePath(QStringLiteral("measured.pdf"));
        QVERIFY(!writeReportPdf(s, options, pdf));
        QProcess p;
        p.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
        QVERIFY(text.contains(QStringLiteral("Measured against estimated")));
        QVERIFY(text.contains(QStringLiteral("synth-mlp-small.headroom-measure.json")));
        QVERIFY(text.contains(formatSize(kMeasuredHost)));

        const QString plain = m_home.filePath(QStringLiteral("plain.pdf"));
        QVERIFY(!writeReportPdf(s, ReportOptions{}, plain));
        p.start(pdftotext, {plain, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(!QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("Measured against estimated")));
    }

    void cliCheck()
    {
        const Scenario s = measuredScenario();
        const Bytes estimated = estimate(s).value().host.peak;
        const double error = (double(estimated) - double(kMeasuredHost)) / double(kMeasuredHost);

        CliResult r = cli({QStringLiteral("check"), kScenario, kMeasurement, QStringLiteral("--json")});
        const int expected = std::fabs(error) <= 0.10 ? 0 : 3;
        QCOMPARE(r.exitCode, expected);
        const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(j.value(QStringLiteral("tolerance")).toDouble(), 0.10);
        const QJsonObject host = j.value(QStringLiteral("metrics")).toArray().at(0).toObject();
        QCOMPARE(host.value(QStringLiteral("metric")).toString(), QStringLiteral("host_peak"));
        QCOMPARE(host.value(QStringLiteral("measured_bytes")).toDouble(), double(kMeasuredHost));
        QCOMPARE(host.value(QStringLiteral("estimated_bytes")).toDouble(), double(estimated));
        QVERIFY(std::fabs(host.value(QStringLiteral("error")).toDouble() - error) < 1e-9);
        QVERIFY(j.value(QStringLiteral("differing_fields")).toArray().isEmpty());

        // A tolerance below the error fails the check (3), one above passes (0).
        const QString below = QString::number(std::fabs(error) * 100.0 / 2.0, 'f', 3) + QStringLiteral("%");
        const QString above = QString::number(std::fabs(error) * 100.0 + 1.0, 'f', 3) + QStringLiteral("%");
        QCOMPARE(cli({QStringLiteral("check"), kScenario, kMeasurement, QStringLiteral("--tolerance"), below}).exitCode, 3);
        r = cli({QStringLiteral("check"), kScenario, kMeasurement, QStringLiteral("--tolerance"), above});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("host peak")), qPrintable(r.out));
        QVERIFY(r.out.contains(QString::fromStdString(formatBytes(kMeasuredHost))));

        // Bad input: 2 with the path; a file that cannot be read: 1; a bad tolerance: 2.
        const QString bad = testing::writeFile(m_home, QStringLiteral("b.headroom-measure.json"),
                                               "{\"headroom_measure\": 1, \"host\": {\"peak_bytes\": \"x\"}}");
        r = cli({QStringLiteral("check"), kScenario, bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("host.peak_bytes: must be an integer")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(cli({QStringLiteral("check"), kScenario, m_home.filePath(QStringLiteral("missing.json"))}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("check"), kScenario, kMeasurement, QStringLiteral("--tolerance"), QStringLiteral("lots")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("check"), kScenario}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("estimate"), kScenario, QStringLiteral("--tolerance"), QStringLiteral("5%")}).exitCode, 2);

        // A scenario that differs from the measured run names the field.
        Scenario other = s;
        other.run.batchSize = 2048;
        const QString otherPath = testing::writeFile(m_home, QStringLiteral("other.headroom.json"),
                                                     QByteArray::fromStdString(writeScenario(other)));
        r = cli({QStringLiteral("check"), otherPath, kMeasurement, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("differing_fields")).toArray(),
                 QJsonArray({QStringLiteral("run.batch_size")}));
    }
};

QTEST_MAIN(TestMeasurementUi)
#include "test_measurement_ui.moc"
