// The scenario codec over golden files: valid files read and round-trip; each kind of
// refusal gives its exact path-naming message.

#include "scenario/codec.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace headroom;

namespace {

std::string readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = f.readAll();
    return std::string(data.constData(), static_cast<std::size_t>(data.size()));
}

QString dataPath(const QString &rel) { return QStringLiteral(HEADROOM_TEST_DATA "/") + rel; }

} // namespace

class TestCodec : public QObject
{
    Q_OBJECT

private slots:
    void validFiles_data();
    void validFiles();
    void refusals_data();
    void refusals();
    void defaultsAreTheSpecs();
    void writtenFileIsStable();
    void closestMatchSuggestsNearKeys();
    void validateCatchesEditsInCode();
    void refusalsCarryTheirTemplate();
};

void TestCodec::validFiles_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &name : QDir(dataPath(QStringLiteral("valid"))).entryList({QStringLiteral("*.json")}))
        QTest::newRow(qPrintable(name)) << dataPath(QStringLiteral("valid/") + name);
    const QString examples = QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/");
    for (const QString &name : QDir(examples).entryList({QStringLiteral("*.json")}))
        QTest::newRow(qPrintable(QStringLiteral("example ") + name)) << examples + name;
    const QString cases = QStringLiteral(HEADROOM_SOURCE_DIR "/bench/calibration/cases/");
    for (const QString &name : QDir(cases).entryList({QStringLiteral("*.json")}))
        QTest::newRow(qPrintable(QStringLiteral("calibration ") + name)) << cases + name;
}

void TestCodec::validFiles()
{
    QFETCH(QString, path);
    const auto first = readScenario(readFile(path));
    QVERIFY2(first.ok(), first.ok() ? "" : first.error().text().c_str());
    // Reading, writing and reading again gives an equal scenario.
    const std::string written = writeScenario(first.value());
    const auto second = readScenario(written);
    QVERIFY2(second.ok(), second.ok() ? "" : second.error().text().c_str());
    QVERIFY(second.value() == first.value());
}

void TestCodec::refusals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("code");
    auto row = [](const char *file, const char *message, ErrorCode code) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromUtf8(message) << static_cast<int>(code);
    };
    row("malformed", "malformed JSON at line 2, column 30: syntax error while parsing object key - unexpected ','; expected string literal",
        ErrorCode::MalformedJson);
    row("empty", "malformed JSON at line 2, column 1: the file is empty", ErrorCode::MalformedJson);
    row("not-object", "a scenario must be a JSON object, got [1,2,3]", ErrorCode::WrongType);
    row("wrong-type", "run.batch_size: must be an integer, got \"32\"", ErrorCode::WrongType);
    row("fractional-int", "run.batch_size: must be an integer, got 2.5", ErrorCode::WrongType);
    row("out-of-range", "run.batch_size: must be >= 1, got 0", ErrorCode::OutOfRange);
    row("unknown-key", "dataset.dtyp: unknown key (did you mean \"dtype\"?)", ErrorCode::UnknownKey);
    row("unknown-catalog-key", "hardware[0].catalg: unknown key (did you mean \"catalog\"?)", ErrorCode::UnknownKey);
    row("unknown-enum",
        "run.precision: unknown value \"fp8\" (did you mean \"fp64\"?); allowed: fp64, fp32, fp16, bf16, mixed_fp16, mixed_bf16, int8, int4",
        ErrorCode::UnknownValue);
    row("unknown-preset",
        "model.architecture.preset: unknown preset \"resnet51\" (did you mean \"resnet50\"?); allowed: resnet18, resnet34, resnet50, "
        "resnet101, vgg16, mobilenet_v2, efficientnet_b0, vit_b_16, bert-base, bert-large, gpt2, gpt2-medium, gpt2-large, gpt2-xl, "
        "llama-2-7b, llama-2-13b, llama-2-70b, llama-3-8b, mistral-7b",
        ErrorCode::UnknownValue);
    row("missing-key", "dataset.samples: required key missing", ErrorCode::MissingKey);
    row("heads-hidden", "model.architecture.heads: must divide hidden (768), got 5", ErrorCode::Inconsistent);
    row("kv-heads", "model.architecture.kv_heads: must divide heads (12), got 5", ErrorCode::Inconsistent);
    row("csr-density", "dataset.density: required with layout csr (fraction of non-zero values)", ErrorCode::Inconsistent);
    row("int8-train", "run.precision: int8 is weight-only quantisation for inference; task is train", ErrorCode::Inconsistent);
    row("parallel-divide",
        "cluster.tensor_parallel: tensor_parallel × pipeline_parallel (3) must divide the number of devices (4)",
        ErrorCode::Inconsistent);
    row("newer-version", "headroom: format version 2 is newer than this program reads (1); update Headroom",
        ErrorCode::NewerVersion);
    row("int64-overflow", "dataset.samples: does not fit a 64-bit integer, got 1e+20", ErrorCode::OutOfRange);
    row("uint64-overflow", "dataset.samples: does not fit a 64-bit integer, got 18446744073709551615", ErrorCode::OutOfRange);
    row("huge-number", "malformed JSON: a number is too large to represent (beyond 1.8e308)", ErrorCode::OutOfRange);
    row("hardware-type", "hardware[0].host_ram_gib: must be a number, got \"lots\"", ErrorCode::WrongType);
    row("software-version", "run.software.pytorch: unknown value \"2.x\"; allowed: a version MAJOR.MINOR such as \"2.5\"",
        ErrorCode::UnknownValue);
}

void TestCodec::refusals()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QFETCH(int, code);
    const auto r = readScenario(readFile(dataPath(QStringLiteral("invalid/%1.json").arg(file))));
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error().text()), message);
    QCOMPARE(static_cast<int>(r.error().code), code);
}

void TestCodec::defaultsAreTheSpecs()
{
    const auto r = readScenario(readFile(dataPath(QStringLiteral("valid/minimal.json"))));
    QVERIFY(r.ok());
    const Scenario &s = r.value();
    QVERIFY(s.dataset.dtype == DType::Float32);
    QVERIFY(s.dataset.layout == Layout::Dense);
    QCOMPARE(s.dataset.effectiveDensity(), 1.0);
    QVERIFY(s.dataset.indexDtype == IndexDType::Int32);
    QCOMPARE(s.dataset.targets.count, 1);
    QVERIFY(s.dataset.targets.dtype == DType::Int64);
    QVERIFY(s.dataset.storage == Storage::InMemory);
    QCOMPARE(s.dataset.preprocessingCopies, 0);
    QVERIFY(s.run.task == Task::Train);
    QVERIFY(s.device() == Device::Cpu); // scikit-learn: cpu
    QCOMPARE(s.run.batchSize, 32);
    QVERIFY(s.run.precision == Precision::Fp32);
    QVERIFY(s.run.optimizer == Optimizer::AdamW);
    QVERIFY(s.run.checkpointing == Checkpointing::None);
    QCOMPARE(s.run.gradientAccumulation, 1);
    QVERIFY(s.run.finetune.method == FinetuneMethod::Full);
    QCOMPARE(s.run.dataloader.workers, 0);
    QCOMPARE(s.run.dataloader.prefetchFactor, 2);
    QCOMPARE(s.run.dataloader.pinMemory, false);
    QCOMPARE(s.cluster.devices(), 1);
    QVERIFY(s.cluster.dataParallel == DataParallel::Ddp);
    QVERIFY(s.cluster.offload == Offload::None);
    QCOMPARE(s.system.osReservedGib, 2.0);
    QCOMPARE(s.system.otherProcessesGib, 0.0);
    QCOMPARE(s.system.headroomFraction, 0.2);

    Scenario deep = s;
    deep.model.framework = Framework::PyTorch;
    QVERIFY(deep.device() == Device::Gpu); // deep-learning frameworks: gpu
}

void TestCodec::writtenFileIsStable()
{
    const auto r = readScenario(readFile(dataPath(QStringLiteral("valid/everything.json"))));
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().text().c_str());
    const std::string once = writeScenario(r.value());
    const std::string twice = writeScenario(readScenario(once).value());
    QCOMPARE(QString::fromStdString(twice), QString::fromStdString(once));
    QVERIFY(once.find("\"kv_heads\": 2") != std::string::npos);
    QVERIFY(once.find("\"catalog\": \"aws-p4d.24xlarge\"") != std::string::npos);
}

void TestCodec::closestMatchSuggestsNearKeys()
{
    const std::array<std::string_view, 3> keys = {"samples", "dtype", "storage"};
    QCOMPARE(QString::fromLatin1(closestMatch("smaples", keys).data()), QStringLiteral("samples"));
    QVERIFY(closestMatch("completely_different", keys).empty());
}

void TestCodec::validateCatchesEditsInCode()
{
    auto s = readScenario(readFile(dataPath(QStringLiteral("valid/minimal.json")))).value();
    QVERIFY(!validateScenario(s));
    s.run.batchSize = 0;
    const auto problem = validateScenario(s);
    QVERIFY(problem.has_value());
    QCOMPARE(QString::fromStdString(problem->text()), QStringLiteral("run.batch_size: must be >= 1, got 0"));
}

void TestCodec::refusalsCarryTheirTemplate()
{
    // What a user interface translates: the template and its arguments, which fill in to
    // exactly the English message (an argument's own "%1" is not filled in again).
    auto s = readScenario(readFile(dataPath(QStringLiteral("valid/minimal.json")))).value();
    s.run.batchSize = 0;
    const auto problem = validateScenario(s);
    QVERIFY(problem && problem->tmpl);
    QCOMPARE(QString::fromLatin1(problem->tmpl), QStringLiteral("must be >= %1, got %2"));
    QCOMPARE(problem->args, (std::vector<std::string>{"1", "0"}));
    QCOMPARE(fillIn(problem->tmpl, problem->args), problem->message);

    const auto named = readScenario(R"({"headroom": 1, "dataset": {"samples": 1, "input": {"kind": "tabular",
        "features": 3}}, "model": {"framework": "pytorch", "architecture": {"preset": "%2 net"}},
        "run": {"batch_size": 1}})");
    QVERIFY(!named.ok() && named.error().tmpl);
    QVERIFY(QString::fromStdString(named.error().message).startsWith(QStringLiteral("unknown preset \"%2 net\"")));
    QCOMPARE(fillIn(named.error().tmpl, named.error().args), named.error().message);
}

QTEST_APPLESS_MAIN(TestCodec)
#include "test_codec.moc"
