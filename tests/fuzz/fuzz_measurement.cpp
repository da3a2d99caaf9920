// Feeds arbitrary bytes to the measurement reader; whatever it accepts is compared with
// the estimate of its own scenario (must not crash, overflow or hang).

#include "engine/engine.h"
#include "measure/measurement.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto m = headroom::readMeasurement(text);
    if (!m.ok())
        return 0;
    if (m->hostPeak < 0)
        std::abort();
    if (!m->scenario)
        return 0;
    headroom::EstimateOptions options;
    options.solveLimits = false;
    const auto e = headroom::estimate(*m->scenario, options);
    if (!e.ok())
        return 0;
    const auto c = headroom::compareMeasurement(*m->scenario, e.value(), m.value());
    for (const auto &r : c.metrics)
        if (std::isnan(r.error))
            std::abort();
    if (!c.differingFields.empty())   // its own scenario cannot differ from itself
        std::abort();
    return 0;
}
