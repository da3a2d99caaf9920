// Pitfalls with numbers: buying far more than the job needs, reading multi-GPU memory as
// one pool, and holding a dataset larger than the machine's RAM.

#include "advisor/advisor.h"

#include "engine/context.h"
#include "engine/fit/fit.h"
#include "util/format.h"

#include <cmath>

namespace headroom {
namespace {

/// At least this many times the recommended size counts as over-provisioned.
constexpr double kFarAbove = 2.0;

std::string times(Bytes have, Bytes need)
{
    return formatNumber(static_cast<double>(have) / static_cast<double>(need), 1) + "×";
}

std::string money(double amount, const std::string &currency)
{
    return formatCount(std::llround(amount)) + " " + currency;
}

/// The over-provisioned side of a candidate: per device first (the scarcer memory), else host.
std::optional<Pitfall> overProvisioned(const Estimate &e, const CandidateFit &f)
{
    const Recommendation &r = e.recommendation;
    Pitfall p;
    p.code = "over_provisioning";
    p.candidate = f.machine.name;
    if (e.device && r.deviceRecommended > 0
        && static_cast<double>(f.machine.gpuMemory) >= kFarAbove * static_cast<double>(r.deviceRecommended)) {
        p.perDevice = true;
        p.need = r.deviceRecommended;
        p.available = f.machine.gpuMemory;
        p.message = f.machine.name + " has " + formatBytes(p.available) + " per GPU, " + times(p.available, p.need) + " the "
                    + formatBytes(p.need) + " recommended per device";
        return p;
    }
    if (r.hostRecommended > 0 && static_cast<double>(f.machine.hostRam) >= kFarAbove * static_cast<double>(r.hostRecommended)) {
        p.need = r.hostRecommended;
        p.available = f.machine.hostRam;
        p.message = f.machine.name + " has " + formatBytes(p.available) + " of RAM, " + times(p.available, p.need) + " the "
                    + formatBytes(p.need) + " recommended";
        return p;
    }
    return std::nullopt;
}

void addOverProvisioning(const Estimate &e, std::vector<Pitfall> &out)
{
    const auto best = recommendedCandidate(e);
    if (!best)
        return;
    const CandidateFit &rec = e.candidates[*best];
    for (std::size_t i = 0; i < e.candidates.size(); ++i) {
        const CandidateFit &f = e.candidates[i];
        if (!fitsWithHeadroom(e, f))
            continue;
        auto p = overProvisioned(e, f);
        if (!p)
            continue;
        if (i == *best) {
            const Bytes buy = p->perDevice ? e.recommendation.devicePurchasable : e.recommendation.hostPurchasable;
            p->message += "; it is the cheapest candidate that fits, but " + formatBytes(buy)
                          + (p->perDevice ? " per GPU" : " of RAM") + " would do";
            out.push_back(std::move(*p));
            continue;
        }
        // Another candidate: a pitfall when buying it would cost more than the recommended one.
        if (!f.machine.price || !rec.machine.price || f.machine.currency != rec.machine.currency
            || *f.machine.price <= *rec.machine.price)
            continue;
        p->alternative = rec.machine.name;
        p->priceDifference = *f.machine.price - *rec.machine.price;
        p->currency = f.machine.currency;
        p->message += "; " + rec.machine.name + " fits with headroom for " + money(*p->priceDifference, p->currency) + " less";
        out.push_back(std::move(*p));
    }
}

void addPerDevice(const Scenario &s, const Estimate &e, std::vector<Pitfall> &out)
{
    if (!e.device || e.devices < 2 || e.device->peak <= 0)
        return;
    const Bytes need = e.device->peak;
    Pitfall general;
    general.code = "per_device_memory";
    general.need = need;
    general.perDevice = true;
    general.devices = e.devices;
    general.message = "each of the " + std::to_string(e.devices) + " devices needs " + formatBytes(need)
                      + " of its own; GPU memory does not pool, so the devices' total ("
                      + formatBytes(satMul(need, e.devices)) + " in use) says nothing about whether one device fits"
                      + (s.cluster.dataParallel == DataParallel::Ddp ? " (DDP keeps a full replica of the model on each)" : "");
    out.push_back(general);

    const std::int64_t perNode = std::max<std::int64_t>(1, s.cluster.gpusPerNode);
    for (const CandidateFit &f : e.candidates) {
        const Machine &m = f.machine;
        if (m.gpuMemory <= 0 || m.gpuMemory >= need)
            continue;
        // Enough memory in total on the machine, too little on each device.
        if (satMul(m.gpuMemory, std::min(m.gpuCount, perNode)) < satMul(need, perNode) || m.gpuCount < perNode)
            continue;
        Pitfall p;
        p.code = "per_device_memory";
        p.candidate = m.name;
        p.need = need;
        p.available = m.gpuMemory;
        p.perDevice = true;
        p.devices = e.devices;
        p.message = m.name + " has " + std::to_string(m.gpuCount) + " × " + formatBytes(m.gpuMemory) + " of GPU memory ("
                    + formatBytes(satMul(m.gpuMemory, m.gpuCount)) + " in total), but each device needs " + formatBytes(need)
                    + ": it does not fit";
        out.push_back(std::move(p));
    }
}

void addDatasetExceedsRam(const Scenario &s, const Estimate &e, std::vector<Pitfall> &out)
{
    const Dataset &d = s.dataset;
    // Held in memory: in_memory, or a memory-mapped file that a classical fit touches whole.
    const bool held = d.storage == Storage::InMemory
                      || (d.storage == Storage::MemoryMapped && !isDeepLearning(s.model.framework));
    if (!held)
        return;
    const Bytes bytes = data::datasetBytes(d);
    for (const CandidateFit &f : e.candidates) {
        if (f.machine.hostRam >= bytes)
            continue;
        Pitfall p;
        p.code = "dataset_exceeds_ram";
        p.candidate = f.machine.name;
        p.need = bytes;
        p.available = f.machine.hostRam;
        p.message = "the dataset (" + formatBytes(bytes) + " as stored) is larger than the " + formatBytes(f.machine.hostRam)
                    + " of RAM of " + f.machine.name
                    + ": held in memory it would swap (or be killed); memory-map or stream it";
        out.push_back(std::move(p));
    }
}

} // namespace

std::vector<Pitfall> pitfalls(const Scenario &scenario, const Estimate &e)
{
    std::vector<Pitfall> out;
    addOverProvisioning(e, out);
    addPerDevice(scenario, e, out);
    addDatasetExceedsRam(scenario, e, out);
    return out;
}

} // namespace headroom
