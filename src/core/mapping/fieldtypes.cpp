#include "fieldtypes.h"

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
struct TypeRow
{
    FieldType type;
    const char16_t *name;
    const char *display;
};

const QList<TypeRow> &rows()
{
    static const QList<TypeRow> r = {
        {FieldType::Text, u"text", QT_TRANSLATE_NOOP("Ponte::FieldType", "Short text")},
        {FieldType::LongText, u"long-text", QT_TRANSLATE_NOOP("Ponte::FieldType", "Multi-line text")},
        {FieldType::Integer, u"integer", QT_TRANSLATE_NOOP("Ponte::FieldType", "Whole number")},
        {FieldType::Decimal, u"decimal", QT_TRANSLATE_NOOP("Ponte::FieldType", "Decimal number")},
        {FieldType::Money, u"money", QT_TRANSLATE_NOOP("Ponte::FieldType", "Currency")},
        {FieldType::Percent, u"percent", QT_TRANSLATE_NOOP("Ponte::FieldType", "Percentage")},
        {FieldType::Date, u"date", QT_TRANSLATE_NOOP("Ponte::FieldType", "Date")},
        {FieldType::DateTime, u"date-time", QT_TRANSLATE_NOOP("Ponte::FieldType", "Date and time")},
        {FieldType::Bool, u"bool", QT_TRANSLATE_NOOP("Ponte::FieldType", "Yes/no")},
        {FieldType::Email, u"email", QT_TRANSLATE_NOOP("Ponte::FieldType", "E-mail")},
        {FieldType::Url, u"url", QT_TRANSLATE_NOOP("Ponte::FieldType", "Web address")},
        {FieldType::Document, u"document", QT_TRANSLATE_NOOP("Ponte::FieldType", "CNPJ/CPF")},
        {FieldType::Cep, u"cep", QT_TRANSLATE_NOOP("Ponte::FieldType", "CEP")},
        {FieldType::Phone, u"phone", QT_TRANSLATE_NOOP("Ponte::FieldType", "Phone")},
        {FieldType::CityIbge, u"city", QT_TRANSLATE_NOOP("Ponte::FieldType", "City (IBGE)")},
        {FieldType::StateUf, u"state", QT_TRANSLATE_NOOP("Ponte::FieldType", "State (UF)")},
        {FieldType::Country, u"country", QT_TRANSLATE_NOOP("Ponte::FieldType", "Country")},
        {FieldType::Tags, u"tags", QT_TRANSLATE_NOOP("Ponte::FieldType", "Tags")},
        {FieldType::Seller, u"seller", QT_TRANSLATE_NOOP("Ponte::FieldType", "Seller / user")},
        {FieldType::Inactive, u"inactive", QT_TRANSLATE_NOOP("Ponte::FieldType", "Inactive / status")},
        {FieldType::Identifier, u"identifier", QT_TRANSLATE_NOOP("Ponte::FieldType", "Identifier")},
        {FieldType::Option, u"option", QT_TRANSLATE_NOOP("Ponte::FieldType", "List of options")},
    };
    return r;
}
} // namespace

QString fieldTypeName(FieldType type)
{
    for (const TypeRow &r : rows()) {
        if (r.type == type)
            return QString::fromUtf16(r.name);
    }
    return {};
}

std::optional<FieldType> fieldTypeFromName(const QString &name)
{
    for (const TypeRow &r : rows()) {
        if (name == QString::fromUtf16(r.name))
            return r.type;
    }
    return std::nullopt;
}

QString fieldTypeDisplayName(FieldType type)
{
    for (const TypeRow &r : rows()) {
        if (r.type == type)
            return QCoreApplication::translate("Ponte::FieldType", r.display);
    }
    return {};
}

const QList<FieldType> &allFieldTypes()
{
    static const QList<FieldType> all = [] {
        QList<FieldType> out;
        for (const TypeRow &r : rows())
            out.append(r.type);
        return out;
    }();
    return all;
}

} // namespace Ponte
