// The typed Ploomes records read what /Contacts, /Products, /Orders, /Users, /Cities, /Tags… answer, in every shape the
// reference allows (ploomes-api.md §2, §7): nulls, missing properties and the 🟡 readings.
#include "ploomes/typedrecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QtTest>

using namespace Ponte::Ploomes;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Ponte::Ploomes::ContactType)

namespace {
QJsonObject parse(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QDateTime brasilia(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(-3 * 3600));
}
} // namespace

class TstPloomesRecords : public QObject
{
    Q_OBJECT

private slots:
    void contact_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<ContactType>("type");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("legalName");
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("zipCode");
        QTest::addColumn<qint64>("cityId");
        QTest::addColumn<qint64>("stateId");
        QTest::addColumn<qint64>("ownerId");

        // The create answer of ref §2.1, ZipCode sent as digits in a string.
        QTest::newRow("company, ZipCode as string")
            << parse(R"({"Id": 401234567, "TypeId": 1, "Name": "ACME", "LegalName": "ACME COMERCIO LTDA",
                         "CNPJ": "12345678000190", "CPF": null, "Email": "compras@acme.com.br", "OwnerId": 10025735,
                         "ZipCode": "13010000", "CityId": 3941, "StateId": 25, "CountryId": 76})")
            << qint64(401234567) << ContactType::Company << u"ACME"_s << u"ACME COMERCIO LTDA"_s << u"12345678000190"_s
            << u"13010000"_s << qint64(3941) << qint64(25) << qint64(10025735);
        // §7.2: ZipCode typed number loses the leading zero of a São Paulo CEP; it comes back whole.
        QTest::newRow("ZipCode as number, leading zero restored")
            << parse(R"({"Id": 7, "TypeId": 1, "Name": "Loja SP", "CNPJ": "11.222.333/0001-81", "ZipCode": 1310100})")
            << qint64(7) << ContactType::Company << u"Loja SP"_s << QString() << u"11.222.333/0001-81"_s
            << u"01310100"_s << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("person: CPF when there is no CNPJ")
            << parse(R"({"Id": 8, "TypeId": 2, "Name": "Maria", "CNPJ": "", "CPF": "123.456.789-09",
                         "ZipCode": null, "CityId": null, "OwnerId": null})")
            << qint64(8) << ContactType::Person << u"Maria"_s << QString() << u"123.456.789-09"_s << QString()
            << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("ids as strings") << parse(R"({"Id": "9", "TypeId": "2", "CityId": "3941", "StateId": "25"})")
                                        << qint64(9) << ContactType::Person << QString() << QString() << QString()
                                        << QString() << qint64(3941) << qint64(25) << qint64(0);
        QTest::newRow("only an id") << parse(R"({"Id": 10})") << qint64(10) << ContactType::Unknown << QString()
                                    << QString() << QString() << QString() << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("unknown TypeId") << parse(R"({"Id": 11, "TypeId": 3, "Name": "X"})") << qint64(11)
                                        << ContactType::Unknown << u"X"_s << QString() << QString() << QString()
                                        << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("empty object") << QJsonObject() << qint64(0) << ContactType::Unknown << QString() << QString()
                                      << QString() << QString() << qint64(0) << qint64(0) << qint64(0);
    }
    void contact()
    {
        QFETCH(QJsonObject, json);
        const Contact c = Contact::fromJson(json);
        QFETCH(qint64, id);
        QCOMPARE(c.id, id);
        QFETCH(ContactType, type);
        QCOMPARE(c.type, type);
        QFETCH(QString, name);
        QCOMPARE(c.name, name);
        QFETCH(QString, legalName);
        QCOMPARE(c.legalName, legalName);
        QFETCH(QString, document);
        QCOMPARE(c.document(), document);
        QFETCH(QString, zipCode);
        QCOMPARE(c.address.zipCode, zipCode);
        QFETCH(qint64, cityId);
        QCOMPARE(c.address.cityId, cityId);
        QFETCH(qint64, stateId);
        QCOMPARE(c.address.stateId, stateId);
        QFETCH(qint64, ownerId);
        QCOMPARE(c.ownerId, ownerId);
        QCOMPARE(c.json(), json); // the mapping engine reads the user-mapped properties from it
    }

    void contactDetails()
    {
        // The expand Ponte reads with (Phones, Tags($expand=Tag), OtherProperties), in the list shape of §2.7.
        const Contact c = Contact::fromJson(parse(R"({
            "Id": 12, "TypeId": 1, "Name": "ACME", "Register": "12345678000190", "Email": "compras@acme.com.br",
            "StreetAddress": "Rua X", "StreetAddressNumber": "100", "StreetAddressLine2": "Sala 2",
            "Neighborhood": "Centro", "CountryId": 76, "StatusId": 123, "CompanyId": null,
            "LastUpdateDate": "2026-11-28T10:15:00-03:00", "CreateDate": "2024-02-28T19:00:01.213",
            "Phones": [{"PhoneNumber": "(19) 3333-4444", "TypeId": 1, "CountryId": 76},
                       {"PhoneNumber": "(19) 98888-7777", "TypeId": null}],
            "Tags": [{"TagId": 643, "ContactId": 12, "Tag": {"Id": 643, "Name": "VIP"}}, {"TagId": 644}, {}],
            "OtherProperties": [{"FieldKey": "contact_1A2B", "StringValue": "11118224339", "IntegerValue": null},
                                {"FieldKey": "contact_3C4D", "StringValue": null, "IntegerValue": 42}]})"));
        QCOMPARE(c.registerNumber, u"12345678000190"_s);
        QCOMPARE(c.document(), QString()); // Register is read, not taken for the CNPJ/CPF
        QCOMPARE(c.email, u"compras@acme.com.br"_s);
        QCOMPARE(c.address.street, u"Rua X"_s);
        QCOMPARE(c.address.number, u"100"_s);
        QCOMPARE(c.address.line2, u"Sala 2"_s);
        QCOMPARE(c.address.neighborhood, u"Centro"_s);
        QCOMPARE(c.address.countryId, qint64(76));
        QCOMPARE(c.statusId, qint64(123));
        QCOMPARE(c.companyId, qint64(0));
        QCOMPARE(c.lastUpdate, brasilia(2026, 11, 28, 10, 15));
        // Without an offset the time is Brasília's, not the machine's.
        QCOMPARE(c.created.toUTC(), QDateTime(QDate(2024, 2, 28), QTime(22, 0, 1, 213), Qt::UTC));
        QCOMPARE(c.phones.size(), 2);
        QCOMPARE(c.phones.at(0).number, u"(19) 3333-4444"_s);
        QCOMPARE(c.phones.at(0).typeId, qint64(1));
        QCOMPARE(c.phones.at(0).countryId, qint64(76));
        QCOMPARE(c.phones.at(1).typeId, qint64(0));
        QCOMPARE(c.tagIds, (QList<qint64>{643, 644}));
        QCOMPARE(c.otherString(u"contact_1A2B"_s), u"11118224339"_s);
        QCOMPARE(c.otherString(u"contact_3C4D"_s), u"42"_s);
        QCOMPARE(c.otherString(u"contact_none"_s), QString());
    }

    void contactFromWebhook()
    {
        // Webhook payloads: OtherProperties as a flat map, dates without offset (§2.8).
        const Contact c = Contact::fromJson(parse(
            R"({"Id": 13, "Name": "B", "LastUpdateDate": "2024-02-28T19:00:01.213",
                "OtherProperties": {"contact_1A2B": 744747}})"));
        QCOMPARE(c.otherString(u"contact_1A2B"_s), u"744747"_s);
        QCOMPARE(c.lastUpdate.toUTC(), QDateTime(QDate(2024, 2, 28), QTime(22, 0, 1, 213), Qt::UTC));
    }

    void contactBody()
    {
        QJsonObject body{{u"Email"_s, u"a@b.c"_s}};
        QCOMPARE(Contact::nameIn(body), QString());
        QVERIFY(!Contact::hasType(body));
        Contact::setName(body, u"ACME"_s);
        Contact::setType(body, ContactType::Person);
        QVERIFY(Contact::hasType(body));
        QCOMPARE(Contact::nameIn(body), u"ACME"_s);
        // The shape of ref §2.1's POST /Contacts: TypeId a number, 1 company and 2 person.
        QCOMPARE(body, parse(R"({"Email": "a@b.c", "Name": "ACME", "TypeId": 2})"));
        Contact::setType(body, ContactType::Company);
        QCOMPARE(body.value(u"TypeId"_s), QJsonValue(1));
        QCOMPARE(Contact::withIds({1, 2}), u"(Id eq 1 or Id eq 2)"_s);
    }

    void product_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("familyId");
        QTest::addColumn<qint64>("groupId");
        QTest::addColumn<double>("unitPrice");
        QTest::addColumn<bool>("suspended");

        QTest::newRow("ref §2.2 create answer")
            << parse(R"({"Id": 414, "Name": "Parafuso 10mm", "Code": "PRF-10", "GroupId": 7344, "FamilyId": 11935,
                         "MeasurementUnit": "UN", "CurrencyId": 1, "UnitPrice": 10.6, "Suspended": false})")
            << qint64(414) << u"Parafuso 10mm"_s << u"PRF-10"_s << qint64(11935) << qint64(7344) << 10.6 << false;
        // PATCH of §2.2 sends "Code": null; a numeric-looking code may come back as a number.
        QTest::newRow("null code") << parse(R"({"Id": 415, "Name": "Produto 211", "Code": null, "UnitPrice": null})")
                                   << qint64(415) << u"Produto 211"_s << QString() << qint64(0) << qint64(0) << 0.0
                                   << false;
        QTest::newRow("numeric code") << parse(R"({"Id": 416, "Code": 3270004593, "UnitPrice": "12.5"})") << qint64(416)
                                      << QString() << u"3270004593"_s << qint64(0) << qint64(0) << 12.5 << false;
        // Whether FamilyId comes with the product is 🟡: missing reads as none.
        QTest::newRow("no family, suspended")
            << parse(R"({"Id": 417, "GroupId": 7344, "Suspended": true})") << qint64(417) << QString() << QString()
            << qint64(0) << qint64(7344) << 0.0 << true;
        QTest::newRow("empty object") << QJsonObject() << qint64(0) << QString() << QString() << qint64(0) << qint64(0)
                                      << 0.0 << false;
    }
    void product()
    {
        QFETCH(QJsonObject, json);
        const Product p = Product::fromJson(json);
        QFETCH(qint64, id);
        QCOMPARE(p.id, id);
        QFETCH(QString, name);
        QCOMPARE(p.name, name);
        QFETCH(QString, code);
        QCOMPARE(p.code, code);
        QFETCH(qint64, familyId);
        QCOMPARE(p.familyId, familyId);
        QFETCH(qint64, groupId);
        QCOMPARE(p.groupId, groupId);
        QFETCH(double, unitPrice);
        QCOMPARE(p.unitPrice, unitPrice);
        QFETCH(bool, suspended);
        QCOMPARE(p.suspended, suspended);
        QCOMPARE(p.json(), json);
    }

    void productDetails()
    {
        const Product p = Product::fromJson(parse(
            R"({"Id": 1, "MeasurementUnit": "kg", "CurrencyId": 1, "LastUpdateDate": "2026-11-28T10:15:00-03:00",
                "OtherProperties": [{"FieldKey": "product_9F1C", "StringValue": "3270004593"}]})"));
        QCOMPARE(p.measurementUnit, u"kg"_s);
        QCOMPARE(p.currencyId, qint64(1));
        QCOMPARE(p.lastUpdate, brasilia(2026, 11, 28, 10, 15));
        QCOMPARE(p.otherString(u"product_9F1C"_s), u"3270004593"_s);
    }

    void productBody()
    {
        QJsonObject body{{u"Name"_s, u"  "_s}, {u"Code"_s, u"PRF-10"_s}};
        QCOMPARE(Product::nameIn(body), u"  "_s);
        Product::setName(body, u"PRF-10"_s);
        Product::setGroup(body, 7344);
        // The shape of ref §2.2's POST /Products.
        QCOMPARE(body, parse(R"({"Name": "PRF-10", "Code": "PRF-10", "GroupId": 7344})"));
        Product::clearGroup(body);
        QVERIFY(!body.contains(u"GroupId"_s));
        QCOMPARE(Product::inFamily(11935), u"FamilyId eq 11935"_s);
    }

    void order_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("label");
        QTest::addColumn<qint64>("contactId");
        QTest::addColumn<qint64>("ownerId");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("hasLines");
        QTest::addColumn<int>("lineCount");
        QTest::addColumn<double>("amount");

        // The body of ref §2.3's POST /Orders as it comes back: Date with its offset.
        QTest::newRow("ref §2.3 body, Date with offset")
            << parse(R"({"Id": 555886, "OrderNumber": "871", "ContactId": 3017, "DealId": 501090282,
                         "OwnerId": 10025735, "Date": "2024-03-01T00:00:00-03:00", "CurrencyId": 1, "Amount": 905,
                         "Products": [{"ProductId": 414, "CurrencyId": 1, "Quantity": 10, "UnitPrice": 90.5,
                                       "Discount": 0, "Total": 905}]})")
            << qint64(555886) << u"871"_s << qint64(3017) << qint64(10025735) << QDate(2024, 3, 1) << true << 1
            << 905.0;
        // 🟡 S6's production read: OrderNumber a number, no ContactId selected, lines with an expanded Product.
        QTest::newRow("S6 read shape, OrderNumber a number")
            << parse(R"({"Id": 12345, "OrderNumber": 871, "Amount": 200.0, "Products": [{"ProductId": 414,
                         "Quantity": 2, "UnitPrice": 100.00, "Total": 200.00, "Discount": 0,
                         "Product": {"Id": 414, "Name": "Pacote", "Code": "PCT-50"}}]})")
            << qint64(12345) << u"871"_s << qint64(0) << qint64(0) << QDate() << true << 1 << 200.0;
        // Ids as strings, Date without offset (Brasília time, as webhook payloads send it), Products not expanded.
        QTest::newRow("ids as strings, Date without offset, no Products")
            << parse(R"({"Id": "77", "ContactId": "3017", "OwnerId": "9", "Date": "2026-11-30T23:30:00",
                         "Amount": "12.5"})")
            << qint64(77) << u"77"_s << qint64(3017) << qint64(9) << QDate(2026, 11, 30) << false << 0 << 12.5;
        QTest::newRow("nulls everywhere")
            << parse(R"({"Id": 5, "OrderNumber": null, "ContactId": null, "OwnerId": null, "Date": null,
                         "Amount": null, "Products": []})")
            << qint64(5) << u"5"_s << qint64(0) << qint64(0) << QDate() << true << 0 << 0.0;
        QTest::newRow("empty object") << QJsonObject() << qint64(0) << u"0"_s << qint64(0) << qint64(0) << QDate()
                                      << false << 0 << 0.0;
    }

    void order()
    {
        QFETCH(QJsonObject, json);
        const Order o = Order::fromJson(json);
        QTEST(o.id, "id");
        QTEST(o.label(), "label");
        QTEST(o.contactId, "contactId");
        QTEST(o.ownerId, "ownerId");
        QTEST(o.day(), "day");
        QTEST(o.hasLines, "hasLines");
        QTEST(int(o.lines.size()), "lineCount");
        QTEST(o.amount, "amount");
        QCOMPARE(o.json(), json);
    }

    void orderDetails()
    {
        const Order o = Order::fromJson(parse(
            R"({"Id": 41, "StageId": 3, "DealId": "501090282", "CurrencyId": 1, "Discount": 5,
                "CreateDate": "2026-11-02T08:00:00-03:00", "LastUpdateDate": "2026-11-28T10:15:00-03:00",
                "Date": "2026-11-02T00:00:00-03:00",
                "OtherProperties": [{"FieldKey": "order_4C1D", "StringValue": "1234567"}],
                "Products": [{"Id": 9, "ProductId": "414", "ProductName": "Pacote", "Quantity": "3",
                              "UnitPrice": 50, "Discount": 10, "Total": 135, "CurrencyId": 1},
                             {"ProductId": 415, "ProductName": null, "Quantity": 1, "UnitPrice": null}]})"));
        QCOMPARE(o.stageId, qint64(3));
        QCOMPARE(o.dealId, qint64(501090282));
        QCOMPARE(o.currencyId, qint64(1));
        QCOMPARE(o.discount, 5.0);
        QCOMPARE(o.created, brasilia(2026, 11, 2, 8, 0));
        QCOMPARE(o.lastUpdate, brasilia(2026, 11, 28, 10, 15));
        QCOMPARE(o.date, brasilia(2026, 11, 2, 0, 0));
        QCOMPARE(o.otherString(u"order_4C1D"_s), u"1234567"_s);
        QCOMPARE(o.lines.size(), 2);
        // ref §2.3 ✅: Discount is a percentage, 3 × 50 with 10 gives 135.
        const OrderLine &a = o.lines.at(0);
        QCOMPARE(a.id, qint64(9));
        QCOMPARE(a.productId, qint64(414));
        QCOMPARE(a.productName, u"Pacote"_s);
        QCOMPARE(a.quantity, 3.0);
        QCOMPARE(a.unitPrice, 50.0);
        QCOMPARE(a.discount, 10.0);
        QCOMPARE(a.total, 135.0);
        QCOMPARE(a.currencyId, qint64(1));
        // A line without ProductName (and no expanded Product) has none: the step names it by its product id.
        const OrderLine &b = o.lines.at(1);
        QCOMPARE(b.productId, qint64(415));
        QCOMPARE(b.productName, QString());
        QCOMPARE(b.unitPrice, 0.0);
        QCOMPARE(b.currencyId, qint64(0));
        // A date-only Date (some integrators send one) is midnight in Brasília.
        QCOMPARE(Order::fromJson(parse(R"({"Date": "2026-11-02"})")).day(), QDate(2026, 11, 2));
    }

    void orderBody()
    {
        // The create body of ref §2.3 ✅ S2, built as the order step builds it.
        QJsonObject body{{u"OtherProperties"_s, QJsonArray{}}};
        Order::setContact(body, 3017);
        Order::setOwner(body, 10025735);
        Order::setDate(body, QDate(2024, 3, 1));
        Order::setLines(body, {OrderLine::body(414, 10, 90.5, 0, 905, 1)}, 905, 1);
        QCOMPARE(body, parse(R"({"ContactId": 3017, "OwnerId": 10025735, "Date": "2024-03-01T00:00:00-03:00",
                                 "CurrencyId": 1, "Amount": 905, "OtherProperties": [],
                                 "Products": [{"ProductId": 414, "CurrencyId": 1, "Quantity": 10,
                                               "UnitPrice": 90.5, "Discount": 0, "Total": 905}]})"));
        // Without a BRL currency none is sent (Ploomes applies the account's); the amount is rounded to cents.
        QJsonObject noCurrency;
        Order::setLines(noCurrency, {OrderLine::body(1, 3, 0.1, 0, 0.3, 0)}, 0.1 + 0.2 + 0.000001, 0);
        QCOMPARE(noCurrency, parse(R"({"Amount": 0.3, "Products": [{"ProductId": 1, "Quantity": 3,
                                       "UnitPrice": 0.1, "Discount": 0, "Total": 0.3}]})"));
        QCOMPARE(noCurrency.value(u"Amount"_s).toDouble(), 0.3);
        // The PATCH of an order that turned out to exist keeps everything but the lines and the contact.
        QCOMPARE(Order::patchOf(body), parse(R"({"OwnerId": 10025735, "Date": "2024-03-01T00:00:00-03:00",
                                                 "CurrencyId": 1, "Amount": 905, "OtherProperties": []})"));
        QCOMPARE(Order::withIds({41, 42}), u"(Id eq 41 or Id eq 42)"_s);
        QCOMPARE(Order::changedAfter(brasilia(2026, 11, 28, 10, 15)), u"LastUpdateDate gt 2026-11-28T10:15:00-03:00"_s);
        QCOMPARE(IdOnly::filter(41), u"Id eq 41"_s);
        QCOMPARE(IdOnly::select(), QStringList{u"Id"_s});
    }

    void user_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("suspended");

        QTest::newRow("ref §2.6") << parse(R"({"Id": 10025735, "Name": "Maria", "Email": "vendas@acme.com.br",
                                               "Suspended": false})")
                                  << qint64(10025735) << u"vendas@acme.com.br"_s << false;
        QTest::newRow("suspended") << parse(R"({"Id": 2, "Email": "x@y.z", "Suspended": true})") << qint64(2)
                                   << u"x@y.z"_s << true;
        // Integration/system users may come without an e-mail (§2.6 🟡).
        QTest::newRow("no e-mail, no Suspended")
            << parse(R"({"Id": 3, "Name": "Integração", "Email": null})") << qint64(3) << QString() << false;
    }
    void user()
    {
        QFETCH(QJsonObject, json);
        const User u = User::fromJson(json);
        QFETCH(qint64, id);
        QCOMPARE(u.id, id);
        QFETCH(QString, email);
        QCOMPARE(u.email, email);
        QFETCH(bool, suspended);
        QCOMPARE(u.suspended, suspended);
    }

    void city_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("ibge");
        QTest::addColumn<qint64>("stateId");

        QTest::newRow("ref §2.1 example")
            << parse(R"({"Id": 3941, "Name": "Campinas", "StateId": 25, "CountryId": 76, "IBGECode": 3509502,
                         "State": {"Id": 25, "Short": "SP"}})")
            << qint64(3941) << u"3509502"_s << qint64(25);
        QTest::newRow("IBGECode as string")
            << parse(R"({"Id": 1, "IBGECode": "3509502"})") << qint64(1) << u"3509502"_s << qint64(0);
        QTest::newRow("no IBGECode") << parse(R"({"Id": 2, "IBGECode": null})") << qint64(2) << QString() << qint64(0);
    }
    void city()
    {
        QFETCH(QJsonObject, json);
        const City c = City::fromJson(json);
        QFETCH(qint64, id);
        QCOMPARE(c.id, id);
        QFETCH(QString, ibge);
        QCOMPARE(c.ibgeCode, ibge);
        QFETCH(qint64, stateId);
        QCOMPARE(c.stateId, stateId);
    }

    void lookupRows()
    {
        const State s = State::fromJson(parse(R"({"Id": 25, "Name": "São Paulo", "CountryId": 76, "Short": "sp"})"));
        QCOMPARE(s.id, qint64(25));
        QCOMPARE(s.uf, u"SP"_s);
        QCOMPARE(s.countryId, qint64(76));

        const Tag t = Tag::fromJson(parse(R"({"Id": 643, "Name": "VIP", "EntityId": 1})"));
        QCOMPARE(t.id, qint64(643));
        QCOMPARE(t.name, u"VIP"_s);
        QCOMPARE(t.entityId, std::optional<qint64>(1));
        QCOMPARE(Tag::fromJson(parse(R"({"Id": 1, "Name": "A"})")).entityId, std::nullopt);
        QCOMPARE(Tag::fromJson(parse(R"({"Id": 1, "EntityId": null})")).entityId, std::nullopt);
        QCOMPARE(Tag::fromJson(parse(R"({"Id": 1, "EntityId": 2})")).entityId, std::optional<qint64>(2));
        QCOMPARE(Tag::createBody(u"VIP"_s, 1, u"#607D8B"_s),
                 parse(R"({"Name": "VIP", "EntityId": 1, "Color": "#607D8B"})"));

        const ProductFamily f = ProductFamily::fromJson(parse(R"({"Id": 11935, "Name": "Produtos"})"));
        QCOMPARE(f.id, qint64(11935));
        QCOMPARE(f.name, u"Produtos"_s);
        QCOMPARE(ProductFamily::createBody(u"Serviços"_s), parse(R"({"Name": "Serviços"})"));

        const ProductGroup g =
            ProductGroup::fromJson(parse(R"({"Id": 7344, "Name": "Produtos", "FamilyId": 11935, "Default": true})"));
        QCOMPARE(g.id, qint64(7344));
        QCOMPARE(g.familyId, qint64(11935));
        QCOMPARE(ProductGroup::fromJson(parse(R"({"Id": 7345, "FamilyId": null})")).familyId, qint64(0));
        QCOMPARE(ProductGroup::createBody(u"Produtos"_s, 11935), parse(R"({"Name": "Produtos", "FamilyId": 11935})"));
    }
};

QTEST_GUILESS_MAIN(TstPloomesRecords)
#include "tst_ploomesrecords.moc"
