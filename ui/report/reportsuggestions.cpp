#include "report/reportsuggestions.h"

// The advisor (core/advisor, issue 10) is built in parallel; without it the report simply
// has no suggestions section.
#if __has_include("advisor/advisor.h")
#include "advisor/advisor.h"
#define HEADROOM_REPORT_HAS_ADVISOR 1
#if __has_include("advisor/advisortext.h")
#include "advisor/advisortext.h" // translated titles and costs
#define HEADROOM_REPORT_HAS_ADVISOR_TEXT 1
#endif
#endif

namespace headroom::ui::report {

std::optional<std::vector<Suggestion>> suggestionsFor([[maybe_unused]] const Scenario &scenario)
{
#ifdef HEADROOM_REPORT_HAS_ADVISOR
    std::vector<Suggestion> out;
    for (const headroom::Suggestion &s : headroom::advise(scenario)) {
        Suggestion r;
#ifdef HEADROOM_REPORT_HAS_ADVISOR_TEXT
        r.title = suggestionTitle(s);
        r.detail = suggestionCost(s);
#else
        r.title = QString::fromStdString(s.title);
        r.detail = QString::fromStdString(s.cost);
#endif
        if (!s.makesFit.empty()) {
            QStringList names;
            for (const std::string &name : s.makesFit)
                names << QString::fromStdString(name);
            const QString fits = Report::tr("With it, %1 fits.").arg(names.join(QStringLiteral(", ")));
            r.detail = r.detail.isEmpty() ? fits : r.detail + QLatin1Char(' ') + fits;
        }
        r.hostSaving = s.hostSaving;
        r.deviceSaving = s.deviceSaving;
        out.push_back(std::move(r));
    }
    return out;
#else
    return std::nullopt;
#endif
}

} // namespace headroom::ui::report
