#pragma once
/// @file reportsuggestions.h
/// The bridge from the optimisation advisor (core/advisor) to the report's suggestions.

#include "report/reportcontent.h"

#include <optional>
#include <vector>

namespace headroom::ui::report {

/// The advisor's suggestions for `scenario`; nullopt when Headroom is built without the
/// advisor, and then the report has no suggestions section.
std::optional<std::vector<Suggestion>> suggestionsFor(const Scenario &scenario);

} // namespace headroom::ui::report
