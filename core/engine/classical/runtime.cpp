// framework_runtime: what importing the library costs in host RAM, before any data.
//
// Figures are the calibration harness's median baseline RSS (bench/calibration/results.json,
// `median_baseline_rss_bytes`: Python 3.11, NumPy 1.24, SciPy 1.10, scikit-learn 1.2,
// xgboost 1.7, Debian reference BLAS). scikit-learn's footprint depends on which of its
// modules the estimator pulls in (sklearn.ensemble imports the tree and the histogram
// gradient-boosting extensions, sklearn.preprocessing almost nothing).

#include "engine/classical/classical_internal.h"

#include <array>
#include <string_view>

namespace headroom::classical {
namespace {

struct ModuleFootprint {
    std::string_view module;
    Bytes bytes;
    std::initializer_list<std::string_view> estimators;
};

constexpr Bytes mib(double v) { return static_cast<Bytes>(v * static_cast<double>(MiB)); }

// Measured: preprocessing 94.6 (sklearn-standardscaler-f64), linear_model 101.8
// (sklearn-logreg-*), svm 102.2 (sklearn-svc-rbf-small), decomposition 103.1
// (sklearn-pca-full-f64), neighbors 104.1 (sklearn-knn-kdtree), tree 106.8
// (sklearn-dtree-reg-f64), cluster 107.8 (sklearn-kmeans-f64), ensemble 108.0
// (sklearn-histgb-f32, sklearn-randomforest-deep), naive_bayes 95.7 (sklearn-gaussiannb-f64).
const ModuleFootprint kSklearnModules[] = {
    {"sklearn.preprocessing", mib(94.6), {"StandardScaler", "MinMaxScaler", "MaxAbsScaler", "RobustScaler", "Normalizer"}},
    {"sklearn.linear_model", mib(101.8), {"LinearRegression", "Ridge", "RidgeClassifier", "Lasso", "ElasticNet", "LogisticRegression",
                                          "SGDClassifier", "SGDRegressor"}},
    {"sklearn.svm", mib(102.2), {"SVC", "SVR", "LinearSVC", "LinearSVR", "NuSVC", "NuSVR"}},
    {"sklearn.decomposition", mib(103.1), {"PCA", "TruncatedSVD", "IncrementalPCA"}},
    {"sklearn.neighbors", mib(104.1), {"KNeighborsClassifier", "KNeighborsRegressor", "NearestNeighbors"}},
    {"sklearn.tree", mib(106.8), {"DecisionTreeClassifier", "DecisionTreeRegressor", "ExtraTreeClassifier", "ExtraTreeRegressor"}},
    {"sklearn.cluster", mib(107.8), {"KMeans", "MiniBatchKMeans", "DBSCAN"}},
    {"sklearn.naive_bayes", mib(95.7), {"GaussianNB"}},
};

// sklearn.ensemble (RandomForest*, ExtraTrees*, GradientBoosting*, HistGradientBoosting*)
// and anything unknown: the larger figure, so an unknown module is not under-counted.
constexpr Bytes kSklearnDefault = mib(108.0);
// xgboost imports numpy, scipy.sparse and scikit-learn itself (xgboost-hist-*: 131.2–131.4).
constexpr Bytes kXgboost = mib(131.3);
// LightGBM was not measured: numpy, scipy and scikit-learn's base modules (~95 MiB as
// above) plus lib_lightgbm.so and its OpenMP runtime; taken as the ensemble figure.
constexpr Bytes kLightgbm = mib(110.0);

} // namespace

void addRuntime(EngineContext &ctx, const Job &job)
{
    const std::string &est = job.s.model.estimator;
    switch (job.s.model.framework) {
    case Framework::XGBoost:
        ctx.host("framework_runtime", kXgboost, Message{msg::derivXgboostRuntime});
        return;
    case Framework::LightGBM:
        ctx.host("framework_runtime", kLightgbm, Message{msg::derivLightgbmRuntime});
        return;
    default:
        break;
    }
    for (const auto &m : kSklearnModules)
        for (std::string_view e : m.estimators)
            if (e == est) {
                ctx.host("framework_runtime", m.bytes,
                         Message{msg::derivSklearnRuntime, {MessageArg::ofText(std::string(m.module))}});
                return;
            }
    ctx.host("framework_runtime", kSklearnDefault,
             Message{msg::derivSklearnRuntime, {MessageArg::ofText("sklearn.ensemble")}});
}

} // namespace headroom::classical
