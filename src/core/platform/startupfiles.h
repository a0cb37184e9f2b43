#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Ponte {

/**
 * What each operating system needs written so that Ponte starts by itself: the desktop application at
 * login ("start with the system") and `ponte-cli daemon` as a background service. The content is
 * made by pure functions, compiled and tested on every platform; only writing it is per platform.
 */
namespace StartupFiles {

/** A freedesktop.org Exec line: each argument quoted when it needs to be, with `%` doubled. */
QString desktopExecLine(const QString &program, const QStringList &arguments);
/** $XDG_CONFIG_HOME/autostart entry that starts @p program at login. */
QString xdgAutostartEntry(const QString &name, const QString &program, const QStringList &arguments);
/** A Windows command line (CommandLineToArgvW rules) as the Run key and Task Scheduler want it. */
QString windowsCommandLine(const QString &program, const QStringList &arguments);
/** A launchd property list; @p keepAlive restarts the program when it ends (services), else it runs once. */
QByteArray launchdPlist(const QString &label, const QString &program, const QStringList &arguments, bool keepAlive);
/** A systemd user unit running @p program, restarted after a failure, started with the user's manager. */
QString systemdUserUnit(const QString &description, const QString &program, const QStringList &arguments);
/** `schtasks` arguments creating a task that runs at system start as @p user (asked for the password). */
QStringList schtasksCreateArguments(const QString &taskName,
                                    const QString &program,
                                    const QStringList &arguments,
                                    const QString &user);

} // namespace StartupFiles

/** "Start with the system" for the desktop application: a Run value, a LaunchAgent or an XDG autostart entry. */
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::Autostart)

public:
    /** @p environment supplies HOME / XDG_CONFIG_HOME (tests point them at a temporary folder). */
    Autostart(QString program, QStringList arguments, QProcessEnvironment environment);

    static constexpr const char *kName = "ponte";
    /** Where the entry lives (a file, or the registry key and value on Windows). */
    QString location() const;
    bool isEnabled() const;
    Status setEnabled(bool enabled);

private:
    QString m_program;
    QStringList m_arguments;
    QProcessEnvironment m_environment;
};

/** `ponte-cli service install|uninstall|status`: `ponte-cli daemon` under the OS's service manager. */
class DaemonService
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::DaemonService)

public:
    DaemonService(QString program, QString dataDir, QProcessEnvironment environment);

    static constexpr const char *kUnitName = "ponte-daemon.service";
    static constexpr const char *kLaunchdLabel = "br.com.ponte.daemon";
    static constexpr const char *kTaskName = "Ponte daemon";
    /** The daemon's arguments: the data folder, then `daemon`. */
    QStringList daemonArguments() const;
    /** The unit, plist or task definition (what install writes or creates). */
    QString location() const;

    struct Outcome
    {
        bool ok = false;
        QString text; ///< what was done, and what the user still has to run, one step per line
    };
    Outcome install();
    Outcome uninstall();
    Outcome status();

private:
    /** Runs @p program when it is on the PATH; false (nothing run) when it is not. */
    bool run(const QString &program, const QStringList &arguments, QString *output, int *exitCode) const;
    /** run() for a command as printed to the user ("systemctl --user …"). */
    bool runCommandLine(const QString &command, QString *output, int *exitCode) const;

    QString m_program;
    QString m_dataDir;
    QProcessEnvironment m_environment;
};

} // namespace Ponte
