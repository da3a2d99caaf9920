// headroom-cli as scripts use it: exit status, standard output, standard error.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HEADROOM_CLI), args);
    p.waitForFinished(60000);
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString example(const char *name) { return QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/") + QLatin1String(name); }
QString invalid(const char *name) { return QStringLiteral(HEADROOM_TEST_DATA "/invalid/") + QLatin1String(name); }

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void validateAcceptsEveryExample_data();
    void validateAcceptsEveryExample();
    void badInputExitsTwoWithPathOnStderr_data();
    void badInputExitsTwoWithPathOnStderr();
    void estimateJsonFollowsTheSpec();
    void servingEstimateCountsNoDataLoader();
    void estimateTableIsReadable();
    void compareNamesTheRecommendation();
    void missingFileIsAFailure();
    void hostileFilesAreRefusedNotCrashed();
    void usageErrors();
    void helpAndVersion();
};

void TestCli::validateAcceptsEveryExample_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"llama2-7b-lora.headroom.json", "resnet50-single-gpu.headroom.json",
                             "gpt-13b-zero3-pretrain.headroom.json", "tabular-random-forest.headroom.json",
                             "xgboost-clickthrough.headroom.json"})
        QTest::newRow(name) << example(name);
}

void TestCli::validateAcceptsEveryExample()
{
    QFETCH(QString, file);
    const Run r = cli({QStringLiteral("validate"), file});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.isEmpty());
}

void TestCli::badInputExitsTwoWithPathOnStderr_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("validate unknown key") << "validate" << invalid("unknown-key.json")
                                          << "dataset.dtyp: unknown key (did you mean \"dtype\"?)";
    QTest::newRow("estimate out of range") << "estimate" << invalid("out-of-range.json") << "run.batch_size: must be >= 1, got 0";
    QTest::newRow("estimate json malformed") << "estimate" << invalid("malformed.json") << "malformed JSON at line 2, column 30";
    QTest::newRow("compare newer version") << "compare" << invalid("newer-version.json")
                                           << "headroom: format version 2 is newer than this program reads (1)";
    QTest::newRow("validate overflow") << "validate" << invalid("int64-overflow.json")
                                       << "dataset.samples: does not fit a 64-bit integer";
}

void TestCli::badInputExitsTwoWithPathOnStderr()
{
    QFETCH(QString, command);
    QFETCH(QString, file);
    QFETCH(QString, message);
    QStringList args{command, file};
    if (command == QStringLiteral("estimate"))
        args << QStringLiteral("--json");
    const Run r = cli(args);
    QCOMPARE(r.status, 2);
    QVERIFY(r.out.isEmpty()); // nothing on standard output when refused
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestCli::servingEstimateCountsNoDataLoader()
{
    // The vLLM example with eight DataLoader workers asked for: a serving engine loads no
    // dataset, so the host has neither the dataset nor the workers.
    QFile f(example("llama3-8b-vllm-serving.headroom.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    QJsonObject run = doc.value(QStringLiteral("run")).toObject();
    run.insert(QStringLiteral("dataloader"), QJsonObject{{QStringLiteral("workers"), 8}});
    doc.insert(QStringLiteral("run"), run);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("serving.headroom.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(doc).toJson());
    out.close();
    const Run r = cli({QStringLiteral("estimate"), path, QStringLiteral("--json")});
    QCOMPARE(r.status, 0);
    QStringList names;
    for (const auto &c : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("host")).toObject().value(QStringLiteral("components")).toArray())
        names << c.toObject().value(QStringLiteral("name")).toString();
    QVERIFY2(names.contains(QStringLiteral("framework_runtime")), qPrintable(names.join(u',')));
    for (const char *key : {"dataset", "dataloader_workers", "batch_buffers"})
        QVERIFY2(!names.contains(QLatin1String(key)), qPrintable(names.join(u',')));
}

void TestCli::estimateJsonFollowsTheSpec()
{
    const Run r = cli({QStringLiteral("estimate"), example("tabular-random-forest.headroom.json"), QStringLiteral("--json")});
    QCOMPARE(r.status, 0);
    QJsonParseError error;
    const QJsonObject j = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(j.value(QStringLiteral("headroom")).toInt(), 1);
    const QJsonObject host = j.value(QStringLiteral("host")).toObject();
    const double peak = host.value(QStringLiteral("peak_bytes")).toDouble();
    // 20,000,000 × 250 float64 values alone are 40 GB.
    QVERIFY(peak >= 40e9);
    double sum = 0;
    bool hasDataset = false;
    for (const auto &c : host.value(QStringLiteral("components")).toArray()) {
        sum += c.toObject().value(QStringLiteral("bytes")).toDouble();
        hasDataset |= c.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("dataset");
    }
    QVERIFY(hasDataset);
    QCOMPARE(sum, peak);
    // recommended = (peak + 4 GiB OS + 2 GiB others) × 1.2
    const double recommended = host.value(QStringLiteral("recommended_bytes")).toDouble();
    QVERIFY(std::abs(recommended - (peak + 6.0 * 1073741824.0) * 1.2) <= 1.0);
    QVERIFY(j.value(QStringLiteral("device")).isNull()); // a CPU job
    const QJsonArray candidates = j.value(QStringLiteral("candidates")).toArray();
    QCOMPARE(candidates.size(), 3);
    for (const auto &c : candidates) {
        const QJsonObject o = c.toObject();
        for (const char *key : {"name", "host_fits", "device_fits", "host_free_bytes", "device_free_bytes", "max_batch_size",
                                "max_samples_in_memory"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o.value(QStringLiteral("device_fits")).isNull());
    }
    QVERIFY(j.value(QStringLiteral("warnings")).isArray());
}

void TestCli::estimateTableIsReadable()
{
    const Run r = cli({QStringLiteral("estimate"), example("tabular-random-forest.headroom.json")});
    QCOMPARE(r.status, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.contains(QStringLiteral("Credit risk random forest")));
    QVERIFY(out.contains(QStringLiteral("20,000,000 samples × 250 features × 8 B float64")));
    QVERIFY(out.contains(QStringLiteral("recommended")));
    QVERIFY(out.contains(QStringLiteral("Server 256 GiB")));
}

void TestCli::compareNamesTheRecommendation()
{
    const Run r = cli({QStringLiteral("compare"), example("tabular-random-forest.headroom.json"), QStringLiteral("--json")});
    QCOMPARE(r.status, 0);
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QVERIFY(j.contains(QStringLiteral("recommended")));
    QCOMPARE(j.value(QStringLiteral("candidates")).toArray().size(), 3);
    const QJsonValue rec = j.value(QStringLiteral("recommended"));
    if (!rec.isNull()) {
        bool found = false;
        for (const auto &c : j.value(QStringLiteral("candidates")).toArray())
            found |= c.toObject().value(QStringLiteral("name")) == rec;
        QVERIFY(found);
    }
}

void TestCli::missingFileIsAFailure()
{
    const Run r = cli({QStringLiteral("estimate"), QStringLiteral("/nonexistent/x.headroom.json")});
    QCOMPARE(r.status, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("cannot read /nonexistent/x.headroom.json"));
}

void TestCli::hostileFilesAreRefusedNotCrashed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Notes nested 50,000 deep: validate and estimate crashed (stack overflow) before.
    const QString deep = dir.filePath(QStringLiteral("deep.headroom.json"));
    {
        QFile f(deep);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"headroom": 1, "notes": )");
        f.write(QByteArray(50'000, '['));
        f.write(QByteArray(50'000, ']'));
        f.write(R"(, "dataset": {"samples": 10, "input": {"kind": "tabular", "features": 4}},)"
                R"( "model": {"framework": "scikit-learn", "estimator": "LinearRegression"}})");
    }
    for (const char *command : {"validate", "estimate"}) {
        const Run r = cli({QLatin1String(command), deep});
        QCOMPARE(r.status, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("nested deeper than 64 levels (at line 1, column 89)"), r.err.constData());
    }
    // A 100 MB file is refused by its size, not read whole.
    const QString huge = dir.filePath(QStringLiteral("huge.headroom.json"));
    {
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(100'000'000)); // sparse: costs no disk
    }
    const Run r = cli({QStringLiteral("validate"), huge});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains("the file is 100000000 bytes, larger than the 4194304 bytes this program reads"),
             r.err.constData());
}

void TestCli::usageErrors()
{
    Run r = cli({QStringLiteral("frobnicate"), example("tabular-random-forest.headroom.json")});
    QCOMPARE(r.status, 2);
    QVERIFY(r.err.contains("unknown command \"frobnicate\""));
    r = cli({});
    QCOMPARE(r.status, 2);
    QVERIFY(r.err.contains("no command given"));
    r = cli({QStringLiteral("estimate"), example("tabular-random-forest.headroom.json"), QStringLiteral("--jsn")});
    QCOMPARE(r.status, 2);
    QVERIFY(r.err.contains("jsn"));
    QVERIFY(r.out.isEmpty());
}

void TestCli::helpAndVersion()
{
    Run r = cli({QStringLiteral("--version")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.startsWith("headroom-cli " HEADROOM_VERSION));
    r = cli({QStringLiteral("--help")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains("estimate FILE [--json]"));
}

QTEST_APPLESS_MAIN(TestCli)
#include "test_cli.moc"
