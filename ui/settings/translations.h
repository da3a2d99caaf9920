#pragma once
/// @file translations.h
/// Loading Headroom's catalogues (compiled into the resources under ":/i18n") and Qt's own.

#include <QString>
#include <QStringList>

namespace headroom::ui {

/// Language codes the application is translated into: "en", "de", "zh_CN".
QStringList availableLanguages();

/// A language's name in that language ("Deutsch", "简体中文").
QString nativeLanguageName(const QString &code);

/// Installs the catalogues for `language` ("" = the system locale's first UI language),
/// replacing any installed before; widgets receive QEvent::LanguageChange. Returns the
/// language in effect ("en" when no catalogue matched).
QString installTranslations(const QString &language);

/// The language installTranslations() last put in effect.
QString currentLanguage();

} // namespace headroom::ui
