#pragma once
/// @file reportsuggestions.h
/// The bridge from the optimisation advisor (core/advisor) to the report's suggestions.

#include "report/reportcontent.h"

#include <vector>

namespace headroom::ui::report {

/// The advisor's suggestions for `scenario`, their titles and costs translated.
std::vector<Suggestion> suggestionsFor(const Scenario &scenario);

} // namespace headroom::ui::report
