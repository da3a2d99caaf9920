#pragma once
/// @file preferences.h
/// The user's preferences as typed keys: each carries its QSettings key, its default and,
/// for numbers, its bounds, so no raw QSettings string is spelled anywhere else.

#include <QMetaEnum>
#include <QObject>
#include <QSettings>
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <optional>
#include <type_traits>

namespace headroom {
struct Scenario;
}

namespace headroom::ui {

namespace prefs {
Q_NAMESPACE

/// Sizes in IEC units (GiB, 1024³ bytes) or SI units (GB, 1000³ bytes).
enum class Units { Iec, Si };
Q_ENUM_NS(Units)

/// Paper for reports; Auto follows the locale (Letter in North America, A4 elsewhere).
enum class PaperSize { Auto, A4, Letter };
Q_ENUM_NS(PaperSize)

/// Colours of the charts; System follows the palette.
enum class ChartTheme { System, Light, Dark };
Q_ENUM_NS(ChartTheme)

} // namespace prefs

/// Emits `changed(key)` whenever a Setting's stored value changes.
class PreferencesNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesNotifier)

public:
    static PreferencesNotifier *instance();

signals:
    void changed(const QString &key);

private:
    PreferencesNotifier() = default;
};

/// The store every preference lives in: the desktop application's, shared with
/// headroom-cli (whose application name differs) so that `report` uses the same author.
#define HEADROOM_PREFERENCES_STORE(name) QSettings name(QStringLiteral("Headroom"), QStringLiteral("Headroom"))

/// One preference of type T. Enumerations are stored by name, numbers are clamped to
/// their bounds, and a stored value of the wrong type or out of the allowed set reads as
/// the default.
template <typename T>
class Setting
{
public:
    Setting(const char *key, T defaultValue) : m_key(key), m_default(defaultValue) {}
    Setting(const char *key, T defaultValue, T minimum, T maximum)
        : m_key(key), m_default(defaultValue), m_min(minimum), m_max(maximum)
    {
    }

    QString key() const { return QString::fromLatin1(m_key); }
    T defaultValue() const { return m_default; }
    std::optional<T> minimum() const { return m_min; }
    std::optional<T> maximum() const { return m_max; }

    T value() const
    {
        HEADROOM_PREFERENCES_STORE(settings);
        const QVariant stored = settings.value(key());
        if (!stored.isValid())
            return m_default;
        if constexpr (std::is_enum_v<T>) {
            bool ok = false;
            const int v = QMetaEnum::fromType<T>().keyToValue(stored.toString().toLatin1().constData(), &ok);
            return ok ? static_cast<T>(v) : m_default;
        } else {
            if (!stored.canConvert<T>())
                return m_default;
            return bounded(stored.value<T>());
        }
    }

    void setValue(const T &v) const
    {
        const T next = bounded(v);
        HEADROOM_PREFERENCES_STORE(settings);
        if (settings.contains(key()) && next == value())
            return;
        if constexpr (std::is_enum_v<T>)
            settings.setValue(key(), QString::fromLatin1(QMetaEnum::fromType<T>().valueToKey(static_cast<int>(next))));
        else
            settings.setValue(key(), QVariant::fromValue(next));
        emit PreferencesNotifier::instance()->changed(key());
    }

    void reset() const
    {
        HEADROOM_PREFERENCES_STORE(settings);
        settings.remove(key());
        emit PreferencesNotifier::instance()->changed(key());
    }

    T bounded(T v) const
    {
        if constexpr (std::is_arithmetic_v<T>) {
            if (m_min)
                v = std::max(v, *m_min);
            if (m_max)
                v = std::min(v, *m_max);
        }
        return v;
    }

private:
    const char *m_key;
    T m_default;
    std::optional<T> m_min;
    std::optional<T> m_max;
};

namespace prefs {
/// "" follows the system locale; otherwise one of availableLanguages() ("en", "de", "zh_CN").
inline const Setting<QString> language{"ui/language", QString()};
inline const Setting<Units> units{"ui/units", Units::Iec};
/// Safety margin of new scenarios (system.headroom_fraction).
inline const Setting<double> defaultHeadroomFraction{"scenario/headroomFraction", 0.2, 0.0, 2.0};
/// Operating-system reserve of new scenarios in GiB (system.os_reserved_gib).
inline const Setting<double> defaultOsReservedGib{"scenario/osReservedGib", 2.0, 0.0, 1024.0};
inline const Setting<PaperSize> paperSize{"report/paperSize", PaperSize::Auto};
inline const Setting<QString> reportAuthor{"report/author", QString()};
inline const Setting<QString> reportOrganisation{"report/organisation", QString()};
inline const Setting<ChartTheme> chartTheme{"charts/theme", ChartTheme::System};

// What the application remembers between sessions (not shown in Preferences).
/// The main window's geometry and its docks and toolbars (QMainWindow::saveGeometry, saveState).
inline const Setting<QByteArray> windowGeometry{"window/geometry", QByteArray()};
inline const Setting<QByteArray> windowState{"window/state", QByteArray()};
/// Recently opened scenario files, absolute paths, newest first.
inline const Setting<QStringList> recentFiles{"recentFiles", QStringList()};
/// The file the pending autosave is unsaved work of ("" for a scenario never saved), and
/// the same for the autosave set aside for recovery after a session that did not close.
inline const Setting<QString> autosaveOriginalPath{"autosave/originalPath", QString()};
inline const Setting<QString> recoveryOriginalPath{"autosave/recoveryOriginalPath", QString()};
} // namespace prefs

/// Puts the preferred defaults (headroom fraction, OS reserve) into a new scenario.
void applyScenarioDefaults(Scenario &scenario);

/// Applies the preferences that take effect application-wide: units, language (installs
/// the translations). Called at start and whenever the preferences dialog applies.
void applyPreferences();

/// True when the dark chart theme is in effect (Dark, or System with a dark palette).
bool darkChartTheme();

} // namespace headroom::ui
