// The measurement reader refuses malformed files with the JSON path, as the scenario
// reader does; a measurement is held against the estimate per metric, and the scenario
// fields that differ are named.

#include "engine/engine.h"
#include "measure/measurement.h"
#include "scenario/codec.h"

#include <QFile>
#include <QTest>

using namespace headroom;

namespace {

std::string readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll().toStdString();
}

const QString kGolden = QStringLiteral(HEADROOM_TEST_DATA "/measure/synth-mlp-small.headroom-measure.json");

nlohmann::ordered_json golden()
{
    return nlohmann::ordered_json::parse(readFile(kGolden));
}

} // namespace

class TestMeasure : public QObject {
    Q_OBJECT
private slots:
    void readsWhatTheProbeWrites();
    void refusals_data();
    void refusals();
    void tooLargeAndTooDeepAreRefusedBeforeParsing();
    void comparesEachMetric();
    void namesTheFieldsThatDiffer();
    void toleranceText_data();
    void toleranceText();
};

void TestMeasure::readsWhatTheProbeWrites()
{
    const auto m = readMeasurement(readFile(kGolden));
    QVERIFY2(m.ok(), m.ok() ? "" : m.error().text().c_str());
    QCOMPARE(m->version, 1);
    QCOMPARE(m->mode, std::string("synth"));
    QCOMPARE(m->hostPeak, Bytes(371032064));
    QCOMPARE(m->hostMetric, std::string("tree_rss_peak"));
    QCOMPARE(m->sampleIntervalMs.value_or(0), 50);
    QCOMPARE(m->timeline.size(), std::size_t(7));
    QVERIFY(m->devices.empty());
    QVERIFY(m->scenario.has_value());
    QCOMPARE(m->scenario->run.batchSize, 1024);
    QCOMPARE(m->scenarioFile, std::string("mlp-small.headroom.json"));
    QCOMPARE(m->steps.value_or(0), 3);
    QVERIFY(!m->phasePeaks.empty());
    const auto torch = std::find_if(m->software.begin(), m->software.end(), [](const auto &p) { return p.first == "torch"; });
    QVERIFY(torch != m->software.end());
}

void TestMeasure::refusals_data()
{
    QTest::addColumn<QString>("pointer");   // JSON pointer of what to change ("" = whole document)
    QTest::addColumn<QString>("value");     // new JSON value ("<delete>" removes the key)
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("not an object") << "" << "[1,2]" << "" << "a measurement must be a JSON object, got [1,2]";
    QTest::newRow("version missing") << "/headroom_measure" << "<delete>" << "headroom_measure" << "required key missing";
    QTest::newRow("newer version") << "/headroom_measure" << "2" << "headroom_measure"
                                   << "format version 2 is newer than this program reads (1); update Headroom";
    QTest::newRow("host missing") << "/host" << "<delete>" << "host" << "required key missing";
    QTest::newRow("peak missing") << "/host/peak_bytes" << "<delete>" << "host.peak_bytes" << "required key missing";
    QTest::newRow("negative peak") << "/host/peak_bytes" << "-5" << "host.peak_bytes" << "must be >= 0, got -5";
    QTest::newRow("peak as text") << "/host/peak_bytes" << "\"1 GiB\"" << "host.peak_bytes"
                                  << "must be an integer, got \"1 GiB\"";
    QTest::newRow("misspelt key") << "/host/peek_bytes" << "5" << "host.peek_bytes"
                                  << "unknown key (did you mean \"peak_bytes\"?)";
    QTest::newRow("devices not an array") << "/devices" << "{}" << "devices" << "must be an array, got {}";
    QTest::newRow("device figure wrong") << "/devices" << "[{\"index\":0,\"used_peak_bytes\":true}]"
                                         << "devices[0].used_peak_bytes" << "must be an integer, got true";
    QTest::newRow("timeline point") << "/host/timeline/1" << "[1]" << "host.timeline[1]"
                                    << "must be a pair [seconds, bytes], got [1]";
    QTest::newRow("unknown mode") << "/mode" << "\"guess\"" << "mode" << "unknown value \"guess\"; allowed: run, attach, synth";
    QTest::newRow("scenario inside is checked") << "/scenario/document/run/batch_size" << "0"
                                                << "scenario.document.run.batch_size" << "must be >= 1, got 0";
}

void TestMeasure::refusals()
{
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    QFETCH(QString, path);
    QFETCH(QString, message);
    nlohmann::ordered_json doc = golden();
    if (pointer.isEmpty()) {
        doc = nlohmann::ordered_json::parse(value.toStdString());
    } else {
        const nlohmann::ordered_json::json_pointer ptr(pointer.toStdString());
        if (value == QStringLiteral("<delete>"))
            doc[ptr.parent_pointer()].erase(ptr.back());
        else
            doc[ptr] = nlohmann::ordered_json::parse(value.toStdString());
    }
    const auto m = readMeasurement(doc.dump());
    QVERIFY(!m.ok());
    QCOMPARE(QString::fromStdString(m.error().path), path);
    QCOMPARE(QString::fromStdString(m.error().message), message);
}

void TestMeasure::tooLargeAndTooDeepAreRefusedBeforeParsing()
{
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const auto d = readMeasurement(deep);
    QVERIFY(!d.ok());
    QCOMPARE(d.error().text(), std::string("arrays and objects are nested deeper than 64 levels"));

    std::string big = readFile(kGolden);
    big.insert(1, std::string(kMeasurementMaxBytes, ' '));
    const auto b = readMeasurement(big);
    QVERIFY(!b.ok());
    QVERIFY(b.error().text().find("a measurement is read up to 16777216 bytes") != std::string::npos);

    const auto s = readMeasurement(readFile(QStringLiteral(HEADROOM_SOURCE_DIR "/probe/tests/data/mlp-small.headroom.json")));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().text(), std::string("headroom_measure: required key missing: this is a scenario, not a measurement"));
}

void TestMeasure::comparesEachMetric()
{
    auto m = readMeasurement(readFile(kGolden)).value();
    const Scenario s = *m.scenario;
    const Estimate e = estimate(s).value();
    auto c = compareMeasurement(s, e, m);
    QCOMPARE(c.metrics.size(), std::size_t(1));   // a CPU run: the host peak only
    QVERIFY(c.metrics[0].metric == MeasureMetric::HostPeak);
    QCOMPARE(c.metrics[0].measured, Bytes(371032064));
    QCOMPARE(c.metrics[0].estimated, e.host.peak);
    const double expected = (double(e.host.peak) - 371032064.0) / 371032064.0;
    QVERIFY(std::fabs(c.metrics[0].error - expected) < 1e-12);
    QVERIFY(c.differingFields.empty());
    QVERIFY(c.measurementHasScenario);

    // GPU figures: each metric the measurement has, from its busiest device
    m.devices = {DeviceMeasure{0, "GPU", 80 * GiB, 10 * GiB, 12 * GiB, 13 * GiB},
                 DeviceMeasure{1, "GPU", 80 * GiB, 11 * GiB, std::nullopt, 14 * GiB}};
    Estimate withDevice = e;
    withDevice.device = Breakdown{11 * GiB, {}};
    c = compareMeasurement(s, withDevice, m);
    QCOMPARE(c.metrics.size(), std::size_t(4));
    QVERIFY(c.metrics[1].metric == MeasureMetric::DeviceAllocated);
    QCOMPARE(c.metrics[1].measured, 11 * GiB);
    QCOMPARE(c.metrics[1].error, 0.0);
    QVERIFY(withinTolerance(c.metrics[1], 0.0));
    QCOMPARE(c.metrics[2].measured, 12 * GiB);
    QVERIFY(c.metrics[3].metric == MeasureMetric::DeviceUsed);
    QCOMPARE(c.metrics[3].measured, 14 * GiB);
    QVERIFY(std::fabs(c.metrics[3].error - (11.0 - 14.0) / 14.0) < 1e-12);
    QVERIFY(!withinTolerance(c.metrics[3], 0.10));
    QVERIFY(withinTolerance(c.metrics[3], 0.25));
    QCOMPARE(metricKey(c.metrics[3].metric), std::string_view("nvidia_smi"));
}

void TestMeasure::namesTheFieldsThatDiffer()
{
    const auto m = readMeasurement(readFile(kGolden)).value();
    Scenario s = *m.scenario;
    s.name = "renamed";                 // does not change what the run uses
    s.system.headroomFraction = 0.5;
    s.run.batchSize = 2048;
    s.run.optimizer = Optimizer::Sgd;
    const auto c = compareMeasurement(s, estimate(s).value(), m);
    QCOMPARE(c.differingFields, (std::vector<std::string>{"run.batch_size", "run.optimizer"}));
    QCOMPARE(measuredBatchSize(m, 7), 1024);
}

void TestMeasure::toleranceText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("fraction");   // -1: refused
    QTest::newRow("percent") << "10%" << 0.10;
    QTest::newRow("percent, space") << " 5 % " << 0.05;
    QTest::newRow("fraction") << "0.15" << 0.15;
    QTest::newRow("zero") << "0" << 0.0;
    QTest::newRow("negative") << "-1%" << -1.0;
    QTest::newRow("words") << "ten" << -1.0;
    QTest::newRow("empty") << "%" << -1.0;
    QTest::newRow("huge") << "5000%" << -1.0;
}

void TestMeasure::toleranceText()
{
    QFETCH(QString, text);
    QFETCH(double, fraction);
    const auto t = parseTolerance(text.toStdString());
    if (fraction < 0) {
        QVERIFY(!t.has_value());
    } else {
        QVERIFY(t.has_value());
        QVERIFY(std::fabs(*t - fraction) < 1e-12);
    }
}

QTEST_APPLESS_MAIN(TestMeasure)
#include "test_measure.moc"
