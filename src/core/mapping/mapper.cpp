#include "mapper.h"

#include "brasiliatime.h"
#include "mapping/typeconversion.h"
#include "ploomes/ploomesrecords.h"
#include "textutil.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {

QJsonValue pathValue(const QJsonObject &object, const QString &path)
{
    QJsonValue v = object;
    for (const QString &part : path.split(u'/')) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(part);
    }
    return v;
}

void setPathValue(QJsonObject &object, const QStringList &parts, int index, const QJsonValue &value)
{
    if (index == parts.size() - 1) {
        object.insert(parts.at(index), value);
        return;
    }
    QJsonObject child = object.value(parts.at(index)).toObject();
    setPathValue(child, parts, index + 1, value);
    object.insert(parts.at(index), child);
}

QString text(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString().trimmed();
}

QJsonValue nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

/** Omie phone slots are a DDD field and a number field. */
QString omiePhonePrefix(const QString &key)
{
    return key == u"fax"_s ? u"fax"_s : key;
}

QString formatPhoneNumber(const QString &digits)
{
    if (digits.size() == 8)
        return digits.left(4) + u'-' + digits.mid(4);
    if (digits.size() == 9)
        return digits.left(5) + u'-' + digits.mid(5);
    return digits;
}

QString ploomesDate(const QString &isoDate)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    return d.isValid() ? BrasiliaTime::at(d, QTime(0, 0)).toString(Qt::ISODate) : QString();
}
} // namespace

Mapper::Mapper(const MappingModel &model, const FieldCatalog &catalog, const Lookups &lookups)
    : m_model(model)
    , m_catalog(catalog)
    , m_lookups(lookups)
{
}

QList<Mapper::Resolved> Mapper::resolved(Entity entity) const
{
    QList<Resolved> out;
    for (const FieldPair &p : m_model.pairs(entity)) {
        const std::optional<FieldInfo> omie = m_catalog.omieField(entity, p.omie);
        const std::optional<FieldInfo> ploomes = m_catalog.ploomesField(entity, p.ploomes);
        // Pairs that do not resolve (a custom field not created yet) are skipped, never guessed.
        if (omie && ploomes && TypeConversion::find(omie->type, ploomes->type))
            out.append({p, *omie, *ploomes});
    }
    return out;
}

QJsonValue Mapper::readOmie(const FieldInfo &field, const QJsonObject &record) const
{
    const QString &key = field.key;
    if (field.type == FieldType::Phone) {
        const QString prefix = omiePhonePrefix(key);
        const QString ddd = Text::digits(text(record.value(prefix + u"_ddd"_s)));
        const QString number = Text::digits(text(record.value(prefix + u"_numero"_s)));
        return number.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(ddd + number);
    }
    if (key == u"situacao"_s) {
        const bool os = record.contains(u"Cabecalho"_s);
        const auto flag = [&](const QString &path) { return text(pathValue(record, path)).toUpper() == u"S"_s; };
        if (os ? flag(u"InfoCadastro/cCancelada"_s) : flag(u"infoCadastro/cancelado"_s))
            return tr("Cancelled");
        if (os ? flag(u"InfoCadastro/cFaturada"_s) : flag(u"infoCadastro/faturado"_s))
            return tr("Billed");
        const QString etapa = text(pathValue(record, os ? u"Cabecalho/cEtapa"_s : u"cabecalho/etapa"_s));
        if (etapa.isEmpty())
            return QJsonValue(QJsonValue::Null);
        const QString name = m_lookups.etapaNames.value(etapa);
        return name.isEmpty() ? tr("Stage %1").arg(etapa) : tr("Stage %1 – %2").arg(etapa, name);
    }
    const QJsonValue raw = pathValue(record, key);
    if (raw.isUndefined() || raw.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (field.type) {
    case FieldType::Tags: {
        // Omie's "Cliente" tag marks the register kind (client, supplier…), not a user tag: it does not travel.
        QStringList names;
        for (const QJsonValue &t : raw.toArray()) {
            const QString n = t.isObject() ? t.toObject().value(u"tag"_s).toString() : t.toString();
            if (!n.trimmed().isEmpty() && Text::fold(n.trimmed()) != u"cliente"_s)
                names.append(n.trimmed());
        }
        return QJsonArray::fromStringList(names);
    }
    case FieldType::Date: {
        const QDate d = QDate::fromString(text(raw), u"dd/MM/yyyy"_s);
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    }
    case FieldType::Bool:
    case FieldType::Inactive:
        return QJsonValue(text(raw).toUpper() == u"S"_s);
    case FieldType::Integer:
    case FieldType::Decimal:
    case FieldType::Money:
    case FieldType::Percent:
        return raw.isString() ? QJsonValue(QString(raw.toString()).replace(u',', u'.').toDouble()) : raw;
    case FieldType::Document:
    case FieldType::Cep:
    case FieldType::CityIbge:
        return nullIfEmpty(Text::digits(text(raw)));
    default:
        return nullIfEmpty(text(raw));
    }
}

QJsonValue Mapper::readPloomes(const FieldInfo &field, const QJsonObject &record) const
{
    const QString &key = field.key;
    if (field.custom) {
        const QJsonValue v = Ploomes::Entity(record).other(key);
        if (v.isNull() || v.isUndefined())
            return QJsonValue(QJsonValue::Null);
        switch (field.type) {
        case FieldType::Date:
        case FieldType::DateTime: {
            const QDateTime dt = Ploomes::Entity::parseDateTime(v.toString());
            if (!dt.isValid())
                return QJsonValue(QJsonValue::Null);
            return field.type == FieldType::Date ? QJsonValue(BrasiliaTime::of(dt).date().toString(Qt::ISODate))
                                                 : QJsonValue(dt.toUTC().toString(Qt::ISODate));
        }
        case FieldType::Seller: {
            const qint64 seller = m_lookups.sellerByUserId.value(v.toInteger());
            return seller ? QJsonValue(QString::number(seller)) : QJsonValue(QJsonValue::Null);
        }
        case FieldType::Document:
            return nullIfEmpty(Text::digits(text(v)));
        default:
            return v.isString() ? nullIfEmpty(v.toString().trimmed()) : v;
        }
    }
    if (key == u"Document"_s) {
        const QString cnpj = Text::digits(text(record.value(u"CNPJ"_s)));
        const QString cpf = Text::digits(text(record.value(u"CPF"_s)));
        const bool person = record.value(u"TypeId"_s).toInteger() == 2;
        const QString chosen = person ? (cpf.isEmpty() ? cnpj : cpf) : (cnpj.isEmpty() ? cpf : cnpj);
        return nullIfEmpty(chosen.isEmpty() ? Text::digits(text(record.value(u"Register"_s))) : chosen);
    }
    if (key.startsWith(u"Phones/"_s)) {
        const QString slot = key.mid(7);
        QStringList regular;
        QString fax;
        for (const QJsonValue &v : record.value(u"Phones"_s).toArray()) {
            const QJsonObject phone = v.toObject();
            QString digits = Text::digits(phone.value(u"PhoneNumber"_s).toString());
            if (digits.size() >= 12 && digits.startsWith(u"55"_s))
                digits = digits.mid(2); // +55 country prefix
            if (digits.isEmpty())
                continue;
            const qint64 type = phone.value(u"TypeId"_s).toInteger();
            if (m_lookups.phoneTypeFax && type == m_lookups.phoneTypeFax) {
                if (fax.isEmpty())
                    fax = digits;
            } else {
                regular.append(digits);
            }
        }
        if (slot == u"Fax"_s)
            return nullIfEmpty(fax);
        const int index = slot.toInt() - 1;
        return nullIfEmpty(regular.value(index));
    }
    const QJsonValue raw = record.value(key);
    if (field.type == FieldType::Tags) {
        QStringList names;
        for (const QJsonValue &t : raw.toArray()) {
            const QJsonObject o = t.toObject();
            QString name = o.value(u"Tag"_s).toObject().value(u"Name"_s).toString();
            if (name.isEmpty())
                name = m_lookups.tagNameById.value(o.value(u"TagId"_s).toInteger());
            if (!name.isEmpty())
                names.append(name);
        }
        return QJsonArray::fromStringList(names);
    }
    if (raw.isUndefined() || raw.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (field.type) {
    case FieldType::CityIbge:
        return nullIfEmpty(m_lookups.ibgeByCityId.value(raw.toInteger()));
    case FieldType::StateUf:
        return nullIfEmpty(m_lookups.ufByStateId.value(raw.toInteger()));
    case FieldType::Country:
        return raw.toInteger() == m_lookups.countryBrazil ? QJsonValue(u"1058"_s) : QJsonValue(QJsonValue::Null);
    case FieldType::Seller: {
        const qint64 seller = m_lookups.sellerByUserId.value(raw.toInteger());
        return seller ? QJsonValue(QString::number(seller)) : QJsonValue(QJsonValue::Null);
    }
    case FieldType::Inactive:
        return QJsonValue(m_lookups.statusInactive && raw.toInteger() == m_lookups.statusInactive);
    case FieldType::Date: {
        const QDateTime dt = Ploomes::Entity::parseDateTime(raw.toString());
        return dt.isValid() ? QJsonValue(BrasiliaTime::of(dt).date().toString(Qt::ISODate))
                            : QJsonValue(QJsonValue::Null);
    }
    case FieldType::Cep: // a number in Ploomes (§7.2): "01310-100" comes back as 1310100
        return TypeConversion::canonical(raw, FieldType::Cep);
    case FieldType::Document:
        return nullIfEmpty(Text::digits(text(raw)));
    case FieldType::Bool:
        return raw.toBool();
    case FieldType::Integer:
    case FieldType::Decimal:
    case FieldType::Money:
    case FieldType::Percent:
        return raw.isString() ? QJsonValue(raw.toString().toDouble()) : raw;
    default:
        return raw.isString() ? nullIfEmpty(raw.toString().trimmed()) : QJsonValue(text(raw));
    }
}

void Mapper::writeOmie(const FieldInfo &field, const QJsonValue &v, QJsonObject &payload, QStringList *warnings) const
{
    const QString &key = field.key;
    const bool empty = v.isNull() || v.isUndefined();
    auto set = [&](const QString &path, const QJsonValue &value) { setPathValue(payload, path.split(u'/'), 0, value); };
    switch (field.type) {
    case FieldType::Phone: {
        const QString prefix = omiePhonePrefix(key);
        const QString digits = empty ? QString() : Text::digits(text(v));
        set(prefix + u"_ddd"_s, digits.size() > 8 ? digits.left(2) : QString());
        set(prefix + u"_numero"_s, formatPhoneNumber(digits.size() > 8 ? digits.mid(2) : digits));
        return;
    }
    case FieldType::Tags: {
        QJsonArray tags{QJsonObject{{u"tag"_s, u"Cliente"_s}}};
        for (const QJsonValue &t : v.toArray()) {
            if (Text::fold(t.toString()) != u"cliente"_s)
                tags.append(QJsonObject{{u"tag"_s, t.toString()}});
        }
        set(key, tags);
        return;
    }
    case FieldType::Date: {
        const QDate d = QDate::fromString(text(v), Qt::ISODate);
        set(key, d.isValid() ? d.toString(u"dd/MM/yyyy"_s) : QString());
        return;
    }
    case FieldType::Bool:
    case FieldType::Inactive:
        set(key, v.toBool() ? u"S"_s : u"N"_s);
        return;
    case FieldType::Integer:
    case FieldType::Decimal:
    case FieldType::Money:
    case FieldType::Percent:
        set(key, empty ? 0.0 : v.toDouble());
        return;
    case FieldType::Document: {
        const QString d = Text::digits(text(v));
        set(key, TypeConversion::convert(d, FieldType::Document, FieldType::Text).toString());
        return;
    }
    case FieldType::Cep: {
        const QString d = Text::digits(text(v));
        set(key, d.size() == 8 ? d.left(5) + u'-' + d.mid(5) : d);
        return;
    }
    case FieldType::CityIbge:
        // Omie accepts the IBGE code in "cidade" too; without it a new client has no city.
        set(key, text(v));
        if (!empty)
            set(u"cidade"_s, text(v));
        return;
    case FieldType::Seller: {
        const qint64 code = text(v).toLongLong();
        set(key, code);
        return;
    }
    default:
        if (field.maxLength > 0 && text(v).size() > field.maxLength && warnings)
            warnings->append(tr("\"%1\" was cut to %2 characters for Omie.").arg(field.label).arg(field.maxLength));
        set(key, field.maxLength > 0 ? text(v).left(field.maxLength) : text(v));
        return;
    }
}

void Mapper::writePloomes(const FieldInfo &field, const QJsonValue &v, QJsonObject &payload,
                          QStringList *warnings) const
{
    const QString &key = field.key;
    const bool empty = v.isNull() || v.isUndefined();
    if (field.custom) {
        QJsonValue value;
        switch (field.type) {
        case FieldType::Date:
            value = empty ? QJsonValue(QJsonValue::Null) : QJsonValue(ploomesDate(text(v)));
            break;
        case FieldType::Bool:
            value = v.toBool();
            break;
        case FieldType::Integer:
        case FieldType::Decimal:
        case FieldType::Money:
        case FieldType::Percent:
            value = empty ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toDouble());
            break;
        case FieldType::Seller: {
            const qint64 user = m_lookups.userIdBySeller.value(text(v).toLongLong());
            value = user ? QJsonValue(user) : QJsonValue(QJsonValue::Null);
            break;
        }
        default:
            value = empty ? QJsonValue(QJsonValue::Null) : QJsonValue(text(v).left(field.maxLength > 0 ? field.maxLength : -1));
            break;
        }
        Ploomes::Entity e(payload);
        e.setOther(key, field.valueProperty.isEmpty() ? Ploomes::ValueProperty::String : field.valueProperty, value);
        payload = e.json();
        return;
    }
    if (key == u"Document"_s) {
        const QString d = Text::digits(text(v));
        if (d.size() == 14) {
            payload.insert(u"CNPJ"_s, d);
            payload.insert(u"TypeId"_s, 1);
        } else if (d.size() == 11) {
            payload.insert(u"CPF"_s, d);
            payload.insert(u"TypeId"_s, 2);
        } else if (!d.isEmpty() && warnings) {
            warnings->append(tr("\"%1\" is neither a CNPJ nor a CPF and was not sent.").arg(text(v)));
        }
        return;
    }
    if (key.startsWith(u"Phones/"_s)) {
        // The three slots are rebuilt together, in order, so that reading them back gives the same slots.
        QJsonArray phones = payload.value(u"Phones"_s).toArray();
        if (empty)
            return;
        const bool fax = key == u"Phones/Fax"_s;
        const qint64 type = fax ? m_lookups.phoneTypeFax : (key == u"Phones/2"_s && m_lookups.phoneTypeMobile
                                                                ? m_lookups.phoneTypeMobile
                                                                : m_lookups.phoneTypeWork);
        QJsonObject phone{{u"PhoneNumber"_s, TypeConversion::convert(text(v), FieldType::Phone, FieldType::Text)},
                          {u"CountryId"_s, m_lookups.countryBrazil}};
        if (type)
            phone.insert(u"TypeId"_s, type);
        // Keep regular phones before the fax, in slot order.
        const int slot = fax ? 99 : key.mid(7).toInt();
        int insertAt = int(phones.size());
        for (int i = 0; i < phones.size(); ++i) {
            const int other = phones.at(i).toObject().value(u"_slot"_s).toInt();
            if (other > slot) {
                insertAt = i;
                break;
            }
        }
        phone.insert(u"_slot"_s, slot);
        phones.insert(insertAt, phone);
        payload.insert(u"Phones"_s, phones);
        return;
    }
    switch (field.type) {
    case FieldType::CityIbge: {
        const qint64 id = m_lookups.cityIdByIbge.value(text(v));
        if (!id && !empty && warnings)
            warnings->append(tr("The city with IBGE code %1 does not exist in Ploomes.").arg(text(v)));
        payload.insert(key, id ? QJsonValue(id) : QJsonValue(QJsonValue::Null));
        return;
    }
    case FieldType::StateUf: {
        const qint64 id = m_lookups.stateIdByUf.value(text(v).toUpper());
        if (!id && !empty && warnings)
            warnings->append(tr("The state %1 does not exist in Ploomes.").arg(text(v)));
        payload.insert(key, id ? QJsonValue(id) : QJsonValue(QJsonValue::Null));
        return;
    }
    case FieldType::Country:
        payload.insert(key, text(v) == u"1058"_s || empty ? QJsonValue(m_lookups.countryBrazil)
                                                           : QJsonValue(QJsonValue::Null));
        return;
    case FieldType::Tags: {
        QJsonArray tags;
        for (const QJsonValue &t : v.toArray()) {
            const qint64 id = m_lookups.tagIdByName.value(Text::fold(t.toString()));
            if (id)
                tags.append(QJsonObject{{u"TagId"_s, id}});
            else if (warnings)
                warnings->append(tr("The tag \"%1\" does not exist in Ploomes.").arg(t.toString()));
        }
        payload.insert(key, tags);
        return;
    }
    case FieldType::Seller: {
        const qint64 user = m_lookups.userIdBySeller.value(text(v).toLongLong());
        if (!user && !empty && warnings)
            warnings->append(tr("The Omie seller %1 has no Ploomes user with the same e-mail.").arg(text(v)));
        payload.insert(key, user ? QJsonValue(user) : QJsonValue(QJsonValue::Null));
        return;
    }
    case FieldType::Inactive: {
        const qint64 status = v.toBool() ? m_lookups.statusInactive : m_lookups.statusActive;
        if (status)
            payload.insert(key, status);
        return;
    }
    case FieldType::Date:
        payload.insert(key, empty ? QJsonValue(QJsonValue::Null) : QJsonValue(ploomesDate(text(v))));
        return;
    case FieldType::Bool:
        payload.insert(key, v.toBool());
        return;
    case FieldType::Cep:
        payload.insert(key, Text::digits(text(v)));
        return;
    case FieldType::Integer:
    case FieldType::Decimal:
    case FieldType::Money:
    case FieldType::Percent:
        payload.insert(key, empty ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toDouble()));
        return;
    default:
        payload.insert(key, empty ? QJsonValue(QJsonValue::Null) : QJsonValue(text(v)));
        return;
    }
}

namespace {
void stripSlots(QJsonObject &payload)
{
    if (!payload.contains(u"Phones"_s))
        return;
    QJsonArray phones = payload.value(u"Phones"_s).toArray();
    for (int i = 0; i < phones.size(); ++i) {
        QJsonObject p = phones.at(i).toObject();
        p.remove(u"_slot"_s);
        phones.replace(i, p);
    }
    payload.insert(u"Phones"_s, phones);
}
} // namespace

Mapper::Result Mapper::toPloomes(Entity entity, const QJsonObject &omieRecord) const
{
    Result r;
    bool phonesMapped = false;
    for (const Resolved &p : resolved(entity)) {
        if (!p.pair.flowsToPloomes())
            continue;
        if (p.ploomes.key.startsWith(u"Phones/"_s))
            phonesMapped = true;
        const QJsonValue neutral = TypeConversion::convert(readOmie(p.omie, omieRecord), p.omie.type, p.ploomes.type);
        writePloomes(p.ploomes, neutral, r.payload, &r.warnings);
    }
    if (phonesMapped && !r.payload.contains(u"Phones"_s))
        r.payload.insert(u"Phones"_s, QJsonArray()); // every phone removed in Omie
    stripSlots(r.payload);
    return r;
}

Mapper::Result Mapper::toOmie(Entity entity, const QJsonObject &ploomesRecord) const
{
    Result r;
    for (const Resolved &p : resolved(entity)) {
        if (!p.pair.flowsToOmie())
            continue;
        const QJsonValue neutral =
            TypeConversion::convert(readPloomes(p.ploomes, ploomesRecord), p.ploomes.type, p.omie.type);
        writeOmie(p.omie, neutral, r.payload, &r.warnings);
    }
    return r;
}

QJsonObject Mapper::ploomesSide(Entity entity, const QJsonObject &ploomesObject) const
{
    QJsonObject out;
    for (const Resolved &p : resolved(entity)) {
        if (p.pair.flowsToPloomes())
            out.insert(p.ploomes.key, TypeConversion::canonical(readPloomes(p.ploomes, ploomesObject), p.ploomes.type));
    }
    return out;
}

QJsonObject Mapper::omieSide(Entity entity, const QJsonObject &omieObject) const
{
    QJsonObject out;
    for (const Resolved &p : resolved(entity)) {
        if (p.pair.flowsToOmie())
            out.insert(p.omie.key, TypeConversion::canonical(readOmie(p.omie, omieObject), p.omie.type));
    }
    return out;
}

QString Mapper::hash(const QJsonObject &canonical)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1)
            .toHex());
}

} // namespace Ponte
