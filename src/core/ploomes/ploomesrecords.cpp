#include "ploomesrecords.h"

#include "brasiliatime.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Ponte::Ploomes {

QString ValueProperty::forNativeType(const QString &nativeType)
{
    const QString t = nativeType.toLower();
    if (t == u"bigstring"_s)
        return BigString;
    if (t == u"integer"_s)
        return Integer;
    if (t == u"decimal"_s)
        return Decimal;
    if (t == u"datetime"_s)
        return DateTime;
    if (t == u"bool"_s || t == u"boolean"_s)
        return Bool;
    return String;
}

QString Entity::string(const QString &key) const
{
    const QJsonValue v = m_json.value(key);
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

qint64 Entity::int64(const QString &key) const
{
    const QJsonValue v = m_json.value(key);
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

double Entity::number(const QString &key) const
{
    const QJsonValue v = m_json.value(key);
    return v.isString() ? v.toString().toDouble() : v.toDouble();
}

QDateTime Entity::parseDateTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime) {
        // No offset in the text: Ploomes means Brasília wall time, not the machine's.
        dt = BrasiliaTime::at(dt.date(), dt.time());
    }
    return dt;
}

QDateTime Entity::dateTime(const QString &key) const
{
    return parseDateTime(m_json.value(key).toString());
}

QJsonValue Entity::other(const QString &fieldKey) const
{
    const QJsonValue others = m_json.value(u"OtherProperties"_s);
    if (others.isObject()) // webhook form: a flat map
        return others.toObject().value(fieldKey);
    for (const QJsonValue &v : others.toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"FieldKey"_s).toString() != fieldKey)
            continue;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.key().endsWith(u"Value"_s) || it.key().endsWith(u"ValueId"_s)) {
                if (!it.value().isNull() && !it.value().isUndefined())
                    return it.value();
            }
        }
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString Entity::otherString(const QString &fieldKey) const
{
    const QJsonValue v = other(fieldKey);
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

void Entity::setOther(const QString &fieldKey, const QString &valueProperty, const QJsonValue &value)
{
    QJsonArray others = m_json.value(u"OtherProperties"_s).toArray();
    for (int i = others.size() - 1; i >= 0; --i) {
        if (others.at(i).toObject().value(u"FieldKey"_s).toString() == fieldKey)
            others.removeAt(i);
    }
    others.append(QJsonObject{{u"FieldKey"_s, fieldKey}, {valueProperty, value}});
    m_json.insert(u"OtherProperties"_s, others);
}

} // namespace Ponte::Ploomes
