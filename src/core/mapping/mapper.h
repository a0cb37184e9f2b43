#pragma once

#include "entities.h"
#include "mapping/fieldcatalog.h"
#include "mapping/lookups.h"
#include "mapping/mappingmodel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace Ponte {

/**
 * Applies a MappingModel to records: Omie JSON → Ploomes payload and back, through the type
 * conversions, plus the canonical views used for change detection (a hash of what a record means
 * in the mapped fields, insensitive to masks, formatting and absent-versus-empty).
 */
class Mapper
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::Mapper)

public:
    Mapper(const MappingModel &model, const FieldCatalog &catalog, const Lookups &lookups);

    struct Result
    {
        QJsonObject payload;
        QStringList warnings; ///< values that could not be carried (e.g. a city unknown in Ploomes)
    };

    /** A Ploomes payload with every field that flows Omie → Ploomes. */
    Result toPloomes(Entity entity, const QJsonObject &omieRecord) const;
    /** An Omie payload (param object) with every field that flows Ploomes → Omie. */
    Result toOmie(Entity entity, const QJsonObject &ploomesRecord) const;

    /** Neutral, canonical values of the Ploomes fields fed from Omie, read from a record or a payload. */
    QJsonObject ploomesSide(Entity entity, const QJsonObject &ploomesObject) const;
    /** Neutral, canonical values of the Omie fields fed from Ploomes, read from a record or a payload. */
    QJsonObject omieSide(Entity entity, const QJsonObject &omieObject) const;

    static QString hash(const QJsonObject &canonical);

    /** Neutral value of an Omie field (also virtual ones such as "telefone1" or "situacao"). */
    QJsonValue readOmie(const FieldInfo &field, const QJsonObject &record) const;
    QJsonValue readPloomes(const FieldInfo &field, const QJsonObject &record) const;
    void writeOmie(const FieldInfo &field, const QJsonValue &neutral, QJsonObject &payload, QStringList *warnings) const;
    void writePloomes(const FieldInfo &field, const QJsonValue &neutral, QJsonObject &payload,
                      QStringList *warnings) const;

    const FieldCatalog &catalog() const { return m_catalog; }
    const Lookups &lookups() const { return m_lookups; }

private:
    struct Resolved
    {
        FieldPair pair;
        FieldInfo omie;
        FieldInfo ploomes;
    };
    QList<Resolved> resolved(Entity entity) const;

    MappingModel m_model;
    const FieldCatalog &m_catalog;
    const Lookups &m_lookups;
};

} // namespace Ponte
