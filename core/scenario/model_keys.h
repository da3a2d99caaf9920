#pragma once
/// @file model_keys.h
/// The optional transformer keys (of `type: transformer` and of a language preset's
/// overrides), listed once. The codec reads and writes them from this table, presets are
/// overlaid with it, the model form builds one field per entry and the report lists the
/// keys that are set. A new key is one row here and one member of TransformerConfig.

#include "scenario/scenario.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace headroom {

enum class ModelKeyKind {
    Int,    ///< an integer within [min, max]
    Bool,   ///< true or false (read through getInt as 0 / 1)
    Number, ///< a number within [numMin, numMax]
    Enum,   ///< one of `choices()` (read through getInt as its index)
};

/// One key: where it lives in JSON, what it holds, how the UI labels it, and how to get
/// and set it on a TransformerConfig (unset = the format's default).
struct ModelKey {
    std::string_view group; ///< "" for a key of the architecture object, else its sub-object ("moe")
    std::string_view name;  ///< the key inside it
    ModelKeyKind kind = ModelKeyKind::Int;
    std::int64_t min = 0, max = 0;
    double numMin = 0.0, numMax = 0.0;
    const char *label = ""; ///< form label, English; translated in context "headroom::ModelKey"
    const char *unit = "";  ///< unit shown beside an integer field (same context), may be empty
    std::span<const std::string_view> (*choices)() = nullptr; ///< Enum: JSON spellings
    std::span<const char *const> choiceLabels{};               ///< Enum: what the UI shows, per spelling
    /// Enum: what the UI shows for "not set" when it names the default (same context);
    /// nullptr: a plain "Default".
    const char *defaultLabel = nullptr;
    std::optional<std::int64_t> (*getInt)(const TransformerConfig &) = nullptr;
    void (*setInt)(TransformerConfig &, std::optional<std::int64_t>) = nullptr;
    std::optional<double> (*getNumber)(const TransformerConfig &) = nullptr;
    void (*setNumber)(TransformerConfig &, std::optional<double>) = nullptr;

    /// "moe.experts", or "layers" for a key of the architecture object itself.
    [[nodiscard]] std::string path() const;
    /// Whether the key is set in `c`.
    [[nodiscard]] bool isSet(const TransformerConfig &c) const;
    /// Copies the key from `from` to `to` when it is set in `from`.
    void overlay(TransformerConfig &to, const TransformerConfig &from) const;
};

/// Every transformer key, in the order files write them and the form shows them.
std::span<const ModelKey> transformerKeys();

/// The sub-objects that group keys ("moe", "mla", "sliding_window"), in order.
std::span<const std::string_view> transformerKeyGroups();

/// The key at `path` ("heads", "moe.experts"), or nullptr.
const ModelKey *findTransformerKey(std::string_view path);

/// The form's title of a group of keys (translated in context "headroom::ModelKey").
const char *transformerGroupLabel(std::string_view group);

} // namespace headroom
