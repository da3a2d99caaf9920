// Deep networks: built in issue 3. Until then nothing is added (absent, not guessed).

#include "engine/context.h"

namespace headroom::dnn {

void addDeepLearningMemory(EngineContext &ctx)
{
    ctx.warn("dnn_not_modelled", "the model's own memory (parameters, activations, runtime) is not modelled yet");
}

} // namespace headroom::dnn
