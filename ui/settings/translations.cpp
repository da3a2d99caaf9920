#include "settings/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace headroom::ui {
namespace {

struct Installed {
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}

void removeInstalled()
{
    Installed &s = installed();
    if (s.app)
        QCoreApplication::removeTranslator(s.app.get());
    if (s.qt)
        QCoreApplication::removeTranslator(s.qt.get());
    s.app.reset();
    s.qt.reset();
}

/// The catalogue code for a locale: "zh_CN" for Chinese in Simplified script, otherwise
/// the language ("de" for de_AT); "en" when none is available.
QString matchLanguage(const QLocale &locale)
{
    const QStringList available = availableLanguages();
    for (const QString &ui : locale.uiLanguages()) {
        const QLocale candidate(ui);
        if (candidate.language() == QLocale::Chinese) {
            if (candidate.script() == QLocale::SimplifiedHanScript || candidate.territory() == QLocale::China
                || candidate.territory() == QLocale::Singapore)
                return QStringLiteral("zh_CN");
            continue;
        }
        const QString code = QLocale::languageToCode(candidate.language());
        if (available.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")};
}

QString nativeLanguageName(const QString &code)
{
    if (code == QStringLiteral("de"))
        return QStringLiteral("Deutsch");
    if (code == QStringLiteral("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString installTranslations(const QString &language)
{
    const QString code = language.isEmpty() ? matchLanguage(QLocale::system())
                         : availableLanguages().contains(language) ? language
                                                                    : QStringLiteral("en");
    removeInstalled();
    Installed &s = installed();
    s.language = code;

    // Numbers, sizes and dates follow the system locale unless a language was chosen that
    // differs from it; then they follow that language, so that one page does not mix two.
    const QLocale system = QLocale::system();
    const QLocale chosen(code);
    QLocale::setDefault(!language.isEmpty() && chosen.language() != system.language() ? chosen : system);

    // English is the source language: its catalogue holds only the plural forms, and Qt's
    // own texts need none.
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/headroom_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(app.get());
        s.app = std::move(app);
    }
    if (code == QStringLiteral("en"))
        return code;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(chosen, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s.qt = std::move(qt);
    }
    return code;
}

QString currentLanguage()
{
    return installed().language;
}

} // namespace headroom::ui
