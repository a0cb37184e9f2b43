#include "ploomessimulator.h"

#include "brasiliatime.h"
#include "net/httpserver.h"
#include "ploomesodata.h"
#include "ploomesschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUuid>

#include <climits>
#include <cmath>
#include <deque>
#include <functional>
#include <map>
#include <random>

using namespace Qt::StringLiterals;

/*
 * Choices where ploomes-api.md is unsure (❓/🟡), so that tests and the client agree on one story:
 * - Error bodies: OData-level failures (400 validation and query errors, 404, 409) answer
 *   {"error":{"code","message"}}; framework/gateway-level answers (401, 403, 405, 429) answer the
 *   ASP.NET form {"Message":"…"}. Both forms are "observed in the wild" (reference §1.6).
 * - POST and PATCH answer 200 with {"@odata.context","value":[record]}; DELETE answers 204.
 * - GET /Collection(id) answers the same {"value":[record]} envelope as a list.
 * - PATCH with OtherProperties merges by FieldKey (S8's experience; S6 claims replacement, played by
 *   PloomesQuirks::patchReplacesOtherProperties). PATCH
 *   with Phones, Tags or an order's Products replaces that list (S2 sends full lists).
 * - Strings compare case-insensitively in $filter and $orderby (SQL Server CI collation); property
 *   names are case-sensitive and unknown ones are refused (400), as with a schema-bound OData service.
 * - A literal of the wrong type (Code eq 123 on a string, IBGECode eq '3509502') is 400, as ODL does.
 * - Without $top a list still stops at maxPageSize rows. $count=true adds @odata.count.
 * - OtherProperties/any(...) filters: the FieldId form (Ploomes' n8n node) is accepted; the FieldKey form
 *   answers 403, as S6 reports (§7.4), and PloomesQuirks::forbidFieldIdFilters makes the FieldId form 403
 *   too, so that a client's fallback is exercised.
 * - Look-ups answer in Portuguese with the published ids (§7.1): Fields@Entities "Cliente" 1 … "Produto
 *   da Venda" 20 with ApiUrl; Fields@Types "Texto simples", …; /Currencies with Short ("BRL", "USD").
 *   Messages of new refusals are Portuguese.
 * - ZipCode is a number (§7.2): a digits string is accepted and stored as a number, so a leading 0 is lost.
 * - POST /Tags requires Color (every published example sends it; whether it is required is ❓).
 * - Contact tags are relations {TagId, ContactId}; the tag's name only under $expand=Tags($expand=Tag).
 * - Datetime literals without an offset are taken as UTC (the "surprise" S6 warns about).
 * - IntegerValue is 32-bit (the reference advises text for Omie ids because this is unconfirmed),
 *   Texto simples (TypeId 1) holds at most 250 characters.
 * - Line Total is always computed (Quantity × UnitPrice × (1 − Discount/100), 2 decimals); a Total in
 *   the body is ignored. Order Amount is the sum of the lines unless the body gives one.
 * - OrderNumber is assigned by the server and read-only. Contacts and orders without OwnerId get
 *   the creating user as owner. A contact's StateId/CountryId are derived from its CityId; a
 *   StateId that disagrees with the city is refused.
 * - CNPJ is accepted on companies only, CPF on people only; masked input is stored as digits.
 */

namespace Ponte::Sim {

namespace {

namespace S = PloomesSchema;
using Table = std::map<qint64, QJsonObject>;
using QueryItems = QList<QPair<QString, QString>>;

constexpr qint64 kBrazil = 76;
constexpr qint64 kCompany = 1;
constexpr qint64 kPerson = 2;

const QStringList kValueProperties = {
    u"StringValue"_s,    u"BigStringValue"_s, u"IntegerValue"_s,      u"DecimalValue"_s,
    u"DateTimeValue"_s,  u"BoolValue"_s,      u"ObjectValueId"_s,     u"UserValueId"_s,
    u"ContactValueId"_s, u"ProductValueId"_s, u"AttachmentValueId"_s,
};
const QStringList kNameProperties = {u"ObjectValueName"_s, u"UserValueName"_s, u"ContactValueName"_s,
                                     u"ProductValueName"_s};

struct Failure
{
    int status = 400;
    QString code = u"BadRequest"_s;
    QString message;
};

bool fail(Failure *f, const QString &message, int status = 400, const QString &code = u"BadRequest"_s)
{
    f->status = status;
    f->code = code;
    f->message = message;
    return false;
}

/** What a write carries besides the record itself. */
struct Pending
{
    bool replaceLines = false;
    QList<QJsonObject> lines;
    bool hasOptionsTable = false;
    QJsonObject optionsTable;
    QList<QJsonObject> options;
};

struct Route
{
    const S::Collection *collection = nullptr;
    QString rawName;
    bool hasKey = false;
    bool keyValid = true;
    qint64 id = 0;
    QString stringKey;
    bool isStringKey = false;
    QString action;
    bool tooDeep = false;
};

enum class Fault { None, Html500, BadGateway, Unavailable, Reset, Slow, LostWrite };

qint64 idOf(const QJsonObject &o)
{
    return qint64(o.value(u"Id"_s).toDouble());
}

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9007199254740992.0;
}

std::optional<qint64> optionalId(const QJsonValue &v)
{
    if (!isInteger(v))
        return std::nullopt;
    return qint64(v.toDouble());
}

bool isBlank(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().trimmed().isEmpty());
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

/** ISO-8601 in Brasília time with its offset, fraction trimmed like .NET's DateTimeOffset serialisation. */
QString isoDate(qint64 ms)
{
    const QDateTime dt = BrasiliaTime::ofMs(ms);
    QString s = dt.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s);
    const int frac = dt.time().msec();
    if (frac != 0) {
        QString f = u"%1"_s.arg(frac, 3, 10, QLatin1Char('0'));
        while (f.endsWith(u'0'))
            f.chop(1);
        s += u'.' + f;
    }
    return s + dt.toString(Qt::ISODate).right(6); // "-03:00"; Brasília is never at UTC, so never "Z"
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HttpResponse jsonResponse(int status, const QJsonObject &o)
{
    return HttpResponse::json(status, toJson(o));
}

HttpResponse odataError(int status, const QString &code, const QString &message)
{
    return jsonResponse(status, QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}});
}

HttpResponse messageError(int status, const QString &message)
{
    return jsonResponse(status, QJsonObject{{u"Message"_s, message}});
}

HttpResponse failureResponse(const Failure &f)
{
    if (f.status == 401 || f.status == 403 || f.status == 405 || f.status == 429)
        return messageError(f.status, f.message);
    return odataError(f.status, f.code, f.message);
}

HttpResponse htmlFault(Fault fault)
{
    switch (fault) {
    case Fault::BadGateway:
        return HttpResponse::text(502,
                                  "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 "
                                  "Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
                                  "text/html");
    case Fault::Unavailable:
        return HttpResponse::text(503,
                                  "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"\"http://www.w3.org/TR/html4/"
                                  "strict.dtd\">\r\n<HTML><HEAD><TITLE>Service Unavailable</TITLE>\r\n<META "
                                  "HTTP-EQUIV=\"Content-Type\" Content=\"text/html; charset=us-ascii\"></HEAD>\r\n"
                                  "<BODY><h2>Service Unavailable</h2>\r\n<hr><p>HTTP Error 503. The service is "
                                  "unavailable.</p>\r\n</BODY></HTML>\r\n",
                                  "text/html; charset=us-ascii");
    default:
        return HttpResponse::text(500,
                                  "<!DOCTYPE html>\r\n<html><head><title>Runtime Error</title></head><body>"
                                  "<h1>Server Error in '/' Application.</h1><h2><i>Runtime Error</i></h2>"
                                  "<p>An application error occurred on the server.</p></body></html>\r\n",
                                  "text/html; charset=utf-8");
    }
}

Route parseRoute(const QString &path)
{
    Route r;
    QString p = path;
    while (p.startsWith(u'/'))
        p.remove(0, 1);
    while (p.endsWith(u'/'))
        p.chop(1);
    const QStringList segments = p.split(u'/');
    static const QRegularExpression segRe(u"^([^()]+)(?:\\((.*)\\))?$"_s);
    const auto m = segRe.match(segments.value(0));
    if (!m.hasMatch()) {
        r.rawName = segments.value(0);
        return r;
    }
    r.rawName = m.captured(1);
    r.collection = S::findCollection(r.rawName);
    if (m.lastCapturedIndex() >= 2) {
        r.hasKey = true;
        const QString key = m.captured(2).trimmed();
        static const QRegularExpression digits(u"^\\d{1,18}$"_s);
        if (digits.match(key).hasMatch()) {
            r.id = key.toLongLong();
        } else if (key.size() >= 2 && key.startsWith(u'\'') && key.endsWith(u'\'')) {
            r.isStringKey = true;
            r.stringKey = key.mid(1, key.size() - 2).replace(u"''"_s, u"'"_s);
        } else {
            r.keyValid = false;
        }
    }
    if (segments.size() >= 2)
        r.action = segments.at(1);
    r.tooDeep = segments.size() > 2;
    return r;
}

QString entityPrefix(qint64 entityId)
{
    static const QHash<qint64, QString> prefixes = {
        {1, u"contact"_s},
        {2, u"deal"_s},
        {4, u"order"_s},
        {5, u"order_section"_s},
        {7, u"quote"_s},
        {8, u"quote_section"_s},
        {10, u"product"_s},
        {12, u"task"_s},
        {14, u"quote_table_product"_s},
        {20, u"order_table_product"_s},
        {36, u"interaction_record"_s},
    };
    return prefixes.value(entityId, u"entity%1"_s.arg(entityId));
}

} // namespace

// =================================================================================================

struct PloomesSimulator::Private : public OData::Model
{
    PloomesSimulator *q;
    Clock *clock;
    HttpServer *server = nullptr;
    QHostAddress address = QHostAddress::LocalHost;

    QString userKey = u"demo-user-key"_s;
    PloomesLimitsConfig limits;
    FaultConfig faults;
    std::mt19937 rng{1};
    int latencyMs = 0;
    int emptyPages = 0;
    PloomesQuirks quirks;
    std::mt19937 quirkRng{7};

    ViolationCounters violations;
    TrafficCounters traffic;
    int inFlight = 0;
    QHash<QString, std::deque<qint64>> windows; ///< accepted request times per User-Key

    QHash<QString, Table> tables;                                    ///< by type name
    mutable QHash<QString, QHash<qint64, QList<qint64>>> childIndex; ///< "type/key" -> parent id -> child ids
    QHash<QString, qint64> nextIds;
    qint64 nextPhoneId = 900001;
    qint64 nextOrderNumber = 1;
    quint64 fieldKeyCounter = 0;
    qint64 selfId = 0;
    qint64 adminId = 0;

    Private(PloomesSimulator *owner, Clock *c) : q(owner), clock(c) { resetStore(); }

    // ---- OData::Model ------------------------------------------------------------------------

    OData::Member member(const QString &type, const QString &name) const override
    {
        OData::Member m;
        const auto it = S::types().constFind(type);
        if (it == S::types().constEnd())
            return m;
        if (const S::Property *p = it->property(name); p && !p->writeOnly) {
            m.kind = OData::Member::Scalar;
            m.type = S::valueType(p->type);
            return m;
        }
        if (const S::Navigation *n = it->navigation(name)) {
            m.kind = n->storage == S::Navigation::Reference ? OData::Member::Single : OData::Member::Many;
            m.target = n->target;
        }
        return m;
    }

    QStringList scalarNames(const QString &type) const override
    {
        QStringList names;
        for (const S::Property &p : S::types().value(type).properties) {
            if (!p.writeOnly)
                names.append(p.name);
        }
        return names;
    }

    std::optional<QJsonObject>
    single(const QString &type, const QJsonObject &record, const QString &name) const override
    {
        const S::Navigation *n = S::types().value(type).navigation(name);
        if (!n || n->storage != S::Navigation::Reference)
            return std::nullopt;
        const auto id = optionalId(record.value(n->key));
        if (!id)
            return std::nullopt;
        if (const QJsonObject *target = find(n->target, *id))
            return *target;
        return std::nullopt;
    }

    QList<QJsonObject> many(const QString &type, const QJsonObject &record, const QString &name) const override
    {
        QList<QJsonObject> out;
        const S::Navigation *n = S::types().value(type).navigation(name);
        if (!n)
            return out;
        if (n->storage == S::Navigation::Inline) {
            for (const QJsonValue &v : record.value(name).toArray())
                out.append(v.toObject());
        } else if (n->storage == S::Navigation::Child) {
            const Table &children = tableRef(n->target);
            for (const qint64 childId : childIds(n->target, n->key, idOf(record))) {
                const auto it = children.find(childId);
                if (it != children.end())
                    out.append(it->second);
            }
        }
        return out;
    }

    // ---- store -------------------------------------------------------------------------------

    /** Ids of the records of @p type whose @p key is @p parentId, from an index rebuilt after writes. */
    QList<qint64> childIds(const QString &type, const QString &key, qint64 parentId) const
    {
        const QString indexKey = type + u'/' + key;
        auto it = childIndex.find(indexKey);
        if (it == childIndex.end()) {
            QHash<qint64, QList<qint64>> index;
            for (const auto &[id, rec] : tableRef(type)) {
                if (const auto parent = optionalId(rec.value(key)))
                    index[*parent].append(id);
            }
            it = childIndex.insert(indexKey, index);
        }
        return it->value(parentId);
    }

    void touch() { childIndex.clear(); }

    void resetStore()
    {
        touch();
        tables.clear();
        nextIds.clear();
        for (const S::Collection &c : S::collections()) {
            if (!nextIds.contains(c.type) || c.name == c.type)
                nextIds.insert(c.type, c.firstId);
        }
        nextPhoneId = 900001;
        nextOrderNumber = 1;
        fieldKeyCounter = 0;
        selfId = adminId = 0;
    }

    const Table &tableRef(const QString &type) const
    {
        static const Table empty;
        const auto it = tables.constFind(type);
        return it == tables.constEnd() ? empty : *it;
    }

    const QJsonObject *find(const QString &type, qint64 id) const
    {
        const auto t = tables.constFind(type);
        if (t == tables.constEnd())
            return nullptr;
        const auto it = t->find(id);
        return it == t->end() ? nullptr : &it->second;
    }

    bool exists(const QString &type, const QJsonValue &id) const
    {
        const auto v = optionalId(id);
        return v && find(type, *v);
    }

    qint64 allocateId(const QString &type)
    {
        qint64 &next = nextIds[type];
        if (next <= 0)
            next = 1;
        return next++;
    }

    QString nowIso() const { return isoDate(clock->nowMs()); }

    /** Stores @p rec as is (seed): Id assigned when missing. */
    qint64 rawInsert(const QString &type, QJsonObject rec)
    {
        qint64 id = optionalId(rec.value(u"Id"_s)).value_or(0);
        if (id <= 0)
            id = allocateId(type);
        else if (id >= nextIds.value(type))
            nextIds[type] = id + 1;
        rec.insert(u"Id"_s, double(id));
        tables[type][id] = rec;
        touch();
        return id;
    }

    QList<QJsonObject> all(const QString &type) const
    {
        QList<QJsonObject> out;
        for (const auto &[id, rec] : tableRef(type))
            out.append(rec);
        return out;
    }

    const QJsonObject *findFieldByKey(const QString &key) const
    {
        for (const auto &[id, rec] : tableRef(u"Fields"_s)) {
            if (rec.value(u"Key"_s).toString() == key)
                return &rec;
        }
        return nullptr;
    }

    QString valuePropertyFor(const QJsonObject &field) const
    {
        const qint64 typeId = qint64(field.value(u"TypeId"_s).toDouble());
        switch (typeId) {
        case 7:
        case 8:
            return u"ObjectValueId"_s;
        case 13:
            return u"ContactValueId"_s;
        case 15:
            return u"ProductValueId"_s;
        case 16:
            return u"UserValueId"_s;
        default:
            break;
        }
        const QJsonObject *type = find(u"Fields@Types"_s, typeId);
        const QString native = type ? type->value(u"NativeType"_s).toString() : QString();
        if (native == u"BigString"_s)
            return u"BigStringValue"_s;
        if (native == u"Integer"_s)
            return u"IntegerValue"_s;
        if (native == u"Decimal"_s)
            return u"DecimalValue"_s;
        if (native == u"DateTime"_s)
            return u"DateTimeValue"_s;
        if (native == u"Bool"_s)
            return u"BoolValue"_s;
        return u"StringValue"_s;
    }

    QJsonObject emptyOtherProperty(const QJsonObject &field) const
    {
        QJsonObject o{{u"FieldId"_s, field.value(u"Id"_s)}, {u"FieldKey"_s, field.value(u"Key"_s)}};
        for (const QString &p : kValueProperties)
            o.insert(p, QJsonValue());
        for (const QString &p : kNameProperties)
            o.insert(p, QJsonValue());
        return o;
    }

    // ---- validation --------------------------------------------------------------------------

    bool
    checkType(const QString &typeName, const S::Property &p, const QJsonValue &v, QJsonValue *out, Failure *f) const
    {
        if (v.isNull()) {
            *out = v;
            return true;
        }
        bool ok = false;
        switch (p.type) {
        case S::PropType::Int:
            ok = isInteger(v);
            break;
        case S::PropType::Number:
            ok = v.isDouble();
            break;
        case S::PropType::String:
            ok = v.isString();
            break;
        case S::PropType::Bool:
            ok = v.isBool();
            break;
        case S::PropType::DateTime:
            if (v.isString()) {
                if (const auto ms = OData::parseDateTime(v.toString())) {
                    *out = isoDate(*ms);
                    return true;
                }
            }
            break;
        case S::PropType::Any:
            ok = v.isString() || v.isDouble();
            break;
        }
        if (!ok) {
            return fail(f, u"Cannot convert the value of property '%1' on type 'Ploomes.%2' to the expected type "
                           "'%3'."_s.arg(p.name, typeName, S::edmType(p.type)));
        }
        *out = v;
        return true;
    }

    /** Declared, writable properties of an element of a nested list (phones, tags, order lines). */
    bool sanitizeElement(const QString &typeName, const QJsonValue &value, QJsonObject *out, Failure *f) const
    {
        if (!value.isObject())
            return fail(f, u"The elements of the collection of type 'Ploomes.%1' must be objects."_s.arg(typeName));
        const S::Type &t = S::types()[typeName];
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (it.key().startsWith(u"@odata"_s))
                continue;
            if (const S::Property *p = t.property(it.key())) {
                if (p->readOnly || p->writeOnly)
                    continue;
                QJsonValue v;
                if (!checkType(typeName, *p, it.value(), &v, f))
                    return false;
                out->insert(p->name, v);
                continue;
            }
            if (it.key() == u"OtherProperties"_s && t.fieldEntityId > 0) {
                QJsonArray merged;
                if (!normalizeOtherProperties(t.fieldEntityId, it.value(), nullptr, &merged, f))
                    return false;
                out->insert(it.key(), merged);
                continue;
            }
            return fail(f, u"The property '%1' does not exist on type 'Ploomes.%2'. Make sure to only use property "
                           "names that are defined by the type."_s.arg(it.key(), typeName));
        }
        return true;
    }

    bool normalizeOtherProperties(
        int entityId, const QJsonValue &input, const QJsonArray *existing, QJsonArray *out, Failure *f) const
    {
        if (!input.isArray())
            return fail(f, u"OtherProperties must be an array."_s);
        QJsonArray result;
        QHash<QString, int> perKey;
        for (const QJsonValue &ev : input.toArray()) {
            if (!ev.isObject())
                return fail(f, u"The elements of OtherProperties must be objects."_s);
            const QJsonObject e = ev.toObject();
            const QJsonObject *field = nullptr;
            const QJsonValue key = e.value(u"FieldKey"_s);
            const QJsonValue fieldId = e.value(u"FieldId"_s);
            if (key.isString())
                field = findFieldByKey(key.toString());
            else if (isInteger(fieldId))
                field = find(u"Fields"_s, qint64(fieldId.toDouble()));
            else
                return fail(f, u"Each element of OtherProperties needs a FieldKey."_s);
            if (!field) {
                return fail(f, u"The field '%1' does not exist."_s.arg(
                                   key.isString() ? key.toString() : QString::number(fieldId.toDouble())));
            }
            const QString fieldKey = field->value(u"Key"_s).toString();
            if (isInteger(fieldId) && fieldId.toDouble() != field->value(u"Id"_s).toDouble())
                return fail(
                    f, u"FieldId %1 does not match FieldKey '%2'."_s.arg(qint64(fieldId.toDouble())).arg(fieldKey));
            if (field->value(u"EntityId"_s).toInt() != entityId) {
                return fail(f, u"O campo '%1' pertence à entidade %2, não à entidade %3."_s.arg(fieldKey)
                                   .arg(field->value(u"EntityId"_s).toInt())
                                   .arg(entityId));
            }
            if (!isBlank(field->value(u"PropertyName"_s))) {
                return fail(f, u"The field '%1' is native; write the property '%2' instead of an OtherProperty."_s.arg(
                                   fieldKey, field->value(u"PropertyName"_s).toString()));
            }
            const QString valueProp = valuePropertyFor(*field);
            QJsonObject stored = emptyOtherProperty(*field);
            bool hasValue = false;
            for (auto it = e.begin(); it != e.end(); ++it) {
                const QString &k = it.key();
                if (k == u"FieldKey"_s || k == u"FieldId"_s || k.startsWith(u"@odata"_s))
                    continue;
                if (kValueProperties.contains(k)) {
                    if (k == valueProp) {
                        QJsonValue v;
                        if (!checkValue(*field, k, it.value(), &v, &stored, f))
                            return false;
                        stored.insert(k, v);
                        hasValue = true;
                    } else if (!it.value().isNull()) {
                        return fail(f, u"The field '%1' (type %2) stores its value in %3, not in %4."_s.arg(fieldKey)
                                           .arg(field->value(u"TypeId"_s).toInt())
                                           .arg(valueProp, k));
                    }
                    continue;
                }
                if (kNameProperties.contains(k)) {
                    // The option text is accepted in place of its id (S5/S6 write it); other names are read-only.
                    if (k == u"ObjectValueName"_s && valueProp == u"ObjectValueId"_s && it.value().isString()
                        && e.value(u"ObjectValueId"_s).isNull()) {
                        const QJsonObject *option = findOptionByName(*field, it.value().toString());
                        if (!option)
                            return fail(f, u"The option '%1' does not exist for field '%2'."_s.arg(
                                               it.value().toString(), fieldKey));
                        stored.insert(u"ObjectValueId"_s, option->value(u"Id"_s));
                        stored.insert(u"ObjectValueName"_s, option->value(u"Name"_s));
                        hasValue = true;
                    }
                    continue;
                }
                return fail(f, u"The property '%1' does not exist on type 'Ploomes.OtherProperty'."_s.arg(k));
            }
            if (!hasValue)
                return fail(f, u"No value was given for the field '%1' (expected %2)."_s.arg(fieldKey, valueProp));
            if (++perKey[fieldKey] > 1 && !field->value(u"Multiple"_s).toBool())
                return fail(f, u"The field '%1' does not accept multiple values."_s.arg(fieldKey));
            result.append(stored);
        }
        if (existing) {
            // Merge by FieldKey: untouched custom values stay.
            QJsonArray merged;
            for (const QJsonValue &old : *existing) {
                if (!perKey.contains(old.toObject().value(u"FieldKey"_s).toString()))
                    merged.append(old);
            }
            for (const QJsonValue &v : std::as_const(result))
                merged.append(v);
            result = merged;
        }
        *out = result;
        return true;
    }

    const QJsonObject *findOptionByName(const QJsonObject &field, const QString &name) const
    {
        const QJsonValue tableId = field.value(u"OptionsTableId"_s);
        for (const auto &[id, option] : tableRef(u"Fields@OptionsTables@Options"_s)) {
            if (option.value(u"TableId"_s) == tableId
                && option.value(u"Name"_s).toString().compare(name, Qt::CaseInsensitive) == 0)
                return &option;
        }
        return nullptr;
    }

    bool checkValue(const QJsonObject &field,
                    const QString &prop,
                    const QJsonValue &v,
                    QJsonValue *out,
                    QJsonObject *stored,
                    Failure *f) const
    {
        const QString key = field.value(u"Key"_s).toString();
        *out = v;
        if (v.isNull())
            return true;
        auto wrong = [&](const QString &expected) {
            return fail(f, u"Invalid %1 for field '%2': expected %3."_s.arg(prop, key, expected));
        };
        if (prop == u"StringValue"_s || prop == u"BigStringValue"_s) {
            if (!v.isString())
                return wrong(u"a string"_s);
            if (prop == u"StringValue"_s && field.value(u"TypeId"_s).toInt() == 1 && v.toString().size() > 250)
                return fail(f, u"The value of field '%1' exceeds 250 characters."_s.arg(key));
            return true;
        }
        if (prop == u"IntegerValue"_s) {
            if (!isInteger(v))
                return wrong(u"an integer"_s);
            if (std::fabs(v.toDouble()) > 2147483647.0)
                return fail(
                    f,
                    u"The value %1 of field '%2' does not fit in Edm.Int32."_s.arg(v.toDouble(), 0, 'f', 0).arg(key));
            return true;
        }
        if (prop == u"DecimalValue"_s)
            return v.isDouble() ? true : wrong(u"a number"_s);
        if (prop == u"BoolValue"_s)
            return v.isBool() ? true : wrong(u"true or false"_s);
        if (prop == u"DateTimeValue"_s) {
            const auto ms = v.isString() ? OData::parseDateTime(v.toString()) : std::nullopt;
            if (!ms)
                return wrong(u"an ISO-8601 date"_s);
            *out = isoDate(*ms);
            return true;
        }
        if (!isInteger(v))
            return wrong(u"an id"_s);
        const qint64 id = qint64(v.toDouble());
        if (prop == u"ObjectValueId"_s) {
            const QJsonObject *option = find(u"Fields@OptionsTables@Options"_s, id);
            if (!option || option->value(u"TableId"_s) != field.value(u"OptionsTableId"_s))
                return fail(f, u"The option %1 does not exist for field '%2'."_s.arg(id).arg(key));
            stored->insert(u"ObjectValueName"_s, option->value(u"Name"_s));
            return true;
        }
        const QHash<QString, QPair<QString, QString>> refs = {
            {u"UserValueId"_s, {u"Users"_s, u"UserValueName"_s}},
            {u"ContactValueId"_s, {u"Contacts"_s, u"ContactValueName"_s}},
            {u"ProductValueId"_s, {u"Products"_s, u"ProductValueName"_s}},
        };
        if (refs.contains(prop)) {
            const QJsonObject *target = find(refs[prop].first, id);
            if (!target)
                return fail(f, u"%1 %2 does not exist (field '%3')."_s.arg(prop).arg(id).arg(key));
            stored->insert(refs[prop].second, target->value(u"Name"_s));
        }
        return true;
    }

    /** Declared properties and nested lists of a body, merged into @p rec (the stored record on PATCH). */
    bool sanitize(const QString &typeName,
                  const QJsonObject &input,
                  QJsonObject *rec,
                  Pending *pending,
                  bool isUpdate,
                  Failure *f) const
    {
        const S::Type &t = S::types()[typeName];
        for (auto it = input.begin(); it != input.end(); ++it) {
            const QString &k = it.key();
            if (k.startsWith(u"@odata"_s) || k.startsWith(u"odata."_s))
                continue;
            if (const S::Property *p = t.property(k)) {
                if (p->readOnly || p->writeOnly)
                    continue; // read-only properties in a body are ignored, as the service does
                QJsonValue v;
                if (!checkType(typeName, *p, it.value(), &v, f))
                    return false;
                rec->insert(k, v);
                continue;
            }
            const S::Navigation *n = t.navigation(k);
            if (!n) {
                return fail(f, u"The property '%1' does not exist on type 'Ploomes.%2'. Make sure to only use property "
                               "names that are defined by the type."_s.arg(k, typeName));
            }
            if (n->storage == S::Navigation::Reference) {
                if (typeName == u"Fields"_s && k == u"OptionsTable"_s)
                    continue; // deep insert handled by the caller
                return fail(f, u"Deep insert or update of the navigation property '%1' is not supported."_s.arg(k));
            }
            if (it.value().isNull() && k != u"OtherProperties"_s) {
                rec->insert(k, QJsonArray());
                if (n->storage == S::Navigation::Child) {
                    pending->replaceLines = true;
                    pending->lines.clear();
                }
                continue;
            }
            if (!it.value().isArray())
                return fail(f, u"The property '%1' must be an array."_s.arg(k));
            if (k == u"OtherProperties"_s) {
                const QJsonArray existing = rec->value(k).toArray();
                const bool merge = isUpdate && !quirks.patchReplacesOtherProperties;
                QJsonArray merged;
                if (!normalizeOtherProperties(t.fieldEntityId, it.value(), merge ? &existing : nullptr, &merged, f))
                    return false;
                rec->insert(k, merged);
                continue;
            }
            QList<QJsonObject> elements;
            for (const QJsonValue &ev : it.value().toArray()) {
                QJsonObject e;
                if (!sanitizeElement(n->target, ev, &e, f))
                    return false;
                elements.append(e);
            }
            if (n->storage == S::Navigation::Child) {
                pending->replaceLines = true;
                pending->lines = elements;
            } else {
                QJsonArray array;
                for (const QJsonObject &e : std::as_const(elements))
                    array.append(e);
                rec->insert(k, array);
            }
        }
        return true;
    }

    bool requireText(const QJsonObject &rec, const QString &prop, Failure *f) const
    {
        if (isBlank(rec.value(prop)))
            return fail(f, u"The field '%1' is required."_s.arg(prop));
        return true;
    }

    bool
    requireRef(const QJsonObject &rec, const QString &prop, const QString &targetType, bool required, Failure *f) const
    {
        const QJsonValue v = rec.value(prop);
        if (v.isNull() || v.isUndefined())
            return required ? fail(f, u"The field '%1' is required."_s.arg(prop)) : true;
        if (!exists(targetType, v))
            return fail(f, u"%1 %2 does not exist."_s.arg(prop).arg(qint64(v.toDouble())));
        return true;
    }

    static bool validEmail(const QString &email)
    {
        static const QRegularExpression re(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
        return re.match(email.trimmed()).hasMatch();
    }

    bool validateContact(QJsonObject &rec, bool isCreate, qint64 actor, Failure *f) const
    {
        if (!requireText(rec, u"Name"_s, f))
            return false;
        const QJsonValue typeId = rec.value(u"TypeId"_s);
        if (typeId.isNull() || typeId.isUndefined())
            return fail(f, u"The field 'TypeId' is required (1 = company, 2 = person)."_s);
        if (typeId.toDouble() != kCompany && typeId.toDouble() != kPerson)
            return fail(f,
                        u"TypeId %1 is not valid: use 1 (company) or 2 (person)."_s.arg(typeId.toVariant().toString()));
        const bool person = typeId.toDouble() == kPerson;
        struct Doc
        {
            QString prop;
            bool forPerson;
        };
        for (const Doc &doc : {Doc{u"CNPJ"_s, false}, Doc{u"CPF"_s, true}}) {
            const QJsonValue v = rec.value(doc.prop);
            if (isBlank(v)) {
                if (rec.contains(doc.prop))
                    rec.insert(doc.prop, QJsonValue());
                continue;
            }
            if (person != doc.forPerson) {
                return fail(f, u"%1 is only allowed on %2 contacts."_s.arg(doc.prop,
                                                                           doc.forPerson ? u"person"_s : u"company"_s));
            }
            const bool valid = doc.forPerson ? isValidCpf(v.toString()) : isValidCnpj(v.toString());
            if (!valid)
                return fail(f, u"The %1 '%2' is not valid."_s.arg(doc.prop, v.toString()));
            rec.insert(doc.prop, digitsOnly(v.toString()));
        }
        if (const QJsonValue reg = rec.value(u"Register"_s); !isBlank(reg)) {
            const QString d = digitsOnly(reg.toString());
            if (!(d.size() == 14 ? isValidCnpj(d) : (d.size() == 11 && isValidCpf(d))))
                return fail(f, u"The Register '%1' is not a valid CPF or CNPJ."_s.arg(reg.toString()));
            rec.insert(u"Register"_s, d);
        }
        if (const QJsonValue email = rec.value(u"Email"_s); !isBlank(email) && !validEmail(email.toString()))
            return fail(f, u"The e-mail '%1' is not valid."_s.arg(email.toString()));
        if (isCreate && rec.value(u"StatusId"_s).isUndefined()) {
            const Table &statuses = tableRef(u"Contacts@Status"_s);
            rec.insert(u"StatusId"_s, statuses.empty() ? QJsonValue() : QJsonValue(double(statuses.begin()->first)));
        }
        if (isCreate && isBlank(rec.value(u"OwnerId"_s)))
            rec.insert(u"OwnerId"_s, double(actor));
        if (!requireRef(rec, u"StatusId"_s, u"Contacts@Status"_s, false, f)
            || !requireRef(rec, u"OwnerId"_s, u"Users"_s, false, f)
            || !requireRef(rec, u"CityId"_s, u"Cities"_s, false, f)
            || !requireRef(rec, u"StateId"_s, u"Cities@Countries@States"_s, false, f)
            || !requireRef(rec, u"CountryId"_s, u"Cities@Countries"_s, false, f)
            || !requireRef(rec, u"CurrencyId"_s, u"Currencies"_s, false, f)
            || !requireRef(rec, u"CompanyId"_s, u"Contacts"_s, false, f))
            return false;
        if (const auto companyId = optionalId(rec.value(u"CompanyId"_s))) {
            if (find(u"Contacts"_s, *companyId)->value(u"TypeId"_s).toDouble() != kCompany)
                return fail(f, u"CompanyId %1 is not a company."_s.arg(*companyId));
            if (*companyId == optionalId(rec.value(u"Id"_s)).value_or(-1))
                return fail(f, u"A contact cannot be its own company."_s);
        }
        if (const auto cityId = optionalId(rec.value(u"CityId"_s))) {
            const QJsonObject *city = find(u"Cities"_s, *cityId);
            const QJsonValue stateId = rec.value(u"StateId"_s);
            if (stateId.isNull() || stateId.isUndefined())
                rec.insert(u"StateId"_s, city->value(u"StateId"_s));
            else if (stateId.toDouble() != city->value(u"StateId"_s).toDouble())
                return fail(f, u"CityId %1 is not in StateId %2."_s.arg(*cityId).arg(qint64(stateId.toDouble())));
            if (isBlank(rec.value(u"CountryId"_s)))
                rec.insert(u"CountryId"_s, city->value(u"CountryId"_s));
        } else if (const auto stateId = optionalId(rec.value(u"StateId"_s));
                   stateId && isBlank(rec.value(u"CountryId"_s))) {
            rec.insert(u"CountryId"_s, find(u"Cities@Countries@States"_s, *stateId)->value(u"CountryId"_s));
        }
        // ZipCode is a number (§7.2): a CEP that starts with 0 comes back shorter than 8 digits.
        if (const QJsonValue zip = rec.value(u"ZipCode"_s); zip.isString()) {
            const QString d = digitsOnly(zip.toString());
            if (!zip.toString().trimmed().isEmpty() && d.size() != 8)
                return fail(f, u"O CEP '%1' não é válido."_s.arg(zip.toString()));
            rec.insert(u"ZipCode"_s, d.isEmpty() ? QJsonValue() : QJsonValue(double(d.toLongLong())));
        } else if (zip.isDouble()) {
            if (!isInteger(zip) || zip.toDouble() < 0 || zip.toDouble() > 99999999)
                return fail(f, u"O CEP '%1' não é válido."_s.arg(zip.toDouble()));
        }
        QJsonArray phones;
        for (const QJsonValue &pv : rec.value(u"Phones"_s).toArray()) {
            QJsonObject phone = pv.toObject();
            if (!requireText(phone, u"PhoneNumber"_s, f))
                return false;
            if (isBlank(phone.value(u"CountryId"_s)))
                phone.insert(u"CountryId"_s, double(kBrazil));
            if (!requireRef(phone, u"TypeId"_s, u"PhoneTypes"_s, false, f)
                || !requireRef(phone, u"CountryId"_s, u"Cities@Countries"_s, false, f))
                return false;
            phones.append(phone);
        }
        if (rec.contains(u"Phones"_s))
            rec.insert(u"Phones"_s, phones);
        QJsonArray tags;
        QSet<qint64> seen;
        for (const QJsonValue &tv : rec.value(u"Tags"_s).toArray()) {
            QJsonObject tag = tv.toObject();
            if (!requireRef(tag, u"TagId"_s, u"Tags"_s, true, f))
                return false;
            const qint64 tagId = qint64(tag.value(u"TagId"_s).toDouble());
            if (find(u"Tags"_s, tagId)->value(u"EntityId"_s).toInt() != 1)
                return fail(f, u"The tag %1 is not a contact tag."_s.arg(tagId));
            if (seen.contains(tagId))
                continue;
            seen.insert(tagId);
            tags.append(tag);
        }
        if (rec.contains(u"Tags"_s))
            rec.insert(u"Tags"_s, tags);
        return true;
    }

    bool validateLine(QJsonObject &line, const QJsonObject &order, Failure *f) const
    {
        if (!requireRef(line, u"ProductId"_s, u"Products"_s, true, f))
            return false;
        const QJsonObject *product = find(u"Products"_s, qint64(line.value(u"ProductId"_s).toDouble()));
        const QJsonValue qty = line.value(u"Quantity"_s);
        if (!qty.isDouble() || qty.toDouble() <= 0)
            return fail(f, u"The Quantity of product %1 must be greater than zero."_s.arg(idOf(*product)));
        if (line.value(u"UnitPrice"_s).isNull() || line.value(u"UnitPrice"_s).isUndefined())
            line.insert(u"UnitPrice"_s, product->value(u"UnitPrice"_s).toDouble());
        if (line.value(u"UnitPrice"_s).toDouble() < 0)
            return fail(f, u"The UnitPrice of product %1 cannot be negative."_s.arg(idOf(*product)));
        if (line.value(u"Discount"_s).isNull() || line.value(u"Discount"_s).isUndefined())
            line.insert(u"Discount"_s, 0.0);
        const double discount = line.value(u"Discount"_s).toDouble();
        if (discount < 0 || discount > 100)
            return fail(f, u"The Discount of product %1 is a percentage between 0 and 100."_s.arg(idOf(*product)));
        if (isBlank(line.value(u"CurrencyId"_s)))
            line.insert(u"CurrencyId"_s, order.value(u"CurrencyId"_s));
        if (!requireRef(line, u"CurrencyId"_s, u"Currencies"_s, false, f)
            || !requireRef(line, u"OwnerId"_s, u"Users"_s, false, f))
            return false;
        if (line.value(u"Bonus"_s).isUndefined())
            line.insert(u"Bonus"_s, false);
        line.insert(u"ProductName"_s, product->value(u"Name"_s));
        computeLine(line);
        return true;
    }

    static void computeLine(QJsonObject &line)
    {
        const double total = line.value(u"Quantity"_s).toDouble() * line.value(u"UnitPrice"_s).toDouble()
                             * (1.0 - line.value(u"Discount"_s).toDouble() / 100.0);
        line.insert(u"Total"_s, round2(total));
    }

    bool validateOrder(
        QJsonObject &rec, const QJsonObject &input, Pending &pending, bool isCreate, qint64 actor, Failure *f) const
    {
        if (!requireRef(rec, u"ContactId"_s, u"Contacts"_s, true, f)
            || !requireRef(rec, u"PersonId"_s, u"Contacts"_s, false, f))
            return false;
        if (isCreate && isBlank(rec.value(u"OwnerId"_s)))
            rec.insert(u"OwnerId"_s, double(actor));
        if (isCreate && isBlank(rec.value(u"StageId"_s)))
            rec.insert(u"StageId"_s, firstStage());
        if (isCreate && isBlank(rec.value(u"CurrencyId"_s)))
            rec.insert(u"CurrencyId"_s, accountCurrency());
        if (isCreate && isBlank(rec.value(u"Date"_s)))
            rec.insert(u"Date"_s, nowIso());
        if (!requireRef(rec, u"OwnerId"_s, u"Users"_s, false, f)
            || !requireRef(rec, u"StageId"_s, u"Orders@Stages"_s, false, f)
            || !requireRef(rec, u"CurrencyId"_s, u"Currencies"_s, false, f))
            return false;
        if (rec.value(u"Amount"_s).toDouble() < 0)
            return fail(f, u"The Amount cannot be negative."_s);
        rec.insert(u"ContactName"_s,
                   find(u"Contacts"_s, qint64(rec.value(u"ContactId"_s).toDouble()))->value(u"Name"_s));
        if (pending.replaceLines) {
            double sum = 0;
            for (QJsonObject &line : pending.lines) {
                if (!validateLine(line, rec, f))
                    return false;
                sum += line.value(u"Total"_s).toDouble();
            }
            if (!input.contains(u"Amount"_s) || input.value(u"Amount"_s).isNull())
                rec.insert(u"Amount"_s, round2(sum));
        } else if (isCreate && !rec.contains(u"Amount"_s)) {
            rec.insert(u"Amount"_s, 0.0);
        }
        return true;
    }

    QJsonValue firstStage() const
    {
        QJsonValue best;
        int bestOrd = INT_MAX;
        for (const auto &[id, stage] : tableRef(u"Orders@Stages"_s)) {
            const int ord = stage.value(u"Ordination"_s).toInt();
            if (best.isNull() || ord < bestOrd) {
                best = double(id);
                bestOrd = ord;
            }
        }
        return best;
    }

    bool nameTaken(const QString &type,
                   const QString &name,
                   const std::function<bool(const QJsonObject &)> &scope,
                   qint64 exceptId) const
    {
        for (const auto &[id, rec] : tableRef(type)) {
            if (id != exceptId && scope(rec)
                && rec.value(u"Name"_s).toString().trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    /** Type-specific rules on the merged record; @p existing is null on create. */
    bool validate(const QString &type,
                  QJsonObject &rec,
                  const QJsonObject &input,
                  const QJsonObject *existing,
                  Pending &pending,
                  qint64 actor,
                  Failure *f) const
    {
        const bool isCreate = existing == nullptr;
        const qint64 selfRecordId = existing ? idOf(*existing) : -1;
        if (type == u"Contacts"_s)
            return validateContact(rec, isCreate, actor, f);
        if (type == u"Orders"_s)
            return validateOrder(rec, input, pending, isCreate, actor, f);
        if (type == u"Products"_s) {
            if (!requireText(rec, u"Name"_s, f) || !requireRef(rec, u"GroupId"_s, u"Products@Groups"_s, true, f))
                return false;
            rec.insert(u"FamilyId"_s,
                       find(u"Products@Groups"_s, qint64(rec.value(u"GroupId"_s).toDouble()))->value(u"FamilyId"_s));
            if (isCreate && isBlank(rec.value(u"CurrencyId"_s)))
                rec.insert(u"CurrencyId"_s, accountCurrency());
            if (!requireRef(rec, u"CurrencyId"_s, u"Currencies"_s, false, f))
                return false;
            if (rec.value(u"UnitPrice"_s).toDouble() < 0)
                return fail(f, u"The UnitPrice cannot be negative."_s);
            if (isCreate) {
                if (!rec.value(u"Suspended"_s).isBool())
                    rec.insert(u"Suspended"_s, false);
                rec.insert(u"Editable"_s, true);
                rec.insert(u"Deletable"_s, true);
            }
            return true;
        }
        if (type == u"Products@Groups"_s) {
            if (!requireText(rec, u"Name"_s, f) || !requireRef(rec, u"FamilyId"_s, u"Products@Families"_s, false, f))
                return false;
            if (isCreate) {
                for (const QString &flag : {u"FixedPrice"_s, u"Default"_s}) {
                    if (!rec.value(flag).isBool())
                        rec.insert(flag, false);
                }
            }
            return true;
        }
        if (type == u"Products@Families"_s || type == u"Orders@Stages"_s || type == u"Fields@OptionsTables"_s)
            return requireText(rec, u"Name"_s, f);
        if (type == u"Fields@OptionsTables@Options"_s)
            return requireText(rec, u"Name"_s, f) && requireRef(rec, u"TableId"_s, u"Fields@OptionsTables"_s, true, f);
        if (type == u"Users"_s) {
            if (!requireText(rec, u"Name"_s, f) || !requireText(rec, u"Email"_s, f))
                return false;
            const QString email = rec.value(u"Email"_s).toString().trimmed();
            if (!validEmail(email))
                return fail(f, u"The e-mail '%1' is not valid."_s.arg(email));
            for (const auto &[id, user] : tableRef(u"Users"_s)) {
                if (id != selfRecordId && user.value(u"Email"_s).toString().compare(email, Qt::CaseInsensitive) == 0)
                    return fail(f, u"There is already a user with the e-mail '%1'."_s.arg(email));
            }
            if (isCreate) {
                for (const QString &flag : {u"Suspended"_s, u"Integration"_s}) {
                    if (!rec.value(flag).isBool())
                        rec.insert(flag, false);
                }
                if (isBlank(rec.value(u"ProfileId"_s)))
                    rec.insert(u"ProfileId"_s, 1.0);
            }
            return true;
        }
        if (type == u"Cities"_s) {
            if (!requireText(rec, u"Name"_s, f)
                || !requireRef(rec, u"StateId"_s, u"Cities@Countries@States"_s, true, f))
                return false;
            if (isBlank(rec.value(u"CountryId"_s)))
                rec.insert(u"CountryId"_s,
                           find(u"Cities@Countries@States"_s, qint64(rec.value(u"StateId"_s).toDouble()))
                               ->value(u"CountryId"_s));
            if (!requireRef(rec, u"CountryId"_s, u"Cities@Countries"_s, true, f))
                return false;
            if (const auto ibge = optionalId(rec.value(u"IBGECode"_s))) {
                for (const auto &[id, city] : tableRef(u"Cities"_s)) {
                    if (id != selfRecordId && city.value(u"IBGECode"_s).toDouble() == double(*ibge))
                        return fail(f, u"There is already a city with IBGECode %1."_s.arg(*ibge));
                }
            }
            return true;
        }
        if (type == u"Tags"_s) {
            if (!requireText(rec, u"Name"_s, f) || !requireRef(rec, u"EntityId"_s, u"Fields@Entities"_s, true, f))
                return false;
            // Every published POST /Tags sends Color (§7.6, ❓ whether required): the strict reading.
            if (isCreate && (!rec.value(u"Color"_s).isString() || rec.value(u"Color"_s).toString().trimmed().isEmpty()))
                return fail(f, u"O campo Color (cor do marcador) é obrigatório."_s);
            const QJsonValue entity = rec.value(u"EntityId"_s);
            if (nameTaken(
                    type, rec.value(u"Name"_s).toString(),
                    [&](const QJsonObject &o) { return o.value(u"EntityId"_s) == entity; }, selfRecordId))
                return fail(
                    f, u"There is already a tag named '%1' for this entity."_s.arg(rec.value(u"Name"_s).toString()));
            return true;
        }
        if (type == u"Fields"_s) {
            if (!requireText(rec, u"Name"_s, f) || !requireRef(rec, u"EntityId"_s, u"Fields@Entities"_s, true, f)
                || !requireRef(rec, u"TypeId"_s, u"Fields@Types"_s, true, f)
                || !requireRef(rec, u"OptionsTableId"_s, u"Fields@OptionsTables"_s, false, f))
                return false;
            if (existing) {
                for (const QString &immutable : {u"EntityId"_s, u"TypeId"_s}) {
                    if (rec.value(immutable) != existing->value(immutable))
                        return fail(f, u"The %1 of a field cannot be changed after creation."_s.arg(immutable));
                }
            }
            const QJsonValue entity = rec.value(u"EntityId"_s);
            if (nameTaken(
                    type, rec.value(u"Name"_s).toString(),
                    [&](const QJsonObject &o) { return o.value(u"EntityId"_s) == entity; }, selfRecordId))
                return fail(f,
                            u"There is already a field named '%1' on entity %2."_s.arg(rec.value(u"Name"_s).toString())
                                .arg(entity.toInt()));
            const int typeId = rec.value(u"TypeId"_s).toInt();
            if ((typeId == 7 || typeId == 8) && isBlank(rec.value(u"OptionsTableId"_s)) && !pending.hasOptionsTable)
                return fail(f, u"A list field needs an OptionsTable or an OptionsTableId."_s);
            if (isCreate) {
                for (const QString &flag :
                     {u"Multiple"_s, u"Required"_s, u"Unique"_s, u"Hidden"_s, u"Disabled"_s, u"Integration"_s}) {
                    if (!rec.value(flag).isBool())
                        rec.insert(flag, false);
                }
                if (!rec.value(u"Filterable"_s).isBool())
                    rec.insert(u"Filterable"_s, true);
                rec.insert(u"PropertyName"_s, QJsonValue());
                rec.insert(u"UpdatePropertyName"_s, QJsonValue());
            }
            return true;
        }
        if (type == u"Webhooks"_s) {
            if (!requireRef(rec, u"EntityId"_s, u"Fields@Entities"_s, true, f)
                || !requireRef(rec, u"ActionId"_s, u"Webhooks@Actions"_s, true, f)
                || !requireText(rec, u"CallbackUrl"_s, f))
                return false;
            const QUrl url(rec.value(u"CallbackUrl"_s).toString());
            if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty())
                return fail(f, u"The CallbackUrl '%1' is not a valid http(s) URL."_s.arg(url.toString()));
            for (const auto &[id, hook] : tableRef(u"Webhooks"_s)) {
                if (id != selfRecordId && hook.value(u"EntityId"_s) == rec.value(u"EntityId"_s)
                    && hook.value(u"ActionId"_s) == rec.value(u"ActionId"_s)
                    && hook.value(u"CallbackUrl"_s) == rec.value(u"CallbackUrl"_s))
                    return fail(f, u"This webhook is already registered (Id %1)."_s.arg(id), 409, u"Conflict"_s);
            }
            if (!rec.value(u"Active"_s).isBool())
                rec.insert(u"Active"_s, true);
            return true;
        }
        return true;
    }

    bool prepareOptionsTable(const QJsonValue &value, Pending *pending, Failure *f) const
    {
        if (value.isNull() || value.isUndefined())
            return true;
        if (!value.isObject())
            return fail(f, u"OptionsTable must be an object."_s);
        const QJsonObject in = value.toObject();
        if (!requireText(in, u"Name"_s, f))
            return false;
        pending->hasOptionsTable = true;
        pending->optionsTable = QJsonObject{{u"Name"_s, in.value(u"Name"_s)}};
        for (const QJsonValue &ov : in.value(u"Options"_s).toArray()) {
            const QJsonObject o = ov.toObject();
            if (!requireText(o, u"Name"_s, f))
                return false;
            pending->options.append(
                QJsonObject{{u"Name"_s, o.value(u"Name"_s)}, {u"ExternalKey"_s, o.value(u"ExternalKey"_s)}});
        }
        return true;
    }

    // ---- commits -----------------------------------------------------------------------------

    void stamp(const QString &type, QJsonObject &rec, bool isCreate, qint64 actor) const
    {
        const S::Type &t = S::types()[type];
        const QString now = nowIso();
        if (isCreate && t.property(u"CreateDate"_s))
            rec.insert(u"CreateDate"_s, now);
        if (t.property(u"LastUpdateDate"_s))
            rec.insert(u"LastUpdateDate"_s, now);
        if (isCreate && t.property(u"CreatorId"_s))
            rec.insert(u"CreatorId"_s, double(actor));
        if (t.property(u"UpdaterId"_s))
            rec.insert(u"UpdaterId"_s, double(actor));
    }

    void finishNested(const QString &type, QJsonObject &rec, qint64 id)
    {
        if (type != u"Contacts"_s)
            return;
        QJsonArray phones;
        for (const QJsonValue &pv : rec.value(u"Phones"_s).toArray()) {
            QJsonObject phone = pv.toObject();
            if (!isInteger(phone.value(u"Id"_s)))
                phone.insert(u"Id"_s, double(nextPhoneId++));
            phone.insert(u"ContactId"_s, double(id));
            phones.append(phone);
        }
        rec.insert(u"Phones"_s, phones);
        QJsonArray tags;
        for (const QJsonValue &tv : rec.value(u"Tags"_s).toArray()) {
            QJsonObject tag = tv.toObject();
            tag.insert(u"ContactId"_s, double(id));
            tags.append(tag);
        }
        rec.insert(u"Tags"_s, tags);
        if (!rec.value(u"OtherProperties"_s).isArray())
            rec.insert(u"OtherProperties"_s, QJsonArray());
    }

    /** Replaces the order's lines; @p isNew skips looking for old ones (a scan of every line). */
    void writeLines(const QJsonObject &order, const QList<QJsonObject> &lines, bool isNew = false)
    {
        touch();
        Table &t = tables[u"Orders@Products"_s];
        const double orderId = order.value(u"Id"_s).toDouble();
        for (auto it = t.begin(); it != t.end() && !isNew;) {
            if (it->second.value(u"OrderId"_s).toDouble() == orderId)
                it = t.erase(it);
            else
                ++it;
        }
        const QString now = nowIso();
        for (QJsonObject line : lines) {
            const qint64 id = allocateId(u"Orders@Products"_s);
            line.insert(u"Id"_s, double(id));
            line.insert(u"OrderId"_s, orderId);
            line.insert(u"CreateDate"_s, now);
            line.insert(u"LastUpdateDate"_s, now);
            if (!line.value(u"OtherProperties"_s).isArray())
                line.insert(u"OtherProperties"_s, QJsonArray());
            line.insert(u"ContactId"_s, order.value(u"ContactId"_s));
            line.insert(u"OrderDate"_s, order.value(u"Date"_s));
            line.insert(u"DealId"_s, order.value(u"DealId"_s));
            t[id] = line;
        }
    }

    /** Copies the order's contact, date and deal onto its lines. */
    void refreshLines(const QJsonObject &order)
    {
        const double orderId = order.value(u"Id"_s).toDouble();
        for (auto &[id, line] : tables[u"Orders@Products"_s]) {
            if (line.value(u"OrderId"_s).toDouble() != orderId)
                continue;
            line.insert(u"ContactId"_s, order.value(u"ContactId"_s));
            line.insert(u"OrderDate"_s, order.value(u"Date"_s));
            line.insert(u"DealId"_s, order.value(u"DealId"_s));
        }
    }

    QString newFieldKey(qint64 entityId)
    {
        // Deterministic GUIDs keep runs reproducible.
        static const QUuid ns(u"{6d1c7b52-3f0e-4c58-9a61-5f7c2b0e8d11}"_s);
        const QUuid uuid = QUuid::createUuidV5(ns, u"ponte-sim-field-%1"_s.arg(++fieldKeyCounter));
        return entityPrefix(entityId) + u'_' + uuid.toString(QUuid::WithoutBraces).toUpper();
    }

    qint64 commitCreate(const QString &type, QJsonObject rec, const Pending &pending, qint64 actor)
    {
        const qint64 id = allocateId(type);
        rec.insert(u"Id"_s, double(id));
        stamp(type, rec, true, actor);
        finishNested(type, rec, id);
        if (type == u"Fields"_s) {
            if (!rec.value(u"Key"_s).isString())
                rec.insert(u"Key"_s, newFieldKey(qint64(rec.value(u"EntityId"_s).toDouble())));
            if (pending.hasOptionsTable) {
                const qint64 tableId = rawInsert(u"Fields@OptionsTables"_s, pending.optionsTable);
                for (QJsonObject option : pending.options) {
                    option.insert(u"TableId"_s, double(tableId));
                    rawInsert(u"Fields@OptionsTables@Options"_s, option);
                }
                rec.insert(u"OptionsTableId"_s, double(tableId));
            }
        }
        if (type == u"Orders"_s) {
            rec.insert(u"OrderNumber"_s, double(nextOrderNumber++));
            if (!rec.value(u"OtherProperties"_s).isArray())
                rec.insert(u"OtherProperties"_s, QJsonArray());
        }
        if ((type == u"Products"_s) && !rec.value(u"OtherProperties"_s).isArray())
            rec.insert(u"OtherProperties"_s, QJsonArray());
        tables[type][id] = rec;
        touch();
        if (type == u"Orders"_s) {
            writeLines(rec, pending.lines, true);
            if (const auto contactId = optionalId(rec.value(u"ContactId"_s));
                contactId && find(u"Contacts"_s, *contactId))
                tables[u"Contacts"_s][*contactId].insert(u"LastOrderId"_s, double(id));
        }
        return id;
    }

    void commitUpdate(const QString &type, QJsonObject rec, const Pending &pending, qint64 actor)
    {
        const qint64 id = idOf(rec);
        stamp(type, rec, false, actor);
        finishNested(type, rec, id);
        tables[type][id] = rec;
        touch();
        if (type == u"Orders"_s) {
            if (pending.replaceLines)
                writeLines(rec, pending.lines);
            else
                refreshLines(rec);
        }
    }

    /** Removes a record; false with a failure when something still uses it. */
    bool removeRecord(const QString &type, qint64 id, Failure *f)
    {
        touch();
        Table &t = tables[type];
        const auto it = t.find(id);
        if (it == t.end())
            return fail(f, u"No %1 with Id %2."_s.arg(type).arg(id), 404, u"NotFound"_s);
        auto usedBy = [&](const QString &other, const QString &fk) {
            for (const auto &[oid, rec] : tableRef(other)) {
                if (rec.value(fk).toDouble() == double(id))
                    return true;
            }
            return false;
        };
        if (type == u"Products@Groups"_s && usedBy(u"Products"_s, u"GroupId"_s))
            return fail(f, u"The group %1 still has products."_s.arg(id));
        if (type == u"Products@Families"_s
            && (usedBy(u"Products@Groups"_s, u"FamilyId"_s) || usedBy(u"Products"_s, u"FamilyId"_s)))
            return fail(f, u"The family %1 is still in use."_s.arg(id));
        if (type == u"Fields"_s && !isBlank(it->second.value(u"PropertyName"_s)))
            return fail(f, u"The native field '%1' cannot be deleted."_s.arg(it->second.value(u"Key"_s).toString()));
        const QJsonObject removed = it->second;
        t.erase(it);
        if (type == u"Orders"_s) {
            Table &lines = tables[u"Orders@Products"_s];
            for (auto l = lines.begin(); l != lines.end();) {
                if (l->second.value(u"OrderId"_s).toDouble() == double(id))
                    l = lines.erase(l);
                else
                    ++l;
            }
        }
        if (type == u"Fields"_s) {
            // The values of a deleted field disappear from every record.
            const QString key = removed.value(u"Key"_s).toString();
            for (Table &table : tables) {
                for (auto &[rid, rec] : table) {
                    if (!rec.contains(u"OtherProperties"_s))
                        continue;
                    QJsonArray kept;
                    for (const QJsonValue &v : rec.value(u"OtherProperties"_s).toArray()) {
                        if (v.toObject().value(u"FieldKey"_s).toString() != key)
                            kept.append(v);
                    }
                    rec.insert(u"OtherProperties"_s, kept);
                }
            }
        }
        return true;
    }

    // ---- HTTP --------------------------------------------------------------------------------

    QString baseUrlString() const
    {
        const quint16 p = server ? server->port() : 0;
        const QString host = (address == QHostAddress::Any || address == QHostAddress::AnyIPv4
                              || address == QHostAddress::LocalHost || address.isNull())
                                 ? u"127.0.0.1"_s
                                 : address.toString();
        return u"http://%1:%2/"_s.arg(host).arg(p);
    }

    QString context(const QString &collection, const QStringList &select) const
    {
        QString s = baseUrlString() + u"$metadata#"_s + collection;
        if (!select.isEmpty())
            s += u'(' + select.join(u',') + u')';
        return s;
    }

    void deliver(const HttpResponder &responder, const HttpResponse &response, int delayMs)
    {
        if (delayMs <= 0) {
            --inFlight;
            responder.send(response);
            return;
        }
        clock->callAfter(delayMs, q, [this, responder, response] {
            --inFlight;
            responder.send(response);
        });
    }

    void dropConnection(const HttpResponder &responder, int delayMs)
    {
        if (delayMs <= 0) {
            --inFlight;
            responder.reset();
            return;
        }
        clock->callAfter(delayMs, q, [this, responder] {
            --inFlight;
            responder.reset();
        });
    }

    /** Sliding window per User-Key; false (with the wait) when over the limit. */
    bool admitRate(const QString &key, qint64 now, int *retryAfterS)
    {
        const double rps = limits.requestsPerSecond;
        if (rps <= 0)
            return true;
        const int limit = rps >= 1 ? int(std::ceil(rps - 1e-9)) : 1;
        const qint64 windowMs = rps >= 1 ? 1000 : qint64(std::ceil(1000.0 / rps));
        std::deque<qint64> &w = windows[key];
        while (!w.empty() && w.front() <= now - windowMs)
            w.pop_front();
        if (int(w.size()) >= limit) {
            ++violations.rateLimit;
            const qint64 waitMs = w.front() + windowMs - now;
            *retryAfterS = std::max<int>(1, int((waitMs + 999) / 1000));
            if (limits.enforce)
                return false;
        }
        w.push_back(now);
        return true;
    }

    HttpResponse tooManyRequests(int retryAfterS) const
    {
        HttpResponse r = messageError(
            429, u"API rate limit exceeded for this User-Key. Try again in %1 second(s)."_s.arg(retryAfterS));
        if (limits.sendRetryAfter)
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(retryAfterS)));
        return r;
    }

    Fault drawFault(bool write)
    {
        if (!faults.any())
            return Fault::None;
        const double r = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
        double acc = 0;
        const QList<QPair<double, Fault>> table = {
            {faults.html500, Fault::Html500},         {faults.badGateway, Fault::BadGateway},
            {faults.unavailable, Fault::Unavailable}, {faults.connectionReset, Fault::Reset},
            {faults.slowReply, Fault::Slow},          {write ? faults.lostWriteReply : 0.0, Fault::LostWrite},
        };
        for (const auto &[p, fault] : table) {
            acc += std::max(0.0, p);
            if (r < acc)
                return fault;
        }
        return Fault::None;
    }

    double accountCurrency() const
    {
        const Table &accounts = tableRef(u"Account"_s);
        return accounts.empty() ? double(quirks.brlCurrencyId) : accounts.begin()->second.value(u"CurrencyId"_s).toDouble();
    }

    /** 403 for the OtherProperties/any(...) filters §7.4 reports as forbidden (FieldKey; FieldId when asked). */
    bool forbiddenFilter(const QueryItems &items) const
    {
        static const QRegularExpression lambda(u"OtherProperties/any\\s*\\(([^)]*)\\)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        for (const auto &[name, value] : items) {
            if (name != u"$filter"_s)
                continue;
            for (auto it = lambda.globalMatch(value); it.hasNext();) {
                const QString body = it.next().captured(1);
                if (body.contains(u"/FieldKey"_s, Qt::CaseInsensitive))
                    return true;
                if (quirks.forbidFieldIdFilters && body.contains(u"/FieldId"_s, Qt::CaseInsensitive))
                    return true;
            }
        }
        return false;
    }

    /** The "200 with value: []" answer to a throttled read (§3, §7.3), page 1 included. */
    bool throttledEmpty(const QString &collection)
    {
        const bool counted = quirks.throttledEmptyCollection.isEmpty()
                             || quirks.throttledEmptyCollection.compare(collection, Qt::CaseInsensitive) == 0;
        if (counted && quirks.throttledEmptyReads > 0) {
            --quirks.throttledEmptyReads;
            return true;
        }
        return quirks.throttledEmptyShare > 0
               && std::uniform_real_distribution<double>(0, 1)(quirkRng) < quirks.throttledEmptyShare;
    }

    void handle(const HttpRequest &req, const HttpResponder &responder)
    {
        const qint64 now = clock->nowMs();
        const Route route = parseRoute(req.path);
        const QString verb = QString::fromLatin1(req.method).toUpper();
        const bool write = verb == u"POST"_s || verb == u"PATCH"_s || verb == u"DELETE"_s;
        ++traffic.requests;
        if (write)
            ++traffic.writes;
        QString label = verb + u' ' + (route.collection ? route.collection->name : route.rawName);
        if (!route.action.isEmpty())
            label += u'/' + route.action;
        ++traffic.byMethod[label];

        // In flight from arrival until the answer leaves (deliver/dropConnection decrement).
        ++inFlight;
        if (limits.maxInFlight > 0 && inFlight > limits.maxInFlight) {
            ++violations.concurrency;
            if (limits.enforce) {
                ++traffic.throttled;
                deliver(responder, tooManyRequests(1), 0);
                return;
            }
        }
        const QString key = QString::fromUtf8(req.header("user-key"));
        if (key.isEmpty() || key != userKey) {
            deliver(responder,
                    messageError(401, key.isEmpty() ? u"Authorization has been denied for this request: the User-Key "
                                                      "header is missing."_s
                                                    : u"Authorization has been denied for this request."_s),
                    0);
            return;
        }
        int retryAfter = 1;
        if (!admitRate(key, now, &retryAfter)) {
            ++traffic.throttled;
            deliver(responder, tooManyRequests(retryAfter), 0);
            return;
        }
        const Fault fault = drawFault(write);
        if (fault != Fault::None)
            ++traffic.faultsInjected;
        switch (fault) {
        case Fault::Html500:
        case Fault::BadGateway:
        case Fault::Unavailable:
            deliver(responder, htmlFault(fault), latencyMs);
            return;
        case Fault::Reset:
            dropConnection(responder, 0);
            return;
        default:
            break;
        }
        const HttpResponse response = process(req, route, verb);
        if (fault == Fault::LostWrite) {
            dropConnection(responder, latencyMs);
            return;
        }
        deliver(responder, response, latencyMs + (fault == Fault::Slow ? std::max(0, faults.slowReplyMs) : 0));
    }

    const QJsonObject *lookup(const Route &r) const
    {
        const QString &type = r.collection->type;
        if (r.isStringKey)
            return type == u"Fields"_s ? findFieldByKey(r.stringKey) : nullptr;
        return find(type, r.id);
    }

    HttpResponse process(const HttpRequest &req, const Route &route, const QString &verb)
    {
        if (!route.collection || route.tooDeep) {
            return odataError(404, u"NotFound"_s,
                              u"No HTTP resource was found that matches the request URI '%1'."_s.arg(req.path));
        }
        if (!route.keyValid)
            return odataError(400, u"BadRequest"_s, u"The key in the request URI '%1' is not valid."_s.arg(req.path));
        const QueryItems items = OData::decodeQuery(req.url);
        if (verb == u"GET"_s) {
            if (!route.action.isEmpty())
                return odataError(404, u"NotFound"_s,
                                  u"No HTTP resource was found that matches the request URI '%1'."_s.arg(req.path));
            if (quirks.forbiddenReads.contains(route.collection->name))
                return messageError(403, u"Acesso negado: você não tem permissão para ver estes registros."_s);
            return get(route, items);
        }
        if (verb == u"POST"_s) {
            if (route.hasKey && route.action.compare(u"UpdateOtherProperty"_s, Qt::CaseInsensitive) == 0)
                return updateOtherProperty(route, items, req.body);
            if (!route.action.isEmpty())
                return odataError(404, u"NotFound"_s,
                                  u"No HTTP resource was found that matches the request URI '%1'."_s.arg(req.path));
            if (route.hasKey)
                return methodNotAllowed(verb);
            if (quirks.forbiddenCreates.contains(route.collection->name))
                return messageError(403, u"Acesso negado: você não tem permissão para criar este registro."_s);
            return create(route, items, req.body);
        }
        if ((verb == u"PATCH"_s || verb == u"DELETE"_s) && route.hasKey && route.action.isEmpty())
            return verb == u"PATCH"_s ? update(route, items, req.body) : removeRoute(route);
        return methodNotAllowed(verb);
    }

    static HttpResponse methodNotAllowed(const QString &verb)
    {
        HttpResponse r = messageError(405, u"The requested resource does not support http method '%1'."_s.arg(verb));
        r.headers.append(qMakePair(QByteArray("Allow"), QByteArray("GET, POST, PATCH, DELETE")));
        return r;
    }

    bool parseOptions(const Route &route, const QueryItems &items, OData::QueryOptions *qo, HttpResponse *error) const
    {
        QString message;
        if (!OData::parseQueryOptions(items, *this, route.collection->type, qo, &message)) {
            *error = odataError(400, u"BadRequest"_s, message);
            return false;
        }
        return true;
    }

    static bool parseBody(const QByteArray &body, QJsonObject *out, Failure *f)
    {
        if (body.trimmed().isEmpty())
            return fail(f, u"The request body is empty."_s);
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        if (pe.error != QJsonParseError::NoError)
            return fail(f,
                        u"The request body is not valid JSON: %1 at offset %2."_s.arg(pe.errorString()).arg(pe.offset));
        if (!doc.isObject())
            return fail(f, u"The request body must be a JSON object."_s);
        *out = doc.object();
        return true;
    }

    HttpResponse answerOne(const Route &route, const OData::QueryOptions &qo, const QJsonObject &rec) const
    {
        QJsonObject body{{u"@odata.context"_s, context(route.collection->name, qo.select)}};
        body.insert(u"value"_s, QJsonArray{OData::shape(qo, *this, route.collection->type, rec)});
        return jsonResponse(200, body);
    }

    HttpResponse get(const Route &route, const QueryItems &items)
    {
        const S::Collection &c = *route.collection;
        OData::QueryOptions qo;
        HttpResponse error;
        if (!parseOptions(route, items, &qo, &error))
            return error;
        QList<QJsonObject> source;
        const bool list = !route.hasKey && c.name != u"Self"_s;
        if (forbiddenFilter(items))
            return messageError(403, u"Acesso negado: você não tem permissão para realizar esta consulta."_s);
        if (c.name == u"Self"_s) {
            if (const QJsonObject *self = find(u"Users"_s, selfId))
                source.append(*self);
        } else if (route.hasKey) {
            const QJsonObject *rec = lookup(route);
            if (!rec)
                return odataError(404, u"NotFound"_s,
                                  u"No %1 with key %2."_s.arg(c.name, route.isStringKey ? route.stringKey
                                                                                        : QString::number(route.id)));
            source.append(*rec);
        } else {
            source = all(c.type);
        }
        QList<QJsonObject> rows = OData::filterAndSort(qo, *this, c.type, source);
        const qsizetype total = rows.size();
        if (list) {
            int top = qo.top < 0 ? limits.maxPageSize : qo.top;
            if (limits.maxPageSize > 0)
                top = std::min(top, limits.maxPageSize); // silently truncated, as the service does
            if (qo.skip > 0 && emptyPages > 0) {
                --emptyPages; // the "200 with value: []" quirk under throttling
                rows.clear();
            } else if (throttledEmpty(c.name)) {
                ++traffic.throttled;
                rows.clear();
            } else {
                rows = rows.mid(std::min<qsizetype>(qo.skip, rows.size()));
                if (top >= 0)
                    rows = rows.mid(0, top);
            }
        }
        QJsonArray value;
        for (const QJsonObject &r : std::as_const(rows))
            value.append(OData::shape(qo, *this, c.type, r));
        QJsonObject body{{u"@odata.context"_s, context(c.name, qo.select)}};
        if (qo.count)
            body.insert(u"@odata.count"_s, double(total));
        body.insert(u"value"_s, value);
        return jsonResponse(200, body);
    }

    HttpResponse create(const Route &route, const QueryItems &items, const QByteArray &rawBody)
    {
        const S::Collection &c = *route.collection;
        if (!c.canCreate)
            return methodNotAllowed(u"POST"_s);
        OData::QueryOptions qo;
        HttpResponse error;
        if (!parseOptions(route, items, &qo, &error))
            return error;
        Failure f;
        QJsonObject input;
        if (!parseBody(rawBody, &input, &f))
            return failureResponse(f);
        QJsonObject rec;
        Pending pending;
        if (c.type == u"Fields"_s && !prepareOptionsTable(input.value(u"OptionsTable"_s), &pending, &f))
            return failureResponse(f);
        if (!sanitize(c.type, input, &rec, &pending, false, &f)
            || !validate(c.type, rec, input, nullptr, pending, selfId, &f))
            return failureResponse(f);
        const qint64 id = commitCreate(c.type, rec, pending, selfId);
        return answerOne(route, qo, *find(c.type, id));
    }

    HttpResponse update(const Route &route, const QueryItems &items, const QByteArray &rawBody)
    {
        const S::Collection &c = *route.collection;
        const QJsonObject *existing = lookup(route);
        if (!c.canUpdate)
            return methodNotAllowed(u"PATCH"_s);
        if (!existing)
            return odataError(404, u"NotFound"_s, u"No %1 with the given key."_s.arg(c.name));
        OData::QueryOptions qo;
        HttpResponse error;
        if (!parseOptions(route, items, &qo, &error))
            return error;
        Failure f;
        QJsonObject input;
        if (!parseBody(rawBody, &input, &f))
            return failureResponse(f);
        if (c.type == u"Fields"_s && input.contains(u"OptionsTable"_s))
            return odataError(400, u"BadRequest"_s, u"The OptionsTable of an existing field cannot be replaced."_s);
        const QJsonObject before = *existing;
        QJsonObject rec = before;
        Pending pending;
        if (!sanitize(c.type, input, &rec, &pending, true, &f)
            || !validate(c.type, rec, input, &before, pending, selfId, &f))
            return failureResponse(f);
        commitUpdate(c.type, rec, pending, selfId);
        return answerOne(route, qo, *find(c.type, idOf(rec)));
    }

    HttpResponse updateOtherProperty(const Route &route, const QueryItems &items, const QByteArray &rawBody)
    {
        const S::Collection &c = *route.collection;
        const QJsonObject *existing = lookup(route);
        if (!c.canUpdate || S::types()[c.type].fieldEntityId == 0)
            return methodNotAllowed(u"POST"_s);
        if (!existing)
            return odataError(404, u"NotFound"_s, u"No %1 with the given key."_s.arg(c.name));
        OData::QueryOptions qo;
        HttpResponse error;
        if (!parseOptions(route, items, &qo, &error))
            return error;
        Failure f;
        QJsonObject input;
        if (!parseBody(rawBody, &input, &f))
            return failureResponse(f);
        if (!input.value(u"FieldKey"_s).isString() || !input.value(u"Values"_s).isArray())
            return odataError(400, u"BadRequest"_s, u"UpdateOtherProperty needs FieldKey and Values."_s);
        QJsonArray elements;
        for (const QJsonValue &v : input.value(u"Values"_s).toArray()) {
            QJsonObject e = v.toObject();
            e.insert(u"FieldKey"_s, input.value(u"FieldKey"_s));
            elements.append(e);
        }
        QJsonObject rec = *existing;
        const QJsonArray current = rec.value(u"OtherProperties"_s).toArray();
        QJsonArray merged;
        if (!normalizeOtherProperties(S::types()[c.type].fieldEntityId, elements, &current, &merged, &f))
            return failureResponse(f);
        rec.insert(u"OtherProperties"_s, merged);
        commitUpdate(c.type, rec, Pending{}, selfId);
        return answerOne(route, qo, *find(c.type, idOf(rec)));
    }

    HttpResponse removeRoute(const Route &route)
    {
        const S::Collection &c = *route.collection;
        const QJsonObject *existing = lookup(route);
        if (!c.canDelete)
            return methodNotAllowed(u"DELETE"_s);
        if (!existing)
            return odataError(404, u"NotFound"_s, u"No %1 with the given key."_s.arg(c.name));
        Failure f;
        if (!removeRecord(c.type, idOf(*existing), &f))
            return failureResponse(f);
        HttpResponse r;
        r.status = 204;
        r.contentType = "application/json; charset=utf-8";
        return r;
    }

    // ---- data API helpers --------------------------------------------------------------------

    QString typeOf(const QString &collection) const
    {
        const S::Collection *c = S::findCollection(collection);
        return c ? c->type : QString();
    }

    /** OtherProperties as a CRM user writes them: FieldId and the unused value properties are filled in. */
    QJsonArray looseOtherProperties(const QJsonArray &in, const QJsonArray *existing) const
    {
        QJsonArray out;
        QSet<QString> keys;
        for (const QJsonValue &v : in) {
            QJsonObject e = v.toObject();
            const QJsonObject *field = e.value(u"FieldKey"_s).isString()
                                           ? findFieldByKey(e.value(u"FieldKey"_s).toString())
                                           : find(u"Fields"_s, qint64(e.value(u"FieldId"_s).toDouble()));
            if (field) {
                QJsonObject full = emptyOtherProperty(*field);
                for (auto it = e.begin(); it != e.end(); ++it)
                    full.insert(it.key(), it.value());
                e = full;
            }
            keys.insert(e.value(u"FieldKey"_s).toString());
            out.append(e);
        }
        if (!existing)
            return out;
        QJsonArray merged;
        for (const QJsonValue &old : *existing) {
            if (!keys.contains(old.toObject().value(u"FieldKey"_s).toString()))
                merged.append(old);
        }
        for (const QJsonValue &v : std::as_const(out))
            merged.append(v);
        return merged;
    }

    QList<QJsonObject> looseLines(const QJsonArray &in) const
    {
        QList<QJsonObject> lines;
        for (const QJsonValue &v : in) {
            QJsonObject line = v.toObject();
            line.remove(u"Id"_s);
            if (!line.value(u"Discount"_s).isDouble())
                line.insert(u"Discount"_s, 0.0);
            if (const auto pid = optionalId(line.value(u"ProductId"_s))) {
                if (const QJsonObject *product = find(u"Products"_s, *pid)) {
                    line.insert(u"ProductName"_s, product->value(u"Name"_s));
                    if (!line.value(u"UnitPrice"_s).isDouble())
                        line.insert(u"UnitPrice"_s, product->value(u"UnitPrice"_s));
                }
            }
            computeLine(line);
            lines.append(line);
        }
        return lines;
    }

    QJsonObject fullRecord(const QString &type, const QJsonObject &rec) const
    {
        if (type != u"Orders"_s)
            return rec;
        QJsonObject out = rec;
        QJsonArray lines;
        for (const QJsonObject &l : many(type, rec, u"Products"_s))
            lines.append(l);
        out.insert(u"Products"_s, lines);
        return out;
    }

    // ---- seed --------------------------------------------------------------------------------

    void seed(const SampleData &data)
    {
        resetStore();
        windows.clear();
        emptyPages = 0;
        const qint64 nowMs = clock->nowMs();
        const QString now = isoDate(nowMs);
        const qint64 yearAgo = nowMs - 365LL * 86400000;
        auto dated = [&](QJsonObject o, qint64 ms) {
            o.insert(u"CreateDate"_s, isoDate(ms));
            o.insert(u"LastUpdateDate"_s, isoDate(ms));
            return o;
        };
        auto simple = [&](const QString &type, qint64 id, const QString &name) {
            rawInsert(type, QJsonObject{{u"Id"_s, double(id)}, {u"Name"_s, name}});
        };

        rawInsert(u"Account"_s, QJsonObject{{u"Id"_s, 1003788.0},
                                            {u"Name"_s, u"Empresa Demo"_s},
                                            {u"LegalName"_s, u"Empresa Demo Comércio e Serviços Ltda"_s},
                                            {u"Register"_s, cnpjFromBase(u"112223330001"_s)},
                                            {u"Email"_s, u"contato@empresa-demo.com.br"_s},
                                            {u"Website"_s, u"https://www.empresa-demo.com.br"_s},
                                            {u"CurrencyId"_s, double(quirks.brlCurrencyId)},
                                            {u"CreateDate"_s, isoDate(yearAgo)}});
        const qint64 brl = quirks.brlCurrencyId;
        const qint64 usd = brl == 1 ? 2 : 1;
        rawInsert(u"Currencies"_s, QJsonObject{{u"Id"_s, double(std::min(brl, usd))},
                                               {u"Name"_s, brl < usd ? u"Real"_s : u"Dólar americano"_s},
                                               {u"Short"_s, brl < usd ? u"BRL"_s : u"USD"_s},
                                               {u"Symbol"_s, brl < usd ? u"R$"_s : u"US$"_s}});
        rawInsert(u"Currencies"_s, QJsonObject{{u"Id"_s, double(std::max(brl, usd))},
                                               {u"Name"_s, brl < usd ? u"Dólar americano"_s : u"Real"_s},
                                               {u"Short"_s, brl < usd ? u"USD"_s : u"BRL"_s},
                                               {u"Symbol"_s, brl < usd ? u"US$"_s : u"R$"_s}});

        auto user = [&](const QString &name, const QString &email, bool integration) {
            return rawInsert(u"Users"_s, dated(QJsonObject{{u"Name"_s, name},
                                                           {u"Email"_s, email},
                                                           {u"AvatarUrl"_s, QJsonValue()},
                                                           {u"Suspended"_s, false},
                                                           {u"Integration"_s, integration},
                                                           {u"ProfileId"_s, 1.0},
                                                           {u"LastLogin"_s, now},
                                                           {u"LastSeen"_s, now}},
                                               yearAgo));
        };
        adminId = user(u"Administrador Demo"_s, u"admin@empresa-demo.com.br"_s, false);
        selfId = user(u"Integração Ponte"_s, u"integracao.ponte@empresa-demo.com.br"_s, true);
        QList<qint64> sellerIds;
        for (const SampleData::Seller &s : data.sellers)
            sellerIds.append(user(s.name, s.email, false));

        simple(u"Cities@Countries"_s, kBrazil, u"Brasil"_s);
        QHash<QString, qint64> stateIds;
        for (const State &s : brazilianStates()) {
            rawInsert(u"Cities@Countries@States"_s, QJsonObject{{u"Id"_s, double(s.id)},
                                                                {u"Name"_s, s.name},
                                                                {u"Short"_s, s.uf},
                                                                {u"CountryId"_s, double(kBrazil)}});
            stateIds.insert(s.uf, s.id);
        }
        QHash<qint64, qint64> cityIds; // IBGE -> Id
        for (const City &c : brazilianCities()) {
            cityIds.insert(c.ibge, rawInsert(u"Cities"_s, QJsonObject{{u"Name"_s, c.name},
                                                                      {u"IBGECode"_s, double(c.ibge)},
                                                                      {u"StateId"_s, double(stateIds.value(c.uf))},
                                                                      {u"CountryId"_s, double(kBrazil)}}));
        }
        const QStringList phoneTypes = {u"Comercial"_s, u"Celular"_s,  u"Residencial"_s,
                                        u"Fax"_s,       u"WhatsApp"_s, u"Outro"_s};
        for (int i = 0; i < phoneTypes.size(); ++i)
            simple(u"PhoneTypes"_s, i + 1, phoneTypes.at(i));
        simple(u"Contacts@Status"_s, 123, u"Ativo"_s);
        simple(u"Contacts@Status"_s, 124, u"Inativo"_s);
        simple(u"Contacts@Types"_s, kCompany, u"Empresa"_s);
        simple(u"Contacts@Types"_s, kPerson, u"Pessoa"_s);
        // Published ids and Portuguese names (§7.1, suporte.ploomes.com article 5452436); ApiUrl and the unit
        // names as PloomesTSTypes IFIeldsEntities.ts types them.
        struct EntitySeed
        {
            qint64 id;
            QString name;
            QString apiUrl;
            QString singular;
            QString plural;
            int gender; // 1 masculine, 2 feminine
        };
        const QList<EntitySeed> entities = {
            {1, u"Cliente"_s, u"Contacts"_s, u"cliente"_s, u"clientes"_s, 1},
            {2, u"Negócio"_s, u"Deals"_s, u"negócio"_s, u"negócios"_s, 1},
            {4, u"Venda"_s, u"Orders"_s, u"venda"_s, u"vendas"_s, 2},
            {5, u"Bloco de Venda"_s, u"Orders@Sections"_s, u"bloco"_s, u"blocos"_s, 1},
            {7, u"Proposta"_s, u"Quotes"_s, u"proposta"_s, u"propostas"_s, 2},
            {8, u"Bloco de Proposta"_s, u"Quotes@Sections"_s, u"bloco"_s, u"blocos"_s, 1},
            {10, u"Produto"_s, u"Products"_s, u"produto"_s, u"produtos"_s, 1},
            {12, u"Tarefa"_s, u"Tasks"_s, u"tarefa"_s, u"tarefas"_s, 2},
            {14, u"Produto da Proposta"_s, u"Quotes@Products"_s, u"produto"_s, u"produtos"_s, 1},
            {20, u"Produto da Venda"_s, u"Orders@Products"_s, u"produto"_s, u"produtos"_s, 1},
            {36, u"Registro de Interação"_s, u"InteractionRecords"_s, u"registro"_s, u"registros"_s, 1},
        };
        for (const EntitySeed &e : entities) {
            rawInsert(u"Fields@Entities"_s, QJsonObject{{u"Id"_s, double(e.id)},
                                                        {u"Name"_s, e.name},
                                                        {u"ApiUrl"_s, e.apiUrl},
                                                        {u"SingularUnitName"_s, e.singular},
                                                        {u"PluralUnitName"_s, e.plural},
                                                        {u"GenderId"_s, double(e.gender)}});
        }
        QHash<QString, qint64> tagIds;
        for (const auto &[name, color] :
             QList<QPair<QString, QString>>{{u"Cliente"_s, u"#2E7D32"_s}, {u"VIP"_s, u"#F9A825"_s}}) {
            tagIds.insert(name, rawInsert(u"Tags"_s, QJsonObject{{u"Name"_s, name},
                                                                 {u"EntityId"_s, 1.0},
                                                                 {u"Color"_s, color},
                                                                 {u"CreateDate"_s, isoDate(yearAgo)}}));
        }
        struct FieldType
        {
            int id;
            QString name;
            QString native;
            bool listable;
        };
        const QList<FieldType> fieldTypes = {
            // The help centre's Portuguese names (§4.1); ids as in the badge table, except 18 = Imagem (S2).
            {1, u"Texto simples"_s, u"String"_s, false},
            {2, u"Texto multilinha"_s, u"BigString"_s, false},
            {3, u"Data"_s, u"DateTime"_s, false},
            {4, u"Número inteiro"_s, u"Integer"_s, false},
            {5, u"Moeda"_s, u"Decimal"_s, false},
            {6, u"Número com casas decimais"_s, u"Decimal"_s, false},
            {7, u"Opções pré-cadastradas"_s, u"Integer"_s, true},
            {8, u"Múltiplas opções"_s, u"Integer"_s, true},
            {9, u"E-mail"_s, u"String"_s, false},
            {10, u"Telefone"_s, u"String"_s, false},
            {11, u"URL"_s, u"String"_s, false},
            {12, u"Checkbox"_s, u"Bool"_s, false},
            {13, u"Cliente"_s, u"Integer"_s, false},
            {15, u"Produto"_s, u"Integer"_s, false},
            {16, u"Usuário"_s, u"Integer"_s, false},
            {17, u"CPF"_s, u"String"_s, false},
            {18, u"Imagem"_s, u"String"_s, false},
            {19, u"CNPJ"_s, u"String"_s, false},
        };
        for (const FieldType &t : fieldTypes) {
            rawInsert(u"Fields@Types"_s, QJsonObject{{u"Id"_s, double(t.id)},
                                                     {u"Name"_s, t.name},
                                                     {u"Icon"_s, QJsonValue()},
                                                     {u"NativeType"_s, t.native},
                                                     {u"Listable"_s, t.listable},
                                                     {u"Multipliable"_s, t.id == 8}});
        }
        struct NativeField
        {
            int entity;
            QString key;
            QString name;
            int type;
            QString property;
        };
        const QList<NativeField> nativeFields = {
            {1, u"contact_name"_s, u"Nome"_s, 1, u"Name"_s},
            {1, u"contact_legal_name"_s, u"Razão social"_s, 1, u"LegalName"_s},
            {1, u"contact_cnpj"_s, u"CNPJ"_s, 1, u"CNPJ"_s},
            {1, u"contact_cpf"_s, u"CPF"_s, 1, u"CPF"_s},
            {1, u"contact_email"_s, u"E-mail"_s, 9, u"Email"_s},
            {1, u"contact_owner"_s, u"Responsável"_s, 16, u"OwnerId"_s},
            {10, u"product_name"_s, u"Nome"_s, 1, u"Name"_s},
            {10, u"product_code"_s, u"Código"_s, 1, u"Code"_s},
            {10, u"product_unit_price"_s, u"Preço"_s, 5, u"UnitPrice"_s},
            {4, u"order_number"_s, u"Número"_s, 4, u"OrderNumber"_s},
            {4, u"order_date"_s, u"Data"_s, 3, u"Date"_s},
            {4, u"order_amount"_s, u"Valor"_s, 5, u"Amount"_s},
        };
        for (const NativeField &nf : nativeFields) {
            rawInsert(u"Fields"_s, dated(QJsonObject{{u"Key"_s, nf.key},
                                                     {u"Name"_s, nf.name},
                                                     {u"EntityId"_s, double(nf.entity)},
                                                     {u"SecondaryEntityId"_s, QJsonValue()},
                                                     {u"TypeId"_s, double(nf.type)},
                                                     {u"OptionsTableId"_s, QJsonValue()},
                                                     {u"Multiple"_s, false},
                                                     {u"Required"_s, nf.property == u"Name"_s},
                                                     {u"Unique"_s, false},
                                                     {u"Hidden"_s, false},
                                                     {u"Disabled"_s, false},
                                                     {u"Integration"_s, false},
                                                     {u"IntegrationCustomFieldId"_s, QJsonValue()},
                                                     {u"PropertyName"_s, nf.property},
                                                     {u"UpdatePropertyName"_s, nf.property},
                                                     {u"Filterable"_s, true}},
                                         yearAgo));
        }
        const QStringList stages = {u"Rascunho"_s, u"Aprovado"_s, u"Faturado"_s, u"Cancelado"_s};
        for (int i = 0; i < stages.size(); ++i)
            rawInsert(u"Orders@Stages"_s, QJsonObject{{u"Name"_s, stages.at(i)}, {u"Ordination"_s, double(i + 1)}});
        const QStringList actions = {u"Create"_s, u"Update"_s, u"Delete"_s, u"Win"_s, u"Lose"_s};
        for (int i = 0; i < actions.size(); ++i)
            simple(u"Webhooks@Actions"_s, i + 1, actions.at(i));

        const QDate sampleToday(2026, 11, 28); // SampleData's "today"
        for (const SampleData::Client &c : data.ploomesOnlyContacts) {
            QJsonObject o{{u"TypeId"_s, double(c.person ? kPerson : kCompany)},
                          {u"Name"_s, c.person ? c.legalName : c.tradeName},
                          {u"LegalName"_s, c.person ? QJsonValue() : QJsonValue(c.legalName)},
                          {u"CNPJ"_s, c.person ? QJsonValue() : QJsonValue(c.document)},
                          {u"CPF"_s, c.person ? QJsonValue(c.document) : QJsonValue()},
                          {u"Email"_s, c.email},
                          {u"Website"_s, c.website.isEmpty() ? QJsonValue() : QJsonValue(c.website)},
                          {u"CNAECode"_s, c.cnae.isEmpty() ? QJsonValue() : QJsonValue(c.cnae)},
                          {u"StreetAddress"_s, c.street},
                          {u"StreetAddressNumber"_s, c.number},
                          {u"StreetAddressLine2"_s, c.complement.isEmpty() ? QJsonValue() : QJsonValue(c.complement)},
                          {u"Neighborhood"_s, c.neighborhood},
                          {u"ZipCode"_s, c.cep.isEmpty() ? QJsonValue() : QJsonValue(double(c.cep.toLongLong()))},
                          {u"CityId"_s, double(cityIds.value(c.city.ibge))},
                          {u"StateId"_s, double(stateIds.value(c.city.uf))},
                          {u"CountryId"_s, double(kBrazil)},
                          {u"StatusId"_s, c.inactive ? 124.0 : 123.0},
                          {u"OwnerId"_s, c.sellerIndex >= 0 && c.sellerIndex < sellerIds.size()
                                             ? QJsonValue(double(sellerIds.at(c.sellerIndex)))
                                             : QJsonValue()},
                          {u"CurrencyId"_s, double(quirks.brlCurrencyId)},
                          {u"CreatorId"_s, double(adminId)},
                          {u"UpdaterId"_s, double(adminId)}};
            QJsonArray phones;
            auto addPhone = [&](const QString &ddd, const QString &number, int typeId) {
                if (!number.isEmpty())
                    phones.append(QJsonObject{{u"PhoneNumber"_s, u"(%1) %2"_s.arg(ddd, number)},
                                              {u"TypeId"_s, double(typeId)},
                                              {u"CountryId"_s, double(kBrazil)}});
            };
            addPhone(c.phoneDdd, c.phoneNumber, 1);
            addPhone(c.phone2Ddd, c.phone2Number, 2);
            addPhone(c.faxDdd, c.faxNumber, 4);
            o.insert(u"Phones"_s, phones);
            QJsonArray tags;
            for (const QString &t : c.tags) {
                if (tagIds.contains(t))
                    tags.append(QJsonObject{{u"TagId"_s, double(tagIds.value(t))}});
            }
            o.insert(u"Tags"_s, tags);
            o.insert(u"OtherProperties"_s, QJsonArray());
            const qint64 days = c.created.isValid() ? c.created.daysTo(sampleToday) : 30;
            o = dated(o, nowMs - std::max<qint64>(1, days) * 86400000);
            const qint64 id = rawInsert(u"Contacts"_s, o);
            finishNested(u"Contacts"_s, tables[u"Contacts"_s][id], id);
        }
    }
};

// =================================================================================================

PloomesSimulator::PloomesSimulator(QObject *parent, Clock *clock)
    : QObject(parent), d(std::make_unique<Private>(this, clock ? clock : Clock::system()))
{}

PloomesSimulator::~PloomesSimulator()
{
    // The server's handler points into d: stop it before d goes.
    delete d->server;
    d->server = nullptr;
}

bool PloomesSimulator::listen(quint16 port, const QHostAddress &address)
{
    if (!d->server) {
        Private *p = d.get();
        d->server =
            new HttpServer([p](const HttpRequest &req, HttpResponder responder) { p->handle(req, responder); }, this);
    }
    d->address = address;
    return d->server->listen(address, port);
}

void PloomesSimulator::close()
{
    if (d->server)
        d->server->close();
}

quint16 PloomesSimulator::port() const
{
    return d->server ? d->server->port() : 0;
}

QUrl PloomesSimulator::baseUrl() const
{
    return QUrl(d->baseUrlString());
}

void PloomesSimulator::setUserKey(const QString &userKey)
{
    d->userKey = userKey;
}

void PloomesSimulator::setLimits(const PloomesLimitsConfig &limits)
{
    d->limits = limits;
}

PloomesLimitsConfig PloomesSimulator::limits() const
{
    return d->limits;
}

void PloomesSimulator::setFaults(const FaultConfig &faults)
{
    d->faults = faults;
    d->rng.seed(faults.seed);
}

void PloomesSimulator::setLatencyMs(int ms)
{
    d->latencyMs = std::max(0, ms);
}

void PloomesSimulator::injectEmptyPages(int count)
{
    d->emptyPages = std::max(0, count);
}

void PloomesSimulator::setQuirks(const PloomesQuirks &quirks)
{
    d->quirks = quirks;
    d->quirkRng.seed(d->faults.seed + 7);
}

PloomesQuirks PloomesSimulator::quirks() const
{
    return d->quirks;
}

ViolationCounters PloomesSimulator::violations() const
{
    return d->violations;
}

TrafficCounters PloomesSimulator::traffic() const
{
    return d->traffic;
}

void PloomesSimulator::resetCounters()
{
    d->violations = {};
    d->traffic = {};
}

void PloomesSimulator::seed(const SampleData &data)
{
    d->seed(data);
    seedCrmOrders(data);
}

void PloomesSimulator::seedCrmOrders(const SampleData &data)
{
    // The CRM's own orders are for its own contacts, with the products the company already keeps in Ploomes:
    // the family "Produtos" holding each product the orders use, under the same code as in Omie.
    QList<qint64> contacts;
    for (const QJsonObject &c : records(u"Contacts"_s))
        contacts.append(c.value(u"Id"_s).toInteger());
    if (data.ploomesOnlyOrders.isEmpty() || contacts.isEmpty())
        return;
    const qint64 family = insert(u"Products@Families"_s, QJsonObject{{u"Name"_s, u"Produtos"_s}});
    const qint64 group =
        insert(u"Products@Groups"_s, QJsonObject{{u"Name"_s, u"Produtos"_s}, {u"FamilyId"_s, double(family)}});
    QHash<int, qint64> products;
    auto productId = [&](int index) {
        if (!products.contains(index)) {
            const SampleData::Product &p = data.products.at(index);
            products.insert(index, insert(u"Products"_s, QJsonObject{{u"Name"_s, p.description},
                                                                     {u"Code"_s, p.code},
                                                                     {u"GroupId"_s, double(group)},
                                                                     {u"UnitPrice"_s, p.price},
                                                                     {u"OtherProperties"_s, QJsonArray()}}));
        }
        return products.value(index);
    };
    QHash<QString, qint64> users;
    for (const QJsonObject &u : records(u"Users"_s))
        users.insert(u.value(u"Email"_s).toString(), u.value(u"Id"_s).toInteger());
    for (const SampleData::Order &o : data.ploomesOnlyOrders) {
        QJsonArray lines;
        for (const SampleData::Line &l : o.lines) {
            if (l.itemIndex >= 0 && l.itemIndex < data.products.size())
                lines.append(QJsonObject{{u"ProductId"_s, double(productId(l.itemIndex))},
                                         {u"Quantity"_s, l.quantity},
                                         {u"UnitPrice"_s, l.unitPrice},
                                         {u"Discount"_s, l.discountPercent}});
        }
        const qint64 owner = o.sellerIndex >= 0 && o.sellerIndex < data.sellers.size()
                                 ? users.value(data.sellers.at(o.sellerIndex).email)
                                 : 0;
        insert(u"Orders"_s,
               QJsonObject{{u"ContactId"_s, double(contacts.at(o.clientIndex % contacts.size()))},
                           {u"OwnerId"_s, owner ? QJsonValue(double(owner)) : QJsonValue()},
                           {u"Date"_s, QDateTime(o.date, QTime(10, 0), QTimeZone(-3 * 3600)).toString(Qt::ISODate)},
                           {u"Products"_s, lines},
                           {u"OtherProperties"_s, QJsonArray()}});
    }
}

QList<QJsonObject> PloomesSimulator::records(const QString &collection) const
{
    const S::Collection *c = S::findCollection(collection);
    if (!c)
        return {};
    QList<QJsonObject> out;
    if (c->name == u"Self"_s) {
        if (const QJsonObject *self = d->find(u"Users"_s, d->selfId))
            out.append(*self);
        return out;
    }
    for (const QJsonObject &r : d->all(c->type))
        out.append(d->fullRecord(c->type, r));
    return out;
}

std::optional<QJsonObject> PloomesSimulator::record(const QString &collection, qint64 id) const
{
    const QString type = d->typeOf(collection);
    if (const QJsonObject *r = type.isEmpty() ? nullptr : d->find(type, id))
        return d->fullRecord(type, *r);
    return std::nullopt;
}

qint64 PloomesSimulator::insert(const QString &collection, QJsonObject record)
{
    const QString type = d->typeOf(collection);
    if (type.isEmpty() || collection.compare(u"Self"_s, Qt::CaseInsensitive) == 0)
        return 0;
    Pending pending;
    record.remove(u"Id"_s);
    if (record.value(u"OtherProperties"_s).isArray())
        record.insert(u"OtherProperties"_s,
                      d->looseOtherProperties(record.value(u"OtherProperties"_s).toArray(), nullptr));
    if (type == u"Orders"_s) {
        pending.lines = d->looseLines(record.take(u"Products"_s).toArray());
        pending.replaceLines = true;
        if (!record.value(u"Amount"_s).isDouble()) {
            double sum = 0;
            for (const QJsonObject &l : std::as_const(pending.lines))
                sum += l.value(u"Total"_s).toDouble();
            record.insert(u"Amount"_s, round2(sum));
        }
        if (const auto cid = optionalId(record.value(u"ContactId"_s)); cid && d->find(u"Contacts"_s, *cid))
            record.insert(u"ContactName"_s, d->find(u"Contacts"_s, *cid)->value(u"Name"_s));
    }
    if (type == u"Products"_s) {
        if (const auto gid = optionalId(record.value(u"GroupId"_s)); gid && d->find(u"Products@Groups"_s, *gid))
            record.insert(u"FamilyId"_s, d->find(u"Products@Groups"_s, *gid)->value(u"FamilyId"_s));
    }
    return d->commitCreate(type, record, pending, d->adminId);
}

bool PloomesSimulator::modify(const QString &collection, qint64 id, const QJsonObject &patch)
{
    const QString type = d->typeOf(collection);
    const QJsonObject *existing = type.isEmpty() ? nullptr : d->find(type, id);
    if (!existing)
        return false;
    QJsonObject rec = *existing;
    Pending pending;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.key() == u"Id"_s)
            continue;
        if (it.key() == u"OtherProperties"_s) {
            const QJsonArray current = rec.value(it.key()).toArray();
            rec.insert(it.key(), d->looseOtherProperties(it.value().toArray(), &current));
        } else if (it.key() == u"Products"_s && type == u"Orders"_s) {
            pending.lines = d->looseLines(it.value().toArray());
            pending.replaceLines = true;
        } else {
            rec.insert(it.key(), it.value());
        }
    }
    d->commitUpdate(type, rec, pending, d->adminId);
    return true;
}

bool PloomesSimulator::remove(const QString &collection, qint64 id)
{
    const QString type = d->typeOf(collection);
    if (type.isEmpty() || !d->find(type, id))
        return false;
    // Same in-use rules as the API (a group with products cannot go, an order takes its lines along).
    Failure f;
    return d->removeRecord(type, id, &f);
}

int PloomesSimulator::count(const QString &collection) const
{
    const S::Collection *c = S::findCollection(collection);
    if (!c)
        return 0;
    if (c->name == u"Self"_s)
        return d->find(u"Users"_s, d->selfId) ? 1 : 0;
    return int(d->tableRef(c->type).size());
}

} // namespace Ponte::Sim

namespace Ponte::Sim {

QJsonObject PloomesSimulator::snapshot() const
{
    QJsonObject tables;
    for (auto it = d->tables.cbegin(); it != d->tables.cend(); ++it) {
        QJsonArray rows;
        for (const auto &[id, record] : it.value())
            rows.append(QJsonObject{{u"id"_s, id}, {u"record"_s, record}});
        tables.insert(it.key(), rows);
    }
    QJsonObject nextIds;
    for (auto it = d->nextIds.cbegin(); it != d->nextIds.cend(); ++it)
        nextIds.insert(it.key(), it.value());
    return QJsonObject{{u"tables"_s, tables},
                       {u"nextIds"_s, nextIds},
                       {u"nextPhoneId"_s, d->nextPhoneId},
                       {u"nextOrderNumber"_s, d->nextOrderNumber},
                       {u"fieldKeyCounter"_s, qint64(d->fieldKeyCounter)},
                       {u"selfId"_s, d->selfId},
                       {u"adminId"_s, d->adminId}};
}

void PloomesSimulator::restore(const QJsonObject &state)
{
    d->resetStore();
    const QJsonObject tables = state.value(u"tables"_s).toObject();
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it) {
        Table &table = d->tables[it.key()];
        for (const QJsonValue &v : it.value().toArray())
            table[v.toObject().value(u"id"_s).toInteger()] = v.toObject().value(u"record"_s).toObject();
    }
    const QJsonObject nextIds = state.value(u"nextIds"_s).toObject();
    for (auto it = nextIds.constBegin(); it != nextIds.constEnd(); ++it)
        d->nextIds.insert(it.key(), it.value().toInteger());
    d->nextPhoneId = state.value(u"nextPhoneId"_s).toInteger(d->nextPhoneId);
    d->nextOrderNumber = state.value(u"nextOrderNumber"_s).toInteger(d->nextOrderNumber);
    d->fieldKeyCounter = quint64(state.value(u"fieldKeyCounter"_s).toInteger());
    d->selfId = state.value(u"selfId"_s).toInteger();
    d->adminId = state.value(u"adminId"_s).toInteger();
    d->touch();
}

} // namespace Ponte::Sim
