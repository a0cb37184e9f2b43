#include "typeconversion.h"

#include "brasiliatime.h"
#include "textutil.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Ponte {

const QList<TypeCompatibility> &TypeConversion::table()
{
    using T = FieldType;
    auto t = [](const char *s) { return QCoreApplication::translate("Ponte::TypeConversion", s); };
    static const QList<TypeCompatibility> rows = {
        {T::Text, T::Text, true,
         t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "text as is (at most 250 characters in Ploomes)"))},
        {T::Text, T::LongText, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "text as is"))},
        {T::LongText, T::LongText, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "text as is"))},
        {T::LongText, T::Text, false, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "text cut to 250 characters"))},
        {T::Integer, T::Integer, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "whole number"))},
        {T::Integer, T::Decimal, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "number"))},
        {T::Integer, T::Text, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "number written as text"))},
        {T::Decimal, T::Decimal, true,
         t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "number with decimals (point in Omie)"))},
        {T::Decimal, T::Text, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "number written as text"))},
        {T::Money, T::Money, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "amount with 2 decimals"))},
        {T::Money, T::Decimal, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "amount as a number"))},
        {T::Money, T::Text, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "amount written as text (1234,50)"))},
        {T::Percent, T::Percent, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "percentage"))},
        {T::Percent, T::Decimal, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "percentage as a number"))},
        {T::Date, T::Date, true,
         t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "dd/mm/aaaa ↔ ISO-8601 date with the -03:00 offset"))},
        {T::Date, T::DateTime, true,
         t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "dd/mm/aaaa ↔ ISO-8601 at 00:00 -03:00"))},
        {T::Date, T::Text, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "date written as dd/mm/aaaa"))},
        {T::DateTime, T::DateTime, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "date and time with offset"))},
        {T::DateTime, T::Text, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "date and time as text"))},
        {T::Bool, T::Bool, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "S/N ↔ checkbox"))},
        {T::Bool, T::Text, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "S/N ↔ \"Sim\"/\"Não\""))},
        {T::Email, T::Email, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "e-mail address"))},
        {T::Email, T::Text, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "e-mail as text"))},
        {T::Url, T::Url, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "web address"))},
        {T::Url, T::Text, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "web address as text"))},
        {T::Document, T::Document, true,
         t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "CNPJ/CPF: digits ↔ mask; company or person by length"))},
        {T::Document, T::Text, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "CNPJ/CPF with mask"))},
        {T::Cep, T::Cep, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "CEP as 8 digits ↔ 00000-000"))},
        {T::Cep, T::Text, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "CEP as 00000-000"))},
        {T::Phone, T::Phone, true,
         t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "DDD + number ↔ one phone \"(11) 3333-4444\""))},
        {T::Phone, T::Text, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "phone as \"(11) 3333-4444\""))},
        {T::CityIbge, T::CityIbge, true,
         t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "IBGE code ↔ Ploomes city (by IBGECode)"))},
        {T::StateUf, T::StateUf, true,
         t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "UF ↔ Ploomes state (by its short name)"))},
        {T::StateUf, T::Text, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "UF as text"))},
        {T::Country, T::Country, true,
         t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "Omie country code ↔ Ploomes country (1058 ↔ Brasil)"))},
        {T::Tags, T::Tags, true,
         t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "tags ↔ Ploomes tags (Marcadores), created when missing"))},
        {T::Tags, T::Text, false, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "tags joined with commas"))},
        {T::Seller, T::Seller, true,
         t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "vendedor ↔ user with the same e-mail"))},
        {T::Inactive, T::Inactive, true,
         t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "inativo S/N ↔ contact status Inativo/Ativo"))},
        {T::Inactive, T::Bool, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "inativo S/N ↔ checkbox"))},
        {T::Identifier, T::Text, false,
         t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "id as text (ids exceed 32 bits)"))},
        {T::Option, T::Option, true,
         t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "option code ↔ option (by name or external key)"))},
        {T::Option, T::Text, false, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "option code as text"))},
        {T::Text, T::Option, true, t(QT_TRANSLATE_NOOP("Ponte::TypeConversion", "text ↔ option with that name"))},
    };
    return rows;
}

std::optional<TypeCompatibility> TypeConversion::find(FieldType omie, FieldType ploomes)
{
    for (const TypeCompatibility &row : table()) {
        if (row.omie == omie && row.ploomes == ploomes)
            return row;
    }
    return std::nullopt;
}

QList<FieldType> TypeConversion::compatiblePloomesTypes(FieldType omie)
{
    QList<FieldType> out;
    for (const TypeCompatibility &row : table()) {
        if (row.omie == omie)
            out.append(row.ploomes);
    }
    return out;
}

QString TypeConversion::explainIncompatible(FieldType omie, FieldType ploomes)
{
    QStringList accepted;
    for (FieldType t : compatiblePloomesTypes(omie))
        accepted.append(fieldTypeDisplayName(t));
    return tr("An Omie field of type \"%1\" cannot fill a Ploomes field of type \"%2\". Compatible Ploomes types: %3.")
        .arg(fieldTypeDisplayName(omie), fieldTypeDisplayName(ploomes), accepted.join(u", "_s));
}

namespace {
QString formatPhone(const QString &digits)
{
    if (digits.size() == 10)
        return u"(%1) %2-%3"_s.arg(digits.left(2), digits.mid(2, 4), digits.mid(6));
    if (digits.size() == 11)
        return u"(%1) %2-%3"_s.arg(digits.left(2), digits.mid(2, 5), digits.mid(7));
    return digits;
}

QString formatDocument(const QString &d)
{
    if (d.size() == 14)
        return u"%1.%2.%3/%4-%5"_s.arg(d.mid(0, 2), d.mid(2, 3), d.mid(5, 3), d.mid(8, 4), d.mid(12, 2));
    if (d.size() == 11)
        return u"%1.%2.%3-%4"_s.arg(d.mid(0, 3), d.mid(3, 3), d.mid(6, 3), d.mid(9, 2));
    return d;
}

QString asText(const QJsonValue &v, FieldType from)
{
    switch (from) {
    case FieldType::Money:
        return QLocale(QLocale::Portuguese, QLocale::Brazil).toString(v.toDouble(), 'f', 2);
    case FieldType::Integer:
        return QString::number(qint64(std::llround(v.toDouble())));
    case FieldType::Decimal:
    case FieldType::Percent:
        return QString::number(v.toDouble(), 'g', 15);
    case FieldType::Date: {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        return d.isValid() ? d.toString(u"dd/MM/yyyy"_s) : QString();
    }
    case FieldType::Bool:
    case FieldType::Inactive:
        return v.toBool() ? u"Sim"_s : u"Não"_s;
    case FieldType::Document:
        return formatDocument(v.toString());
    case FieldType::Cep: {
        const QString d = v.toString();
        return d.size() == 8 ? d.left(5) + u'-' + d.mid(5) : d;
    }
    case FieldType::Phone:
        return formatPhone(v.toString());
    case FieldType::Tags: {
        QStringList names;
        for (const QJsonValue &t : v.toArray())
            names.append(t.toString());
        return names.join(u", "_s);
    }
    default:
        return v.isString() ? v.toString() : v.toVariant().toString();
    }
}

QJsonValue fromText(const QString &text, FieldType to)
{
    const QString t = text.trimmed();
    switch (to) {
    case FieldType::Integer:
    case FieldType::Decimal:
    case FieldType::Money:
    case FieldType::Percent: {
        QString n = t;
        if (n.contains(u',')) // Brazilian format: 1.234,50
            n = n.remove(u'.').replace(u',', u'.');
        bool ok = false;
        const double d = n.toDouble(&ok);
        return ok ? QJsonValue(d) : QJsonValue(QJsonValue::Null);
    }
    case FieldType::Date: {
        QDate d = QDate::fromString(t, u"dd/MM/yyyy"_s);
        if (!d.isValid())
            d = QDate::fromString(t.left(10), Qt::ISODate);
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    }
    case FieldType::Bool:
    case FieldType::Inactive: {
        const QString f = Text::fold(t);
        return QJsonValue(f == u"sim"_s || f == u"s"_s || f == u"true"_s || f == u"1"_s || f == u"yes"_s);
    }
    case FieldType::Document:
    case FieldType::Cep:
    case FieldType::Phone:
        return Text::digits(t);
    case FieldType::Tags: {
        QStringList names;
        for (const QString &p : t.split(u',', Qt::SkipEmptyParts))
            names.append(p.trimmed());
        names.sort();
        return QJsonArray::fromStringList(names);
    }
    default:
        return t;
    }
}
} // namespace

QString TypeConversion::firstEmail(const QString &addresses)
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    const QStringList all = addresses.split(separators, Qt::SkipEmptyParts);
    return all.isEmpty() ? QString() : all.first().toLower();
}

QJsonValue TypeConversion::convert(const QJsonValue &value, FieldType from, FieldType to)
{
    if (value.isNull() || value.isUndefined())
        return QJsonValue(QJsonValue::Null);
    // Omie's e-mail may hold several addresses; a Ploomes e-mail field holds one: the first goes, as in
    // Ploomes' own Omie integration (ploomes-api.md §5: "only the first Omie address is integrated").
    if (from == FieldType::Email && to == FieldType::Email) {
        const QString first = firstEmail(value.toString());
        return first.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(first);
    }
    if (from == to)
        return value;
    const auto isNumber = [](FieldType t) {
        return t == FieldType::Integer || t == FieldType::Decimal || t == FieldType::Money || t == FieldType::Percent;
    };
    if (isNumber(from) && isNumber(to))
        return to == FieldType::Integer ? QJsonValue(double(std::llround(value.toDouble()))) : value;
    if ((from == FieldType::Date && to == FieldType::DateTime)) {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        return d.isValid() ? QJsonValue(BrasiliaTime::at(d, QTime(0, 0)).toUTC().toString(Qt::ISODate))
                           : QJsonValue(QJsonValue::Null);
    }
    if (from == FieldType::DateTime && to == FieldType::Date) {
        const QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODate);
        return dt.isValid() ? QJsonValue(BrasiliaTime::of(dt).date().toString(Qt::ISODate))
                            : QJsonValue(QJsonValue::Null);
    }
    if ((from == FieldType::Inactive && to == FieldType::Bool)
        || (from == FieldType::Bool && to == FieldType::Inactive))
        return value.toBool();
    const auto textual = [](FieldType t) {
        return t == FieldType::Text || t == FieldType::LongText || t == FieldType::Email || t == FieldType::Url
               || t == FieldType::Identifier || t == FieldType::Option;
    };
    if (textual(to)) {
        QString text = asText(value, from);
        if (to == FieldType::Text && text.size() > 250)
            text = text.left(250);
        return text;
    }
    if (textual(from))
        return fromText(value.toString(), to);
    return value;
}

QJsonValue TypeConversion::canonical(const QJsonValue &value, FieldType type)
{
    if (value.isNull() || value.isUndefined())
        return QJsonValue(QJsonValue::Null);
    switch (type) {
    case FieldType::Bool:
    case FieldType::Inactive:
        return value.toBool() ? QJsonValue(true) : QJsonValue(QJsonValue::Null);
    case FieldType::Integer:
    case FieldType::Decimal:
    case FieldType::Money:
    case FieldType::Percent: {
        // Two decimals are all Omie keeps for money; more would make equal amounts differ.
        const double d = type == FieldType::Money ? std::round(value.toDouble() * 100) / 100 : value.toDouble();
        return d == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(d);
    }
    case FieldType::Tags: {
        QStringList names;
        for (const QJsonValue &t : value.toArray()) {
            const QString n = t.toString().trimmed();
            if (!n.isEmpty() && !names.contains(n, Qt::CaseInsensitive))
                names.append(n);
        }
        std::sort(names.begin(), names.end(),
                  [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        return names.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonArray::fromStringList(names));
    }
    case FieldType::Seller:
    case FieldType::Identifier: {
        const QString s = value.isDouble() ? QString::number(value.toInteger()) : value.toString().trimmed();
        return s.isEmpty() || s == u"0"_s ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    }
    case FieldType::Email: {
        const QString s = firstEmail(value.toString());
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    }
    case FieldType::Cep: {
        QString d = Text::digits(value.isDouble() ? QString::number(value.toInteger()) : value.toString());
        if (!d.isEmpty() && d.size() < 8)
            d = d.rightJustified(8, u'0'); // a ZipCode stored as a number loses its leading zero
        return d.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d);
    }
    case FieldType::Document:
    case FieldType::Phone:
    case FieldType::CityIbge: {
        const QString d = Text::digits(value.isDouble() ? QString::number(value.toInteger()) : value.toString());
        return d.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d);
    }
    default: {
        const QString s = value.isString() ? Text::tidy(value.toString()) : value.toVariant().toString();
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    }
    }
}

} // namespace Ponte
