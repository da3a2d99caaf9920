#pragma once

#include "advisor/advisor.h"

#include <QString>

namespace headroom::ui {

/// The suggestion's title, translated by its English template, with its numbers filled in.
QString suggestionTitle(const Suggestion &suggestion);

/// What the suggestion costs, translated by its English text.
QString suggestionCost(const Suggestion &suggestion);

/// The pitfall as a translated sentence built from its numbers.
QString pitfallText(const Pitfall &pitfall);

/// Whether `text` (a title template or a cost from core) is in the list lupdate extracts;
/// a test checks that every text the advisor produces is.
bool isListedAdvisorText(const std::string &text);

} // namespace headroom::ui
