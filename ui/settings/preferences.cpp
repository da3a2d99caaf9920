#include "settings/preferences.h"

#include "common/format.h"
#include "scenario/scenario.h"
#include "settings/translations.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QPointer>
#include <QWidget>

namespace headroom::ui {

PreferencesNotifier *PreferencesNotifier::instance()
{
    static PreferencesNotifier notifier;
    return &notifier;
}

void applyScenarioDefaults(Scenario &scenario)
{
    scenario.system.headroomFraction = prefs::defaultHeadroomFraction.value();
    scenario.system.osReservedGib = prefs::defaultOsReservedGib.value();
}

void applyPreferences()
{
    static std::optional<prefs::ChartTheme> appliedTheme;
    const bool si = prefs::units.value() == prefs::Units::Si;
    const prefs::ChartTheme theme = prefs::chartTheme.value();
    const bool redraw = si != siUnits() || (appliedTheme && *appliedTheme != theme);
    appliedTheme = theme;
    setSiUnits(si);
    if (prefs::language.value() != currentLanguage() || prefs::language.value().isEmpty())
        installTranslations(prefs::language.value());
    if (redraw) {
        // Every view sets its texts (sizes included) and chart colours when it retranslates;
        // a language change is how they all learn that units or the chart theme changed.
        // A view that rebuilds its forms deletes the popups of their combo boxes, which are
        // top-level widgets too: only the ones still there get the event.
        QList<QPointer<QWidget>> windows;
        for (QWidget *w : QApplication::topLevelWidgets())
            windows << w;
        for (const QPointer<QWidget> &w : std::as_const(windows)) {
            QEvent change(QEvent::LanguageChange);
            if (w)
                QCoreApplication::sendEvent(w, &change);
        }
    }
}

bool darkChartTheme()
{
    switch (prefs::chartTheme.value()) {
    case prefs::ChartTheme::Dark:
        return true;
    case prefs::ChartTheme::Light:
        return false;
    case prefs::ChartTheme::System:
        break;
    }
    // Qt 6.4 has no colour-scheme hint; a dark window background is the sign.
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace headroom::ui
