#include "net/clock.h"
#include "ploomessimulator.h"
#include "sampledata.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace Ponte;
using namespace Ponte::Sim;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kKey = "test-user-key-0123456789abcdef";

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    QJsonObject json;

    QJsonArray value() const { return json.value(u"value"_s).toArray(); }
    QJsonObject first() const { return value().first().toObject(); }
    QString errorMessage() const { return json.value(u"error"_s).toObject().value(u"message"_s).toString(); }
};

bool waitFinished(QNetworkReply *r, int ms = 10000)
{
    if (r->isFinished())
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(ms);
    loop.exec();
    return r->isFinished();
}

Reply collect(QNetworkReply *r)
{
    Reply out;
    out.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = r->error();
    out.body = r->readAll();
    out.contentType = r->rawHeader("Content-Type");
    out.retryAfter = r->rawHeader("Retry-After");
    out.json = QJsonDocument::fromJson(out.body).object();
    r->deleteLater();
    return out;
}

QByteArray jsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(-3 * 3600)).toString(u"yyyy-MM-dd'T'HH:mm:ss"_s) + u"-03:00"_s;
}

} // namespace

class TstPloomesSimulator : public QObject
{
    Q_OBJECT

private:
    SampleData m_data;
    QNetworkAccessManager *m_nam = nullptr;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PloomesSimulator> m_sim;

    void start(const PloomesLimitsConfig &limits)
    {
        m_sim.reset();
        m_clock = std::make_unique<ManualClock>();
        m_sim = std::make_unique<PloomesSimulator>(nullptr, m_clock.get());
        m_sim->setUserKey(QString::fromLatin1(kKey));
        m_sim->setLimits(limits);
        QVERIFY(m_sim->listen());
        m_sim->seed(m_data);
    }

    static PloomesLimitsConfig unlimited()
    {
        PloomesLimitsConfig l;
        l.requestsPerSecond = 1e6; // functional tests run many requests at one virtual instant
        return l;
    }

    QNetworkReply *begin(const QByteArray &verb,
                         const QString &pathAndQuery,
                         const QByteArray &body = {},
                         const QByteArray &key = kKey)
    {
        QNetworkRequest req(QUrl(m_sim->baseUrl().toString() + pathAndQuery));
        if (!key.isNull())
            req.setRawHeader("User-Key", key);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return m_nam->sendCustomRequest(req, verb, body);
    }

    Reply
    call(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {}, const QByteArray &key = kKey)
    {
        QNetworkReply *r = begin(verb, pathAndQuery, body, key);
        if (!waitFinished(r))
            qWarning("request timed out: %s", qPrintable(pathAndQuery));
        return collect(r);
    }

    Reply get(const QString &pathAndQuery) { return call("GET", pathAndQuery); }
    Reply post(const QString &path, const QJsonObject &body) { return call("POST", path, jsonBytes(body)); }
    Reply patch(const QString &path, const QJsonObject &body) { return call("PATCH", path, jsonBytes(body)); }

    qint64 createGroup()
    {
        const Reply fam = post(u"Products@Families"_s, {{u"Name"_s, u"Produtos"_s}});
        const Reply grp =
            post(u"Products@Groups"_s, {{u"Name"_s, u"Geral"_s}, {u"FamilyId"_s, fam.first().value(u"Id"_s)}});
        return qint64(grp.first().value(u"Id"_s).toDouble());
    }

    QString createField(const QString &name, int entityId, int typeId)
    {
        const Reply r = post(u"Fields"_s, {{u"Name"_s, name}, {u"EntityId"_s, entityId}, {u"TypeId"_s, typeId}});
        return r.first().value(u"Key"_s).toString();
    }

private slots:
    void initTestCase()
    {
        SampleSizes sizes;
        sizes.clients = 10;
        sizes.products = 5;
        sizes.services = 2;
        sizes.orders = 3;
        sizes.serviceOrders = 1;
        sizes.ploomesOnlyContacts = 5;
        sizes.ploomesOnlyOrders = 0; // the functional tests start from an account without products
        m_data = SampleData::generate(sizes, 11);
        m_nam = new QNetworkAccessManager(this);
        m_nam->setProxy(QNetworkProxy::NoProxy);
    }

    void init() { start(unlimited()); }

    void cleanup()
    {
        m_sim.reset();
        m_clock.reset();
        m_nam->clearConnectionCache();
    }

    void authentication()
    {
        Reply r = call("GET", u"Contacts?$top=1"_s, {}, "wrong-key");
        QCOMPARE(r.status, 401);
        QVERIFY(!r.json.value(u"Message"_s).toString().isEmpty()); // ASP.NET-style body for 401
        r = call("GET", u"Account?$top=1&$select=Id"_s, {}, QByteArray());
        QCOMPARE(r.status, 401);
        r = get(u"Account?$top=1&$select=Id"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.first().keys(), QStringList{u"Id"_s});
        r = get(u"Self/"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.first().value(u"Integration"_s).toBool(), true);
        QCOMPARE(m_sim->violations().total(), 0);
    }

    void crmOrdersAreSeededForCrmContactsWithProductsKeptUnderTheirOmieCodes()
    {
        SampleSizes sizes;
        sizes.clients = 10;
        sizes.products = 6;
        sizes.ploomesOnlyContacts = 3;
        sizes.ploomesOnlyOrders = 4;
        const SampleData data = SampleData::generate(sizes, 11);
        m_sim->seed(data);
        const QJsonArray orders = get(u"Orders?$expand=Products"_s).value();
        QCOMPARE(orders.size(), 4);
        QSet<qint64> contacts;
        for (const QJsonValue &c : get(u"Contacts"_s).value())
            contacts.insert(c[u"Id"_s].toInteger());
        QCOMPARE(contacts.size(), 3);
        QHash<QString, QString> omieNames;
        for (const SampleData::Product &p : data.products)
            omieNames.insert(p.code, p.description);
        const QJsonArray families = get(u"Products@Families?$filter=Name eq 'Produtos'"_s).value();
        QCOMPARE(families.size(), 1);
        for (const QJsonValue &order : orders) {
            const QJsonObject o = order.toObject();
            QVERIFY(contacts.contains(o.value(u"ContactId"_s).toInteger()));
            const QJsonArray lines = o.value(u"Products"_s).toArray();
            QVERIFY(!lines.isEmpty());
            double sum = 0;
            for (const QJsonValue &l : lines) {
                sum += l[u"Total"_s].toDouble();
                const QJsonObject product =
                    get(u"Products?$filter=Id eq %1"_s.arg(l[u"ProductId"_s].toInteger())).first();
                QCOMPARE(product.value(u"FamilyId"_s).toInteger(), families.first()[u"Id"_s].toInteger());
                QVERIFY(omieNames.contains(product.value(u"Code"_s).toString()));
                QCOMPARE(product.value(u"Name"_s).toString(), omieNames.value(product.value(u"Code"_s).toString()));
            }
            QCOMPARE(o.value(u"Amount"_s).toDouble(), std::round(sum * 100) / 100);
        }
        // Each product once, however many orders use it.
        QSet<QString> codes;
        const QJsonArray products = get(u"Products"_s).value();
        for (const QJsonValue &p : products)
            codes.insert(p[u"Code"_s].toString());
        QCOMPARE(codes.size(), products.size());
    }

    void seededLookups()
    {
        const QString email = m_data.sellers.first().email;
        Reply r = get(u"Users?$select=Id,Name,Email,Suspended&$filter=Email eq '%1'"_s.arg(email));
        QCOMPARE(r.value().size(), 1);
        QCOMPARE(r.first().value(u"Suspended"_s).toBool(true), false);
        QCOMPARE(get(u"Users"_s).value().size(), m_data.sellers.size() + 2);
        r = get(u"Users?$select=Active"_s); // Users have Suspended, not Active
        QCOMPARE(r.status, 400);
        QCOMPARE(get(u"Cities@Countries@States?$filter=CountryId eq 76"_s).value().size(), 27);
        r = get(u"Cities@Countries@States?$filter=Short eq 'SP'"_s);
        QCOMPARE(r.first().value(u"Id"_s).toInt(), 25);
        QCOMPARE(get(u"Currencies"_s).first().value(u"Id"_s).toInt(), 1);
        QCOMPARE(get(u"Webhooks@Actions"_s).value().size(), 5);
        QCOMPARE(get(u"Contacts@Types"_s).value().size(), 2);
        QCOMPARE(get(u"Fields@Types?$filter=Id eq 7"_s).first().value(u"NativeType"_s).toString(), u"Integer"_s);
        QCOMPARE(get(u"Fields@Entities?$filter=Id eq 10"_s).first().value(u"Name"_s).toString(), u"Produto"_s);
        QCOMPARE(get(u"contacts"_s).value().size(), 5); // collection names match case-insensitively
        QCOMPARE(get(u"Products"_s).value().size(), 0);
        QCOMPARE(get(u"Products@Groups"_s).value().size(), 0);
        QCOMPARE(get(u"Fields?$filter=Name eq 'Id (Omie)'"_s).value().size(), 0);
        QCOMPARE(get(u"Nonexistent"_s).status, 404);
        // Seeded contacts: city from IBGE, phones, owner from the seller, documents as digits.
        const auto &c = m_data.ploomesOnlyContacts.first();
        r = get(u"Contacts?$filter=%1 eq '%2'&$expand=Phones,City,Owner($select=Email),Tags"_s.arg(
            c.person ? u"CPF"_s : u"CNPJ"_s, c.document));
        QCOMPARE(r.value().size(), 1);
        const QJsonObject contact = r.first();
        QCOMPARE(contact.value(u"City"_s).toObject().value(u"IBGECode"_s).toDouble(), double(c.city.ibge));
        QVERIFY(!contact.value(u"Phones"_s).toArray().isEmpty());
        if (c.sellerIndex >= 0)
            QCOMPARE(contact.value(u"Owner"_s).toObject().value(u"Email"_s).toString(),
                     m_data.sellers.at(c.sellerIndex).email);
        QVERIFY(!contact.contains(u"OtherProperties"_s)); // only expanded navigations are returned
    }

    void pagingAndPageCap()
    {
        for (int i = 0; i < 700; ++i)
            m_sim->insert(u"Contacts"_s, {{u"TypeId"_s, 2}, {u"Name"_s, u"Pessoa %1"_s.arg(i)}});
        QCOMPARE(m_sim->count(u"Contacts"_s), 705);
        QSet<qint64> ids;
        int skip = 0;
        QList<int> sizes;
        while (true) {
            const Reply r = get(u"Contacts?$select=Id&$orderby=Id&$top=300&$skip=%1"_s.arg(skip));
            QCOMPARE(r.status, 200);
            QVERIFY(r.json.value(u"@odata.context"_s).toString().contains(u"$metadata#Contacts"_s));
            for (const QJsonValue &v : r.value())
                ids.insert(qint64(v.toObject().value(u"Id"_s).toDouble()));
            sizes.append(int(r.value().size()));
            if (r.value().size() < 300)
                break;
            skip += 300;
        }
        QCOMPARE(sizes, (QList<int>{300, 300, 105}));
        QCOMPARE(ids.size(), 705);
        QCOMPARE(get(u"Contacts?$top=1000"_s).value().size(), 300); // silently truncated
        QCOMPARE(get(u"Contacts"_s).value().size(), 300);
        const Reply counted = get(u"Contacts?$top=0&$count=true"_s);
        QCOMPARE(counted.json.value(u"@odata.count"_s).toInt(), 705);
        QCOMPARE(get(u"Contacts?$top=-1"_s).status, 400);
    }

    void filters()
    {
        // LastUpdateDate after a user edit.
        const qint64 target = qint64(m_sim->records(u"Contacts"_s).at(2).value(u"Id"_s).toDouble());
        m_clock->advance(60'000);
        const qint64 watermark = m_clock->nowMs();
        m_clock->advance(5'000);
        QVERIFY(m_sim->modify(u"Contacts"_s, target, {{u"Note"_s, u"editado no CRM"_s}}));
        Reply r = get(u"Contacts?$filter=LastUpdateDate gt %1&$orderby=LastUpdateDate&$select=Id,LastUpdateDate"_s.arg(
            iso(watermark)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.value().size(), 1);
        QCOMPARE(qint64(r.first().value(u"Id"_s).toDouble()), target);
        QCOMPARE(r.first().value(u"LastUpdateDate"_s).toString(), iso(m_clock->nowMs()));
        // The same instant in UTC and in the v3 typed form.
        const QString utc = QDateTime::fromMSecsSinceEpoch(watermark, Qt::UTC).toString(Qt::ISODate);
        QCOMPARE(get(u"Contacts?$filter=LastUpdateDate gt %1"_s.arg(utc)).value().size(), 1);
        // An unencoded '+' offset turns into a space, as on the real service.
        QCOMPARE(get(u"Contacts?$filter=LastUpdateDate gt 2020-01-01T00:00:00+03:00"_s).status, 400);
        QCOMPARE(get(u"Contacts?$filter=LastUpdateDate gt 2020-01-01T00:00:00%2B03:00"_s).value().size(), 5);

        // Quotes escaped by doubling.
        r = post(u"Contacts"_s, {{u"TypeId"_s, 2}, {u"Name"_s, u"Maria D'Ávila"_s}});
        QCOMPARE(r.status, 200);
        r = get(u"Contacts?$filter=Name eq 'Maria D''Ávila'"_s);
        QCOMPARE(r.value().size(), 1);
        QCOMPARE(r.first().value(u"Name"_s).toString(), u"Maria D'Ávila"_s);
        QCOMPARE(get(u"Contacts?$filter=Name eq 'Maria D'Ávila'"_s).status, 400);
        QCOMPARE(get(u"Contacts?$filter=contains(Name,'d''ávila')"_s).value().size(), 1);
        QCOMPARE(get(u"Contacts?$filter=startswith(Name,'Maria') and not endswith(Name,'x')"_s).value().size(), 1);

        // Cities by IBGE code, navigation paths, type checking.
        r = get(u"Cities?$filter=IBGECode eq 3509502&$expand=State($select=Id,Short)"_s);
        QCOMPARE(r.value().size(), 1);
        QCOMPARE(r.first().value(u"Name"_s).toString(), u"Campinas"_s);
        QCOMPARE(r.first().value(u"State"_s).toObject().value(u"Short"_s).toString(), u"SP"_s);
        QCOMPARE(r.first().value(u"State"_s).toObject().keys(), (QStringList{u"Id"_s, u"Short"_s}));
        int spCities = 0;
        for (const City &c : brazilianCities())
            spCities += c.uf == u"SP"_s ? 1 : 0;
        QCOMPARE(get(u"Cities?$filter=State/Short eq 'SP'"_s).value().size(), spCities);
        QCOMPARE(
            get(u"Cities?$filter=(State/Short eq 'SP' or State/Short eq 'RJ') and Name ne 'Santos'"_s).value().size(),
            spCities + 1);
        r = get(u"Cities?$filter=IBGECode eq '3509502'"_s);
        QCOMPARE(r.status, 400); // Edm.Int vs Edm.String
        QVERIFY(r.errorMessage().contains(u"incompatible"_s));
        QCOMPARE(get(u"Cities?$filter=Population gt 5"_s).status, 400);
        QCOMPARE(get(u"Cities?$filter=Name eq"_s).status, 400);
        QCOMPARE(get(u"Cities?$filter=Name eq 'unterminated"_s).status, 400);
        QCOMPARE(get(u"Cities?$bogus=1"_s).status, 400);
        QCOMPARE(get(u"Contacts?$filter=Status/Name eq 'Ativo' and City ne null&$expand=Status"_s).status, 200);
        QCOMPARE(get(u"Contacts?$filter=CPF eq null and TypeId eq 1"_s).status, 200);
        QVERIFY(!get(u"Contacts?$filter=Phones/any(p: contains(p/PhoneNumber,'('))"_s).value().isEmpty());
        QVERIFY(!get(u"Contacts?$filter=Tags/any(t: t/TagId eq 643)"_s).value().isEmpty());
        QCOMPARE(get(u"Contacts?$filter=Phones/PhoneNumber eq '1'"_s).status, 400);
    }

    void selectExpandOrderBy()
    {
        Reply r = get(u"Contacts?$select=Id,Name&$orderby=Name desc"_s);
        QCOMPARE(r.status, 200);
        QString previous;
        for (const QJsonValue &v : r.value()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.keys(), (QStringList{u"Id"_s, u"Name"_s}));
            if (!previous.isEmpty())
                QVERIFY(QString::compare(previous, o.value(u"Name"_s).toString(), Qt::CaseInsensitive) >= 0);
            previous = o.value(u"Name"_s).toString();
        }
        r = get(u"Contacts?$orderby=TypeId asc, Id desc&$select=Id,TypeId"_s);
        for (int i = 1; i < r.value().size(); ++i) {
            const QJsonObject a = r.value().at(i - 1).toObject();
            const QJsonObject b = r.value().at(i).toObject();
            QVERIFY(a.value(u"TypeId"_s).toInt() < b.value(u"TypeId"_s).toInt()
                    || (a.value(u"TypeId"_s).toInt() == b.value(u"TypeId"_s).toInt()
                        && a.value(u"Id"_s).toDouble() > b.value(u"Id"_s).toDouble()));
        }
        r = get(u"Contacts?$top=1&$select=Id&$expand=Owner($select=Id,Name),City($expand=State($select=Short)),"
                "Phones($select=PhoneNumber;$expand=Type),Tags($expand=Tag),Type,Status,OtherProperties"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject c = r.first();
        QVERIFY(c.value(u"City"_s).toObject().value(u"State"_s).toObject().contains(u"Short"_s));
        QVERIFY(c.value(u"Type"_s).toObject().contains(u"Name"_s));
        QVERIFY(c.value(u"OtherProperties"_s).isArray());
        const QJsonObject phone = c.value(u"Phones"_s).toArray().first().toObject();
        QVERIFY(phone.value(u"Type"_s).toObject().contains(u"Name"_s));
        QCOMPARE(phone.keys(), (QStringList{u"PhoneNumber"_s, u"Type"_s}));
        QCOMPARE(c.value(u"Tags"_s).toArray().first().toObject().value(u"Tag"_s).toObject().value(u"Name"_s).toString(),
                 u"Cliente"_s);
        QCOMPARE(get(u"Contacts?$expand=Name"_s).status, 400);
        QCOMPARE(get(u"Contacts?$expand=Nothing"_s).status, 400);
        QCOMPARE(get(u"Contacts?$expand=City($expand=State($expand=Country))"_s).status, 200);
        QCOMPARE(get(u"Contacts?$expand=Company($expand=City($expand=State($expand=Country)))"_s).status, 400);
        QCOMPARE(get(u"Contacts?$select=Id&$expand=Phones($filter=TypeId eq 2)"_s).status, 200);
        // Single record and Fields by key use the same envelope.
        const qint64 id = qint64(r.first().value(u"Id"_s).toDouble());
        r = get(u"Contacts(%1)?$select=Id,Name"_s.arg(id));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.value().size(), 1);
        QCOMPARE(get(u"Contacts(1)"_s).status, 404);
        r = get(u"Fields('contact_name')"_s);
        QCOMPARE(r.first().value(u"PropertyName"_s).toString(), u"Name"_s);
    }

    void contactValidation()
    {
        const QString cnpj = cnpjFromBase(u"123456780001"_s);
        Reply r =
            post(u"Contacts?$expand=Phones,Tags"_s,
                 {{u"Id"_s, 5}, // read-only: ignored
                  {u"CreateDate"_s, u"2001-01-01T00:00:00-03:00"_s},
                  {u"TypeId"_s, 1},
                  {u"Name"_s, u"ACME"_s},
                  {u"LegalName"_s, u"ACME COMERCIO LTDA"_s},
                  {u"CNPJ"_s, formatCnpj(cnpj)},
                  {u"Email"_s, u"compras@acme.com.br"_s},
                  {u"CityId"_s, 3942}, // Campinas, second seeded city
                  {u"ZipCode"_s, u"13010-000"_s},
                  {u"Phones"_s, QJsonArray{QJsonObject{{u"PhoneNumber"_s, u"(19) 3333-4444"_s}, {u"TypeId"_s, 1}}}},
                  {u"Tags"_s, QJsonArray{QJsonObject{{u"TagId"_s, 644}}}}});
        QCOMPARE(r.status, 200);
        const QJsonObject c = r.first();
        QVERIFY(c.value(u"Id"_s).toDouble() > 5);
        QCOMPARE(c.value(u"CNPJ"_s).toString(), cnpj);
        QCOMPARE(c.value(u"StateId"_s).toInt(), 25);
        QCOMPARE(c.value(u"CountryId"_s).toInt(), 76);
        QCOMPARE(c.value(u"ZipCode"_s).toInteger(), 13010000); // a number (§7.2)
        QCOMPARE(c.value(u"CreateDate"_s).toString(), iso(m_clock->nowMs()));
        const double selfId = get(u"Self"_s).first().value(u"Id"_s).toDouble();
        QCOMPARE(c.value(u"CreatorId"_s).toDouble(), selfId);
        QCOMPARE(c.value(u"OwnerId"_s).toDouble(), selfId);
        QCOMPARE(c.value(u"Phones"_s).toArray().size(), 1);
        QCOMPARE(c.value(u"Phones"_s).toArray().first().toObject().value(u"CountryId"_s).toInt(), 76);
        QCOMPARE(c.value(u"Tags"_s).toArray().first().toObject().value(u"TagId"_s).toInt(), 644);
        QVERIFY(m_sim->record(u"Contacts"_s, qint64(c.value(u"Id"_s).toDouble())));

        const int before = m_sim->count(u"Contacts"_s);
        auto refused = [&](const QJsonObject &body, const QString &needle) {
            const Reply bad = post(u"Contacts"_s, body);
            if (bad.status != 400 || !bad.errorMessage().contains(needle, Qt::CaseInsensitive)) {
                qWarning("%d %s", bad.status, bad.body.constData());
                return false;
            }
            return !bad.json.value(u"error"_s).toObject().value(u"code"_s).toString().isEmpty();
        };
        QVERIFY(refused({{u"TypeId"_s, 2}, {u"Name"_s, u"João"_s}, {u"CPF"_s, u"529.982.247-26"_s}}, u"CPF"_s));
        QVERIFY(refused({{u"TypeId"_s, 2}, {u"Name"_s, u"João"_s}, {u"CityId"_s, 999999}}, u"CityId"_s));
        QVERIFY(refused({{u"Name"_s, u"Sem tipo"_s}}, u"TypeId"_s));
        QVERIFY(refused({{u"TypeId"_s, 3}, {u"Name"_s, u"Tipo 3"_s}}, u"TypeId"_s));
        QVERIFY(refused({{u"TypeId"_s, 1}}, u"Name"_s));
        QVERIFY(refused({{u"TypeId"_s, 1}, {u"Name"_s, u"X"_s}, {u"CPF"_s, u"52998224725"_s}}, u"CPF"_s));
        QVERIFY(refused({{u"TypeId"_s, 1}, {u"Name"_s, u"X"_s}, {u"CNPJ"_s, u"11.222.333/0001-82"_s}}, u"CNPJ"_s));
        QVERIFY(refused({{u"TypeId"_s, 1}, {u"Name"_s, u"X"_s}, {u"OwnerId"_s, 42}}, u"OwnerId"_s));
        QVERIFY(refused({{u"TypeId"_s, 1}, {u"Name"_s, u"X"_s}, {u"StatusId"_s, 1}}, u"StatusId"_s));
        QVERIFY(
            refused({{u"TypeId"_s, 1}, {u"Name"_s, u"X"_s}, {u"CityId"_s, 3942}, {u"StateId"_s, 19}}, u"StateId"_s));
        QVERIFY(refused({{u"TypeId"_s, 1}, {u"Name"_s, u"X"_s}, {u"CityId"_s, u"3942"_s}}, u"CityId"_s));
        QVERIFY(refused({{u"TypeId"_s, 1}, {u"Name"_s, u"X"_s}, {u"Active"_s, true}}, u"Active"_s));
        QVERIFY(refused({{u"TypeId"_s, 1},
                         {u"Name"_s, u"X"_s},
                         {u"Phones"_s, QJsonArray{QJsonObject{{u"PhoneNumber"_s, u"1"_s}, {u"TypeId"_s, 77}}}}},
                        u"TypeId"_s));
        QVERIFY(refused({{u"TypeId"_s, 1}, {u"Name"_s, u"X"_s}, {u"Tags"_s, QJsonArray{QJsonObject{{u"TagId"_s, 1}}}}},
                        u"TagId"_s));
        QCOMPARE(m_sim->count(u"Contacts"_s), before);
        QCOMPARE(call("POST", u"Contacts"_s, "{not json").status, 400);
    }

    void customFields()
    {
        const QString key = createField(u"Id (Omie)"_s, 1, 1);
        QVERIFY2(QRegularExpression(u"^contact_[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$"_s)
                     .match(key)
                     .hasMatch(),
                 qPrintable(key));
        Reply r = post(u"Fields"_s, {{u"Name"_s, u"Id (Omie)"_s}, {u"EntityId"_s, 1}, {u"TypeId"_s, 1}});
        QCOMPARE(r.status, 400); // unique per entity
        QVERIFY(createField(u"Id (Omie)"_s, 10, 1).startsWith(u"product_"_s));
        const QString limit = createField(u"Limite de crédito"_s, 1, 5);
        r = get(u"Fields('%1')?$expand=Type($select=NativeType)"_s.arg(key));
        QCOMPARE(r.first().value(u"Type"_s).toObject().value(u"NativeType"_s).toString(), u"String"_s);
        const qint64 fieldId = qint64(r.first().value(u"Id"_s).toDouble());

        r = post(u"Contacts?$expand=OtherProperties"_s,
                 {{u"TypeId"_s, 1},
                  {u"Name"_s, u"Com campo"_s},
                  {u"OtherProperties"_s,
                   QJsonArray{QJsonObject{{u"FieldKey"_s, key}, {u"StringValue"_s, u"3270004593123"_s}},
                              QJsonObject{{u"FieldKey"_s, limit}, {u"DecimalValue"_s, 1500.5}}}}});
        QCOMPARE(r.status, 200);
        const qint64 id = qint64(r.first().value(u"Id"_s).toDouble());
        const QJsonArray props = r.first().value(u"OtherProperties"_s).toArray();
        QCOMPARE(props.size(), 2);
        QCOMPARE(qint64(props.first().toObject().value(u"FieldId"_s).toDouble()), fieldId);

        auto refused = [&](const QJsonObject &prop) {
            const Reply bad = post(
                u"Contacts"_s, {{u"TypeId"_s, 1}, {u"Name"_s, u"Errado"_s}, {u"OtherProperties"_s, QJsonArray{prop}}});
            return bad.status == 400;
        };
        QVERIFY(refused({{u"FieldKey"_s, key}, {u"IntegerValue"_s, 3270004593.0}}));
        QVERIFY(refused({{u"FieldKey"_s, key}, {u"StringValue"_s, 12}}));
        QVERIFY(refused({{u"FieldKey"_s, limit}, {u"StringValue"_s, u"1500"_s}}));
        QVERIFY(refused({{u"FieldKey"_s, u"contact_DOES-NOT-EXIST"_s}, {u"StringValue"_s, u"x"_s}}));
        QVERIFY(refused({{u"FieldKey"_s, u"contact_name"_s}, {u"StringValue"_s, u"x"_s}})); // native field
        QVERIFY(refused({{u"FieldKey"_s, key}, {u"StringValue"_s, QString(251, u'x')}}));
        const QString productKey =
            get(u"Fields?$filter=EntityId eq 10 and Name eq 'Id (Omie)'"_s).first().value(u"Key"_s).toString();
        QVERIFY(refused({{u"FieldKey"_s, productKey}, {u"StringValue"_s, u"1"_s}})); // wrong entity

        // The FieldKey lambda is forbidden (403, §7.4); the FieldId one works.
        r = get(
            u"Contacts?$filter=OtherProperties/any(o: o/FieldKey eq '%1' and o/StringValue eq '3270004593123')"_s.arg(
                key));
        QCOMPARE(r.status, 403);
        r = get(
            u"Contacts?$filter=OtherProperties/any(o: o/FieldId eq %1 and (o/StringValue eq '3270004593123'))"_s.arg(
                fieldId));
        QCOMPARE(r.value().size(), 1);
        QCOMPARE(get(u"Contacts?$filter=OtherProperties/any(o: o/FieldKey eq '%1' and o/StringValue eq 'x')"_s.arg(key))
                     .value()
                     .size(),
                 0);
        QCOMPARE(get(u"Contacts?$filter=OtherProperties/any(o: o/Bogus eq 1)"_s).status, 400);
        r = get(u"Contacts(%1)?$expand=OtherProperties($filter=FieldId eq %2)"_s.arg(id).arg(fieldId));
        QCOMPARE(r.first().value(u"OtherProperties"_s).toArray().size(), 1);

        // PATCH merges OtherProperties by FieldKey.
        r = patch(u"Contacts(%1)?$expand=OtherProperties"_s.arg(id),
                  {{u"OtherProperties"_s, QJsonArray{QJsonObject{{u"FieldKey"_s, limit}, {u"DecimalValue"_s, 99.9}}}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.first().value(u"OtherProperties"_s).toArray().size(), 2);
        bool sawString = false;
        for (const QJsonValue &v : r.first().value(u"OtherProperties"_s).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"FieldKey"_s).toString() == key)
                sawString = o.value(u"StringValue"_s).toString() == u"3270004593123"_s;
            else
                QCOMPARE(o.value(u"DecimalValue"_s).toDouble(), 99.9);
        }
        QVERIFY(sawString);
        // The other reading (S6, ❓): a PATCH replaces the whole set.
        PloomesQuirks replacing = m_sim->quirks();
        replacing.patchReplacesOtherProperties = true;
        m_sim->setQuirks(replacing);
        r = patch(u"Contacts(%1)?$expand=OtherProperties"_s.arg(id),
                  {{u"OtherProperties"_s, QJsonArray{QJsonObject{{u"FieldKey"_s, limit}, {u"DecimalValue"_s, 99.9}}}}});
        QCOMPARE(r.first().value(u"OtherProperties"_s).toArray().size(), 1);
        replacing.patchReplacesOtherProperties = false;
        m_sim->setQuirks(replacing);
        r = patch(u"Contacts(%1)?$expand=OtherProperties"_s.arg(id),
                  {{u"OtherProperties"_s,
                    QJsonArray{QJsonObject{{u"FieldKey"_s, key}, {u"StringValue"_s, u"3270004593123"_s}}}}});
        QCOMPARE(r.first().value(u"OtherProperties"_s).toArray().size(), 2);

        // A list field with options.
        r = post(u"Fields"_s,
                 {{u"Name"_s, u"Segmento"_s},
                  {u"EntityId"_s, 1},
                  {u"TypeId"_s, 7},
                  {u"OptionsTable"_s, QJsonObject{{u"Name"_s, u"Segmentos"_s},
                                                  {u"Options"_s, QJsonArray{QJsonObject{{u"Name"_s, u"Indústria"_s}},
                                                                            QJsonObject{{u"Name"_s, u"Varejo"_s}}}}}}});
        QCOMPARE(r.status, 200);
        const QString listKey = r.first().value(u"Key"_s).toString();
        r = get(u"Fields('%1')?$expand=OptionsTable($expand=Options)"_s.arg(listKey));
        const QJsonArray options = r.first().value(u"OptionsTable"_s).toObject().value(u"Options"_s).toArray();
        QCOMPARE(options.size(), 2);
        const double optionId = options.at(1).toObject().value(u"Id"_s).toDouble();
        r = patch(u"Contacts(%1)?$expand=OtherProperties"_s.arg(id),
                  {{u"OtherProperties"_s,
                    QJsonArray{QJsonObject{{u"FieldKey"_s, listKey}, {u"ObjectValueId"_s, optionId}}}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.first().value(u"OtherProperties"_s).toArray().size(), 3);
        QVERIFY(refused({{u"FieldKey"_s, listKey}, {u"ObjectValueId"_s, 1}}));
        QVERIFY(refused({{u"FieldKey"_s, listKey}, {u"IntegerValue"_s, optionId}}));

        // The single-field action merges the same way.
        r = post(u"Contacts(%1)/UpdateOtherProperty?$expand=OtherProperties"_s.arg(id),
                 {{u"FieldKey"_s, limit}, {u"Values"_s, QJsonArray{QJsonObject{{u"DecimalValue"_s, 10000}}}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.first().value(u"OtherProperties"_s).toArray().size(), 3);
        QCOMPARE(get(u"Contacts?$filter=OtherProperties/any(o: o/FieldId eq %1 and o/DecimalValue ge 10000)"_s.arg(
                         get(u"Fields?$filter=Key eq '%1'"_s.arg(limit)).first().value(u"Id"_s).toInt()))
                     .value()
                     .size(),
                 1);
        QCOMPARE(post(u"Contacts(%1)/UpdateOtherProperty"_s.arg(id),
                      {{u"FieldKey"_s, limit}, {u"Values"_s, QJsonArray{QJsonObject{{u"StringValue"_s, u"x"_s}}}}})
                     .status,
                 400);
    }

    void productsAndOrders()
    {
        Reply r = post(u"Products"_s, {{u"Name"_s, u"Sem grupo"_s}, {u"Code"_s, u"X-1"_s}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.errorMessage().contains(u"GroupId"_s));
        QCOMPARE(post(u"Products"_s, {{u"Name"_s, u"Grupo errado"_s}, {u"GroupId"_s, 1}}).status, 400);
        const qint64 groupId = createGroup();
        r = post(u"Products?$expand=Group,Family"_s, {{u"Name"_s, u"Parafuso 10mm"_s},
                                                      {u"Code"_s, u"PRF-10"_s},
                                                      {u"GroupId"_s, groupId},
                                                      {u"MeasurementUnit"_s, u"UN"_s},
                                                      {u"UnitPrice"_s, 50},
                                                      {u"FamilyId"_s, 1}});
        QCOMPARE(r.status, 200);
        const QJsonObject p1 = r.first();
        QCOMPARE(p1.value(u"Family"_s).toObject().value(u"Name"_s).toString(), u"Produtos"_s);
        QCOMPARE(p1.value(u"FamilyId"_s).toDouble(), p1.value(u"Family"_s).toObject().value(u"Id"_s).toDouble());
        QCOMPARE(p1.value(u"CurrencyId"_s).toInt(), 1);
        r = post(u"Products"_s,
                 {{u"Name"_s, u"Porca"_s}, {u"Code"_s, u"PRC-1"_s}, {u"GroupId"_s, groupId}, {u"UnitPrice"_s, 10.5}});
        const QJsonObject p2 = r.first();
        QCOMPARE(get(u"Products?$filter=Code eq 'PRF-10'"_s).value().size(), 1);
        QCOMPARE(get(u"Products?$filter=Code eq 10"_s).status, 400);

        const QJsonValue contactId = get(u"Contacts?$top=1"_s).first().value(u"Id"_s);
        r = post(u"Orders?$expand=Products($expand=Product($select=Id,Name))"_s,
                 {{u"ContactId"_s, contactId},
                  {u"Date"_s, u"2026-11-20T00:00:00-03:00"_s},
                  {u"Products"_s, QJsonArray{QJsonObject{{u"ProductId"_s, p1.value(u"Id"_s)},
                                                         {u"Quantity"_s, 3},
                                                         {u"UnitPrice"_s, 50},
                                                         {u"Discount"_s, 10},
                                                         {u"Total"_s, 1}},
                                             QJsonObject{{u"ProductId"_s, p2.value(u"Id"_s)}, {u"Quantity"_s, 2}}}}});
        QCOMPARE(r.status, 200);
        const QJsonObject order = r.first();
        const QJsonArray lines = order.value(u"Products"_s).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).toObject().value(u"Total"_s).toDouble(), 135.0);
        QCOMPARE(lines.at(1).toObject().value(u"Total"_s).toDouble(), 21.0);
        QCOMPARE(lines.at(1).toObject().value(u"UnitPrice"_s).toDouble(), 10.5);
        QCOMPARE(lines.at(0).toObject().value(u"Product"_s).toObject().value(u"Name"_s).toString(), u"Parafuso 10mm"_s);
        QCOMPARE(order.value(u"Amount"_s).toDouble(), 156.0);
        QCOMPARE(order.value(u"OrderNumber"_s).toInt(), 1);
        QVERIFY(!order.value(u"StageId"_s).isNull());
        QCOMPARE(order.value(u"Date"_s).toString(), u"2026-11-20T00:00:00-03:00"_s);
        const qint64 orderId = qint64(order.value(u"Id"_s).toDouble());
        QCOMPARE(get(u"Orders@Products?$filter=OrderId eq %1"_s.arg(orderId)).value().size(), 2);
        QCOMPARE(m_sim->record(u"Orders"_s, orderId)->value(u"Products"_s).toArray().size(), 2);
        QCOMPARE(get(u"Contacts(%1)?$select=LastOrderId"_s.arg(qint64(contactId.toDouble())))
                     .first()
                     .value(u"LastOrderId"_s)
                     .toDouble(),
                 double(orderId));
        QCOMPARE(get(u"Orders?$filter=Products/any(p: p/ProductId eq %1)"_s.arg(qint64(p2.value(u"Id"_s).toDouble())))
                     .value()
                     .size(),
                 1);

        // PATCH with Products replaces the lines and recomputes Amount.
        r = patch(u"Orders(%1)?$expand=Products"_s.arg(orderId),
                  {{u"Products"_s, QJsonArray{QJsonObject{{u"ProductId"_s, p2.value(u"Id"_s)}, {u"Quantity"_s, 4}}}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.first().value(u"Products"_s).toArray().size(), 1);
        QCOMPARE(r.first().value(u"Amount"_s).toDouble(), 42.0);

        // Refusals.
        QCOMPARE(post(u"Orders"_s, {{u"ContactId"_s, 1}}).status, 400);
        QCOMPARE(post(u"Orders"_s, {{u"Amount"_s, 10}}).status, 400);
        QCOMPARE(post(u"Orders"_s, {{u"ContactId"_s, contactId},
                                    {u"Products"_s,
                                     QJsonArray{QJsonObject{{u"ProductId"_s, p1.value(u"Id"_s)}, {u"Quantity"_s, 0}}}}})
                     .status,
                 400);
        QCOMPARE(
            post(u"Orders"_s, {{u"ContactId"_s, contactId},
                               {u"Products"_s, QJsonArray{QJsonObject{{u"ProductId"_s, 123}, {u"Quantity"_s, 1}}}}})
                .status,
            400);
        QCOMPARE(post(u"Orders@Products"_s, {{u"OrderId"_s, orderId}}).status, 405);
        // A group in use cannot be deleted; an order can.
        QCOMPARE(call("DELETE", u"Products@Groups(%1)"_s.arg(groupId)).status, 400);
        QCOMPARE(call("DELETE", u"Orders(%1)"_s.arg(orderId)).status, 204);
        QCOMPARE(get(u"Orders@Products?$filter=OrderId eq %1"_s.arg(orderId)).value().size(), 0);
    }

    void patchPutDelete()
    {
        const QJsonObject seeded = m_sim->records(u"Contacts"_s).first();
        const qint64 id = qint64(seeded.value(u"Id"_s).toDouble());
        m_clock->advance(5'000);
        Reply r =
            patch(u"Contacts(%1)"_s.arg(id), {{u"Email"_s, u"novo@acme.com.br"_s}, {u"LastUpdateDate"_s, u"x"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.first().value(u"Email"_s).toString(), u"novo@acme.com.br"_s);
        QCOMPARE(r.first().value(u"Name"_s), seeded.value(u"Name"_s));
        QCOMPARE(r.first().value(u"CNPJ"_s), seeded.value(u"CNPJ"_s));
        QCOMPARE(r.first().value(u"CreateDate"_s), seeded.value(u"CreateDate"_s));
        QCOMPARE(r.first().value(u"LastUpdateDate"_s).toString(), iso(m_clock->nowMs()));
        QVERIFY(r.first().value(u"LastUpdateDate"_s) != seeded.value(u"LastUpdateDate"_s));
        QCOMPARE(m_sim->record(u"Contacts"_s, id)->value(u"Phones"_s), seeded.value(u"Phones"_s)); // untouched
        QCOMPARE(patch(u"Contacts(%1)"_s.arg(id), {{u"Name"_s, u""_s}}).status, 400);
        QCOMPARE(patch(u"Contacts(999)"_s, {{u"Name"_s, u"x"_s}}).status, 404);

        r = call("PUT", u"Contacts(%1)"_s.arg(id), jsonBytes({{u"Name"_s, u"x"_s}}));
        QCOMPARE(r.status, 405);
        QVERIFY(!r.json.value(u"Message"_s).toString().isEmpty());
        QCOMPARE(call("POST", u"Cities@Countries@States"_s, jsonBytes({{u"Name"_s, u"x"_s}})).status, 405);
        QCOMPARE(call("DELETE", u"Users(%1)"_s.arg(qint64(get(u"Self"_s).first().value(u"Id"_s).toDouble()))).status,
                 405);

        r = call("DELETE", u"Contacts(%1)"_s.arg(id));
        QCOMPARE(r.status, 204);
        QCOMPARE(get(u"Contacts(%1)"_s.arg(id)).status, 404);
        QVERIFY(!m_sim->record(u"Contacts"_s, id));

        // Data API: insert stamps dates, modify bumps LastUpdateDate.
        const qint64 newId = m_sim->insert(u"Contacts"_s, {{u"TypeId"_s, 2}, {u"Name"_s, u"Pelo CRM"_s}});
        const QString created = m_sim->record(u"Contacts"_s, newId)->value(u"CreateDate"_s).toString();
        QCOMPARE(created, iso(m_clock->nowMs()));
        m_clock->advance(1'500);
        QVERIFY(m_sim->modify(u"Contacts"_s, newId, {{u"Name"_s, u"Pelo CRM 2"_s}}));
        QVERIFY(m_sim->record(u"Contacts"_s, newId)->value(u"LastUpdateDate"_s).toString() > created);
        QVERIFY(m_sim->remove(u"Contacts"_s, newId));
        QVERIFY(!m_sim->modify(u"Contacts"_s, newId, {}));
    }

    void rateLimit()
    {
        PloomesLimitsConfig limits;
        limits.requestsPerSecond = 2;
        start(limits);
        QCOMPARE(get(u"Account"_s).status, 200);
        m_clock->advance(300);
        QCOMPARE(get(u"Account"_s).status, 200);
        m_clock->advance(300);
        Reply r = get(u"Account"_s);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.retryAfter, QByteArray("1"));
        QVERIFY(!r.json.value(u"Message"_s).toString().isEmpty());
        QCOMPARE(m_sim->violations().rateLimit, 1);
        QCOMPARE(m_sim->traffic().throttled, qint64(1));
        m_clock->advance(400); // the first request leaves the window
        QCOMPARE(get(u"Account"_s).status, 200);

        limits.requestsPerSecond = 0.25; // one request per 4 s
        m_sim->setLimits(limits);
        m_clock->advance(10'000);
        QCOMPARE(get(u"Account"_s).status, 200);
        m_clock->advance(500);
        r = get(u"Account"_s);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.retryAfter, QByteArray("4"));
        m_clock->advance(3'500);
        QCOMPARE(get(u"Account"_s).status, 200);

        limits.sendRetryAfter = false;
        limits.enforce = false;
        m_sim->setLimits(limits);
        m_sim->resetCounters();
        r = get(u"Account"_s);
        QCOMPARE(r.status, 200); // counted only
        QCOMPARE(m_sim->violations().rateLimit, 1);
        QCOMPARE(m_sim->traffic().throttled, qint64(0));
        QCOMPARE(call("GET", u"Account"_s, {}, "other-key").status, 401);
    }

    void concurrency()
    {
        PloomesLimitsConfig limits = unlimited();
        limits.maxInFlight = 2;
        limits.enforce = false;
        start(limits);
        m_sim->setLatencyMs(200);
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 3; ++i)
            replies.append(begin("GET", u"Contacts?$top=1&$skip=%1"_s.arg(i)));
        QTRY_COMPARE(m_sim->traffic().requests, qint64(3));
        QVERIFY(!replies.first()->isFinished()); // held for the latency
        m_clock->advance(200);
        for (QNetworkReply *r : replies) {
            QVERIFY(waitFinished(r));
            QCOMPARE(collect(r).status, 200);
        }
        QCOMPARE(m_sim->violations().concurrency, 1);

        limits.enforce = true;
        m_sim->setLimits(limits);
        m_sim->resetCounters();
        replies.clear();
        for (int i = 0; i < 3; ++i)
            replies.append(begin("GET", u"Contacts?$top=1&$skip=%1"_s.arg(i)));
        QTRY_COMPARE(m_sim->traffic().requests, qint64(3));
        m_clock->advance(200);
        QList<int> statuses;
        for (QNetworkReply *r : replies) {
            QVERIFY(waitFinished(r));
            statuses.append(collect(r).status);
        }
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{200, 200, 429}));
        QCOMPARE(m_sim->violations().concurrency, 1);
        QCOMPARE(m_sim->traffic().throttled, qint64(1));
    }

    void faults()
    {
        const int contacts = m_sim->count(u"Contacts"_s);
        const QJsonObject body{{u"TypeId"_s, 2}, {u"Name"_s, u"Falha"_s}};
        FaultConfig f;
        f.html500 = 1;
        m_sim->setFaults(f);
        Reply r = call("POST", u"Contacts"_s, jsonBytes(body));
        QCOMPARE(r.status, 500);
        QVERIFY(r.contentType.startsWith("text/html"));
        QVERIFY(r.body.contains("<html"));
        QCOMPARE(m_sim->count(u"Contacts"_s), contacts); // nothing applied

        f = {};
        f.badGateway = 1;
        m_sim->setFaults(f);
        QCOMPARE(get(u"Account"_s).status, 502);
        f = {};
        f.unavailable = 1;
        m_sim->setFaults(f);
        QCOMPARE(get(u"Account"_s).status, 503);

        f = {};
        f.connectionReset = 1;
        m_sim->setFaults(f);
        r = call("POST", u"Contacts"_s, jsonBytes(body));
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(m_sim->count(u"Contacts"_s), contacts);

        f = {};
        f.lostWriteReply = 1;
        m_sim->setFaults(f);
        QCOMPARE(get(u"Account"_s).status, 200); // reads are not affected
        r = call("POST", u"Contacts"_s, jsonBytes(body));
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY(m_sim->count(u"Contacts"_s) > contacts); // applied although the client saw an error
        QCOMPARE(get(u"Contacts?$filter=Name eq 'Falha'&$top=1"_s).value().size(), 1);

        f = {};
        f.slowReply = 1;
        f.slowReplyMs = 3000;
        m_sim->setFaults(f);
        QNetworkReply *slow = begin("GET", u"Account"_s);
        QTRY_VERIFY(m_clock->pendingCount() > 0);
        QVERIFY(!slow->isFinished());
        m_clock->advance(2999);
        QTest::qWait(20);
        QVERIFY(!slow->isFinished());
        m_clock->advance(1);
        QVERIFY(waitFinished(slow));
        QCOMPARE(collect(slow).status, 200);

        const TrafficCounters t = m_sim->traffic();
        QVERIFY(t.faultsInjected >= 6);
        QVERIFY(t.byMethod.value(u"POST Contacts"_s) >= 3);
        QVERIFY(t.writes >= 3);

        // Probabilities are drawn from the seeded generator: same seed, same sequence.
        auto sequence = [&] {
            FaultConfig g;
            g.seed = 42;
            g.html500 = 0.3;
            m_sim->setFaults(g);
            QList<int> statuses;
            for (int i = 0; i < 12; ++i)
                statuses.append(get(u"Account"_s).status);
            return statuses;
        };
        const QList<int> a = sequence();
        QCOMPARE(sequence(), a);
        QVERIFY(a.contains(500) && a.contains(200));
    }

    void emptyPages()
    {
        m_sim->injectEmptyPages(1);
        QCOMPARE(get(u"Contacts?$top=2&$skip=0"_s).value().size(), 2); // $skip=0 is not affected
        Reply r = get(u"Contacts?$top=2&$skip=2"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.value().size(), 0);
        QCOMPARE(get(u"Contacts?$top=2&$skip=2"_s).value().size(), 2);
        QCOMPARE(m_sim->violations().total(), 0);
    }

    void lookupsArePortugueseWithPublishedIds()
    {
        const QJsonArray entities = get(u"Fields@Entities"_s).value();
        QHash<int, QJsonObject> byId;
        for (const QJsonValue &v : entities)
            byId.insert(v.toObject().value(u"Id"_s).toInt(), v.toObject());
        const QList<std::tuple<int, QString, QString>> published = {
            {1, u"Cliente"_s, u"Contacts"_s},
            {2, u"Negócio"_s, u"Deals"_s},
            {4, u"Venda"_s, u"Orders"_s},
            {5, u"Bloco de Venda"_s, u"Orders@Sections"_s},
            {7, u"Proposta"_s, u"Quotes"_s},
            {10, u"Produto"_s, u"Products"_s},
            {12, u"Tarefa"_s, u"Tasks"_s},
            {14, u"Produto da Proposta"_s, u"Quotes@Products"_s},
            {20, u"Produto da Venda"_s, u"Orders@Products"_s},
        };
        for (const auto &[id, name, apiUrl] : published) {
            QCOMPARE(byId.value(id).value(u"Name"_s).toString(), name);
            QCOMPARE(byId.value(id).value(u"ApiUrl"_s).toString(), apiUrl);
            QVERIFY(!byId.value(id).value(u"SingularUnitName"_s).toString().isEmpty());
        }
        QCOMPARE(get(u"Fields@Types?$filter=Id eq 1"_s).first().value(u"Name"_s).toString(), u"Texto simples"_s);
        QCOMPARE(get(u"Contacts@Types?$filter=Id eq 1"_s).first().value(u"Name"_s).toString(), u"Empresa"_s);
        QCOMPARE(get(u"Contacts@Types?$filter=Id eq 2"_s).first().value(u"Name"_s).toString(), u"Pessoa"_s);
        QCOMPARE(get(u"PhoneTypes?$filter=Name eq 'Celular'"_s).value().size(), 1);
        QCOMPARE(get(u"Contacts@Status?$filter=Name eq 'Inativo'"_s).value().size(), 1);
        QCOMPARE(get(u"Orders@Stages?$filter=Name eq 'Faturado'"_s).value().size(), 1);
        QCOMPARE(get(u"Currencies?$filter=Short eq 'BRL'"_s).first().value(u"Id"_s).toInt(), 1);
        // A field of the product entity is refused on an order product, in Portuguese.
        const QString key = createField(u"Id (Omie)"_s, 10, 1);
        const qint64 group = createGroup();
        const Reply product =
            post(u"Products"_s,
                 {{u"Name"_s, u"Parafuso"_s},
                  {u"GroupId"_s, group},
                  {u"OtherProperties"_s, QJsonArray{QJsonObject{{u"FieldKey"_s, key}, {u"StringValue"_s, u"123"_s}}}}});
        QCOMPARE(product.status, 200);
        const QString orderLineKey = createField(u"Id (Omie)"_s, 20, 1);
        const Reply wrong = post(
            u"Products"_s, {{u"Name"_s, u"Porca"_s},
                            {u"GroupId"_s, group},
                            {u"OtherProperties"_s,
                             QJsonArray{QJsonObject{{u"FieldKey"_s, orderLineKey}, {u"StringValue"_s, u"124"_s}}}}});
        QCOMPARE(wrong.status, 400);
        QVERIFY2(wrong.errorMessage().contains(u"pertence à entidade 20"_s), qPrintable(wrong.errorMessage()));
    }

    void brlAtAnotherId()
    {
        PloomesQuirks q;
        q.brlCurrencyId = 2;
        m_sim->setQuirks(q);
        m_sim->seed(m_data);
        QCOMPARE(get(u"Currencies?$filter=Short eq 'BRL'"_s).first().value(u"Id"_s).toInt(), 2);
        QCOMPARE(get(u"Currencies?$filter=Id eq 1"_s).first().value(u"Short"_s).toString(), u"USD"_s);
        QCOMPARE(get(u"Account"_s).first().value(u"CurrencyId"_s).toInt(), 2);
        const Reply p = post(u"Products"_s, {{u"Name"_s, u"Parafuso"_s}, {u"GroupId"_s, createGroup()}});
        QCOMPARE(p.first().value(u"CurrencyId"_s).toInt(), 2); // the account's currency by default
    }

    void zipCodeIsANumber()
    {
        Reply r = post(u"Contacts"_s, {{u"TypeId"_s, 2}, {u"Name"_s, u"Ana"_s}, {u"ZipCode"_s, u"01310-100"_s}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.first().value(u"ZipCode"_s).isDouble());
        QCOMPARE(r.first().value(u"ZipCode"_s).toInteger(), 1310100); // the leading zero is gone
        r = post(u"Contacts"_s, {{u"TypeId"_s, 2}, {u"Name"_s, u"Bia"_s}, {u"ZipCode"_s, 13010000}});
        QCOMPARE(r.first().value(u"ZipCode"_s).toInteger(), 13010000);
        r = post(u"Contacts"_s, {{u"TypeId"_s, 2}, {u"Name"_s, u"Caio"_s}, {u"ZipCode"_s, u"1301"_s}});
        QCOMPARE(r.status, 400);
        QVERIFY2(r.errorMessage().contains(u"CEP"_s), qPrintable(r.errorMessage()));
        for (const QJsonValue &v : get(u"Contacts?$select=ZipCode"_s).value())
            QVERIFY(v.toObject().value(u"ZipCode"_s).isDouble() || v.toObject().value(u"ZipCode"_s).isNull());
    }

    void throttledReadsAnswerEmpty()
    {
        PloomesQuirks q;
        q.throttledEmptyReads = 2;
        m_sim->setQuirks(q);
        Reply r = get(u"Fields@Entities"_s); // page 1 is not spared
        QCOMPARE(r.status, 200);
        QCOMPARE(r.value().size(), 0);
        QCOMPARE(get(u"Contacts?$top=2&$skip=0"_s).value().size(), 0);
        QCOMPARE(get(u"Contacts?$top=2&$skip=0"_s).value().size(), 2);
        QCOMPARE(get(u"Fields@Entities"_s).value().size(), 11);
        q.throttledEmptyReads = 0;
        q.throttledEmptyShare = 0.5;
        m_sim->setQuirks(q);
        int empty = 0;
        for (int i = 0; i < 40; ++i)
            empty += get(u"Contacts?$top=1"_s).value().isEmpty() ? 1 : 0;
        QVERIFY2(empty > 5 && empty < 35, qPrintable(QString::number(empty)));
    }

    void otherPropertiesFiltersMayBeForbidden()
    {
        const QString key = createField(u"Id (Omie)"_s, 1, 1);
        const int fieldId = get(u"Fields?$filter=Key eq '%1'"_s.arg(key)).first().value(u"Id"_s).toInt();
        Reply r =
            get(u"Contacts?$filter=OtherProperties/any(o: o/FieldKey eq '%1' and o/StringValue eq '1')"_s.arg(key));
        QCOMPARE(r.status, 403);
        QVERIFY(r.json.value(u"Message"_s).toString().contains(u"permissão"_s));
        r = get(u"Contacts?$filter=OtherProperties/any(o: o/FieldId eq %1 and (o/StringValue eq '1'))"_s.arg(fieldId));
        QCOMPARE(r.status, 200);
        QCOMPARE(get(u"Contacts?$expand=OtherProperties&$top=1"_s).status, 200); // plain expand is fine
        PloomesQuirks q;
        q.forbidFieldIdFilters = true;
        m_sim->setQuirks(q);
        r = get(u"Contacts?$filter=OtherProperties/any(o: o/FieldId eq %1 and (o/StringValue eq '1'))"_s.arg(fieldId));
        QCOMPARE(r.status, 403);
        QCOMPARE(get(u"Account?$top=1&$select=Id"_s).status, 200); // the key itself is fine
    }

    void tagsAreRelations()
    {
        Reply r = post(u"Tags"_s, {{u"Name"_s, u"Atacado"_s}, {u"EntityId"_s, 1}});
        QCOMPARE(r.status, 400);
        QVERIFY2(r.errorMessage().contains(u"Color"_s), qPrintable(r.errorMessage()));
        r = post(u"Tags"_s, {{u"Name"_s, u"Atacado"_s}, {u"EntityId"_s, 1}, {u"Color"_s, u"#1565C0"_s}});
        QCOMPARE(r.status, 200);
        const int tagId = r.first().value(u"Id"_s).toInt();
        r = post(u"Contacts?$expand=Tags"_s,
                 {{u"TypeId"_s, 2}, {u"Name"_s, u"Ana"_s}, {u"Tags"_s, QJsonArray{QJsonObject{{u"TagId"_s, tagId}}}}});
        QCOMPARE(r.status, 200);
        const int contactId = r.first().value(u"Id"_s).toInt();
        QJsonObject tag = get(u"Contacts?$filter=Id eq %1&$expand=Tags"_s.arg(contactId))
                              .first()
                              .value(u"Tags"_s)
                              .toArray()
                              .first()
                              .toObject();
        QCOMPARE(tag.value(u"TagId"_s).toInt(), tagId);
        QCOMPARE(tag.value(u"ContactId"_s).toInt(), contactId);
        QVERIFY(!tag.contains(u"Name"_s) && !tag.contains(u"Tag"_s));
        tag = get(u"Contacts?$filter=Id eq %1&$expand=Tags($expand=Tag)"_s.arg(contactId))
                  .first()
                  .value(u"Tags"_s)
                  .toArray()
                  .first()
                  .toObject();
        QCOMPARE(tag.value(u"Tag"_s).toObject().value(u"Name"_s).toString(), u"Atacado"_s);
    }

    void wellBehavedClientHasNoViolations()
    {
        PloomesLimitsConfig limits; // 6 requests/s
        limits.maxInFlight = 1;
        start(limits);
        m_sim->setLatencyMs(50);
        for (int i = 0; i < 24; ++i) {
            QNetworkReply *r = begin("GET", u"Contacts?$top=300&$skip=0&$orderby=Id"_s);
            QTRY_COMPARE(m_sim->traffic().requests, qint64(i + 1));
            m_clock->advance(50);
            QVERIFY(waitFinished(r));
            QCOMPARE(collect(r).status, 200);
            m_clock->advance(120); // 170 ms per request: under 6/s
        }
        QCOMPARE(m_sim->violations().total(), 0);
        QCOMPARE(m_sim->traffic().throttled, qint64(0));
        QCOMPARE(m_sim->traffic().byMethod.value(u"GET Contacts"_s), qint64(24));
    }
};

QTEST_GUILESS_MAIN(TstPloomesSimulator)
#include "tst_ploomessimulator.moc"
