#include "engine/engine.h"

#include "engine/context.h"
#include "engine/fit/fit.h"
#include "hardware/catalog.h"
#include "scenario/messages.h"

namespace headroom {
namespace {

bool saturated(const Breakdown &b)
{
    if (b.peak >= kBytesMax)
        return true;
    for (const auto &c : b.components)
        if (c.bytes >= kBytesMax)
            return true;
    return false;
}

} // namespace

Estimate estimateMemory(const Scenario &scenario)
{
    Estimate e;
    EngineContext ctx{scenario, e};
    data::addDataMemory(ctx);
    if (isDeepLearning(scenario.model.framework))
        dnn::addDeepLearningMemory(ctx);
    else
        classical::addClassicalMemory(ctx);
    data::addFileLoading(ctx);
    if (e.device)
        e.devices = scenario.cluster.devices();
    return e;
}

Bytes hostNeed(const Scenario &scenario, const Estimate &e)
{
    return satAdd(satAdd(e.host.peak, gibToBytes(scenario.system.osReservedGib)),
                  gibToBytes(scenario.system.otherProcessesGib));
}

Result<Estimate> estimate(const Scenario &scenario, const EstimateOptions &options)
{
    const Catalog &catalog = options.catalog ? *options.catalog : builtinCatalog();
    auto machines = resolveCandidates(scenario, catalog);
    if (!machines.ok())
        return machines.error();

    Estimate e = estimateMemory(scenario);
    if (saturated(e.host) || (e.device && saturated(*e.device)))
        return Error::fromTemplate("", ErrorCode::Overflow, msg::estimateOverflow);

    e.recommendation = recommend(scenario, e);
    for (const Machine &m : machines.value())
        e.candidates.push_back(assessCandidate(scenario, e, m, options.solveLimits));
    return e;
}

} // namespace headroom
