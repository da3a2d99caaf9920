#pragma once
/// @file components.h
/// The one table of component names: the key an estimate uses ("optimizer_states") and
/// the label people read ("Optimizer states"). The user interface translates the label
/// (QT_TRANSLATE_NOOP marks it for lupdate); core itself does not use Qt.

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

#include <string_view>

namespace headroom {

struct ComponentLabel {
    const char *key;
    const char *label;
};

inline constexpr ComponentLabel kComponentLabels[] = {
    {"framework_runtime", QT_TRANSLATE_NOOP("Components", "Framework runtime")},
    {"dataset", QT_TRANSLATE_NOOP("Components", "Dataset")},
    {"targets", QT_TRANSLATE_NOOP("Components", "Targets")},
    {"preprocessing_copies", QT_TRANSLATE_NOOP("Components", "Preprocessing copies")},
    {"batch_buffers", QT_TRANSLATE_NOOP("Components", "Batch buffers")},
    {"dataloader_workers", QT_TRANSLATE_NOOP("Components", "Data-loader workers")},
    {"parameters", QT_TRANSLATE_NOOP("Components", "Parameters")},
    {"gradients", QT_TRANSLATE_NOOP("Components", "Gradients")},
    {"optimizer_states", QT_TRANSLATE_NOOP("Components", "Optimizer states")},
    {"master_weights", QT_TRANSLATE_NOOP("Components", "Master weights")},
    {"activations", QT_TRANSLATE_NOOP("Components", "Activations")},
    {"kv_cache", QT_TRANSLATE_NOOP("Components", "KV cache")},
    {"workspace", QT_TRANSLATE_NOOP("Components", "Workspace")},
    {"cuda_graphs", QT_TRANSLATE_NOOP("Components", "CUDA graphs")},
    {"model_structure", QT_TRANSLATE_NOOP("Components", "Model structure")},
    {"offloaded_states", QT_TRANSLATE_NOOP("Components", "Offloaded states")},
    {"offloaded_activations", QT_TRANSLATE_NOOP("Components", "Offloaded activations")},
    {"checkpoint_staging", QT_TRANSLATE_NOOP("Components", "Checkpoint staging")},
    {"fragmentation", QT_TRANSLATE_NOOP("Components", "Fragmentation")},
    {"cross_validation", QT_TRANSLATE_NOOP("Components", "Cross-validation fits")},
    {"file_loading", QT_TRANSLATE_NOOP("Components", "File loading")},
    // Not components of a breakdown, but charted beside them.
    {"system_reserve", QT_TRANSLATE_NOOP("Components", "OS and other programs")},
    {"in_memory", QT_TRANSLATE_NOOP("Components", "In memory")},
    {"memory_mapped", QT_TRANSLATE_NOOP("Components", "Memory-mapped")},
    {"streaming", QT_TRANSLATE_NOOP("Components", "Streaming")},
};

/// The English label of component `key`; nullptr for a key missing from the table.
constexpr const char *componentLabel(std::string_view key)
{
    for (const auto &entry : kComponentLabels)
        if (key == entry.key)
            return entry.label;
    return nullptr;
}

} // namespace headroom
