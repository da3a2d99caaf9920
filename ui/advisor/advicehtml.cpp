#include "advisor/advicehtml.h"

#include "advisor/advisor.h"
#include "advisor/advisortext.h"
#include "common/format.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace headroom::ui {
namespace {

/// The translation context of the report's advice section.
struct AdviceHtml {
    Q_DECLARE_TR_FUNCTIONS(AdviceHtml)
};

QString saving(Bytes b)
{
    if (b == 0)
        return QStringLiteral("—");
    return formatSize(b); // negative: more is needed ("−1.2 GiB")
}

} // namespace

QString adviceHtml(const Scenario &scenario, const Estimate &estimate)
{
    const auto suggestions = advise(scenario);
    const auto warnings = pitfalls(scenario, estimate);
    if (suggestions.empty() && warnings.empty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2>").arg(AdviceHtml::tr("Ways to need less memory").toHtmlEscaped());
    if (!warnings.empty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(AdviceHtml::tr("Pitfalls").toHtmlEscaped());
        for (const Pitfall &p : warnings)
            html += QStringLiteral("<li>%1</li>").arg(pitfallText(p).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!suggestions.empty()) {
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>%1</th><th>%2</th><th>%3</th>"
                               "<th>%4</th><th>%5</th></tr>")
                    .arg(AdviceHtml::tr("Suggestion").toHtmlEscaped(), AdviceHtml::tr("Host RAM saved").toHtmlEscaped(),
                         AdviceHtml::tr("Saved per device").toHtmlEscaped(), AdviceHtml::tr("Makes fit").toHtmlEscaped(),
                         AdviceHtml::tr("Cost").toHtmlEscaped());
        for (const Suggestion &s : suggestions) {
            QStringList names;
            for (const auto &n : s.makesFit)
                names << QString::fromStdString(n);
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(suggestionTitle(s).toHtmlEscaped(), saving(s.hostSaving).toHtmlEscaped(),
                             saving(s.deviceSaving).toHtmlEscaped(), QLocale().createSeparatedList(names).toHtmlEscaped(),
                             suggestionCost(s).toHtmlEscaped());
        }
        html += QStringLiteral("</table><p>%1</p>")
                    .arg(AdviceHtml::tr("Each saving is the difference between the estimate of the scenario and that of the scenario "
                            "with the change made.")
                             .toHtmlEscaped());
    }
    return html;
}

} // namespace headroom::ui
