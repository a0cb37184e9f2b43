#include "testsupport.h"

#include "export/csvwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
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

    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there any more: connections are refused
        return port;
    }

private slots:
    void historyIsExportedAsExcelCsv()
    {
        QTemporaryDir demo;
        const QStringList base{u"--demo"_s, u"--data-dir"_s, demo.path()};
        Test::ProcessResult r = Test::runCli(base + QStringList{u"sync"_s, u"--entities"_s, u"sellers,clients"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const QString file = demo.path() + u"/runs.csv"_s;
        r = Test::runCli(base + QStringList{u"history"_s, u"--csv"_s, u"--output"_s, file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBF")); // Excel needs the BOM to read UTF-8
        QVERIFY(data.contains("\";\""));
        const QList<QStringList> rows = CsvWriter::parse(data);
        QCOMPARE(rows.size(), 2);
        const QStringList header = rows.at(0);
        QCOMPARE(header.value(0), u"Run"_s);
        const QStringList run = rows.at(1);
        QCOMPARE(run.value(0), u"1"_s);
        QVERIFY2(QRegularExpression(u"^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d$"_s)
                     .match(run.value(header.indexOf(u"Started"_s)))
                     .hasMatch(),
                 qPrintable(run.join(u'|')));
        QCOMPARE(run.value(header.indexOf(u"Status"_s)), u"Succeeded"_s);
        QVERIFY(run.value(header.indexOf(u"Created"_s)).toInt() > 0);
        const QString duration = run.value(header.indexOf(u"Duration (s)"_s));
        QVERIFY2(!duration.contains(u'.'), qPrintable(duration)); // decimal comma, never a point
        QVERIFY(header.contains(u"Error"_s));

        // One run's records, to standard output.
        r = Test::runCli(base + QStringList{u"history"_s, u"--csv"_s, u"--run"_s, u"1"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> items = CsvWriter::parse(r.out);
        QVERIFY(items.size() > 2);
        QCOMPARE(items.at(0).value(0), u"Outcome"_s);
        QVERIFY(items.at(0).contains(u"Reason"_s));

        QCOMPARE(Test::runCli(base + QStringList{u"history"_s, u"--csv"_s, u"--run"_s, u"99"_s}).exitCode, 2);
        QCOMPARE(Test::runCli(base + QStringList{u"history"_s, u"--csv"_s, u"--json"_s}).exitCode, 2);
        QCOMPARE(Test::runCli(base + QStringList{u"history"_s, u"--output"_s, file}).exitCode, 2);
    }

    void anUnreachableServiceStopsTheSyncWithinSecondsAsANetworkFailure()
    {
        QTemporaryDir dir;
        const QStringList env{u"PONTE_OMIE_URL=http://127.0.0.1:%1/api/v1/"_s.arg(closedPort()),
                              u"PONTE_PLOOMES_URL=http://ponte-nao-existe.invalid/"_s,
                              u"PONTE_OMIE_APP_KEY=1234567890123"_s, u"PONTE_OMIE_APP_SECRET=s3cr3t-abcdef"_s,
                              u"PONTE_PLOOMES_USER_KEY=user-key-abcdef"_s};
        QElapsedTimer elapsed; // a real-time bound: what a person waits for
        elapsed.start();
        Test::ProcessResult r =
            Test::runCli({u"--data-dir"_s, dir.path(), u"sync"_s, u"--json"_s}, {}, env, 30'000);
        const qint64 ms = elapsed.elapsed();
        QVERIFY2(r.exitCode == 4, r.err.constData());
        QVERIFY2(ms < 10'000, qPrintable(QString::number(ms)));
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(summary.value(u"failure"_s).toString(), u"unreachable"_s);
        const QString cause = summary.value(u"network_failure"_s).toString();
        QVERIFY2(cause == u"connection-refused"_s || cause == u"host-not-found"_s, qPrintable(cause));
        const QString error = summary.value(u"error"_s).toString();
        QVERIFY2(error.contains(u"refused the connection"_s) || error.contains(u"could not be found"_s),
                 qPrintable(error));
        QVERIFY2(!error.contains(u"keys"_s), qPrintable(error));

        r = Test::runCli({u"--data-dir"_s, dir.path(), u"history"_s, u"--json"_s});
        const QJsonObject run = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(run.value(u"status"_s).toString(), u"failed"_s); // never "cancelled at the user's request"

        // The connection check says the same, just as fast.
        elapsed.restart();
        r = Test::runCli({u"--data-dir"_s, dir.path(), u"check"_s}, {}, env, 30'000);
        QVERIFY2(elapsed.elapsed() < 10'000, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY2(r.exitCode == 4, r.out.constData());
        const QString text = QString::fromUtf8(r.out + r.err);
        QVERIFY2(text.contains(u"refused the connection"_s), qPrintable(text));
        QVERIFY2(text.contains(u"could not be found (DNS)"_s), qPrintable(text));
    }

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
        Test::ProcessResult r =
            Test::runCli(dataDir() + QStringList{u"config"_s, u"get"_s, u"omie.requests_per_minute"_s});
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

    void deletionPoliciesAreSetFromTheCommandLine()
    {
        Test::ProcessResult r = Test::runCli(dataDir() + QStringList{u"config"_s, u"get"_s, u"deletions.clients"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("unlink"));
        QCOMPARE(Test::runCli(dataDir() + QStringList{u"config"_s, u"set"_s, u"deletions.products"_s, u"recreate"_s})
                     .exitCode,
                 0);
        r = Test::runCli(dataDir() + QStringList{u"config"_s, u"set"_s, u"deletions.orders"_s, u"erase"_s});
        QCOMPARE(r.exitCode, 2);
        r = Test::runCli(dataDir() + QStringList{u"config"_s, u"list"_s});
        QVERIFY(r.out.contains("deletions.products = recreate"));
        QVERIFY(r.out.contains("deletions.orders = unlink"));
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

    void dataWipeDeletesWhatPonteKeepsAfterAConfirmation()
    {
        // A folder with a history of named records (a demo sync), keys in the keychain and a file of the user's.
        QTemporaryDir dir;
        const QStringList folder{u"--data-dir"_s, dir.path()};
        Test::ProcessResult r = Test::runCli(QStringList{u"--demo"_s} + folder + QStringList{u"sync"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = Test::runCli(folder + QStringList{u"credentials"_s, u"set"_s},
                         "omie_app_key=1112223334445\nomie_app_secret=wipe-secret\nploomes_user_key=wipe-user-key\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile notes(dir.filePath(u"notes.txt"_s));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("mine");
        notes.close();
        const QString database = dir.filePath(u"ponte.sqlite"_s);
        QVERIFY(QFile::exists(database));
        QVERIFY(QFile::exists(dir.filePath(u"logs"_s)));

        // Without a terminal nothing is asked, so nothing is deleted unless --yes says so.
        r = Test::runCli(folder + QStringList{u"data"_s, u"wipe"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(QFile::exists(database));
        QCOMPARE(Test::runCli(folder + QStringList{u"credentials"_s, u"status"_s}).exitCode, 0);

        r = Test::runCli(folder + QStringList{u"data"_s, u"wipe"_s, u"--yes"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const QString &name : {u"ponte.sqlite"_s, u"ponte.sqlite-wal"_s, u"ponte.sqlite-shm"_s, u"logs"_s,
                                    u"demo-simulators.json"_s, u"sync.lock"_s})
            QVERIFY2(!QFile::exists(dir.filePath(name)), qPrintable(name));
        QVERIFY(QFile::exists(notes.fileName()));
        QCOMPARE(Test::runCli(folder + QStringList{u"credentials"_s, u"status"_s}).exitCode, 2);
        QCOMPARE(Test::runCli(folder + QStringList{u"data"_s, u"erase"_s}).exitCode, 2);
    }

    void demoSyncRemembersWhatItWrote()
    {
        // The demo simulators keep their state in the demo folder: a second run finds everything in
        // place and writes nothing, as it would against the real services.
        QTemporaryDir demo;
        const QStringList args{u"--demo"_s, u"--data-dir"_s, demo.path(), u"sync"_s, u"--json"_s};
        Test::ProcessResult r = Test::runCli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject first = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(first.value(u"status"_s).toString(), u"succeeded"_s);
        int created = 0;
        const QJsonObject entities = first.value(u"entities"_s).toObject();
        for (const QJsonValue &perDirection : entities) {
            for (const QJsonValue &c : perDirection.toObject())
                created += c.toObject().value(u"created"_s).toInt();
        }
        QVERIFY2(created >= 60, qPrintable(QString::number(created)));
        QVERIFY(QFile::exists(demo.path() + u"/demo-simulators.json"_s));

        r = Test::runCli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject second = QJsonDocument::fromJson(r.out).object();
        for (const QJsonValue &perDirection : second.value(u"entities"_s).toObject()) {
            for (const QJsonValue &c : perDirection.toObject()) {
                QCOMPARE(c.toObject().value(u"created"_s).toInt(), 0);
                QCOMPARE(c.toObject().value(u"updated"_s).toInt(), 0);
            }
        }
        QCOMPARE(second.value(u"run_id"_s).toInt(), first.value(u"run_id"_s).toInt() + 1);
    }

    void demoCheckPrintsTheReadOnlyPreflight()
    {
        // Before the first write an administrator sees what Ponte understood of both accounts.
        QTemporaryDir demo;
        Test::ProcessResult r = Test::runCli({u"--demo"_s, u"--data-dir"_s, demo.path(), u"check"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QVERIFY(report.value(u"ok"_s).toBool());
        QVERIFY(report.value(u"read_only"_s).toBool());
        QVERIFY(report.value(u"problems"_s).toArray().isEmpty());
        const QJsonObject ploomes = report.value(u"ploomes"_s).toObject();
        QVERIFY(ploomes.value(u"connection"_s).toObject().value(u"ok"_s).toBool());
        const QJsonObject product = ploomes.value(u"entities"_s).toObject().value(u"product"_s).toObject();
        QCOMPARE(product.value(u"id"_s).toInt(), 10);
        QVERIFY(!product.value(u"reason"_s).toString().isEmpty());
        QCOMPARE(ploomes.value(u"currency"_s).toObject().value(u"found"_s).toBool(), true);
        const QJsonObject omie = report.value(u"omie"_s).toObject();
        QVERIFY(omie.value(u"connection"_s).toObject().value(u"ok"_s).toBool());
        const QJsonObject categoria = omie.value(u"order_defaults"_s).toObject().value(u"categoria"_s).toObject();
        QCOMPARE(categoria.value(u"use"_s).toString(), u"1.01.01"_s);
        QVERIFY(omie.value(u"limits"_s).toObject().value(u"requests_per_minute_per_method"_s).toInt() > 0);
        // No secret in the report.
        QVERIFY(!r.out.contains("demo-app-secret") && !r.out.contains("app_secret"));

        // The plain form names what it checked and where the details are.
        r = Test::runCli({u"--demo"_s, u"--data-dir"_s, demo.path(), u"check"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("check --json"));
        QCOMPARE(Test::runCli({u"--demo"_s, u"--data-dir"_s, demo.path(), u"check"_s, u"--jsn"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
