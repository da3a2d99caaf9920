// The optimisation advisor: every saving is the difference of two core estimates, every
// patch gives exactly the scenario estimated, only applicable suggestions appear, ranked.

#include "advisor/advisor.h"
#include "engine/engine.h"
#include "engine/fit/fit.h"
#include "scenario/codec.h"

#include <QtTest>

#include <fstream>
#include <set>
#include <sstream>

using namespace headroom;
using Json = nlohmann::ordered_json;

Q_DECLARE_METATYPE(std::string)

namespace {

Scenario parse(const std::string &text)
{
    auto s = readScenario(text);
    if (!s.ok())
        qFatal("bad test scenario: %s", s.error().text().c_str());
    return s.value();
}

std::string fileText(const std::string &path)
{
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string example(const char *name)
{
    return fileText(std::string(HEADROOM_SOURCE_DIR) + "/resources/examples/" + name + ".headroom.json");
}

// A random forest on a float64 table with a preprocessing copy and parallel jobs.
const char *const kTabular = R"({
  "headroom": 1, "name": "tabular",
  "dataset": {"samples": 12000000, "input": {"kind": "tabular", "features": 100}, "dtype": "float64",
              "preprocessing_copies": 1},
  "model": {"framework": "scikit-learn", "estimator": "RandomForestClassifier",
            "params": {"n_estimators": 100, "max_depth": null, "n_jobs": 8}},
  "run": {"task": "train", "device": "cpu"},
  "hardware": [{"name": "Small 8 GiB", "host_ram_gib": 8}, {"name": "Big 512 GiB", "host_ram_gib": 512}]
})";

// A CNN on float64 images held in memory, with a busy DataLoader.
const char *const kImages = R"({
  "headroom": 1, "name": "images",
  "dataset": {"samples": 100000, "input": {"kind": "image", "height": 64, "width": 64, "channels": 3}, "dtype": "float64"},
  "model": {"framework": "pytorch", "architecture": {"preset": "resnet50"}},
  "run": {"task": "train", "device": "gpu", "batch_size": 64, "precision": "fp32", "optimizer": "adamw",
          "dataloader": {"workers": 8, "prefetch_factor": 4, "pin_memory": true}},
  "cluster": {"nodes": 1, "gpus_per_node": 2},
  "hardware": [{"name": "Box", "host_ram_gib": 64, "gpu": {"model": "L4", "memory_gib": 22, "count": 2}}]
})";

// XGBoost on a sparse table stored dense, with exact split finding.
const char *const kSparse = R"({
  "headroom": 1, "name": "sparse",
  "dataset": {"samples": 1000000, "input": {"kind": "tabular", "features": 10000}, "dtype": "float32", "density": 0.01},
  "model": {"framework": "xgboost", "estimator": "XGBClassifier",
            "params": {"n_estimators": 200, "max_depth": 10, "tree_method": "exact", "n_jobs": -1}},
  "run": {"task": "train", "device": "cpu"},
  "hardware": [{"name": "m 16", "host_ram_gib": 16}]
})";

// Generation with a language model on one GPU.
const char *const kGenerate = R"({
  "headroom": 1, "name": "generate",
  "dataset": {"samples": 1000, "input": {"kind": "tokens", "length": 4096}, "dtype": "int64"},
  "model": {"framework": "pytorch", "architecture": {"preset": "llama-2-7b"}},
  "run": {"task": "inference", "device": "gpu", "batch_size": 8, "precision": "fp16",
          "generation": {"prompt_tokens": 3000, "new_tokens": 1000}},
  "hardware": [{"name": "A100", "host_ram_gib": 128, "gpu": {"model": "A100", "memory_gib": 74.5, "count": 1}}]
})";

// A frozen fine-tune of GPT-2 with eager attention (LoRA must replace "frozen" cleanly).
const char *const kFrozen = R"({
  "headroom": 1, "name": "frozen",
  "dataset": {"samples": 10000, "input": {"kind": "tokens", "length": 1024}, "dtype": "int32", "storage": "streaming"},
  "model": {"framework": "pytorch", "architecture": {"preset": "gpt2", "attention": "eager", "seq_len": 1024}},
  "run": {"task": "train", "batch_size": 6, "precision": "fp32", "optimizer": "adam",
          "finetune": {"method": "frozen", "trainable_fraction": 0.25}},
  "cluster": {"nodes": 1, "gpus_per_node": 4, "data_parallel": "zero1"}
})";

// LightGBM with many leaves.
const char *const kLightgbm = R"({
  "headroom": 1, "name": "lightgbm",
  "dataset": {"samples": 2000000, "input": {"kind": "tabular", "features": 50}, "dtype": "float64"},
  "model": {"framework": "lightgbm", "estimator": "LGBMRegressor", "params": {"num_leaves": 255, "n_jobs": 4}},
  "run": {"task": "train"}
})";

// A linear model trained with partial_fit: it can stream.
const char *const kSgd = R"({
  "headroom": 1, "name": "sgd",
  "dataset": {"samples": 5000000, "input": {"kind": "tabular", "features": 200}, "dtype": "float32"},
  "model": {"framework": "scikit-learn", "estimator": "SGDClassifier"},
  "run": {"task": "train"}
})";

struct Named {
    const char *name;
    std::string text;
};

std::vector<Named> allScenarios()
{
    return {{"tabular", kTabular},
            {"images", kImages},
            {"sparse", kSparse},
            {"generate", kGenerate},
            {"frozen", kFrozen},
            {"lightgbm", kLightgbm},
            {"sgd", kSgd},
            {"example llama2-7b-lora", example("llama2-7b-lora")},
            {"example resnet50-single-gpu", example("resnet50-single-gpu")},
            {"example gpt-13b-zero3-pretrain", example("gpt-13b-zero3-pretrain")},
            {"example tabular-random-forest", example("tabular-random-forest")},
            {"example xgboost-clickthrough", example("xgboost-clickthrough")}};
}

Estimate estimated(const Scenario &s)
{
    EstimateOptions o;
    o.solveLimits = false;
    auto e = estimate(s, o);
    if (!e.ok())
        qFatal("cannot estimate: %s", e.error().text().c_str());
    return e.value();
}

Bytes devicePeak(const Estimate &e) { return e.device ? e.device->peak : 0; }

const Suggestion *findSuggestion(const std::vector<Suggestion> &list, const std::string &id)
{
    for (const auto &s : list)
        if (s.id == id)
            return &s;
    return nullptr;
}

std::set<std::string> ids(const std::vector<Suggestion> &list)
{
    std::set<std::string> out;
    for (const auto &s : list)
        out.insert(s.id);
    return out;
}

} // namespace

class TestAdvisor final : public QObject
{
    Q_OBJECT

private slots:
    void savingsAreDifferences_data();
    void savingsAreDifferences();
    void dataSuggestions_data();
    void dataSuggestions();
    void alternativesForModels_data();
    void alternativesForModels();
    void onlyWhatApplies_data();
    void onlyWhatApplies();
    void makesFit();
    void ranking();
    void mergePatchDeletesWhatIsGone();
    void overProvisioning();
    void datasetLargerThanRam();
    void perDeviceMemory();
    void unestimableScenarioGivesNothing();
};

void TestAdvisor::savingsAreDifferences_data()
{
    QTest::addColumn<std::string>("text");
    for (const auto &n : allScenarios())
        QTest::newRow(n.name) << n.text;
}

// For every suggestion of every scenario: the patch, applied to the scenario's JSON and read
// back, gives a valid scenario; its estimate minus the scenario's is the saving claimed;
// makes_fit lists exactly the candidates that fit after and not before.
void TestAdvisor::savingsAreDifferences()
{
    QFETCH(std::string, text);
    const Scenario s = parse(text);
    const Estimate before = estimated(s);
    const auto list = advise(s);
    for (const Suggestion &sug : list) {
        const QByteArray id = QByteArray::fromStdString(sug.id);
        QVERIFY2(sug.scenarioPatch.is_object() && !sug.scenarioPatch.empty(), id);

        Json doc = scenarioToJson(s);
        doc.merge_patch(sug.scenarioPatch);
        const auto patched = scenarioFromJson(doc);
        QVERIFY2(patched.ok(), id + ": " + QByteArray::fromStdString(patched.ok() ? "" : patched.error().text()));
        QVERIFY2(!validateScenario(patched.value()), id);
        QVERIFY2(patched.value() != s, id);
        QVERIFY2(applyPatch(s, sug.scenarioPatch).value() == patched.value(), id);

        // The same patch applied to the file as written (not the canonical JSON) gives the same scenario.
        Json original = Json::parse(text);
        original.merge_patch(sug.scenarioPatch);
        const auto fromFile = scenarioFromJson(original);
        QVERIFY2(fromFile.ok() && fromFile.value() == patched.value(), id);

        const Estimate after = estimated(patched.value());
        QCOMPARE(sug.hostSaving, before.host.peak - after.host.peak);
        QCOMPARE(sug.deviceSaving, devicePeak(before) - devicePeak(after));
        QVERIFY2(sug.hostSaving > 0 || sug.deviceSaving > 0, id);

        std::vector<std::string> newlyFitting;
        for (std::size_t i = 0; i < before.candidates.size(); ++i) {
            const auto fitsOf = [](const CandidateFit &f) { return f.hostFits && f.deviceFits != false; };
            if (!fitsOf(before.candidates[i]) && fitsOf(after.candidates[i]))
                newlyFitting.push_back(after.candidates[i].machine.name);
        }
        QCOMPARE(sug.makesFit, newlyFitting);
        QVERIFY2(!sug.title.empty() && !sug.cost.empty(), id);
    }
}

void TestAdvisor::dataSuggestions_data()
{
    QTest::addColumn<std::string>("text");
    QTest::addColumn<std::string>("id");
    QTest::addColumn<std::string>("patch");
    QTest::newRow("float64 to float32") << std::string(kTabular) << std::string("dtype_float32")
                                        << std::string(R"({"dataset":{"dtype":"float32"}})");
    QTest::newRow("drop preprocessing copies") << std::string(kTabular) << std::string("drop_preprocessing_copies")
                                               << std::string(R"({"dataset":{"preprocessing_copies":0}})");
    QTest::newRow("csr at density 0.01") << std::string(kSparse) << std::string("csr")
                                         << std::string(R"({"dataset":{"layout":"csr"}})");
    QTest::newRow("streaming") << std::string(kImages) << std::string("streaming")
                               << std::string(R"({"dataset":{"storage":"streaming"}})");
    QTest::newRow("memory mapping") << std::string(kImages) << std::string("memory_mapped")
                                    << std::string(R"({"dataset":{"storage":"memory_mapped"}})");
    QTest::newRow("float16 images") << std::string(kImages) << std::string("dtype_float16")
                                    << std::string(R"({"dataset":{"dtype":"float16"}})");
    QTest::newRow("uint8 images") << std::string(kImages) << std::string("images_uint8")
                                  << std::string(R"({"dataset":{"dtype":"uint8"}})");
    QTest::newRow("fewer workers") << std::string(kImages) << std::string("fewer_workers")
                                   << std::string(R"({"run":{"dataloader":{"workers":4}}})");
    QTest::newRow("fewer prefetched batches") << std::string(kImages) << std::string("less_prefetch")
                                              << std::string(R"({"run":{"dataloader":{"prefetch_factor":1}}})");
    QTest::newRow("no pinned copy") << std::string(kImages) << std::string("no_pin_memory")
                                    << std::string(R"({"run":{"dataloader":{"pin_memory":false}}})");
    QTest::newRow("micro-batch keeps the effective batch")
        << std::string(kImages) << std::string("micro_batch")
        << std::string(R"({"run":{"batch_size":32,"gradient_accumulation":2}})");
    QTest::newRow("int32 token ids") << example("llama2-7b-lora") << std::string("tokens_int32")
                                     << std::string(R"({"dataset":{"dtype":"int32"}})");
}

// The data side has real savings today: each suggestion is there, with the patch described,
// and a host saving that is the difference of the two estimates and not zero.
void TestAdvisor::dataSuggestions()
{
    QFETCH(std::string, text);
    QFETCH(std::string, id);
    QFETCH(std::string, patch);
    const Scenario s = parse(text);
    const auto list = advise(s);
    const Suggestion *sug = findSuggestion(list, id);
    QVERIFY2(sug, id.c_str());
    QCOMPARE(sug->scenarioPatch, Json::parse(patch));
    const Estimate before = estimated(s);
    const Estimate after = estimated(applyPatch(s, sug->scenarioPatch).value());
    QVERIFY(after.host.peak < before.host.peak);
    QCOMPARE(sug->hostSaving, before.host.peak - after.host.peak);
}

void TestAdvisor::alternativesForModels_data()
{
    QTest::addColumn<std::string>("text");
    QTest::addColumn<std::string>("id");
    QTest::addColumn<std::string>("patch");
    QTest::newRow("frozen: micro_batch") << std::string(kFrozen) << std::string("micro_batch")
                                << std::string(R"({"run":{"batch_size":3,"gradient_accumulation":2}})");
    QTest::newRow("frozen: mixed_precision") << std::string(kFrozen) << std::string("mixed_precision")
                                << std::string(R"({"run":{"precision":"mixed_bf16"}})");
    QTest::newRow("frozen: checkpoint_selective") << std::string(kFrozen) << std::string("checkpoint_selective")
                                << std::string(R"({"run":{"activation_checkpointing":"selective"}})");
    QTest::newRow("frozen: checkpoint_full") << std::string(kFrozen) << std::string("checkpoint_full")
                                << std::string(R"({"run":{"activation_checkpointing":"full"}})");
    QTest::newRow("frozen: flash_attention") << std::string(kFrozen) << std::string("flash_attention")
                                << std::string(R"({"model":{"architecture":{"attention":"flash"}}})");
    QTest::newRow("frozen: optimizer_adam_8bit") << std::string(kFrozen) << std::string("optimizer_adam_8bit")
                                << std::string(R"({"run":{"optimizer":"adam_8bit"}})");
    QTest::newRow("frozen: optimizer_adafactor") << std::string(kFrozen) << std::string("optimizer_adafactor")
                                << std::string(R"({"run":{"optimizer":"adafactor"}})");
    QTest::newRow("frozen: optimizer_sgd") << std::string(kFrozen) << std::string("optimizer_sgd")
                                << std::string(R"({"run":{"optimizer":"sgd_momentum"}})");
    QTest::newRow("frozen: zero2") << std::string(kFrozen) << std::string("zero2")
                                << std::string(R"({"cluster":{"data_parallel":"zero2"}})");
    QTest::newRow("frozen: zero3") << std::string(kFrozen) << std::string("zero3")
                                << std::string(R"({"cluster":{"data_parallel":"zero3"}})");
    QTest::newRow("frozen: offload_optimizer") << std::string(kFrozen) << std::string("offload_optimizer")
                                << std::string(R"({"cluster":{"offload":"optimizer"}})");
    QTest::newRow("frozen: offload_parameters") << std::string(kFrozen) << std::string("offload_parameters")
                                << std::string(R"({"cluster":{"offload":"optimizer_and_parameters"}})");
    QTest::newRow("frozen: lora") << std::string(kFrozen) << std::string("lora")
                                << std::string(R"({"run":{"finetune":{"method":"lora","trainable_fraction":null,"rank":8}}})");
    QTest::newRow("frozen: shorter_context") << std::string(kFrozen) << std::string("shorter_context")
                                << std::string(R"({"dataset":{"samples":20000,"input":{"length":512}},"model":{"architecture":{"seq_len":512}}})");
    QTest::newRow("generate: int8_weights") << std::string(kGenerate) << std::string("int8_weights")
                                << std::string(R"({"run":{"precision":"int8"}})");
    QTest::newRow("generate: int4_weights") << std::string(kGenerate) << std::string("int4_weights")
                                << std::string(R"({"run":{"precision":"int4"}})");
    QTest::newRow("generate: shorter_context") << std::string(kGenerate) << std::string("shorter_context")
                                << std::string(R"({"run":{"generation":{"prompt_tokens":1500}}})");
    QTest::newRow("sparse: limit_tree_depth") << std::string(kSparse) << std::string("limit_tree_depth")
                                << std::string(R"({"model":{"params":{"max_depth":6}}})");
    QTest::newRow("sparse: quantile_dmatrix") << std::string(kSparse) << std::string("quantile_dmatrix")
                                << std::string(R"({"model":{"params":{"tree_method":"hist"}}})");
    QTest::newRow("sparse: fewer_jobs") << std::string(kSparse) << std::string("fewer_jobs")
                                << std::string(R"({"model":{"params":{"n_jobs":1}}})");
    QTest::newRow("tabular: limit_tree_depth") << std::string(kTabular) << std::string("limit_tree_depth")
                                << std::string(R"({"model":{"params":{"max_depth":16}}})");
    QTest::newRow("tabular: fewer_jobs") << std::string(kTabular) << std::string("fewer_jobs")
                                << std::string(R"({"model":{"params":{"n_jobs":4}}})");
    QTest::newRow("SGDClassifier (partial_fit): streaming") << std::string(kSgd) << std::string("streaming")
                                << std::string(R"({"dataset":{"storage":"streaming"}})");
    QTest::newRow("lightgbm: limit_tree_leaves") << std::string(kLightgbm) << std::string("limit_tree_leaves")
                                << std::string(R"({"model":{"params":{"num_leaves":31}}})");
    QTest::newRow("lightgbm: fewer_jobs") << std::string(kLightgbm) << std::string("fewer_jobs")
                                << std::string(R"({"model":{"params":{"n_jobs":2}}})");
}

// Deep-learning and classical alternatives are proposed where they apply, with the patch
// described, whatever the engines make of them today: any saving (zero included, until the
// engines model it) is the difference of the two estimates, and advise() shows it exactly
// when it is positive.
void TestAdvisor::alternativesForModels()
{
    QFETCH(std::string, text);
    QFETCH(std::string, id);
    QFETCH(std::string, patch);
    const Scenario s = parse(text);
    const auto all = alternatives(s);
    const Suggestion *alt = findSuggestion(all, id);
    QVERIFY2(alt, id.c_str());
    QCOMPARE(alt->scenarioPatch, Json::parse(patch));
    const auto patched = applyPatch(s, alt->scenarioPatch);
    QVERIFY(patched.ok());
    QVERIFY(!validateScenario(patched.value()));
    const Estimate before = estimated(s);
    const Estimate after = estimated(patched.value());
    QCOMPARE(alt->hostSaving, before.host.peak - after.host.peak);
    QCOMPARE(alt->deviceSaving, devicePeak(before) - devicePeak(after));
    const bool saves = alt->hostSaving > 0 || alt->deviceSaving > 0;
    QCOMPARE(findSuggestion(advise(s), id) != nullptr, saves);
}

void TestAdvisor::onlyWhatApplies_data()
{
    QTest::addColumn<std::string>("text");
    QTest::addColumn<QStringList>("absent");
    const QStringList deep = {QStringLiteral("micro_batch"), QStringLiteral("mixed_precision"), QStringLiteral("lora"),
                              QStringLiteral("flash_attention"), QStringLiteral("zero3"), QStringLiteral("offload_optimizer"),
                              QStringLiteral("int4_weights"), QStringLiteral("checkpoint_full"),
                              QStringLiteral("fewer_workers"), QStringLiteral("dtype_float16")};
    const QStringList classical = {QStringLiteral("limit_tree_depth"), QStringLiteral("limit_tree_leaves"),
                                   QStringLiteral("quantile_dmatrix"), QStringLiteral("fewer_jobs")};
    QTest::newRow("random forest: no deep-learning tips, no streaming")
        << std::string(kTabular) << (deep + QStringList{QStringLiteral("streaming")});
    QTest::newRow("xgboost: no deep-learning tips, no streaming")
        << std::string(kSparse) << (deep + QStringList{QStringLiteral("streaming")});
    QTest::newRow("training CNN: no classical, LoRA, int8 or attention tips")
        << std::string(kImages)
        << (classical + QStringList{QStringLiteral("lora"), QStringLiteral("int8_weights"), QStringLiteral("flash_attention"),
                                    QStringLiteral("checkpoint_selective"), QStringLiteral("shorter_context")});
    QTest::newRow("inference: no training tips")
        << std::string(kGenerate)
        << (classical + QStringList{QStringLiteral("micro_batch"), QStringLiteral("mixed_precision"), QStringLiteral("lora"),
                                    QStringLiteral("optimizer_adam_8bit"), QStringLiteral("zero1"),
                                    QStringLiteral("checkpoint_full"), QStringLiteral("offload_optimizer")});
    QTest::newRow("already streaming, single device, no copies")
        << example("resnet50-single-gpu")
        << QStringList{QStringLiteral("streaming"), QStringLiteral("memory_mapped"), QStringLiteral("zero1"),
                       QStringLiteral("zero3"), QStringLiteral("drop_preprocessing_copies")};
}

void TestAdvisor::onlyWhatApplies()
{
    QFETCH(std::string, text);
    QFETCH(QStringList, absent);
    const auto got = ids(advise(parse(text)));
    for (const QString &id : absent)
        QVERIFY2(!got.count(id.toStdString()), qPrintable(id));
}

// A candidate between the need with and without float32 data is reported as made to fit.
void TestAdvisor::makesFit()
{
    Scenario s = parse(kTabular);
    const Estimate before = estimated(s);
    Scenario f32 = s;
    f32.dataset.dtype = DType::Float32;
    const Estimate after = estimated(f32);
    const Bytes needBefore = hostNeed(s, before), needAfter = hostNeed(f32, after);
    QVERIFY(needAfter < needBefore);
    HardwareCandidate mid;
    mid.name = "Between";
    mid.hostRamGib = static_cast<double>(needAfter + (needBefore - needAfter) / 2) / static_cast<double>(GiB);
    s.hardware.push_back(mid);

    const auto list = advise(s);
    const Suggestion *sug = findSuggestion(list, "dtype_float32");
    QVERIFY(sug);
    QCOMPARE(sug->makesFit, std::vector<std::string>{"Between"});
    // Ranked first: nothing else can make more candidates fit than the ones that do.
    QVERIFY(!list.front().makesFit.empty());
}

void TestAdvisor::ranking()
{
    for (const auto &n : allScenarios()) {
        const auto list = advise(parse(n.text));
        for (std::size_t i = 1; i < list.size(); ++i) {
            const Suggestion &a = list[i - 1], &b = list[i];
            QVERIFY2(a.makesFit.size() >= b.makesFit.size(), n.name);
            if (a.makesFit.size() == b.makesFit.size()) {
                QVERIFY2(a.deviceSaving >= b.deviceSaving, n.name);
                if (a.deviceSaving == b.deviceSaving)
                    QVERIFY2(a.hostSaving >= b.hostSaving, n.name);
            }
        }
    }
}

void TestAdvisor::mergePatchDeletesWhatIsGone()
{
    const Scenario s = parse(kFrozen);
    Scenario lora = s;
    lora.run.finetune.method = FinetuneMethod::Lora;
    lora.run.finetune.rank = 8;
    const Json patch = mergePatchBetween(scenarioToJson(s), scenarioToJson(lora));
    QCOMPARE(patch, Json::parse(R"({"run":{"finetune":{"method":"lora","trainable_fraction":null,"rank":8}}})"));
    QCOMPARE(scenarioToJson(applyPatch(s, patch).value()), scenarioToJson(lora));
}

// The candidate far above the recommendation is flagged with the price difference to the
// recommended one; the sizes come from the estimate so the test holds as the engine grows.
void TestAdvisor::overProvisioning()
{
    Scenario s = parse(kTabular);
    s.hardware.clear();
    const Estimate e0 = estimated(s);
    const double recommendedGib = static_cast<double>(e0.recommendation.hostRecommended) / static_cast<double>(GiB);
    HardwareCandidate right{"", "Right size", recommendedGib * 1.3, std::nullopt, Price{5000, "USD"}};
    HardwareCandidate huge{"", "Huge", recommendedGib * 8, std::nullopt, Price{20000, "USD"}};
    s.hardware = {right, huge};
    const Estimate e = estimated(s);
    const auto list = pitfalls(s, e);
    const auto it = std::find_if(list.begin(), list.end(), [](const Pitfall &p) { return p.code == "over_provisioning"; });
    QVERIFY(it != list.end());
    QCOMPARE(it->candidate, std::string("Huge"));
    QCOMPARE(it->alternative, std::string("Right size"));
    QCOMPARE(it->priceDifference.value_or(0), 15000.0);
    QCOMPARE(it->need, e.recommendation.hostRecommended);
    QVERIFY(it->message.find("15,000 USD") != std::string::npos);
    QCOMPARE(std::count_if(list.begin(), list.end(), [](const Pitfall &p) { return p.code == "over_provisioning"; }), 1);
}

void TestAdvisor::datasetLargerThanRam()
{
    const Scenario s = parse(kTabular);
    const auto list = pitfalls(s, estimated(s));
    const auto it = std::find_if(list.begin(), list.end(), [](const Pitfall &p) { return p.code == "dataset_exceeds_ram"; });
    QVERIFY(it != list.end());
    QCOMPARE(it->candidate, std::string("Small 8 GiB"));
    QCOMPARE(it->need, Bytes{12'000'000} * 100 * 8);
    QCOMPARE(it->available, 8 * GiB);
    QCOMPARE(std::count_if(list.begin(), list.end(), [](const Pitfall &p) { return p.code == "dataset_exceeds_ram"; }), 1);

    // Streamed, nothing is held: no warning.
    Scenario streamed = parse(kImages);
    streamed.dataset.storage = Storage::Streaming;
    const auto none = pitfalls(streamed, estimated(streamed));
    QVERIFY(std::none_of(none.begin(), none.end(), [](const Pitfall &p) { return p.code == "dataset_exceeds_ram"; }));
}

void TestAdvisor::perDeviceMemory()
{
    const Scenario s = parse(kImages);
    const Estimate e = estimated(s);
    const auto list = pitfalls(s, e);
    const bool warned = std::any_of(list.begin(), list.end(), [](const Pitfall &p) { return p.code == "per_device_memory"; });
    // A two-device run warns as soon as the engine puts memory on the devices.
    QCOMPARE(warned, e.device && e.device->peak > 0);

    const Scenario single = parse(kGenerate);
    const auto none = pitfalls(single, estimated(single));
    QVERIFY(std::none_of(none.begin(), none.end(), [](const Pitfall &p) { return p.code == "per_device_memory"; }));
}

void TestAdvisor::unestimableScenarioGivesNothing()
{
    Scenario s = parse(kTabular);
    HardwareCandidate unknown;
    unknown.catalogId = "no-such-machine";
    s.hardware.push_back(unknown);
    QVERIFY(advise(s).empty());
}

QTEST_APPLESS_MAIN(TestAdvisor)
#include "test_advisor.moc"
