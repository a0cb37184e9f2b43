#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Ponte {

/**
 * Kinds of field on either side, as the mapping editor and the converter see them. The Omie →
 * Ploomes type correspondence table (typeconversion.h) is expressed in these terms.
 */
enum class FieldType {
    Text,       ///< short text (Ploomes "Texto simples", at most 250 characters)
    LongText,   ///< multi-line text ("Texto multilinha")
    Integer,    ///< whole number
    Decimal,    ///< number with decimals
    Money,      ///< currency amount (2 decimals)
    Percent,    ///< percentage
    Date,       ///< Omie dd/mm/aaaa ↔ Ploomes date (ISO-8601 with offset)
    DateTime,   ///< date and time
    Bool,       ///< Omie "S"/"N" ↔ checkbox
    Email,
    Url,
    Document,   ///< CNPJ or CPF (digits ↔ masks)
    Cep,        ///< postal code (digits ↔ 00000-000)
    Phone,      ///< DDD + number ↔ one phone
    CityIbge,   ///< IBGE municipality code ↔ Ploomes city
    StateUf,    ///< UF ↔ Ploomes state
    Country,    ///< Omie country code ↔ Ploomes country
    Tags,       ///< Omie tags ↔ Ploomes tags (Marcadores)
    Seller,     ///< Omie vendedor ↔ Ploomes user (by e-mail)
    Inactive,   ///< Omie inativo ↔ Ploomes contact status
    Identifier, ///< a record id (64-bit), kept as text
    Option,     ///< one of a list of options
};

QString fieldTypeName(FieldType type);
std::optional<FieldType> fieldTypeFromName(const QString &name);
/** Translated name for the mapping editor ("Data", "Moeda", …). */
QString fieldTypeDisplayName(FieldType type);
const QList<FieldType> &allFieldTypes();

} // namespace Ponte
