// The pure decisions Ponte takes on what Omie offers (omie-api.md §7): which stage, categoria, conta
// corrente and parcela an order uses, which date it is sent with, and where a webhook's record id is.
#include "sync/omiechoices.h"
#include "webhook/webhookreceiver.h"

#include <QtTest>

Q_DECLARE_METATYPE(QList<Ponte::OmieOffer>)

using namespace Ponte;
using namespace Qt::StringLiterals;

namespace {
QList<OmieOffer> offers(const QStringList &usable, const QStringList &unusable = {})
{
    QList<OmieOffer> out;
    for (const QString &c : usable)
        out.append({c, u"label "_s + c, QString()});
    for (const QString &c : unusable)
        out.append({c, u"label "_s + c, u"inactive"_s});
    return out;
}
} // namespace

class TstOmieChoices : public QObject
{
    Q_OBJECT

private slots:
    void categoriaPostability_data()
    {
        QTest::addColumn<bool>("inactive");
        QTest::addColumn<bool>("group");
        QTest::addColumn<bool>("revenue");
        QTest::addColumn<bool>("postable");
        QTest::newRow("active revenue account") << false << false << true << true;
        QTest::newRow("revenue group (totalizadora)") << false << true << true << false;
        QTest::newRow("inactive revenue account") << true << false << true << false;
        QTest::newRow("expense account") << false << false << false << false;
    }

    void categoriaPostability()
    {
        QFETCH(bool, inactive);
        QFETCH(bool, group);
        QFETCH(bool, revenue);
        QFETCH(bool, postable);
        const Omie::Categoria c{u"1.01.01"_s, u"Vendas"_s, inactive, group, revenue, !revenue};
        QCOMPARE(OmieChoices::isPostableRevenue(c), postable);
        QCOMPARE(OmieChoices::categorias({c}).first().usable(), postable);
    }

    void stagesPerOperation()
    {
        // "20" is another stage in another operation; an inactive stage is offered but not usable.
        const QList<Omie::Etapa> etapas{{u"10"_s, u"Ordem de serviço"_s, u"01"_s, false},
                                        {u"10"_s, u"Pedido de venda"_s, u"11"_s, false},
                                        {u"20"_s, u"Separar estoque"_s, u"11"_s, false},
                                        {u"40"_s, u"Conferido"_s, u"11"_s, true},
                                        {u"20"_s, u"Requisição"_s, u"21"_s, false}};
        const QList<OmieOffer> pedidos = OmieChoices::etapas(etapas, OmieOperation::VendaProduto);
        QCOMPARE(pedidos.size(), 3);
        QCOMPARE(pedidos.at(1).label, u"Separar estoque"_s);
        QVERIFY(!pedidos.at(2).usable());
        const QList<OmieOffer> os = OmieChoices::etapas(etapas, OmieOperation::VendaServico);
        QCOMPARE(os.size(), 1);
        QCOMPARE(os.first().label, u"Ordem de serviço"_s);
        OmieOrderSettings s{u"1"_s, u"1.01.01"_s, u"000"_s, u"20"_s};
        const OmieOrderDefaults d = OmieChoices::orderDefaults(s, {}, {}, {}, etapas);
        QVERIFY(d.etapaPedido.ok());
        QCOMPARE(d.etapaPedido.value, u"20"_s);
        s.etapa = u"40"_s;
        QVERIFY(OmieChoices::orderDefaults(s, {}, {}, {}, etapas).etapaPedido.problem.contains(u"orders.etapa"_s));
    }

    void defaultChoice_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QList<OmieOffer>>("offers");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("fromList");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<bool>("wholeList");
        QTest::newRow("set, usable") << u"7"_s << offers({u"7"_s, u"8"_s}) << u"7"_s << false << false << false;
        QTest::newRow("set, known unusable")
            << u"9"_s << offers({u"7"_s}, {u"9"_s}) << QString() << false << true << false;
        // A value missing from the list is left for Omie to judge: a partial list proves nothing.
        QTest::newRow("set, not listed") << u"5"_s << offers({u"7"_s}) << u"5"_s << false << false << false;
        // The stages of an operation are all there are: one it does not have is refused before any write.
        QTest::newRow("set, not in the whole list")
            << u"30"_s << offers({u"10"_s, u"20"_s, u"50"_s}) << QString() << false << true << true;
        QTest::newRow("set, in the whole list")
            << u"20"_s << offers({u"10"_s, u"20"_s, u"50"_s}) << u"20"_s << false << false << true;
        QTest::newRow("set, whole list not read") << u"30"_s << QList<OmieOffer>() << u"30"_s << false << false << true;
        QTest::newRow("empty, exactly one usable")
            << QString() << offers({u"7"_s}, {u"9"_s}) << u"7"_s << true << false << false;
        QTest::newRow("empty, several usable")
            << QString() << offers({u"7"_s, u"8"_s}) << QString() << false << true << false;
        QTest::newRow("empty, none usable") << QString() << offers({}, {u"9"_s}) << QString() << false << true << false;
        QTest::newRow("empty, nothing offered")
            << QString() << QList<OmieOffer>() << QString() << false << true << false;
    }

    void defaultChoice()
    {
        QFETCH(QString, setting);
        QFETCH(QList<OmieOffer>, offers);
        QFETCH(QString, value);
        QFETCH(bool, fromList);
        QFETCH(bool, refused);
        QFETCH(bool, wholeList);
        const DefaultChoice c =
            OmieChoices::choose(setting, u"orders.conta_corrente"_s, u"conta corrente"_s, offers, wholeList);
        QCOMPARE(c.value, value);
        QCOMPARE(c.fromList, fromList);
        QCOMPARE(!c.problem.isEmpty(), refused);
        if (refused)
            QVERIFY2(c.problem.contains(u"orders.conta_corrente"_s), qPrintable(c.problem)); // names the setting
        else
            QVERIFY(!c.reason.isEmpty());
    }

    void previsaoIsNeverInThePast_data()
    {
        QTest::addColumn<QString>("own");
        QTest::addColumn<QString>("sent");
        const QString today = u"29/11/2026"_s;
        QTest::newRow("earlier") << u"01/03/2026"_s << today;
        QTest::newRow("yesterday") << u"28/11/2026"_s << today;
        QTest::newRow("today") << today << today;
        QTest::newRow("later") << u"05/12/2026"_s << u"05/12/2026"_s;
        QTest::newRow("missing") << QString() << today;
        QTest::newRow("invalid") << u"31/02/2026"_s << today;
    }

    void previsaoIsNeverInThePast()
    {
        QFETCH(QString, own);
        QFETCH(QString, sent);
        QCOMPARE(OmieChoices::previsaoForNewOrder(own, QDate(2026, 11, 29)), sent);
    }

    void webhookIdKeyByTopic_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("key");
        // Order and service-order events carry idCliente too (omie-api.md §7.7): the id is the order's.
        QTest::newRow("pedido faturado") << u"VendaProduto.Faturada"_s << u"idPedido"_s;
        QTest::newRow("pedido etapa") << u"VendaProduto.EtapaAlterada"_s << u"idPedido"_s;
        QTest::newRow("OS incluída") << u"OrdemServico.Incluida"_s << u"idOrdemServico"_s;
        QTest::newRow("OS, other case") << u"ordemservico.faturada"_s << u"idOrdemServico"_s;
        QTest::newRow("cliente") << u"ClienteFornecedor.Alterado"_s << u"codigo_cliente_omie"_s;
        QTest::newRow("produto") << u"Produto.Incluido"_s << u"codigo_produto"_s;
        QTest::newRow("ignored topic") << u"Financas.ContaReceber.Alterado"_s << QString();
    }

    void webhookIdKeyByTopic()
    {
        QFETCH(QString, topic);
        QFETCH(QString, key);
        QCOMPARE(WebhookReceiver::omieEventIdKey(topic), key);
    }
};

QTEST_GUILESS_MAIN(TstOmieChoices)
#include "tst_omiechoices.moc"
