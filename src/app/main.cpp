#include "datafolder.h"
#include "i18n.h"
#include "logging.h"
#include "mainwindow.h"
#include "profile.h"
#include "secrets/keychainsecretstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Ponte"_s);
    QApplication::setApplicationName(u"Ponte"_s);
    QApplication::setApplicationVersion(QStringLiteral(PONTE_VERSION));
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    Ponte::installTranslators(app, env.value(u"PONTE_LANG"_s, u"pt_BR"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Ponte connects the Omie ERP with the Ploomes CRM."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(u"data-dir"_s, QApplication::translate("main", "Data folder to use."),
                                           QApplication::translate("main", "folder"));
    const QCommandLineOption demoOption(u"demo"_s,
                                        QApplication::translate("main", "Run against the built-in simulators."));
    const QCommandLineOption grabOption(u"grab"_s,
                                        QApplication::translate("main", "Save a screenshot of the window and quit."),
                                        QApplication::translate("main", "file"));
    parser.addOptions({dataDirOption, demoOption, grabOption});
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    const QString dataDir = Ponte::DataFolder::resolve(parser.value(dataDirOption), demo, env);
    if (Ponte::Status s = Ponte::DataFolder::ensure(dataDir); !s) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Ponte"), s.message());
        return 2;
    }
    Ponte::Logging::install(Ponte::DataFolder::logDir(dataDir));
    auto profile = Ponte::Profile::open(dataDir, env);
    if (!profile) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Ponte"),
                              profile.message() + u"\n\n"_s + profile.status().detail());
        return 2;
    }
    Ponte::KeychainSecretStore secrets(u"Ponte"_s, Ponte::DataFolder::secretProfile(dataDir));
    Ponte::MainWindow window(profile.value(), &secrets, demo);
    window.show();
    if (parser.isSet(grabOption)) {
        const QString file = parser.value(grabOption);
        QTimer::singleShot(1500, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return app.exec();
}
