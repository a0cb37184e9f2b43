// The order step's rules, without a network or a database: which step carries a Ploomes order, which orders go
// to Omie, the pre-flight, how an Omie order is paired and what is done with it, the backfill pre-flight, and
// which default problems keep sales and service orders from being sent.
#include "sync/orderdecisions.h"

#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

using D = OrderDecisions;
Q_DECLARE_METATYPE(Ponte::OrderDecisions::Routing)
Q_DECLARE_METATYPE(Ponte::OrderDecisions::PloomesPairing)
Q_DECLARE_METATYPE(Ponte::OrderDecisions::OmiePairing)
Q_DECLARE_METATYPE(Ponte::OrderDecisions::OmieAction)
Q_DECLARE_METATYPE(std::optional<QDate>)

namespace {
D::PloomesOrderFacts goodOrder()
{
    D::PloomesOrderFacts o;
    o.contactId = 7;
    o.omieClient = 70;
    o.contact = D::ContactFacts{true, u"12"_s, u"57.351.558/0001-39"_s, u"Padaria Boa Vista"_s};
    o.lines = {{u"Café"_s, 100, 2, 50, 0}};
    return o;
}

DefaultChoice ok(const QString &value, bool fromList = false)
{
    DefaultChoice c;
    c.value = value;
    c.reason = u"picked "_s + value;
    c.fromList = fromList;
    return c;
}

DefaultChoice problem(const QString &text)
{
    DefaultChoice c;
    c.problem = text;
    return c;
}
} // namespace

class TstOrderDecisions : public QObject
{
    Q_OBJECT

private slots:
    void route_data()
    {
        QTest::addColumn<int>("products");
        QTest::addColumn<int>("services");
        QTest::addColumn<int>("unknown");
        QTest::addColumn<bool>("serviceStep");
        QTest::addColumn<D::Routing>("expected");
        QTest::newRow("products, sales step") << 2 << 0 << 0 << false << D::Routing::Carry;
        QTest::newRow("products, service step") << 2 << 0 << 0 << true << D::Routing::OtherStep;
        QTest::newRow("services, service step") << 0 << 1 << 0 << true << D::Routing::Carry;
        QTest::newRow("services, sales step") << 0 << 1 << 0 << false << D::Routing::OtherStep;
        QTest::newRow("products and an unlinked line") << 1 << 0 << 1 << false << D::Routing::Carry;
        QTest::newRow("services and an unlinked line") << 0 << 1 << 1 << true << D::Routing::Carry;
        QTest::newRow("mixed, sales step refuses") << 1 << 1 << 0 << false << D::Routing::RefuseMixed;
        QTest::newRow("mixed, service step leaves it") << 1 << 1 << 0 << true << D::Routing::Ignore;
        QTest::newRow("no lines, sales step refuses") << 0 << 0 << 0 << false << D::Routing::RefuseNoProducts;
        QTest::newRow("no lines, service step leaves it") << 0 << 0 << 0 << true << D::Routing::Ignore;
        QTest::newRow("only unlinked, sales step pre-flights") << 0 << 0 << 2 << false << D::Routing::Carry;
        QTest::newRow("only unlinked, service step leaves it") << 0 << 0 << 2 << true << D::Routing::Ignore;
    }
    void route()
    {
        QFETCH(int, products);
        QFETCH(int, services);
        QFETCH(int, unknown);
        QFETCH(bool, serviceStep);
        QFETCH(D::Routing, expected);
        QCOMPARE(D::route({products, services, unknown}, serviceStep), expected);
    }

    void pairPloomesOrder_data()
    {
        QTest::addColumn<bool>("survivor");
        QTest::addColumn<bool>("coupled");
        QTest::addColumn<D::PloomesPairing>("expected");
        QTest::newRow("new") << false << false << D::PloomesPairing::New;
        QTest::newRow("paired by either order step") << false << true << D::PloomesPairing::AlreadyInOmie;
        QTest::newRow("left unlinked by a deletion") << true << false << D::PloomesPairing::SkipSurvivor;
        QTest::newRow("survivor wins over a coupling") << true << true << D::PloomesPairing::SkipSurvivor;
    }
    void pairPloomesOrder()
    {
        QFETCH(bool, survivor);
        QFETCH(bool, coupled);
        QFETCH(D::PloomesPairing, expected);
        QCOMPARE(D::pairPloomesOrder(survivor, coupled), expected);
    }

    void eligibleForOmie_data()
    {
        const QDateTime activation(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        QTest::addColumn<QDateTime>("created");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<std::optional<QDate>>("backfill");
        QTest::addColumn<bool>("eligible");
        QTest::newRow("created after activation") << activation.addSecs(1) << QDate() << std::optional<QDate>() << true;
        QTest::newRow("created at activation") << activation << QDate() << std::optional<QDate>() << true;
        QTest::newRow("created before, no backfill")
            << activation.addDays(-3) << QDate() << std::optional<QDate>() << false;
        QTest::newRow("dated in the backfill window")
            << activation.addDays(-30) << QDate(2026, 5, 20) << std::optional<QDate>(QDate(2026, 5, 15)) << true;
        QTest::newRow("dated before the backfill window")
            << activation.addDays(-3) << QDate(2026, 5, 1) << std::optional<QDate>(QDate(2026, 5, 15)) << false;
        QTest::newRow("no date: the creation date counts")
            << activation.addDays(-3) << QDate() << std::optional<QDate>(QDate(2026, 5, 15)) << true;
        QTest::newRow("no creation date, no backfill") << QDateTime() << QDate() << std::optional<QDate>() << false;
    }
    void eligibleForOmie()
    {
        QFETCH(QDateTime, created);
        QFETCH(QDate, date);
        QFETCH(std::optional<QDate>, backfill);
        QFETCH(bool, eligible);
        const QDateTime activation(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(D::eligibleForOmie(created, date, activation, backfill), eligible);
    }

    void preflight_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("problem"); // a word of the one problem the row must produce; empty: none
        QTest::newRow("a complete order passes") << 0 << QString();
        QTest::newRow("no client") << 1 << u"no client"_s;
        QTest::newRow("client not in Omie yet") << 2 << u"not in Omie yet"_s;
        QTest::newRow("client without city or state") << 3 << u"city or state"_s;
        QTest::newRow("address without number") << 4 << u"no number"_s;
        QTest::newRow("no CNPJ/CPF (mask only)") << 5 << u"CNPJ/CPF"_s;
        QTest::newRow("generic client name") << 6 << u"generic"_s;
        QTest::newRow("product without Id (Omie)") << 7 << u"has no \"Id (Omie)\""_s;
        QTest::newRow("quantity zero") << 8 << u"quantity"_s;
        QTest::newRow("price zero") << 9 << u"unit price"_s;
        QTest::newRow("no lines") << 10 << u"no products"_s;
        QTest::newRow("100% discount: total zero") << 11 << u"total"_s;
        QTest::newRow("owner without seller") << 12 << u"seller"_s;
        QTest::newRow("owner with seller passes") << 13 << QString();
        QTest::newRow("defaults missing") << 14 << u"orders.contaCorrente"_s;
        QTest::newRow("contact not read: its checks are skipped") << 15 << QString();
    }
    void preflight()
    {
        QFETCH(int, rule);
        QFETCH(QString, problem);
        D::PloomesOrderFacts o = goodOrder();
        switch (rule) {
        case 1:
            o.contactId = 0;
            o.omieClient = 0;
            break;
        case 2:
            o.omieClient = 0;
            break;
        case 3:
            o.contact->hasCityAndState = false;
            break;
        case 4:
            o.contact->streetNumber = u"  "_s;
            break;
        case 5:
            o.contact->document = u"./-"_s;
            break;
        case 6:
            o.contact->name = u"Cliente"_s;
            break;
        case 7:
            o.lines[0].omieProduct = 0;
            break;
        case 8:
            o.lines[0].quantity = 0;
            o.lines.append({u"Chá"_s, 101, 1, 10, 0}); // keeps the total positive
            break;
        case 9:
            o.lines[0].unitPrice = 0;
            o.lines.append({u"Chá"_s, 101, 1, 10, 0});
            break;
        case 10:
            o.lines.clear();
            break;
        case 11:
            o.lines[0].discount = 100;
            break;
        case 12:
            o.ownerId = 5;
            break;
        case 13:
            o.ownerId = 5;
            o.ownerHasSeller = true;
            break;
        case 14:
            o.defaultsProblem = u"Fill in orders.contaCorrente."_s;
            break;
        case 15:
            o.contact.reset();
            break;
        }
        const QStringList problems = D::preflight(o);
        if (problem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
        } else {
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
        }
    }

    void genericName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("generic");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("Cliente") << u"Cliente"_s << true;
        QTest::newRow("TESTE, accents and case folded") << u" TÉSTE "_s << true;
        QTest::newRow("Fornecedores") << u"Fornecedores"_s << true;
        QTest::newRow("two words") << u"Cliente Silva"_s << false;
        QTest::newRow("a real name") << u"Padaria"_s << false;
    }
    void genericName()
    {
        QFETCH(QString, name);
        QFETCH(bool, generic);
        QCOMPARE(D::genericName(name), generic);
    }

    void lineTotal_data()
    {
        QTest::addColumn<double>("quantity");
        QTest::addColumn<double>("price");
        QTest::addColumn<double>("discount");
        QTest::addColumn<double>("total");
        QTest::newRow("no discount") << 2.0 << 50.0 << 0.0 << 100.0;
        QTest::newRow("10% off") << 3.0 << 10.0 << 10.0 << 27.0;
        QTest::newRow("rounded to centavos") << 1.0 << 10.006 << 0.0 << 10.01;
        QTest::newRow("a third off") << 1.0 << 10.0 << 33.3333 << 6.67;
        QTest::newRow("all off") << 5.0 << 10.0 << 100.0 << 0.0;
    }
    void lineTotal()
    {
        QFETCH(double, quantity);
        QFETCH(double, price);
        QFETCH(double, discount);
        QFETCH(double, total);
        QCOMPARE(D::lineTotal(quantity, price, discount), total);
    }

    void integrationCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("ploomesId");
        QTest::newRow("Ponte's") << u"PL123"_s << qint64(123);
        QTest::newRow("another tool's") << u"ERP-123"_s << qint64(0);
        QTest::newRow("PL without a number") << u"PL"_s << qint64(0);
        QTest::newRow("PL and text") << u"PLX9"_s << qint64(0);
        QTest::newRow("a line code is not an order") << u"PL123-1"_s << qint64(0);
        QTest::newRow("lower case is not Ponte's") << u"pl123"_s << qint64(0);
        QTest::newRow("empty") << QString() << qint64(0);
    }
    void integrationCodes()
    {
        QFETCH(QString, code);
        QFETCH(qint64, ploomesId);
        QCOMPARE(D::ploomesIdFromCode(code), ploomesId);
        if (ploomesId)
            QCOMPARE(D::integrationCode(ploomesId), code);
        QCOMPARE(D::lineIntegrationCode(42, 3), u"PL42-3"_s);
    }

    void pairOmieOrder_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<D::OmiePairing>("expected");
        QTest::addColumn<qint64>("ploomesId");
        QTest::newRow("coupled") << 0 << D::OmiePairing::Coupled << qint64(0);
        QTest::newRow("settled as deleted in this run") << 1 << D::OmiePairing::SkipSettled << qint64(0);
        QTest::newRow("unlinked survivor") << 2 << D::OmiePairing::SkipSurvivor << qint64(0);
        QTest::newRow("PL code relinks") << 3 << D::OmiePairing::RelinkByCode << qint64(55);
        QTest::newRow("PL code wins over a copy that holds its id too")
            << 4 << D::OmiePairing::RelinkByCode << qint64(55);
        QTest::newRow("PL code names an order that does not hold its id, another does")
            << 14 << D::OmiePairing::LinkExisting << qint64(66);
        QTest::newRow("a Ploomes order holds its id") << 5 << D::OmiePairing::LinkExisting << qint64(66);
        QTest::newRow("not from Ploomes, no backfill") << 6 << D::OmiePairing::NotFollowed << qint64(0);
        QTest::newRow("previsão in the backfill window") << 7 << D::OmiePairing::BackfillCreate << qint64(0);
        QTest::newRow("previsão before the window") << 8 << D::OmiePairing::NotFollowed << qint64(0);
        QTest::newRow("no previsão: last change counts") << 9 << D::OmiePairing::BackfillCreate << qint64(0);
        QTest::newRow("window's first day is in") << 10 << D::OmiePairing::BackfillCreate << qint64(0);
        QTest::newRow("recreate: its PL code names the deleted order") << 11 << D::OmiePairing::Recreate << qint64(0);
        QTest::newRow("recreate: already recreated, holds its id") << 12 << D::OmiePairing::LinkExisting << qint64(66);
        QTest::newRow("recreate, but paired again since") << 13 << D::OmiePairing::Coupled << qint64(0);
    }
    void pairOmieOrder()
    {
        QFETCH(int, rule);
        QFETCH(D::OmiePairing, expected);
        QFETCH(qint64, ploomesId);
        D::OmieOrderFacts o;
        const QDate window(2026, 5, 1);
        switch (rule) {
        case 0:
            o.coupled = true;
            o.integrationCode = u"PL55"_s;
            break;
        case 1:
            o.settledNow = true;
            o.coupled = true;
            break;
        case 2:
            o.unlinkedSurvivor = true;
            o.integrationCode = u"PL55"_s;
            break;
        case 3:
            o.integrationCode = u"PL55"_s;
            break;
        case 4:
            o.integrationCode = u"PL55"_s;
            o.ploomesHoldingOmieId = 66;
            o.codeOrderHoldsOmieId = true;
            break;
        case 14: // PL55 was deleted and 66 recreated from Omie, then the local database was lost
            o.integrationCode = u"PL55"_s;
            o.ploomesHoldingOmieId = 66;
            break;
        case 5:
            o.integrationCode = u"LEGACY-1"_s;
            o.ploomesHoldingOmieId = 66;
            o.backfill = window;
            break;
        case 6:
            o.previsao = QDate(2026, 6, 1);
            break;
        case 7:
            o.backfill = window;
            o.previsao = QDate(2026, 5, 9);
            o.altered = QDate(2026, 4, 1);
            break;
        case 8:
            o.backfill = window;
            o.previsao = QDate(2026, 4, 30);
            o.altered = QDate(2026, 6, 1);
            break;
        case 9:
            o.backfill = window;
            o.altered = QDate(2026, 5, 2);
            break;
        case 10:
            o.backfill = window;
            o.previsao = window;
            break;
        case 11:
            o.recreate = true;
            o.integrationCode = u"PL55"_s;
            break;
        case 12:
            o.recreate = true;
            o.integrationCode = u"PL55"_s;
            o.ploomesHoldingOmieId = 66;
            break;
        case 13:
            o.recreate = true;
            o.coupled = true;
            break;
        }
        const D::OmiePairingResult got = D::pairOmieOrder(o);
        QCOMPARE(got.pairing, expected);
        QCOMPARE(got.ploomesId, ploomesId);
    }

    void decideOmieOrder_data()
    {
        QTest::addColumn<bool>("coupled");
        QTest::addColumn<bool>("sameHash");
        QTest::addColumn<bool>("exists");
        QTest::addColumn<D::OmieAction>("expected");
        QTest::newRow("paired, same hash") << true << true << true << D::OmieAction::Unchanged;
        QTest::newRow("paired, same hash, Ploomes gone") << true << true << false << D::OmieAction::Unchanged;
        QTest::newRow("paired, changed") << true << false << true << D::OmieAction::Update;
        QTest::newRow("paired, changed, Ploomes gone") << true << false << false << D::OmieAction::RefuseGone;
        QTest::newRow("backfill") << false << false << false << D::OmieAction::Create;
    }
    void decideOmieOrder()
    {
        QFETCH(bool, coupled);
        QFETCH(bool, sameHash);
        QFETCH(bool, exists);
        QFETCH(D::OmieAction, expected);
        QCOMPARE(D::decideOmieOrder(coupled, sameHash, exists), expected);
    }

    void backfillPreflight_data()
    {
        QTest::addColumn<qint64>("contact");
        QTest::addColumn<QList<qint64>>("linkedProducts"); // Ploomes twin of each item, 0: none
        QTest::addColumn<int>("problems");
        QTest::addColumn<QString>("errorClass");
        QTest::newRow("all linked") << qint64(9) << QList<qint64>{3, 4} << 0 << u"preflight"_s;
        QTest::newRow("client not linked") << qint64(0) << QList<qint64>{3} << 1 << u"dependency"_s;
        QTest::newRow("an item not linked") << qint64(9) << QList<qint64>{3, 0} << 1 << u"dependency"_s;
        QTest::newRow("client and items not linked") << qint64(0) << QList<qint64>{0, 0} << 3 << u"dependency"_s;
        QTest::newRow("no items") << qint64(9) << QList<qint64>{} << 1 << u"preflight"_s;
        QTest::newRow("no items, no client: only the link") << qint64(0) << QList<qint64>{} << 1 << u"dependency"_s;
    }
    void backfillPreflight()
    {
        QFETCH(qint64, contact);
        QFETCH(QList<qint64>, linkedProducts);
        QFETCH(int, problems);
        QFETCH(QString, errorClass);
        QList<D::OmieLine> lines;
        qint64 omie = 500;
        for (qint64 p : linkedProducts)
            lines.append({++omie, p});
        const D::BackfillCheck got = D::backfillPreflight(contact, lines);
        QCOMPARE(got.problems.size(), problems);
        if (problems)
            QCOMPARE(got.errorClass, errorClass);
    }

    void defaultsProblems_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("sales");
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("notes");
        QTest::newRow("all set") << 0 << QString() << QString() << 0;
        QTest::newRow("conta missing: both kinds") << 1 << u"conta"_s << u"conta"_s << 0;
        QTest::newRow("etapa of operation 11: sales only") << 2 << u"etapa11"_s << QString() << 0;
        QTest::newRow("etapa of operation 01: service only") << 3 << QString() << u"etapa01"_s << 0;
        QTest::newRow("categoria and etapa 11") << 4 << u"categoria etapa11"_s << u"categoria"_s << 0;
        QTest::newRow("taken from Omie's only offer: a note") << 5 << QString() << QString() << 2;
    }
    void defaultsProblems()
    {
        QFETCH(int, rule);
        QFETCH(QString, sales);
        QFETCH(QString, service);
        QFETCH(int, notes);
        OmieOrderDefaults d;
        d.contaCorrente = ok(u"1"_s);
        d.categoria = ok(u"1.01.01"_s);
        d.parcela = ok(u"000"_s);
        d.etapaPedido = ok(u"10"_s);
        d.etapaOs = ok(u"10"_s);
        if (rule == 1)
            d.contaCorrente = problem(u"conta"_s);
        if (rule == 2 || rule == 4)
            d.etapaPedido = problem(u"etapa11"_s);
        if (rule == 3)
            d.etapaOs = problem(u"etapa01"_s);
        if (rule == 4)
            d.categoria = problem(u"categoria"_s);
        if (rule == 5) {
            d.contaCorrente = ok(u"1"_s, true);
            d.parcela = ok(u"000"_s, true);
            d.etapaPedido = ok(u"10"_s, true); // etapas are not said as notes
        }
        const D::DefaultsProblems got = D::defaultsProblems(d);
        QCOMPARE(got.salesOrders, sales);
        QCOMPARE(got.serviceOrders, service);
        QCOMPARE(got.notes.size(), notes);
    }
};

QTEST_GUILESS_MAIN(TstOrderDecisions)
#include "tst_orderdecisions.moc"
