// The sync against a Ploomes simulator that behaves as ploomes-api.md §7 describes the real service:
// Portuguese look-ups, ZipCode as a number, throttled reads answered 200 with nothing, 403 for custom
// field filters, tags as relations, BRL not at id 1.
#include "store/couplingrepository.h"
#include "store/runrepository.h"
#include "syncfixture.h"
#include "textutil.h"

using namespace Ponte;
using namespace Ponte::Test;
using Kind = Ponte::Sim::OmieSimulator::Kind;

namespace {
bool finished(const SyncSummary &s)
{
    return s.status == RunStatus::Succeeded || s.status == RunStatus::Partial;
}

int fieldsNamed(const SyncFixture &f, const QString &name, qint64 entityId)
{
    int n = 0;
    for (const QJsonObject &r : f.ploomes.records(u"Fields"_s))
        n += r.value(u"Name"_s).toString() == name && r.value(u"EntityId"_s).toInteger() == entityId ? 1 : 0;
    return n;
}

/** A reinstall: a fresh data folder with the same order defaults. */
void reopenProfile(SyncFixture &f, QTemporaryDir &fresh)
{
    QTest::qWait(1100); // the new folder has no log of recent Omie requests: let the scaled window pass
    auto reopened = Profile::open(fresh.path(), f.env);
    QVERIFY2(reopened.isOk(), qPrintable(reopened.message()));
    for (const QString &key : {SettingKey::OrderContaCorrente, SettingKey::OrderCategoria, SettingKey::OrderParcela,
                               SettingKey::CursorOverlapS})
        QVERIFY(reopened.value()->settings().setValue(key, f.profile->settings().stringValue(key)).isOk());
    f.profile = reopened.value();
}
} // namespace

class TstPloomesFidelity : public QObject
{
    Q_OBJECT

private slots:
    void productsGoToTheProductEntityNotTheOrderProductOne()
    {
        SyncFixture f;
        const int expected = f.omie.count(Kind::Product) + f.omie.count(Kind::Service);
        const SyncSummary s = f.sync(SyncFixture::withBackfill());
        QVERIFY2(finished(s), qPrintable(s.error));
        QCOMPARE(fieldsNamed(f, u"Id (Omie)"_s, 10), 1);
        QCOMPARE(fieldsNamed(f, u"Id (Omie)"_s, 20), 0); // "Produto da Venda" is not the product entity
        QCOMPARE(fieldsNamed(f, u"Id (Omie)"_s, 1), 1);
        QCOMPARE(fieldsNamed(f, u"Id (Omie)"_s, 4), 1);
        QCOMPARE(f.ploomes.count(u"Products"_s), expected);
        QCOMPARE(f.ploomesByOmieId(u"Products"_s, 10).size(), expected);
        QVERIFY(f.ploomes.count(u"Orders"_s) > 0);
    }

    void ordersAreInBrlWhereverTheAccountKeepsIt()
    {
        Sim::PloomesQuirks q;
        q.brlCurrencyId = 2; // id 1 is the dollar on this account
        SyncFixture f(SyncFixture::defaultSizes(), 77, q);
        const SyncSummary s = f.sync(SyncFixture::withBackfill());
        QVERIFY2(finished(s), qPrintable(s.error));
        const QList<QJsonObject> orders = f.ploomes.records(u"Orders"_s);
        QVERIFY(!orders.isEmpty());
        for (const QJsonObject &o : orders)
            QCOMPARE(o.value(u"CurrencyId"_s).toInteger(), 2);
        for (const QJsonObject &line : f.ploomes.records(u"Orders@Products"_s))
            QCOMPARE(line.value(u"CurrencyId"_s).toInteger(), 2);
    }

    void cepWithLeadingZeroReachesOmieWhole()
    {
        SyncFixture f;
        // São Paulo CEPs start with 0; Ploomes keeps ZipCode as a number, so it answers 1310100.
        QSet<QString> moved;
        for (const QJsonObject &c : f.ploomes.records(u"Contacts"_s)) {
            QVERIFY(f.ploomes.modify(u"Contacts"_s, c.value(u"Id"_s).toInteger(), {{u"ZipCode"_s, 1310100}}));
            moved.insert(u"PL"_s + QString::number(c.value(u"Id"_s).toInteger()));
        }
        const SyncSummary first = f.sync(SyncFixture::withBackfill());
        QVERIFY2(finished(first), qPrintable(first.error));
        int fromPloomes = 0;
        for (const QJsonObject &c : f.omie.records(Kind::Client)) {
            if (!moved.contains(c.value(u"codigo_cliente_integracao"_s).toString()))
                continue;
            ++fromPloomes;
            QCOMPARE(Text::digits(c.value(u"cep"_s).toString()), u"01310100"_s);
        }
        QVERIFY(fromPloomes > 0);
        // The 8-digit CEP and Ploomes' 7-digit number are the same CEP: nothing to update.
        const SyncSummary second = f.sync();
        QVERIFY2(finished(second), qPrintable(second.error));
        QCOMPARE(SyncFixture::countOf(second, Entity::Client, Direction::PloomesToOmie, &RunCounters::updated), 0);
        QCOMPARE(SyncFixture::countOf(second, Entity::Client, Direction::OmieToPloomes, &RunCounters::updated), 0);
    }

    void anEmptyAnswerIsNotProofOfAbsence_data()
    {
        QTest::addColumn<QString>("collection");
        QTest::newRow("custom fields") << u"Fields"_s;
        QTest::newRow("product families") << u"Products@Families"_s;
    }

    void anEmptyAnswerIsNotProofOfAbsence()
    {
        QFETCH(QString, collection);
        SyncFixture f;
        const SyncSummary first = f.sync(SyncFixture::withBackfill());
        QVERIFY2(finished(first), qPrintable(first.error));
        const int families = f.ploomes.count(u"Products@Families"_s);
        // Throttled: the next read of the collection answers 200 with an empty value.
        Sim::PloomesQuirks q;
        q.throttledEmptyCollection = collection;
        q.throttledEmptyReads = 1;
        f.ploomes.setQuirks(q);
        f.ploomes.resetCounters();
        SyncOptions full = SyncFixture::withBackfill();
        full.full = true;
        const SyncSummary again = f.sync(full);
        QVERIFY2(again.status == RunStatus::Succeeded, qPrintable(toName(again.status) + u' ' + again.error));
        QCOMPARE(f.ploomes.quirks().throttledEmptyReads, 0); // the empty answer was served
        for (const qint64 entity : {1, 4, 10})
            QCOMPARE(fieldsNamed(f, u"Id (Omie)"_s, entity), 1);
        QCOMPARE(f.ploomes.count(u"Products@Families"_s), families);
        // Nothing was even attempted: a refused duplicate would also have stopped that entity's sync.
        QCOMPARE(f.ploomes.traffic().byMethod.value(u"POST Fields"_s), qint64(0));
        QCOMPARE(f.ploomes.traffic().byMethod.value(u"POST Products@Families"_s), qint64(0));
    }

    void updatesKeepTheUsersOtherCustomFieldsWhenAPatchReplacesThemAll()
    {
        // ploomes-api.md §2.7 (❓): S6 says a PATCH with OtherProperties replaces the whole set. Ponte reads, merges
        // and writes, so the user's own fields survive under that reading too.
        Sim::PloomesQuirks q;
        q.patchReplacesOtherProperties = true;
        SyncFixture f(SyncFixture::defaultSizes(), 77, q);
        QVERIFY(finished(f.sync(SyncFixture::withBackfill())));
        const qint64 field =
            f.ploomes.insert(u"Fields"_s, {{u"Name"_s, u"Segmento"_s}, {u"EntityId"_s, 1}, {u"TypeId"_s, 1}});
        QVERIFY(field);
        const QString segment = f.ploomes.record(u"Fields"_s, field)->value(u"Key"_s).toString();
        const QString idKey = f.fieldKey(u"Id (Omie)"_s, 1);
        const qint64 omieId = f.omie.records(Kind::Client).constFirst().value(u"codigo_cliente_omie"_s).toInteger();
        qint64 contact = 0;
        for (const QJsonObject &c : f.ploomes.records(u"Contacts"_s)) {
            if (SyncFixture::other(c, idKey).toLongLong() == omieId)
                contact = c.value(u"Id"_s).toInteger();
        }
        QVERIFY(contact);
        QVERIFY(f.ploomes.modify(u"Contacts"_s, contact,
                                 {{u"OtherProperties"_s, QJsonArray{QJsonObject{{u"FieldKey"_s, segment},
                                                                                {u"StringValue"_s, u"Varejo"_s}}}}}));
        QTest::qWait(1100);
        QVERIFY(f.omie.modify(Kind::Client, omieId, QJsonObject{{u"endereco_numero"_s, u"4321"_s}}));
        const SyncSummary s = f.sync();
        QVERIFY2(finished(s), qPrintable(s.error));
        QCOMPARE(SyncFixture::countOf(s, Entity::Client, Direction::OmieToPloomes, &RunCounters::updated), 1);
        const QJsonObject after = *f.ploomes.record(u"Contacts"_s, contact);
        QCOMPARE(after.value(u"StreetAddressNumber"_s).toString(), u"4321"_s);
        QCOMPARE(SyncFixture::other(after, segment), u"Varejo"_s);
        QCOMPARE(SyncFixture::other(after, idKey), QString::number(omieId));
    }

    void forbiddenCustomFieldFiltersFallBackToALocalMatch()
    {
        Sim::PloomesQuirks q;
        q.forbidFieldIdFilters = true; // FieldKey filters are always 403; here FieldId ones too
        SyncFixture f(SyncFixture::defaultSizes(), 77, q);
        const SyncSummary first = f.sync(SyncFixture::withBackfill());
        QVERIFY2(finished(first), qPrintable(first.error));
        const int contacts = f.ploomes.count(u"Contacts"_s);
        const int products = f.ploomes.count(u"Products"_s);
        const int orders = f.ploomes.count(u"Orders"_s);
        QVERIFY(orders > 0);
        QTemporaryDir fresh;
        reopenProfile(f, fresh);
        SyncOptions rebuild = SyncFixture::withBackfill();
        rebuild.full = true;
        const SyncSummary relinked = f.sync(rebuild);
        QVERIFY2(finished(relinked), qPrintable(toName(relinked.status) + u' ' + relinked.error));
        QCOMPARE(f.ploomes.count(u"Contacts"_s), contacts);
        QCOMPARE(f.ploomes.count(u"Products"_s), products);
        QCOMPARE(f.ploomes.count(u"Orders"_s), orders);
    }

    void tagsAreReadThroughTheNestedExpandAndCreatedWithAColor()
    {
        SyncFixture f;
        const QJsonObject client = f.omie.records(Kind::Client).first();
        QVERIFY(f.omie.modify(
            Kind::Client, client.value(u"codigo_cliente_omie"_s).toInteger(),
            {{u"tags"_s, QJsonArray{QJsonObject{{u"tag"_s, u"Cliente"_s}}, QJsonObject{{u"tag"_s, u"Atacado"_s}}}}}));
        qint64 vip = 0;
        for (const QJsonObject &t : f.ploomes.records(u"Tags"_s))
            vip = t.value(u"Name"_s).toString() == u"VIP"_s ? t.value(u"Id"_s).toInteger() : vip;
        QVERIFY(vip);
        for (const QJsonObject &c : f.ploomes.records(u"Contacts"_s))
            QVERIFY(f.ploomes.modify(u"Contacts"_s, c.value(u"Id"_s).toInteger(),
                                     {{u"Tags"_s, QJsonArray{QJsonObject{{u"TagId"_s, vip}}}}}));
        const SyncSummary s = f.sync(SyncFixture::withBackfill());
        QVERIFY2(finished(s), qPrintable(s.error));
        qint64 atacado = 0;
        for (const QJsonObject &t : f.ploomes.records(u"Tags"_s)) {
            if (t.value(u"Name"_s).toString() == u"Atacado"_s) {
                atacado = t.value(u"Id"_s).toInteger();
                QVERIFY(!t.value(u"Color"_s).toString().isEmpty());
            }
        }
        QVERIFY(atacado);
        // Ploomes-only contacts' tags reach Omie by name (Ploomes only gives the name under Tags($expand=Tag)).
        QHash<qint64, QString> tagNames;
        for (const QJsonObject &t : f.ploomes.records(u"Tags"_s))
            tagNames.insert(t.value(u"Id"_s).toInteger(), t.value(u"Name"_s).toString());
        QHash<QString, QStringList> omieTags;
        for (const QJsonObject &c : f.omie.records(Kind::Client)) {
            for (const QJsonValue &t : c.value(u"tags"_s).toArray())
                omieTags[c.value(u"codigo_cliente_integracao"_s).toString()].append(
                    t.toObject().value(u"tag"_s).toString());
        }
        int checked = 0;
        for (const QJsonObject &c : f.ploomes.records(u"Contacts"_s)) {
            const QString code = u"PL"_s + QString::number(c.value(u"Id"_s).toInteger());
            if (!omieTags.contains(code))
                continue;
            for (const QJsonValue &t : c.value(u"Tags"_s).toArray()) {
                const QString name = tagNames.value(t.toObject().value(u"TagId"_s).toInteger());
                if (name == u"VIP"_s) {
                    QVERIFY2(omieTags.value(code).contains(name), qPrintable(code));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 0);
    }
};

QTEST_GUILESS_MAIN(TstPloomesFidelity)
#include "tst_ploomes_fidelity.moc"
