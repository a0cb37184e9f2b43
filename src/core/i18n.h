#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Ponte {

/** The languages Ponte has catalogues for: "pt_BR" (the default) and "en". */
QStringList supportedLanguages();

/**
 * Pure: the language to use. A supported @p override (PONTE_LANG) wins, then the @p saved choice of the
 * settings page (setting ui.language; "system" or empty: follow the system), then the first of @p systemUiLanguages (QLocale::uiLanguages(), "pt-PT", "en-US", …)
 * Ponte speaks; pt-BR when none is supported or known.
 */
QString chooseLanguage(const QString &override, const QString &saved, const QStringList &systemUiLanguages);

/**
 * Installs Ponte's translator (and Qt's own qtbase_*.qm when installed) for @p language ("pt_BR" or
 * "en"), replacing those of an earlier call. Returns false when Ponte's catalogue for it is missing.
 */
bool installTranslators(QCoreApplication &app, const QString &language);

} // namespace Ponte
