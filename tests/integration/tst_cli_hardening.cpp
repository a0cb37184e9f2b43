// ponte-cli against bad input and hostile conditions: usage errors, settings, mapping files, the data
// folder's permissions, full disks, the webhook token, core dumps.
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Ponte;
using namespace Qt::StringLiterals;

namespace {
quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

QByteArray mappingWithPairs(int n, bool duplicate)
{
    QByteArray pairs;
    for (int i = 0; i < n; ++i) {
        if (i)
            pairs += ',';
        pairs += duplicate ? R"({"omie":"razao_social","ploomes":"LegalName","direction":"omie-to-ploomes"})"
                           : R"({"omie":"f)" + QByteArray::number(i) + R"(","ploomes":"p)" + QByteArray::number(i)
                                 + R"(","direction":"omie-to-ploomes"})";
    }
    return R"({"format":"ponte-mapping","version":1,"entities":{"clients":[)" + pairs + "]}}";
}
} // namespace

class TstCliHardening : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList dataDir() const { return {u"--data-dir"_s, m_dir.path()}; }

    QByteArray exportedMapping()
    {
        const QString path = m_dir.filePath(u"current-mapping.json"_s);
        const Test::ProcessResult r = Test::runCli(dataDir() + QStringList{u"mapping"_s, u"export"_s, path});
        if (r.exitCode != 0)
            return r.err;
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

    void importRefused(const QByteArray &content, const QByteArray &expectedInError)
    {
        const QByteArray before = exportedMapping();
        const QString path = m_dir.filePath(u"bad-mapping.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        QElapsedTimer t;
        t.start();
        const Test::ProcessResult r = Test::runCli(dataDir() + QStringList{u"mapping"_s, u"import"_s, path});
        QVERIFY2(t.elapsed() < 20000, "validation must not be slow");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.out.contains("imported"), r.out.constData());
        QVERIFY2(r.err.contains(expectedInError), r.err.constData());
        QCOMPARE(exportedMapping(), before); // nothing changed
    }

private slots:
    void emptyEntityListIsAUsageError()
    {
        const Test::ProcessResult r =
            Test::runCli(QStringList{u"--demo"_s} + dataDir() + QStringList{u"sync"_s, u"--entities"_s, u""_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--entities"), r.err.constData());
    }

    void flagsTakeNoValue()
    {
        const Test::ProcessResult r =
            Test::runCli(QStringList{u"--demo"_s} + dataDir() + QStringList{u"sync"_s, u"--full=yes"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--full"), r.err.constData());
    }

    void existingDataFolderKeepsItsPermissions()
    {
        // `--data-dir /tmp history` turned /tmp into drwx------.
        QTemporaryDir shared;
        QVERIFY(QFile::setPermissions(shared.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                         | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                                         | QFile::ExeOther));
        const QFile::Permissions before = QFile::permissions(shared.path());
        Test::runCli({u"--data-dir"_s, shared.path(), u"config"_s, u"list"_s});
        QCOMPARE(QFile::permissions(shared.path()), before);
        // A folder Ponte creates is private.
        const QString fresh = shared.filePath(u"new-profile"_s);
        QCOMPARE(Test::runCli({u"--data-dir"_s, fresh, u"config"_s, u"list"_s}).exitCode, 0);
        QCOMPARE(QFile::permissions(fresh) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    }

    void settingsThatBreakThingsAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("nan rate") << u"ploomes.requests_per_second"_s << u"nan"_s;
        QTest::newRow("inf rate") << u"ploomes.requests_per_second"_s << u"inf"_s;
        QTest::newRow("zero rate") << u"ploomes.requests_per_second"_s << u"0"_s;
        QTest::newRow("weekdays word") << u"business_hours.weekdays"_s << u"banana"_s;
        QTest::newRow("weekdays out of range") << u"schedule.weekdays"_s << u"9,0,-1"_s;
        QTest::newRow("weekdays empty") << u"schedule.weekdays"_s << u""_s;
        QTest::newRow("inverted hours") << u"business_hours.start"_s << u"19:00"_s;
        QTest::newRow("ancient date") << u"backfill.omie_orders_since"_s << u"0001-01-01"_s;
        QTest::newRow("far future") << u"backfill.ploomes_orders_since"_s << u"2999-12-31"_s;
        QTest::newRow("huge string") << u"orders.etapa"_s << QString(120000, u'9');
        QTest::newRow("control character") << u"orders.categoria"_s << u"1.01\u0007.02"_s;
        QTest::newRow("port") << u"webhook.port"_s << u"70000"_s;
        QTest::newRow("listen address") << u"webhook.listen"_s << u"everywhere"_s;
    }

    void settingsThatBreakThingsAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const Test::ProcessResult r = Test::runCli(dataDir() + QStringList{u"config"_s, u"set"_s, key, value});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(key.toUtf8()) || r.err.contains("Business hours"), r.err.constData());
    }

    void environmentOverridesAreCheckedToo()
    {
        const Test::ProcessResult r =
            Test::runCli(dataDir() + QStringList{u"config"_s, u"get"_s, u"ploomes.requests_per_second"_s}, {},
                         {u"PONTE_PLOOMES_RPS=nan"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("6")); // the bad override is ignored, pacing stays on
    }

    void wrongShapedMappingsAreRefusedWithoutChange()
    {
        importRefused(R"({"format":"ponte-mapping","version":1,"entities":"x"})", "entities");
        importRefused(R"([1,2,3])", "JSON object");
        importRefused(R"({"format":"ponte-mapping","version":1,"entities":{"clients":"x"}})", "list");
        importRefused(
            R"({"format":"ponte-mapping","version":1,"entities":{"clients":[{"omie":1,"ploomes":"a","direction":"both"}]}})",
            "Pair 1");
        importRefused(mappingWithPairs(2, true), "more than once");
    }

    void largeMappingsAreRefusedQuickly()
    {
        importRefused(mappingWithPairs(20000, false), "at most");
        QByteArray big = mappingWithPairs(10, false);
        big.insert(big.size() - 1, ",\"padding\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"");
        importRefused(big, "too large");
    }

    void webhookServeKeepsTheTokenOffStdoutAndIsNotDumpable()
    {
        QTemporaryDir demo;
        const quint16 port = freePort();
        QProcess serve;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PONTE_LANG"_s, u"en"_s);
        serve.setProcessEnvironment(env);
        serve.start(QStringLiteral(PONTE_CLI_PATH), {u"--demo"_s, u"--data-dir"_s, demo.path(), u"webhook"_s,
                                                     u"serve"_s, u"--port"_s, QString::number(port)});
        QVERIFY(serve.waitForStarted());
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains("Ctrl+C") && t.elapsed() < 60000 && serve.state() == QProcess::Running) {
            serve.waitForReadyRead(200);
            out += serve.readAllStandardOutput();
        }
        QVERIFY2(out.contains("Ctrl+C"), (out + serve.readAllStandardError()).constData());
        QVERIFY2(out.contains("127.0.0.1"), out.constData());
        QVERIFY2(out.contains("webhook url"), out.constData());
        QVERIFY2(!out.contains("token="), out.constData());
#if defined(Q_OS_LINUX)
        QFile limits(u"/proc/%1/limits"_s.arg(serve.processId()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        const QByteArray text = limits.readAll();
        const qsizetype at = text.indexOf("Max core file size");
        QVERIFY(at >= 0);
        QVERIFY2(text.mid(at, text.indexOf('\n', at) - at).simplified().startsWith("Max core file size 0 0"),
                 text.constData());
#endif
        ::kill(pid_t(serve.processId()), SIGINT);
        QVERIFY(serve.waitForFinished(30000));
        out += serve.readAllStandardOutput();
        QVERIFY(!out.contains("token="));
        // On demand, the address with its token.
        const Test::ProcessResult url = Test::runCli({u"--demo"_s, u"--data-dir"_s, demo.path(), u"webhook"_s, u"url"_s,
                                                      u"--host"_s, u"ponte.example.com.br"_s});
        QCOMPARE(url.exitCode, 0);
        QVERIFY2(url.out.startsWith("http://ponte.example.com.br:8765/webhooks/omie?token="), url.out.constData());
    }
};

QTEST_GUILESS_MAIN(TstCliHardening)
#include "tst_cli_hardening.moc"
