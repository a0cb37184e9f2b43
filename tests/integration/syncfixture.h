#pragma once

// Shared set-up of the end-to-end tests: both simulators on loopback with scaled limits, a data
// folder, and helpers to run syncs and to inspect both sides the way a user would.
#include "net/transport.h"
#include "omiesimulator.h"
#include "ploomessimulator.h"
#include "profile.h"
#include "scaledlimits.h"
#include "settings.h"
#include "sync/syncrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

namespace Ponte::Test {

using namespace Qt::StringLiterals;

class SyncFixture
{
public:
    Sim::OmieSimulator omie;
    Sim::PloomesSimulator ploomes;
    QTemporaryDir dir;
    QProcessEnvironment env;
    std::shared_ptr<Profile> profile;
    Credentials credentials{u"omie-key-e2e"_s, u"omie-secret-e2e"_s, u"ploomes-key-e2e"_s};

    explicit SyncFixture(const Sim::SampleSizes &sizes = defaultSizes(),
                         quint32 seed = 77,
                         const Sim::PloomesQuirks &ploomesQuirks = {})
    {
        ploomes.setQuirks(ploomesQuirks);
        omie.setCredentials(credentials.omieAppKey, credentials.omieAppSecret);
        ploomes.setUserKey(credentials.ploomesUserKey);
        Sim::applyScaledLimits(omie, ploomes);
        const Sim::SampleData data = Sim::SampleData::generate(sizes, seed);
        omie.seed(data);
        ploomes.seed(data);
        QVERIFY(omie.listen());
        QVERIFY(ploomes.listen());
        Sim::addScaledEnvironment(env, omie, ploomes);
        auto opened = Profile::open(dir.path(), env);
        QVERIFY2(opened.isOk(), qPrintable(opened.message()));
        profile = opened.value();
        Settings &s = profile->settings();
        // Order defaults the administrator picks in the set-up wizard.
        for (const QJsonObject &cc : omie.records(Sim::OmieSimulator::Kind::ContaCorrente)) {
            if (cc.value(u"inativo"_s).toString() != u"S"_s) {
                QVERIFY(s.setValue(SettingKey::OrderContaCorrente, QString::number(cc.value(u"nCodCC"_s).toInteger()))
                            .isOk());
                break;
            }
        }
        QVERIFY(s.setValue(SettingKey::OrderCategoria, u"1.01.01"_s).isOk());
        QVERIFY(s.setValue(SettingKey::OrderParcela, u"000"_s).isOk());
        QVERIFY(s.setValue(SettingKey::CursorOverlapS, u"2"_s).isOk());
    }

    ~SyncFixture()
    {
        // Every Omie call of every end-to-end run carries only the tags its request type defines.
        QCOMPARE(omie.unknownTagRefusals(), 0);
        QCOMPARE(omie.violations().redundant, 0); // not even under the by-record reading (the default)
    }

    static Sim::SampleSizes defaultSizes()
    {
        Sim::SampleSizes s;
        s.sellers = 4;
        s.clients = 24;
        s.products = 12;
        s.services = 5;
        s.orders = 10;
        s.serviceOrders = 5;
        s.ploomesOnlyContacts = 5;
        s.ploomesOnlyOrders = 0;
        return s;
    }

    SyncSummary sync(SyncOptions options = {})
    {
        NetworkTransport transport;
        std::atomic_bool cancel{false};
        SyncRun run(*profile, credentials, options, Clock::system(), &transport, &cancel);
        const SyncSummary s = run.execute();
        if (!s.error.isEmpty())
            qInfo() << "run" << s.runId << toName(s.status) << s.error;
        return s;
    }

    /** Ploomes custom field key named @p name on @p entityId (1 contacts, 4 orders, 10 products). */
    QString fieldKey(const QString &name, qint64 entityId) const
    {
        for (const QJsonObject &f : ploomes.records(u"Fields"_s)) {
            if (f.value(u"Name"_s).toString() == name && f.value(u"EntityId"_s).toInteger() == entityId)
                return f.value(u"Key"_s).toString();
        }
        return {};
    }

    static QString other(const QJsonObject &record, const QString &key)
    {
        for (const QJsonValue &v : record.value(u"OtherProperties"_s).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"FieldKey"_s).toString() == key) {
                const QJsonValue s = o.value(u"StringValue"_s);
                return s.isDouble() ? QString::number(s.toInteger()) : s.toString();
            }
        }
        return {};
    }

    /** Ploomes records per "Id (Omie)" value; any count above 1 is a duplicate. */
    QHash<QString, int> ploomesByOmieId(const QString &collection, qint64 entityId) const
    {
        const QString key = fieldKey(u"Id (Omie)"_s, entityId);
        QHash<QString, int> counts;
        for (const QJsonObject &r : ploomes.records(collection)) {
            const QString id = other(r, key);
            if (!id.isEmpty())
                ++counts[id];
        }
        return counts;
    }

    /** Omie clients per integration code; any count above 1 is a duplicate. */
    QHash<QString, int> omieClientsByCode() const
    {
        QHash<QString, int> counts;
        for (const QJsonObject &c : omie.records(Sim::OmieSimulator::Kind::Client)) {
            const QString code = c.value(u"codigo_cliente_integracao"_s).toString();
            if (!code.isEmpty())
                ++counts[code];
        }
        return counts;
    }

    static int maxCount(const QHash<QString, int> &counts)
    {
        int m = 0;
        for (int c : counts)
            m = std::max(m, c);
        return m;
    }

    static int writes(const SyncSummary &s) { return s.totalWrites(); }

    /** Options of a run that also brings older Omie orders (from 2020). */
    static SyncOptions withBackfill()
    {
        SyncOptions o;
        o.backfillOmieOrdersSince = QDate(2020, 1, 1);
        return o;
    }

    /** One counter of one entity and direction in a run's summary (0 when the run did not touch it). */
    static int countOf(const SyncSummary &s, Entity e, Direction d, int RunCounters::*field)
    {
        for (const RunCounters &c : s.counters) {
            if (c.entity == e && c.direction == d)
                return c.*field;
        }
        return 0;
    }
};

} // namespace Ponte::Test
