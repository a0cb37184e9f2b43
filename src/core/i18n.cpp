#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
/** "pt-BR", "pt_PT", "EN-us", "en" → the supported language it falls under, or empty. */
QString supportedFor(const QString &name)
{
    const QString lower = name.trimmed().toLower().replace(u'-', u'_');
    if (lower == u"pt"_s || lower.startsWith(u"pt_"_s))
        return u"pt_BR"_s;
    if (lower == u"en"_s || lower.startsWith(u"en_"_s))
        return u"en"_s;
    return QString();
}

QPointer<QTranslator> g_ponteTranslator;
QPointer<QTranslator> g_qtTranslator;
} // namespace

QStringList supportedLanguages()
{
    return {u"pt_BR"_s, u"en"_s};
}

QString chooseLanguage(const QString &override, const QString &saved, const QStringList &systemUiLanguages)
{
    for (const QString &candidate : {override, saved}) {
        if (const QString lang = supportedFor(candidate); !lang.isEmpty())
            return lang;
    }
    for (const QString &system : systemUiLanguages) {
        if (const QString lang = supportedFor(system); !lang.isEmpty())
            return lang;
    }
    return u"pt_BR"_s;
}

bool installTranslators(QCoreApplication &app, const QString &language)
{
    const QString lang = supportedFor(language).isEmpty() ? u"pt_BR"_s : supportedFor(language);
    QLocale::setDefault(QLocale(lang));
    for (QPointer<QTranslator> *old : {&g_qtTranslator, &g_ponteTranslator}) {
        if (*old) {
            app.removeTranslator(*old);
            delete old->data();
        }
    }
    auto *qtTranslator = new QTranslator(&app);
    // Qt's dialogs and buttons ("Cancel", "Yes") in the same language, when the distribution ships them.
    if (qtTranslator->load(u"qtbase_"_s + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qtTranslator);
        g_qtTranslator = qtTranslator;
    } else {
        delete qtTranslator;
    }
    auto *translator = new QTranslator(&app);
    if (!translator->load(u":/i18n/ponte_"_s + lang + u".qm"_s)) {
        delete translator;
        return false;
    }
    app.installTranslator(translator);
    g_ponteTranslator = translator;
    return true;
}

} // namespace Ponte
