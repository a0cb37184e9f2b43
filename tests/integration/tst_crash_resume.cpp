// Killing ponte-cli at random moments of a backfill and running it again leaves no duplicate and
// no missing record (DESIGN.md §2, "Idempotent and crash-safe"). The CLI runs as a real process
// (SIGKILL, no chance to clean up) against the simulators hosted by this test.
#include "syncfixture.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>

using namespace Ponte;
using namespace Ponte::Test;
using Kind = Ponte::Sim::OmieSimulator::Kind;

class TstCrashResume : public QObject
{
    Q_OBJECT

private:
    /** Starts the CLI and kills it after @p killAfterMs (or lets it finish when negative). Returns the exit code. */
    int runCli(SyncFixture &f, int killAfterMs, QByteArray *out = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &k : f.env.keys())
            env.insert(k, f.env.value(k));
        env.insert(u"PONTE_OMIE_APP_KEY"_s, f.credentials.omieAppKey);
        env.insert(u"PONTE_OMIE_APP_SECRET"_s, f.credentials.omieAppSecret);
        env.insert(u"PONTE_PLOOMES_USER_KEY"_s, f.credentials.ploomesUserKey);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PONTE_CLI_PATH), {u"--data-dir"_s, f.dir.path(), u"sync"_s,
                                                 u"--backfill-omie-orders-since"_s, u"2020-01-01"_s, u"--json"_s});
        if (!p.waitForStarted(10'000))
            return -1;
        if (killAfterMs >= 0) {
            QTest::qWait(killAfterMs); // the simulators answer meanwhile
            if (p.state() != QProcess::NotRunning) {
                p.kill();
                p.waitForFinished(10'000);
                return -9;
            }
        }
        (void)QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 240000);
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private slots:
    void killedAtRandomPointsThenResumed()
    {
        Sim::SampleSizes sizes = SyncFixture::defaultSizes();
        sizes.clients = 60;
        sizes.products = 25;
        sizes.orders = 20;
        SyncFixture f(sizes, 5);
        // Slow enough that the kills land in the middle of the writes.
        f.omie.setLatencyMs(6);
        f.ploomes.setLatencyMs(6);
        QRandomGenerator rng(20261128);
        int kills = 0;
        for (int i = 0; i < 6; ++i) {
            const int rc = runCli(f, 150 + int(rng.bounded(900)));
            if (rc == -9)
                ++kills;
        }
        QVERIFY2(kills >= 3, "the CLI finished too quickly to be interrupted");
        QByteArray out;
        const int rc = runCli(f, -1, &out);
        QVERIFY2(rc == 0 || rc == 1, out.constData());
        // Nothing duplicated, nothing missing.
        QCOMPARE(SyncFixture::maxCount(f.ploomesByOmieId(u"Contacts"_s, 1)), 1);
        QCOMPARE(SyncFixture::maxCount(f.ploomesByOmieId(u"Products"_s, 10)), 1);
        QCOMPARE(SyncFixture::maxCount(f.ploomesByOmieId(u"Orders"_s, 4)), 1);
        QCOMPARE(SyncFixture::maxCount(f.omieClientsByCode()), 1);
        QCOMPARE(f.ploomesByOmieId(u"Contacts"_s, 1).size(), f.omie.count(Kind::Client));
        QCOMPARE(f.ploomesByOmieId(u"Products"_s, 10).size(), f.omie.count(Kind::Product) + f.omie.count(Kind::Service));
        // One more run: nothing left to do.
        out.clear();
        QCOMPARE(runCli(f, -1, &out), 0);
        const QJsonObject summary = QJsonDocument::fromJson(out).object();
        int writes = 0;
        const QJsonObject entities = summary.value(u"entities"_s).toObject();
        for (const QJsonValue &perEntity : entities) {
            for (const QJsonValue &c : perEntity.toObject())
                writes += c.toObject().value(u"created"_s).toInt() + c.toObject().value(u"updated"_s).toInt();
        }
        QCOMPARE(writes, 0);
        QCOMPARE(f.omie.violations().total(), 0);
        QCOMPARE(f.ploomes.violations().total(), 0);
    }
};

QTEST_GUILESS_MAIN(TstCrashResume)
#include "tst_crash_resume.moc"
