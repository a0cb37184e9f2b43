// Ponte's Ploomes client against the Ploomes simulator over real HTTP on loopback.
#include "net/transport.h"
#include "ploomes/ploomesclient.h"
#include "ploomessimulator.h"
#include "settings.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace Ponte;
using namespace Ponte::Ploomes;
using namespace Qt::StringLiterals;

namespace {
struct Items
{
    bool done = false;
    QList<QJsonObject> items;
    ApiError error;
};
struct Item
{
    bool done = false;
    QJsonObject item;
    ApiError error;
};
} // namespace

class TstPloomesClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sim::PloomesSimulator> m_sim;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<Client> m_client;

    ClientConfig config(const QString &key = u"user-key-1"_s, double rps = 200) const
    {
        ClientConfig c;
        c.baseUrl = m_sim->baseUrl();
        c.userKey = key;
        c.requestsPerSecond = rps;
        c.maxInFlight = 4;
        c.pageSize = 4; // several pages for every list
        c.timeoutMs = 3000;
        c.retry.baseDelayMs = 50;
        c.retry.maxDelayMs = 500;
        c.retry.maxAttempts = 8;
        return c;
    }

    Items getAll(Client &client, const QString &path, const Query &q = {})
    {
        Items r;
        client.getAll(path, q, [&](const QList<QJsonObject> &items, const ApiError &e) {
            r.items = items;
            r.error = e;
            r.done = true;
        });
        (void)QTest::qWaitFor([&] { return r.done; }, 60'000);
        return r;
    }

    Item wait(const std::function<void(Client::ItemCallback)> &call)
    {
        Item r;
        call([&](const QJsonObject &item, const ApiError &e) {
            r.item = item;
            r.error = e;
            r.done = true;
        });
        (void)QTest::qWaitFor([&] { return r.done; }, 60'000);
        return r;
    }

    qint64 textTypeId()
    {
        for (const QJsonObject &t : getAll(*m_client, u"Fields@Types"_s).items) {
            if (t.value(u"NativeType"_s).toString() == u"String"_s)
                return t.value(u"Id"_s).toInteger();
        }
        return 0;
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<Sim::PloomesSimulator>();
        m_sim->setUserKey(u"user-key-1"_s);
        Sim::PloomesLimitsConfig limits;
        limits.requestsPerSecond = 200;
        m_sim->setLimits(limits);
        m_sim->setLatencyMs(2);
        Sim::SampleSizes sizes;
        sizes.ploomesOnlyContacts = 11;
        m_sim->seed(Sim::SampleData::generate(sizes, 3));
        QVERIFY(m_sim->listen());
        m_transport = std::make_unique<NetworkTransport>();
        m_client = std::make_unique<Client>(Clock::system(), m_transport.get(), config());
    }

    void cleanup()
    {
        m_client.reset();
        m_transport.reset();
        m_sim.reset();
    }

    void lookupsAndPaging()
    {
        const Items users = getAll(*m_client, u"Users"_s);
        QVERIFY2(!users.error.isError(), qPrintable(users.error.userMessage()));
        QVERIFY(users.items.size() >= 6);
        const Items contacts = getAll(*m_client, u"Contacts"_s);
        QCOMPARE(contacts.items.size(), m_sim->count(u"Contacts"_s));
        QSet<qint64> ids;
        for (const QJsonObject &c : contacts.items)
            ids.insert(c.value(u"Id"_s).toInteger());
        QCOMPARE(ids.size(), contacts.items.size());

        Items cities;
        m_client->citiesByIbge({3509502, 3550308, 4106902}, [&](const QList<QJsonObject> &items, const ApiError &e) {
            cities.items = items;
            cities.error = e;
            cities.done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return cities.done; }, 30'000));
        QCOMPARE(cities.items.size(), 3);
        Items states;
        m_client->states([&](const QList<QJsonObject> &items, const ApiError &e) {
            states.items = items;
            states.error = e;
            states.done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return states.done; }, 30'000));
        QCOMPARE(states.items.size(), 27);
        QVERIFY(!getAll(*m_client, u"PhoneTypes"_s).items.isEmpty());
        QVERIFY(!getAll(*m_client, u"Fields@Entities"_s).items.isEmpty());
        QCOMPARE(m_sim->violations().total(), 0);
    }

    void emptyPageMidScanIsRetried()
    {
        m_sim->injectEmptyPages(1);
        const Items contacts = getAll(*m_client, u"Contacts"_s);
        QVERIFY(!contacts.error.isError());
        QCOMPARE(contacts.items.size(), m_sim->count(u"Contacts"_s));
    }

    void theDefaultConcurrencyStaysWithinAboutThreeInFlight()
    {
        // ploomes-api.md §0 and §3 (S6, 🟡): "at most about 3 in flight". The default a user gets must keep to it
        // when answers are slow, whatever the rate allows.
        const int byDefault = Settings::definition(SettingKey::PloomesMaxInFlight)->defaultValue.toInt();
        QCOMPARE(ClientConfig().maxInFlight, byDefault);
        Sim::PloomesLimitsConfig limits;
        limits.requestsPerSecond = 200;
        limits.maxInFlight = 3;
        m_sim->setLimits(limits);
        m_sim->setLatencyMs(60);
        ClientConfig c = config();
        c.maxInFlight = byDefault;
        Client client(Clock::system(), m_transport.get(), c);
        int answered = 0;
        for (const QJsonObject &contact : m_sim->records(u"Contacts"_s)) {
            client.getById(u"Contacts"_s, contact.value(u"Id"_s).toInteger(), {},
                           [&answered](const QJsonObject &, const ApiError &) { ++answered; });
        }
        QVERIFY(QTest::qWaitFor([&] { return answered == m_sim->count(u"Contacts"_s); }, 30'000));
        QCOMPARE(m_sim->violations().concurrency, 0);
    }

    void anEmptyAnswerToAReadByIdIsAskedAgain()
    {
        // §7.3: a throttled Ploomes may answer a read by Id with 200 and an empty value too; "not found" from
        // that read would drop a queued "Id (Omie)" write.
        const qint64 id = m_sim->records(u"Contacts"_s).constFirst().value(u"Id"_s).toInteger();
        Sim::PloomesQuirks quirks = m_sim->quirks();
        quirks.throttledEmptyReads = 1;
        m_sim->setQuirks(quirks);
        const Item got = wait([&](auto cb) { m_client->getById(u"Contacts"_s, id, {}, cb); });
        QVERIFY2(!got.error.isError(), qPrintable(got.error.userMessage()));
        QCOMPARE(Entity(got.item).id(), id);
        QCOMPARE(m_sim->quirks().throttledEmptyReads, 0); // the empty answer was given, and asked again
        // A record that is really absent is still reported as not found.
        const Item absent = wait([&](auto cb) { m_client->getById(u"Contacts"_s, 987654321, {}, cb); });
        QCOMPARE(absent.error.kind, ApiError::Kind::NotFound);
    }

    void customFieldAndContactRoundTrip()
    {
        const qint64 typeId = textTypeId();
        QVERIFY(typeId);
        const Item field = wait([&](auto cb) { m_client->createField(1, u"Id (Omie)"_s, typeId, cb); });
        QVERIFY2(!field.error.isError(), qPrintable(field.error.userMessage()));
        const QString key = field.item.value(u"Key"_s).toString();
        QVERIFY(key.startsWith(u"contact_"_s));
        // Creating it twice is refused: find-or-create must find.
        const Item again = wait([&](auto cb) { m_client->createField(1, u"Id (Omie)"_s, typeId, cb); });
        QVERIFY(again.error.isError());

        Entity contact(QJsonObject{{u"TypeId"_s, 1},
                                   {u"Name"_s, u"D'Ávila Metalúrgica"_s},
                                   {u"LegalName"_s, u"D'Ávila Metalúrgica Ltda"_s},
                                   {u"CNPJ"_s, u"11222333000181"_s}});
        contact.setOther(key, ValueProperty::String, u"11118224339"_s);
        const Item created =
            wait([&](auto cb) { m_client->create(u"Contacts"_s, contact.json(), u"OtherProperties"_s, cb); });
        QVERIFY2(!created.error.isError(), qPrintable(created.error.userMessage()));
        const qint64 id = Entity(created.item).id();
        QVERIFY(id > 0);

        // Found by its Omie id, and by a name with a quote in it.
        const Items byOmie =
            getAll(*m_client, u"Contacts"_s,
                   Query().filter(OData::otherPropertyEquals(field.item.value(u"Id"_s).toInteger(), u"11118224339"_s)));
        QVERIFY2(!byOmie.error.isError(), qPrintable(byOmie.error.userMessage()));
        QCOMPARE(byOmie.items.size(), 1);
        const Items byName =
            getAll(*m_client, u"Contacts"_s, Query().filter(OData::eq(u"Name"_s, u"D'Ávila Metalúrgica"_s)));
        QCOMPARE(byName.items.size(), 1);

        const QDateTime before = Entity(created.item).lastUpdate();
        QTest::qWait(1100);
        const Item updated = wait([&](auto cb) {
            m_client->update(u"Contacts"_s, id, QJsonObject{{u"Email"_s, u"a@b.com.br"_s}}, QString(), cb);
        });
        QVERIFY2(!updated.error.isError(), qPrintable(updated.error.userMessage()));
        Items changed;
        m_client->contactsChangedSince(before, [&](const QList<QJsonObject> &items, const ApiError &e) {
            changed.items = items;
            changed.error = e;
            changed.done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return changed.done; }, 30'000));
        QVERIFY(!changed.error.isError());
        QCOMPARE(changed.items.size(), 1);
        QCOMPARE(Entity(changed.items.first()).otherString(key), u"11118224339"_s);

        const Item invalid = wait([&](auto cb) {
            m_client->create(u"Contacts"_s,
                             QJsonObject{{u"TypeId"_s, 2}, {u"Name"_s, u"X"_s}, {u"CPF"_s, u"52998224726"_s}},
                             QString(), cb);
        });
        QCOMPARE(invalid.error.kind, ApiError::Kind::Validation);
        QVERIFY(!invalid.error.serviceMessage.isEmpty());
    }

    void productsAndOrders()
    {
        const Item family = wait([&](auto cb) {
            m_client->create(u"Products@Families"_s, {{u"Name"_s, u"Produtos"_s}}, QString(), cb);
        });
        QVERIFY(!family.error.isError());
        const Item group = wait([&](auto cb) {
            m_client->create(u"Products@Groups"_s, {{u"Name"_s, u"Geral"_s}, {u"FamilyId"_s, Entity(family.item).id()}},
                             QString(), cb);
        });
        QVERIFY2(!group.error.isError(), qPrintable(group.error.userMessage()));
        const Item product = wait([&](auto cb) {
            m_client->create(u"Products"_s,
                             {{u"Name"_s, u"Mouse"_s},
                              {u"Code"_s, u"PRD1"_s},
                              {u"GroupId"_s, Entity(group.item).id()},
                              {u"UnitPrice"_s, 50.0}},
                             QString(), cb);
        });
        QVERIFY2(!product.error.isError(), qPrintable(product.error.userMessage()));
        const qint64 contactId = m_sim->records(u"Contacts"_s).first().value(u"Id"_s).toInteger();
        const QJsonObject order{{u"ContactId"_s, contactId},
                                {u"Products"_s, QJsonArray{QJsonObject{{u"ProductId"_s, Entity(product.item).id()},
                                                                       {u"Quantity"_s, 3},
                                                                       {u"UnitPrice"_s, 50.0},
                                                                       {u"Discount"_s, 10}}}}};
        const Item created = wait([&](auto cb) { m_client->create(u"Orders"_s, order, u"Products"_s, cb); });
        QVERIFY2(!created.error.isError(), qPrintable(created.error.userMessage()));
        const QJsonArray lines = created.item.value(u"Products"_s).toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().toObject().value(u"Total"_s).toDouble(), 135.0);
        const Item missingGroup = wait([&](auto cb) {
            m_client->create(u"Products"_s, {{u"Name"_s, u"Sem grupo"_s}}, QString(), cb);
        });
        QCOMPARE(missingGroup.error.kind, ApiError::Kind::Validation);
    }

    void authenticationFailure()
    {
        Client wrong(Clock::system(), m_transport.get(), config(u"not-the-key"_s));
        bool done = false;
        ApiError error;
        wrong.testConnection([&](const ApiError &e) {
            error = e;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 30'000));
        QCOMPARE(error.kind, ApiError::Kind::Authentication);
    }

    void adaptsWhenTheServiceIsSlowerThanConfigured()
    {
        Sim::PloomesLimitsConfig limits;
        limits.requestsPerSecond = 20;
        m_sim->setLimits(limits);
        Client eager(Clock::system(), m_transport.get(), config(u"user-key-1"_s, 80));
        QSignalSpy rateSpy(&eager, &Client::rateChanged);
        int remaining = 60;
        int failures = 0;
        for (int i = 0; i < 60; ++i) {
            eager.get(u"Users"_s, Query().top(1).skip(i % 5), [&](const QList<QJsonObject> &, const ApiError &e) {
                failures += e.isError() ? 1 : 0;
                --remaining;
            });
        }
        QVERIFY(QTest::qWaitFor([&] { return remaining == 0; }, 60'000));
        QCOMPARE(failures, 0);
        QVERIFY(eager.throttledResponses() > 0);
        QVERIFY(!rateSpy.isEmpty());
        QVERIFY(eager.currentRequestsPerSecond() <= 40);
    }

    void faultsAreRecoveredAndNoLimitIsBroken()
    {
        Sim::FaultConfig faults;
        faults.seed = 9;
        faults.html500 = 0.15;
        faults.unavailable = 0.05;
        faults.connectionReset = 0.1;
        m_sim->setFaults(faults);
        Sim::PloomesLimitsConfig limits;
        limits.requestsPerSecond = 30;
        limits.maxInFlight = 4;
        m_sim->setLimits(limits);
        m_sim->setLatencyMs(10);
        // The service runs on a machine of its own; sharing this test's event loop, the simulator stamped
        // arrivals late by whatever the client was doing (20–40 ms on a loaded machine) and saw 31 requests
        // in a second that Ponte had spread over 1,015 ms (a failure in 1 of 4 runs at load 5).
        QThread simThread;
        simThread.start();
        m_sim->moveToThread(&simThread);
        const auto simBack = [this, &simThread, main = thread()] {
            QMetaObject::invokeMethod(
                m_sim.get(), [this, main] { m_sim->moveToThread(main); }, Qt::BlockingQueuedConnection);
            simThread.quit();
            simThread.wait();
        };
        auto guard = qScopeGuard(simBack);
        Client client(Clock::system(), m_transport.get(), config(u"user-key-1"_s, 30));
        int remaining = 0;
        int failures = 0;
        for (int i = 0; i < 40; ++i) {
            ++remaining;
            client.get(u"Contacts"_s, Query().top(2).skip(i % 7), [&](const QList<QJsonObject> &, const ApiError &e) {
                failures += e.isError() ? 1 : 0;
                --remaining;
            });
        }
        QVERIFY(QTest::qWaitFor([&] { return remaining == 0; }, 60'000));
        guard.dismiss();
        simBack();
        QCOMPARE(failures, 0);
        QVERIFY(m_sim->traffic().faultsInjected > 0);
        QCOMPARE(m_sim->violations().total(), 0);
    }
};

QTEST_GUILESS_MAIN(TstPloomesClient)
#include "tst_ploomesclient.moc"
