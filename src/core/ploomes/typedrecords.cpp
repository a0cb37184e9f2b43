#include "ploomes/typedrecords.h"

#include "ploomes/odata.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Ponte::Ploomes {

namespace {
const QString kId = u"Id"_s;
const QString kName = u"Name"_s;
const QString kTypeId = u"TypeId"_s;
const QString kGroupId = u"GroupId"_s;
const QString kFamilyId = u"FamilyId"_s;
const QString kEntityId = u"EntityId"_s;

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
    p.currencyId = e.int64(u"CurrencyId"_s);
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
