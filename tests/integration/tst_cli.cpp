#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

class TstCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList dataDir() const { return {u"--data-dir"_s, m_dir.path()}; }

private slots:
    void helpAndVersion()
    {
        Test::ProcessResult r = Test::runCli({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("ponte-cli"));
        QVERIFY(r.out.contains("--data-dir"));
        r = Test::runCli({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("ponte-cli " PONTE_VERSION));
    }

    void helpIsPortugueseByDefault()
    {
        const Test::ProcessResult r = Test::runCli({u"--help"_s}, {}, {u"PONTE_LANG=pt_BR"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QString::fromUtf8(r.out).contains(u"Comandos"_s), r.out.constData());
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(Test::runCli({}).exitCode, 2);
        QCOMPARE(Test::runCli({u"--no-such-option"_s}).exitCode, 2);
        QCOMPARE(Test::runCli(dataDir() + QStringList{u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(Test::runCli({u"--data-dir"_s}).exitCode, 2);
        QCOMPARE(Test::runCli(dataDir() + QStringList{u"config"_s, u"set"_s, u"omie.concurrency"_s, u"99"_s}).exitCode,
                 2);
        QCOMPARE(Test::runCli(dataDir() + QStringList{u"config"_s, u"get"_s, u"nope"_s}).exitCode, 2);
    }

    void configRoundTripAndEnvironmentOverride()
    {
        QCOMPARE(Test::runCli(dataDir() + QStringList{u"config"_s, u"set"_s, u"omie.requests_per_minute"_s, u"100"_s})
                     .exitCode,
                 0);
        Test::ProcessResult r = Test::runCli(dataDir() + QStringList{u"config"_s, u"get"_s,
                                                                     u"omie.requests_per_minute"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("100"));
        r = Test::runCli(dataDir() + QStringList{u"config"_s, u"get"_s, u"omie.requests_per_minute"_s}, {},
                         {u"PONTE_OMIE_RPM=7000"_s});
        QCOMPARE(r.out.trimmed(), QByteArray("7000"));
        r = Test::runCli(dataDir() + QStringList{u"config"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("omie.requests_per_minute = 100"));
        QVERIFY(r.out.contains("ploomes.requests_per_second = 6"));
        QVERIFY(!r.out.contains("learned"));
    }

    void credentialsFromStandardInputGoToTheKeychainOnly()
    {
        const QByteArray secret = "cli-secret-5f4e3d2c1b0a";
        const QByteArray userKey = "cli-user-key-0a1b2c3d4e5f";
        Test::ProcessResult r = Test::runCli(dataDir() + QStringList{u"credentials"_s, u"set"_s},
                                             "omie_app_key=1112223334445\nomie_app_secret=" + secret
                                                 + "\nploomes_user_key=" + userKey + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = Test::runCli(dataDir() + QStringList{u"credentials"_s, u"status"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(secret));
        QVERIFY(!r.out.contains(userKey));
        QVERIFY(Test::filesContaining(m_dir.path(), QString::fromLatin1(secret)).isEmpty());
        QVERIFY(Test::filesContaining(m_dir.path(), QString::fromLatin1(userKey)).isEmpty());

        r = Test::runCli(dataDir() + QStringList{u"credentials"_s, u"clear"_s});
        QCOMPARE(r.exitCode, 0);
        r = Test::runCli(dataDir() + QStringList{u"credentials"_s, u"status"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(Test::runCli(dataDir() + QStringList{u"credentials"_s, u"set"_s}, "bogus=1\n").exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
