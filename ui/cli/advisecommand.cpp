// `advise`: the optimisation advisor's suggestions, as JSON or a readable table.

#include "cli/clicommands.h"

#include "advisor/advisor.h"
#include "engine/engine.h"
#include "util/format.h"

#include <cstdio>

namespace headroom::ui::cli {
namespace {

using Json = nlohmann::ordered_json;

std::string savingText(Bytes b)
{
    return b < 0 ? "−" + formatBytes(-b) + " (needs more)" : formatBytes(b);
}

std::string joined(const std::vector<std::string> &names)
{
    std::string out;
    for (const auto &n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out.empty() ? "—" : out;
}

Json toJson(const std::vector<Suggestion> &list, const std::vector<Pitfall> &warnings)
{
    Json out = Json::object();
    Json suggestions = Json::array();
    for (const Suggestion &s : list) {
        Json j = Json::object();
        j["id"] = s.id;
        j["title"] = s.title;
        j["host_saving_bytes"] = s.hostSaving;
        j["device_saving_bytes"] = s.deviceSaving;
        j["cost"] = s.cost;
        j["makes_fit"] = s.makesFit;
        j["scenario_patch"] = s.scenarioPatch;
        suggestions.push_back(std::move(j));
    }
    out["suggestions"] = std::move(suggestions);
    Json w = Json::array();
    for (const Pitfall &p : warnings) {
        Json j = Json::object();
        j["code"] = p.code;
        j["message"] = p.message;
        if (!p.candidate.empty())
            j["candidate"] = p.candidate;
        j["need_bytes"] = p.need;
        if (p.available > 0)
            j["available_bytes"] = p.available;
        j["per_device"] = p.perDevice;
        if (p.devices > 0)
            j["devices"] = p.devices;
        if (!p.alternative.empty())
            j["alternative"] = p.alternative;
        if (p.priceDifference) {
            j["price_difference"] = *p.priceDifference;
            j["currency"] = p.currency;
        }
        w.push_back(std::move(j));
    }
    out["warnings"] = std::move(w);
    return out;
}

void printTable(const Invocation &inv, const std::vector<Suggestion> &list, const std::vector<Pitfall> &warnings)
{
    const Scenario &s = inv.scenario;
    std::printf("%s\n\n", s.name.empty() ? inv.file.toStdString().c_str() : s.name.c_str());
    if (list.empty()) {
        std::printf("No suggestion saves memory for this scenario.\n");
    } else {
        int n = 0;
        for (const Suggestion &sug : list) {
            std::printf("%2d. %s\n", ++n, sug.title.c_str());
            std::printf("    saves %s of host RAM and %s per device; makes fit: %s\n", savingText(sug.hostSaving).c_str(),
                        savingText(sug.deviceSaving).c_str(), joined(sug.makesFit).c_str());
            std::printf("    cost: %s\n", sug.cost.c_str());
        }
    }
    if (!warnings.empty()) {
        std::printf("\nPitfalls\n");
        for (const Pitfall &p : warnings)
            std::printf("  - %s\n", p.message.c_str());
    }
}

} // namespace

int adviseCommand(const Invocation &inv)
{
    auto e = estimate(inv.scenario, EstimateOptions{nullptr, false});
    if (!e.ok()) {
        printError(inv.file.toStdString() + ": " + e.error().text());
        return e.error().code == ErrorCode::Overflow || e.error().code == ErrorCode::Io ? Failure : BadInput;
    }
    const auto list = advise(inv.scenario);
    const auto warnings = pitfalls(inv.scenario, e.value());
    if (inv.json)
        std::printf("%s\n", toJson(list, warnings).dump(2).c_str());
    else
        printTable(inv, list, warnings);
    return Ok;
}

} // namespace headroom::ui::cli
