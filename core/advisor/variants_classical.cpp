// Classical-estimator alternatives: smaller trees, histogram split finding with a
// QuantileDMatrix, fewer parallel jobs. (float32 input is a data variant.) Each edits the
// estimator's constructor arguments (model.params) as the user would in Python.

#include "advisor/variants.h"

namespace headroom::advisor {
namespace {

using Json = nlohmann::ordered_json;

bool contains(const std::string &text, const char *part) { return text.find(part) != std::string::npos; }

/// An integer parameter, the library default when absent; nullopt when it is null or not an integer.
std::optional<std::int64_t> intParam(const Scenario &s, const char *key, std::optional<std::int64_t> fallback)
{
    const Json &p = s.model.params;
    if (!p.contains(key))
        return fallback;
    const Json &value = p.at(key);
    if (value.is_number_integer())
        return value.get<std::int64_t>();
    return std::nullopt;
}

bool paramIsNullOrAbsent(const Scenario &s, const char *key)
{
    return !s.model.params.contains(key) || s.model.params.at(key).is_null();
}

void addTreeSizeVariants(Variants &v)
{
    const Scenario &b = v.base();
    const std::string &est = b.model.estimator;
    const auto setParam = [](const char *key, std::int64_t value) {
        return [key, value](Scenario &s) { s.model.params[key] = value; };
    };

    if (b.model.framework == Framework::ScikitLearn
        && (contains(est, "RandomForest") || contains(est, "ExtraTree") || contains(est, "DecisionTree"))) {
        // Unlimited depth by default: trees grow until leaves are pure.
        if (paramIsNullOrAbsent(b, "max_depth")) {
            v.add("limit_tree_depth", "Limit trees to max_depth %1 (now unlimited)", {"16"},
                  "Shallower trees may underfit: check validation accuracy; fitting gets faster.", setParam("max_depth", 16));
        } else if (auto depth = intParam(b, "max_depth", std::nullopt); depth && *depth > 10) {
            const std::int64_t shallower = *depth - 4;
            v.add("limit_tree_depth", "Limit trees to max_depth %1 (now %2)", {std::to_string(shallower), std::to_string(*depth)},
                  "Shallower trees may underfit: check validation accuracy; fitting gets faster.",
                  setParam("max_depth", shallower));
        }
    }
    if (b.model.framework == Framework::ScikitLearn && contains(est, "HistGradientBoosting")) {
        if (auto leaves = intParam(b, "max_leaf_nodes", 31); leaves && *leaves > 31)
            v.add("limit_tree_leaves", "Limit trees to %1 leaves (max_leaf_nodes, now %2)", {"31", std::to_string(*leaves)},
                  "Smaller trees may underfit: check validation accuracy.", setParam("max_leaf_nodes", 31));
    }
    if (b.model.framework == Framework::XGBoost) {
        if (auto depth = intParam(b, "max_depth", 6); depth && *depth > 6)
            v.add("limit_tree_depth", "Limit trees to max_depth %1 (now %2)", {"6", std::to_string(*depth)},
                  "Shallower trees may underfit: check validation accuracy; more boosting rounds may be needed.",
                  setParam("max_depth", 6));
    }
    if (b.model.framework == Framework::LightGBM) {
        if (auto leaves = intParam(b, "num_leaves", 31); leaves && *leaves > 31)
            v.add("limit_tree_leaves", "Limit trees to %1 leaves (num_leaves, now %2)", {"31", std::to_string(*leaves)},
                  "Smaller trees may underfit: check validation accuracy; more boosting rounds may be needed.",
                  setParam("num_leaves", 31));
    }
}

void addQuantileDMatrix(Variants &v)
{
    const Scenario &b = v.base();
    if (b.model.framework != Framework::XGBoost)
        return;
    const Json &p = b.model.params;
    if (!p.contains("tree_method") || !p.at("tree_method").is_string())
        return; // hist is XGBoost's default since 2.0
    const std::string method = p.at("tree_method").get<std::string>();
    if (method == "exact" || method == "approx")
        v.add("quantile_dmatrix", "Histogram trees (tree_method hist) with a QuantileDMatrix instead of %1", {method},
              "Split points come from max_bin quantiles: usually the same accuracy, and faster.",
              [](Scenario &s) { s.model.params["tree_method"] = "hist"; });
}

void addJobVariants(Variants &v)
{
    const Scenario &b = v.base();
    const auto jobs = intParam(b, "n_jobs", std::nullopt);
    if (!jobs || *jobs == 1 || *jobs == 0)
        return;
    const std::int64_t fewer = *jobs > 1 ? *jobs / 2 : 1;
    v.add("fewer_jobs", "n_jobs %1 instead of %2", {std::to_string(fewer), std::to_string(*jobs)},
          "Fewer cores work at once: the fit takes longer, up to proportionally.",
          [fewer](Scenario &s) { s.model.params["n_jobs"] = fewer; });
}

} // namespace

void addClassicalVariants(Variants &v)
{
    if (isDeepLearning(v.base().model.framework))
        return;
    addTreeSizeVariants(v);
    addQuantileDMatrix(v);
    addJobVariants(v);
}

} // namespace headroom::advisor
