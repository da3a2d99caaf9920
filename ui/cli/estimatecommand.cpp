// `estimate` and `compare`: the estimate as the spec's JSON or as readable tables.

#include "cli/clicommands.h"

#include "engine/engine.h"
#include "engine/fit/fit.h"
#include "estimate/estimate_json.h"
#include "util/format.h"

#include <cstdio>

namespace headroom::ui::cli {
namespace {

std::string optCount(const std::optional<std::int64_t> &v)
{
    return v ? formatCount(*v) : std::string("—");
}

std::string signedBytes(Bytes b)
{
    return b < 0 ? "−" + formatBytes(-b) : formatBytes(b);
}

void printBreakdown(const char *title, const Breakdown &b)
{
    std::printf("%s\n", title);
    for (const auto &c : b.components) {
        const double share = b.peak > 0 ? 100.0 * static_cast<double>(c.bytes) / static_cast<double>(b.peak) : 0.0;
        std::printf("  %-22s %12s %6.1f %%  %s\n", c.name.c_str(), formatBytes(c.bytes).c_str(), share, c.derivation.c_str());
    }
    std::printf("  %-22s %12s\n", "peak", formatBytes(b.peak).c_str());
}

std::string priceText(const Machine &m)
{
    return m.price ? m.currency + " " + formatNumber(*m.price, 0) : std::string("—");
}

void printCandidates(const Estimate &e)
{
    if (e.candidates.empty())
        return;
    // Serving: how many sequences and how long a context fit, instead of the batch.
    const bool serving = e.serving.has_value();
    std::printf("\nCandidates\n  %-34s %-6s %-8s %12s %12s %10s %16s %14s\n", "name", "host", "device", "host free",
                "device free", serving ? "max seqs" : "max batch", serving ? "max context" : "max samples", "price");
    for (const auto &f : e.candidates) {
        std::printf("  %-34s %-6s %-8s %12s %12s %10s %16s %14s\n", f.machine.name.c_str(), f.hostFits ? "fits" : "no",
                    f.deviceFits ? (*f.deviceFits ? "fits" : "no") : "—", signedBytes(f.hostFree).c_str(),
                    f.deviceFree ? signedBytes(*f.deviceFree).c_str() : "—",
                    optCount(serving ? f.maxConcurrentSequences : f.maxBatchSize).c_str(),
                    optCount(serving ? f.maxContextTokens : f.maxSamplesInMemory).c_str(), priceText(f.machine).c_str());
    }
}

Result<Estimate> run(const Invocation &inv)
{
    auto e = estimate(inv.scenario);
    if (!e.ok())
        printError(inv.file.toStdString() + ": " + e.error().text());
    return e;
}

int failureCode(const Error &error)
{
    return error.code == ErrorCode::Overflow || error.code == ErrorCode::Io ? Failure : BadInput;
}

} // namespace

int estimateCommand(const Invocation &inv)
{
    auto result = run(inv);
    if (!result.ok())
        return failureCode(result.error());
    const Estimate &e = result.value();
    if (inv.json) {
        std::printf("%s\n", estimateToJson(e).dump(2).c_str());
        return Ok;
    }
    const Scenario &s = inv.scenario;
    std::printf("%s\n\n", s.name.empty() ? inv.file.toStdString().c_str() : s.name.c_str());
    printBreakdown("Host RAM (one machine)", e.host);
    const Recommendation &r = e.recommendation;
    std::printf("  %-22s %12s  peak + OS reserve %s GiB + other processes %s GiB\n", "minimum",
                formatBytes(r.hostMinimum).c_str(), formatNumber(s.system.osReservedGib).c_str(),
                formatNumber(s.system.otherProcessesGib).c_str());
    std::printf("  %-22s %12s  minimum × (1 + %s headroom)\n", "recommended", formatBytes(r.hostRecommended).c_str(),
                formatNumber(s.system.headroomFraction).c_str());
    std::printf("  %-22s %12s  next common RAM size\n", "buy", formatBytes(r.hostPurchasable).c_str());
    if (e.device) {
        std::printf("\n");
        printBreakdown(("Per device (" + std::to_string(e.devices) + " device" + (e.devices == 1 ? "" : "s") + ")").c_str(),
                       *e.device);
        std::printf("  %-22s %12s  peak × (1 + %s headroom)\n", "recommended", formatBytes(r.deviceRecommended).c_str(),
                    formatNumber(s.system.headroomFraction).c_str());
    }
    printCandidates(e);
    if (!e.warnings.empty()) {
        std::printf("\nWarnings\n");
        for (const auto &w : e.warnings)
            std::printf("  - %s\n", w.message.c_str());
    }
    return Ok;
}

int compareCommand(const Invocation &inv)
{
    auto result = run(inv);
    if (!result.ok())
        return failureCode(result.error());
    const Estimate &e = result.value();
    const auto best = recommendedCandidate(e);
    if (inv.json) {
        nlohmann::ordered_json j = nlohmann::ordered_json::object();
        j["candidates"] = candidatesToJson(e);
        j["recommended"] = best ? nlohmann::ordered_json(e.candidates[*best].machine.name) : nlohmann::ordered_json(nullptr);
        std::printf("%s\n", j.dump(2).c_str());
        return Ok;
    }
    if (e.candidates.empty()) {
        std::printf("The scenario names no hardware candidates.\n");
        return Ok;
    }
    printCandidates(e);
    std::printf("\n");
    for (const auto &f : e.candidates)
        std::printf("  %s: %s\n", f.machine.name.c_str(), f.reason.c_str());
    if (best)
        std::printf("\nRecommended: %s (the cheapest that fits with %s %% headroom%s%s)\n",
                    e.candidates[*best].machine.name.c_str(),
                    formatNumber(inv.scenario.system.headroomFraction * 100.0, 0).c_str(),
                    e.candidates[*best].machine.price ? ", " : "",
                    e.candidates[*best].machine.price ? priceText(e.candidates[*best].machine).c_str() : "");
    else
        std::printf("\nRecommended: none — no candidate fits with the scenario's headroom\n");
    return Ok;
}

} // namespace headroom::ui::cli
