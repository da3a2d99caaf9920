#pragma once
/// @file errortext.h
/// Core's words in the user's language: refusals, warnings, verdicts and derivations
/// (message templates of scenario/messages.h, translated, then filled in with numbers in
/// the user's locale) and component names (estimate/components.h). The command line keeps
/// core's English.

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

/// A message of core (a verdict, a derivation), translated, its numbers in the locale.
QString messageText(const Message &message);

/// Why a candidate fits or not: its reasons, translated and joined by `separator`.
QString fitReasonsText(const CandidateFit &fit, const QString &separator = QStringLiteral("; "));

/// What keeps a candidate from fitting (or from its safety margin), translated and joined
/// by `separator`; empty when it fits with the margin.
QString fitProblemsText(const CandidateFit &fit, const QString &separator = QStringLiteral("; "));

/// The translated label of an estimate component ("optimizer_states" → "Optimizer states");
/// a key missing from the table shown readably ("new_thing" → "New thing").
QString componentName(const std::string &key);

/// A component's derivation, translated where it has templates.
QString derivationText(const Component &component);

} // namespace headroom::ui
