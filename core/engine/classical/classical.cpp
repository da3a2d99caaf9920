// Classical estimators: built in issue 4. Until then nothing is added (absent, not guessed).

#include "engine/context.h"

namespace headroom::classical {

void addClassicalMemory(EngineContext &ctx)
{
    ctx.warn("estimator_not_modelled", "the estimator's own memory (" + ctx.scenario.model.estimator
                                           + ") is not modelled yet; only the data is counted");
}

} // namespace headroom::classical
