#include "settings/preferences.h"

#include "common/format.h"
#include "scenario/scenario.h"
#include "settings/translations.h"

#include <QGuiApplication>
#include <QPalette>

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
    setSiUnits(prefs::units.value() == prefs::Units::Si);
    if (prefs::language.value() != currentLanguage() || prefs::language.value().isEmpty())
        installTranslations(prefs::language.value());
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
