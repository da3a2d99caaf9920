// Current architectures: the parameter counts of the published presets (total and, for
// mixtures of experts, active) against the figures their makers published; what the
// new transformer keys change in memory (experts resident, routed activations, expert
// parallelism, the latent KV cache, sliding-window layers, QLoRA's 4-bit base); and the
// reader's refusals of inconsistent keys.

#include "engine/dnn/dnn.h"
#include "engine/dnn/networks.h"
#include "engine/dnn/states.h"
#include "engine/engine.h"
#include "estimate/estimate_json.h"
#include "scenario/codec.h"
#include "scenario/model_keys.h"
#include "scenario/presets.h"

#include <QtTest>

#include <cmath>

using namespace headroom;

namespace {

Scenario languageModel(const char *preset, std::int64_t tokens)
{
    Scenario s;
    s.dataset.samples = 100;
    s.dataset.input = InputShape{InputKind::Tokens, 1, 1, 1, 1, tokens};
    Architecture a;
    a.kind = ArchitectureKind::Preset;
    a.preset = preset;
    s.model.architecture = a;
    s.run.precision = Precision::Bf16;
    s.run.batchSize = 1;
    return s;
}

Scenario generation(const char *preset, std::int64_t prompt, std::int64_t newTokens, std::int64_t batch)
{
    Scenario s = languageModel(preset, prompt);
    s.run.task = Task::Inference;
    s.run.batchSize = batch;
    s.run.generation = Generation{prompt, newTokens};
    return s;
}

dnn::TransformerCounts countsOf(const char *preset)
{
    const PresetInfo *p = findPreset(preset);
    return dnn::transformerCounts(p->config, p->config.seqLen.value_or(0), false);
}

/// A scenario document around an architecture object and a cluster.
std::string document(const std::string &architecture, const std::string &cluster = "{}",
                     const std::string &run = R"({"task": "inference"})")
{
    return R"({"headroom": 1, "dataset": {"samples": 10, "input": {"kind": "tokens", "length": 512}},
               "model": {"framework": "pytorch", "architecture": )"
           + architecture + R"(}, "run": )" + run + R"(, "cluster": )" + cluster + "}";
}

const char *kMoe = R"({"type": "transformer", "layers": 4, "hidden": 256, "heads": 8, "vocab": 1000,
                       "ffn": "swiglu", "norm": "rmsnorm", "positions": "rotary",
                       "moe": {"experts": 8, "experts_per_token": 2, "expert_ffn_hidden": 512}})";

} // namespace

class TestModels : public QObject {
    Q_OBJECT
private slots:
    void exactCounts_data();
    void exactCounts();
    void publishedCounts_data();
    void publishedCounts();
    void everyPresetReadsBack();
    void estimateShowsTotalAndActive();
    void keyTableRoundTrips();
    void refusals_data();
    void refusals();
    void expertsResidentActivationsRouted();
    void expertParallelSplitsExperts();
    void latentKvCache();
    void slidingWindowCapsKvCache();
    void qloraFourBitBase();
    void eightBitBaseTrainsLora();
};

void TestModels::exactCounts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("expected");
    // Exact counts of the released weights (the safetensors index of each Hugging Face
    // repository, shown on the model page as "Model size"; Meta's model cards give
    // 8B / 70B / 405B / 1.23B / 3.21B, Qwen's card 7.61B, Mistral AI 46.7B).
    QTest::newRow("llama-3.1-8b") << "llama-3.1-8b" << qint64(8030261248);
    QTest::newRow("llama-3.1-70b") << "llama-3.1-70b" << qint64(70553706496);
    QTest::newRow("llama-3.1-405b") << "llama-3.1-405b" << qint64(405853388800);
    QTest::newRow("llama-3.2-1b") << "llama-3.2-1b" << qint64(1235814400);
    QTest::newRow("llama-3.2-3b") << "llama-3.2-3b" << qint64(3212749824);
    QTest::newRow("llama-3.3-70b") << "llama-3.3-70b" << qint64(70553706496);
    QTest::newRow("qwen2.5-7b") << "qwen2.5-7b" << qint64(7615616512);
    QTest::newRow("mixtral-8x7b") << "mixtral-8x7b" << qint64(46702792704);
    QTest::newRow("phi-3-mini") << "phi-3-mini" << qint64(3821079552);
    QTest::newRow("phi-4") << "phi-4" << qint64(14659507200);
    QTest::newRow("mistral-nemo-12b") << "mistral-nemo-12b" << qint64(12247782400);
}

void TestModels::exactCounts()
{
    QFETCH(QString, name);
    QFETCH(qint64, expected);
    QCOMPARE(qint64(dnn::presetParameterCount(name.toStdString())), expected);
}

void TestModels::publishedCounts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("total");   // billions, as published
    QTest::addColumn<double>("active");  // billions, as published (0: dense)
    QTest::addColumn<double>("unit");    // the last printed digit
    QTest::addColumn<bool>("activeWithoutEmbedding");
    // Figures rounded or truncated by their publishers: the count must agree to within
    // one unit of the last digit they printed.
    // Qwen2.5 model cards: 72.7B. Qwen3 model cards: 8.2B, 32.8B, 30.5B / 3.3B activated,
    // 235B / 22B activated.
    QTest::newRow("qwen2.5-72b") << "qwen2.5-72b" << 72.7 << 0.0 << 0.1 << false;
    QTest::newRow("qwen3-8b") << "qwen3-8b" << 8.2 << 0.0 << 0.1 << false;
    QTest::newRow("qwen3-32b") << "qwen3-32b" << 32.8 << 0.0 << 0.1 << false;
    QTest::newRow("qwen3-30b-a3b") << "qwen3-30b-a3b" << 30.5 << 3.3 << 0.1 << false;
    QTest::newRow("qwen3-235b-a22b") << "qwen3-235b-a22b" << 235.0 << 22.0 << 1.0 << false;
    // Mistral AI: Mixtral 8x7B "46.7B total, 12.9B per token"; 8x22B "141B, 39B active".
    QTest::newRow("mixtral-8x7b") << "mixtral-8x7b" << 46.7 << 12.9 << 0.1 << false;
    QTest::newRow("mixtral-8x22b") << "mixtral-8x22b" << 141.0 << 39.0 << 1.0 << false;
    // DeepSeek-V3 technical report (arXiv 2412.19437): 671B total, 37B activated per token
    // (the main model; the 14B multi-token-prediction module is not part of it).
    QTest::newRow("deepseek-v3") << "deepseek-v3" << 671.0 << 37.0 << 1.0 << false;
    // Gemma 2 report (arXiv 2408.00118) / model pages: 9.24B, 27.2B. Gemma 3 report
    // (arXiv 2503.19786) Table 1: 27B = 1,416M embedding + 25,600M non-embedding
    // parameters (plus the 417M vision encoder, which is not a transformer key).
    QTest::newRow("gemma-2-9b") << "gemma-2-9b" << 9.24 << 0.0 << 0.01 << false;
    QTest::newRow("gemma-2-27b") << "gemma-2-27b" << 27.2 << 0.0 << 0.1 << false;
    QTest::newRow("gemma-3-27b") << "gemma-3-27b" << 27.0 << 0.0 << 0.1 << false;
    // OpenAI gpt-oss model card (2025), Table 1: 20.91B total / 3.61B active, 116.83B
    // total / 5.13B active; its active count leaves out the input embedding table.
    QTest::newRow("gpt-oss-20b") << "gpt-oss-20b" << 20.91 << 3.61 << 0.01 << true;
    QTest::newRow("gpt-oss-120b") << "gpt-oss-120b" << 116.83 << 5.13 << 0.01 << true;
}

void TestModels::publishedCounts()
{
    QFETCH(QString, name);
    QFETCH(double, total);
    QFETCH(double, active);
    QFETCH(double, unit);
    QFETCH(bool, activeWithoutEmbedding);
    const auto n = countsOf(name.toLatin1().constData());
    const double t = static_cast<double>(n.total) / 1e9;
    QVERIFY2(std::fabs(t - total) < unit, qPrintable(QStringLiteral("total %1 B").arg(t, 0, 'f', 4)));
    if (active > 0.0) {
        const PresetInfo *p = findPreset(name.toStdString());
        double a = static_cast<double>(n.active);
        if (activeWithoutEmbedding)
            a -= static_cast<double>(*p->config.vocab * *p->config.hidden);
        a /= 1e9;
        QVERIFY2(std::fabs(a - active) < unit, qPrintable(QStringLiteral("active %1 B").arg(a, 0, 'f', 4)));
        QVERIFY(n.active < n.total);
    } else {
        QCOMPARE(n.active, n.total);
    }
}

void TestModels::everyPresetReadsBack()
{
    // Every language preset is a valid scenario, and resolves with the defaults applied.
    for (const PresetInfo &p : presets()) {
        if (p.family == PresetFamily::Vision)
            continue;
        const std::string text = document(R"({"preset": ")" + std::string(p.name) + R"("})");
        const auto r = readScenario(text);
        QVERIFY2(r.ok(), r.ok() ? "" : (std::string(p.name) + ": " + r.error().path + ": " + r.error().message).c_str());
    }
}

void TestModels::estimateShowsTotalAndActive()
{
    Scenario s = generation("qwen3-30b-a3b", 128, 128, 1);
    const auto j = estimateToJson(estimateMemory(s));
    QCOMPARE(j["model"]["parameters"].get<std::int64_t>(), countsOf("qwen3-30b-a3b").total);
    QCOMPARE(j["model"]["active_parameters"].get<std::int64_t>(), countsOf("qwen3-30b-a3b").active);
    QCOMPARE(countsOf("qwen3-30b-a3b").total, 30532122624);
    QCOMPARE(countsOf("qwen3-30b-a3b").active, 3353032704);
}

void TestModels::keyTableRoundTrips()
{
    // Every key of the table is written and read back: a scenario setting all of them
    // survives a save and a load.
    const auto r = readScenario(document(R"({"type": "transformer", "layers": 4, "hidden": 256, "heads": 8, "kv_heads": 4,
        "head_dim": 64, "ffn_hidden": 512, "vocab": 1000, "attention_bias": true, "qk_norm": true, "ffn": "swiglu", "norm": "rmsnorm",
        "positions": "rotary",
        "moe": {"experts": 8, "experts_per_token": 2, "expert_ffn_hidden": 128, "shared_experts": 1,
                "shared_expert_ffn_hidden": 256, "first_dense_layers": 1, "expert_bias": true},
        "mla": {"q_lora_rank": 64, "kv_lora_rank": 32, "qk_rope_head_dim": 16, "qk_nope_head_dim": 32, "v_head_dim": 32},
        "sliding_window": {"window": 128, "global_every": 2}})",
                                         R"({"expert_parallel": 2, "nodes": 1, "gpus_per_node": 2})"));
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    const Scenario s = r.value();
    const TransformerConfig &t = s.model.architecture->transformer;
    for (const ModelKey &k : transformerKeys())
        if (k.name != "seq_len" && k.name != "causal" && k.name != "tied_embeddings" && k.name != "attention"
            && k.name != "dropout")
            QVERIFY2(k.isSet(t), k.path().c_str());
    QCOMPARE(*t.moe.sharedExpertFfnHidden, 256);
    QCOMPARE(*t.mla.kvLoraRank, 32);
    QCOMPARE(*t.slidingWindow.globalEvery, 2);
    QCOMPARE(s.cluster.expertParallel, 2);
    const std::string written = writeScenario(s);
    QVERIFY(written.find("\"moe\": {") != std::string::npos);
    const auto again = readScenario(written);
    QVERIFY(again.ok());
    QVERIFY(again.value() == s);
    // A v1 file without the new keys writes none of them.
    const auto plain = readScenario(document(R"({"preset": "llama-2-7b"})"));
    QVERIFY(plain.ok());
    const std::string plainText = writeScenario(plain.value());
    QVERIFY(plainText.find("moe") == std::string::npos);
    QVERIFY(plainText.find("expert_parallel") == std::string::npos);
}

void TestModels::refusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const std::string moeTop = R"({"type": "transformer", "layers": 4, "hidden": 256, "heads": 8, "vocab": 1000,
        "moe": {"experts": 8, "experts_per_token": 9, "expert_ffn_hidden": 512}})";
    QTest::newRow("top-k above experts") << QString::fromStdString(document(moeTop))
                                         << "model.architecture.moe.experts_per_token"
                                         << "experts_per_token (9) must not exceed experts (8)";
    const std::string moeMissing = R"({"type": "transformer", "layers": 4, "hidden": 256, "heads": 8, "vocab": 1000,
        "moe": {"experts_per_token": 2, "expert_ffn_hidden": 512}})";
    QTest::newRow("experts missing") << QString::fromStdString(document(moeMissing)) << "model.architecture.moe.experts"
                                     << "required for a mixture of experts (moe)";
    const std::string dense = R"({"type": "transformer", "layers": 4, "hidden": 256, "heads": 8, "vocab": 1000,
        "moe": {"experts": 8, "experts_per_token": 2, "expert_ffn_hidden": 512, "first_dense_layers": 5}})";
    QTest::newRow("dense layers above layers") << QString::fromStdString(document(dense))
                                               << "model.architecture.moe.first_dense_layers"
                                               << "first_dense_layers (5) must not exceed layers (4)";
    const std::string mla = R"({"type": "transformer", "layers": 4, "hidden": 256, "heads": 8, "vocab": 1000,
        "mla": {"kv_lora_rank": 64, "qk_rope_head_dim": 16, "qk_nope_head_dim": 32}})";
    QTest::newRow("mla incomplete") << QString::fromStdString(document(mla)) << "model.architecture.mla.v_head_dim"
                                    << "required for latent attention (mla)";
    const std::string typo = R"({"type": "transformer", "layers": 4, "hidden": 256, "heads": 8, "vocab": 1000,
        "moe": {"experts": 8, "expert_per_token": 2}})";
    QTest::newRow("misspelt group key") << QString::fromStdString(document(typo))
                                        << "model.architecture.moe.expert_per_token"
                                        << "unknown key (did you mean \"experts_per_token\"?)";
    QTest::newRow("ep without moe") << QString::fromStdString(document(R"({"preset": "llama-2-7b"})",
                                                                      R"({"gpus_per_node": 2, "expert_parallel": 2})"))
                                    << "cluster.expert_parallel"
                                    << "needs a mixture-of-experts model (model.architecture.moe), got 2";
    QTest::newRow("ep not dividing experts")
        << QString::fromStdString(document(kMoe, R"({"gpus_per_node": 3, "expert_parallel": 3})"))
        << "cluster.expert_parallel" << "must divide the number of experts (8), got 3";
    QTest::newRow("ep not dividing dp")
        << QString::fromStdString(document(kMoe, R"({"gpus_per_node": 2, "expert_parallel": 4})"))
        << "cluster.expert_parallel"
        << "must divide the data-parallel degree (2 = devices ÷ tensor × pipeline parallel), got 4";
    QTest::newRow("int4 training without qlora")
        << QString::fromStdString(document(R"({"preset": "llama-2-7b"})", "{}",
                                           R"({"task": "train", "precision": "int4", "finetune": {"method": "lora"}})"))
        << "run.finetune.method"
        << "int4 base weights are trained only through adapters: finetune method lora (int8) or qlora (4-bit)";
    QTest::newRow("qlora over int4")
        << QString::fromStdString(document(R"({"preset": "llama-2-7b"})", "{}",
                                           R"({"task": "train", "precision": "int4", "finetune": {"method": "qlora"}})"))
        << "run.precision"
        << "qlora's base is 4-bit already; precision is the compute dtype (fp32, bf16, fp16, mixed_bf16 or mixed_fp16), got int4";
}

void TestModels::refusals()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const auto r = readScenario(text.toStdString());
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error().path), path);
    QCOMPARE(QString::fromStdString(r.error().message), message);
}

void TestModels::expertsResidentActivationsRouted()
{
    // Mixtral-8x7B inference in bf16: all 8 experts' weights are resident.
    Scenario s = generation("mixtral-8x7b", 512, 0, 1);
    const Estimate e = estimateMemory(s);
    QCOMPARE(e.device->bytesOf("parameters"), Bytes(46702792704) * 2);
    // Training activations grow with the experts each token is routed to, not with E
    // (LoRA on the attention, so that the gradients do not change with E either).
    auto activations = [](std::int64_t k, std::int64_t experts) {
        auto r = readScenario(document(R"({"type": "transformer", "layers": 4, "hidden": 256, "heads": 8, "vocab": 1000,
            "ffn": "swiglu", "norm": "rmsnorm", "positions": "rotary", "dropout": 0,
            "moe": {"experts": )" + std::to_string(experts) + R"(, "experts_per_token": )" + std::to_string(k)
                                       + R"(, "expert_ffn_hidden": 512}})",
                                       "{}", R"({"task": "train", "precision": "bf16", "batch_size": 4,
                                                 "finetune": {"method": "lora"}})"));
        return estimateMemory(r.value()).device->bytesOf("activations");
    };
    const Bytes k1 = activations(1, 8), k2 = activations(2, 8), k2e64 = activations(2, 64);
    QVERIFY(k2 > k1);
    // Per MoE layer and token, one more expert adds its dispatch copy and output
    // (2 × 256), its SwiGLU hidden (4 × 512) and top-k weight and index (fp32 + int64).
    const Bytes perExtraExpert = Bytes(4) * 512 * 4 * (2 * 256 + 4 * 512) * 2 + Bytes(4) * 512 * 4 * 12;
    QCOMPARE(k2 - k1, perExtraExpert);
    // 56 more experts only add router logits (bf16 and the fp32 softmax) per token, up to
    // the caching allocator's rounding of each tensor to 512 bytes.
    const Bytes routerLogits = Bytes(4) * 512 * 4 * 56 * (2 + 4);
    QVERIFY2(std::llabs((k2e64 - k2) - routerLogits) < 4096, qPrintable(QString::number(k2e64 - k2)));
}

void TestModels::expertParallelSplitsExperts()
{
    auto device = [](const std::string &cluster) -> Breakdown {
        auto r = readScenario(document(kMoe, cluster, R"({"task": "train", "precision": "bf16", "optimizer": "adamw"})"));
        if (!r.ok()) {
            qWarning("%s: %s", r.error().path.c_str(), r.error().message.c_str());
            return {};
        }
        return *estimateMemory(r.value()).device;
    };
    const Breakdown one = device(R"({"gpus_per_node": 4})");
    const Breakdown ep4 = device(R"({"gpus_per_node": 4, "expert_parallel": 4})");
    const TransformerConfig c = *resolvedTransformer(readScenario(document(kMoe)).value().model.architecture.value(), 512);
    const auto n = dnn::transformerCounts(c, 512, false);
    QCOMPARE(n.routedExperts, 4 * 8 * 3 * 512 * 256);
    // bf16 weights: the non-expert part whole, the experts a quarter on each rank.
    const Bytes experts = n.routedExperts * 2;
    QCOMPARE(one.bytesOf("parameters"), n.total * 2);
    QCOMPARE(ep4.bytesOf("parameters"), (n.total * 2 - experts) + experts / 4);
    QCOMPARE(ep4.bytesOf("optimizer_states"), (n.total * 4 - experts * 2) + experts * 2 / 4);
    // The all-to-all send and receive buffers (batch 32 × 512 tokens × 2 copies × 256 ×
    // 2 B, twice) beside DDP's gradient buckets (a copy of the gradients).
    QVERIFY(ep4.find("workspace")->derivation.find("all-to-all") != std::string::npos);
    QCOMPARE((ep4.bytesOf("workspace") - ep4.bytesOf("gradients")) - (one.bytesOf("workspace") - one.bytesOf("gradients")),
             Bytes(32) * 512 * 2 * 256 * 2 * 2);
}

void TestModels::latentKvCache()
{
    // DeepSeek-V3 caches 512 latent + 64 rotary-key values per token and layer.
    const Estimate e = estimateMemory(generation("deepseek-v3", 4096, 4096, 8));
    QCOMPARE(e.device->bytesOf("kv_cache"), Bytes(61) * (512 + 64) * 8192 * 8 * 2);
    QVERIFY(e.device->find("kv_cache")->derivation.find("latent") != std::string::npos);
}

void TestModels::slidingWindowCapsKvCache()
{
    // Gemma 2 9B: 21 global layers hold all 8192 positions, 21 local ones the last 4096;
    // 8 KV heads of 256 dimensions, bf16.
    const Estimate e = estimateMemory(generation("gemma-2-9b", 6000, 2192, 2));
    QCOMPARE(e.device->bytesOf("kv_cache"), Bytes(2) * 8 * 256 * (21 * 8192 + 21 * 4096) * 2 * 2);
    // Under the window every layer holds every position.
    const Estimate shortRun = estimateMemory(generation("gemma-2-9b", 1000, 1000, 2));
    QCOMPARE(shortRun.device->bytesOf("kv_cache"), dnn::kvCacheBytes(42, 8, 256, 2000, 2, 2));
    // gpt-oss-20b: 12 of 24 layers keep only 128 positions.
    const Estimate oss = estimateMemory(generation("gpt-oss-20b", 4096, 0, 1));
    QCOMPARE(oss.device->bytesOf("kv_cache"), Bytes(2) * 8 * 64 * (12 * 4096 + 12 * 128) * 2);
}

void TestModels::qloraFourBitBase()
{
    auto r = readScenario(document(R"({"preset": "llama-2-7b"})", "{}",
                                   R"({"task": "train", "precision": "bf16", "batch_size": 1,
                                       "finetune": {"method": "qlora", "rank": 8}})"));
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    const Estimate e = estimateMemory(r.value());
    // Llama-2-7B: 6,738,415,616 parameters, of which the embedding and the LM head
    // (2 × 32000 × 4096) and the 65 norms (65 × 4096) stay bf16; the rest is NF4 with
    // double quantisation: 0.5 B + 1 B per 64 + 4 B per 16384 weights.
    const std::int64_t kept = 2LL * 32000 * 4096 + 65LL * 4096;
    const std::int64_t q = 6738415616LL - kept;
    const Bytes base = q / 2 + q / 64 + 4 * ((q / 64 + 255) / 256) + kept * 2;
    // LoRA r8 on q, k, v, o: 32 × 4 × 8 × (4096 + 4096) = 8,388,608 fp32 adapters.
    QCOMPARE(e.device->bytesOf("parameters"), base + Bytes(8388608) * 4);
    QCOMPARE(e.device->bytesOf("gradients"), Bytes(8388608) * 4);
    QCOMPARE(e.device->bytesOf("optimizer_states"), Bytes(8388608) * 8);
    QCOMPARE(e.device->bytesOf("master_weights"), Bytes(0));
    // The dequantised bf16 copy of the largest linear layer (11008 × 4096), beside the
    // workspaces a bf16 LoRA run has too.
    Scenario lora = r.value();
    lora.run.finetune.method = FinetuneMethod::Lora;
    const Estimate l = estimateMemory(lora);
    QCOMPARE(e.device->bytesOf("workspace") - l.device->bytesOf("workspace"), Bytes(11008) * 4096 * 2);
    QVERIFY(e.device->find("workspace")->derivation.find("dequantised weight") != std::string::npos);
    // FSDP gathers two layers' 4-bit weights at a time, not 16-bit ones: one llama-2-7b
    // block is 4 × 4096² + 3 × 4096 × 11008 + 2 × 4096 = 202,383,360 parameters.
    Scenario fsdp = r.value();
    fsdp.cluster.gpusPerNode = 2;
    fsdp.cluster.dataParallel = DataParallel::Fsdp;
    QCOMPARE(estimateMemory(fsdp).device->bytesOf("workspace") - e.device->bytesOf("workspace"),
             2 * dnn::fourBitBytes(202383360, true));
    QCOMPARE(dnn::fourBitBytes(202383360, true), Bytes(202383360 / 2 + 3162240 + 12353 * 4));
    // Without double quantisation the absmax constants are fp32, one per 64 weights.
    Scenario plain = r.value();
    plain.run.finetune.doubleQuant = false;
    QCOMPARE(estimateMemory(plain).device->bytesOf("parameters") - e.device->bytesOf("parameters"),
             Bytes(q / 64) * 3 - 4 * ((q / 64 + 255) / 256));
}

void TestModels::eightBitBaseTrainsLora()
{
    auto r = readScenario(document(R"({"preset": "llama-2-7b"})", "{}",
                                   R"({"task": "train", "precision": "int8", "finetune": {"method": "lora"}})"));
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    const Estimate e = estimateMemory(r.value());
    // LLM.int8 quantises the linear layers (one 16-bit scale per 128 weights); the token
    // embedding and the untied LM head (2 × 32000 × 4096) stay in 16 bits; the adapters
    // are 16-bit.
    const Bytes kept = Bytes(2) * 32000 * 4096;
    const Bytes q = Bytes(6738415616) - kept;
    QCOMPARE(e.device->bytesOf("parameters"), q + q / 128 * 2 + kept * 2 + Bytes(8388608) * 2);
    Scenario lora = r.value();
    lora.run.precision = Precision::Bf16;
    QCOMPARE(e.device->bytesOf("workspace") - estimateMemory(lora).device->bytesOf("workspace"), Bytes(11008) * 4096 * 2);
    for (const Warning &w : e.warnings)
        QVERIFY(w.code != "quantised_training");
}

QTEST_APPLESS_MAIN(TestModels)
#include "test_models.moc"
