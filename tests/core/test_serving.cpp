// Serving engines against their own published start-up figures (vLLM's memory profile,
// llama.cpp's printed buffer sizes), the serving keys of the scenario format, the inverse
// solves (exact at N and N + 1) and unified-memory machines.

#include "advisor/advisor.h"
#include "engine/engine.h"
#include "engine/fit/fit.h"
#include "engine/serving/serving.h"
#include "estimate/estimate_json.h"
#include "hardware/catalog.h"
#include "scenario/codec.h"
#include "scenario/loading.h"
#include "scenario/messages.h"

#include <QtTest>

using namespace headroom;

namespace {

Scenario llama3(ServingEngine engine)
{
    Scenario s;
    s.dataset.samples = 1;
    s.dataset.input = InputShape{InputKind::Tokens, 1, 1, 1, 1, 8192};
    s.dataset.dtype = DType::Int64;
    s.model.framework = Framework::PyTorch;
    Architecture a;
    a.kind = ArchitectureKind::Preset;
    a.preset = "llama-3-8b";
    s.model.architecture = a;
    s.run.task = Task::Inference;
    s.run.precision = Precision::Bf16;
    Serving v;
    v.engine = engine;
    s.run.serving = v;
    return s;
}

Machine gpuMachine(double gib, std::int64_t count = 1)
{
    Machine m;
    m.name = "test";
    m.hostRam = 512 * GiB;
    m.gpuModel = "GPU";
    m.gpuMemory = gibToBytes(gib);
    m.gpuCount = count;
    return m;
}

double gib(Bytes b) { return static_cast<double>(b) / static_cast<double>(GiB); }
double mib(Bytes b) { return static_cast<double>(b) / static_cast<double>(MiB); }

bool fitsAt(const Scenario &s, const Machine &m) { return fits(s, estimateMemory(s), m); }

Result<Scenario> readText(const std::string &text) { return readScenario(text); }

std::string servingDoc(const std::string &serving)
{
    return R"({"headroom":1,"dataset":{"samples":1,"input":{"kind":"tokens","length":8192}},
      "model":{"framework":"pytorch","architecture":{"preset":"llama-3-8b"}},
      "run":{"task":"inference","precision":"bf16","serving":)"
           + serving + "}}";
}

} // namespace

class TestServing : public QObject {
    Q_OBJECT
private slots:
    void queueWarningNamesTheLimit();
    void codecRoundTrip_data();
    void codecRoundTrip();
    void codecRefusals_data();
    void codecRefusals();
    void vllmProfileLlama3_8bH100();
    void vllmReservesWhateverTheLoad();
    void fp8CacheHalvesKvAndDoublesCapacity();
    void llamaCppBuffersLlama3_8b_data();
    void llamaCppBuffersLlama3_8b();
    void llamaCppLayerSplit();
    void llamaCppMaskCopyOnTheGpu_data();
    void llamaCppMaskCopyOnTheGpu();
    void llamaCppQ8_0Cache();
    void llamaCppGgufLayersOnTheGpu();
    void vllmWeightsPerRank();
    void mlaLatentWholeOnEveryRank();
    void expertWidthsSizeTheProfile();
    void latentAttentionSizesTheProfile();
    void servingLoadsNoDataset();
    void transformersCaches();
    void solvesExactAtNAndNPlusOne_data();
    void solvesExactAtNAndNPlusOne();
    void mostGpuLayersExact();
    void unifiedMemoryLimits();
    void unifiedMemoryIsOnePool();
    void compareJsonKeys();
    void advisorTips();
};

void TestServing::codecRoundTrip_data()
{
    QTest::addColumn<QString>("serving");
    QTest::newRow("vllm") << R"({"engine":"vllm","concurrent_sequences":32,"prompt_tokens":6000,"output_tokens":2000,
        "kv_cache_dtype":"fp8","gpu_memory_utilization":0.85,"block_size":32,"max_num_seqs":128,
        "max_num_batched_tokens":4096,"enforce_eager":true,"enable_prefix_caching":true})";
    QTest::newRow("sglang") << R"({"engine":"sglang","concurrent_sequences":8,"context_tokens":4096,
        "mem_fraction_static":0.8,"page_size":1,"max_running_requests":64,"chunked_prefill_size":2048,"disable_cuda_graph":false})";
    QTest::newRow("llama.cpp") << R"({"engine":"llama.cpp","concurrent_sequences":4,"context_tokens":2048,"kv_cache_dtype":"q8_0",
        "n_gpu_layers":20,"n_ctx":8192,"n_batch":2048,"n_ubatch":512,"use_mmap":false,"flash_attn":true})";
    QTest::newRow("tgi") << R"({"engine":"tgi","concurrent_sequences":2,"prompt_tokens":100,"output_tokens":10,
        "cuda_memory_fraction":0.9,"max_batch_prefill_tokens":1024,"max_batch_size":16})";
    QTest::newRow("transformers") << R"({"engine":"transformers","concurrent_sequences":3,"context_tokens":512,
        "kv_cache_dtype":"int8","cache_implementation":"static"})";
}

void TestServing::codecRoundTrip()
{
    QFETCH(QString, serving);
    auto r = readText(servingDoc(serving.toStdString()));
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    const Scenario s = r.value();
    QVERIFY(s.run.serving.has_value());
    auto back = readText(writeScenario(s));
    QVERIFY(back.ok());
    QVERIFY(back.value() == s);
    // Every key written is the engine's own name, read back to the same value.
    const auto written = nlohmann::json::parse(writeScenario(s))["run"]["serving"];
    const auto typed = nlohmann::json::parse(serving.toStdString());
    for (auto it = typed.begin(); it != typed.end(); ++it)
        QCOMPARE(QString::fromStdString(written.at(it.key()).dump()), QString::fromStdString(it.value().dump()));
}

void TestServing::codecRefusals_data()
{
    QTest::addColumn<QString>("doc");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("other engine's setting")
        << QString::fromStdString(servingDoc(R"({"engine":"vllm","n_gpu_layers":10})")) << "run.serving.n_gpu_layers"
        << "not a setting of vllm (it is one of llama.cpp)";
    QTest::newRow("kv dtype not offered")
        << QString::fromStdString(servingDoc(R"({"engine":"vllm","kv_cache_dtype":"q4_0"})")) << "run.serving.kv_cache_dtype"
        << "cache type q4_0 is not available in vllm (it has: fp16, bf16, fp8)";
    QTest::newRow("context twice")
        << QString::fromStdString(servingDoc(R"({"engine":"vllm","context_tokens":10,"prompt_tokens":5})"))
        << "run.serving.context_tokens" << "give context_tokens or prompt_tokens and output_tokens, not both";
    QTest::newRow("utilisation above 1")
        << QString::fromStdString(servingDoc(R"({"engine":"vllm","gpu_memory_utilization":1.5})"))
        << "run.serving.gpu_memory_utilization" << "must be <= 1, got 1.5";
    QTest::newRow("unknown engine")
        << QString::fromStdString(servingDoc(R"({"engine":"vllmm"})")) << "run.serving.engine"
        << R"(unknown value "vllmm" (did you mean "vllm"?); allowed: transformers, vllm, sglang, llama.cpp, tgi)";
    QTest::newRow("typo")
        << QString::fromStdString(servingDoc(R"({"engine":"vllm","concurrent_sequence":2})"))
        << "run.serving.concurrent_sequence" << R"(unknown key (did you mean "concurrent_sequences"?))";
    QTest::newRow("unified machine with a gpu")
        << R"({"headroom":1,"dataset":{"samples":1,"input":{"kind":"tabular","features":1}},"model":{"framework":"pytorch",
              "architecture":{"type":"mlp","hidden":[4],"outputs":2}},"run":{},
              "hardware":[{"name":"mac","host_ram_gib":64,"unified_memory":true,"gpu":{"memory_gib":48}}]})"
        << "hardware[0].gpu" << "a unified-memory machine's GPU uses its host RAM; remove gpu or unified_memory";
    QTest::newRow("wired limit above RAM")
        << R"({"headroom":1,"dataset":{"samples":1,"input":{"kind":"tabular","features":1}},"model":{"framework":"pytorch",
              "architecture":{"type":"mlp","hidden":[4],"outputs":2}},"run":{},
              "hardware":[{"name":"mac","host_ram_gib":64,"unified_memory":true,"gpu_wired_limit_gib":80}]})"
        << "hardware[0].gpu_wired_limit_gib" << "must be <= 64, got 80";
}

void TestServing::codecRefusals()
{
    QFETCH(QString, doc);
    QFETCH(QString, path);
    QFETCH(QString, message);
    auto r = readText(doc.toStdString());
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error().path), path);
    QCOMPARE(QString::fromStdString(r.error().message), message);
}

void TestServing::vllmProfileLlama3_8bH100()
{
    // vllm-project/vllm PR 10511 (sanity check of the memory profiler): `vllm serve
    // meta-llama/Meta-Llama-3-8B` on an H100: total_gpu_memory 79.22 GiB ×
    // gpu_memory_utilization 0.90 = 71.29 GiB; model weights 14.96 GiB; non_torch_memory
    // 1.79 GiB; PyTorch activation peak memory 1.26 GiB; available_kv_cache_memory
    // 53.29 GiB (max_model_len 8192, max_num_batched_tokens 8192, max_num_seqs 256).
    Scenario s = llama3(ServingEngine::Vllm);
    s.run.serving->contextTokens = 8192;
    s.run.serving->enforceEager = true; // graphs were captured after this profile
    const Machine h100 = gpuMachine(79.22);
    const Estimate e = estimateMemory(s);
    QVERIFY(e.device);
    QVERIFY(qAbs(gib(e.device->bytesOf("parameters")) - 14.96) / 14.96 < 0.01);
    QVERIFY(qAbs(gib(e.device->bytesOf("framework_runtime")) - 1.79) < 0.01);
    const double act = gib(e.device->bytesOf("activations"));
    QVERIFY2(qAbs(act - 1.26) / 1.26 < 0.10, qPrintable(QString::number(act)));
    const CandidateFit f = assessCandidate(s, e, h100, false);
    QVERIFY(f.reservedBytes);
    QVERIFY(qAbs(gib(*f.reservedBytes) - 71.29) < 0.01);
    // KV capacity: what the share leaves, in whole 16-token blocks of 128 KiB/token.
    QVERIFY(f.kvCacheTokens);
    const double kvGib = gib(satMul(*f.kvCacheTokens, 131072));
    QVERIFY2(qAbs(kvGib - 53.29) / 53.29 < 0.01, qPrintable(QString::number(kvGib)));
    QCOMPARE(*f.kvCacheTokens % 16, 0);
}

void TestServing::vllmReservesWhateverTheLoad()
{
    Scenario s = llama3(ServingEngine::Vllm);
    s.run.serving->contextTokens = 4096;
    const Machine a100 = gpuMachine(80);
    const Estimate one = estimateMemory(s);
    s.run.serving->concurrentSequences = 64;
    const Estimate many = estimateMemory(s);
    QVERIFY(many.device->bytesOf("kv_cache") == 64 * one.device->bytesOf("kv_cache"));
    QCOMPARE(*assessCandidate(s, one, a100, false).reservedBytes, gibToBytes(72.0));
    QCOMPARE(*assessCandidate(s, many, a100, false).reservedBytes, gibToBytes(72.0));
    // The smallest card: the need over the share (a 0.9 share must hold the peak).
    const Recommendation r = recommend(s, many);
    QVERIFY(qAbs(static_cast<double>(r.deviceMinimum) * 0.9 - static_cast<double>(many.device->peak)) < 2.0);
}

void TestServing::fp8CacheHalvesKvAndDoublesCapacity()
{
    Scenario s = llama3(ServingEngine::Vllm);
    s.run.serving->contextTokens = 8192;
    s.run.serving->concurrentSequences = 16;
    const Machine h100 = gpuMachine(80);
    const Estimate e16 = estimateMemory(s);
    const auto c16 = assessCandidate(s, e16, h100, true);
    s.run.serving->kvCacheDtype = KvCacheDType::Fp8;
    const Estimate e8 = estimateMemory(s);
    const auto c8 = assessCandidate(s, e8, h100, true);
    QCOMPARE(e8.device->bytesOf("kv_cache") * 2, e16.device->bytesOf("kv_cache"));
    QVERIFY(c8.kvCacheTokens && c16.kvCacheTokens);
    QVERIFY(qAbs(static_cast<double>(*c8.kvCacheTokens) / static_cast<double>(*c16.kvCacheTokens) - 2.0) < 0.001);
    QVERIFY(*c8.maxConcurrentSequences >= 2 * *c16.maxConcurrentSequences);
}

void TestServing::llamaCppBuffersLlama3_8b_data()
{
    QTest::addColumn<qint64>("nCtx");
    QTest::addColumn<bool>("gpu");
    QTest::addColumn<double>("kvMib");
    QTest::addColumn<double>("computeMib");
    QTest::addColumn<double>("hostComputeMib");
    // Printed by llama.cpp for Llama-3(.1)-8B, n_ubatch 512, flash_attn 0, all layers on
    // the GPU (ollama logs quoted in public issues): n_ctx 8192: "CUDA0 KV buffer size =
    // 1024.00 MiB", "CUDA0 compute buffer size = 560.00 MiB", "CUDA_Host compute buffer
    // size = 24.01 MiB"; n_ctx 512: 64.00, 258.50 and 9.01 MiB; on the CPU alone at
    // n_ctx 2048: "CPU KV buffer size = 256.00 MiB", "CPU compute buffer size = 258.50 MiB".
    QTest::newRow("n_ctx 8192, GPU") << qint64(8192) << true << 1024.0 << 560.0 << 24.01;
    QTest::newRow("n_ctx 512, GPU") << qint64(512) << true << 64.0 << 258.5 << 9.01;
    QTest::newRow("n_ctx 2048, CPU") << qint64(2048) << false << 256.0 << 258.5 << 0.0;
}

void TestServing::llamaCppBuffersLlama3_8b()
{
    QFETCH(qint64, nCtx);
    QFETCH(bool, gpu);
    QFETCH(double, kvMib);
    QFETCH(double, computeMib);
    QFETCH(double, hostComputeMib);
    Scenario s = llama3(ServingEngine::LlamaCpp);
    s.run.precision = Precision::Fp16;
    s.run.serving->contextTokens = nCtx;
    s.run.serving->nUbatch = 512;
    s.run.device = gpu ? Device::Gpu : Device::Cpu;
    const Estimate e = estimateMemory(s);
    if (gpu) {
        QVERIFY(e.device);
        QCOMPARE(mib(e.device->bytesOf("kv_cache")), kvMib);
        QVERIFY2(qAbs(mib(e.device->bytesOf("workspace")) - computeMib) / computeMib < 0.01,
                 qPrintable(QString::number(mib(e.device->bytesOf("workspace")))));
        QVERIFY(qAbs(mib(e.host.bytesOf("workspace")) - hostComputeMib) < 0.05);
        QCOMPARE(e.host.bytesOf("kv_cache"), Bytes(0));
    } else {
        QVERIFY(!e.device);
        QCOMPARE(mib(e.host.bytesOf("kv_cache")), kvMib);
        QVERIFY(qAbs(mib(e.host.bytesOf("workspace")) - computeMib) / computeMib < 0.01);
    }
}

void TestServing::llamaCppLayerSplit()
{
    Scenario s = llama3(ServingEngine::LlamaCpp);
    s.run.precision = Precision::Int4;
    s.run.serving->contextTokens = 4096;
    s.run.serving->nGpuLayers = 33;
    const Estimate all = estimateMemory(s);
    s.run.serving->nGpuLayers = 16;
    const Estimate half = estimateMemory(s);
    s.run.serving->nGpuLayers = 0;
    const Estimate none = estimateMemory(s);
    // Weights move between GPU and host; together they stay the model's size (the output
    // layer's copy of a tied embedding aside: llama-3-8b is untied).
    const Bytes totalAll = all.device->bytesOf("parameters") + all.host.bytesOf("parameters");
    const Bytes totalHalf = half.device->bytesOf("parameters") + half.host.bytesOf("parameters");
    QVERIFY(qAbs(static_cast<double>(totalAll - totalHalf)) < 64.0);
    QVERIFY(half.device->bytesOf("parameters") < all.device->bytesOf("parameters"));
    QCOMPARE(none.device->bytesOf("parameters"), Bytes(0));
    // The KV cache follows its layers: 16 of 32 layers' cache on each side.
    QCOMPARE(half.device->bytesOf("kv_cache"), half.host.bytesOf("kv_cache"));
    QCOMPARE(half.device->bytesOf("kv_cache") * 2, all.device->bytesOf("kv_cache"));
    // mmap: the host's share of the weights is page cache, and the derivation says so.
    QVERIFY(half.host.find("parameters")->derivation.find("page cache") != std::string::npos);
}

void TestServing::llamaCppMaskCopyOnTheGpu_data()
{
    QTest::addColumn<qint64>("nCtx");
    QTest::addColumn<double>("computeMib");
    QTest::addColumn<double>("hostComputeMib");
    // fedora-copr/logdetective PR 106 (https://github.com/fedora-copr/logdetective/pull/106):
    // mistral-7b-instruct-v0.2 Q4_K_S, llama-server, every layer on the GPU, n_ubatch 512,
    // flash_attn 0: "CUDA0 compute buffer size =  2144.00 MiB", "CUDA_Host compute buffer
    // size =    72.01 MiB" at n_ctx 32768; 164.00 and 12.01 MiB at n_ctx 2048.
    QTest::newRow("n_ctx 32768") << qint64(32768) << 2144.0 << 72.01;
    QTest::newRow("n_ctx 2048") << qint64(2048) << 164.0 << 12.01;
}

void TestServing::llamaCppMaskCopyOnTheGpu()
{
    QFETCH(qint64, nCtx);
    QFETCH(double, computeMib);
    QFETCH(double, hostComputeMib);
    Scenario s = llama3(ServingEngine::LlamaCpp);
    s.model.architecture->preset = "mistral-7b";
    s.run.precision = Precision::Fp16;
    s.run.serving->contextTokens = nCtx;
    const Estimate e = estimateMemory(s);
    QVERIFY(e.device);
    QCOMPARE(mib(e.device->bytesOf("kv_cache")), 4096.0 * static_cast<double>(nCtx) / 32768.0);
    QVERIFY2(qAbs(mib(e.device->bytesOf("workspace")) - computeMib) < 0.01,
             qPrintable(QString::number(mib(e.device->bytesOf("workspace")))));
    QVERIFY2(qAbs(mib(e.host.bytesOf("workspace")) - hostComputeMib) < 0.05,
             qPrintable(QString::number(mib(e.host.bytesOf("workspace")))));
}

void TestServing::llamaCppQ8_0Cache()
{
    // ggml-org/llama.cpp issue 11200 (https://github.com/ggml-org/llama.cpp/issues/11200):
    // Qwen2.5-Coder-32B, "kv_size = 32768, ... type_k = 'q8_0', type_v = 'q8_0', n_layer =
    // 64", "KV self size  = 4352.00 MiB, K (q8_0): 2176.00 MiB, V (q8_0): 2176.00 MiB".
    Scenario s = llama3(ServingEngine::LlamaCpp);
    s.model.architecture->preset = "qwen2.5-72b";
    TransformerConfig &t = s.model.architecture->transformer;
    t.layers = 64;
    t.hidden = 5120;
    t.heads = 40;
    t.kvHeads = 8;
    t.ffnHidden = 27648;
    s.run.precision = Precision::Fp16;
    s.run.serving->contextTokens = 32768;
    s.run.serving->kvCacheDtype = KvCacheDType::Q8_0;
    const Estimate e = estimateMemory(s);
    QVERIFY(e.device);
    QCOMPARE(mib(e.device->bytesOf("kv_cache")), 4352.0);
}

void TestServing::llamaCppGgufLayersOnTheGpu()
{
    // ollama/ollama issue 3301 (https://github.com/ollama/ollama/issues/3301): Mixtral 8x7B
    // Q4_0 with "offloaded 23/33 layers to GPU": "CUDA0 buffer size = 17999.66 MiB". The
    // GPU holds 23 blocks as the GGUF file stores them (Q4_0 blocks of 32 in 18 B), not as
    // 16-bit weights.
    Scenario s = llama3(ServingEngine::LlamaCpp);
    s.model.architecture->preset = "mixtral-8x7b";
    s.model.weights = WeightsSpec{};
    s.model.weights->format = "gguf:Q4_0";
    s.run.precision = Precision::Fp16;
    s.run.serving->contextTokens = 2048;
    s.run.serving->nGpuLayers = 23;
    const Estimate e = estimateMemory(s);
    QVERIFY(e.device);
    const double gpu = mib(e.device->bytesOf("parameters"));
    QVERIFY2(qAbs(gpu - 17999.66) / 17999.66 < 0.01, qPrintable(QString::number(gpu)));
}

void TestServing::vllmWeightsPerRank()
{
    // vllm-project/vllm PR 10511: `vllm serve meta-llama/Meta-Llama-3-8B -tp 2`: "model
    // weights take   7.48GiB" on each H100.
    Scenario s = llama3(ServingEngine::Vllm);
    s.run.serving->contextTokens = 8192;
    s.cluster.gpusPerNode = 2;
    s.cluster.tensorParallel = 2;
    const Estimate e = estimateMemory(s);
    QVERIFY(e.device);
    QVERIFY2(qAbs(gib(e.device->bytesOf("parameters")) - 7.48) / 7.48 < 0.01, qPrintable(QString::number(gib(e.device->bytesOf("parameters")))));
}

void TestServing::mlaLatentWholeOnEveryRank()
{
    // DeepSeek-V3's latent cache (512 + 64 values per token and layer) is whole on every
    // tensor-parallel rank, served by vLLM or generated by transformers alike.
    Scenario gen = llama3(ServingEngine::Transformers);
    gen.model.architecture->preset = "deepseek-v3";
    gen.run.serving.reset();
    gen.run.generation = Generation{4000, 96};
    gen.run.batchSize = 1;
    gen.cluster.gpusPerNode = 8;
    gen.cluster.tensorParallel = 8;
    const Estimate tp8 = estimateMemory(gen);
    const Bytes perRank = 61 * 576 * 4096 * 2; // 61 layers × 576 values × 4,096 positions × bf16
    QVERIFY(tp8.device);
    QCOMPARE(tp8.device->bytesOf("kv_cache"), Bytes(perRank));
    Scenario served = llama3(ServingEngine::Vllm);
    served.model.architecture->preset = "deepseek-v3";
    served.run.serving->contextTokens = 4096;
    served.cluster = gen.cluster;
    const Estimate v = estimateMemory(served);
    QVERIFY(v.device);
    QCOMPARE(v.device->bytesOf("kv_cache"), Bytes(perRank));
}

void TestServing::expertWidthsSizeTheProfile()
{
    // Qwen3-30B-A3B in vLLM: the start-up profile's forward pass runs each token through
    // its k experts of 768 (not the 6,144-wide dense FFN the config also names), with the
    // dispatch copies and router logits: more experts per token, more activations.
    Scenario s = llama3(ServingEngine::Vllm);
    s.model.architecture->preset = "qwen3-30b-a3b";
    s.run.serving->contextTokens = 4096;
    s.run.serving->enforceEager = true;
    const Bytes eight = estimateMemory(s).device->bytesOf("activations");
    s.model.architecture->transformer.moe.expertsPerToken = 2;
    const Bytes two = estimateMemory(s).device->bytesOf("activations");
    // 8,192 tokens × (h·(2 + 2k) + 3·k·768 + 128 router logits) × 2 B, + the sampler's
    // 256 × vocab × 14 B that both share: 6 more experts per token add 6·(2·2048 + 3·768).
    QCOMPARE(eight - two, Bytes(8192) * 6 * (2 * 2048 + 3 * 768) * 2);
}

void TestServing::latentAttentionSizesTheProfile()
{
    // A model whose latent attention is wider than its FFN: the profile's attention phase
    // holds the per-head queries and keys of qk_nope + qk_rope values.
    Scenario s = llama3(ServingEngine::Vllm);
    s.model.architecture->preset = "deepseek-v3";
    TransformerConfig &t = s.model.architecture->transformer;
    t.layers = 4;
    t.moe.firstDenseLayers = 4;
    t.ffnHidden = 2048;
    t.hidden = 1024;
    s.run.serving->contextTokens = 4096;
    s.run.serving->enforceEager = true;
    const Bytes nope128 = estimateMemory(s).device->bytesOf("activations");
    t.mla.qkNopeHeadDim = 256;
    const Bytes nope256 = estimateMemory(s).device->bytesOf("activations");
    // 8,192 tokens × 2 (q and k) × 128 heads × 128 more values × 2 B.
    QCOMPARE(nope256 - nope128, Bytes(8192) * 2 * 128 * 128 * 2);
}

void TestServing::servingLoadsNoDataset()
{
    // A serving engine answers requests; no dataset or DataLoader workers on the host,
    // whatever run.dataloader says.
    Scenario s = llama3(ServingEngine::Vllm);
    s.dataset.samples = 1'000'000;
    s.run.dataloader.workers = 8;
    const Estimate e = estimateMemory(s);
    for (const char *key : {"dataset", "dataloader_workers", "batch_buffers", "targets"})
        QVERIFY2(!e.host.find(key), key);
    QVERIFY(!loadsDataset(s) && !usesDataLoader(s));
    s.run.serving.reset();
    s.run.batchSize = 1;
    const Estimate trained = estimateMemory(s);
    QVERIFY(trained.host.find("dataloader_workers") && trained.host.find("dataset"));
}

void TestServing::transformersCaches()
{
    Scenario s = llama3(ServingEngine::Transformers);
    s.run.serving->concurrentSequences = 4;
    s.run.serving->promptTokens = 1000;
    s.run.serving->outputTokens = 24;
    const Estimate dyn = estimateMemory(s);
    // 2 × 32 layers × 8 KV heads × 128 × 1024 positions × 4 sequences × 2 B
    QCOMPARE(dyn.device->bytesOf("kv_cache"), Bytes(2) * 32 * 8 * 128 * 1024 * 4 * 2);
    QVERIFY(dyn.device->find("workspace")->derivation.find("DynamicCache") != std::string::npos);
    s.run.serving->cacheImplementation = CacheImplementation::Static;
    const Estimate stat = estimateMemory(s);
    QVERIFY(stat.device->peak < dyn.device->peak);
    s.run.serving->kvCacheDtype = KvCacheDType::Int8;
    QCOMPARE(estimateMemory(s).device->bytesOf("kv_cache") * 2, dyn.device->bytesOf("kv_cache"));
}

void TestServing::solvesExactAtNAndNPlusOne_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<double>("gpuGib");
    QTest::newRow("vllm 80 GiB") << int(ServingEngine::Vllm) << 80.0;
    QTest::newRow("sglang 80 GiB") << int(ServingEngine::Sglang) << 80.0;
    QTest::newRow("tgi 48 GiB") << int(ServingEngine::Tgi) << 48.0;
    QTest::newRow("llama.cpp 24 GiB") << int(ServingEngine::LlamaCpp) << 24.0;
    QTest::newRow("transformers 40 GiB") << int(ServingEngine::Transformers) << 40.0;
}

void TestServing::solvesExactAtNAndNPlusOne()
{
    QFETCH(int, engine);
    QFETCH(double, gpuGib);
    Scenario s = llama3(static_cast<ServingEngine>(engine));
    s.run.serving->contextTokens = 2048;
    s.run.serving->concurrentSequences = 2;
    const Machine m = gpuMachine(gpuGib);
    const auto n = largestConcurrency(s, m);
    QVERIFY(n.has_value());
    Scenario at = s;
    at.run.serving->concurrentSequences = *n;
    QVERIFY(fitsAt(at, m));
    at.run.serving->concurrentSequences = *n + 1;
    QVERIFY(!fitsAt(at, m));

    const auto c = longestContext(s, m);
    QVERIFY(c.has_value());
    at = s;
    at.run.serving->contextTokens = *c;
    QVERIFY(fitsAt(at, m));
    at.run.serving->contextTokens = *c + 1;
    QVERIFY(!fitsAt(at, m));
}

void TestServing::mostGpuLayersExact()
{
    Scenario s = llama3(ServingEngine::LlamaCpp);
    s.run.precision = Precision::Fp16; // 15 GiB of weights: not all on an 8 GiB card
    s.run.serving->contextTokens = 4096;
    const Machine m = gpuMachine(8);
    const auto n = mostGpuLayers(s, m);
    QVERIFY(n.has_value());
    QVERIFY(*n > 0 && *n < 33);
    Scenario at = s;
    at.run.serving->nGpuLayers = *n;
    Estimate e = estimateMemory(at);
    QVERIFY(e.device->peak <= m.gpuMemory);
    at.run.serving->nGpuLayers = *n + 1;
    e = estimateMemory(at);
    QVERIFY(e.device->peak > m.gpuMemory);
}

void TestServing::unifiedMemoryLimits()
{
    // Metal's recommendedMaxWorkingSetSize: 107.52 GiB of 128 GiB measured on two Macs
    // (antirez/ds4 PR 893); 10.67 GiB of 16 GiB on an M4 (exo-explore/exo PR 1672).
    QVERIFY(qAbs(gib(unifiedGpuLimit(128 * GiB)) - 107.52) < 0.01);
    QVERIFY(qAbs(gib(unifiedGpuLimit(16 * GiB)) - 10.67) < 0.01);
    const CatalogEntry *mac = builtinCatalog().find("apple-m4-max-128gb");
    QVERIFY(mac);
    const Machine m = toMachine(*mac);
    QVERIFY(m.unifiedMemory);
    QCOMPARE(m.gpuCount, std::int64_t(1));
    // A user-set wired limit replaces the default.
    Scenario s = llama3(ServingEngine::LlamaCpp);
    HardwareCandidate h;
    h.catalogId = "apple-m4-max-128gb";
    h.gpuWiredLimitGib = 110.0;
    s.hardware.push_back(h);
    const auto machines = resolveCandidates(s, builtinCatalog());
    QVERIFY(machines.ok());
    QCOMPARE(machines.value()[0].gpuMemory, 110 * GiB);
}

void TestServing::unifiedMemoryIsOnePool()
{
    // llama.cpp with half the layers on the GPU of a 32 GiB Mac: GPU part and host part
    // each fit alone, together they need more than the pool.
    Scenario s = llama3(ServingEngine::LlamaCpp);
    s.run.precision = Precision::Fp16;
    s.run.serving->contextTokens = 8192;
    s.run.serving->nGpuLayers = 16;
    s.system.osReservedGib = 16;
    Machine mac;
    mac.name = "mac";
    mac.hostRam = 32 * GiB;
    makeUnified(mac, 0);
    Machine separate = mac;
    separate.unifiedMemory = false;
    const Estimate e = estimateMemory(s);
    QVERIFY(e.device->peak <= mac.gpuMemory);
    QVERIFY(hostNeed(s, e) <= mac.hostRam);
    QVERIFY(fits(s, e, separate));
    QVERIFY(!fits(s, e, mac));
    const CandidateFit f = assessCandidate(s, e, mac, false);
    QVERIFY(!*f.deviceFits);
    QVERIFY2(f.reason.find("unified memory") != std::string::npos, f.reason.c_str());
}

void TestServing::compareJsonKeys()
{
    Scenario s = llama3(ServingEngine::Vllm);
    s.run.serving->contextTokens = 8192;
    HardwareCandidate h;
    h.name = "H100";
    h.hostRamGib = 256;
    h.gpu = GpuSpec{"H100", 80, 1};
    s.hardware.push_back(h);
    auto e = estimate(s);
    QVERIFY(e.ok());
    const auto j = estimateToJson(e.value());
    const auto &c = j["candidates"][0];
    QVERIFY(c["max_concurrent_sequences"].is_number_integer());
    QVERIFY(c["max_context_tokens"].is_number_integer());
    QCOMPARE(c["max_concurrent_sequences"].get<std::int64_t>(), *e.value().candidates[0].maxConcurrentSequences);
    QVERIFY(c["max_concurrent_sequences"].get<std::int64_t>() > 1);
    QVERIFY(c["max_context_tokens"].get<std::int64_t>() > 8192);
}

void TestServing::advisorTips()
{
    Scenario s = llama3(ServingEngine::Vllm);
    s.run.serving->concurrentSequences = 64;
    s.run.serving->contextTokens = 8192;
    const auto tips = alternatives(s);
    auto find = [&](const char *id) -> const Suggestion * {
        for (const auto &t : tips)
            if (t.id == id)
                return &t;
        return nullptr;
    };
    for (const char *id : {"serving_kv_dtype", "serving_fewer_sequences", "serving_shorter_context", "serving_tensor_parallel",
                           "int4_weights"}) {
        const Suggestion *t = find(id);
        QVERIFY2(t, id);
        // The saving is the difference of two estimates: the scenario and the patched one.
        const auto patched = applyPatch(s, t->scenarioPatch);
        QVERIFY(patched.ok());
        const Bytes before = estimateMemory(s).device->peak;
        const Bytes after = estimateMemory(patched.value()).device->peak;
        QCOMPARE(t->deviceSaving, before - after);
        QVERIFY2(t->deviceSaving > 0, id);
    }
    // fp8 halves the KV cache: the saving is half of it.
    const Bytes kv = estimateMemory(s).device->bytesOf("kv_cache");
    QCOMPARE(find("serving_kv_dtype")->deviceSaving, kv / 2);
    QVERIFY(!find("serving_cpu_layers")); // a vLLM run has no CPU layers

    Scenario l = llama3(ServingEngine::LlamaCpp);
    l.run.serving->contextTokens = 4096;
    const auto ltips = alternatives(l);
    const auto cpu = std::find_if(ltips.begin(), ltips.end(), [](const Suggestion &t) { return t.id == "serving_cpu_layers"; });
    QVERIFY(cpu != ltips.end());
    QVERIFY(cpu->deviceSaving > 0);
    QVERIFY(cpu->hostSaving < 0); // the layers move to host RAM
    QCOMPARE(QString::fromStdString(cpu->scenarioPatch.dump()), QStringLiteral(R"({"run":{"serving":{"n_gpu_layers":25}}})"));
}

void TestServing::queueWarningNamesTheLimit()
{
    // More sequences than the engine runs at once: vLLM's limit is named by its setting,
    // another engine's in words a translation can carry (a nested template).
    Scenario s = llama3(ServingEngine::Sglang);
    s.run.serving->concurrentSequences = 100000;
    Estimate e = estimateMemory(s);
    const auto queued = std::find_if(e.warnings.begin(), e.warnings.end(), [](const Warning &w) { return w.code == "serving_queue"; });
    QVERIFY(queued != e.warnings.end());
    QVERIFY(queued->message.find("exceed the engine's running batch") != std::string::npos);
    QVERIFY(queued->typedArgs.at(1).kind == MessageArg::Kind::Nested);
    // Compared as text: under ASan the same literal may sit at another address per unit.
    QVERIFY(std::string_view(queued->typedArgs.at(1).nested->tmpl) == std::string_view(msg::servingRunningBatch));
    s.run.serving->engine = ServingEngine::Vllm;
    e = estimateMemory(s);
    const auto vllm = std::find_if(e.warnings.begin(), e.warnings.end(), [](const Warning &w) { return w.code == "serving_queue"; });
    QVERIFY(vllm != e.warnings.end());
    QVERIFY(vllm->message.find("exceed max_num_seqs") != std::string::npos);
}

QTEST_APPLESS_MAIN(TestServing)
#include "test_serving.moc"
