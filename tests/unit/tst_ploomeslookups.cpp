#include "ploomes/ploomeslookups.h"

#include <QJsonObject>
#include <QtTest>

using namespace Ponte::Ploomes;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<QJsonObject>)
Q_DECLARE_METATYPE(Ponte::Ploomes::EntityKind)

namespace {

QJsonObject row(qint64 id, const QString &name, const QString &apiUrl = {})
{
    QJsonObject o{{u"Id"_s, id}, {u"Name"_s, name}};
    if (!apiUrl.isEmpty())
        o.insert(u"ApiUrl"_s, apiUrl);
    return o;
}

// What Ploomes answers (§7.1 of ploomes-api.md), in the order it lists them.
QList<QJsonObject> portugueseEntities()
{
    return {row(1, u"Cliente"_s, u"Contacts"_s),
            row(2, u"Negócio"_s, u"Deals"_s),
            row(4, u"Venda"_s, u"Orders"_s),
            row(5, u"Bloco de Venda"_s, u"Orders@Sections"_s),
            row(7, u"Proposta"_s, u"Quotes"_s),
            row(10, u"Produto"_s, u"Products"_s),
            row(12, u"Tarefa"_s, u"Tasks"_s),
            row(14, u"Produto da Proposta"_s, u"Quotes@Products"_s),
            row(20, u"Produto da Venda"_s, u"Orders@Products"_s)};
}

QList<QJsonObject> withoutApiUrl(QList<QJsonObject> rows)
{
    for (QJsonObject &r : rows)
        r.remove(u"ApiUrl"_s);
    return rows;
}

} // namespace

class TstPloomesLookups : public QObject
{
    Q_OBJECT

private slots:
    void entities_data()
    {
        QTest::addColumn<EntityKind>("kind");
        QTest::addColumn<QList<QJsonObject>>("rows");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("reasonHas");

        const QList<QJsonObject> pt = portugueseEntities();
        QTest::newRow("pt product: 10, not Produto da Venda")
            << EntityKind::Product << pt << qint64(10) << u"ApiUrl 'Products' confirms"_s;
        QTest::newRow("pt contact") << EntityKind::Contact << pt << qint64(1) << u"published id"_s;
        QTest::newRow("pt order: 4, not Bloco de Venda") << EntityKind::Order << pt << qint64(4) << u"Orders"_s;
        const QList<QJsonObject> bare = withoutApiUrl(pt);
        QTest::newRow("pt without ApiUrl: product by id and exact name")
            << EntityKind::Product << bare << qint64(10) << u"name 'Produto' confirms"_s;
        QTest::newRow("pt without ApiUrl: order") << EntityKind::Order << bare << qint64(4) << u"'Venda'"_s;
        const QList<QJsonObject> en = {row(1, u"Contact"_s),       row(2, u"Deal"_s),     row(4, u"Order"_s),
                                       row(5, u"Order Section"_s), row(10, u"Product"_s), row(14, u"Quote Product"_s),
                                       row(20, u"Order Product"_s)};
        QTest::newRow("en product") << EntityKind::Product << en << qint64(10) << u"name 'Product'"_s;
        QTest::newRow("en order") << EntityKind::Order << en << qint64(4) << u"name 'Order'"_s;
        QTest::newRow("en contact") << EntityKind::Contact << en << qint64(1) << u"'Contact'"_s;
        // Another numbering (S6 says 7 = Product): the ApiUrl decides, not the published id.
        const QList<QJsonObject> renumbered = {row(7, u"Produto"_s, u"Products"_s), row(10, u"Tarefa"_s, u"Tasks"_s),
                                               row(20, u"Produto da Venda"_s, u"Orders@Products"_s)};
        QTest::newRow("renumbered, ApiUrl wins") << EntityKind::Product << renumbered << qint64(7) << u"ApiUrl"_s;
        const QList<QJsonObject> renumberedBare = {row(7, u"produto"_s), row(10, u"Tarefa"_s),
                                                   row(20, u"Produto da Venda"_s)};
        QTest::newRow("renumbered without ApiUrl, exact name, case-insensitive")
            << EntityKind::Product << renumberedBare << qint64(7) << u"exact name"_s;
        QTest::newRow("accents folded") << EntityKind::Contact << QList<QJsonObject>{row(3, u"CLIENTE "_s)} << qint64(3)
                                        << u"exact name"_s;
        // Only the confusing rows: nothing is chosen rather than a prefix match.
        const QList<QJsonObject> confusing = {row(14, u"Produto da Proposta"_s), row(20, u"Produto da Venda"_s),
                                              row(5, u"Bloco de Venda"_s)};
        QTest::newRow("only Produto da Venda/Proposta")
            << EntityKind::Product << confusing << qint64(0) << u"no entity"_s;
        QTest::newRow("only Bloco de Venda") << EntityKind::Order << confusing << qint64(0) << u"no entity"_s;
        QTest::newRow("empty answer") << EntityKind::Contact << QList<QJsonObject>{} << qint64(0) << u"no entity"_s;
        QTest::newRow("published id contradicted by ApiUrl")
            << EntityKind::Product << QList<QJsonObject>{row(10, u"Produto"_s, u"Tasks"_s)} << qint64(0)
            << u"no entity"_s;
        QTest::newRow("two rows with the ApiUrl")
            << EntityKind::Product
            << QList<QJsonObject>{row(30, u"Produto"_s, u"Products"_s), row(31, u"Produto 2"_s, u"Products"_s)}
            << qint64(0) << u"2 entities"_s;
    }

    void entities()
    {
        QFETCH(EntityKind, kind);
        QFETCH(QList<QJsonObject>, rows);
        QFETCH(qint64, id);
        QFETCH(QString, reasonHas);
        const Choice c = Lookups::entity(kind, rows);
        QCOMPARE(c.id, id);
        QVERIFY2(c.reason.contains(reasonHas), qPrintable(c.reason));
    }

    void textFieldType_data()
    {
        QTest::addColumn<QList<QJsonObject>>("rows");
        QTest::addColumn<qint64>("id");
        auto t = [](qint64 id, const QString &name, const QString &native) {
            QJsonObject o = row(id, name);
            o.insert(u"NativeType"_s, native);
            return o;
        };
        QTest::newRow("pt") << QList<QJsonObject>{t(2, u"Texto multilinha"_s, u"BigString"_s),
                                                  t(18, u"Imagem"_s, u"String"_s),
                                                  t(1, u"Texto simples"_s, u"String"_s)}
                            << qint64(1);
        QTest::newRow("en") << QList<QJsonObject>{t(9, u"E-mail"_s, u"String"_s), t(3, u"Text"_s, u"String"_s)}
                            << qint64(3);
        QTest::newRow("name but not a String") << QList<QJsonObject>{t(1, u"Texto"_s, u"BigString"_s)} << qint64(0);
        QTest::newRow("no prefix: Texto multilinha as String")
            << QList<QJsonObject>{t(2, u"Texto multilinha"_s, u"String"_s)} << qint64(0);
        QTest::newRow("empty") << QList<QJsonObject>{} << qint64(0);
    }

    void textFieldType()
    {
        QFETCH(QList<QJsonObject>, rows);
        QFETCH(qint64, id);
        const Choice c = Lookups::textFieldType(rows);
        QCOMPARE(c.id, id);
        QVERIFY(!c.reason.isEmpty());
    }

    void phonesAndStatuses()
    {
        const QList<QJsonObject> pt = {row(1, u"Comercial"_s), row(2, u"Celular"_s), row(4, u"Fax"_s),
                                       row(5, u"Fax residencial"_s)};
        QCOMPARE(Lookups::phoneType(PhoneKind::Work, pt).id, 1);
        QCOMPARE(Lookups::phoneType(PhoneKind::Mobile, pt).id, 2);
        QCOMPARE(Lookups::phoneType(PhoneKind::Fax, pt).id, 4);
        const QList<QJsonObject> en = {row(7, u"Work"_s), row(8, u"Mobile"_s)};
        QCOMPARE(Lookups::phoneType(PhoneKind::Work, en).id, 7);
        QCOMPARE(Lookups::phoneType(PhoneKind::Mobile, en).id, 8);
        const Choice noFax = Lookups::phoneType(PhoneKind::Fax, en);
        QCOMPARE(noFax.id, 0);
        QVERIFY(noFax.reason.contains(u"Fax"_s));
        // "Ativo" is a prefix of nothing here, but "Inativo" must never be taken for "Ativo" or vice versa.
        const QList<QJsonObject> statuses = {row(124, u"Inativo"_s), row(123, u"Ativo"_s), row(125, u"Ativo VIP"_s)};
        QCOMPARE(Lookups::contactStatus(true, statuses).id, 123);
        QCOMPARE(Lookups::contactStatus(false, statuses).id, 124);
        QCOMPARE(Lookups::contactStatus(true, {row(1, u"Active"_s), row(2, u"Inactive"_s)}).id, 1);
        QCOMPARE(Lookups::contactStatus(false, {row(1, u"Ativo"_s)}).id, 0);
    }

    void currencies()
    {
        auto c = [](qint64 id, const QString &name, const QString &shortName) {
            QJsonObject o = row(id, name);
            o.insert(u"Short"_s, shortName);
            return o;
        };
        QCOMPARE(Lookups::currency({c(1, u"Real"_s, u"BRL"_s), c(2, u"Dólar"_s, u"USD"_s)}).id, 1);
        const Choice atTwo = Lookups::currency({c(1, u"Dólar"_s, u"USD"_s), c(2, u"Real"_s, u"BRL"_s)});
        QCOMPARE(atTwo.id, 2);
        QVERIFY(atTwo.reason.contains(u"Short 'BRL'"_s));
        QCOMPARE(Lookups::currency({row(5, u"Real"_s), row(6, u"Euro"_s)}).id, 5); // no Short: exact name
        const Choice none = Lookups::currency({c(1, u"Dólar"_s, u"USD"_s)});
        QCOMPARE(none.id, 0);
        QVERIFY(!none.reason.isEmpty());
        QCOMPARE(Lookups::currency({}).id, 0);
    }
};

QTEST_GUILESS_MAIN(TstPloomesLookups)
#include "tst_ploomeslookups.moc"
