#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Ponte {

bool installTranslators(QCoreApplication &app, const QString &language)
{
    const QString lang = language.isEmpty() ? u"pt_BR"_s : language;
    QLocale::setDefault(QLocale(lang));
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(u"qtbase_"_s + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTranslator);
    else
        delete qtTranslator;
    auto *translator = new QTranslator(&app);
    if (!translator->load(u":/i18n/ponte_"_s + lang + u".qm"_s)) {
        delete translator;
        return false;
    }
    app.installTranslator(translator);
    return true;
}

} // namespace Ponte
