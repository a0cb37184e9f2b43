#pragma once

#include "secrets/credentials.h"
#include "sync/syncoptions.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace Ponte {

class Profile;
class SecretStore;
namespace Sim {
class DemoEnvironment;
}

/** ponte-cli: a thin command layer over ponte_core (DESIGN.md §5). */
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::Cli)

public:
    Cli(QStringList arguments, QProcessEnvironment env);
    ~Cli();
    /** Runs the command line and returns the process exit code. */
    int run();

private:
    struct GlobalOptions
    {
        QString dataDir;
        bool demo = false;
        bool verbose = false;
    };

    int usageError(const QString &message);
    int failure(int code, const QString &message);
    /** A local database failure: its message, its detail on the next line, exit code ExitStorage. */
    int storeFailure(const Status &status);
    /** Exit 2 for a keychain that failed, with how to run without one. */
    int keychainFailure(const SecretResult &error);
    int openProfile();
    SecretStore &secretStore();
    /** Keychain credentials with the environment (or the demo's) on top; exits 2 when incomplete. */
    bool loadCredentials(Credentials *credentials, int *exitCode, bool requireComplete = true);

    int commandHelp();
    int commandConfig(const QStringList &args);
    int commandCredentials(const QStringList &args);
    int commandCheck(const QStringList &args);
    int commandSync(const QStringList &args);
    int commandHistory(const QStringList &args);
    /** CSV to @p output (replaced atomically), or to standard output when it is empty. */
    int writeCsv(const QByteArray &data, const QString &output);
    int commandQuarantine(const QStringList &args);
    int commandMapping(const QStringList &args);
    int commandSchedule(const QStringList &args);
    int commandDaemon(const QStringList &args, bool webhooksOnly);
    int commandWebhookUrl(const QStringList &args);
    /** `data wipe [--yes]`: deletes what Ponte keeps about people in the data folder, after a confirmation. */
    int commandData(const QStringList &args);
    int commandService(const QStringList &args);
    /** PONTE_WEBHOOK_TOKEN, else the keychain's (made on first use); @p persisted: same token next start. */
    QString webhookTokenFor(bool *persisted);

    QString helpText() const;
    static int exitCodeFor(const SyncSummary &summary);

    QStringList m_arguments;
    QProcessEnvironment m_env;
    GlobalOptions m_options;
    QString m_dataDir;
    std::shared_ptr<Profile> m_profile;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Sim::DemoEnvironment> m_demo;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Ponte
