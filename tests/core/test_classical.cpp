// The classical-estimator engine: what a user would notice in the breakdown of a
// scikit-learn, XGBoost or LightGBM estimate. Byte figures of the fixed scenarios are
// derived by hand in the comments from the mechanisms the engine models.

#include "engine/context.h"
#include "engine/engine.h"
#include "scenario/codec.h"

#include <QtTest>

using namespace headroom;

namespace {

Scenario tabular(Framework fw, const char *estimator, std::int64_t samples, std::int64_t features, DType dtype,
                 nlohmann::ordered_json params = nlohmann::ordered_json::object())
{
    Scenario s;
    s.dataset.samples = samples;
    s.dataset.input.kind = InputKind::Tabular;
    s.dataset.input.features = features;
    s.dataset.dtype = dtype;
    s.model.framework = fw;
    s.model.estimator = estimator;
    s.model.params = std::move(params);
    return s;
}

Scenario sk(const char *estimator, std::int64_t samples, std::int64_t features, DType dtype,
            nlohmann::ordered_json params = nlohmann::ordered_json::object())
{
    return tabular(Framework::ScikitLearn, estimator, samples, features, dtype, std::move(params));
}

bool hasWarning(const Estimate &e, const std::string &code, std::string *message = nullptr)
{
    for (const Warning &w : e.warnings)
        if (w.code == code) {
            if (message)
                *message = w.message;
            return true;
        }
    return false;
}

Bytes sumOfComponents(const Breakdown &b)
{
    Bytes t = 0;
    for (const Component &c : b.components)
        t += c.bytes;
    return t;
}

} // namespace

class TestClassical : public QObject {
    Q_OBJECT

private slots:
    void handDerivedComponents_data();
    void handDerivedComponents();
    void forestGrowsWithTreesAndIsBoundedByDepth_data();
    void forestGrowsWithTreesAndIsBoundedByDepth();
    void fullyGrownForestWarns();
    void treesCopyFloat64ToFloat32_data();
    void treesCopyFloat64ToFloat32();
    void quantileDMatrixSmallerThanDMatrix();
    void xgboostOnGpuUsesDeviceMemory();
    void unknownEstimatorWarnsAndCountsData();
    void float64DataWarnsWithSaving();
    void denseLowDensityWarnsWithCsrSize();
    void logisticSolversDiffer();
    void absurdSizesSaturate();
    void crossValidationCopiesTheDataPerFit();
    void crossValidationInWorkersCountsEachWorker();
    void crossValidationIsReadAndRefused();
    void csvLoadAboveTheFitIsCounted();
    void everyKnownEstimatorHasRuntimeAndNoSilentZero_data();
    void everyKnownEstimatorHasRuntimeAndNoSilentZero();
};

void TestClassical::handDerivedComponents_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<QString>("component");
    QTest::addColumn<qint64>("bytes");

    // StandardScaler, 1,000 × 10 float64: fit makes a NaN mask (10,000 B) and X − mean in
    // float64 (80,000 B) = 90,000 B, more than the 80,000 B transformed copy kept later.
    Scenario scaler = sk("StandardScaler", 1000, 10, DType::Float64);
    scaler.dataset.targets.count = 0;
    QTest::newRow("StandardScaler fit temporaries") << scaler << "workspace" << qint64(90000);

    // KMeans, 10,000 × 20 float64, default tol: copy_x copy 1,600,000 B, and np.var's
    // X − mean 1,600,000 B at the same time (the tolerance), more than Lloyd's phase.
    Scenario km = sk("KMeans", 10000, 20, DType::Float64, {{"n_clusters", 8}});
    km.dataset.targets.count = 0;
    QTest::newRow("KMeans copy_x") << km << "preprocessing_copies" << qint64(1600000);
    QTest::newRow("KMeans np.var temporary") << km << "workspace" << qint64(1600000);

    // SVC, 1,000 × 10 float64: the kernel cache is min(200 MiB, 1,000² × 4 B) = 4,000,000 B;
    // solver arrays 1,000 × 56 B = 56,000 B; row nodes 1,000 × 16 B = 16,000 B.
    QTest::newRow("SVC kernel cache") << sk("SVC", 1000, 10, DType::Float64) << "workspace" << qint64(4072000);

    // DecisionTreeRegressor, 1,000 × 4 float32, fully grown: 2 × 1,000 − 1 = 1,999 nodes;
    // being grown: 1,999 × 56 B + value array at capacity 2,047 × 8 B = 128,320 B.
    QTest::newRow("DecisionTree nodes") << sk("DecisionTreeRegressor", 1000, 4, DType::Float32) << "model_structure" << qint64(128320);
    // y as float64 8,000 B + splitter 1,000 × 12 B = 20,000 B.
    QTest::newRow("DecisionTree splitter") << sk("DecisionTreeRegressor", 1000, 4, DType::Float32) << "workspace" << qint64(20000);

    // XGBRegressor exact, 10,000 × 10 float32, 5 trees of depth 3: DMatrix SparsePage
    // 100,000 × 8 B + 10,001 × 8 B offsets = 880,008 B.
    const auto exact = tabular(Framework::XGBoost, "XGBRegressor", 10000, 10, DType::Float32,
                               {{"tree_method", "exact"}, {"n_estimators", 5}, {"max_depth", 3}});
    QTest::newRow("XGBoost DMatrix") << exact << "preprocessing_copies" << qint64(880008);
    // Sorted column copy 800,000 + 11 × 8 B, and 10,000 × 40 B per-row vectors = 1,200,088 B.
    QTest::newRow("XGBoost exact workspace") << exact << "workspace" << qint64(1200088);
    // 5 trees × 15 nodes × 36 B = 2,700 B.
    QTest::newRow("XGBoost booster") << exact << "model_structure" << qint64(2700);

    // Ridge (cholesky), 50,000 × 20 float32: copy_X centres a float32 copy, 4,000,000 B.
    QTest::newRow("Ridge centred copy") << sk("Ridge", 50000, 20, DType::Float32) << "preprocessing_copies" << qint64(4000000);

    // HistGradientBoostingRegressor, 10,000 × 10 float32, 10 iterations (early stopping
    // "auto" is off at 10,000 samples): float64 copy 800,000 B + uint8 bins 100,000 B.
    const Scenario hgb = sk("HistGradientBoostingRegressor", 10000, 10, DType::Float32, {{"max_iter", 10}});
    QTest::newRow("HistGB copies") << hgb << "preprocessing_copies" << qint64(900000);
    // y 80,000 B + raw predictions, gradients, hessians 10,000 × 16 B + partition buffers
    // 10,000 × 12 B + 31 histograms × 10 features × 256 bins × 20 B = 1,947,200 B.
    QTest::newRow("HistGB workspace") << hgb << "workspace" << qint64(1947200);
    // 10 trees × 61 nodes × 64 B.
    QTest::newRow("HistGB predictors") << hgb << "model_structure" << qint64(39040);

    // Lasso, 10,000 × 10 float64: Fortran copy 800,000 B; np.square(X) 800,000 B plus
    // residual and y 2 × 10,000 × 8 B = 960,000 B of workspace.
    QTest::newRow("Lasso Fortran copy") << sk("Lasso", 10000, 10, DType::Float64) << "preprocessing_copies" << qint64(800000);
    QTest::newRow("Lasso workspace") << sk("Lasso", 10000, 10, DType::Float64) << "workspace" << qint64(960000);
}

void TestClassical::handDerivedComponents()
{
    QFETCH(Scenario, scenario);
    QFETCH(QString, component);
    QFETCH(qint64, bytes);
    const Estimate e = estimateMemory(scenario);
    QCOMPARE(e.host.bytesOf(component.toStdString()), bytes);
    QCOMPARE(e.host.peak, sumOfComponents(e.host));
}

void TestClassical::forestGrowsWithTreesAndIsBoundedByDepth_data()
{
    QTest::addColumn<QString>("estimator");
    QTest::addColumn<int>("depth");
    QTest::newRow("random forest classifier, depth 8") << "RandomForestClassifier" << 8;
    QTest::newRow("random forest regressor, depth 12") << "RandomForestRegressor" << 12;
    QTest::newRow("extra trees classifier, depth 10") << "ExtraTreesClassifier" << 10;
    QTest::newRow("extra trees regressor, depth 20") << "ExtraTreesRegressor" << 20;
}

void TestClassical::forestGrowsWithTreesAndIsBoundedByDepth()
{
    QFETCH(QString, estimator);
    QFETCH(int, depth);
    const std::string name = estimator.toStdString();
    const auto forest = [&](int trees, std::optional<int> maxDepth) {
        nlohmann::ordered_json p = {{"n_estimators", trees}};
        p["max_depth"] = maxDepth ? nlohmann::ordered_json(*maxDepth) : nlohmann::ordered_json(nullptr);
        return estimateMemory(sk(name.c_str(), 200000, 20, DType::Float32, p)).host.bytesOf("model_structure");
    };
    const Bytes ten = forest(10, std::nullopt);
    const Bytes hundred = forest(100, std::nullopt);
    QVERIFY(ten > 0);
    QVERIFY2(hundred > 9 * ten, "100 trees hold about ten times what 10 trees hold");

    // A tree of depth d has at most 2^(d+1) − 1 nodes of at most 72 B (56 B node + 2 × 8 B values).
    const Bytes bounded = forest(100, depth);
    const Bytes maxNodes = (Bytes{2} << depth) - 1;
    QVERIFY2(bounded <= 100 * maxNodes * 72, "depth-limited trees stay within the full binary tree");
    QVERIFY2(bounded < hundred, "a depth limit makes the forest smaller than fully grown trees");
}

void TestClassical::fullyGrownForestWarns()
{
    const Estimate e = estimateMemory(sk("RandomForestClassifier", 200000, 8, DType::Float32, {{"n_estimators", 20}, {"max_depth", nullptr}}));
    std::string message;
    QVERIFY(hasWarning(e, "fully_grown_trees", &message));
    // The warning names the node count and the bytes (measured case: 85,276 nodes per tree).
    QVERIFY2(message.find("nodes per tree") != std::string::npos, message.c_str());
    QVERIFY2(message.find("MiB") != std::string::npos, message.c_str());
    const Estimate bounded = estimateMemory(sk("RandomForestClassifier", 200000, 8, DType::Float32, {{"max_depth", 10}}));
    QVERIFY(!hasWarning(bounded, "fully_grown_trees"));
}

void TestClassical::treesCopyFloat64ToFloat32_data()
{
    QTest::addColumn<QString>("estimator");
    for (const char *e : {"DecisionTreeClassifier", "RandomForestRegressor", "ExtraTreesClassifier", "GradientBoostingRegressor"})
        QTest::newRow(e) << e;
}

void TestClassical::treesCopyFloat64ToFloat32()
{
    QFETCH(QString, estimator);
    const std::string name = estimator.toStdString();
    // float64 data: the trees' float32 copy, 100,000 × 30 × 4 B = 12,000,000 B.
    const Estimate f64 = estimateMemory(sk(name.c_str(), 100000, 30, DType::Float64, {{"max_depth", 6}}));
    QCOMPARE(f64.host.bytesOf("preprocessing_copies"), Bytes{12000000});
    QVERIFY(f64.host.find("preprocessing_copies")->derivation.find("float32") != std::string::npos);
    // float32 data is used as it is.
    const Estimate f32 = estimateMemory(sk(name.c_str(), 100000, 30, DType::Float32, {{"max_depth", 6}}));
    QCOMPARE(f32.host.bytesOf("preprocessing_copies"), Bytes{0});
}

void TestClassical::quantileDMatrixSmallerThanDMatrix()
{
    const auto xgb = [](const char *method) {
        return estimateMemory(tabular(Framework::XGBoost, "XGBClassifier", 1000000, 50, DType::Float32,
                                      {{"tree_method", method}, {"n_estimators", 10}}));
    };
    const Estimate hist = xgb("hist");
    const Estimate exact = xgb("exact");
    // QuantileDMatrix: 1 B bin + 1 B column bin + 1 B missing flag per value (plus row
    // pointers); DMatrix: 8 B per value.
    const Bytes quantile = hist.host.bytesOf("preprocessing_copies");
    const Bytes dmatrix = exact.host.bytesOf("preprocessing_copies");
    QVERIFY(quantile > 0);
    QVERIFY2(quantile * 2 < dmatrix, "the quantised matrix is far smaller than the DMatrix");
    QVERIFY(hist.host.find("preprocessing_copies")->derivation.find("QuantileDMatrix") != std::string::npos);
    QVERIFY(exact.host.find("preprocessing_copies")->derivation.find("DMatrix") != std::string::npos);
}

void TestClassical::xgboostOnGpuUsesDeviceMemory()
{
    Scenario s = tabular(Framework::XGBoost, "XGBRegressor", 1000000, 50, DType::Float32, {{"tree_method", "gpu_hist"}});
    const Estimate e = estimateMemory(s);
    QVERIFY(e.device.has_value());
    QVERIFY(e.device->bytesOf("dataset") > 0);
    QVERIFY(e.device->bytesOf("framework_runtime") > 0);
    // Depth 6 with 256 bins × 50 features: 63 node histograms × 12,800 bins × 16 B.
    QVERIFY(e.device->bytesOf("workspace") >= Bytes{63} * 12800 * 16);
    Scenario cpu = tabular(Framework::XGBoost, "XGBRegressor", 1000000, 50, DType::Float32, {{"tree_method", "hist"}});
    QVERIFY(!estimateMemory(cpu).device.has_value());
}

void TestClassical::unknownEstimatorWarnsAndCountsData()
{
    // IsolationForest is not modelled: a warning, and the runtime + data are still there.
    const Estimate e = estimateMemory(sk("IsolationForest", 1000, 10, DType::Float32));
    std::string message;
    QVERIFY(hasWarning(e, "estimator_not_modelled", &message));
    QVERIFY2(message.find("IsolationForest") != std::string::npos, message.c_str());
    QCOMPARE(e.host.bytesOf("dataset"), Bytes{40000}); // 1,000 × 10 × 4 B
    QCOMPARE(e.host.bytesOf("targets"), Bytes{8000});  // 1,000 × int64
    QVERIFY(e.host.bytesOf("framework_runtime") > 90 * MiB);
    QCOMPARE(e.host.peak, e.host.bytesOf("framework_runtime") + 48000);
}

void TestClassical::float64DataWarnsWithSaving()
{
    const Estimate e = estimateMemory(sk("RandomForestRegressor", 1000000, 100, DType::Float64, {{"max_depth", 8}}));
    std::string message;
    QVERIFY(hasWarning(e, "float64_data", &message));
    // 800,000,000 B stored; as float32 400,000,000 B, and the trees' float32 copy
    // (400,000,000 B) is no longer made: 800,000,000 B = 763 MiB less at the peak.
    QVERIFY2(message.find("saving 763 MiB") != std::string::npos, message.c_str());
    QVERIFY(!hasWarning(estimateMemory(sk("RandomForestRegressor", 1000, 10, DType::Float32)), "float64_data"));
    // lbfgs validates float64: float32 storage would add a float64 copy, so no advice.
    QVERIFY(!hasWarning(estimateMemory(sk("LogisticRegression", 1000000, 100, DType::Float64)), "float64_data"));
}

void TestClassical::denseLowDensityWarnsWithCsrSize()
{
    Scenario s = sk("LogisticRegression", 100000, 10000, DType::Float32);
    s.dataset.density = 0.01;
    std::string message;
    QVERIFY(hasWarning(estimateMemory(s), "dense_sparse_data", &message));
    // CSR: 100,000 rows × 100 non-zeros × (4 + 4) B + 100,001 × 4 B = 80,400,004 B = 76.7 MiB.
    QVERIFY2(message.find("76.7 MiB") != std::string::npos, message.c_str());
    s.dataset.density = 0.9;
    QVERIFY(!hasWarning(estimateMemory(s), "dense_sparse_data"));
}

void TestClassical::logisticSolversDiffer()
{
    // lbfgs validates float64: float32 data is copied (200,000 × 50 × 8 B); saga keeps float32.
    const Estimate lbfgs = estimateMemory(sk("LogisticRegression", 200000, 50, DType::Float32));
    const Estimate saga = estimateMemory(sk("LogisticRegression", 200000, 50, DType::Float32, {{"solver", "saga"}}));
    QCOMPARE(lbfgs.host.bytesOf("preprocessing_copies"), Bytes{80000000});
    QCOMPARE(saga.host.bytesOf("preprocessing_copies"), Bytes{0});
    // newton-cg holds two hessian-weighted copies of X (the current and the previous
    // iterate's, 2 × 200,000 × 50 × 8 B) next to the five per-sample vectors
    // (200,000 × 5 × 8 B): 168,000,000 B, far above lbfgs' vectors.
    const Estimate newton = estimateMemory(sk("LogisticRegression", 200000, 50, DType::Float64, {{"solver", "newton-cg"}}));
    const Estimate lbfgs64 = estimateMemory(sk("LogisticRegression", 200000, 50, DType::Float64));
    QCOMPARE(newton.host.bytesOf("workspace"), Bytes{168000000});
    QVERIFY(lbfgs64.host.bytesOf("workspace") < Bytes{20000000});
    // liblinear copies every value into a 16 B feature_node: 200,000 × 52 × 16 B.
    const Estimate liblinear = estimateMemory(sk("LogisticRegression", 200000, 50, DType::Float64, {{"solver", "liblinear"}}));
    QVERIFY(liblinear.host.bytesOf("workspace") >= Bytes{200000} * 52 * 16);
}

void TestClassical::absurdSizesSaturate()
{
    for (const char *e : {"RandomForestClassifier", "SVC", "KMeans", "PCA", "HistGradientBoostingRegressor"}) {
        const Estimate est = estimateMemory(sk(e, std::int64_t{1000000000000000}, 1000000, DType::Float64));
        QVERIFY2(est.host.peak > 0, e);
        for (const Component &c : est.host.components)
            QVERIFY2(c.bytes >= 0, (std::string(e) + ": " + c.name).c_str());
    }
    const Estimate x = estimateMemory(tabular(Framework::XGBoost, "XGBClassifier", std::int64_t{1000000000000000}, 1000000, DType::Float64));
    QCOMPARE(x.host.peak, kBytesMax);
}

void TestClassical::everyKnownEstimatorHasRuntimeAndNoSilentZero_data()
{
    QTest::addColumn<QString>("estimator");
    QTest::addColumn<int>("framework");
    for (const char *e : {"LinearRegression", "Ridge", "Lasso", "ElasticNet", "LogisticRegression", "SGDClassifier", "SGDRegressor", "LinearSVC",
                          "SVC", "SVR", "KNeighborsClassifier", "KNeighborsRegressor", "DecisionTreeClassifier", "DecisionTreeRegressor",
                          "RandomForestClassifier", "RandomForestRegressor", "ExtraTreesClassifier", "ExtraTreesRegressor",
                          "GradientBoostingClassifier", "GradientBoostingRegressor", "HistGradientBoostingClassifier",
                          "HistGradientBoostingRegressor", "KMeans", "MiniBatchKMeans", "DBSCAN", "PCA", "TruncatedSVD", "StandardScaler",
                          "MinMaxScaler", "GaussianNB"})
        QTest::newRow(e) << e << int(Framework::ScikitLearn);
    QTest::newRow("XGBClassifier") << "XGBClassifier" << int(Framework::XGBoost);
    QTest::newRow("XGBRegressor") << "XGBRegressor" << int(Framework::XGBoost);
    QTest::newRow("LGBMClassifier") << "LGBMClassifier" << int(Framework::LightGBM);
    QTest::newRow("LGBMRegressor") << "LGBMRegressor" << int(Framework::LightGBM);
}

void TestClassical::everyKnownEstimatorHasRuntimeAndNoSilentZero()
{
    QFETCH(QString, estimator);
    QFETCH(int, framework);
    const std::string name = estimator.toStdString();
    const Estimate e = estimateMemory(tabular(Framework(framework), name.c_str(), 50000, 20, DType::Float64));
    QVERIFY(e.host.bytesOf("framework_runtime") > 90 * MiB);
    QVERIFY2(!hasWarning(e, "estimator_not_modelled"), name.c_str());
    // The fit adds something beyond runtime, data and targets, each part with a derivation.
    QVERIFY2(e.host.peak > e.host.bytesOf("framework_runtime") + e.host.bytesOf("dataset") + e.host.bytesOf("targets"), name.c_str());
    for (const Component &c : e.host.components)
        QVERIFY2(!c.derivation.empty(), (name + ": " + c.name).c_str());
}

void TestClassical::crossValidationCopiesTheDataPerFit()
{
    // 1,000,000 × 50 float32 = 200,000,000 B of data and 1,000,000 × 8 B of int64 targets:
    // one fit at a time holds X[train] + X[test] + y[train] + y[test], one copy of both.
    Scenario s = sk("LogisticRegression", 1'000'000, 50, DType::Float32);
    const Estimate plain = estimateMemory(s);
    QVERIFY(!plain.host.find("cross_validation"));
    s.run.crossValidation = CrossValidation{5, 1, 1};
    const Estimate cv = estimateMemory(s);
    const Component *c = cv.host.find("cross_validation");
    QVERIFY(c);
    QCOMPARE(c->bytes, Bytes(208'000'000));
    QCOMPARE(cv.host.peak, plain.host.peak + 208'000'000);
    QVERIFY2(c->derivation.find("5 folds × 1 candidates, one fit at a time") != std::string::npos, c->derivation.c_str());
}

void TestClassical::crossValidationInWorkersCountsEachWorker()
{
    Scenario s = sk("RandomForestClassifier", 1'000'000, 50, DType::Float32, {{"n_estimators", 10}});
    const Estimate plain = estimateMemory(s);
    const Bytes runtime = plain.host.bytesOf("framework_runtime");
    const Bytes data = 208'000'000;
    // The fit's own working memory: everything beyond the runtime, the data and the targets.
    const Bytes fit = plain.host.peak - runtime - data;
    QVERIFY(fit > 0);

    // n_jobs -1 over 3 folds × 2 candidates: 6 workers, each with a runtime and a copy, 5
    // more fits' working memory, and the data memory-mapped once in /dev/shm.
    s.run.crossValidation = CrossValidation{3, -1, 2};
    QCOMPARE(s.run.crossValidation->parallelFits(), std::int64_t(6));
    const Estimate cv = estimateMemory(s);
    const Component *c = cv.host.find("cross_validation");
    QVERIFY(c);
    const Bytes worker = runtime + 20'000'000 + data; // the library, joblib's worker machinery, a copy
    const Bytes trackers = 47'000'000;
    QCOMPARE(c->bytes, 6 * worker + 5 * fit + trackers + data);
    QVERIFY2(c->derivation.find("6 fits at once") != std::string::npos, c->derivation.c_str());
    QVERIFY2(c->derivation.find("/dev/shm") != std::string::npos, c->derivation.c_str());

    // n_jobs 4 of 10 fits: 4 at once.
    s.run.crossValidation = CrossValidation{10, 4, 1};
    QCOMPARE(estimateMemory(s).host.bytesOf("cross_validation"), 4 * worker + 3 * fit + trackers + data);
}

void TestClassical::crossValidationIsReadAndRefused()
{
    const std::string base = R"({"headroom": 1, "dataset": {"samples": 1000, "input": {"kind": "tabular", "features": 10}},
        "model": {"framework": "%F", %A},
        "run": {"cross_validation": %CV}, "hardware": []})";
    auto scenarioText = [&](const std::string &framework, const std::string &cv) {
        std::string t = base;
        t.replace(t.find("%F"), 2, framework);
        t.replace(t.find("%A"), 2, framework == "pytorch" ? R"("architecture": {"type": "mlp", "hidden": [8], "outputs": 2})"
                                                          : R"("estimator": "Ridge", "params": {})");
        t.replace(t.find("%CV"), 3, cv);
        return t;
    };
    const auto ok = readScenario(scenarioText("scikit-learn", R"({"folds": 3, "n_jobs": -1, "candidates": 4})"));
    QVERIFY2(ok.ok(), ok.ok() ? "" : ok.error().text().c_str());
    QCOMPARE(ok.value().run.crossValidation->parallelFits(), std::int64_t(12));
    // The file keeps what it says.
    const auto again = readScenario(writeScenario(ok.value()));
    QVERIFY(again.ok());
    QVERIFY(again.value().run.crossValidation == ok.value().run.crossValidation);

    const auto zero = readScenario(scenarioText("scikit-learn", R"({"n_jobs": 0})"));
    QVERIFY(!zero.ok());
    QCOMPARE(QString::fromStdString(zero.error().text()),
             QStringLiteral("run.cross_validation.n_jobs: must be -1 (every fit at once) or at least 1, got 0"));
    const auto oneFold = readScenario(scenarioText("scikit-learn", R"({"folds": 1})"));
    QVERIFY(!oneFold.ok());
    QCOMPARE(QString::fromStdString(oneFold.error().path), QStringLiteral("run.cross_validation.folds"));
    const auto deep = readScenario(scenarioText("pytorch", R"({"folds": 5})"));
    QVERIFY(!deep.ok());
    QVERIFY2(deep.error().text().find("run.cross_validation: cross-validation is modelled for scikit-learn") == 0,
             deep.error().text().c_str());
}

void TestClassical::csvLoadAboveTheFitIsCounted()
{
    // 2,000,000 rows × (20 features + 1 target) × 8 B = 336,000,000 B parsed; the load holds
    // up to 3 × that (two copies, one more kept by malloc) = 1,008,000,000 B before the fit.
    Scenario s = sk("LogisticRegression", 2'000'000, 20, DType::Float64);
    const Estimate inMemory = estimateMemory(s);
    const Bytes fit = inMemory.host.peak - inMemory.host.bytesOf("framework_runtime");
    QVERIFY(fit < 1'008'000'000);
    s.dataset.file = DatasetFile{FileFormat::Csv, 800'000'000};
    const Estimate fromCsv = estimateMemory(s);
    const Component *c = fromCsv.host.find("file_loading");
    QVERIFY(c);
    QCOMPARE(c->bytes, 1'008'000'000 - fit);
    // The host peak is the load's: runtime + 3 × the parsed values.
    QCOMPARE(fromCsv.host.peak, inMemory.host.bytesOf("framework_runtime") + 1'008'000'000);
    QVERIFY2(c->derivation.find("pandas.read_csv of a 763 MiB file") != std::string::npos, c->derivation.c_str());

    // An .npy file is read straight into the array; a fit needing more than the load hides it.
    s.dataset.file->format = FileFormat::Npy;
    QVERIFY(!estimateMemory(s).host.find("file_loading"));
    s.dataset.file->format = FileFormat::Csv;
    s.dataset.preprocessingCopies = 3; // the fit holds 4 × 320,000,000 B of features alone
    QVERIFY(!estimateMemory(s).host.find("file_loading"));
}

QTEST_APPLESS_MAIN(TestClassical)
#include "test_classical.moc"
