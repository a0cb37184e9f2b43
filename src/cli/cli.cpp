#include "cli.h"

#include "datafolder.h"
#include "exitcodes.h"
#include "i18n.h"
#include "logging.h"
#include "profile.h"
#include "secrets/credentials.h"
#include "secrets/keychainsecretstore.h"
#include "terminal.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Ponte {

Cli::Cli(QStringList arguments, QProcessEnvironment env)
    : m_arguments(std::move(arguments))
    , m_env(std::move(env))
    , m_out(stdout)
    , m_err(stderr)
{
}

Cli::~Cli()
{
    m_secrets.reset();
    m_profile.reset();
    Logging::uninstall();
}

QString Cli::helpText() const
{
    return tr("Usage: ponte-cli [--data-dir DIR] [--demo] [--verbose] COMMAND [options]\n"
              "\n"
              "Ponte connects the Omie ERP with the Ploomes CRM.\n"
              "\n"
              "Global options:\n"
              "  --data-dir DIR      folder with the database, settings and logs (or PONTE_DATA_DIR)\n"
              "  --demo              use the built-in simulators and a separate demo data folder\n"
              "  --verbose           also print informational log lines on standard error\n"
              "  --help, -h          show this help\n"
              "  --version           show the version\n"
              "\n"
              "Commands:\n"
              "  config list                       list the non-secret settings and their values\n"
              "  config get KEY                    print one setting\n"
              "  config set KEY VALUE              change a setting\n"
              "  config reset KEY                  go back to the default value\n"
              "  credentials set                   read the credentials from standard input and store them in\n"
              "                                    the system keychain (lines omie_app_key=…, omie_app_secret=…,\n"
              "                                    ploomes_user_key=…; asked for one by one on a terminal)\n"
              "  credentials clear                 remove every stored credential of this data folder\n"
              "  credentials status                say which credentials are stored (never their values)\n"
              "\n"
              "Environment: PONTE_DATA_DIR, PONTE_OMIE_URL, PONTE_PLOOMES_URL, PONTE_OMIE_APP_KEY,\n"
              "PONTE_OMIE_APP_SECRET, PONTE_PLOOMES_USER_KEY (used for this process only, never stored),\n"
              "PONTE_OMIE_RPM, PONTE_OMIE_TOTAL_RPM, PONTE_OMIE_CONCURRENCY, PONTE_OMIE_REDUNDANT_WINDOW_S,\n"
              "PONTE_PLOOMES_RPS, PONTE_LANG (pt_BR or en).\n"
              "\n"
              "Exit codes: 0 done; 1 finished with failed records; 2 usage or configuration error;\n"
              "3 authentication refused; 4 service unreachable or blocked; 5 interrupted.\n");
}

int Cli::usageError(const QString &message)
{
    m_err << tr("Error: %1").arg(message) << '\n' << tr("Run \"ponte-cli --help\" for usage.") << '\n';
    m_err.flush();
    return ExitUsage;
}

int Cli::run()
{
    QStringList args = m_arguments.mid(1);
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(u'-')) {
        const QString opt = args.takeFirst();
        if (opt == u"--help"_s || opt == u"-h"_s)
            return commandHelp({});
        if (opt == u"--version"_s || opt == u"-v"_s) {
            m_out << "ponte-cli " << QStringLiteral(PONTE_VERSION) << '\n';
            return ExitOk;
        }
        if (opt == u"--demo"_s) {
            m_options.demo = true;
        } else if (opt == u"--verbose"_s) {
            m_options.verbose = true;
        } else if (opt == u"--data-dir"_s || opt.startsWith(u"--data-dir="_s)) {
            if (opt.contains(u'='))
                m_options.dataDir = opt.section(u'=', 1);
            else if (!args.isEmpty())
                m_options.dataDir = args.takeFirst();
            if (m_options.dataDir.isEmpty())
                return usageError(tr("--data-dir needs a folder."));
        } else {
            return usageError(tr("Unknown option %1.").arg(opt));
        }
    }
    if (args.isEmpty())
        return usageError(tr("No command given."));
    const QString command = args.takeFirst();
    if (command == u"help"_s)
        return commandHelp(args);
    if (command == u"version"_s) {
        m_out << "ponte-cli " << QStringLiteral(PONTE_VERSION) << '\n';
        return ExitOk;
    }
    if (command == u"config"_s)
        return commandConfig(args);
    if (command == u"credentials"_s)
        return commandCredentials(args);
    return usageError(tr("Unknown command %1.").arg(command));
}

int Cli::commandHelp(const QStringList &)
{
    m_out << helpText();
    m_out.flush();
    return ExitOk;
}

int Cli::openProfile()
{
    if (m_profile)
        return ExitOk;
    m_dataDir = DataFolder::resolve(m_options.dataDir, m_options.demo, m_env);
    if (Status s = DataFolder::ensure(m_dataDir); !s) {
        m_err << tr("Error: %1").arg(s.message()) << '\n';
        return ExitUsage;
    }
    Logging::install(DataFolder::logDir(m_dataDir),
                     m_options.verbose ? Logging::Console::All : Logging::Console::WarningsOnly);
    auto profile = Profile::open(m_dataDir, m_env);
    if (!profile) {
        m_err << tr("Error: %1").arg(profile.message()) << '\n';
        if (!profile.status().detail().isEmpty())
            m_err << "  " << profile.status().detail() << '\n';
        return ExitUsage;
    }
    m_profile = profile.value();
    return ExitOk;
}

SecretStore &Cli::secretStore()
{
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>(u"Ponte"_s, DataFolder::secretProfile(m_dataDir));
    return *m_secrets;
}

int Cli::commandConfig(const QStringList &args)
{
    if (int rc = openProfile(); rc != ExitOk)
        return rc;
    Settings &settings = m_profile->settings();
    const QString sub = args.value(0);
    if (sub == u"list"_s && args.size() == 1) {
        for (const Settings::Definition &def : Settings::definitions()) {
            if (def.internal)
                continue;
            m_out << def.key << " = " << Settings::toText(def, settings.value(def.key));
            if (const auto env = settings.overriddenBy(def.key))
                m_out << "  " << tr("(from %1)").arg(*env);
            m_out << '\n';
        }
        return ExitOk;
    }
    if (sub == u"get"_s && args.size() == 2) {
        const Settings::Definition *def = Settings::definition(args.at(1));
        if (!def)
            return usageError(tr("There is no setting called %1.").arg(args.at(1)));
        m_out << Settings::toText(*def, settings.value(def->key)) << '\n';
        return ExitOk;
    }
    if (sub == u"set"_s && args.size() == 3) {
        if (Status s = settings.setValue(args.at(1), args.at(2)); !s)
            return usageError(s.message());
        if (const auto env = settings.overriddenBy(args.at(1)))
            m_err << tr("Note: %1 is set in the environment and overrides this value for now.").arg(*env) << '\n';
        return ExitOk;
    }
    if (sub == u"reset"_s && args.size() == 2) {
        if (Status s = settings.reset(args.at(1)); !s)
            return usageError(s.message());
        return ExitOk;
    }
    return usageError(tr("Use: config list | config get KEY | config set KEY VALUE | config reset KEY"));
}

int Cli::commandCredentials(const QStringList &args)
{
    if (int rc = openProfile(); rc != ExitOk)
        return rc;
    CredentialStore credentials(secretStore(), QProcessEnvironment());
    const QString sub = args.value(0);
    if (sub == u"set"_s && args.size() == 1) {
        Credentials c;
        if (Terminal::stdinIsTerminal()) {
            m_err << tr("Omie App Key: ");
            m_err.flush();
            c.omieAppKey = Terminal::readLine(false);
            m_err << tr("Omie App Secret: ");
            m_err.flush();
            c.omieAppSecret = Terminal::readLine(true);
            m_err << '\n' << tr("Ploomes User-Key: ");
            m_err.flush();
            c.ploomesUserKey = Terminal::readLine(true);
            m_err << '\n';
        } else {
            QTextStream in(stdin);
            QString line;
            while (in.readLineInto(&line)) {
                line = line.trimmed();
                if (line.isEmpty() || line.startsWith(u'#'))
                    continue;
                const int eq = line.indexOf(u'=');
                if (eq <= 0)
                    return usageError(tr("Each line must look like name=value."));
                const QString name = line.left(eq).trimmed().toLower().remove(u"ponte_"_s);
                const QString value = line.mid(eq + 1).trimmed();
                Logging::addSecret(value);
                if (name == u"omie_app_key"_s)
                    c.omieAppKey = value;
                else if (name == u"omie_app_secret"_s)
                    c.omieAppSecret = value;
                else if (name == u"ploomes_user_key"_s)
                    c.ploomesUserKey = value;
                else
                    return usageError(tr("Unknown credential %1 (use omie_app_key, omie_app_secret or "
                                         "ploomes_user_key).")
                                          .arg(name));
            }
        }
        if (c.omieAppKey.isEmpty() && c.omieAppSecret.isEmpty() && c.ploomesUserKey.isEmpty())
            return usageError(tr("No credential was given."));
        const SecretResult r = credentials.saveBlocking(c);
        if (!r.ok()) {
            m_err << tr("Error: %1").arg(r.message) << '\n';
            return ExitUsage;
        }
        m_out << tr("Credentials saved in the system keychain.") << '\n';
        return ExitOk;
    }
    if (sub == u"clear"_s && args.size() == 1) {
        const SecretResult r = secretStore().clearAllBlocking();
        if (!r.ok()) {
            m_err << tr("Error: %1").arg(r.message) << '\n';
            return ExitUsage;
        }
        m_out << tr("Every stored credential of this data folder was removed.") << '\n';
        return ExitOk;
    }
    if (sub == u"status"_s && args.size() == 1) {
        SecretResult error;
        const Credentials c = credentials.loadBlocking(&error);
        if (!error.ok()) {
            m_err << tr("Error: %1").arg(error.message) << '\n';
            return ExitUsage;
        }
        auto state = [](bool present) { return present ? tr("stored") : tr("missing"); };
        m_out << tr("Omie App Key: %1").arg(state(!c.omieAppKey.isEmpty())) << '\n'
              << tr("Omie App Secret: %1").arg(state(!c.omieAppSecret.isEmpty())) << '\n'
              << tr("Ploomes User-Key: %1").arg(state(!c.ploomesUserKey.isEmpty())) << '\n';
        return c.isComplete() ? ExitOk : ExitUsage;
    }
    return usageError(tr("Use: credentials set | credentials clear | credentials status"));
}

} // namespace Ponte
