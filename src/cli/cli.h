#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace Ponte {

class Profile;
class SecretStore;

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
    int openProfile();
    SecretStore &secretStore();

    int commandHelp(const QStringList &args);
    int commandConfig(const QStringList &args);
    int commandCredentials(const QStringList &args);

    QString helpText() const;

    QStringList m_arguments;
    QProcessEnvironment m_env;
    GlobalOptions m_options;
    QString m_dataDir;
    std::shared_ptr<Profile> m_profile;
    std::unique_ptr<SecretStore> m_secrets;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Ponte
