#include "cli.h"

#include "datafolder.h"
#include "demoenvironment.h"
#include "exitcodes.h"
#include "export/historycsv.h"
#include "logging.h"
#include "mapping/mappingmodel.h"
#include "net/tlssupport.h"
#include "net/transport.h"
#include "omie/omieclient.h"
#include "platform/startupfiles.h"
#include "ploomes/ploomesclient.h"
#include "profile.h"
#include "savefile.h"
#include "schedule/syncscheduler.h"
#include "secrets/keychainsecretstore.h"
#include "settings.h"
#include "store/quarantinerepository.h"
#include "store/runrepository.h"
#include "sync/connectioncheck.h"
#include "sync/preflight.h"
#include "sync/syncdaemon.h"
#include "sync/syncengine.h"
#include "terminal.h"
#include "webhook/webhooktoken.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRandomGenerator>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
std::atomic_int s_interrupted{0};

extern "C" void onSignal(int)
{
    s_interrupted.store(1);
}

void installSignalHandlers()
{
    s_interrupted.store(0);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

QString when(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QString duration(double seconds)
{
    const qint64 s = qint64(seconds + 0.5);
    if (s < 60)
        return u"%1s"_s.arg(s);
    if (s < 3600)
        return u"%1m%2s"_s.arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return u"%1h%2m"_s.arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString countersLine(const RunCounters &c)
{
    return QCoreApplication::translate("Ponte::Cli",
                                       "created %1, updated %2, unchanged %3, skipped %4, failed %5, conflicts %6, "
                                       "deleted %7")
        .arg(c.created)
        .arg(c.updated)
        .arg(c.unchanged)
        .arg(c.skipped)
        .arg(c.failed)
        .arg(c.conflicts)
        .arg(c.deleted);
}

QJsonObject countersJson(const QList<RunCounters> &counters)
{
    SyncSummary s;
    s.counters = counters;
    return s.toJson().value(u"entities"_s).toObject();
}

QJsonObject runJson(const RunRecord &r)
{
    return QJsonObject{
        {u"run_id"_s, r.id},
        {u"started_at"_s, QDateTime::fromMSecsSinceEpoch(r.startedAt, Qt::UTC).toString(Qt::ISODate)},
        {u"finished_at"_s,
         r.finishedAt ? QDateTime::fromMSecsSinceEpoch(r.finishedAt, Qt::UTC).toString(Qt::ISODate) : QString()},
        {u"trigger"_s, toName(r.trigger)},
        {u"direction"_s, r.direction},
        {u"entities"_s, r.entities},
        {u"dry_run"_s, r.dryRun},
        {u"status"_s, toName(r.status)},
        {u"requests"_s, QJsonObject{{u"omie"_s, r.omieRequests}, {u"ploomes"_s, r.ploomesRequests}}},
        {u"throttled_responses"_s, r.throttled},
        {u"error"_s, r.error},
        {u"counters"_s, countersJson(r.counters)}};
}

QString statusText(RunStatus status)
{
    return runStatusDisplayName(status).toLower(); // mid-sentence
}

/** Reads "--name value" / "--name=value" options and flags; anything else is a positional argument. */
struct Args
{
    QHash<QString, QString> values;
    QSet<QString> flags;
    QStringList positional;
    QString error;

    Args(const QStringList &args, const QSet<QString> &withValue, const QSet<QString> &flagNames)
    {
        for (int i = 0; i < args.size(); ++i) {
            const QString a = args.at(i);
            if (!a.startsWith(u"--"_s)) {
                positional.append(a);
                continue;
            }
            const QString name = a.section(u'=', 0, 0);
            if (withValue.contains(name)) {
                if (a.contains(u'='))
                    values.insert(name, a.section(u'=', 1));
                else if (i + 1 < args.size())
                    values.insert(name, args.at(++i));
                else
                    error = Cli::tr("%1 needs a value.").arg(name);
            } else if (flagNames.contains(name)) {
                if (a.contains(u'='))
                    error = Cli::tr("%1 takes no value.").arg(name); // --full=no must not mean --full
                else
                    flags.insert(name);
            } else {
                error = Cli::tr("Unknown option %1.").arg(name);
            }
        }
    }
    bool has(const QString &f) const { return flags.contains(f); }
};

/** The receiver's port: --port, else the setting, else 8765 for `webhook` commands; nullopt when invalid. */
std::optional<int> webhookPort(const Args &args, const Settings &settings, bool webhooksOnly)
{
    bool ok = true;
    int port = args.values.contains(u"--port"_s) ? args.values.value(u"--port"_s).toInt(&ok)
                                                 : settings.intValue(SettingKey::WebhookPort);
    if (!ok || port < 0 || port > 65535 || (args.values.contains(u"--port"_s) && port == 0))
        return std::nullopt;
    if (webhooksOnly && port == 0)
        port = 8765;
    return port;
}
} // namespace

Cli::Cli(QStringList arguments, QProcessEnvironment env)
    : m_arguments(std::move(arguments)), m_env(std::move(env)), m_out(stdout), m_err(stderr)
{}

Cli::~Cli()
{
    m_secrets.reset();
    m_profile.reset();
    m_demo.reset();
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
              "  check [--json]                    test both connections and credentials, then a read-only pre-flight\n"
              "  sync [--entities LIST] [--direction omie-to-ploomes|ploomes-to-omie|both]\n"
              "       [--backfill-omie-orders-since YYYY-MM-DD] [--backfill-ploomes-orders-since YYYY-MM-DD]\n"
              "       [--full] [--dry-run] [--json]\n"
              "                                    synchronise; entities: sellers, clients, products, services,\n"
              "                                    orders, service-orders (default: all, in that order)\n"
              "  history [--limit N] [--json|--csv] [--output FILE]\n"
              "                                    the last runs (--csv: for Excel, to FILE or standard output)\n"
              "  history show RUN_ID [--json|--csv] one run with every record and its reason\n"
              "  history --csv --run N [--output FILE]\n"
              "                                    the records of run N as CSV\n"
              "  quarantine [--json]               records refused for a business reason, and when they retry\n"
              "  quarantine retry [RUN_ID|--all]   retry them on the next sync\n"
              "  mapping export FILE               save the field mapping as JSON\n"
              "  mapping import FILE               load a field mapping (validated first)\n"
              "  credentials set                   read the credentials from standard input and store them in\n"
              "                                    the system keychain (lines omie_app_key=…, omie_app_secret=…,\n"
              "                                    ploomes_user_key=…; asked for one by one on a terminal)\n"
              "  credentials clear                 remove every stored credential of this data folder\n"
              "  credentials status                say which credentials are stored (never their values)\n"
              "  schedule show                     the heavy-sync schedule, business hours and next runs\n"
              "  schedule set [--time HH:MM] [--days 1-7] [--enable|--disable] [--off-hours]\n"
              "  daemon [--port N] [--listen ADDRESS]\n"
              "                                    run the scheduler and the webhook receiver until stopped\n"
              "  webhook serve [--port N] [--listen ADDRESS]\n"
              "                                    receive Omie/Ploomes webhooks, sync what changed, and poll\n"
              "                                    (receives on 127.0.0.1 unless ADDRESS or webhook.listen says\n"
              "                                    otherwise, e.g. 0.0.0.0 for every network)\n"
              "  webhook url [--host NAME]         print the address to register in Omie (it holds the secret token)\n"
              "  service install|uninstall|status  run \"daemon\" under the system's service manager (systemd user\n"
              "                                    unit, launchd agent, Task Scheduler), for a computer where\n"
              "                                    nobody opens the desktop application\n"
              "  config list                       list the non-secret settings and their values\n"
              "  config get KEY                    print one setting\n"
              "  config set KEY VALUE              change a setting\n"
              "  config reset KEY                  go back to the default value\n"
              "\n"
              "Environment: PONTE_DATA_DIR, PONTE_OMIE_URL, PONTE_PLOOMES_URL, PONTE_OMIE_APP_KEY,\n"
              "PONTE_OMIE_APP_SECRET, PONTE_PLOOMES_USER_KEY (used for this process only, never stored),\n"
              "PONTE_OMIE_RPM, PONTE_OMIE_TOTAL_RPM, PONTE_OMIE_CONCURRENCY, PONTE_OMIE_REDUNDANT_WINDOW_S,\n"
              "PONTE_PLOOMES_RPS, PONTE_WEBHOOK_LISTEN, PONTE_WEBHOOK_TOKEN, PONTE_LANG (pt_BR or en).\n"
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

int Cli::failure(int code, const QString &message)
{
    m_err << tr("Error: %1").arg(message) << '\n';
    m_err.flush();
    return code;
}

int Cli::storeFailure(const Status &status)
{
    m_err << tr("Error: %1").arg(status.message()) << '\n';
    if (!status.detail().isEmpty())
        m_err << "  " << status.detail() << '\n';
    m_err.flush();
    return ExitStorage;
}

int Cli::keychainFailure(const SecretResult &error)
{
    // A service or a container usually has no desktop session, hence no Secret Service to ask: say
    // how to run without one instead of leaving the user with the keychain's own (English) words.
    if (error.error == SecretResult::Error::NotFound)
        return failure(ExitUsage, error.message);
    return failure(ExitUsage, error.message + u"\n"_s
                                  + tr("Without a system keychain (a service or a session without a desktop), set "
                                       "PONTE_OMIE_APP_KEY, PONTE_OMIE_APP_SECRET and PONTE_PLOOMES_USER_KEY for "
                                       "this process instead; they are never stored."));
}

int Cli::run()
{
    QStringList args = m_arguments.mid(1);
    while (!args.isEmpty() && args.first().startsWith(u'-')) {
        const QString opt = args.takeFirst();
        if (opt == u"--help"_s || opt == u"-h"_s)
            return commandHelp();
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
        return commandHelp();
    if (command == u"version"_s) {
        m_out << "ponte-cli " << QStringLiteral(PONTE_VERSION) << '\n';
        return ExitOk;
    }
    if (command == u"config"_s)
        return commandConfig(args);
    if (command == u"credentials"_s)
        return commandCredentials(args);
    if (command == u"check"_s)
        return commandCheck(args);
    if (command == u"sync"_s)
        return commandSync(args);
    if (command == u"history"_s)
        return commandHistory(args);
    if (command == u"quarantine"_s)
        return commandQuarantine(args);
    if (command == u"mapping"_s)
        return commandMapping(args);
    if (command == u"schedule"_s)
        return commandSchedule(args);
    if (command == u"daemon"_s)
        return commandDaemon(args, false);
    if (command == u"data"_s)
        return commandData(args);
    if (command == u"service"_s)
        return commandService(args);
    if (command == u"webhook"_s) {
        if (args.value(0) == u"url"_s)
            return commandWebhookUrl(args.mid(1));
        if (args.value(0) != u"serve"_s)
            return usageError(tr("Use: webhook serve [--port N] [--listen ADDRESS] | webhook url [--host NAME]"));
        return commandDaemon(args.mid(1), true);
    }
    return usageError(tr("Unknown command %1.").arg(command));
}

int Cli::commandHelp()
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
    if (Status s = DataFolder::ensure(m_dataDir); !s)
        return failure(ExitUsage, s.message());
    Logging::install(DataFolder::logDir(m_dataDir),
                     m_options.verbose ? Logging::Console::All : Logging::Console::WarningsOnly);
    QProcessEnvironment env = m_env;
    if (m_options.demo) {
        m_demo = std::make_unique<Sim::DemoEnvironment>(m_dataDir + u"/demo-simulators.json"_s);
        if (Status s = m_demo->start(); !s)
            return failure(ExitUsage, s.message());
        env = m_demo->applyTo(env);
    }
    auto profile = Profile::open(m_dataDir, env);
    if (!profile) {
        m_err << tr("Error: %1").arg(profile.message()) << '\n';
        if (!profile.status().detail().isEmpty())
            m_err << "  " << profile.status().detail() << '\n';
        return ExitUsage;
    }
    m_profile = profile.value();
    if (m_demo) {
        if (Status s = m_profile->settings().fillEmpty(m_demo->orderDefaults()); !s)
            return failure(ExitUsage, s.message());
    }
    return ExitOk;
}

SecretStore &Cli::secretStore()
{
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>(u"Ponte"_s, DataFolder::secretProfile(m_dataDir));
    return *m_secrets;
}

bool Cli::loadCredentials(Credentials *credentials, int *exitCode, bool requireComplete)
{
    if (m_demo) {
        *credentials = m_demo->credentials();
        return true;
    }
    SecretResult error;
    CredentialStore store(secretStore(), m_env);
    // Automation that passes every credential in the environment needs no keychain at all.
    const Credentials fromEnv = store.environmentOverrides();
    if (fromEnv.isComplete()) {
        *credentials = fromEnv;
        return true;
    }
    *credentials = store.loadBlocking(&error);
    // Environment credentials alone are enough (automation without a keychain).
    if (!error.ok() && !credentials->isComplete()) {
        *exitCode = keychainFailure(error);
        return false;
    }
    if (requireComplete && !credentials->isComplete()) {
        *exitCode = failure(ExitUsage, tr("Credentials are missing. Store them with \"ponte-cli credentials set\" or "
                                          "set PONTE_OMIE_APP_KEY, PONTE_OMIE_APP_SECRET and PONTE_PLOOMES_USER_KEY."));
        return false;
    }
    return true;
}

int Cli::exitCodeFor(const SyncSummary &summary)
{
    if (summary.status == RunStatus::Succeeded)
        return ExitOk;
    if (summary.status == RunStatus::Partial)
        return ExitPartial;
    if (summary.status == RunStatus::Cancelled)
        return ExitInterrupted;
    if (summary.failureKind == u"authentication"_s)
        return ExitAuth;
    if (summary.failureKind == u"configuration"_s)
        return ExitUsage;
    if (summary.failureKind == u"storage"_s)
        return ExitStorage;
    return ExitUnreachable;
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
        if (!r.ok())
            return failure(ExitUsage, r.message);
        m_out << tr("Credentials saved in the system keychain.") << '\n';
        return ExitOk;
    }
    if (sub == u"clear"_s && args.size() == 1) {
        const SecretResult r = secretStore().clearAllBlocking();
        if (!r.ok())
            return failure(ExitUsage, r.message);
        m_out << tr("Every stored credential of this data folder was removed.") << '\n';
        return ExitOk;
    }
    if (sub == u"status"_s && args.size() == 1) {
        SecretResult error;
        const Credentials c = credentials.loadBlocking(&error);
        if (!error.ok())
            return keychainFailure(error);
        auto state = [](bool present) { return present ? tr("stored") : tr("missing"); };
        m_out << tr("Omie App Key: %1").arg(state(!c.omieAppKey.isEmpty())) << '\n'
              << tr("Omie App Secret: %1").arg(state(!c.omieAppSecret.isEmpty())) << '\n'
              << tr("Ploomes User-Key: %1").arg(state(!c.ploomesUserKey.isEmpty())) << '\n';
        return c.isComplete() ? ExitOk : ExitUsage;
    }
    return usageError(tr("Use: credentials set | credentials clear | credentials status"));
}

int Cli::commandData(const QStringList &args)
{
    const bool confirmed = args.size() == 2 && args.at(1) == u"--yes"_s;
    if (args.value(0) != u"wipe"_s || (args.size() != 1 && !confirmed))
        return usageError(tr("Use: data wipe [--yes]"));
    // Not openProfile(): the database must not be held open by the process that deletes it.
    m_dataDir = DataFolder::resolve(m_options.dataDir, m_options.demo, m_env);
    QLockFile syncLock(m_dataDir + u"/sync.lock"_s);
    if (QFileInfo::exists(m_dataDir) && !syncLock.tryLock(0))
        return failure(ExitUsage, tr("A synchronisation is running in %1: stop it (close Ponte, stop ponte-cli "
                                     "daemon) and try again. Nothing was deleted.")
                                      .arg(QDir::toNativeSeparators(m_dataDir)));
    if (!confirmed) {
        if (!Terminal::stdinIsTerminal())
            return usageError(tr("Nothing was deleted: without a terminal, confirm with \"data wipe --yes\"."));
        m_err << tr("This deletes, in %1, the database (history, quarantine, settings and field mapping) and the "
                    "logs, and removes this data folder's keys from the system keychain. Close Ponte first.")
                     .arg(QDir::toNativeSeparators(m_dataDir))
              << '\n'
              << tr("Type \"%1\" to confirm: ").arg(tr("wipe"));
        m_err.flush();
        if (Terminal::readLine(false).trimmed() != tr("wipe")) {
            m_err << tr("Nothing was deleted.") << '\n';
            return ExitUsage;
        }
    }
    // Only what Ponte creates: the folder may be one the user chose, with files of their own.
    const QString database = DataFolder::databasePath(m_dataDir);
    for (const QString &file : {database, database + u"-wal"_s, database + u"-shm"_s, m_dataDir + u"/window.ini"_s,
                                m_dataDir + u"/demo-simulators.json"_s}) {
        if (QFileInfo::exists(file) && !QFile::remove(file))
            return failure(ExitUsage,
                           tr("Could not delete %1; close Ponte and try again.").arg(QDir::toNativeSeparators(file)));
    }
    const QString logs = DataFolder::logDir(m_dataDir);
    if (QFileInfo::exists(logs) && !QDir(logs).removeRecursively())
        return failure(ExitUsage,
                       tr("Could not delete %1; close Ponte and try again.").arg(QDir::toNativeSeparators(logs)));
    syncLock.unlock();
    QDir().rmdir(m_dataDir); // only when nothing of the user's is left in it
    const SecretResult keys = secretStore().clearAllBlocking();
    if (!keys.ok())
        return failure(ExitUsage, tr("The data was deleted, but the keys could not be removed from the system "
                                     "keychain: %1")
                                      .arg(keys.message));
    m_out << tr("Deleted the database, the logs and the keys of %1.").arg(QDir::toNativeSeparators(m_dataDir)) << '\n';
    return ExitOk;
}

int Cli::commandCheck(const QStringList &rawArgs)
{
    const Args args(rawArgs, {}, {u"--json"_s});
    if (!args.error.isEmpty())
        return usageError(args.error);
    if (!args.positional.isEmpty())
        return usageError(tr("check takes no arguments other than --json."));
    if (int rc = openProfile(); rc != ExitOk)
        return rc;
    const Settings &settings = m_profile->settings();
    if (const QString tls = TlsSupport::problemFor(
            {settings.urlValue(SettingKey::OmieUrl), settings.urlValue(SettingKey::PloomesUrl)}, TlsSupport::current());
        !tls.isEmpty())
        return failure(ExitUsage, tls);
    Credentials credentials;
    int rc = ExitOk;
    if (!loadCredentials(&credentials, &rc))
        return rc;
    Preflight preflight(m_profile->settings(), credentials);
    std::optional<PreflightReport> report;
    QEventLoop loop;
    QObject::connect(&preflight, &Preflight::finished, &loop, [&](const PreflightReport &r) {
        report = r;
        loop.quit();
    });
    preflight.start();
    if (!report)
        loop.exec();
    if (args.has(u"--json"_s)) {
        m_out << QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
    } else {
        auto connection = [this](const QString &service, const ApiError &e) {
            if (!e.isError())
                m_out << tr("%1: connected, credentials accepted.").arg(service) << '\n';
            else
                m_out << tr("%1: %2").arg(service, e.userMessage()) << '\n';
        };
        connection(u"Omie"_s, report->omieConnection);
        connection(u"Ploomes"_s, report->ploomesConnection);
        m_out << '\n' << report->describe() << '\n';
        m_out << tr("The same as JSON, for automation: ponte-cli check --json") << '\n';
    }
    m_out.flush();
    for (const ApiError &e : {report->omieConnection, report->ploomesConnection}) {
        if (e.kind == ApiError::Kind::Authentication)
            return ExitAuth;
    }
    if (report->omieConnection.isError() || report->ploomesConnection.isError())
        return ExitUnreachable;
    return report->ok() ? ExitOk : ExitUsage;
}

int Cli::commandSync(const QStringList &rawArgs)
{
    const Args args(
        rawArgs,
        {u"--entities"_s, u"--direction"_s, u"--backfill-omie-orders-since"_s, u"--backfill-ploomes-orders-since"_s},
        {u"--full"_s, u"--dry-run"_s, u"--json"_s});
    if (!args.error.isEmpty())
        return usageError(args.error);
    if (!args.positional.isEmpty())
        return usageError(tr("Unexpected argument %1.").arg(args.positional.first()));
    SyncOptions options;
    options.trigger = RunTrigger::Cli;
    options.full = args.has(u"--full"_s);
    options.dryRun = args.has(u"--dry-run"_s);
    if (args.values.contains(u"--entities"_s)) {
        options.entities.clear();
        for (const QString &name : args.values.value(u"--entities"_s).split(u',', Qt::SkipEmptyParts)) {
            const std::optional<Entity> e = entityFromName(name);
            if (!e)
                return usageError(tr("Unknown entity %1 (use sellers, clients, products, services, orders, "
                                     "service-orders).")
                                      .arg(name));
            if (!options.entities.contains(*e))
                options.entities.append(*e);
        }
        if (options.entities.isEmpty())
            return usageError(tr("--entities needs at least one entity (sellers, clients, products, services, orders, "
                                 "service-orders)."));
        std::sort(options.entities.begin(), options.entities.end());
    }
    if (args.values.contains(u"--direction"_s)) {
        const QString d = args.values.value(u"--direction"_s);
        if (d != u"both"_s) {
            options.direction = directionFromName(d);
            if (!options.direction)
                return usageError(tr("Unknown direction %1 (use omie-to-ploomes, ploomes-to-omie or both).").arg(d));
        }
    }
    for (const auto &[option, target] :
         {std::pair{u"--backfill-omie-orders-since"_s, &options.backfillOmieOrdersSince},
          std::pair{u"--backfill-ploomes-orders-since"_s, &options.backfillPloomesOrdersSince}}) {
        if (!args.values.contains(option))
            continue;
        const QDate d = QDate::fromString(args.values.value(option), Qt::ISODate);
        if (!d.isValid())
            return usageError(tr("%1 needs a date as YYYY-MM-DD.").arg(option));
        *target = d;
    }
    if (int rc = openProfile(); rc != ExitOk)
        return rc;
    Credentials credentials;
    int rc = ExitOk;
    if (!loadCredentials(&credentials, &rc))
        return rc;
    const bool json = args.has(u"--json"_s);
    const bool bar = Terminal::stderrIsTerminal();

    SyncController controller(m_dataDir, m_demo ? m_demo->applyTo(m_env) : m_env);
    std::optional<SyncSummary> result;
    QEventLoop loop;
    QObject::connect(&controller, &SyncController::progress, &loop,
                     [&](Entity e, Direction d, int done, int total, qint64 etaMs) {
                         if (!bar)
                             return;
                         const int width = 24;
                         const int filled = total > 0 ? width * done / total : 0;
                         QString line = u"\r%1 %2 [%3%4] %5/%6"_s
                                            .arg(entityDisplayName(e), directionDisplayName(d), QString(filled, u'#'),
                                                 QString(width - filled, u'.'))
                                            .arg(done)
                                            .arg(total);
                         if (etaMs > 0)
                             line += u"  "_s + tr("about %1 left").arg(duration(etaMs / 1000.0));
                         m_err << line.leftJustified(100) << Qt::flush;
                     });
    QObject::connect(&controller, &SyncController::message, &loop, [&](const QString &text) {
        if (m_options.verbose)
            m_err << (bar ? u"\r"_s : QString()) << text << '\n' << Qt::flush;
    });
    QObject::connect(&controller, &SyncController::finished, &loop, [&](const SyncSummary &s) {
        result = s;
        loop.quit();
    });
    installSignalHandlers();
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&] {
        if (s_interrupted.load()) {
            s_interrupted.store(0);
            m_err << '\n' << tr("Stopping after the record in progress…") << '\n' << Qt::flush;
            controller.cancel();
        }
    });
    interruptPoll.start(100);
    controller.start(options, credentials);
    loop.exec();
    if (bar)
        m_err << '\r' << QString(100, u' ') << '\r' << Qt::flush;
    const SyncSummary &s = *result;
    if (json) {
        m_out << QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact) << '\n';
    } else {
        m_out << tr("Run %1: %2 in %3.").arg(s.runId).arg(statusText(s.status), duration(s.durationS)) << '\n';
        if (s.dryRun)
            m_out << tr("Preview only: nothing was written.") << '\n';
        for (const RunCounters &c : s.counters) {
            m_out << u"  %1 %2: "_s.arg(entityDisplayName(c.entity), directionDisplayName(c.direction))
                  << countersLine(c) << '\n';
        }
        m_out << tr("Requests: Omie %1, Ploomes %2 (%3 throttled).")
                     .arg(s.omieRequests)
                     .arg(s.ploomesRequests)
                     .arg(s.throttled)
              << '\n';
        if (!s.error.isEmpty())
            m_out << tr("Reason: %1").arg(s.error) << '\n';
        if (s.totalFailed() > 0)
            m_out << tr("See \"ponte-cli history show %1\" for every refused record and why.").arg(s.runId) << '\n';
    }
    m_out.flush();
    return exitCodeFor(s);
}

int Cli::commandHistory(const QStringList &rawArgs)
{
    const Args args(rawArgs, {u"--limit"_s, u"--run"_s, u"--output"_s}, {u"--json"_s, u"--csv"_s});
    if (!args.error.isEmpty())
        return usageError(args.error);
    const bool json = args.has(u"--json"_s);
    const bool csv = args.has(u"--csv"_s);
    if (json && csv)
        return usageError(tr("Choose one of --json and --csv."));
    if (!csv && (args.values.contains(u"--output"_s) || args.values.contains(u"--run"_s)))
        return usageError(tr("--run and --output go with --csv."));
    const QString output = args.values.value(u"--output"_s);
    if (args.values.contains(u"--output"_s) && output.isEmpty())
        return usageError(tr("--output needs a file name."));
    std::optional<qint64> runOption;
    if (args.values.contains(u"--run"_s)) {
        bool ok = false;
        runOption = args.values.value(u"--run"_s).toLongLong(&ok);
        if (!ok || *runOption <= 0)
            return usageError(tr("--run needs a run number."));
        if (!args.positional.isEmpty())
            return usageError(tr("Use: history --csv --run N [--output FILE]"));
    }
    if (int rc = openProfile(); rc != ExitOk)
        return rc;
    RunRepository runs(m_profile->database());
    if (args.positional.value(0) == u"show"_s || runOption) {
        bool ok = runOption.has_value();
        const qint64 id = runOption ? *runOption : args.positional.value(1).toLongLong(&ok);
        if (!ok || (!runOption && args.positional.size() != 2))
            return usageError(tr("Use: history show RUN_ID [--json|--csv]"));
        const Expected<std::optional<RunRecord>> found = runs.find(id);
        if (!found)
            return storeFailure(found.status());
        const std::optional<RunRecord> &run = found.value();
        if (!run)
            return failure(ExitUsage, tr("There is no run %1.").arg(id));
        const Expected<QList<RunItem>> read = runs.items(id);
        if (!read)
            return storeFailure(read.status());
        const QList<RunItem> &items = read.value();
        if (csv)
            return writeCsv(HistoryCsv::items(items), output);
        if (json) {
            QJsonObject o = runJson(*run);
            QJsonArray list;
            for (const RunItem &i : items) {
                QJsonObject item{{u"entity"_s, entityName(i.entity)},
                                 {u"direction"_s, directionName(i.direction)},
                                 {u"label"_s, i.label},
                                 {u"action"_s, toName(i.action)},
                                 {u"outcome"_s, toName(i.outcome)},
                                 {u"message"_s, i.message},
                                 {u"at"_s, QDateTime::fromMSecsSinceEpoch(i.at, Qt::UTC).toString(Qt::ISODate)}};
                if (i.omieId)
                    item.insert(u"omie_id"_s, *i.omieId);
                if (i.ploomesId)
                    item.insert(u"ploomes_id"_s, *i.ploomesId);
                list.append(item);
            }
            o.insert(u"items"_s, list);
            m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        m_out << tr("Run %1 — %2 — %3 — started %4 — %5")
                     .arg(run->id)
                     .arg(statusText(run->status), toName(run->trigger), when(run->startedAt),
                          run->finishedAt ? duration((run->finishedAt - run->startedAt) / 1000.0) : QString())
              << '\n';
        if (run->dryRun)
            m_out << tr("Preview only: nothing was written.") << '\n';
        if (!run->error.isEmpty())
            m_out << tr("Reason: %1").arg(run->error) << '\n';
        for (const RunCounters &c : run->counters)
            m_out << u"  %1 %2: "_s.arg(entityDisplayName(c.entity), directionDisplayName(c.direction))
                  << countersLine(c) << '\n';
        for (const RunItem &i : items) {
            m_out << u"  [%1] %2 %3 \"%4\" (Omie %5, Ploomes %6) %7"_s.arg(
                toName(i.outcome), entityName(i.entity), directionName(i.direction), i.label,
                i.omieId ? QString::number(*i.omieId) : u"–"_s, i.ploomesId ? QString::number(*i.ploomesId) : u"–"_s,
                toName(i.action));
            if (!i.message.isEmpty())
                m_out << ": " << i.message;
            m_out << '\n';
        }
        return ExitOk;
    }
    if (!args.positional.isEmpty())
        return usageError(tr("Use: history [--limit N] [--json|--csv] | history show RUN_ID [--json|--csv]"));
    bool ok = true;
    const int limit = args.values.contains(u"--limit"_s) ? args.values.value(u"--limit"_s).toInt(&ok) : 20;
    if (!ok || limit <= 0)
        return usageError(tr("--limit needs a positive number."));
    const Expected<QList<RunRecord>> recent = runs.recent(limit);
    if (!recent)
        return storeFailure(recent.status());
    const QList<RunRecord> &list = recent.value();
    if (csv)
        return writeCsv(HistoryCsv::runs(list), output);
    if (json) {
        QJsonArray array;
        for (const RunRecord &r : list)
            array.append(runJson(r));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (list.isEmpty())
        m_out << tr("No sync has run yet.") << '\n';
    for (const RunRecord &r : list) {
        int created = 0, updated = 0, failed = 0;
        for (const RunCounters &c : r.counters) {
            created += c.created;
            updated += c.updated;
            failed += c.failed;
        }
        m_out << u"#%1  %2  %3  %4  %5"_s.arg(r.id).arg(when(r.startedAt), toName(r.trigger), r.direction,
                                                        statusText(r.status))
              << (r.dryRun ? u"  "_s + tr("(preview)") : QString()) << "  "
              << tr("created %1, updated %2, failed %3").arg(created).arg(updated).arg(failed) << "  "
              << tr("(Omie %1 req., Ploomes %2 req.)").arg(r.omieRequests).arg(r.ploomesRequests) << '\n';
    }
    return ExitOk;
}

int Cli::writeCsv(const QByteArray &data, const QString &output)
{
    if (!output.isEmpty()) {
        if (const Status saved = SaveFile::write(output, data); !saved)
            return failure(ExitUsage, saved.message());
        return ExitOk;
    }
    // Bytes as they are: the text stream would re-encode the byte-order mark Excel needs.
    m_out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
        return failure(ExitUsage, tr("Could not write to standard output."));
    out.flush();
    return ExitOk;
}

int Cli::commandQuarantine(const QStringList &rawArgs)
{
    const Args args(rawArgs, {}, {u"--json"_s, u"--all"_s});
    if (!args.error.isEmpty())
        return usageError(args.error);
    if (int rc = openProfile(); rc != ExitOk)
        return rc;
    QuarantineRepository quarantine(m_profile->database());
    if (args.positional.value(0) == u"retry"_s) {
        std::optional<qint64> runId;
        if (args.positional.size() == 2) {
            bool ok = false;
            runId = args.positional.at(1).toLongLong(&ok);
            if (!ok)
                return usageError(tr("Use: quarantine retry [RUN_ID|--all]"));
        } else if (!args.has(u"--all"_s) || args.positional.size() != 1) {
            return usageError(tr("Use: quarantine retry [RUN_ID|--all]"));
        }
        const Expected<int> n = quarantine.retryNow(QDateTime::currentMSecsSinceEpoch(), runId);
        if (!n)
            return failure(ExitUsage, n.message());
        m_out << tr("%n record(s) will be retried on the next sync.", nullptr, *n) << '\n';
        return ExitOk;
    }
    if (!args.positional.isEmpty())
        return usageError(tr("Use: quarantine [--json] | quarantine retry [RUN_ID|--all]"));
    const QList<QuarantineEntry> entries = quarantine.all();
    if (args.has(u"--json"_s)) {
        QJsonArray array;
        for (const QuarantineEntry &e : entries)
            array.append(QJsonObject{
                {u"entity"_s, entityName(e.entity)},
                {u"direction"_s, directionName(e.direction)},
                {u"source_id"_s, e.sourceId},
                {u"label"_s, e.label},
                {u"reason"_s, e.reason},
                {u"class"_s, e.errorClass},
                {u"attempts"_s, e.attempts},
                {u"run_id"_s, e.runId},
                {u"next_attempt"_s, QDateTime::fromMSecsSinceEpoch(e.nextAttemptAt, Qt::UTC).toString(Qt::ISODate)}});
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (entries.isEmpty())
        m_out << tr("No record is in quarantine.") << '\n';
    for (const QuarantineEntry &e : entries)
        m_out << u"%1 %2 \"%3\" (%4): "_s.arg(entityName(e.entity), directionName(e.direction), e.label, e.sourceId)
              << e.reason << "  " << tr("[attempt %1, next %2]").arg(e.attempts).arg(when(e.nextAttemptAt)) << '\n';
    return ExitOk;
}

int Cli::commandMapping(const QStringList &args)
{
    if (args.size() != 2 || (args.at(0) != u"export"_s && args.at(0) != u"import"_s))
        return usageError(tr("Use: mapping export FILE | mapping import FILE"));
    if (int rc = openProfile(); rc != ExitOk)
        return rc;
    SettingsRepository store(m_profile->database());
    if (args.at(0) == u"export"_s) {
        if (Status s = MappingModel::load(store).exportTo(args.at(1)); !s)
            return failure(ExitUsage, s.message());
        m_out << tr("Mapping saved to %1.").arg(args.at(1)) << '\n';
        return ExitOk;
    }
    const Expected<MappingModel> model = MappingModel::importFrom(args.at(1));
    if (!model)
        return failure(ExitUsage, model.message());
    const QStringList problems = model->validate(FieldCatalog());
    if (!problems.isEmpty()) {
        m_err << tr("The mapping was not imported:") << '\n';
        for (const QString &p : problems)
            m_err << "  - " << p << '\n';
        return ExitUsage;
    }
    if (Status s = model->save(store); !s)
        return failure(ExitUsage, s.message());
    m_out << tr("Mapping imported.") << '\n';
    return ExitOk;
}

int Cli::commandSchedule(const QStringList &rawArgs)
{
    const Args args(rawArgs, {u"--time"_s, u"--days"_s}, {u"--enable"_s, u"--disable"_s, u"--off-hours"_s});
    if (!args.error.isEmpty())
        return usageError(args.error);
    if (int rc = openProfile(); rc != ExitOk)
        return rc;
    Settings &settings = m_profile->settings();
    const QString sub = args.positional.value(0);
    if (sub == u"set"_s && args.positional.size() == 1) {
        if (args.has(u"--enable"_s) && args.has(u"--disable"_s))
            return usageError(tr("Use either --enable or --disable."));
        if (args.values.contains(u"--time"_s)) {
            if (Status s = settings.setValue(SettingKey::ScheduleTime, args.values.value(u"--time"_s)); !s)
                return usageError(s.message());
        }
        if (args.has(u"--off-hours"_s)) {
            const ScheduleConfig current = ScheduleConfig::fromSettings(settings);
            if (Status s =
                    settings.setValue(SettingKey::ScheduleTime,
                                      SyncScheduler::suggestOffHoursTime(current.businessHours).toString(u"HH:mm"_s));
                !s)
                return failure(ExitStorage, s.message());
            if (Status s = settings.setValue(SettingKey::ScheduleEnabled, u"true"_s); !s)
                return failure(ExitStorage, s.message());
        }
        if (args.values.contains(u"--days"_s)) {
            const QSet<int> days = BusinessHours::parseWeekdays(args.values.value(u"--days"_s));
            if (days.isEmpty())
                return usageError(tr("--days takes weekdays 1 (Monday) to 7 (Sunday), e.g. 1-5 or 1,3,5."));
            if (Status s = settings.setValue(SettingKey::ScheduleDays, BusinessHours::formatWeekdays(days)); !s)
                return failure(ExitStorage, s.message());
        }
        if (args.has(u"--enable"_s)) {
            if (Status s = settings.setValue(SettingKey::ScheduleEnabled, u"true"_s); !s)
                return failure(ExitStorage, s.message());
        }
        if (args.has(u"--disable"_s)) {
            if (Status s = settings.setValue(SettingKey::ScheduleEnabled, u"false"_s); !s)
                return failure(ExitStorage, s.message());
        }
    } else if (sub != u"show"_s || args.positional.size() != 1) {
        return usageError(tr("Use: schedule show | schedule set [--time HH:MM] [--days 1-7] [--enable|--disable] "
                             "[--off-hours]"));
    }
    const ScheduleConfig config = ScheduleConfig::fromSettings(settings);
    SyncScheduler scheduler(Clock::system(), config);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime next = scheduler.nextHeavyRun(now);
    m_out << tr("Heavy sync: %1")
                 .arg(config.heavyEnabled ? tr("enabled at %1 (Brasília time), days %2")
                                                .arg(config.heavyTime.toString(u"HH:mm"_s),
                                                     BusinessHours::formatWeekdays(config.heavyDays))
                                          : tr("disabled"))
          << '\n';
    if (next.isValid())
        m_out << tr("Next heavy sync: %1").arg(BusinessHours::local(next).toString(u"yyyy-MM-dd HH:mm"_s)) << '\n';
    m_out << tr("Business hours: %1–%2, days %3 (national holidays excluded); %4% of each API budget is used then.")
                 .arg(config.businessHours.start().toString(u"HH:mm"_s),
                      config.businessHours.end().toString(u"HH:mm"_s),
                      BusinessHours::formatWeekdays(config.businessHours.weekdays()))
                 .arg(int(config.businessShare * 100))
          << '\n';
    m_out << tr("Polling for changes every %n minute(s).", nullptr, config.pollMinutes) << '\n';
    if (config.heavyEnabled && next.isValid() && config.businessHours.isBusinessTime(next))
        m_err << tr("Warning: the heavy sync falls inside business hours; it will use only part of the API budgets.")
              << '\n';
    return ExitOk;
}

QString Cli::webhookTokenFor(bool *persisted)
{
    // Automation without a keychain can pin the token so the address registered in Omie survives restarts.
    const QString fromEnv = m_env.value(u"PONTE_WEBHOOK_TOKEN"_s);
    if (!fromEnv.isEmpty()) {
        Logging::addSecret(fromEnv);
        *persisted = true;
        return fromEnv;
    }
    return webhookToken(m_demo ? nullptr : &secretStore(), !m_demo, persisted);
}

int Cli::commandWebhookUrl(const QStringList &rawArgs)
{
    const Args args(rawArgs, {u"--host"_s, u"--port"_s}, {});
    if (!args.error.isEmpty())
        return usageError(args.error);
    if (!args.positional.isEmpty())
        return usageError(tr("Unexpected argument %1.").arg(args.positional.first()));
    const QString host = args.values.value(u"--host"_s, u"THIS-MACHINE"_s);
    if (host.isEmpty() || host.contains(u'/') || host.contains(u'?') || host.contains(u' '))
        return usageError(tr("--host needs a host name or address, such as ponte.example.com.br."));
    if (int rc = openProfile(); rc != ExitOk)
        return rc;
    const std::optional<int> port = webhookPort(args, m_profile->settings(), true);
    if (!port)
        return usageError(tr("--port needs a number from 1 to 65535."));
    bool persisted = false;
    const QString token = webhookTokenFor(&persisted);
    m_out << u"http://%1:%2/webhooks/omie?token=%3"_s.arg(host).arg(*port).arg(token) << '\n';
    m_out.flush();
    if (!persisted)
        m_err << tr("Warning: there is no keychain to keep this token, so it changes at the next start and the address "
                    "above stops working. Set PONTE_WEBHOOK_TOKEN to keep one.")
              << '\n';
    return ExitOk;
}

int Cli::commandDaemon(const QStringList &rawArgs, bool webhooksOnly)
{
    const Args args(rawArgs, {u"--port"_s, u"--listen"_s}, {});
    if (!args.error.isEmpty())
        return usageError(args.error);
    if (!args.positional.isEmpty())
        return usageError(tr("Unexpected argument %1.").arg(args.positional.first()));
    if (int rc = openProfile(); rc != ExitOk)
        return rc;
    Credentials credentials;
    int rc = ExitOk;
    if (!loadCredentials(&credentials, &rc))
        return rc;
    const std::optional<int> portOption = webhookPort(args, m_profile->settings(), webhooksOnly);
    if (!portOption)
        return usageError(tr("--port needs a number from 1 to 65535."));
    const int port = *portOption;
    QString listenText = m_profile->settings().stringValue(SettingKey::WebhookListen);
    if (args.values.contains(u"--listen"_s)) {
        QString error;
        const std::optional<QVariant> parsed =
            Settings::parse(*Settings::definition(SettingKey::WebhookListen), args.values.value(u"--listen"_s), &error);
        if (!parsed)
            return usageError(error);
        listenText = parsed->toString();
    }
    const QHostAddress listenAddress(listenText);
    bool persisted = false;
    const QString token = port > 0 ? webhookTokenFor(&persisted) : QString();
    ScheduleConfig schedule = ScheduleConfig::fromSettings(m_profile->settings());
    // webhook serve: no heavy sync, but the regular poll catches whatever a lost webhook missed.
    if (webhooksOnly)
        schedule.heavyEnabled = false;
    SyncDaemon daemon(m_dataDir, m_demo ? m_demo->applyTo(m_env) : m_env, credentials, schedule);
    if (port > 0) {
        if (Status s = daemon.webhooks().openEventStore(DataFolder::databasePath(m_dataDir)); !s)
            return failure(ExitUsage, s.message() + (s.detail().isEmpty() ? QString() : u" ("_s + s.detail() + u')'));
        if (!daemon.webhooks().listen(quint16(port), listenAddress))
            return failure(ExitUsage, tr("Cannot receive webhooks on %1 port %2: %3")
                                          .arg(listenAddress.toString())
                                          .arg(port)
                                          .arg(daemon.webhooks().errorString()));
    }
    if (!daemon.start(true, 0, token))
        return failure(ExitUsage, tr("Cannot start the scheduler."));
    daemon.webhooks().setToken(token);
    if (port > 0) {
        m_out << tr("Receiving webhooks on %1 port %2.").arg(listenAddress.toString()).arg(daemon.webhooks().port())
              << '\n'
              << tr("The address to register in Omie holds a secret; print it with \"ponte-cli webhook url\".") << '\n';
        if (listenAddress.isLoopback())
            m_out << tr("Only this computer can reach it; use --listen 0.0.0.0 (or a proxy) to receive from Omie.")
                  << '\n';
        if (!persisted)
            m_err << tr("Warning: there is no keychain to keep the webhook token, so it changes at the next start and "
                        "the address registered in Omie stops working. Set PONTE_WEBHOOK_TOKEN to keep one.")
                  << '\n';
    }
    {
        const ScheduleConfig &config = schedule;
        const QDateTime next = daemon.scheduler().nextHeavyRun(QDateTime::currentDateTimeUtc());
        if (next.isValid())
            m_out << tr("Next heavy sync: %1").arg(BusinessHours::local(next).toString(u"yyyy-MM-dd HH:mm"_s)) << '\n';
        m_out << tr("Polling for changes every %n minute(s).", nullptr, config.pollMinutes) << '\n';
    }
    m_out << tr("Press Ctrl+C to stop.") << '\n';
    m_out.flush();
    QEventLoop loop;
    QObject::connect(&daemon, &SyncDaemon::runStarted, &loop, [this](RunTrigger trigger) {
        m_out << QDateTime::currentDateTime().toString(u"HH:mm:ss"_s) << "  "
              << tr("sync started (%1)").arg(toName(trigger)) << '\n'
              << Qt::flush;
    });
    QObject::connect(&daemon, &SyncDaemon::runFinished, &loop, [this](const SyncSummary &s) {
        m_out << QDateTime::currentDateTime().toString(u"HH:mm:ss"_s) << "  "
              << tr("run %1 %2: %3 written, %4 failed")
                     .arg(s.runId)
                     .arg(statusText(s.status))
                     .arg(s.totalWrites())
                     .arg(s.totalFailed())
              << '\n'
              << Qt::flush;
    });
    installSignalHandlers();
    QTimer interruptPoll;
    bool stopping = false;
    QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&] {
        if (!s_interrupted.load() || stopping)
            return;
        stopping = true;
        daemon.stop();
        if (!daemon.controller().isRunning()) {
            loop.quit();
            return;
        }
        m_err << tr("Stopping after the record in progress…") << '\n' << Qt::flush;
        daemon.controller().cancel();
        QObject::connect(&daemon, &SyncDaemon::runFinished, &loop, &QEventLoop::quit);
    });
    interruptPoll.start(200);
    loop.exec();
    return stopping ? ExitOk : ExitInterrupted;
}

} // namespace Ponte

namespace Ponte {

int Cli::commandService(const QStringList &args)
{
    const QString action = args.value(0);
    if (args.size() != 1 || !QStringList{u"install"_s, u"uninstall"_s, u"status"_s}.contains(action))
        return usageError(tr("Use: service install | service uninstall | service status"));
    if (m_options.demo)
        return usageError(tr("The demonstration cannot be installed as a service."));
    m_dataDir = DataFolder::resolve(m_options.dataDir, false, m_env);
    DaemonService service(QCoreApplication::applicationFilePath(), m_dataDir, m_env);
    const DaemonService::Outcome outcome = action == u"install"_s     ? service.install()
                                           : action == u"uninstall"_s ? service.uninstall()
                                                                      : service.status();
    (outcome.ok ? m_out : m_err) << outcome.text << '\n';
    m_out.flush();
    m_err.flush();
    if (outcome.ok && action == u"install"_s) {
        m_out << tr("The daemon reads the credentials from the system keychain of this user: store them first with "
                    "\"ponte-cli credentials set\".")
              << '\n';
        m_out.flush();
    }
    return outcome.ok ? ExitOk : ExitUsage;
}

} // namespace Ponte
