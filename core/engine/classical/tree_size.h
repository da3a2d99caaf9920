#pragma once
// How many nodes a scikit-learn tree grows, and what its arrays cost.

#include "engine/classical/classical_internal.h"

namespace headroom::classical {

/// The growth limits of one tree (scikit-learn's parameter names).
struct TreeShape {
    std::int64_t samples = 1;                 ///< rows the tree is fitted on (before bootstrap)
    std::int64_t features = 1;                ///< features of the data
    std::int64_t featuresPerSplit = 1;        ///< max_features resolved
    std::optional<std::int64_t> maxDepth;     ///< None = fully grown
    std::optional<std::int64_t> maxLeafNodes; ///< None = unlimited
    std::int64_t minSamplesLeaf = 1;
    std::int64_t minSamplesSplit = 2;
    bool bootstrap = false;
    double maxSamplesFraction = 1.0;          ///< bootstrap draws / samples
    bool classifier = false;
    bool randomSplits = false;                ///< Extra-Trees: random thresholds
};

/// Expected nodes of one tree, with the reasoning in `why`.
std::int64_t expectedNodes(const TreeShape &t, Message *why);

/// Bytes of one node of a fitted sklearn 1.2 tree: the Node struct (7 × 8 B: children,
/// feature, threshold, impurity, n_node_samples, weighted_n_node_samples) plus its value
/// row (outputs × classes × 8 B).
Bytes nodeBytes(std::int64_t valuesPerNode);

/// Capacity of the node arrays while a depth-first tree is built: 2^(depth+1) − 1 for
/// depth ≤ 10, else 2047, doubled until the nodes fit (sklearn Tree._resize_c).
std::int64_t builderCapacity(std::optional<std::int64_t> maxDepth, std::int64_t nodes);

/// max_features resolved as scikit-learn does ("sqrt", "log2", int, float, None).
std::int64_t resolveMaxFeatures(const Params &p, std::int64_t features, const std::string &fallback);

} // namespace headroom::classical
