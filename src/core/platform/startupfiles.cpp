#include "startupfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace StartupFiles {

namespace {

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/** systemd and .desktop files split Exec lines on spaces and honour double quotes with backslash escapes. */
QString quotedForExec(const QString &argument, bool doublePercent)
{
    QString a = argument;
    if (doublePercent)
        a.replace(u'%', u"%%"_s);
    static const QString special = u" \t\n\"'\\><~|&;$*?#()`"_s;
    bool needs = a.isEmpty();
    for (QChar c : a)
        needs = needs || special.contains(c);
    if (!needs)
        return a;
    QString out = u"\""_s;
    for (QChar c : a) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'"';
}

} // namespace

QString desktopExecLine(const QString &program, const QStringList &arguments)
{
    QStringList parts{quotedForExec(program, true)};
    for (const QString &a : arguments)
        parts << quotedForExec(a, true);
    return parts.join(u' ');
}

QString xdgAutostartEntry(const QString &name, const QString &program, const QStringList &arguments)
{
    return u"[Desktop Entry]\n"
           "Type=Application\n"
           "Name=%1\n"
           "Exec=%2\n"
           "Icon=ponte\n"
           "Terminal=false\n"
           "X-GNOME-Autostart-enabled=true\n"_s.arg(name, desktopExecLine(program, arguments));
}

QString windowsCommandLine(const QString &program, const QStringList &arguments)
{
    // CommandLineToArgvW: backslashes are literal except before a quote, where they are doubled.
    auto quote = [](const QString &a) {
        if (!a.isEmpty() && !a.contains(u' ') && !a.contains(u'\t') && !a.contains(u'"'))
            return a;
        QString out = u"\""_s;
        int backslashes = 0;
        for (QChar c : a) {
            if (c == u'\\') {
                ++backslashes;
                continue;
            }
            if (c == u'"')
                out += QString(backslashes * 2 + 1, u'\\');
            else
                out += QString(backslashes, u'\\');
            backslashes = 0;
            out += c;
        }
        return out + QString(backslashes * 2, u'\\') + u'"';
    };
    QStringList parts{quote(QDir::toNativeSeparators(program))};
    for (const QString &a : arguments)
        parts << quote(a);
    return parts.join(u' ');
}

QByteArray launchdPlist(const QString &label, const QString &program, const QStringList &arguments, bool keepAlive)
{
    QString args = u"        <string>%1</string>\n"_s.arg(xmlEscaped(program));
    for (const QString &a : arguments)
        args += u"        <string>%1</string>\n"_s.arg(xmlEscaped(a));
    return u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
           "<plist version=\"1.0\">\n"
           "<dict>\n"
           "    <key>Label</key>\n"
           "    <string>%1</string>\n"
           "    <key>ProgramArguments</key>\n"
           "    <array>\n"
           "%2"
           "    </array>\n"
           "    <key>RunAtLoad</key>\n"
           "    <true/>\n"
           "    <key>KeepAlive</key>\n"
           "    %3\n"
           "    <key>ProcessType</key>\n"
           "    <string>%4</string>\n"
           "</dict>\n"
           "</plist>\n"_s.arg(xmlEscaped(label), args, keepAlive ? u"<true/>"_s : u"<false/>"_s,
                                keepAlive ? u"Background"_s : u"Interactive"_s)
        .toUtf8();
}

QString systemdUserUnit(const QString &description, const QString &program, const QStringList &arguments)
{
    QStringList parts{quotedForExec(program, false)};
    for (const QString &a : arguments)
        parts << quotedForExec(a, false);
    // systemd expands % specifiers in ExecStart: a literal percent is written %%.
    const QString exec = parts.join(u' ').replace(u'%', u"%%"_s);
    return u"[Unit]\n"
           "Description=%1\n"
           "After=network-online.target\n"
           "Wants=network-online.target\n"
           "\n"
           "[Service]\n"
           "Type=simple\n"
           "ExecStart=%2\n"
           "Restart=on-failure\n"
           "RestartSec=30\n"
           "\n"
           "[Install]\n"
           "WantedBy=default.target\n"_s.arg(description, exec);
}

QStringList schtasksCreateArguments(const QString &taskName,
                                    const QString &program,
                                    const QStringList &arguments,
                                    const QString &user)
{
    // At start-up, whether or not anyone logs in; as the user whose keychain holds the keys (/RP asks for the
    // password once, so Windows can run the task without a session).
    return {u"/Create"_s, u"/F"_s,  u"/TN"_s, taskName, u"/TR"_s, windowsCommandLine(program, arguments),
            u"/SC"_s,     u"ONSTART"_s, u"/RU"_s, user,  u"/RP"_s};
}

} // namespace StartupFiles

namespace {

[[maybe_unused]] QString configHome(const QProcessEnvironment &env)
{
    const QString xdg = env.value(u"XDG_CONFIG_HOME"_s);
    return xdg.isEmpty() ? env.value(u"HOME"_s, QDir::homePath()) + u"/.config"_s : xdg;
}

[[maybe_unused]] QString launchAgentPath(const QProcessEnvironment &env, const QString &label)
{
    return env.value(u"HOME"_s, QDir::homePath()) + u"/Library/LaunchAgents/"_s + label + u".plist"_s;
}

[[maybe_unused]] Status writeText(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::error(QCoreApplication::translate("Ponte::Autostart", "Cannot create the folder of %1.")
                                 .arg(QDir::toNativeSeparators(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Status::error(
            QCoreApplication::translate("Ponte::Autostart", "Cannot write %1.").arg(QDir::toNativeSeparators(path)),
            file.errorString());
    return Status::ok();
}

[[maybe_unused]] Status removeFile(const QString &path)
{
    if (QFile::exists(path) && !QFile::remove(path))
        return Status::error(
            QCoreApplication::translate("Ponte::Autostart", "Cannot remove %1.").arg(QDir::toNativeSeparators(path)));
    return Status::ok();
}

#if defined(Q_OS_WIN)
const QString kRunKey = u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"_s;
#endif

} // namespace

Autostart::Autostart(QString program, QStringList arguments, QProcessEnvironment environment)
    : m_program(std::move(program)), m_arguments(std::move(arguments)), m_environment(std::move(environment))
{
}

QString Autostart::location() const
{
#if defined(Q_OS_WIN)
    return kRunKey + u"\\Ponte"_s;
#elif defined(Q_OS_MACOS)
    return launchAgentPath(m_environment, u"br.com.ponte.app"_s);
#else
    return configHome(m_environment) + u"/autostart/"_s + QLatin1StringView(kName) + u".desktop"_s;
#endif
}

bool Autostart::isEnabled() const
{
#if defined(Q_OS_WIN)
    return QSettings(kRunKey, QSettings::NativeFormat).contains(u"Ponte"_s);
#else
    return QFile::exists(location());
#endif
}

Status Autostart::setEnabled(bool enabled)
{
#if defined(Q_OS_WIN)
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(u"Ponte"_s, StartupFiles::windowsCommandLine(m_program, m_arguments));
    else
        run.remove(u"Ponte"_s);
    run.sync();
    if (run.status() != QSettings::NoError)
        return Status::error(tr("Cannot change %1.").arg(kRunKey));
    return Status::ok();
#elif defined(Q_OS_MACOS)
    if (!enabled)
        return removeFile(location());
    return writeText(location(), StartupFiles::launchdPlist(u"br.com.ponte.app"_s, m_program, m_arguments, false));
#else
    if (!enabled)
        return removeFile(location());
    return writeText(location(), StartupFiles::xdgAutostartEntry(u"Ponte"_s, m_program, m_arguments).toUtf8());
#endif
}

DaemonService::DaemonService(QString program, QString dataDir, QProcessEnvironment environment)
    : m_program(std::move(program)), m_dataDir(std::move(dataDir)), m_environment(std::move(environment))
{
}

QStringList DaemonService::daemonArguments() const
{
    return {u"--data-dir"_s, QDir::toNativeSeparators(QDir(m_dataDir).absolutePath()), u"daemon"_s};
}

QString DaemonService::location() const
{
#if defined(Q_OS_WIN)
    return QLatin1StringView(kTaskName);
#elif defined(Q_OS_MACOS)
    return launchAgentPath(m_environment, QLatin1StringView(kLaunchdLabel));
#else
    return configHome(m_environment) + u"/systemd/user/"_s + QLatin1StringView(kUnitName);
#endif
}

bool DaemonService::run(const QString &program, const QStringList &arguments, QString *output, int *exitCode) const
{
    const QString path = QStandardPaths::findExecutable(
        program, m_environment.value(u"PATH"_s).split(QDir::listSeparator(), Qt::SkipEmptyParts));
    if (path.isEmpty())
        return false;
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(path, arguments);
    // A service manager answers in moments; this is a one-shot command, not the GUI thread.
    if (!process.waitForFinished(60'000))
        process.kill();
    *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return true;
}

bool DaemonService::runCommandLine(const QString &command, QString *output, int *exitCode) const
{
    QStringList words = QProcess::splitCommand(command);
    const QString program = words.takeFirst();
    return run(program, words, output, exitCode);
}

DaemonService::Outcome DaemonService::install()
{
    QString output;
    int code = 0;
#if defined(Q_OS_WIN)
    const QString user = m_environment.value(u"USERDOMAIN"_s) + u'\\' + m_environment.value(u"USERNAME"_s);
    const QStringList args =
        StartupFiles::schtasksCreateArguments(QLatin1StringView(kTaskName), m_program, daemonArguments(), user);
    if (!run(u"schtasks"_s, args, &output, &code) || code != 0)
        return {false, tr("Task Scheduler refused the task: %1").arg(output)};
    return {true, tr("Task \"%1\" created: ponte-cli daemon runs when Windows starts, as %2.").arg(location(), user)};
#else
#if defined(Q_OS_MACOS)
    const QByteArray content =
        StartupFiles::launchdPlist(QLatin1StringView(kLaunchdLabel), m_program, daemonArguments(), true);
    const QStringList enable{u"launchctl load -w \"%1\""_s.arg(location())};
#else
    const QByteArray content =
        StartupFiles::systemdUserUnit(tr("Ponte: Omie ⇄ Ploomes sync (scheduler and webhooks)"), m_program,
                                      daemonArguments())
            .toUtf8();
    const QStringList enable{u"systemctl --user daemon-reload"_s,
                             u"systemctl --user enable --now %1"_s.arg(QLatin1StringView(kUnitName))};
#endif
    if (Status s = writeText(location(), content); !s)
        return {false, s.message()};
    QStringList lines{tr("Wrote %1.").arg(QDir::toNativeSeparators(location()))};
    QStringList left;
    for (const QString &command : enable) {
        if (!runCommandLine(command, &output, &code))
            left << command;
        else if (code != 0)
            return {false, lines.join(u'\n') + u'\n' + tr("%1 failed: %2").arg(command, output)};
    }
    if (left.isEmpty())
        lines << tr("The daemon is enabled and started.");
    else
        lines << tr("To enable and start it, run:") << left;
#if !defined(Q_OS_MACOS)
    // A user's services stop at logout unless lingering is on: then they run from boot, with nobody logged in.
    lines << tr("So that it also runs while nobody is logged in, run once: loginctl enable-linger %1")
                 .arg(m_environment.value(u"USER"_s, u"$USER"_s));
#endif
    return {true, lines.join(u'\n')};
#endif
}

DaemonService::Outcome DaemonService::uninstall()
{
    QString output;
    int code = 0;
#if defined(Q_OS_WIN)
    if (!run(u"schtasks"_s, {u"/Delete"_s, u"/F"_s, u"/TN"_s, location()}, &output, &code) || code != 0)
        return {false, tr("Task Scheduler could not remove the task: %1").arg(output)};
    return {true, tr("Task \"%1\" removed.").arg(location())};
#else
#if defined(Q_OS_MACOS)
    const QStringList disable{u"launchctl unload -w \"%1\""_s.arg(location())};
#else
    const QStringList disable{u"systemctl --user disable --now %1"_s.arg(QLatin1StringView(kUnitName))};
#endif
    QStringList lines;
    if (QFile::exists(location())) {
        for (const QString &command : disable) {
            if (!runCommandLine(command, &output, &code))
                lines << tr("Stop it first with: %1").arg(command);
        }
    }
    if (Status s = removeFile(location()); !s)
        return {false, s.message()};
    lines.prepend(tr("Removed %1.").arg(QDir::toNativeSeparators(location())));
    return {true, lines.join(u'\n')};
#endif
}

DaemonService::Outcome DaemonService::status()
{
    QString output;
    int code = 0;
#if defined(Q_OS_WIN)
    if (!run(u"schtasks"_s, {u"/Query"_s, u"/TN"_s, location()}, &output, &code) || code != 0)
        return {false, tr("not installed")};
    return {true, output};
#else
    if (!QFile::exists(location()))
        return {false, tr("not installed (%1 does not exist)").arg(QDir::toNativeSeparators(location()))};
    QStringList lines{tr("installed: %1").arg(QDir::toNativeSeparators(location()))};
#if defined(Q_OS_MACOS)
    const bool ran = run(u"launchctl"_s, {u"list"_s, QLatin1StringView(kLaunchdLabel)}, &output, &code);
#else
    const bool ran = run(u"systemctl"_s, {u"--user"_s, u"is-active"_s, QLatin1StringView(kUnitName)}, &output, &code);
#endif
    if (ran)
        lines << tr("service manager: %1").arg(output.isEmpty() ? tr("no answer") : output);
    return {true, lines.join(u'\n')};
#endif
}

} // namespace Ponte
