// The scenario codec over golden files: valid files read and round-trip; each kind of
// refusal gives its exact path-naming message.

#include "hardware/catalog.h"
#include "scenario/codec.h"
#include "scenario/rules.h"
#include "scenario/limits.h"
#include "scenario/starting.h"

#include <QDir>
#include <QStringList>

#include <functional>
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
    void switchingFrameworkKeepsWhatStillApplies();
    void switchingTaskSuitsPrecision();
    void datasetPresetsAreValidScenarios();
    void deepNestingIsRefusedNotFollowed_data();
    void deepNestingIsRefusedNotFollowed();
    void nestingUpToTheLimitIsTheFormatsToJudge();
    void oversizedDocumentIsRefusedUnread();
    void unreachedPartsSuitTheAnswersBefore();
    void bf16ByGpuGeneration();
    void binaryBytesAreNamedNotEchoed();
    void changedPathsNameWhatDiffers();
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
        "llama-2-7b, llama-2-13b, llama-2-70b, llama-3-8b, mistral-7b, llama-3.1-8b, llama-3.1-70b, llama-3.1-405b, "
        "llama-3.2-1b, llama-3.2-3b, llama-3.3-70b, qwen2.5-7b, qwen2.5-72b, qwen3-8b, qwen3-32b, qwen3-30b-a3b, "
        "qwen3-235b-a22b, mixtral-8x7b, mixtral-8x22b, deepseek-v3, gemma-2-9b, gemma-2-27b, gemma-3-27b, phi-3-mini, "
        "phi-4, mistral-nemo-12b, gpt-oss-20b, gpt-oss-120b",
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
    row("selective-op-megatron",
        "run.activation_checkpointing: selective_op is PyTorch's op-level policy (torchtitan); Megatron recomputes by its own "
        "rules (selective or full)",
        ErrorCode::Inconsistent);
    row("lora-dropout-range", "run.finetune.dropout: must be <= 1, got 1.5", ErrorCode::OutOfRange);
    row("lora-targets-unknown", "run.finetune.targets[1]: unknown value \"value\"; allowed: q, k, v, o, gate, up, down",
        ErrorCode::UnknownValue);
    row("lora-targets-empty", "run.finetune.targets: names no layer; list at least one of q, k, v, o, gate, up, down",
        ErrorCode::OutOfRange);
    row("lora-targets-type",
        "run.finetune.targets: must be \"attention\", \"all_linear\" or a list of layer names (q, k, v, o, gate, up, down), "
        "got \"all-linear\"",
        ErrorCode::WrongType);
    row("loss-sum-chunks", "run.loss_chunks: a sum of the outputs has no cross-entropy to chunk: loss_chunks must be 1, got 4",
        ErrorCode::Inconsistent);
    row("loss-chunks-inference", "run.loss_chunks: only with task train", ErrorCode::Inconsistent);
    row("loss-chunks-mlp", "run.loss_chunks: only for a transformer language model", ErrorCode::Inconsistent);
    row("step-in-backward-accumulation",
        "run.gradient_accumulation: in_backward steps and frees each gradient as backward makes it, so nothing accumulates: "
        "gradient_accumulation must be 1, got 4",
        ErrorCode::Inconsistent);
    row("step-in-backward-zero3",
        "run.optimizer_step: in_backward is PyTorch's per-parameter hook; DeepSpeed ZeRO steps its own optimizer after backward",
        ErrorCode::Inconsistent);
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

void TestCodec::switchingFrameworkKeepsWhatStillApplies()
{
    Scenario s;
    s.dataset.input = InputShape{InputKind::Image, 1, 32, 32, 3, 1};
    s.model.framework = Framework::ScikitLearn;
    s.model.estimator = "Ridge";
    std::optional<Architecture> remembered;
    switchFramework(s, Framework::PyTorch, remembered);
    QVERIFY(s.model.estimator.empty());
    QVERIFY(s.model.architecture.has_value());
    QCOMPARE(s.model.architecture->preset, std::string("resnet18")); // picked for images, as a new scenario
    QCOMPARE(s.model.architecture->outputs, std::int64_t(10));
    s.model.architecture->preset = "vit_b_16";
    s.run.device = Device::Gpu;

    switchFramework(s, Framework::ScikitLearn, remembered);
    QVERIFY(!s.model.architecture.has_value());
    QCOMPARE(s.model.estimator, std::string(defaultEstimator(Framework::ScikitLearn)));
    QVERIFY(!s.run.device.has_value()); // scikit-learn computes on the CPU
    QVERIFY(!validateScenario(s).has_value());
    s.model.estimator = "Ridge";
    switchFramework(s, Framework::ScikitLearn, remembered);
    QCOMPARE(s.model.estimator, std::string("Ridge")); // offered, so kept
    switchFramework(s, Framework::XGBoost, remembered);
    QCOMPARE(s.model.estimator, std::string("XGBClassifier")); // XGBoost has no Ridge

    switchFramework(s, Framework::Jax, remembered);
    QVERIFY(s.model.estimator.empty());
    QCOMPARE(s.model.architecture->preset, std::string("vit_b_16")); // what the user had
}

void TestCodec::switchingTaskSuitsPrecision()
{
    // Inference loads the model in the compute dtype: mixed precision's fp32 weights go.
    Scenario s;
    s.run.task = Task::Train;
    s.run.precision = Precision::MixedBf16;
    switchTask(s, Task::Inference);
    QVERIFY(s.run.task == Task::Inference);
    QVERIFY(s.run.precision == Precision::Bf16);
    s.run.precision = Precision::MixedFp16;
    s.run.task = Task::Train;
    switchTask(s, Task::Inference);
    QVERIFY(s.run.precision == Precision::Fp16);
    // Other precisions stay; training drops what only inference has.
    s.run.precision = Precision::Int4;
    switchTask(s, Task::Inference);
    QVERIFY(s.run.precision == Precision::Int4);
    s.run.generation = Generation{16, 64};
    switchTask(s, Task::Train);
    QVERIFY(!s.run.generation.has_value());
    QVERIFY(s.run.precision == Precision::Int4);
    // Inference drops what only a training step has, so the scenario stays readable.
    s.run.optimizerStep = OptimizerStep::InBackward;
    s.run.lossChunks = 8;
    s.run.activationOffload = true;
    s.run.compile = true;
    switchTask(s, Task::Inference);
    QVERIFY(!s.run.optimizerStep.has_value());
    QCOMPARE(s.run.lossChunks, std::int64_t{1});
    QVERIFY(!s.run.activationOffload);
    QVERIFY(s.run.compile);
}

void TestCodec::datasetPresetsAreValidScenarios()
{
    QCOMPARE(datasetPresets().size(), std::size_t{4});
    for (DatasetPreset p : datasetPresets()) {
        Scenario s;
        s.dataset = datasetPreset(p);
        std::optional<Architecture> none;
        switchFramework(s, Framework::ScikitLearn, none);
        switchFramework(s, Framework::PyTorch, none); // a network that suits the input
        const auto problem = validateScenario(s);
        QVERIFY2(!problem, problem ? problem->text().c_str() : "");
        QVERIFY(s.dataset.samples > 0);
    }
    QCOMPARE(datasetPreset(DatasetPreset::ImageNet1k).samples, std::int64_t{1'281'167});
}

QTEST_APPLESS_MAIN(TestCodec)
#include "test_codec.moc"

namespace {

/// A minimal valid scenario whose notes hold `value` (raw JSON text).
std::string withNotes(const std::string &value)
{
    return R"({"headroom": 1, "notes": )" + value
           + R"(, "dataset": {"samples": 10, "input": {"kind": "tabular", "features": 4}},)"
             R"( "model": {"framework": "scikit-learn", "estimator": "LinearRegression"}, "run": {}})";
}

std::string nested(int depth) { return std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']'); }

} // namespace

void TestCodec::deepNestingIsRefusedNotFollowed_data()
{
    QTest::addColumn<int>("depth");
    QTest::newRow("65") << 65;
    QTest::newRow("10,000") << 10'000;
    QTest::newRow("50,000") << 50'000; // crashed the reader (stack overflow) before the limit
    QTest::newRow("1,000,000") << 1'000'000;
}

void TestCodec::deepNestingIsRefusedNotFollowed()
{
    QFETCH(int, depth);
    const auto r = readScenario(withNotes(nested(depth)));
    QVERIFY(!r.ok());
    // The notes start at column 25 of line 1; the 65th bracket is where it gets too deep.
    QCOMPARE(QString::fromStdString(r.error().text()),
             QStringLiteral("arrays and objects nested deeper than 64 levels (at line 1, column 89); refused"));
    QCOMPARE(static_cast<int>(r.error().code), static_cast<int>(ErrorCode::OutOfRange));
    const auto c = readCatalog(R"({"entries": )" + nested(depth) + "}");
    QVERIFY(!c.ok());
    QVERIFY2(c.error().message.find("nested deeper than 64 levels") != std::string::npos, c.error().text().c_str());
}

void TestCodec::nestingUpToTheLimitIsTheFormatsToJudge()
{
    // 63 levels inside the outer object: 64 in all, read and refused for what it is.
    const auto r = readScenario(withNotes(nested(63)));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().text().starts_with("notes: must be a string, got [[[["), r.error().text().c_str());
    // Brackets inside strings are text, not nesting.
    const auto s = readScenario(withNotes("\"" + std::string(100'000, '[') + "\\\"{\""));
    QVERIFY2(s.ok(), s.ok() ? "" : s.error().text().c_str());
    QCOMPARE(s.value().notes.size(), std::size_t{100'002});
}

void TestCodec::oversizedDocumentIsRefusedUnread()
{
    const std::string notes = "\"" + std::string(kMaxDocumentBytes, 'x') + "\"";
    const std::string text = withNotes(notes);
    const auto r = readScenario(text);
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error().text()),
             QStringLiteral("the file is %1 bytes, larger than the 4194304 bytes this program reads; refused without "
                            "reading it")
                 .arg(text.size()));
    // Just under the limit is read.
    const std::string fits = withNotes("\"" + std::string(kMaxDocumentBytes - 400, 'x') + "\"");
    QVERIFY(fits.size() <= kMaxDocumentBytes);
    QVERIFY(readScenario(fits).ok());
    QVERIFY(!readCatalog(std::string(kMaxDocumentBytes + 1, ' ')).ok());
}

void TestCodec::unreachedPartsSuitTheAnswersBefore()
{
    Scenario s;
    s.dataset.samples = 1000;
    s.dataset.input = InputShape{InputKind::Tokens, 1, 1, 1, 1, 2048};
    Architecture a;
    a.kind = ArchitectureKind::Preset;
    a.preset = "resnet18";
    a.outputs = 10;
    s.model.architecture = a;
    s.run.batchSize = 128;
    HardwareCandidate w;
    w.name = "w";
    w.hostRamGib = 64;
    w.gpu = GpuSpec{"RTX 4090", 24, 1};
    s.hardware.push_back(w);
    QVERIFY(validateScenario(s)); // resnet18 on tokens
    Scenario reachedModel = s;
    suitUnreachedParts(reachedModel, ScenarioPart::Training);
    QVERIFY(reachedModel.model == s.model); // the model page was reached: its answer stays
    suitUnreachedParts(s, ScenarioPart::Model);
    QVERIFY2(!validateScenario(s), validateScenario(s) ? validateScenario(s)->text().c_str() : "");
    QCOMPARE(s.model.architecture->preset, std::string("gpt2"));
    QCOMPARE(s.run.batchSize, 8);
    QVERIFY(s.run.checkpointing == Checkpointing::None);
    QVERIFY(s.run.precision == Precision::MixedBf16);
    // A 7B model: 4 sequences with activation checkpointing, as its fine-tuning recipes.
    s.model.architecture->preset = "mistral-7b";
    suitUnreachedParts(s, ScenarioPart::Training);
    QCOMPARE(s.run.batchSize, 4);
    QVERIFY(s.run.checkpointing == Checkpointing::Full);
    // Back to GPT-2 before the Training page is seen: its defaults again.
    s.model.architecture->preset = "gpt2";
    suitUnreachedParts(s, ScenarioPart::Training);
    QCOMPARE(s.run.batchSize, 8);
    QVERIFY(s.run.checkpointing == Checkpointing::None);
    // On a V100 (no bf16) the precision stays.
    s.run.precision = Precision::Fp32;
    s.hardware[0].gpu->model = "Tesla V100-SXM2-32GB";
    suitUnreachedParts(s, ScenarioPart::Training);
    QVERIFY(s.run.precision == Precision::Fp32);
    // Training reached: the batch is the user's.
    s.run.batchSize = 3;
    suitUnreachedParts(s, ScenarioPart::Hardware);
    QCOMPARE(s.run.batchSize, 3);
}

void TestCodec::bf16ByGpuGeneration()
{
    for (const char *yes : {"RTX 4090", "A100 80GB", "H100 SXM5", "NVIDIA L4", "RTX 3090", "MI300X", "RTX 6000 Ada"})
        QVERIFY2(gpuHasBf16(yes), yes);
    for (const char *no : {"Tesla V100-SXM2-16GB", "T4", "Tesla P100", "RTX 2080 Ti", "GTX 1080", "Titan V", "Quadro RTX 8000"})
        QVERIFY2(!gpuHasBf16(no), no);
}

void TestCodec::binaryBytesAreNamedNotEchoed()
{
    const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    auto r = readScenario(png);
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error().text()),
             QStringLiteral("not JSON text: byte 0x89 at line 1, column 1 is binary data or not UTF-8"));
    // Latin-1 text (not UTF-8) inside a string: no raw byte in the message either.
    r = readScenario("{\"headroom\": 1, \"name\": \"M\xfcller\"}");
    QVERIFY(!r.ok());
    for (const char c : r.error().text())
        QVERIFY2(static_cast<unsigned char>(c) < 0x80 && static_cast<unsigned char>(c) >= 0x20, r.error().text().c_str());
}

void TestCodec::changedPathsNameWhatDiffers()
{
    const auto r = readScenario(readFile(dataPath(QStringLiteral("valid/everything.json"))));
    QVERIFY(r.ok());
    const Scenario before = r.value();
    auto paths = [&before](const std::function<void(Scenario &)> &edit) {
        Scenario after = before;
        edit(after);
        QStringList list;
        for (const std::string &p : changedPaths(before, after))
            list << QString::fromStdString(p);
        list.sort();
        return list;
    };
    QCOMPARE(paths([](Scenario &) {}), QStringList());
    QCOMPARE(paths([](Scenario &s) { s.run.batchSize += 1; }), QStringList{QStringLiteral("run.batch_size")});
    QCOMPARE(paths([](Scenario &s) {
                 s.run.batchSize += 1;
                 s.system.osReservedGib += 1;
             }),
             (QStringList{QStringLiteral("run.batch_size"), QStringLiteral("system.os_reserved_gib")}));
    // Array elements by index, as errors name them; a machine added names the array.
    QVERIFY(before.hardware.size() >= 2);
    QCOMPARE(paths([](Scenario &s) { s.hardware[1].name = "Renamed"; }), QStringList{QStringLiteral("hardware[1].name")});
    QCOMPARE(paths([](Scenario &s) { s.hardware.push_back(s.hardware.front()); }), QStringList{QStringLiteral("hardware")});
    const QStringList removed = paths([](Scenario &s) { s.hardware.erase(s.hardware.begin()); });
    QVERIFY(!removed.isEmpty());
    for (const QString &p : removed)
        QVERIFY2(p.startsWith(QStringLiteral("hardware[")), qPrintable(p));
}
