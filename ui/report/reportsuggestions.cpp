#include "report/reportsuggestions.h"

#include "advisor/advisor.h"
#include "advisor/advisortext.h"

namespace headroom::ui::report {

std::vector<Suggestion> suggestionsFor(const Scenario &scenario)
{
    std::vector<Suggestion> out;
    for (const headroom::Suggestion &s : headroom::advise(scenario)) {
        Suggestion r;
        r.title = suggestionTitle(s);
        r.detail = suggestionCost(s);
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
}

} // namespace headroom::ui::report
