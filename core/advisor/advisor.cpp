// The advisor's driver: every alternative is turned into a merge patch, the patch is
// applied to the scenario's JSON and read back (so the scenario estimated is exactly what
// the patch gives), both scenarios are estimated, and the difference is the saving.

#include "advisor/advisor.h"

#include "advisor/variants.h"
#include "scenario/codec.h"

#include <algorithm>

namespace headroom {
namespace {

using Json = nlohmann::ordered_json;

bool fitsCandidate(const CandidateFit &f) { return f.hostFits && f.deviceFits != false; }

Bytes devicePeak(const Estimate &e) { return e.device ? e.device->peak : 0; }

} // namespace

Json mergePatchBetween(const Json &from, const Json &to)
{
    if (!from.is_object() || !to.is_object())
        return to;
    // Keys in the order of `from` (removed ones as null), then the keys `to` adds.
    Json patch = Json::object();
    for (auto it = from.begin(); it != from.end(); ++it) {
        if (!to.contains(it.key())) {
            patch[it.key()] = nullptr;
            continue;
        }
        const Json &now = to.at(it.key());
        if (now == it.value())
            continue;
        patch[it.key()] = it.value().is_object() && now.is_object() ? mergePatchBetween(it.value(), now) : now;
    }
    for (auto it = to.begin(); it != to.end(); ++it)
        if (!from.contains(it.key()))
            patch[it.key()] = it.value();
    return patch;
}

Result<Scenario> applyPatch(const Scenario &scenario, const Json &patch)
{
    Json doc = scenarioToJson(scenario);
    doc.merge_patch(patch);
    return scenarioFromJson(doc);
}

std::vector<Suggestion> alternatives(const Scenario &scenario, const EstimateOptions &options)
{
    EstimateOptions opts = options;
    opts.solveLimits = false;
    const auto base = estimate(scenario, opts);
    if (!base.ok())
        return {};

    advisor::Variants variants(scenario);
    advisor::addDataVariants(variants);
    advisor::addDeepLearningVariants(variants);
    advisor::addServingVariants(variants);
    advisor::addClassicalVariants(variants);

    const Json before = scenarioToJson(scenario);
    std::vector<Suggestion> out;
    for (advisor::Variant &v : variants.list()) {
        const Json wanted = scenarioToJson(v.scenario);
        Json patch = mergePatchBetween(before, wanted);
        if (patch.empty())
            continue;
        // The scenario estimated is the one the patch gives, read with a file's checks; it
        // must be the variant as read back (which drops fields the JSON does not carry).
        Json doc = before;
        doc.merge_patch(patch);
        const auto patched = scenarioFromJson(doc);
        const auto intended = scenarioFromJson(wanted);
        if (!patched.ok() || !intended.ok() || patched.value() != intended.value())
            continue;
        const auto after = estimate(patched.value(), opts);
        if (!after.ok())
            continue;

        Suggestion s;
        s.id = v.id;
        s.title = advisor::fillTemplate(v.titleTemplate, v.titleArgs);
        s.titleTemplate = std::move(v.titleTemplate);
        s.titleArgs = std::move(v.titleArgs);
        s.cost = std::move(v.cost);
        s.hostSaving = base->host.peak - after->host.peak;
        s.deviceSaving = devicePeak(base.value()) - devicePeak(after.value());
        for (std::size_t i = 0; i < base->candidates.size() && i < after->candidates.size(); ++i)
            if (!fitsCandidate(base->candidates[i]) && fitsCandidate(after->candidates[i]))
                s.makesFit.push_back(after->candidates[i].machine.name);
        s.scenarioPatch = std::move(patch);
        // Two alternatives that come to the same change are one.
        const bool duplicate = std::any_of(out.begin(), out.end(),
                                           [&](const Suggestion &o) { return o.scenarioPatch == s.scenarioPatch; });
        if (!duplicate)
            out.push_back(std::move(s));
    }
    return out;
}

std::vector<Suggestion> advise(const Scenario &scenario, const EstimateOptions &options)
{
    std::vector<Suggestion> out = alternatives(scenario, options);
    std::erase_if(out, [](const Suggestion &s) { return s.hostSaving <= 0 && s.deviceSaving <= 0; });
    // What it makes possible first, then the scarcer memory (per device), then host RAM.
    std::stable_sort(out.begin(), out.end(), [](const Suggestion &a, const Suggestion &b) {
        if (a.makesFit.size() != b.makesFit.size())
            return a.makesFit.size() > b.makesFit.size();
        if (a.deviceSaving != b.deviceSaving)
            return a.deviceSaving > b.deviceSaving;
        return a.hostSaving > b.hostSaving;
    });
    return out;
}

} // namespace headroom
