// Quantised weight formats (`model.weights`) and provenance (`model.source`): the codec
// reads, writes and refuses them; the engine's weights component is each format's exact
// storage, checked against figures worked out by hand from the layouts and against
// published file sizes.

#include "engine/dnn/dnn.h"
#include "engine/dnn/weights.h"
#include "engine/engine.h"
#include "quant/formats.h"
#include "scenario/codec.h"
#include "scenario/presets.h"

#include <QtTest>

using namespace headroom;

namespace {

Scenario llama7b(const char *format, Precision precision = Precision::Fp16)
{
    Scenario s;
    s.dataset.samples = 100;
    s.dataset.input = InputShape{InputKind::Tokens, 1, 1, 1, 1, 512};
    Architecture a;
    a.kind = ArchitectureKind::Preset;
    a.preset = "llama-2-7b";
    s.model.architecture = a;
    s.run.task = Task::Inference;
    s.run.batchSize = 1;
    s.run.precision = precision;
    if (format) {
        WeightsSpec w;
        w.format = format;
        s.model.weights = w;
    }
    return s;
}

Bytes deviceWeights(const Scenario &s)
{
    const Estimate e = estimateMemory(s);
    return e.device ? e.device->bytesOf("parameters") : -1;
}

// llama-2-7b: 32 blocks of q, k, v, o (4096 × 4096), gate and up (11008 × 4096) and
// down (4096 × 11008); 6,738,415,616 parameters, of which the blocks' linear layers hold
// 32 × (4 × 16,777,216 + 3 × 45,088,768) = 6,476,005,376; the rest (embeddings, untied
// head, norms) is 262,410,240.
constexpr Bytes kParams = 6738415616;
constexpr Bytes kLinear = 6476005376;
constexpr Bytes kOther = kParams - kLinear;

std::string scenarioWith(const std::string &model, const std::string &run = R"({"task":"inference","precision":"fp16"})")
{
    return R"({"headroom":1,"dataset":{"samples":1,"input":{"kind":"tokens","length":128}},"model":)" + model
           + R"(,"run":)" + run + "}";
}

const char *kLlama = R"("architecture":{"preset":"llama-2-7b"})";

} // namespace

class TestWeights : public QObject {
    Q_OBJECT
private slots:
    void ggmlBlockLayouts();
    void formatTable();
    void codecRoundTrip();
    void codecRefusals_data();
    void codecRefusals();
    void gptqStorage();
    void awqStorage();
    void bitsandbytesStorage();
    void fp8Storage();
    void ggufSingleType();
    void ggufMixMatchesPublishedFile();
    void exactBytesFromFile();
    void unquantisedFileFollowsPrecision();
    void exactParameterCount();
    void quantisedBaseTrainsAdapters();
};

void TestWeights::ggmlBlockLayouts()
{
    // Sizes ggml-common.h asserts for its block structs.
    const std::pair<const char *, std::pair<int, int>> expected[] = {
        {"Q4_0", {32, 18}},    {"Q4_1", {32, 20}},    {"Q5_0", {32, 22}},   {"Q5_1", {32, 24}},   {"Q8_0", {32, 34}},
        {"Q2_K", {256, 84}},   {"Q3_K", {256, 110}},  {"Q4_K", {256, 144}}, {"Q5_K", {256, 176}}, {"Q6_K", {256, 210}},
        {"IQ2_XXS", {256, 66}}, {"IQ2_XS", {256, 74}}, {"IQ2_S", {256, 82}}, {"IQ3_XXS", {256, 98}},
        {"IQ3_S", {256, 110}}, {"IQ1_S", {256, 50}},  {"IQ1_M", {256, 56}}, {"IQ4_NL", {32, 18}},
        {"IQ4_XS", {256, 136}}, {"TQ1_0", {256, 54}}, {"TQ2_0", {256, 66}}, {"MXFP4", {32, 17}},
        {"F16", {1, 2}},       {"BF16", {1, 2}},      {"F32", {1, 4}},
    };
    for (const auto &[name, layout] : expected) {
        const quant::GgmlType *t = quant::ggmlTypeByName(name);
        QVERIFY2(t, name);
        QCOMPARE(t->blockValues, layout.first);
        QCOMPARE(t->blockBytes, layout.second);
        QCOMPARE(quant::ggmlType(t->id), t);
    }
    QCOMPARE(quant::ggmlTypeByName("Q4_K")->id, 12);
    QCOMPARE(quant::ggmlTypeByName("IQ4_XS")->id, 23);
    QCOMPARE(quant::ggmlTypeByName("BF16")->id, 30);
    QCOMPARE(quant::ggmlBitsPerWeight(*quant::ggmlTypeByName("Q6_K")), 6.5625);
    // 4096 values of Q4_K: 16 super-blocks of 144 B.
    QCOMPARE(quant::ggmlBytes(*quant::ggmlTypeByName("Q4_K"), 4096), Bytes(16 * 144));
    QVERIFY(quant::ggmlType(4) == nullptr); // removed Q4_2
}

void TestWeights::formatTable()
{
    for (const char *f : {"fp32", "fp16", "bf16", "int8", "nf4", "fp4", "fp8", "gptq", "awq", "gguf:Q4_K_M", "gguf:IQ4_XS",
                          "gguf:Q8_0", "gguf:F16", "gguf:MXFP4_MOE", "mxfp4"})
        QVERIFY2(quant::parseWeightFormat(f).has_value(), f);
    for (const char *f : {"", "gguf", "gguf:", "gguf:Q4_K_X", "int4", "GPTQ", "q4_k_m"})
        QVERIFY2(!quant::parseWeightFormat(f).has_value(), f);
    for (const auto &f : quant::weightFormats()) {
        QVERIFY(!f.derivation.empty());
        QVERIFY(!f.citation.empty());
    }
    for (const auto &t : quant::ggufFileTypes())
        QVERIFY2(quant::ggmlType(t.baseType) != nullptr, std::string(t.name).c_str());
}

void TestWeights::codecRoundTrip()
{
    const std::string text = scenarioWith(
        std::string(R"({"framework":"pytorch",)") + kLlama
        + R"(,"source":{"format":"gguf","file":"llama-2-7b.Q4_K_M.gguf","size_bytes":4081004224,)"
          R"("header_sha256":"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"},)"
          R"("weights":{"format":"gguf:Q4_K_M","parameters":6738415616,"bytes":4080000000}})");
    const auto r = readScenario(text);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().text().c_str());
    const Model &m = r.value().model;
    QVERIFY(m.source.has_value());
    QCOMPARE(m.source->file, std::string("llama-2-7b.Q4_K_M.gguf"));
    QCOMPARE(m.source->sizeBytes, std::int64_t(4081004224));
    QCOMPARE(m.weights->format, std::string("gguf:Q4_K_M"));
    QCOMPARE(*m.weights->bytes, std::int64_t(4080000000));
    const auto again = readScenario(writeScenario(r.value()));
    QVERIFY(again.ok());
    QVERIFY(again.value() == r.value());

    const auto gptq = readScenario(scenarioWith(std::string(R"({"framework":"pytorch",)") + kLlama
                                                + R"(,"weights":{"format":"gptq","bits":3,"group_size":-1}})"));
    QVERIFY2(gptq.ok(), gptq.ok() ? "" : gptq.error().text().c_str());
    QCOMPARE(*gptq.value().model.weights->groupSize, std::int64_t(-1));
    const std::string written = writeScenario(gptq.value());
    QVERIFY(written.find(R"("group_size": -1)") != std::string::npos);
}

void TestWeights::codecRefusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const std::string &text, const char *message) {
        QTest::newRow(name) << QString::fromStdString(text) << QString::fromUtf8(message);
    };
    const std::string dl = std::string(R"({"framework":"pytorch",)") + kLlama;
    row("unknown format", scenarioWith(dl + R"(,"weights":{"format":"gguf:Q4_K_X"}})"),
        "model.weights.format: unknown value \"gguf:Q4_K_X\"; allowed: fp32, fp16, bf16, int8, nf4, fp4, fp8, mxfp4, gptq, awq, "
        "gguf:TYPE (TYPE one of F32, F16, BF16, Q4_0, Q4_1, Q5_0, Q5_1, Q8_0, Q2_K, Q2_K_S, Q3_K_S, Q3_K_M, Q3_K_L, Q4_K_S, "
        "Q4_K_M, Q5_K_S, Q5_K_M, Q6_K, IQ2_XXS, IQ2_XS, IQ2_S, IQ2_M, IQ3_XXS, IQ3_XS, IQ3_S, IQ3_M, IQ1_S, IQ1_M, IQ4_NL, "
        "IQ4_XS, TQ1_0, TQ2_0, MXFP4_MOE)");
    row("gptq bits", scenarioWith(dl + R"(,"weights":{"format":"gptq","bits":5}})"),
        "model.weights.bits: must be 2, 3, 4 or 8, got 5");
    row("nf4 bits", scenarioWith(dl + R"(,"weights":{"format":"nf4","bits":8}})"),
        "model.weights.bits: nf4 stores 4 bits per weight, got 8");
    row("group on int8", scenarioWith(dl + R"(,"weights":{"format":"int8","group_size":64}})"),
        "model.weights.group_size: only for the weight formats gptq, awq, nf4, fp4, fp8 with block scales, got int8");
    row("group zero", scenarioWith(dl + R"(,"weights":{"format":"awq","group_size":0}})"),
        "model.weights.group_size: must be -1 (one group per row) or >= 1, got 0");
    row("fp8 scales", scenarioWith(dl + R"(,"weights":{"format":"fp8","scales":"per_row"}})"),
        "model.weights.scales: unknown value \"per_row\"; allowed: per_tensor, per_channel, block");
    row("scales on gptq", scenarioWith(dl + R"(,"weights":{"format":"gptq","scales":"block"}})"),
        "model.weights.scales: only for the weight formats fp8, got gptq");
    row("unknown key", scenarioWith(dl + R"(,"weights":{"format":"bf16","bytez":3}})"),
        "model.weights.bytez: unknown key (did you mean \"bytes\"?)");
    row("zero bytes", scenarioWith(dl + R"(,"weights":{"format":"bf16","bytes":0}})"),
        "model.weights.bytes: must be >= 1, got 0");
    row("not a transformer",
        scenarioWith(R"({"framework":"pytorch","architecture":{"type":"custom","parameters":1000,"activation_bytes_per_sample":8},"weights":{"format":"nf4"}})"),
        "model.weights.format: the nf4 format quantises a transformer's linear layers; give the exact bytes for other networks");
    row("classical",
        scenarioWith(R"({"framework":"xgboost","estimator":"XGBClassifier","weights":{"format":"bf16"}})",
                     R"({"device":"cpu"})"),
        "model.weights: only for deep-learning frameworks; xgboost takes an estimator");
    row("precision int4", scenarioWith(dl + R"(,"weights":{"format":"gptq"}})", R"({"task":"inference","precision":"int4"})"),
        "run.precision: int4 is a weight format of its own; with model.weights give the compute precision (fp16, bf16, fp32)");
    row("full training of nf4", scenarioWith(dl + R"(,"weights":{"format":"nf4"}})", R"({"task":"train","precision":"bf16"})"),
        "run.finetune.method: weights in nf4 are frozen: training them needs LoRA adapters (finetune method lora), got full");
    row("source format", scenarioWith(dl + R"(,"source":{"format":"onnx","file":"m.onnx","size_bytes":1,"header_sha256":"x"}})"),
        "model.source.format: unknown value \"onnx\"; allowed: config.json, safetensors, gguf");
    row("source sha", scenarioWith(dl + R"(,"source":{"format":"gguf","file":"m.gguf","size_bytes":1,"header_sha256":"ABC"}})"),
        "model.source.header_sha256: must be a SHA-256 digest (64 lower-case hexadecimal digits), got \"ABC\"");
    row("source file", scenarioWith(dl + R"(,"source":{"format":"gguf","size_bytes":1,"header_sha256":"ABC"}})"),
        "model.source.file: required key missing");
}

void TestWeights::codecRefusals()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto r = readScenario(text.toStdString());
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error().text()), message);
}

void TestWeights::gptqStorage()
{
    // GPTQ 4-bit, group 128, per out × in matrix: out·in/2 (qweight) + in/128 groups ×
    // out × (2 B scale + ½ B zero point) + 4 B g_idx per input.
    auto gptq = [](Bytes out, Bytes in) { return out * in / 2 + (in / 128) * out * 2 + (in / 128) * out / 2 + in * 4; };
    // down_proj has 11008 inputs: 86 groups.
    const Bytes layer = 4 * gptq(4096, 4096) + 2 * gptq(11008, 4096) + gptq(4096, 11008);
    QCOMPARE(layer, Bytes(105282560));
    Scenario s = llama7b("gptq");
    QCOMPARE(deviceWeights(s), 32 * layer + kOther * 2);
    QCOMPARE(deviceWeights(s), Bytes(3893862400));
    // 3 bits, one group per row: the scales shrink to one per output.
    s.model.weights->bits = 3;
    s.model.weights->groupSize = -1;
    auto gptq3 = [](Bytes out, Bytes in) { return out * in * 3 / 8 + out * 2 + (out * 3 + 7) / 8 + in * 4; };
    QCOMPARE(deviceWeights(s), 32 * (4 * gptq3(4096, 4096) + 2 * gptq3(11008, 4096) + gptq3(4096, 11008)) + kOther * 2);
    const Estimate e = estimateMemory(s);
    QVERIFY(e.device->find("parameters")->derivation.find("gptq") != std::string::npos);
}

void TestWeights::awqStorage()
{
    auto awq = [](Bytes out, Bytes in) { return out * in / 2 + (in / 128) * out * 2 + (in / 128) * out / 2; };
    const Scenario s = llama7b("awq");
    QCOMPARE(deviceWeights(s), 32 * (4 * awq(4096, 4096) + 2 * awq(11008, 4096) + awq(4096, 11008)) + kOther * 2);
}

void TestWeights::bitsandbytesStorage()
{
    // NF4: half a byte per weight + an fp32 absmax per 64 weights = 0.5625 B per weight.
    Scenario s = llama7b("nf4");
    QCOMPARE(deviceWeights(s), kLinear * 9 / 16 + kOther * 2);
    // Double quantisation: 1 B per block of 64 + an fp32 per 256 blocks, per matrix.
    s.model.weights->doubleQuant = true;
    auto dq = [](Bytes n) { return n / 2 + n / 64 + ((n / 64 + 255) / 256) * 4; };
    QCOMPARE(deviceWeights(s), 32 * (4 * dq(4096 * 4096) + 3 * dq(4096 * 11008)) + kOther * 2);
    // LLM.int8: a byte per weight + an fp32 scale per output row.
    const Scenario i8 = llama7b("int8");
    QCOMPARE(deviceWeights(i8), kLinear + 32 * (4 * 4096 + 2 * 11008 + 4096) * 4 + kOther * 2);
    // All below the 16-bit model, all above the bare bits.
    QVERIFY(deviceWeights(i8) < kParams * 2);
    QVERIFY(deviceWeights(llama7b("nf4")) > kParams / 2);
}

void TestWeights::fp8Storage()
{
    Scenario s = llama7b("fp8");
    QCOMPARE(deviceWeights(s), kLinear + 32 * 7 * 4 + kOther * 2); // one fp32 scale per tensor
    s.model.weights->scales = "per_channel";
    QCOMPARE(deviceWeights(s), kLinear + 32 * (4 * 4096 + 2 * 11008 + 4096) * 4 + kOther * 2);
    s.model.weights->scales = "block"; // 128 × 128 blocks (DeepSeek-V3)
    const Bytes blocks = 4 * 32 * 32 + 2 * 86 * 32 + 32 * 86;
    QCOMPARE(deviceWeights(s), kLinear + 32 * blocks * 4 + kOther * 2);
}

void TestWeights::ggufSingleType()
{
    // Q8_0 everywhere (the output tensor stays Q8_0): every 2-D tensor, embeddings and
    // head included, at 34 B per 32 values; 1-D norms fp32.
    const Bytes twoD = kLinear + 2 * Bytes(32000) * 4096;
    QCOMPARE(deviceWeights(llama7b("gguf:Q8_0")), twoD / 32 * 34 + (kParams - twoD) * 4);
    // F16: no quantisation, 2 B per 2-D value.
    QCOMPARE(deviceWeights(llama7b("gguf:F16")), twoD * 2 + (kParams - twoD) * 4);
    // Q4_0: 18 B per 32, with the output tensor Q6_K (210 B per 256).
    const Bytes out = Bytes(32000) * 4096;
    QCOMPARE(deviceWeights(llama7b("gguf:Q4_0")), (twoD - out) / 32 * 18 + out / 256 * 210 + (kParams - twoD) * 4);
}

void TestWeights::ggufMixMatchesPublishedFile()
{
    // TheBloke/Llama-2-7B-GGUF lists llama-2-7b.Q4_K_M.gguf at 4.08 GB and .Q5_K_M at
    // 4.78 GB (file sizes, metadata and vocabulary included, about 1 MB of it). The mix
    // computed from llama-quantize's rules lands within 0.5 %.
    const Bytes q4km = deviceWeights(llama7b("gguf:Q4_K_M"));
    QVERIFY2(std::abs(static_cast<double>(q4km) / 4.08e9 - 1.0) < 0.005, std::to_string(q4km).c_str());
    const Bytes q5km = deviceWeights(llama7b("gguf:Q5_K_M"));
    QVERIFY2(std::abs(static_cast<double>(q5km) / 4.78e9 - 1.0) < 0.005, std::to_string(q5km).c_str());
    // _M mixes give more bits than the _S ones and than their base type alone.
    QVERIFY(q4km > deviceWeights(llama7b("gguf:Q4_K_S")));
    QVERIFY(deviceWeights(llama7b("gguf:Q4_K_S")) > (kLinear / 256) * 144);
}

void TestWeights::exactBytesFromFile()
{
    Scenario s = llama7b("gguf:Q4_K_M");
    s.model.weights->bytes = 4081004224;
    ModelSource src{"gguf", "llama-2-7b.Q4_K_M.gguf", 4081500000, std::string(64, 'a')};
    s.model.source = src;
    const Estimate e = estimateMemory(s);
    QCOMPARE(e.device->bytesOf("parameters"), Bytes(4081004224));
    QVERIFY(e.device->find("parameters")->derivation.find("llama-2-7b.Q4_K_M.gguf") != std::string::npos);
    // The host holds the model once while loading it.
    QCOMPARE(e.host.bytesOf("parameters"), Bytes(4081004224));
}

void TestWeights::unquantisedFileFollowsPrecision()
{
    // A bf16 checkpoint loaded for a bf16 run: the file's bytes.
    Scenario s = llama7b("bf16", Precision::Bf16);
    s.model.weights->bytes = kParams * 2;
    QCOMPARE(deviceWeights(s), kParams * 2);
    // The same file loaded in fp32 (torch_dtype float32): 4 B per parameter.
    s.run.precision = Precision::Fp32;
    QCOMPARE(deviceWeights(s), kParams * 4);
}

void TestWeights::exactParameterCount()
{
    Scenario s = llama7b("bf16", Precision::Bf16);
    s.model.weights->parameters = 6738415616 + 64;
    QCOMPARE(dnn::parameterCount(s), std::int64_t(6738415616 + 64));
    QCOMPARE(deviceWeights(s), (kParams + 64) * 2);
}

void TestWeights::quantisedBaseTrainsAdapters()
{
    // LoRA over an NF4 base: the base in NF4, rank-8 adapters on q, k, v, o in 16 bits.
    Scenario s = llama7b("nf4", Precision::Bf16);
    s.run.task = Task::Train;
    s.run.finetune.method = FinetuneMethod::Lora;
    s.run.finetune.rank = 8;
    QVERIFY(!validateScenario(s).has_value());
    const Estimate e = estimateMemory(s);
    QCOMPARE(e.device->bytesOf("parameters"), kLinear * 9 / 16 + kOther * 2 + Bytes(8388608) * 2);
    QCOMPARE(e.device->bytesOf("gradients"), Bytes(8388608) * 2);
}

QTEST_APPLESS_MAIN(TestWeights)
#include "test_weights.moc"
