#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Ponte::Ploomes {

/** Ploomes' value properties for custom fields (OtherProperties). */
namespace ValueProperty {
inline const QString String = QStringLiteral("StringValue");
inline const QString BigString = QStringLiteral("BigStringValue");
inline const QString Integer = QStringLiteral("IntegerValue");
inline const QString Decimal = QStringLiteral("DecimalValue");
inline const QString DateTime = QStringLiteral("DateTimeValue");
inline const QString Bool = QStringLiteral("BoolValue");
inline const QString Object = QStringLiteral("ObjectValueId");
inline const QString User = QStringLiteral("UserValueId");
inline const QString Contact = QStringLiteral("ContactValueId");
inline const QString Product = QStringLiteral("ProductValueId");
/** The property that holds a value of a field whose type has @p nativeType (String, BigString, …). */
QString forNativeType(const QString &nativeType);
} // namespace ValueProperty

/**
 * A view over a Ploomes entity's JSON (Contact, Product, Order, User, Field, City, …) with helpers
 * for the common properties and for OtherProperties custom fields.
 */
class Entity
{
public:
    Entity() = default;
    explicit Entity(QJsonObject json)
        : m_json(std::move(json))
    {
    }
    const QJsonObject &json() const { return m_json; }
    QJsonObject &json() { return m_json; }
    bool isEmpty() const { return m_json.isEmpty(); }

    qint64 id() const { return int64(QStringLiteral("Id")); }
    QString name() const { return string(QStringLiteral("Name")); }
    QDateTime lastUpdate() const { return dateTime(QStringLiteral("LastUpdateDate")); }
    QDateTime created() const { return dateTime(QStringLiteral("CreateDate")); }

    QString string(const QString &key) const;
    qint64 int64(const QString &key) const;
    double number(const QString &key) const;
    bool boolean(const QString &key) const { return m_json.value(key).toBool(); }
    /** ISO-8601; a value without offset is read as Brasília time (webhook payloads omit it). */
    QDateTime dateTime(const QString &key) const;

    /** The first non-null value of the custom field @p fieldKey, whatever its value property. */
    QJsonValue other(const QString &fieldKey) const;
    QString otherString(const QString &fieldKey) const;
    /** Sets (or replaces) the custom field @p fieldKey. */
    void setOther(const QString &fieldKey, const QString &valueProperty, const QJsonValue &value);

    /** Parses a Ploomes date (with or without offset). */
    static QDateTime parseDateTime(const QString &text);

private:
    QJsonObject m_json;
};

} // namespace Ponte::Ploomes
