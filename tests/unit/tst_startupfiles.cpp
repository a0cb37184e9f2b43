// What Ponte writes so that it starts by itself: autostart entries for the desktop application and the
// service definitions of `ponte-cli service`. The content is tested on every platform; installing is
// tested where it runs (Linux here).
#include "platform/startupfiles.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

class TstStartupFiles : public QObject
{
    Q_OBJECT

private slots:
    void desktopExecLinesQuoteWhatTheSpecSays_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("line");
        QTest::newRow("plain") << u"/usr/bin/ponte"_s << QStringList{u"--background"_s}
                               << u"/usr/bin/ponte --background"_s;
        QTest::newRow("spaces") << u"/opt/My Apps/ponte"_s << QStringList{u"--data-dir"_s, u"/home/ana/Meus dados"_s}
                                << u"\"/opt/My Apps/ponte\" --data-dir \"/home/ana/Meus dados\""_s;
        QTest::newRow("percent is doubled") << u"/usr/bin/ponte"_s << QStringList{u"/data/100%"_s}
                                            << u"/usr/bin/ponte /data/100%%"_s;
        QTest::newRow("quotes and dollars escaped")
            << u"/usr/bin/ponte"_s << QStringList{u"a\"b$c"_s} << u"/usr/bin/ponte \"a\\\"b\\$c\""_s;
        QTest::newRow("empty argument kept") << u"/usr/bin/ponte"_s << QStringList{QString()}
                                             << u"/usr/bin/ponte \"\""_s;
    }

    void desktopExecLinesQuoteWhatTheSpecSays()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QFETCH(QString, line);
        QCOMPARE(StartupFiles::desktopExecLine(program, arguments), line);
    }

    void windowsCommandLinesFollowCommandLineToArgv_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("line");
        QTest::newRow("program in Program Files")
            << u"C:\\Program Files\\Ponte\\ponte.exe"_s << QStringList{u"--background"_s}
            << u"\"C:\\Program Files\\Ponte\\ponte.exe\" --background"_s;
        QTest::newRow("folder with a trailing backslash")
            << u"C:\\Ponte\\ponte-cli.exe"_s << QStringList{u"--data-dir"_s, u"D:\\Dados da empresa\\"_s, u"daemon"_s}
            << u"C:\\Ponte\\ponte-cli.exe --data-dir \"D:\\Dados da empresa\\\\\" daemon"_s;
        QTest::newRow("quote inside") << u"C:\\p.exe"_s << QStringList{u"a \"b\""_s}
                                      << u"C:\\p.exe \"a \\\"b\\\"\""_s;
    }

    void windowsCommandLinesFollowCommandLineToArgv()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QFETCH(QString, line);
        QCOMPARE(StartupFiles::windowsCommandLine(program, arguments), line);
    }

    void launchdPlistsRunAtLoadAndEscapeXml()
    {
        const QString agent = QString::fromUtf8(StartupFiles::launchdPlist(
            u"br.com.ponte.app"_s, u"/Applications/Ponte.app/Contents/MacOS/ponte"_s,
            {u"--background"_s, u"--data-dir"_s, u"/Users/ana/R&D <teste>"_s}, false));
        QVERIFY(agent.startsWith(u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"_s));
        QVERIFY(agent.contains(u"<key>Label</key>\n    <string>br.com.ponte.app</string>"_s));
        QVERIFY(agent.contains(u"        <string>/Applications/Ponte.app/Contents/MacOS/ponte</string>\n"
                               "        <string>--background</string>\n"
                               "        <string>--data-dir</string>\n"
                               "        <string>/Users/ana/R&amp;D &lt;teste&gt;</string>\n"_s));
        QVERIFY(agent.contains(u"<key>RunAtLoad</key>\n    <true/>"_s));
        QVERIFY(agent.contains(u"<key>KeepAlive</key>\n    <false/>"_s));
        const QString service = QString::fromUtf8(
            StartupFiles::launchdPlist(u"br.com.ponte.daemon"_s, u"/usr/local/bin/ponte-cli"_s, {u"daemon"_s}, true));
        QVERIFY(service.contains(u"<key>KeepAlive</key>\n    <true/>"_s));
        QVERIFY(service.contains(u"<string>Background</string>"_s));
    }

    void systemdUnitsRestartTheDaemonAndStartWithTheUser()
    {
        const QString unit = StartupFiles::systemdUserUnit(u"Ponte"_s, u"/opt/ponte/bin/ponte-cli"_s,
                                                           {u"--data-dir"_s, u"/srv/ponte 100%"_s, u"daemon"_s});
        QVERIFY(unit.contains(u"\nExecStart=/opt/ponte/bin/ponte-cli --data-dir \"/srv/ponte 100%%\" daemon\n"_s));
        QVERIFY(unit.contains(u"\nRestart=on-failure\n"_s));
        QVERIFY(unit.contains(u"\n[Install]\nWantedBy=default.target\n"_s));
    }

    void theWindowsTaskRunsAtStartAsTheUser()
    {
        const QStringList args = StartupFiles::schtasksCreateArguments(
            u"Ponte daemon"_s, u"C:\\Ponte\\ponte-cli.exe"_s, {u"--data-dir"_s, u"C:\\Dados"_s, u"daemon"_s},
            u"EMPRESA\\ana"_s);
        QCOMPARE(args, (QStringList{u"/Create"_s, u"/F"_s, u"/TN"_s, u"Ponte daemon"_s, u"/TR"_s,
                                    u"C:\\Ponte\\ponte-cli.exe --data-dir C:\\Dados daemon"_s, u"/SC"_s, u"ONSTART"_s,
                                    u"/RU"_s, u"EMPRESA\\ana"_s, u"/RP"_s}));
    }

#if defined(Q_OS_LINUX)
    void theAutostartEntryIsWrittenAndRemoved()
    {
        QTemporaryDir config;
        QProcessEnvironment env;
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        Autostart autostart(u"/usr/bin/ponte"_s, {u"--background"_s}, env);
        QCOMPARE(autostart.location(), config.filePath(u"autostart/ponte.desktop"_s));
        QVERIFY(!autostart.isEnabled());
        QVERIFY(autostart.setEnabled(true));
        QVERIFY(autostart.isEnabled());
        QFile file(autostart.location());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(u"[Desktop Entry]\nType=Application\n"_s));
        QVERIFY(text.contains(u"\nExec=/usr/bin/ponte --background\n"_s));
        QVERIFY(autostart.setEnabled(false));
        QVERIFY(!autostart.isEnabled());
    }

    void serviceInstallWritesTheUnitAndSaysWhatToRun()
    {
        // No systemctl on the PATH: the unit is written and the commands to run are printed.
        QTemporaryDir config, data, emptyPath;
        QProcessEnvironment env;
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        env.insert(u"PATH"_s, emptyPath.path());
        env.insert(u"USER"_s, u"ana"_s);
        env.insert(u"PONTE_LANG"_s, u"en"_s);
        QProcess cli;
        cli.setProcessEnvironment(env);
        auto run = [&](const QString &action) {
            cli.start(QStringLiteral(PONTE_CLI_PATH), {u"--data-dir"_s, data.path(), u"service"_s, action});
            if (!cli.waitForFinished(30'000))
                return -1;
            return cli.exitCode();
        };
        QCOMPARE(run(u"status"_s), 2);
        QCOMPARE(run(u"install"_s), 0);
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(out.contains(u"systemctl --user enable --now ponte-daemon.service"_s), qPrintable(out));
        QVERIFY2(out.contains(u"loginctl enable-linger ana"_s), qPrintable(out));
        QFile unit(config.filePath(u"systemd/user/ponte-daemon.service"_s));
        QVERIFY(unit.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(unit.readAll());
        QVERIFY2(text.contains(u"\nExecStart="_s + QStringLiteral(PONTE_CLI_PATH) + u" --data-dir "_s + data.path()
                               + u" daemon\n"_s),
                 qPrintable(text));
        QCOMPARE(run(u"status"_s), 0);
        QCOMPARE(run(u"uninstall"_s), 0);
        QVERIFY(!unit.exists());
        QCOMPARE(run(u"restart"_s), 2);
    }
#endif
};

QTEST_GUILESS_MAIN(TstStartupFiles)
#include "tst_startupfiles.moc"
