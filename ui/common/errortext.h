#pragma once
/// @file errortext.h
/// Core's refusals and warnings in the user's language: their message templates
/// (scenario/messages.h) translated, then filled in. The command line keeps core's English.

#include "estimate/estimate.h"
#include "util/result.h"

#include <QString>

namespace headroom::ui {

/// The problem alone ("must be >= 1, got 0"), translated.
QString errorMessage(const Error &error);

/// "path: problem", translated (the path is the JSON path, as written in the file).
QString errorText(const Error &error);

/// A warning of the estimate, translated.
QString warningText(const Warning &warning);

} // namespace headroom::ui
