// `headroom-cli advise FILE [--json]`: the spec'd JSON, a readable table, exit codes.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HEADROOM_CLI), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString example(const char *name)
{
    return QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/") + QLatin1String(name)
           + QStringLiteral(".headroom.json");
}

} // namespace

class TestAdviseCli final : public QObject
{
    Q_OBJECT

private slots:
    void jsonHasTheSpecifiedShape_data();
    void jsonHasTheSpecifiedShape();
    void tableListsTheSuggestions();
    void badInputExitsTwo();
};

void TestAdviseCli::jsonHasTheSpecifiedShape_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("random forest") << example("tabular-random-forest");
    QTest::newRow("llama lora") << example("llama2-7b-lora");
    QTest::newRow("resnet") << example("resnet50-single-gpu");
}

void TestAdviseCli::jsonHasTheSpecifiedShape()
{
    QFETCH(QString, file);
    const Run r = runCli({QStringLiteral("advise"), file, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = doc.object();
    QVERIFY(root.value(QStringLiteral("suggestions")).isArray());
    QVERIFY(root.value(QStringLiteral("warnings")).isArray());
    const QJsonArray list = root.value(QStringLiteral("suggestions")).toArray();
    QVERIFY(!list.isEmpty());
    const QStringList keys = {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("host_saving_bytes"),
                              QStringLiteral("device_saving_bytes"), QStringLiteral("cost"), QStringLiteral("makes_fit"),
                              QStringLiteral("scenario_patch")};
    for (const QJsonValue &v : list) {
        const QJsonObject s = v.toObject();
        QCOMPARE(s.keys().size(), keys.size());
        for (const QString &k : keys)
            QVERIFY2(s.contains(k), qPrintable(k));
        QVERIFY(s.value(QStringLiteral("title")).isString());
        QVERIFY(s.value(QStringLiteral("host_saving_bytes")).isDouble());
        QVERIFY(s.value(QStringLiteral("device_saving_bytes")).isDouble());
        QVERIFY(s.value(QStringLiteral("host_saving_bytes")).toDouble() > 0
                || s.value(QStringLiteral("device_saving_bytes")).toDouble() > 0);
        QVERIFY(s.value(QStringLiteral("makes_fit")).isArray());
        QVERIFY(s.value(QStringLiteral("scenario_patch")).isObject());
    }
}

void TestAdviseCli::tableListsTheSuggestions()
{
    const Run r = runCli({QStringLiteral("advise"), example("tabular-random-forest")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Store the data as float32 instead of float64"), r.out.constData());
    QVERIFY(r.out.contains("cost: "));
}

void TestAdviseCli::badInputExitsTwo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.headroom.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"headroom": 1, "dataset": {"samples": 0, "input": {"kind": "tabular", "features": 3}},
               "model": {"framework": "xgboost", "estimator": "XGBClassifier"}, "run": {}})");
    f.close();
    const Run r = runCli({QStringLiteral("advise"), path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("dataset.samples"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

QTEST_APPLESS_MAIN(TestAdviseCli)
#include "test_advise_cli.moc"
