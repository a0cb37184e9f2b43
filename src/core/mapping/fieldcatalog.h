#pragma once

#include "entities.h"
#include "mapping/fieldtypes.h"
#include "result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Ponte {

class SettingsRepository;

/** One field of one side, as offered to the mapping editor. */
struct FieldInfo
{
    /**
     * Omie: JSON path ("razao_social", "recomendacoes/codigo_vendedor") or a virtual field
     * ("telefone1", "situacao"). Ploomes: a property ("Name"), a virtual field ("Phones/1",
     * "Document") or a custom field key ("contact_1A2B…").
     */
    QString key;
    QString label;
    FieldType type = FieldType::Text;
    bool readOnly = false;
    bool custom = false;       ///< a Ploomes custom field (OtherProperties)
    QString valueProperty;     ///< custom fields: StringValue, DecimalValue, …
    qint64 fieldId = 0;        ///< custom fields: /Fields Id
    int maxLength = 0;         ///< 0 = no limit
};

/**
 * The fields of each side per entity: Omie's from the reference (static), Ploomes' native ones
 * (static) plus the custom fields discovered from /Fields at run time.
 */
class FieldCatalog
{
public:
    static QList<FieldInfo> omieFields(Entity entity);
    static QList<FieldInfo> ploomesNativeFields(Entity entity);
    /** The Ploomes entity (/Fields@Entities) whose fields apply to @p entity: contacts, products, orders. */
    static QString ploomesEntityName(Entity entity);

    /** Builds a FieldInfo from a /Fields row (with $expand=Type). */
    static FieldInfo customFieldFromPloomes(const QJsonObject &field);

    void setPloomesCustomFields(Entity entity, const QList<FieldInfo> &fields);
    QList<FieldInfo> ploomesCustomFields(Entity entity) const { return m_custom.value(entity); }
    /**
     * Remembers the custom fields last read from Ploomes for @p entity (raw /Fields rows with their
     * Type), so that the mapping editor offers them without a connection.
     */
    static Status cacheCustomFields(SettingsRepository &settings, Entity entity, const QJsonArray &rows);
    /** A catalogue with the custom fields the last sync found (none before the first sync). */
    static FieldCatalog fromCache(const SettingsRepository &settings);
    /** Native plus custom fields. */
    QList<FieldInfo> ploomesFields(Entity entity) const;
    std::optional<FieldInfo> omieField(Entity entity, const QString &key) const;
    /** Also resolves "@Field name" to a custom field of that name. */
    std::optional<FieldInfo> ploomesField(Entity entity, const QString &key) const;

private:
    // The static lists, built once per catalogue: a sync looks fields up for every mapped field of every record,
    // and rebuilding the lists on each look-up was the largest part of the engine thread's CPU per record.
    const QList<FieldInfo> &cachedOmieFields(Entity entity) const;
    const QList<FieldInfo> &cachedNativeFields(Entity entity) const;

    QHash<Entity, QList<FieldInfo>> m_custom;
    mutable QHash<Entity, QList<FieldInfo>> m_omieCache;
    mutable QHash<Entity, QList<FieldInfo>> m_nativeCache;
};

} // namespace Ponte
