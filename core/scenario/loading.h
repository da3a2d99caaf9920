#pragma once
/// @file loading.h
/// What a job reads besides its model: the one rule the engine, the charts and the wizard
/// follow for the dataset and the data loader.

#include "scenario/scenario.h"

namespace headroom {

/// Whether the job reads a dataset: every job but a serving engine's (`run.serving`),
/// which answers requests as they arrive and loads no dataset. Without one, memory does
/// not depend on the dataset's size (no dataset sweep or chart) and nothing is counted for
/// it on the host.
[[nodiscard]] inline bool loadsDataset(const Scenario &s) { return !s.run.serving.has_value(); }

/// Whether `run.dataloader` applies: deep learning that loads a dataset (PyTorch's
/// DataLoader, its workers and prefetched batches).
[[nodiscard]] inline bool usesDataLoader(const Scenario &s) { return isDeepLearning(s.model.framework) && loadsDataset(s); }

} // namespace headroom
