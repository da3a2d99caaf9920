// The deep-learning engine against published figures: exact parameter counts of the
// presets (torchvision 0.14 / Hugging Face), the ZeRO paper's per-device model states,
// Korthikanti et al. 2022's activation memory, the KV cache, optimizer state sizes, and
// absurd inputs that must saturate instead of overflowing.

#include "engine/dnn/activations.h"
#include "engine/dnn/dnn.h"
#include "engine/dnn/networks.h"
#include "engine/dnn/runtime.h"
#include "engine/engine.h"
#include "estimate/estimate_json.h"
#include "scenario/codec.h"
#include "scenario/presets.h"
#include "scenario/scenario.h"

#include <QtTest>

#include <functional>
#include <vector>

using namespace headroom;

namespace {

Scenario customModel(std::int64_t params, Precision precision, Optimizer optimizer)
{
    Scenario s;
    s.dataset.samples = 1000;
    s.dataset.input = InputShape{InputKind::Tabular, 16, 1, 1, 1, 1};
    Architecture a;
    a.kind = ArchitectureKind::Custom;
    a.parameters = params;
    a.activationBytesPerSample = 1000;
    s.model.architecture = a;
    s.run.precision = precision;
    s.run.optimizer = optimizer;
    return s;
}

/// An MLP of `inputs` features → `hidden` → `outputs`, trained with `optimizer` on `device`.
Scenario mlpModel(std::int64_t inputs, std::vector<std::int64_t> hidden, std::int64_t outputs, Device device,
                  Optimizer optimizer)
{
    Scenario s;
    s.dataset.samples = 300000;
    s.dataset.input = InputShape{InputKind::Tabular, inputs, 1, 1, 1, 1};
    Architecture a;
    a.kind = ArchitectureKind::Mlp;
    a.hidden = std::move(hidden);
    a.outputs = outputs;
    s.model.architecture = a;
    s.run.device = device;
    s.run.optimizer = optimizer;
    return s;
}

Scenario preset(const char *name, InputShape input)
{
    Scenario s;
    s.dataset.samples = 100;
    s.dataset.input = input;
    Architecture a;
    a.kind = ArchitectureKind::Preset;
    a.preset = name;
    s.model.architecture = a;
    return s;
}

InputShape image(std::int64_t side) { return InputShape{InputKind::Image, 1, side, side, 3, 1}; }
InputShape tokens(std::int64_t n) { return InputShape{InputKind::Tokens, 1, 1, 1, 1, n}; }

Bytes modelStates(const Breakdown &b)
{
    return b.bytesOf("parameters") + b.bytesOf("gradients") + b.bytesOf("master_weights") + b.bytesOf("optimizer_states");
}

} // namespace

class TestDnn : public QObject {
    Q_OBJECT
private slots:
    void presetParameters_data();
    void presetParameters();
    void visionParametersFollowClassesAndImage_data();
    void visionParametersFollowClassesAndImage();
    void zeroPaperPerDevice_data();
    void zeroPaperPerDevice();
    void korthikantiTable2_data();
    void korthikantiTable2();
    void megatronActivationsUseTable2();
    void kvCacheLlama2_7b();
    void optimizerStates_data();
    void optimizerStates();
    void loraTrainsOnlyAdapters();
    void cpuRunIsAllHost();
    void gpuRunPutsModelOnDevice();
    void absurdInputsSaturate();
    void batchGrowsActivations();
    void frozenBackboneSavesLess();
    void offloadMovesStatesToHost();
    void tensorParallelSplitsWeights();
    void adafactorIsFactored();
    void glibcRetentionOnCpuOnly();
    void deviceFiguresPerMonitor();
    void cachingAllocatorKnownSequence();
    void cudaContextByGeneration();
    void foreachAdamStepTemporary();
    void autocastKeepsFp32Model();
    void megatronMainGradientsFp32();
    void sdpaIsTheDefault();
    void quantisedInferenceKeepsEmbeddings16Bit();
    void gradientsKeptBeforeTorch2();
    void hardtanhInPlaceBeforeTorch110();
    void rotaryEagerAttentionInFp32();
    void shardedGradientsNotTakenWhole();
    void mediumTensorsShareSegments();
    void autocastCopiesFreedBeforeStep();
    void optimizerStepSetsTheTemporaries();
    void stepInBackwardHoldsOneGradient();
    void chunkedLossKeepsNoFp32Logits();
    void activationOffloadMovesSavedTensorsToHost();
    void loraOnEveryLinearLayer();
    void loraDropoutSavesTheDroppedInputs();
    void sumLossKeepsOnlyTheLogits();
    void heldKvCacheInTraining();
    void previousOutputsHeldIntoTheNextForward();
    void tiedOutputLayerGradientFromTheStart();
    void cublasWorkspacePerThreadInTraining();
    void geluNewSavesFiveFfnTensors();
    void opLevelSelectiveKeepsEveryOtherMatmul();
};

void TestDnn::presetParameters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("expected");
    // torchvision 0.14.1 (Debian python3-torchvision), 1000 classes, 224×224 images:
    // sum(p.numel() for p in model.parameters()).
    QTest::newRow("resnet18") << "resnet18" << qint64(11689512);
    QTest::newRow("resnet34") << "resnet34" << qint64(21797672);
    QTest::newRow("resnet50") << "resnet50" << qint64(25557032);
    QTest::newRow("resnet101") << "resnet101" << qint64(44549160);
    QTest::newRow("vgg16") << "vgg16" << qint64(138357544);
    QTest::newRow("mobilenet_v2") << "mobilenet_v2" << qint64(3504872);
    QTest::newRow("efficientnet_b0") << "efficientnet_b0" << qint64(5288548);
    QTest::newRow("vit_b_16") << "vit_b_16" << qint64(86567656);
    // Hugging Face model cards / configs.
    QTest::newRow("bert-base") << "bert-base" << qint64(109482240);
    QTest::newRow("bert-large") << "bert-large" << qint64(335141888);
    QTest::newRow("gpt2") << "gpt2" << qint64(124439808);
    QTest::newRow("gpt2-medium") << "gpt2-medium" << qint64(354823168);
    QTest::newRow("gpt2-large") << "gpt2-large" << qint64(774030080);
    QTest::newRow("gpt2-xl") << "gpt2-xl" << qint64(1557611200);
    QTest::newRow("llama-2-7b") << "llama-2-7b" << qint64(6738415616);
    QTest::newRow("llama-2-13b") << "llama-2-13b" << qint64(13015864320);
    QTest::newRow("llama-2-70b") << "llama-2-70b" << qint64(68976648192);
    QTest::newRow("llama-3-8b") << "llama-3-8b" << qint64(8030261248);
    QTest::newRow("mistral-7b") << "mistral-7b" << qint64(7241732096);
}

void TestDnn::presetParameters()
{
    QFETCH(QString, name);
    QFETCH(qint64, expected);
    QCOMPARE(qint64(dnn::presetParameterCount(name.toStdString())), expected);
}

void TestDnn::visionParametersFollowClassesAndImage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("side");
    QTest::addColumn<qint64>("outputs");
    QTest::addColumn<qint64>("expected");
    // torchvision 0.14.1 with num_classes=10 (and ViT's image_size), counted with torch.
    QTest::newRow("resnet18/10") << "resnet18" << qint64(64) << qint64(10) << qint64(11181642);
    QTest::newRow("resnet50/10") << "resnet50" << qint64(128) << qint64(10) << qint64(23528522);
    QTest::newRow("resnet101/10") << "resnet101" << qint64(224) << qint64(10) << qint64(42520650);
    QTest::newRow("vgg16/10") << "vgg16" << qint64(224) << qint64(10) << qint64(134301514);
    QTest::newRow("mobilenet_v2/10") << "mobilenet_v2" << qint64(96) << qint64(10) << qint64(2236682);
    QTest::newRow("efficientnet_b0/10") << "efficientnet_b0" << qint64(96) << qint64(10) << qint64(4020358);
    QTest::newRow("vit_b_16/10@224") << "vit_b_16" << qint64(224) << qint64(10) << qint64(85806346);
    QTest::newRow("vit_b_16/10@96") << "vit_b_16" << qint64(96) << qint64(10) << qint64(85683466);
}

void TestDnn::visionParametersFollowClassesAndImage()
{
    QFETCH(QString, name);
    QFETCH(qint64, side);
    QFETCH(qint64, outputs);
    QFETCH(qint64, expected);
    Scenario s = preset(name.toLatin1().constData(), image(side));
    s.model.architecture->outputs = outputs;
    QCOMPARE(qint64(dnn::parameterCount(s)), expected);
}

void TestDnn::zeroPaperPerDevice_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<double>("expectedGB");
    // Rajbhandari et al., ZeRO (2020), Figure 1: Ψ = 7.5B, Nd = 64, mixed-precision Adam
    // (K = 12): 120 / 31.4 / 16.6 / 1.9 GB per device (1.875 exactly for stage 3).
    QTest::newRow("ddp") << int(DataParallel::Ddp) << 120.0;
    QTest::newRow("zero1") << int(DataParallel::Zero1) << 31.4;
    QTest::newRow("zero2") << int(DataParallel::Zero2) << 16.6;
    QTest::newRow("zero3") << int(DataParallel::Zero3) << 1.875;
    QTest::newRow("fsdp") << int(DataParallel::Fsdp) << 1.875;
}

void TestDnn::zeroPaperPerDevice()
{
    QFETCH(int, mode);
    QFETCH(double, expectedGB);
    Scenario s = customModel(7'500'000'000, Precision::MixedFp16, Optimizer::Adam);
    s.run.device = Device::Gpu;
    s.cluster.nodes = 8;
    s.cluster.gpusPerNode = 8;
    s.cluster.dataParallel = static_cast<DataParallel>(mode);
    const Estimate e = estimateMemory(s);
    QVERIFY(e.device.has_value());
    const double gb = static_cast<double>(modelStates(*e.device)) / 1e9;
    QVERIFY2(std::abs(gb - expectedGB) <= 0.01 * expectedGB, qPrintable(QString::number(gb)));
}

void TestDnn::korthikantiTable2_data()
{
    QTest::addColumn<qint64>("t");
    QTest::addColumn<bool>("sp");
    QTest::addColumn<int>("recompute");
    QTest::addColumn<double>("perSbh");
    // GPT-3 175B shapes (s = 2048, h = 12288, a = 96), b = 1, t = 8: 5as/h = 80.
    QTest::newRow("none") << qint64(1) << false << int(dnn::Recompute::None) << 114.0;
    QTest::newRow("tp") << qint64(8) << false << int(dnn::Recompute::None) << 10.0 + 3.0 + 10.0;
    QTest::newRow("tp+sp") << qint64(8) << true << int(dnn::Recompute::None) << 114.0 / 8;
    QTest::newRow("tp+selective") << qint64(8) << false << int(dnn::Recompute::Selective) << 13.0;
    QTest::newRow("tp+sp+selective") << qint64(8) << true << int(dnn::Recompute::Selective) << 34.0 / 8;
    QTest::newRow("full") << qint64(8) << false << int(dnn::Recompute::Full) << 2.0;
}

void TestDnn::korthikantiTable2()
{
    QFETCH(qint64, t);
    QFETCH(bool, sp);
    QFETCH(int, recompute);
    QFETCH(double, perSbh);
    const double sbh = 2048.0 * 1 * 12288;
    const Bytes got = dnn::korthikantiLayerBytes(2048, 1, 12288, 96, t, sp, static_cast<dnn::Recompute>(recompute));
    QVERIFY2(std::abs(static_cast<double>(got) - sbh * perSbh) <= 0.01 * sbh * perSbh, qPrintable(QString::number(got)));
}

void TestDnn::megatronActivationsUseTable2()
{
    // gpt2 shapes under Megatron: 12 layers × sbh(34 + 5as/h), plus the output layer.
    Scenario s = preset("gpt2", tokens(1024));
    s.model.framework = Framework::Megatron;
    s.run.batchSize = 4;
    s.run.precision = Precision::MixedBf16;
    s.model.architecture->transformer.attention = Attention::Eager;
    const Estimate e = estimateMemory(s);
    const double sbh = 1024.0 * 4 * 768;
    const double layers = 12 * sbh * (34 + 5.0 * 12 * 1024 / 768);
    const double output = 4 * sbh * (1 + 50257.0 / 768);
    const double got = static_cast<double>(e.device->bytesOf("activations"));
    QVERIFY2(std::abs(got - (layers + output)) <= 0.01 * (layers + output), qPrintable(QString::number(got)));
    // A fused attention kernel keeps no s×s tensors: 34·sbh per layer (the selective form).
    s.model.architecture->transformer.attention = Attention::Sdpa;
    const double fused = 12 * sbh * 34 + output;
    const double gotFused = static_cast<double>(estimateMemory(s).device->bytesOf("activations"));
    QVERIFY2(std::abs(gotFused - fused) <= 0.01 * fused, qPrintable(QString::number(gotFused)));
}

void TestDnn::kvCacheLlama2_7b()
{
    // 2 × 32 layers × 32 KV heads × 128 × 4096 positions × 1 × 2 B = 2 GiB.
    Scenario s = preset("llama-2-7b", tokens(4000));
    s.run.task = Task::Inference;
    s.run.precision = Precision::Fp16;
    s.run.batchSize = 1;
    s.run.generation = Generation{4000, 96};
    const Estimate e = estimateMemory(s);
    QVERIFY(e.device.has_value());
    QCOMPARE(e.device->bytesOf("kv_cache"), Bytes(2) * GiB);
    QCOMPARE(dnn::kvCacheBytes(32, 32, 128, 4096, 1, 2), Bytes(2) * GiB);
    // Weights: 6,738,415,616 × 2 B.
    QCOMPARE(e.device->bytesOf("parameters"), Bytes(6738415616) * 2);
    // int4 weight-only: the linear layers at 4 bits + an fp32 absmax per 64 weights
    // (bitsandbytes), the embedding and LM head (2 × 32000 × 4096) kept at 2 B.
    s.run.precision = Precision::Int4;
    const Estimate q = estimateMemory(s);
    const Bytes kept = Bytes(2) * 32000 * 4096, quantised = Bytes(6738415616) - kept;
    QCOMPARE(q.device->bytesOf("parameters"), quantised / 2 + (quantised + 63) / 64 * 4 + kept * 2);
}

void TestDnn::optimizerStates_data()
{
    QTest::addColumn<int>("optimizer");
    QTest::addColumn<qint64>("expected");
    // 1,000,000 fp32 parameters.
    QTest::newRow("sgd") << int(Optimizer::Sgd) << qint64(0);
    QTest::newRow("sgd_momentum") << int(Optimizer::SgdMomentum) << qint64(4'000'000);
    QTest::newRow("adam") << int(Optimizer::Adam) << qint64(8'000'000);
    QTest::newRow("adamw") << int(Optimizer::AdamW) << qint64(8'000'000);
    QTest::newRow("adagrad") << int(Optimizer::Adagrad) << qint64(4'000'000);
    QTest::newRow("rmsprop") << int(Optimizer::RmsProp) << qint64(4'000'000);
    QTest::newRow("lion") << int(Optimizer::Lion) << qint64(4'000'000);
    // bitsandbytes: 2 × 1 B + an fp32 absmax per 2048 values for each state.
    QTest::newRow("adam_8bit") << int(Optimizer::Adam8bit) << qint64(2'000'000 + 489 * 8);
}

void TestDnn::optimizerStates()
{
    QFETCH(int, optimizer);
    QFETCH(qint64, expected);
    Scenario s = customModel(1'000'000, Precision::Fp32, static_cast<Optimizer>(optimizer));
    s.run.device = Device::Cpu;
    const Estimate e = estimateMemory(s);
    QCOMPARE(qint64(e.host.bytesOf("optimizer_states")), expected);
    QCOMPARE(qint64(e.host.bytesOf("gradients")), qint64(4'000'000));
}

void TestDnn::loraTrainsOnlyAdapters()
{
    // LoRA rank 8 on q, k, v, o of llama-2-7b: 32 × 4 × 8 × (4096 + 4096) = 8,388,608
    // adapter parameters; gradients and Adam states only for them.
    Scenario s = preset("llama-2-7b", tokens(512));
    s.run.precision = Precision::Bf16;
    s.run.optimizer = Optimizer::AdamW;
    s.run.batchSize = 1;
    s.run.finetune.method = FinetuneMethod::Lora;
    s.run.finetune.rank = 8;
    const Estimate e = estimateMemory(s);
    QCOMPARE(e.device->bytesOf("gradients"), Bytes(8388608) * 2);
    QCOMPARE(e.device->bytesOf("optimizer_states"), Bytes(8388608) * 4);
    QCOMPARE(e.device->bytesOf("parameters"), (Bytes(6738415616) + 8388608) * 2);
}

void TestDnn::cpuRunIsAllHost()
{
    Scenario s = preset("resnet50", image(128));
    s.run.device = Device::Cpu;
    s.run.batchSize = 16;
    const Estimate e = estimateMemory(s);
    QVERIFY(!e.device.has_value());
    QCOMPARE(e.host.bytesOf("parameters"), Bytes(25557032) * 4);
    // torch + torchvision CPU build, as measured by the calibration harness.
    QCOMPARE(e.host.bytesOf("framework_runtime"), 267 * MiB);
    QVERIFY(e.host.bytesOf("activations") > 16 * 20 * MiB); // ~27 MiB saved per 128×128 image
    QVERIFY(e.host.find("activations")->derivation.find("resnet50") != std::string::npos);
}

void TestDnn::gpuRunPutsModelOnDevice()
{
    Scenario s = preset("gpt2", tokens(1024));
    s.run.batchSize = 8;
    s.cluster.gpusPerNode = 4;
    const Estimate e = estimateMemory(s);
    QVERIFY(e.device.has_value());
    QCOMPARE(e.device->bytesOf("parameters"), Bytes(124439808) * 4);
    // CUDA context (lazy loading) + one NCCL communicator for the 4-way data parallel group.
    QCOMPARE(e.device->bytesOf("framework_runtime"), 612 * MiB + 16 * 2 * (4 * MiB + 4608 * KiB + 256 * KiB));
    QCOMPARE(e.host.bytesOf("framework_runtime"), Bytes(4) * 1'000'000'000);
    QCOMPARE(e.host.bytesOf("activations"), Bytes(0));
}

void TestDnn::absurdInputsSaturate()
{
    Scenario s = customModel(1'000'000'000'000, Precision::Fp32, Optimizer::Adam);
    s.model.architecture->activationBytesPerSample = 1'000'000'000;
    s.run.batchSize = 1'000'000'000;
    s.dataset.samples = 1'000'000'000'000'000;
    const Estimate e = estimateMemory(s);
    QVERIFY(e.device.has_value());
    QCOMPARE(e.device->bytesOf("parameters"), Bytes(4'000'000'000'000));
    QCOMPARE(e.device->bytesOf("optimizer_states"), Bytes(8'000'000'000'000));
    QVERIFY(e.device->bytesOf("activations") >= Bytes(1'000'000'000'000'000'000));
    for (const auto &c : e.device->components)
        QVERIFY2(c.bytes >= 0, c.name.c_str());
    for (const auto &c : e.host.components)
        QVERIFY2(c.bytes >= 0, c.name.c_str());
    QVERIFY(e.device->peak > 0);
    // A transformer with 10^12-scale dimensions saturates instead of wrapping.
    Scenario t = preset("llama-2-70b", tokens(1'000'000));
    t.run.batchSize = 1'000'000'000;
    const Estimate big = estimateMemory(t);
    QCOMPARE(big.device->peak, kBytesMax);
}

void TestDnn::batchGrowsActivations()
{
    Scenario s = preset("resnet18", image(64));
    s.run.device = Device::Cpu;
    s.run.batchSize = 32;
    const Bytes a32 = estimateMemory(s).host.bytesOf("activations");
    s.run.batchSize = 64;
    const Bytes a64 = estimateMemory(s).host.bytesOf("activations");
    QVERIFY(a64 > a32 * 19 / 10);
    QVERIFY(a64 < a32 * 21 / 10);
}

void TestDnn::frozenBackboneSavesLess()
{
    Scenario s = preset("resnet50", image(128));
    s.run.device = Device::Cpu;
    s.run.batchSize = 16;
    s.run.optimizer = Optimizer::Adam;
    const Estimate full = estimateMemory(s);
    s.run.finetune.method = FinetuneMethod::Frozen;
    s.run.finetune.trainableFraction = 0.1;
    const Estimate frozen = estimateMemory(s);
    // Gradients and Adam moments only for 10 % of 25,557,032 parameters.
    QCOMPARE(frozen.host.bytesOf("gradients"), Bytes(2555703) * 4);
    QCOMPARE(frozen.host.bytesOf("optimizer_states"), Bytes(2555703) * 8);
    QCOMPARE(frozen.host.bytesOf("parameters"), full.host.bytesOf("parameters"));
    // The frozen early layers hold the large feature maps: far fewer saved activations.
    QVERIFY(frozen.host.bytesOf("activations") < full.host.bytesOf("activations") / 2);
}

void TestDnn::offloadMovesStatesToHost()
{
    // ZeRO-2 with optimizer offload, 8 devices on one machine, 7.5B parameters, mixed
    // precision Adam: each device keeps its 16-bit weights and its 1/8 of the 16-bit
    // gradients; the host keeps every process's shard of master weights, moments and
    // fp32 gradients: (4 + 8 + 4) × 7.5B = 120 GB.
    Scenario s = customModel(7'500'000'000, Precision::MixedBf16, Optimizer::AdamW);
    s.run.device = Device::Gpu;
    s.cluster.gpusPerNode = 8;
    s.cluster.dataParallel = DataParallel::Zero2;
    s.cluster.offload = Offload::Optimizer;
    const Estimate e = estimateMemory(s);
    QCOMPARE(e.device->bytesOf("optimizer_states"), Bytes(0));
    QCOMPARE(e.device->bytesOf("master_weights"), Bytes(0));
    QCOMPARE(e.device->bytesOf("parameters"), Bytes(15'000'000'000));
    QCOMPARE(e.device->bytesOf("gradients"), Bytes(15'000'000'000) / 8);
    QCOMPARE(e.host.bytesOf("offloaded_states"), Bytes(120'000'000'000));
}

void TestDnn::tensorParallelSplitsWeights()
{
    Scenario s = preset("llama-2-70b", tokens(4096));
    s.run.task = Task::Inference;
    s.run.precision = Precision::Bf16;
    s.run.batchSize = 1;
    s.run.generation = Generation{4000, 96};
    s.cluster.gpusPerNode = 8;
    s.cluster.tensorParallel = 8;
    const Estimate e = estimateMemory(s);
    QCOMPARE(e.device->bytesOf("parameters"), Bytes(68976648192) * 2 / 8);
    // GQA: 8 KV heads; 2 × 80 × 8 × 128 × 4096 × 2 B = 1.25 GiB, split over 8 devices.
    QCOMPARE(e.device->bytesOf("kv_cache"), Bytes(1342177280) / 8);
}

void TestDnn::adafactorIsFactored()
{
    // MLP 1024 → 1024 → 10: matrices 1024×1024 and 10×1024 keep rows + cols values,
    // the 1,034 biases in full: (2,048 + 1,034 + 1,034) × 4 B.
    const Estimate e = estimateMemory(mlpModel(1024, {1024}, 10, Device::Cpu, Optimizer::Adafactor));
    QCOMPARE(e.host.bytesOf("optimizer_states"), Bytes(2048 + 1034 + 1034) * 4);
    QCOMPARE(e.host.bytesOf("parameters"), Bytes(1024 * 1024 + 1024 + 10 * 1024 + 10) * 4);
}

void TestDnn::glibcRetentionOnCpuOnly()
{
    // MLP 256 → 1024 → 1024 → 100, batch 2048, fp32, Adam, on the CPU. Blocks of
    // 128 KiB–32 MiB freed each step: saved ReLU outputs 2 × 8 MiB, logits-sized
    // log-probabilities 800 KiB; gradients 1 MiB + 4 MiB + 400 KiB (biases are under
    // 128 KiB); the gradients the backward passes down, 8 MiB three times (two for the
    // upper hidden layer, one more for the lower, whose other fits the merged holes of the
    // layer above) and 800 KiB twice. The next step asks for them again, and a hole holds
    // only a smaller request: the five 8 MiB blocks fit no hole and stay beside the old
    // ones, the 4 MiB gradient goes into an 8 MiB hole, the 1 MiB one into the rest of it,
    // and so on down.
    Scenario s = mlpModel(256, {1024, 1024}, 100, Device::Cpu, Optimizer::Adam);
    s.run.batchSize = 2048;
    const Bytes saved = 2 * 8 * MiB + 2048 * 100 * 4;
    const Bytes temps = 2 * 8 * MiB;
    const Estimate e = estimateMemory(s);
    QCOMPARE(e.host.bytesOf("fragmentation"), 5 * 8 * MiB);
    QVERIFY(e.host.find("fragmentation")->derivation.find("40.0 MiB of the 47.7 MiB") != std::string::npos);
    // Blocks of 32 MiB and more are mmapped and returned: at batch 16384 the 64 MiB
    // activations no longer count; the three 6.25 MiB logits-sized blocks fit no hole, and
    // the gradients fit theirs.
    s.run.batchSize = 16384;
    QCOMPARE(estimateMemory(s).host.bytesOf("fragmentation"), 3 * 16384 * 100 * 4);
    // Smaller blocks fit the larger ones' holes: a single hidden layer of 1024 at batch
    // 2048 frees 8 MiB three times (saved output, two backward gradients), 800 KiB three
    // times (log-probabilities and the output layer's two) and gradients of 1 MiB and
    // 400 KiB. Only the three 8 MiB blocks stay out.
    Scenario one = mlpModel(256, {1024}, 100, Device::Cpu, Optimizer::Adam);
    one.run.batchSize = 2048;
    QCOMPARE(estimateMemory(one).host.bytesOf("fragmentation"), 3 * 8 * MiB);
    // Inference at batch 2048 asks for the same blocks batch after batch, and a freed block
    // cannot hold a same-size 64-byte-aligned request: the blocks a batch holds (the two
    // 8 MiB layer outputs and the 800 KiB logits) are kept once more, with half of the two
    // 8 MiB temporaries.
    Scenario inference = s;
    inference.run.batchSize = 2048;
    inference.run.task = Task::Inference;
    const Estimate predicted = estimateMemory(inference);
    QCOMPARE(predicted.host.bytesOf("fragmentation"), saved + temps / 2);
    QVERIFY(predicted.host.find("fragmentation")->derivation.find("same-size request") != std::string::npos);
    // On a GPU the caching allocator, not glibc, holds activations.
    s.run.device = Device::Gpu;
    const Estimate g = estimateMemory(s);
    QVERIFY(g.host.find("fragmentation") == nullptr);
    QVERIFY(g.device->bytesOf("fragmentation") > 0);
}

void TestDnn::deviceFiguresPerMonitor()
{
    // What each GPU monitor would show: allocated ≤ reserved ≤ nvidia-smi; the context is
    // only in the last, the allocator's cache only in the last two.
    Scenario s = preset("gpt2", tokens(1024));
    s.run.batchSize = 8;
    const Estimate e = estimateMemory(s);
    QVERIFY(e.device.has_value());
    const Breakdown &d = *e.device;
    QCOMPARE(d.reservedPeak() - d.allocatedPeak(), d.bytesOf("fragmentation"));
    QCOMPARE(d.peak - d.reservedPeak(), d.bytesOf("framework_runtime"));
    QVERIFY(d.bytesOf("framework_runtime") > 0 && d.bytesOf("fragmentation") > 0);
    const auto j = estimateToJson(e);
    QCOMPARE(j["device"]["allocated_peak_bytes"].get<Bytes>(), d.allocatedPeak());
    QCOMPARE(j["device"]["reserved_peak_bytes"].get<Bytes>(), d.reservedPeak());
    QCOMPARE(j["device"]["peak_bytes_per_device"].get<Bytes>(), d.peak);
}

void TestDnn::cachingAllocatorKnownSequence()
{
    // Two 10.5 MiB tensors get 12 MiB segments each; their 1.5 MiB tails are split off
    // and stay free. An 11 MiB + 100 B tensor is rounded to 512 B and gets a 12 MiB
    // segment whose tail (1 MiB − 512 B) is not split (≤ 1 MiB) and counts as allocated.
    // 64 MiB tensors fill their segments exactly. Plus the half-used last segments of the
    // two pools (11 MiB) and the stranded 5 MiB temporary.
    // Seven 4 MiB tensors share 20 MiB segments: five fill one, two are in the open
    // segment that later requests use.
    dnn::AllocationPattern p;
    p.live = {{10 * MiB + 512 * KiB, 2}, {11 * MiB + 100, 1}, {64 * MiB, 3}, {4 * MiB, 7}};
    p.largestTransient = 5 * MiB;
    Message text;
    QCOMPARE(dnn::cachingAllocatorSlack(p, text), 2 * (1536 * KiB) + 11 * MiB + 5 * MiB);
    QVERIFY(text.english().find("6 tensors") != std::string::npos);
}

void TestDnn::cudaContextByGeneration()
{
    Scenario s = preset("gpt2", tokens(1024));
    s.run.batchSize = 1;
    QCOMPARE(estimateMemory(s).device->bytesOf("framework_runtime"), 612 * MiB);
    s.run.software.pytorch = Version{1, 12};
    s.run.software.cuda = Version{11, 6};
    QCOMPARE(estimateMemory(s).device->bytesOf("framework_runtime"), 1343 * MiB);
    s.run.software.cuda = Version{12, 2}; // lazy by default in CUDA itself
    QCOMPARE(estimateMemory(s).device->bytesOf("framework_runtime"), 612 * MiB);
}

void TestDnn::foreachAdamStepTemporary()
{
    // Pure bf16 AdamW on one GPU (fms-acceleration's Mistral-7B full fine-tune): the
    // foreach step holds one parameter-sized temporary, so the peak is five
    // parameter-sized buffers when the activations are small.
    Scenario s = customModel(1'000'000'000, Precision::Bf16, Optimizer::AdamW);
    s.run.device = Device::Gpu;
    s.run.batchSize = 1;
    Estimate e = estimateMemory(s);
    QCOMPARE(e.device->bytesOf("activations"), Bytes(2'000'000'000));
    QCOMPARE(modelStates(*e.device) + e.device->bytesOf("activations"), Bytes(10'000'000'000));
    // PyTorch 1.x stepped per parameter: two temporaries of the largest (here the only) one.
    s.run.software.pytorch = Version{1, 13};
    e = estimateMemory(s);
    QCOMPARE(e.device->bytesOf("activations"), Bytes(4'000'000'000));
    // Plain SGD keeps no state and makes no temporary.
    s.run.optimizer = Optimizer::Sgd;
    e = estimateMemory(s);
    QCOMPARE(e.device->bytesOf("activations"), Bytes(1000));
}

void TestDnn::autocastKeepsFp32Model()
{
    // torch.autocast on one GPU: fp32 weights, gradients and Adam moments (16 B per
    // parameter, no master copy); the ZeRO layout only under DeepSpeed.
    Scenario s = customModel(100'000'000, Precision::MixedBf16, Optimizer::AdamW);
    s.run.device = Device::Gpu;
    Estimate e = estimateMemory(s);
    QCOMPARE(e.device->bytesOf("parameters"), Bytes(400'000'000));
    QCOMPARE(e.device->bytesOf("gradients"), Bytes(400'000'000));
    QCOMPARE(e.device->bytesOf("master_weights"), Bytes(0));
    QCOMPARE(e.device->bytesOf("optimizer_states"), Bytes(800'000'000));
    s.cluster.gpusPerNode = 2;
    s.cluster.dataParallel = DataParallel::Zero1;
    e = estimateMemory(s);
    QCOMPARE(e.device->bytesOf("parameters"), Bytes(200'000'000));
    QCOMPARE(e.device->bytesOf("master_weights"), Bytes(200'000'000));
}

void TestDnn::megatronMainGradientsFp32()
{
    // Megatron with the distributed optimizer: 2 B bf16 weights + 4 B fp32 main gradients
    // + 12 B / d of master weights and moments (Megatron-LM docs: 6 + 12/d bytes).
    Scenario s = customModel(1'000'000'000, Precision::MixedBf16, Optimizer::Adam);
    s.model.framework = Framework::Megatron;
    s.run.device = Device::Gpu;
    s.cluster.gpusPerNode = 8;
    s.cluster.dataParallel = DataParallel::Zero1;
    const Estimate e = estimateMemory(s);
    QCOMPARE(modelStates(*e.device), Bytes(6'000'000'000) + Bytes(12'000'000'000) / 8);
}

void TestDnn::sdpaIsTheDefault()
{
    // No attention given: SDPA (the fused kernels keep no s×s probabilities), the same as
    // flash and far below eager at 1024 tokens.
    Scenario s = preset("gpt2", tokens(1024));
    s.run.batchSize = 8;
    const Bytes byDefault = estimateMemory(s).device->allocatedPeak();
    s.model.architecture->transformer.attention = Attention::Flash;
    QCOMPARE(estimateMemory(s).device->allocatedPeak(), byDefault);
    s.model.architecture->transformer.attention = Attention::Eager;
    const Bytes eager = estimateMemory(s).device->allocatedPeak();
    // Eager saves, per layer, 12 heads × 1024² fp32 probabilities, a bool dropout mask and
    // the fp32 dropped copy: 12 layers × 8 samples × 12 × 1024² × (4 + 1 + 4) B; at least
    // the probabilities and their dropped copies must show in the difference.
    QVERIFY(eager - byDefault >= Bytes(12) * 8 * 12 * 1024 * 1024 * 8);
}

void TestDnn::quantisedInferenceKeepsEmbeddings16Bit()
{
    // Llama-2-7B in 4 bits: 6.48B quantised weights × 0.5 B + an fp32 absmax per 64, and
    // the untied embedding and LM head (2 × 32000 × 4096) in 16 bits.
    Scenario s = preset("llama-2-7b", tokens(64));
    s.run.task = Task::Inference;
    s.run.precision = Precision::Int4;
    s.run.batchSize = 1;
    const Estimate e = estimateMemory(s);
    const std::int64_t kept = 2LL * 32000 * 4096;
    const std::int64_t q = 6738415616LL - kept;
    QCOMPARE(e.device->bytesOf("parameters"), Bytes(q / 2 + (q + 63) / 64 * 4 + kept * 2));
}


namespace {

Scenario fromJson(const char *json)
{
    Result<Scenario> r = readScenario(json);
    if (!r)
        qFatal("%s", r.error().message.c_str());
    return *r;
}

/// bert-large fine-tuned as in the Hugging Face performance guide (V100, fp32, AdamW).
const char *kBertLarge = R"({"headroom": 1,
  "dataset": {"samples": 512, "input": {"kind": "tokens", "length": 512}, "dtype": "int64", "targets": {"count": 1, "dtype": "int64"}},
  "model": {"framework": "pytorch", "architecture": {"preset": "bert-large", "attention": "eager"}},
  "run": {"task": "train", "device": "gpu", "batch_size": 4, "precision": "fp32", "optimizer": "adamw"}})";

} // namespace

void TestDnn::gradientsKeptBeforeTorch2()
{
    // PyTorch 2.0 made zero_grad() free the gradients; before, they were zeroed in place
    // and existed through the forward pass, as with gradient accumulation.
    Scenario s = fromJson(kBertLarge);
    const Bytes current = estimateMemory(s).device->bytesOf("activations");
    s.run.gradientAccumulation = 2;
    const Bytes accumulating = estimateMemory(s).device->bytesOf("activations");
    s.run.gradientAccumulation = 1;
    s.run.software.pytorch = Version{1, 12};
    const Estimate old = estimateMemory(s);
    QCOMPARE(old.device->bytesOf("activations"), accumulating);
    QVERIFY(old.device->bytesOf("activations") > current);
    QVERIFY(old.device->bytesOf("activations") - current <= old.device->bytesOf("gradients"));
    QVERIFY(old.device->find("activations")->derivation.find("zero_grad()") != std::string::npos);
}

void TestDnn::hardtanhInPlaceBeforeTorch110()
{
    // MobileNetV2's ReLU6(inplace=True): from PyTorch 1.10 autograd saves a copy of each
    // batch-norm output it overwrites (pytorch issue 95432); before, it saved nothing more.
    // The copies: the stem (32 × 112²), each block's expansion and depthwise outputs, the
    // last 1 × 1 convolution (1280 × 7²), at 224 × 224, per sample, fp32.
    Scenario s = preset("mobilenet_v2", image(224));
    s.run.device = Device::Gpu;
    s.run.batchSize = 8;
    s.run.precision = Precision::Fp32;
    s.run.optimizer = Optimizer::Sgd;
    std::int64_t copies = 32 * 112 * 112 + 1280 * 7 * 7;
    struct Stage { int t, c, n, s; };
    const Stage stages[] = {{1, 16, 1, 1}, {6, 24, 2, 2}, {6, 32, 3, 2}, {6, 64, 4, 2}, {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}};
    std::int64_t c = 32, side = 112;
    for (const Stage &st : stages)
        for (int i = 0; i < st.n; ++i) {
            const std::int64_t hidden = c * st.t, out = i == 0 ? side / st.s : side;
            if (st.t != 1)
                copies += hidden * side * side;
            copies += hidden * out * out;
            c = st.c;
            side = out;
        }
    s.run.software.pytorch = Version{1, 10};
    const Estimate now = estimateMemory(s);
    s.run.software.pytorch = Version{1, 9};
    const Estimate before = estimateMemory(s);
    QCOMPARE(now.device->bytesOf("activations") - before.device->bytesOf("activations"), Bytes(copies) * 4 * 8);
}

void TestDnn::rotaryEagerAttentionInFp32()
{
    // transformers' GPT-NeoX benchmark (PR 31031): pythia-410m, fp16, batch 1 × 2048,
    // forward + backward; peak with eager attention 13484.1 MB, with SDPA 3882.01 MB. The
    // difference is the eager attention's s×s maps: fp32 scores and softmax (the rotary
    // tables are fp32) and the fp16 probabilities the value matmul saves.
    Scenario s = fromJson(R"({"headroom": 1,
      "dataset": {"samples": 1000, "input": {"kind": "tokens", "length": 2048}, "dtype": "int64", "targets": {"count": 0}},
      "model": {"framework": "pytorch", "architecture": {"type": "transformer", "layers": 24, "hidden": 1024, "heads": 16,
        "ffn_hidden": 4096, "vocab": 50304, "norm": "layernorm", "ffn": "gelu", "positions": "rotary", "tied_embeddings": false,
        "dropout": 0.0, "causal": true, "attention": "eager"}},
      "run": {"task": "train", "device": "gpu", "batch_size": 1, "precision": "fp16", "optimizer": "sgd"}})");
    const Bytes eager = estimateMemory(s).device->allocatedPeak();
    s.model.architecture->transformer.attention = Attention::Flash;
    const Bytes flash = estimateMemory(s).device->allocatedPeak();
    const double published = (13484.1 - 3882.01) * 1e6;
    const double modelled = static_cast<double>(eager - flash);
    QVERIFY2(std::abs(modelled - published) / published < 0.05, qPrintable(QString::number(modelled / 1e6)));
}

void TestDnn::shardedGradientsNotTakenWhole()
{
    // Llama-3.1-70B full fine-tune on 8 GPUs, FSDP with CPU offload and full
    // checkpointing (torchtune's recipe): the device holds only the gradients in flight,
    // and the activations keep at least every block's input, 80 × 2048 × 8192 × 2 B per
    // sample. Taking the unsharded gradients off the activations left 0.23 GiB.
    Scenario s = fromJson(R"({"headroom": 1,
      "dataset": {"samples": 52002, "input": {"kind": "tokens", "length": 2048}, "dtype": "int64", "targets": {"count": 0}},
      "model": {"framework": "pytorch", "architecture": {"type": "transformer", "layers": 80, "hidden": 8192, "heads": 64,
        "kv_heads": 8, "ffn_hidden": 28672, "vocab": 128256, "norm": "rmsnorm", "ffn": "swiglu", "positions": "rotary",
        "tied_embeddings": false, "attention": "flash", "dropout": 0.0, "causal": true}},
      "run": {"task": "train", "device": "gpu", "batch_size": 2, "precision": "bf16", "optimizer": "adamw",
        "activation_checkpointing": "full"},
      "cluster": {"nodes": 1, "gpus_per_node": 8, "data_parallel": "fsdp", "offload": "optimizer_and_parameters"}})");
    const Bytes blockInputs = Bytes(2) * 80 * 2048 * 8192 * 2;
    QVERIFY(estimateMemory(s).device->bytesOf("activations") >= blockInputs);
    // Without offload the shards are 1/8 of the gradients; the same floor holds.
    s.cluster.offload = Offload::None;
    QVERIFY(estimateMemory(s).device->bytesOf("activations") >= blockInputs);
}

void TestDnn::mediumTensorsShareSegments()
{
    // Six 8 MiB activations take three 20 MiB segments, 4 MiB left in each; two 2 MiB
    // ones fill one of those holes (best fit); of the two 4 MiB holes left the largest
    // is taken as the open segment: 4 MiB stays free. Plus the half-used last segments
    // (11 MiB) and the stranded temporary.
    dnn::AllocationPattern p;
    p.live = {{8 * MiB, 6}, {2 * MiB, 2}};
    p.largestTransient = 3 * MiB;
    Message text;
    QCOMPARE(dnn::cachingAllocatorSlack(p, text), 4 * MiB + 11 * MiB + 3 * MiB);
    QVERIFY(text.english().find("8 tensors of 1–10 MiB") != std::string::npos);
    // Model states made at other times do not fill the activations' holes: with four
    // 2 MiB weights instead, two 4 MiB holes are left, 8 MiB less the open one.
    p.live = {{8 * MiB, 6}};
    p.states = {{2 * MiB, 4}};
    QCOMPARE(dnn::cachingAllocatorSlack(p, text), 8 * MiB + 11 * MiB + 3 * MiB);
}

void TestDnn::autocastCopiesFreedBeforeStep()
{
    // torch.autocast over an fp32 model of 10^9 parameters with tiny activations: the
    // forward's bf16 weight copies (2 GB) are freed with the saved tensors before the
    // AdamW step, whose foreach temporary (10^9 fp32 values, 4 GB) is the peak. The two
    // "activations" entries add up to that temporary, not to both.
    Scenario s = customModel(1'000'000'000, Precision::MixedBf16, Optimizer::AdamW);
    s.run.device = Device::Gpu;
    s.run.batchSize = 1;
    const Estimate e = estimateMemory(s);
    QCOMPARE(e.device->bytesOf("activations"), Bytes(4'000'000'000));
    QCOMPARE(modelStates(*e.device), Bytes(16'000'000'000));
}

namespace {

/// A preset's transformer configuration at `tokens` per sequence (flash attention).
TransformerConfig presetConfig(const char *name, std::int64_t tokens)
{
    Architecture a;
    a.kind = ArchitectureKind::Preset;
    a.preset = name;
    a.transformer.attention = Attention::Flash;
    return *resolvedTransformer(a, tokens);
}

/// What the engine's tape records for that configuration on a GPU in bf16 (1-byte
/// dropout masks), training, with `configure` adjusting the options.
dnn::Tape bf16Tape(const TransformerConfig &c, dnn::BlockCheckpoint ckpt,
                   const std::function<void(dnn::TapeOptions &)> &configure = {})
{
    dnn::TapeOptions o{2, 1, true, 2, 2};
    if (configure)
        configure(o);
    dnn::Tape t(o);
    dnn::recordTransformer(c, 0, false, ckpt, t);
    return t;
}

/// Llama 3.2 1B (hidden 2048, 16 layers, vocabulary 128256, tied) training in bf16 on
/// a GPU, 2 × 4096 tokens, `extraRun` appended to `run`.
Scenario llama1b(const char *checkpointing, const char *extraRun = "")
{
    const std::string json = std::string(R"({"headroom": 1,
      "dataset": {"samples": 1000, "input": {"kind": "tokens", "length": 4096}, "dtype": "int64", "targets": {"count": 0}},
      "model": {"framework": "pytorch", "architecture": {"preset": "llama-3.2-1b", "attention": "flash"}},
      "run": {"task": "train", "device": "gpu", "batch_size": 2, "precision": "bf16", "optimizer": "adamw",
              "activation_checkpointing": ")") + checkpointing + "\"" + extraRun + "}}";
    return fromJson(json.c_str());
}

} // namespace

void TestDnn::optimizerStepSetsTheTemporaries()
{
    // 10^9 fp32 parameters with tiny activations, so that AdamW's step is the peak.
    Scenario s = customModel(1'000'000'000, Precision::Fp32, Optimizer::AdamW);
    s.run.device = Device::Gpu;
    s.run.batchSize = 1;
    // Default on CUDA with PyTorch 2.x: foreach, one temporary of every parameter (4 GB).
    QCOMPARE(estimateMemory(s).device->bytesOf("activations"), Bytes(4'000'000'000));
    // fused=True and the step in backward make none: the activations are those of a step
    // without temporaries (plain SGD).
    Scenario sgd = s;
    sgd.run.optimizer = Optimizer::Sgd;
    const Bytes none = estimateMemory(sgd).device->bytesOf("activations");
    QVERIFY(none < 1'000'000);
    s.run.optimizerStep = OptimizerStep::Fused;
    QCOMPARE(estimateMemory(s).device->bytesOf("activations"), none);
    // foreach asked for explicitly applies whatever the version's default (per parameter
    // before PyTorch 2.0).
    s.run.software.pytorch = Version{1, 13};
    s.run.optimizerStep = OptimizerStep::Foreach;
    QCOMPARE(estimateMemory(s).device->bytesOf("activations"), Bytes(4'000'000'000));
    s.run.optimizerStep.reset();
    QVERIFY(estimateMemory(s).device->find("activations")->derivation.find("per-parameter step") != std::string::npos);
    // Per parameter, the loop's denom = (exp_avg_sq.sqrt() / c).add_(eps) makes the square
    // root and the quotient while the previous parameter's denom is still bound. An MLP's
    // weights alternate with their biases: two 4096 × 4096 fp32 temporaries and a bias.
    // (The single-tensor custom model above has no previous parameter: two of it.)
    Scenario mlp = mlpModel(4096, {4096, 4096}, 4096, Device::Gpu, Optimizer::Adam);
    mlp.run.batchSize = 1;
    mlp.run.optimizerStep = OptimizerStep::PerParameter;
    QCOMPARE(estimateMemory(mlp).device->bytesOf("activations"), Bytes(2 * 4096 * 4096 + 4096) * 4);
    QCOMPARE(estimateMemory(s).device->bytesOf("activations"), Bytes(8'000'000'000));
    // A mixture's experts are stepped one after another, each after an identical one: two
    // temporaries of an expert matrix and the previous expert's denominator.
    dnn::Tape t(dnn::TapeOptions{});
    t.addMatrix(100, 100);
    t.addParams(100);
    t.addMatrices(8, 300, 100);
    QCOMPARE(t.stepLoopPeak(), std::int64_t(3 * 300 * 100));
}

void TestDnn::stepInBackwardHoldsOneGradient()
{
    // torchtune's optimizer_in_bwd: each gradient is stepped and freed as it is made, so
    // the device holds the largest one, the tied embedding's 128256 × 2048 in bf16. At 512
    // tokens the foreach step (params + gradients + states + a temporary of the states'
    // size) is the default's peak; in backward there is neither that temporary nor the
    // other gradients.
    Scenario s = llama1b("none");
    s.run.batchSize = 1;
    s.dataset.input.length = 512;
    const Estimate all = estimateMemory(s);
    s.run.optimizerStep = OptimizerStep::InBackward;
    const Estimate one = estimateMemory(s);
    const Bytes embedding = Bytes(128256) * 2048 * 2;
    QCOMPARE(one.device->bytesOf("gradients"), embedding);
    QCOMPARE(all.device->bytesOf("gradients"), Bytes(all.parameters) * 2);
    QCOMPARE(one.device->bytesOf("optimizer_states"), all.device->bytesOf("optimizer_states"));
    QCOMPARE(all.device->bytesOf("activations"), Bytes(all.parameters) * 2);
    QVERIFY(one.device->find("activations")->derivation.find("optimizer step") == std::string::npos);
    const Bytes saved = all.device->allocatedPeak() - one.device->allocatedPeak();
    QVERIFY2(saved > all.device->bytesOf("gradients") - embedding, qPrintable(QString::number(saved)));
}

void TestDnn::chunkedLossKeepsNoFp32Logits()
{
    // What the loss layer saves per sample, s = 4096 tokens over V = 128256 (sv values).
    // Hugging Face's loss: fp32 log-probabilities and the fp32 logits its output keeps,
    // int64 targets. Chunked and compiled: the bf16 logits and an fp32 log-sum-exp per
    // token; chunked eager: the bf16 logits and the fp32 log-probabilities.
    const TransformerConfig c = presetConfig("llama-3.2-1b", 4096);
    const std::int64_t s = 4096, sv = s * 128256;
    auto saved = [&](std::int64_t chunks, bool compiled) {
        return bf16Tape(c, dnn::BlockCheckpoint::Full, [&](dnn::TapeOptions &o) {
                   o.hfUpcasts = true;
                   o.lossChunks = chunks;
                   o.compiledLoss = compiled;
               }).savedPerSample();
    };
    const Bytes whole = saved(1, false);
    QCOMPARE(whole - saved(8, true), Bytes(6 * sv - 4 * s));
    QCOMPARE(whole - saved(8, false), Bytes(2 * sv));
    // Compiled without chunks, the loss is Hugging Face's: compile's effect is the chunks'.
    QCOMPARE(saved(1, true), whole);

    // What the user sees: the bf16 run's peak falls by about the fp32 logits, and the
    // derivation says how the loss ran.
    const Estimate plain = estimateMemory(llama1b("full", R"(, "optimizer_step": "fused")"));
    const Estimate chunked = estimateMemory(llama1b("full", R"(, "optimizer_step": "fused", "loss_chunks": 8, "compile": true)"));
    QVERIFY(plain.device->allocatedPeak() - chunked.device->allocatedPeak() > Bytes(2) * 4 * sv);
    QVERIFY(chunked.device->find("activations")->derivation.find("output and loss in 8 compiled chunks") != std::string::npos);
}

void TestDnn::activationOffloadMovesSavedTensorsToHost()
{
    // Without checkpointing every block's saved tensors would sit on the device; offloaded,
    // they go to pinned host RAM as they are saved, all but the loss layer's.
    const dnn::Tape t = bf16Tape(presetConfig("llama-3.2-1b", 4096), dnn::BlockCheckpoint::None, [](dnn::TapeOptions &o) {
        o.hfUpcasts = true;
        o.lossChunks = 8;
        o.compiledLoss = true;
    });
    const dnn::TapeLayer &loss = t.layer(t.layerCount() - 1);
    // The engine's tape starts with the batch's token ids (int64), counted with the rest.
    const Bytes moved = 2 * (t.savedPerSample() - loss.saved * loss.repeat + 4096 * 8);

    const char *run = R"(, "optimizer_step": "in_backward", "loss_chunks": 8, "compile": true)";
    Scenario on = llama1b("none", run);
    on.run.activationOffload = true;
    const Estimate kept = estimateMemory(llama1b("none", run));
    const Estimate offloaded = estimateMemory(on);
    QCOMPARE(offloaded.host.bytesOf("offloaded_activations"), moved);
    QCOMPARE(kept.host.bytesOf("offloaded_activations"), Bytes(0));
    // The device keeps two blocks' worth at most of what was moved.
    const Bytes block = 2 * t.layer(1).saved;
    QVERIFY2(kept.device->bytesOf("activations") - offloaded.device->bytesOf("activations") >= moved - 2 * block,
             qPrintable(QString::number(offloaded.device->bytesOf("activations"))));

    // Under full checkpointing the loss layer's saved tensors (the 16-bit logits) stay on
    // the device until the loss's backward, which runs first and frees them; a block is
    // rebuilt later. So the peak is the larger of the two moments, not their sum: at the
    // loss, its tensors with the final norm's fetched ones; at the last block, its kept
    // input, the next one's being fetched, and what it rebuilds.
    const dnn::Tape c = bf16Tape(presetConfig("llama-3.2-1b", 4096), dnn::BlockCheckpoint::Full, [](dnn::TapeOptions &o) {
        o.lossChunks = 8;
        o.compiledLoss = true;
    });
    const int last = c.layerCount() - 1;
    const dnn::TapeLayer &ce = c.layer(last), &norm = c.layer(last - 1), &blocks = c.layer(1);
    const Bytes atLoss = ce.saved + norm.saved + ce.recompute + 2 * ce.transient;
    const Bytes atBlock = 2 * blocks.saved + blocks.recompute + 2 * blocks.transient;
    QVERIFY(ce.saved > atBlock); // the logits alone outweigh a rebuilt block
    QCOMPARE(dnn::trainingPeak(c, 1, 0, false, 0, true).bytes, std::max(atLoss, atBlock) + c.fixedSaved());
}

void TestDnn::loraOnEveryLinearLayer()
{
    // PEFT's print_trainable_parameters for Llama-2-7b, r = 8: "trainable params:
    // 19,988,480" with target_modules="all-linear" (q, k, v, o, gate, up, down in 32
    // layers), 8,388,608 on the attention projections alone.
    Scenario s = preset("llama-2-7b", tokens(512));
    s.run.device = Device::Gpu;
    s.run.precision = Precision::Bf16;
    s.run.finetune.method = FinetuneMethod::Lora;
    s.run.finetune.rank = 8;
    auto adapters = [&] { return estimateMemory(s).device->find("parameters")->derivation; };
    QVERIFY2(adapters().find("8,388,608 LoRA adapter parameters") != std::string::npos, adapters().c_str());
    s.run.finetune.targets = kLoraAllLinear;
    QVERIFY2(adapters().find("19,988,480 LoRA adapter parameters") != std::string::npos, adapters().c_str());
    // PEFT's default for the Llama family, q_proj and v_proj: "trainable params: 4,194,304
    // || all params: 6,742,609,920" (PEFT README), read from a scenario file.
    s = fromJson(R"({"headroom": 1, "dataset": {"samples": 10, "input": {"kind": "tokens", "length": 512}},
        "model": {"framework": "pytorch", "architecture": {"preset": "llama-2-7b"}},
        "run": {"device": "gpu", "precision": "bf16",
                "finetune": {"method": "lora", "rank": 8, "targets": ["q_proj", "v_proj"]}}})");
    QCOMPARE(s.run.finetune.targets, static_cast<LoraTargets>(loraBit(LoraLayer::Q) | loraBit(LoraLayer::V)));
    QVERIFY2(adapters().find("4,194,304 LoRA adapter parameters") != std::string::npos, adapters().c_str());
    // The MLP alone (torchtune's apply_lora_to_mlp without attention): 19,988,480 − 8,388,608.
    s.run.finetune.targets = loraBit(LoraLayer::Gate) | loraBit(LoraLayer::Up) | loraBit(LoraLayer::Down);
    QVERIFY2(adapters().find("11,599,872 LoRA adapter parameters") != std::string::npos, adapters().c_str());
    // A GELU model has no gate: adapting only it adds no adapter at all, not every matrix.
    Scenario gpt = preset("gpt2", tokens(512));
    gpt.run.device = Device::Gpu;
    gpt.run.finetune.method = FinetuneMethod::Lora;
    gpt.run.finetune.targets = loraBit(LoraLayer::Gate);
    const std::string none = estimateMemory(gpt).device->find("parameters")->derivation;
    QVERIFY2(none.find("LoRA adapter") == std::string::npos || none.find(" 0 LoRA adapter") != std::string::npos, none.c_str());
}

void TestDnn::sumLossKeepsOnlyTheLogits()
{
    // Llama 3.2 1B in bf16, 4096 tokens, vocabulary 128256. A benchmark's
    // logits.sum().backward() keeps the bf16 logits (the model's output) and makes one
    // logits-sized gradient at a time; Hugging Face's cross-entropy keeps fp32
    // log-probabilities and the fp32 copy of the logits (8 B per logit) and int64 targets,
    // and its backward two fp32 gradients at once.
    const TransformerConfig c = presetConfig("llama-3.2-1b", 4096);
    const Bytes logits = Bytes{4096} * 128256;
    auto lossLayer = [&](bool sum) {
        const dnn::Tape t = bf16Tape(c, dnn::BlockCheckpoint::None, [&](dnn::TapeOptions &o) {
            o.sumLoss = sum;
            o.hfUpcasts = true;
        });
        return t.layer(t.layerCount() - 1);
    };
    QCOMPARE(lossLayer(true).saved, logits * 2);
    QCOMPARE(lossLayer(true).transient, logits * 2);
    QCOMPARE(lossLayer(true).transientCopies, 1);
    QCOMPARE(lossLayer(false).saved, logits * 8 + 4096 * 8);
    QCOMPARE(lossLayer(false).transientCopies, 2);

    // What the user sees: the scenario key takes that off the peak, and says so.
    Scenario s = llama1b("none");
    const Bytes crossEntropy = estimateMemory(s).device->allocatedPeak();
    s.run.loss = Loss::Sum;
    const auto sum = estimateMemory(s);
    // At the loss's backward, per logit: 8 saved + 2 × 4 of gradients, against 2 + 2 (the
    // sum's peak is the forward's end: its logits and the previous step's, with that
    // step's KV cache, 16 blocks × 4096 × 2 × 8 × 64 values); two samples.
    const Bytes cache = Bytes{16} * 4096 * 2 * 8 * 64 * 2;
    QVERIFY(crossEntropy - sum.device->allocatedPeak() >= 2 * (logits * (16 - 4) - cache));
    const std::string text = sum.device->find("activations")->derivation;
    QVERIFY2(text.find("loss = the outputs' sum") != std::string::npos, text.c_str());
}

void TestDnn::heldKvCacheInTraining()
{
    // A Hugging Face decoder returns its KV cache in training; eager attention saved copies
    // of k and v, so the held cache adds per token and block: GPT-2's whole fused
    // projection output (3 × 768 values), Llama 2's rotated k and v (2 × 4096). Flash
    // kernels save the cache's own tensors: nothing more. The CPU harness's model (no
    // Hugging Face outputs) holds none. bf16, 512 tokens, one block.
    auto block = [](const char *preset, Attention attention, bool hf) {
        TransformerConfig c = presetConfig(preset, 512);
        c.attention = attention;
        return bf16Tape(c, dnn::BlockCheckpoint::None, [&](dnn::TapeOptions &o) { o.hfUpcasts = hf; }).layer(1).saved;
    };
    QCOMPARE(block("gpt2", Attention::Eager, true) - block("gpt2", Attention::Eager, false), Bytes{512} * 3 * 768 * 2);
    QCOMPARE(block("gpt2", Attention::Flash, true), block("gpt2", Attention::Flash, false));
    // Llama 2's eager softmax is fp32 under hfUpcasts too (32 heads × 512 × 512: fp32
    // probabilities and the bf16 copy the value matmul saves, instead of one bf16 map).
    const Bytes llamaEager = block("llama-2-7b", Attention::Eager, true) - block("llama-2-7b", Attention::Eager, false);
    QCOMPARE(llamaEager - Bytes{32} * 512 * 512 * 4, Bytes{512} * 2 * 4096 * 2);
}

void TestDnn::previousOutputsHeldIntoTheNextForward()
{
    // A Hugging Face decoder returns its logits and its KV cache; a loop
    // `outputs = model(x)` holds the previous step's until the next call returns. GPT-2
    // (12 blocks, hidden 768, vocabulary 50257), 512 tokens in bf16 with a sum loss: the
    // cache's k and v are views of the fused projection's output (3 × 768 values per token
    // and block), the logits are bf16. Checkpointing turns use_cache off; the CPU
    // harness's model returns the logits only, and deletes them.
    TransformerConfig c = presetConfig("gpt2", 512);
    c.attention = Attention::Flash;
    auto held = [&](bool hf, dnn::BlockCheckpoint ckpt) {
        return bf16Tape(c, ckpt, [&](dnn::TapeOptions &o) {
                   o.sumLoss = true;
                   o.hfUpcasts = hf;
               }).heldOutputs();
    };
    const Bytes logits = Bytes{512} * 50257 * 2;
    QCOMPARE(held(true, dnn::BlockCheckpoint::None), Bytes{12} * 512 * 3 * 768 * 2 + logits);
    QCOMPARE(held(true, dnn::BlockCheckpoint::Full), logits);
    QCOMPARE(held(false, dnn::BlockCheckpoint::None), Bytes{0});

    // What the user sees: Llama 3.2 1B, 2 × 4096 tokens, sum loss, no checkpointing. At the
    // forward's end every saved tensor is alive with the previous step's bf16 logits and
    // cache (16 blocks × 4096 × 2 × 8 × 64 values), more than the loss's backward holds;
    // no gradient exists yet (zero_grad freed them), so activations + gradients are that,
    // with the batch's int64 token ids.
    const Estimate e = estimateMemory(llama1b("none", R"(, "optimizer_step": "fused", "loss": "sum")"));
    const dnn::Tape t = bf16Tape(presetConfig("llama-3.2-1b", 4096), dnn::BlockCheckpoint::None, [](dnn::TapeOptions &o) {
        o.sumLoss = true;
        o.hfUpcasts = true;
    });
    QCOMPARE(t.heldOutputs(), Bytes{4096} * 128256 * 2 + Bytes{16} * 4096 * 2 * 8 * 64 * 2);
    QCOMPARE(e.device->bytesOf("activations") + e.device->bytesOf("gradients"),
             2 * (t.savedPerSample() + Bytes{4096} * 8 + t.heldOutputs()) + t.fixedSaved());
    const std::string text = e.device->find("activations")->derivation;
    QVERIFY2(text.find("previous step's outputs") != std::string::npos, text.c_str());

    // This step's outputs stay alive through its whole backward. At 128 tokens the
    // gradients outweigh the activations, so the peak is the backward's end (the
    // embedding's): every gradient, the embedding's saved tensors and all of the outputs,
    // and, the model's output layer being tied to its embedding, the embedding's own
    // gradient (128256 × 2048 bf16) before autograd adds it to the output layer's. With
    // the embedding frozen (adapters) there is no such gradient.
    const dnn::Tape shortTape = bf16Tape(presetConfig("llama-3.2-1b", 128), dnn::BlockCheckpoint::None, [](dnn::TapeOptions &o) {
        o.sumLoss = true;
        o.hfUpcasts = true;
    });
    const Bytes grads = Bytes{shortTape.params()} * 2;
    const dnn::ActivationPeak end = dnn::trainingPeak(shortTape, 1, grads, false);
    QCOMPARE(end.gradsPresent, grads);
    QCOMPARE(shortTape.heldOutputs(), Bytes{128} * 128256 * 2 + Bytes{16} * 128 * 2 * 8 * 64 * 2);
    const Bytes embeddingGrad = Bytes{128256} * 2048 * 2;
    QCOMPARE(end.bytes, shortTape.layer(0).saved + shortTape.heldOutputs() + shortTape.fixedSaved() + embeddingGrad);
    QCOMPARE(dnn::trainingPeak(shortTape, 1, grads, false, 0, false, false).bytes,
             shortTape.layer(0).saved + shortTape.heldOutputs() + shortTape.fixedSaved());
}

void TestDnn::tiedOutputLayerGradientFromTheStart()
{
    // An output layer tied to the embedding makes the embedding matrix's gradient in the
    // first steps of the backward, so it exists through every block's backward, where
    // the walk counts only the blocks' gradients. GPT-2's blocks with a vocabulary of
    // 1024 (a small output layer, so that the largest live set is at the last block's
    // backward, not at the loss's), bf16, 8 × 1024 tokens: the peak with the tie is the
    // peak without plus that gradient, 1024 × 768 values.
    TransformerConfig c = presetConfig("gpt2", 1024);
    c.attention = Attention::Flash;
    c.vocab = 1024;
    const dnn::Tape t = bf16Tape(c, dnn::BlockCheckpoint::None);
    const Bytes grads = Bytes{t.params()} * 2;
    const Bytes tied = Bytes{1024} * 768 * 2;
    const dnn::ActivationPeak with = dnn::trainingPeak(t, 8, grads, false);
    const dnn::ActivationPeak without = dnn::trainingPeak(t, 8, grads, false, 0, false, false);
    QCOMPARE(with.bytes + with.gradsPresent, without.bytes + without.gradsPresent + tied);

    // An encoder's masked-LM head decodes with the word embedding as well (BERT, DistilBERT).
    TransformerConfig bert = presetConfig("bert-base", 128);
    dnn::Tape encoder(dnn::TapeOptions{2, 1, true, 2, 2});
    dnn::recordTransformer(bert, 0, true, dnn::BlockCheckpoint::None, encoder);
    QCOMPARE(encoder.tiedElements(), std::int64_t{30522} * 768);
    bert.tiedEmbeddings = false;
    dnn::Tape untied(dnn::TapeOptions{2, 1, true, 2, 2});
    dnn::recordTransformer(bert, 0, true, dnn::BlockCheckpoint::None, untied);
    QCOMPARE(untied.tiedElements(), std::int64_t{0});
}

void TestDnn::geluNewSavesFiveFfnTensors()
{
    // Hugging Face's gelu_new, 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))) op by op, leaves
    // autograd the input (pow), 0.5·x and 1 + tanh (the product), the tanh and the output
    // (the second projection): three FFN-wide tensors more than a fused GELU. GPT-2-large
    // (36 blocks, FFN 5120), fp16, 1024 tokens: 36 × 3 × 5120 × 2 B = 1.1 MB per token, the
    // slope transformers' GPT-2-large SDPA benchmark shows beyond the fused GELU's.
    TransformerConfig c = presetConfig("gpt2-large", 1024);
    c.attention = Attention::Flash;
    QVERIFY(c.ffn == Ffn::GeluNew);
    const Bytes geluNew = bf16Tape(c, dnn::BlockCheckpoint::None).savedPerSample();
    c.ffn = Ffn::Gelu;
    const Bytes gelu = bf16Tape(c, dnn::BlockCheckpoint::None).savedPerSample();
    QCOMPARE(geluNew - gelu, Bytes{36} * 1024 * 3 * 5120 * 2);
    // BERT's GELU is the exact one, fused.
    QVERIFY(presetConfig("bert-base", 512).ffn == Ffn::Gelu);
}

void TestDnn::cublasWorkspacePerThreadInTraining()
{
    // One cuBLAS workspace per handle and stream (32 MiB + 1 MiB cuBLASLt at PyTorch ≥ 2.1);
    // training's backward runs on the autograd engine's device thread, with its own handle.
    Scenario s = llama1b("full");
    const Estimate train = estimateMemory(s);
    s.run.task = Task::Inference;
    const Estimate infer = estimateMemory(s);
    QCOMPARE(infer.device->bytesOf("workspace"), Bytes{33} * MiB);
    QCOMPARE(train.device->bytesOf("workspace"), Bytes{66} * MiB);
    const std::string text = train.device->find("workspace")->derivation;
    QVERIFY2(text.find("twice") != std::string::npos, text.c_str());
}

void TestDnn::loraDropoutSavesTheDroppedInputs()
{
    // Llama-2-7b (h = 4096, 32 heads × 128, FFN 11008), bf16 on a GPU, 512 tokens, no
    // checkpointing. With lora_dropout each adapted layer saves its dropped input and a
    // 1-byte mask: q, k, v the normed input and o the attention output, 4 × 4096 values
    // per token at 2 + 1 bytes; every linear layer adds the FFN's normed input twice
    // (gate, up) and its 11008-wide hidden (down).
    const TransformerConfig c = presetConfig("llama-2-7b", 512);
    auto saved = [&](bool dropout, LoraTargets targets) {
        return bf16Tape(c, dnn::BlockCheckpoint::None, [&](dnn::TapeOptions &o) {
                   o.loraDropout = dropout;
                   o.loraTargets = targets;
               }).savedPerSample();
    };
    const Bytes s = 512, layers = 32;
    QCOMPARE(saved(true, kLoraAttention) - saved(false, kLoraAttention), layers * s * 4 * 4096 * 3);
    QCOMPARE(saved(true, kLoraAllLinear) - saved(false, kLoraAllLinear), layers * s * (6 * 4096 + 11008) * 3);
    // q and v only: two dropped copies of the normed input.
    const LoraTargets qv = loraBit(LoraLayer::Q) | loraBit(LoraLayer::V);
    QCOMPARE(saved(true, qv) - saved(false, qv), layers * s * 2 * 4096 * 3);
    // Without dropout, adapters on more layers save nothing more (lora_A's input is the
    // tensor the frozen layer's input already is).
    QCOMPARE(saved(false, kLoraAllLinear), saved(false, kLoraAttention));

    // What the user sees: the estimate grows by that, 4 samples of it.
    Scenario run = preset("llama-2-7b", tokens(512));
    run.run.device = Device::Gpu;
    run.run.precision = Precision::Bf16;
    run.run.batchSize = 4;
    run.run.finetune.method = FinetuneMethod::Lora;
    const Bytes before = estimateMemory(run).device->allocatedPeak();
    run.run.finetune.dropout = 0.05;
    const Bytes after = estimateMemory(run).device->allocatedPeak();
    QVERIFY2(after - before >= 4 * layers * s * 4 * 4096 * 3, qPrintable(QString::number(after - before)));
}

void TestDnn::opLevelSelectiveKeepsEveryOtherMatmul()
{
    // torchtitan's op-level policy on Llama 3 8B (h 4096, 32 heads of 128, 8 KV heads, FFN
    // 14336), bf16, flash attention: per token and block the input (4096), q (4096), v
    // (1024), the attention output (4096) and its fp32 log-sum-exp per head (32 × 4 B),
    // the gate projection (14336) and the down projection (4096), where full
    // checkpointing keeps the input alone.
    const TransformerConfig c = presetConfig("llama-3-8b", 8192);
    auto saved = [&](dnn::BlockCheckpoint ckpt) { return bf16Tape(c, ckpt).savedPerSample(); };
    const Bytes perToken = (4096 + 1024 + 4096 + 14336 + 4096) * 2 + 32 * 4;
    QCOMPARE(saved(dnn::BlockCheckpoint::SelectiveOp) - saved(dnn::BlockCheckpoint::Full), Bytes(32) * 8192 * perToken);

    // The run a user describes with it keeps less than Korthikanti's selective form.
    Scenario s = preset("llama-3-8b", tokens(8192));
    s.model.architecture->transformer.attention = Attention::Flash;
    s.run.device = Device::Gpu;
    s.run.precision = Precision::Bf16;
    s.run.batchSize = 1;
    s.run.checkpointing = Checkpointing::Selective;
    const Bytes korthikanti = estimateMemory(s).device->bytesOf("activations");
    s.run.checkpointing = Checkpointing::SelectiveOp;
    const Estimate op = estimateMemory(s);
    QVERIFY(op.device->bytesOf("activations") < korthikanti);
    QVERIFY(op.device->find("activations")->derivation.find("op-level selective checkpointing") != std::string::npos);
}

QTEST_APPLESS_MAIN(TestDnn)
#include "test_dnn.moc"
