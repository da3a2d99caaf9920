// Accuracy of the engine against measured workloads: for every calibration case, the
// measured host peak, the estimate and the error; then median, 90th percentile and worst
// |estimate − measured| / measured. Usage: headroom-accuracy [CALIBRATION_DIR] [FILTER]

#include "engine/engine.h"
#include "scenario/codec.h"
#include "util/format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace fs = std::filesystem;
using namespace headroom;

namespace {

std::string slurp(const fs::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    // Nearest-rank percentile.
    const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(v.size())));
    return v[std::clamp<std::size_t>(rank, 1, v.size()) - 1];
}

} // namespace

int main(int argc, char **argv)
{
    const fs::path dir = argc > 1 ? fs::path(argv[1]) : fs::path(HEADROOM_CALIBRATION_DIR);
    const std::string filter = argc > 2 ? argv[2] : "";
    const auto results = nlohmann::json::parse(slurp(dir / "results.json"));
    std::vector<fs::path> files;
    for (const auto &entry : fs::directory_iterator(dir / "cases"))
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());

    std::vector<double> errors;
    std::printf("%-44s %12s %12s %8s\n", "case", "measured", "estimated", "error");
    for (const auto &file : files) {
        const std::string name = file.stem().string();
        if (!filter.empty() && name.find(filter) == std::string::npos)
            continue;
        if (!results["cases"].contains(name)) {
            std::printf("%-44s (no measurement)\n", name.c_str());
            continue;
        }
        const auto measured = results["cases"][name]["summary"]["median_peak_rss_bytes"].get<Bytes>();
        auto scenario = readScenario(slurp(file));
        if (!scenario.ok()) {
            std::printf("%-44s refused: %s\n", name.c_str(), scenario.error().text().c_str());
            errors.push_back(1.0);
            continue;
        }
        const Estimate e = estimateMemory(scenario.value());
        const double err = (static_cast<double>(e.host.peak) - static_cast<double>(measured)) / static_cast<double>(measured);
        errors.push_back(std::fabs(err));
        std::printf("%-44s %12s %12s %+7.1f%%\n", name.c_str(), formatBytes(measured).c_str(),
                    formatBytes(e.host.peak).c_str(), 100.0 * err);
    }
    std::printf("\ncases %zu  median %.1f%%  p90 %.1f%%  worst %.1f%%  (targets: median <= 2 %%, worst <= 10 %%)\n", errors.size(),
                100.0 * percentile(errors, 0.5), 100.0 * percentile(errors, 0.9),
                100.0 * (errors.empty() ? 0.0 : *std::max_element(errors.begin(), errors.end())));
    return 0;
}
