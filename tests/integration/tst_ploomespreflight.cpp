// The Ploomes half of the read-only pre-flight against the (Portuguese, strict) Ploomes simulator.
#include "net/transport.h"
#include "ploomes/ploomesclient.h"
#include "ploomessimulator.h"
#include "profile.h"
#include "settings.h"
#include "sync/connectioncheck.h"
#include "sync/ploomespreflight.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

class TstPloomesPreflight : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sim::PloomesSimulator> m_sim;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<Ploomes::Client> m_client;

    void start(const Sim::PloomesQuirks &quirks = {})
    {
        m_sim = std::make_unique<Sim::PloomesSimulator>();
        m_sim->setUserKey(u"user-key-1"_s);
        Sim::PloomesLimitsConfig limits;
        limits.requestsPerSecond = 200;
        m_sim->setLimits(limits);
        m_sim->setQuirks(quirks);
        Sim::SampleSizes sizes;
        sizes.ploomesOnlyContacts = 3;
        sizes.ploomesOnlyOrders = 0; // an account without products: the families are to be created
        m_sim->seed(Sim::SampleData::generate(sizes, 3));
        QVERIFY(m_sim->listen());
        m_transport = std::make_unique<NetworkTransport>();
        Ploomes::ClientConfig c;
        c.baseUrl = m_sim->baseUrl();
        c.userKey = u"user-key-1"_s;
        c.requestsPerSecond = 200;
        c.timeoutMs = 3000;
        m_client = std::make_unique<Ploomes::Client>(Clock::system(), m_transport.get(), c);
    }

    PloomesPreflightReport run()
    {
        std::optional<PloomesPreflightReport> report;
        PloomesPreflight::run(m_client.get(), [&](const PloomesPreflightReport &r) { report = r; });
        [&] { QVERIFY(QTest::qWaitFor([&] { return report.has_value(); }, 60'000)); }();
        return report.value_or(PloomesPreflightReport());
    }

private slots:
    void cleanup()
    {
        m_client.reset();
        m_transport.reset();
        m_sim.reset();
    }

    void reportsEveryChoiceAndWritesNothing()
    {
        Sim::PloomesQuirks q;
        q.brlCurrencyId = 2;
        start(q);
        // An "Id (Omie)" on the order-product entity must not be taken for the product's.
        m_sim->insert(u"Fields"_s, {{u"Name"_s, u"Id (Omie)"_s}, {u"EntityId"_s, 20}, {u"TypeId"_s, 1}});
        const qint64 contactField =
            m_sim->insert(u"Fields"_s, {{u"Name"_s, u"Id (Omie)"_s}, {u"EntityId"_s, 1}, {u"TypeId"_s, 1}});
        const QString contactKey = m_sim->record(u"Fields"_s, contactField)->value(u"Key"_s).toString();
        m_sim->resetCounters();
        const PloomesPreflightReport r = run();
        QVERIFY2(r.accountError.isEmpty(), qPrintable(r.accountError));
        QCOMPARE(r.entities.value(u"contact"_s).id, 1);
        QCOMPARE(r.entities.value(u"product"_s).id, 10);
        QCOMPARE(r.entities.value(u"order"_s).id, 4);
        QVERIFY(r.entities.value(u"product"_s).reason.contains(u"Products"_s));
        QCOMPARE(r.textFieldType.id, 1);
        QCOMPARE(r.textFieldType.name, u"Texto simples"_s);
        QCOMPARE(r.currency.id, 2);
        QVERIFY(r.phoneTypes.value(u"fax"_s).found());
        QCOMPARE(r.statuses.value(u"inactive"_s).name, u"Inativo"_s);
        QVERIFY(r.omieIdFields.value(u"contact"_s).found);
        QCOMPARE(r.omieIdFields.value(u"contact"_s).key, contactKey);
        QCOMPARE(r.omieIdFields.value(u"product"_s).found, false);
        QCOMPARE(r.omieIdFields.value(u"product"_s).action, u"create"_s);
        QCOMPARE(r.families.value(u"Produtos"_s).action, u"create"_s);
        QCOMPARE(r.orderStages.size(), 4);
        QVERIFY(r.pageSize > 0 && r.requestsPerSecond > 0);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
        const QJsonObject j = r.toJson();
        QCOMPARE(j.value(u"entities"_s).toObject().value(u"product"_s).toObject().value(u"id"_s).toInt(), 10);
        QCOMPARE(j.value(u"currency"_s).toObject().value(u"id"_s).toInt(), 2);
        QCOMPARE(j.value(u"omie_id_fields"_s).toObject().value(u"product"_s).toObject().value(u"action"_s).toString(),
                 u"create"_s);
        QVERIFY(j.value(u"ok"_s).toBool());
        QCOMPARE(m_sim->traffic().writes, qint64(0)); // read-only
        QVERIFY(m_sim->traffic().requests >= 10);
    }

    void surfacesProblemsInsteadOfGuessing()
    {
        start();
        // Only the confusing product entities left: nothing is chosen, and the report says so.
        m_sim->remove(u"Fields@Entities"_s, 10);
        const PloomesPreflightReport r = run();
        QCOMPARE(r.entities.value(u"product"_s).id, 0);
        QVERIFY(!r.ok());
        QVERIFY(!r.problems.isEmpty());
        QCOMPARE(m_sim->traffic().writes, qint64(0));
    }

    void throughConnectionCheck()
    {
        start();
        QTemporaryDir dir;
        QProcessEnvironment env;
        env.insert(u"PONTE_PLOOMES_URL"_s, m_sim->baseUrl().toString());
        env.insert(u"PONTE_PLOOMES_RPS"_s, u"200"_s);
        env.insert(u"PONTE_PLOOMES_EMPTY_PAGE_PAUSE_MS"_s, u"20"_s);
        auto profile = Profile::open(dir.path(), env);
        QVERIFY2(profile.isOk(), qPrintable(profile.message()));
        ConnectionCheck check(profile.value()->settings(), Credentials{u"k"_s, u"s"_s, u"user-key-1"_s});
        std::optional<PloomesPreflightReport> report;
        check.runPloomesPreflight([&](const PloomesPreflightReport &r) { report = r; });
        QVERIFY(QTest::qWaitFor([&] { return report.has_value(); }, 60'000));
        QCOMPARE(report->entities.value(u"product"_s).id, 10);
        QCOMPARE(m_sim->traffic().writes, qint64(0));
    }

    void badKey()
    {
        start();
        Ploomes::ClientConfig c = m_client->config();
        c.userKey = u"wrong"_s;
        m_client = std::make_unique<Ploomes::Client>(Clock::system(), m_transport.get(), c);
        const PloomesPreflightReport r = run();
        QVERIFY(!r.accountError.isEmpty());
        QVERIFY(!r.toJson().value(u"account"_s).toObject().value(u"ok"_s).toBool());
    }
};

QTEST_GUILESS_MAIN(TstPloomesPreflight)
#include "tst_ploomespreflight.moc"
