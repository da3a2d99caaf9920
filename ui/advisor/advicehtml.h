#pragma once

#include "estimate/estimate.h"
#include "scenario/scenario.h"

#include <QString>

namespace headroom::ui {

/// The advisor's suggestions and pitfalls as an HTML fragment for the PDF report: a heading,
/// the pitfalls as a list, and a table (suggestion, host saving, device saving, makes fit,
/// cost). Every text from the scenario (candidate names) is escaped. Empty when there is
/// neither a suggestion nor a pitfall.
QString adviceHtml(const Scenario &scenario, const Estimate &estimate);

} // namespace headroom::ui
