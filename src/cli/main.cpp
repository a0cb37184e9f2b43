#include "cli.h"
#include "hardening.h"
#include "i18n.h"

#include <QCoreApplication>
#include <QLocale>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    Ponte::hardenProcess(); // before any secret is read
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Ponte"_s);
    QCoreApplication::setApplicationName(u"Ponte"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PONTE_VERSION));
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // PONTE_LANG, else the system's language when Ponte speaks it, else pt-BR.
    Ponte::installTranslators(app, Ponte::chooseLanguage(env.value(u"PONTE_LANG"_s), QString(),
                                                         QLocale::system().uiLanguages()));
    Ponte::Cli cli(QCoreApplication::arguments(), env);
    return cli.run();
}
