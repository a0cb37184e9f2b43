#include "ploomes/typedrecords.h"

#include "ploomes/odata.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Ponte::Ploomes {

namespace {
const QString kId = u"Id"_s;
const QString kName = u"Name"_s;
const QString kTypeId = u"TypeId"_s;
const QString kGroupId = u"GroupId"_s;
const QString kFamilyId = u"FamilyId"_s;
const QString kEntityId = u"EntityId"_s;
const QString kContactId = u"ContactId"_s;
const QString kOwnerId = u"OwnerId"_s;
const QString kCurrencyId = u"CurrencyId"_s;
const QString kProducts = u"Products"_s;
const QString kProductId = u"ProductId"_s;
const QString kQuantity = u"Quantity"_s;
const QString kUnitPrice = u"UnitPrice"_s;
const QString kDiscount = u"Discount"_s;
const QString kTotal = u"Total"_s;
const QString kAmount = u"Amount"_s;
const QString kDate = u"Date"_s;

/** An id-like property given as a number or as digits in a string (0 when absent or null). */
QString digitsOf(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInteger() ? QString::number(v.toInteger()) : QString();
    return v.toString().trimmed();
}
} // namespace

Contact Contact::fromJson(const QJsonObject &json)
{
    Contact c;
    c.raw = Entity(json);
    const Entity &e = c.raw;
    c.id = e.id();
    c.typeId = e.int64(kTypeId);
    c.type = c.typeId == 1 ? ContactType::Company : c.typeId == 2 ? ContactType::Person : ContactType::Unknown;
    c.name = e.name();
    c.legalName = e.string(u"LegalName"_s);
    c.cnpj = e.string(u"CNPJ"_s);
    c.cpf = e.string(u"CPF"_s);
    c.registerNumber = e.string(u"Register"_s);
    c.email = e.string(u"Email"_s);
    for (const QJsonValue &v : json.value(u"Phones"_s).toArray()) {
        const Entity phone(v.toObject());
        c.phones.append({phone.string(u"PhoneNumber"_s), phone.int64(kTypeId), phone.int64(u"CountryId"_s)});
    }
    c.address.street = e.string(u"StreetAddress"_s);
    c.address.number = e.string(u"StreetAddressNumber"_s);
    c.address.line2 = e.string(u"StreetAddressLine2"_s);
    c.address.neighborhood = e.string(u"Neighborhood"_s);
    const QJsonValue zip = json.value(u"ZipCode"_s);
    c.address.zipCode = zip.isDouble() && zip.toInteger() ? digitsOf(zip).rightJustified(8, u'0') : digitsOf(zip);
    c.address.cityId = e.int64(u"CityId"_s);
    c.address.stateId = e.int64(u"StateId"_s);
    c.address.countryId = e.int64(u"CountryId"_s);
    c.ownerId = e.int64(u"OwnerId"_s);
    c.statusId = e.int64(u"StatusId"_s);
    c.companyId = e.int64(u"CompanyId"_s);
    for (const QJsonValue &v : json.value(u"Tags"_s).toArray()) {
        if (const qint64 tagId = Entity(v.toObject()).int64(u"TagId"_s))
            c.tagIds.append(tagId);
    }
    c.lastUpdate = e.lastUpdate();
    c.created = e.created();
    return c;
}

QString Contact::withIds(const QList<qint64> &ids)
{
    return OData::anyOf(kId, ids);
}

QString Contact::nameIn(const QJsonObject &body)
{
    return body.value(kName).toString();
}

void Contact::setName(QJsonObject &body, const QString &name)
{
    body.insert(kName, name);
}

bool Contact::hasType(const QJsonObject &body)
{
    return body.contains(kTypeId);
}

void Contact::setType(QJsonObject &body, ContactType type)
{
    body.insert(kTypeId, int(type));
}

Product Product::fromJson(const QJsonObject &json)
{
    Product p;
    p.raw = Entity(json);
    const Entity &e = p.raw;
    p.id = e.id();
    p.name = e.name();
    p.code = e.string(u"Code"_s);
    p.familyId = e.int64(kFamilyId);
    p.groupId = e.int64(kGroupId);
    p.measurementUnit = e.string(u"MeasurementUnit"_s);
    p.currencyId = e.int64(kCurrencyId);
    p.unitPrice = e.number(u"UnitPrice"_s);
    p.suspended = e.boolean(u"Suspended"_s);
    p.lastUpdate = e.lastUpdate();
    return p;
}

QString Product::nameIn(const QJsonObject &body)
{
    return body.value(kName).toString();
}

void Product::setName(QJsonObject &body, const QString &name)
{
    body.insert(kName, name);
}

void Product::setGroup(QJsonObject &body, qint64 groupId)
{
    body.insert(kGroupId, groupId);
}

void Product::clearGroup(QJsonObject &body)
{
    body.remove(kGroupId);
}

QString Product::inFamily(qint64 familyId)
{
    return OData::eq(kFamilyId, familyId);
}

OrderLine OrderLine::fromJson(const QJsonObject &json)
{
    const Entity e(json);
    OrderLine l;
    l.id = e.id();
    l.productId = e.int64(kProductId);
    l.productName = e.string(u"ProductName"_s);
    if (l.productName.isEmpty())
        l.productName = Entity(json.value(u"Product"_s).toObject()).name();
    l.quantity = e.number(kQuantity);
    l.unitPrice = e.number(kUnitPrice);
    l.discount = e.number(kDiscount);
    l.total = e.number(kTotal);
    l.currencyId = e.int64(kCurrencyId);
    return l;
}

QJsonObject
OrderLine::body(qint64 productId, double quantity, double unitPrice, double discount, double total, qint64 currencyId)
{
    QJsonObject line{{kProductId, productId},
                     {kQuantity, quantity},
                     {kUnitPrice, unitPrice},
                     {kDiscount, discount},
                     {kTotal, total}};
    if (currencyId)
        line.insert(kCurrencyId, currencyId);
    return line;
}

Order Order::fromJson(const QJsonObject &json)
{
    Order o;
    o.raw = Entity(json);
    const Entity &e = o.raw;
    o.id = e.id();
    o.number = e.string(u"OrderNumber"_s);
    o.contactId = e.int64(kContactId);
    o.ownerId = e.int64(kOwnerId);
    o.stageId = e.int64(u"StageId"_s);
    o.dealId = e.int64(u"DealId"_s);
    o.currencyId = e.int64(kCurrencyId);
    o.amount = e.number(kAmount);
    o.discount = e.number(kDiscount);
    o.date = e.dateTime(kDate);
    const QJsonValue products = json.value(kProducts);
    o.hasLines = products.isArray();
    for (const QJsonValue &v : products.toArray())
        o.lines.append(OrderLine::fromJson(v.toObject()));
    o.lastUpdate = e.lastUpdate();
    o.created = e.created();
    return o;
}

void Order::setContact(QJsonObject &body, qint64 contactId)
{
    body.insert(kContactId, contactId);
}

void Order::setOwner(QJsonObject &body, qint64 ownerId)
{
    body.insert(kOwnerId, ownerId);
}

void Order::setDate(QJsonObject &body, const QDate &day)
{
    body.insert(kDate, day.toString(Qt::ISODate) + u"T00:00:00-03:00"_s);
}

void Order::setLines(QJsonObject &body, const QJsonArray &lines, double amount, qint64 currencyId)
{
    body.insert(kProducts, lines);
    body.insert(kAmount, std::round(amount * 100) / 100);
    if (currencyId)
        body.insert(kCurrencyId, currencyId);
}

QJsonObject Order::patchOf(QJsonObject createBody)
{
    createBody.remove(kProducts);
    createBody.remove(kContactId);
    return createBody;
}

QString Order::withIds(const QList<qint64> &ids)
{
    return OData::anyOf(kId, ids);
}

QString Order::changedAfter(const QDateTime &since)
{
    return u"LastUpdateDate gt "_s + OData::dateTime(since);
}

QString IdOnly::filter(qint64 id)
{
    return OData::eq(kId, id);
}

QStringList IdOnly::select()
{
    return {kId};
}

User User::fromJson(const QJsonObject &json)
{
    const Entity e(json);
    return {e.id(), e.name(), e.string(u"Email"_s), e.boolean(u"Suspended"_s), e.lastUpdate()};
}

City City::fromJson(const QJsonObject &json)
{
    const Entity e(json);
    return {e.id(), e.name(), digitsOf(json.value(u"IBGECode"_s)), e.int64(u"StateId"_s), e.int64(u"CountryId"_s)};
}

QString City::withIds(const QList<qint64> &ids)
{
    return OData::anyOf(kId, ids);
}

State State::fromJson(const QJsonObject &json)
{
    const Entity e(json);
    return {e.id(), e.name(), e.string(u"Short"_s).toUpper(), e.int64(u"CountryId"_s)};
}

Tag Tag::fromJson(const QJsonObject &json)
{
    const Entity e(json);
    Tag t{e.id(), e.name(), std::nullopt};
    const QJsonValue entity = json.value(kEntityId);
    if (entity.isDouble() || (entity.isString() && !entity.toString().isEmpty()))
        t.entityId = e.int64(kEntityId);
    return t;
}

QJsonObject Tag::createBody(const QString &name, qint64 entityId, const QString &color)
{
    return {{kName, name}, {kEntityId, entityId}, {u"Color"_s, color}};
}

ProductFamily ProductFamily::fromJson(const QJsonObject &json)
{
    const Entity e(json);
    return {e.id(), e.name()};
}

QJsonObject ProductFamily::createBody(const QString &name)
{
    return {{kName, name}};
}

ProductGroup ProductGroup::fromJson(const QJsonObject &json)
{
    const Entity e(json);
    return {e.id(), e.name(), e.int64(kFamilyId)};
}

QJsonObject ProductGroup::createBody(const QString &name, qint64 familyId)
{
    return {{kName, name}, {kFamilyId, familyId}};
}

} // namespace Ponte::Ploomes
