// Feeds arbitrary bytes to the scenario reader; whatever it accepts is written, read
// again (must be equal) and estimated (must not crash, overflow or hang). The same bytes
// go to the hardware catalogue reader.

#include "engine/engine.h"
#include "hardware/catalog.h"
#include "scenario/codec.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    (void)headroom::readCatalog(text);
    const auto scenario = headroom::readScenario(text);
    if (!scenario.ok())
        return 0;
    const auto again = headroom::readScenario(headroom::writeScenario(scenario.value()));
    if (!again.ok() || !(again.value() == scenario.value()))
        std::abort();
    headroom::EstimateOptions options;
    options.solveLimits = false; // the inverse solves are exercised by the tests
    const auto e = headroom::estimate(scenario.value(), options);
    if (e.ok() && e->host.peak < 0)
        std::abort();
    return 0;
}
