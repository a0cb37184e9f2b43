#include "datafolder.h"
#include "demoenvironment.h"
#include "hardening.h"
#include "i18n.h"
#include "logging.h"
#include "mainwindow.h"
#include "profile.h"
#include "secrets/credentials.h"
#include "secrets/keychainsecretstore.h"
#include "settings.h"
#include "singleinstance.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    Ponte::hardenProcess(); // before any secret is read
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Ponte"_s);
    QApplication::setApplicationName(u"Ponte"_s);
    QApplication::setApplicationVersion(QStringLiteral(PONTE_VERSION));
    QApplication::setDesktopFileName(u"ponte"_s);
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/ponte-%1.png"_s.arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList systemLanguages = QLocale::system().uiLanguages();
    Ponte::installTranslators(app, Ponte::chooseLanguage(env.value(u"PONTE_LANG"_s), QString(), systemLanguages));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Ponte connects the Omie ERP with the Ploomes CRM."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(u"data-dir"_s, QApplication::translate("main", "Data folder to use."),
                                           QApplication::translate("main", "folder"));
    const QCommandLineOption demoOption(u"demo"_s,
                                        QApplication::translate("main", "Run against the built-in simulators."));
    const QCommandLineOption grabOption(u"grab"_s,
                                        QApplication::translate("main", "Save a screenshot of the window and quit."),
                                        QApplication::translate("main", "file"));
    const QCommandLineOption syncOption(u"sync-on-start"_s,
                                        QApplication::translate("main", "Start a sync as soon as the window opens."));
    const QCommandLineOption autoDemoOption(
        u"demo-unless-configured"_s,
        QApplication::translate("main",
                                "Run against the built-in simulators unless Omie and Ploomes credentials are stored."));
    const QCommandLineOption backgroundOption(
        u"background"_s,
        QApplication::translate("main", "Start in the notification area (used when starting with the system)."));
    parser.addOptions({dataDirOption, demoOption, autoDemoOption, grabOption, syncOption, backgroundOption});
    parser.process(app);

    bool demo = parser.isSet(demoOption);
    if (!demo && parser.isSet(autoDemoOption)) {
        // No real account yet (or no keychain to hold one): show the product with the simulators.
        const QString realDir = Ponte::DataFolder::resolve(parser.value(dataDirOption), false, env);
        Ponte::KeychainSecretStore keychain(u"Ponte"_s, Ponte::DataFolder::secretProfile(realDir));
        Ponte::SecretResult error;
        const Ponte::Credentials stored = Ponte::CredentialStore(keychain, env).loadBlocking(&error);
        demo = !error.ok() || !stored.isComplete();
    }
    const QString dataDir = Ponte::DataFolder::resolve(parser.value(dataDirOption), demo, env);
    if (Ponte::Status s = Ponte::DataFolder::ensure(dataDir); !s) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Ponte"), s.message());
        return 2;
    }
    // One Ponte per data folder: a second launch brings the first to the front and ends here.
    Ponte::SingleInstance instance(dataDir);
    switch (instance.claim()) {
    case Ponte::SingleInstance::Role::Secondary:
        return 0;
    case Ponte::SingleInstance::Role::Failed:
        QMessageBox::critical(nullptr, QApplication::translate("main", "Ponte"), instance.errorString());
        return 2;
    case Ponte::SingleInstance::Role::Primary:
        break;
    }
    Ponte::Logging::install(Ponte::DataFolder::logDir(dataDir));
    // Demo mode: both services simulated on this computer, with their state kept in the demo folder.
    std::unique_ptr<Ponte::Sim::DemoEnvironment> simulators;
    std::optional<Ponte::Credentials> demoCredentials;
    if (demo) {
        simulators = std::make_unique<Ponte::Sim::DemoEnvironment>(dataDir + u"/demo-simulators.json"_s);
        if (Ponte::Status s = simulators->start(); !s) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Ponte"), s.message());
            return 2;
        }
        env = simulators->applyTo(env);
        demoCredentials = simulators->credentials();
    }
    auto profile = Ponte::Profile::open(dataDir, env);
    if (!profile) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Ponte"),
                              profile.message() + u"\n\n"_s + profile.status().detail());
        return 2;
    }
    // The choice of the settings page, once the profile that keeps it is open (PONTE_LANG still wins).
    const QString language = Ponte::chooseLanguage(
        env.value(u"PONTE_LANG"_s), profile.value()->settings().stringValue(Ponte::SettingKey::Language),
        systemLanguages);
    if (language != Ponte::chooseLanguage(env.value(u"PONTE_LANG"_s), QString(), systemLanguages))
        Ponte::installTranslators(app, language);
    if (demo) {
        // The demo's Omie has several contas correntes and categorias: pick them as an administrator would.
        if (Ponte::Status s = profile.value()->settings().fillEmpty(simulators->orderDefaults()); !s) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Ponte"), s.message());
            return 2;
        }
    }
    Ponte::KeychainSecretStore secrets(u"Ponte"_s, Ponte::DataFolder::secretProfile(dataDir));
    Ponte::MainWindow window(profile.value(), &secrets, env, demoCredentials);
    // Keys entered during the demonstration are those of the real accounts, for when the demo is off.
    std::unique_ptr<Ponte::KeychainSecretStore> realSecrets;
    if (demo) {
        const QString realDir = Ponte::DataFolder::resolve(parser.value(dataDirOption), false, env);
        realSecrets =
            std::make_unique<Ponte::KeychainSecretStore>(u"Ponte"_s, Ponte::DataFolder::secretProfile(realDir));
        window.setCredentialsStore(realSecrets.get());
    }
    // The window may close to the tray while syncs are scheduled: the application ends when it says so.
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&window, &Ponte::MainWindow::quitting, &app, &QApplication::quit, Qt::QueuedConnection);
    QObject::connect(&instance, &Ponte::SingleInstance::raiseRequested, &window, &Ponte::MainWindow::bringToFront);
    if (parser.isSet(backgroundOption))
        window.startInBackground();
    else
        window.show();
    QObject::connect(&window, &Ponte::MainWindow::demoRequested, &window, [&window] {
        // The demonstration has its own data folder and simulators: it is another start of Ponte.
        QProcess::startDetached(QApplication::applicationFilePath(), {u"--demo"_s});
        window.quitApplication();
    });
    if (!parser.isSet(grabOption))
        QTimer::singleShot(0, &window, [&window] { window.offerSetupIfUnconfigured(); });
    if (parser.isSet(syncOption))
        QTimer::singleShot(0, &window, [&window] { window.startSync(false); });
    if (parser.isSet(grabOption)) {
        const QString file = parser.value(grabOption);
        QObject::connect(window.controller(), &Ponte::SyncController::finished, &window, [&window, file] {
            QTimer::singleShot(300, &window, [&window, file] {
                window.grab().save(file);
                window.quitApplication();
            });
        });
        if (!parser.isSet(syncOption)) {
            QTimer::singleShot(1500, &window, [&window, file] {
                window.grab().save(file);
                window.quitApplication();
            });
        }
    }
    const int rc = app.exec();
    // The demo state is a convenience: losing it must not turn a clean exit into an error.
    if (simulators) {
        if (Ponte::Status s = simulators->save(); !s)
            qWarning() << "demo state not saved:" << s.message() << s.detail();
    }
    return rc;
}
