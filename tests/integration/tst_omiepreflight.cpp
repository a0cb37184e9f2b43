// The Omie half of the read-only pre-flight against the simulator: what it offers, what Ponte would
// use for each order default and why, the limits in force, and that it writes nothing.
#include "sync/omiepreflight.h"
#include "syncfixture.h"

#include <QSignalSpy>

using namespace Ponte;
using namespace Ponte::Test;

namespace {
OmiePreflightReport runPreflight(SyncFixture &f)
{
    OmiePreflight preflight(f.profile->settings(), f.credentials);
    QSignalSpy spy(&preflight, &OmiePreflight::finished);
    preflight.start();
    if (!spy.wait(20'000))
        return {};
    return spy.first().first().value<OmiePreflightReport>();
}
} // namespace

class TstOmiePreflight : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<OmiePreflightReport>(); }

    void reportsOffersChoicesAndLimitsWithoutWriting()
    {
        SyncFixture f;
        Settings &s = f.profile->settings();
        QVERIFY(s.reset(SettingKey::OrderContaCorrente)); // two active contas: one must be chosen
        const OmiePreflightReport r = runPreflight(f);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.userMessage()));
        QCOMPARE(f.omie.traffic().writes, 0);
        QCOMPARE(f.omie.violations().total(), 0);

        const QJsonObject json = r.toJson();
        const QJsonObject defaults = json.value(u"order_defaults"_s).toObject();
        const QJsonObject conta = defaults.value(u"conta_corrente"_s).toObject();
        QCOMPARE(conta.value(u"offered"_s).toArray().size(), 3);
        QVERIFY(conta.value(u"use"_s).isNull());
        QVERIFY(conta.value(u"problem"_s).toString().contains(SettingKey::OrderContaCorrente));
        int unusable = 0;
        for (const QJsonValue &v : conta.value(u"offered"_s).toArray())
            unusable += !v.toObject().value(u"usable"_s).toBool();
        QCOMPARE(unusable, 1);

        // Only postable revenue categorias are offered; the setting is among them.
        const QJsonObject categoria = defaults.value(u"categoria"_s).toObject();
        QStringList offered;
        for (const QJsonValue &v : categoria.value(u"offered"_s).toArray())
            offered.append(v.toObject().value(u"code"_s).toString());
        QCOMPARE(offered, (QStringList{u"1.01.01"_s, u"1.01.02"_s, u"1.01.03"_s}));
        QCOMPARE(categoria.value(u"use"_s).toString(), u"1.01.01"_s);
        QCOMPARE(categoria.value(u"chosen_by"_s).toString(), u"setting"_s);

        // Stages per operation: 11 for pedidos (one inactive), 01 for ordens de serviço.
        const QJsonObject etapaPedido = defaults.value(u"etapa_pedido"_s).toObject();
        QCOMPARE(etapaPedido.value(u"operation"_s).toString(), u"11"_s);
        QCOMPARE(etapaPedido.value(u"offered"_s).toArray().size(), 5);
        QCOMPARE(etapaPedido.value(u"use"_s).toString(), u"10"_s);
        const QJsonObject etapaOs = defaults.value(u"etapa_ordem_servico"_s).toObject();
        QCOMPARE(etapaOs.value(u"operation"_s).toString(), u"01"_s);
        QCOMPARE(etapaOs.value(u"offered"_s).toArray().first().toObject().value(u"label"_s).toString(),
                 u"Ordem de serviço"_s);
        QVERIFY(!json.value(u"ok"_s).toBool());

        const QJsonObject limits = json.value(u"limits"_s).toObject();
        QCOMPARE(limits.value(u"requests_per_minute_per_method"_s).toInt(), 6000); // PONTE_OMIE_RPM
        QCOMPARE(limits.value(u"redundant_window_s"_s).toInt(), 1);
        QCOMPARE(limits.value(u"concurrent_writes"_s).toInt(), 1);
        QVERIFY(!QJsonDocument(json).toJson().contains(f.credentials.omieAppSecret.toUtf8()));
    }

    void onlyUsableChoiceIsUsedAndRepeatsAreNotRedundant()
    {
        SyncFixture f;
        // Leave one active conta corrente: an empty setting then takes it, and says so.
        const QList<QJsonObject> contas = f.omie.records(Sim::OmieSimulator::Kind::ContaCorrente);
        qint64 kept = 0;
        for (const QJsonObject &c : contas) {
            if (c.value(u"inativo"_s).toString() == u"S"_s)
                continue;
            if (!kept)
                kept = c.value(u"nCodCC"_s).toInteger();
            else
                QVERIFY(f.omie.modify(Sim::OmieSimulator::Kind::ContaCorrente, c.value(u"nCodCC"_s).toInteger(),
                                      {{u"inativo"_s, u"S"_s}}));
        }
        QVERIFY(f.profile->settings().reset(SettingKey::OrderContaCorrente));
        const OmiePreflightReport first = runPreflight(f);
        QVERIFY(first.ok());
        QCOMPARE(first.defaults.contaCorrente.value, QString::number(kept));
        QVERIFY(first.defaults.contaCorrente.fromList);
        QCOMPARE(first.toJson()
                     .value(u"order_defaults"_s)
                     .toObject()
                     .value(u"conta_corrente"_s)
                     .toObject()
                     .value(u"chosen_by"_s)
                     .toString(),
                 u"only-usable-offer"_s);
        // A second pre-flight at once shares the log of recent requests: Omie sees nothing redundant.
        const OmiePreflightReport second = runPreflight(f);
        QVERIFY(!second.error.isError());
        QCOMPARE(f.omie.violations().redundant, 0);
        QCOMPARE(f.omie.traffic().writes, 0);
    }
};

QTEST_GUILESS_MAIN(TstOmiePreflight)
#include "tst_omiepreflight.moc"
