#include "cli.h"
#include "hardening.h"
#include "i18n.h"

#include <QCoreApplication>
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
    // PONTE_LANG, else pt-BR whatever the system's locale: scripts and logs that read the command line's
    // messages must not change with the account a service or a scheduled task happens to run under.
    Ponte::installTranslators(app, Ponte::chooseLanguage(env.value(u"PONTE_LANG"_s), u"pt_BR"_s, {}));
    Ponte::Cli cli(QCoreApplication::arguments(), env);
    return cli.run();
}
