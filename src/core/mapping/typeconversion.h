#pragma once

#include "mapping/fieldtypes.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace Ponte {

/** One row of the Omie → Ploomes type correspondence table. */
struct TypeCompatibility
{
    FieldType omie;
    FieldType ploomes;
    /** The value survives a round trip, so the pair may sync both ways. */
    bool reversible;
    /** What happens to the value, for the mapping editor ("dd/mm/aaaa ↔ ISO-8601 with offset"). */
    QString conversion;
};

/**
 * The type correspondence table and the value conversions it promises. Values travel in a neutral
 * form: text as a trimmed string, numbers as doubles, dates as "yyyy-MM-dd", date-times as UTC
 * ISO-8601, booleans as bool, CNPJ/CPF, CEP and phones as digits, cities as IBGE codes, states as
 * UF, countries as Omie country codes, tags as a sorted list of names, sellers as Omie vendedor
 * codes, options as their code.
 */
class TypeConversion
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::TypeConversion)

public:
    static const QList<TypeCompatibility> &table();
    static std::optional<TypeCompatibility> find(FieldType omie, FieldType ploomes);
    static QList<FieldType> compatiblePloomesTypes(FieldType omie);
    /** Why an Omie field of @p omie type cannot feed a Ploomes field of @p ploomes type. */
    static QString explainIncompatible(FieldType omie, FieldType ploomes);

    /** Converts a neutral value of type @p from into the neutral form of type @p to. */
    static QJsonValue convert(const QJsonValue &value, FieldType from, FieldType to);
    /** Normalises a neutral value for hashing and comparison: empty, false and zero become null. */
    static QJsonValue canonical(const QJsonValue &value, FieldType type);
    /** The first address of an e-mail field that may hold several ("a@x.com, b@y.com"), lowercased. */
    static QString firstEmail(const QString &addresses);
};

} // namespace Ponte
