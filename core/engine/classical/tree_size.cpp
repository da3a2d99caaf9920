// Node counts of scikit-learn trees.
//
// A tree grows until its leaves are pure or too small to split. With min_samples_leaf=1 a
// regression tree on continuous targets ends with one leaf per distinct sample, so it has
// 2·u − 1 nodes for u distinct rows (measured: sklearn-dtree-reg-f64, 300,000 rows →
// 599,999 nodes). A classification tree stops earlier, at pure leaves; how early depends on
// how well the features separate the classes. The engine assumes the case where they do
// not (noise-like labels, as in the calibration harness), the upper end of real data: the
// number of nodes per distinct row then falls slowly with the features examined per split
// F', about 0.8·F'^−0.225 for best splits and 1.6·F'^−0.34 for Extra-Trees' random
// thresholds (fitted to single trees on 20k–200k rows, F' = 2…200, within ±10 %).
// min_samples_leaf m caps a leaf's size between m and 2m − 1: leaves average 1.3·m − 0.3
// rows (measured m = 1, 2, 5, 20, within 10 %).
// A depth limit cuts the tree where it is: such trees are far from balanced (a fully grown
// one is 50–120 levels deep), so the share of nodes above depth d follows the spread of
// leaf depths, taken as normal with mean 2.5·log2(leaves) (2.2 with bootstrap) and
// standard deviation a third of it; never more than the 2^(d+1) − 1 of a full binary tree.

#include "engine/classical/tree_size.h"

#include <algorithm>
#include <cmath>

namespace headroom::classical {
namespace {

double normalCdf(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

double fullBinaryNodes(std::int64_t depth)
{
    return depth >= 62 ? 9.2e18 : std::ldexp(1.0, static_cast<int>(depth + 1)) - 1.0;
}

} // namespace

std::int64_t resolveMaxFeatures(const Params &p, std::int64_t features, const std::string &fallback)
{
    const auto *v = p.raw("max_features");
    std::string mode = fallback;
    if (v && v->is_null())
        return features;
    if (v && v->is_number_integer())
        return std::clamp<std::int64_t>(v->get<std::int64_t>(), 1, features);
    if (v && v->is_number_float())
        return std::clamp<std::int64_t>(static_cast<std::int64_t>(v->get<double>() * static_cast<double>(features)), 1, features);
    if (v && v->is_string())
        mode = v->get<std::string>();
    const double f = static_cast<double>(features);
    if (mode == "sqrt" || mode == "auto")
        return std::max<std::int64_t>(1, static_cast<std::int64_t>(std::sqrt(f)));
    if (mode == "log2")
        return std::max<std::int64_t>(1, static_cast<std::int64_t>(std::log2(f)));
    return features;
}

std::int64_t expectedNodes(const TreeShape &t, Message *why)
{
    const double n = static_cast<double>(std::max<std::int64_t>(1, t.samples));
    // Distinct rows: a bootstrap of m draws from n rows holds n·(1 − e^(−m/n)) of them.
    const double unique = t.bootstrap ? n * (1.0 - std::exp(-t.maxSamplesFraction)) : n;
    const double leafSize = std::max({1.0, 1.3 * static_cast<double>(t.minSamplesLeaf) - 0.3,
                                      0.6 * static_cast<double>(t.minSamplesSplit) - 0.2});
    double nodes = std::max(1.0, 2.0 * unique / leafSize - 1.0);
    using A = MessageArg;
    Message text{t.bootstrap ? msg::derivBootstrapRows : msg::derivRows, {A::ofCount(static_cast<std::int64_t>(unique))}};
    const auto leafText = [&] { text = {msg::derivLeavesOf, {A::ofMessage(text), A::ofNumber(leafSize, 1)}}; };
    if (t.classifier) {
        const double fp = static_cast<double>(std::max<std::int64_t>(1, t.featuresPerSplit));
        const double perRow = t.randomSplits ? 1.6 * std::pow(fp, -0.34) : 0.8 * std::pow(fp, -0.225);
        const double pure = std::max(1.0, unique * perRow);
        if (pure < nodes) {
            nodes = pure;
            text = {msg::derivPureLeaves, {A::ofMessage(text), A::ofNumber(perRow, 3), A::ofInteger(t.featuresPerSplit)}};
        } else {
            leafText();
        }
    } else {
        leafText();
    }
    if (t.maxLeafNodes && *t.maxLeafNodes >= 2) {
        const double cap = 2.0 * static_cast<double>(*t.maxLeafNodes) - 1.0;
        if (cap < nodes) {
            nodes = cap;
            text = {msg::derivMaxLeafNodes, {A::ofMessage(text), A::ofCount(*t.maxLeafNodes)}};
        }
    }
    if (t.maxDepth) {
        const std::int64_t d = std::max<std::int64_t>(0, *t.maxDepth);
        const double leaves = (nodes + 1.0) / 2.0;
        const double mean = (t.bootstrap ? 2.2 : 2.5) * std::max(1.0, std::log2(leaves));
        const double share = normalCdf((static_cast<double>(d) - mean) / (mean / 3.0));
        const double capped = std::min({nodes, fullBinaryNodes(d), std::max(nodes * share, std::min(nodes, 2.0 * static_cast<double>(d) + 1.0))});
        if (capped < nodes) {
            text = {msg::derivCutAtDepth, {A::ofMessage(text), A::ofInteger(d), A::ofNumber(100.0 * capped / nodes, 1)}};
            nodes = capped;
        }
    }
    if (why)
        *why = text;
    return static_cast<std::int64_t>(std::llround(std::min(nodes, 9.0e18)));
}

Bytes nodeBytes(std::int64_t valuesPerNode) { return 56 + 8 * valuesPerNode; }

std::int64_t builderCapacity(std::optional<std::int64_t> maxDepth, std::int64_t nodes)
{
    std::int64_t cap = (maxDepth && *maxDepth <= 10) ? (std::int64_t{2} << std::max<std::int64_t>(0, *maxDepth)) - 1 : 2047;
    while (cap < nodes && cap < (std::int64_t{1} << 61))
        cap *= 2;
    return cap;
}

} // namespace headroom::classical
