#pragma once

#include "entities.h"
#include "mapping/fieldcatalog.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace Ponte {

class SettingsRepository;

/** Which way values of a mapped pair flow. */
enum class FlowDirection { Both, OmieToPloomes, PloomesToOmie };

QString flowDirectionName(FlowDirection direction);
std::optional<FlowDirection> flowDirectionFromName(const QString &name);

/** One Omie field mapped to one Ploomes field. */
struct FieldPair
{
    QString omie;
    QString ploomes; ///< property, virtual field, custom key, or "@Name" for a custom field found by name
    FlowDirection direction = FlowDirection::Both;

    bool flowsToPloomes() const { return direction != FlowDirection::PloomesToOmie; }
    bool flowsToOmie() const { return direction != FlowDirection::OmieToPloomes; }
    bool operator==(const FieldPair &o) const
    {
        return omie == o.omie && ploomes == o.ploomes && direction == o.direction;
    }
};

/**
 * The field mapping per entity: a versioned JSON document (format "ponte-mapping") with the
 * default mapping of the cloud integration, validation against the field catalogues and the type
 * correspondence table, import and export. The GUI's mapping editor edits this model.
 */
class MappingModel
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::MappingModel)

public:
    static constexpr int FormatVersion = 1;

    /** DESIGN.md §1 default contact mapping, plus products, services and order headers. */
    static MappingModel defaults();
    /** Directions an entity supports at all (products and services only flow Omie → Ploomes). */
    static bool entitySupports(Entity entity, FlowDirection direction);

    QList<FieldPair> pairs(Entity entity) const { return m_pairs.value(entity); }
    void setPairs(Entity entity, const QList<FieldPair> &pairs) { m_pairs.insert(entity, pairs); }
    /** Adds a pair after checking it; the error explains an incompatibility. */
    Status addPair(Entity entity, const FieldPair &pair, const FieldCatalog &catalog);
    void removePair(Entity entity, int index);

    /** Checks one pair: fields exist, types compatible, direction writable and reversible. */
    static Status checkPair(Entity entity, const FieldPair &pair, const FieldCatalog &catalog,
                            const QList<FieldPair> &others = {});
    /** Every problem of the whole mapping, one message per problem. */
    QStringList validate(const FieldCatalog &catalog) const;
    /**
     * Ploomes fields a sync cannot do without that no pair fills from Omie, one message each naming
     * the entity and the field: a contact's name; a product's or service's name and code.
     */
    QStringList missingRequired(const FieldCatalog &catalog) const;

    QJsonObject toJson() const;
    /** Reads a mapping document, upgrading older format versions; refuses newer ones. */
    static Expected<MappingModel> fromJson(const QJsonObject &json);
    Status exportTo(const QString &path) const;
    static Expected<MappingModel> importFrom(const QString &path);
    /** Reads the bytes of a mapping file; @p origin names it in messages. Pure, so that it can be fuzzed. */
    static Expected<MappingModel> importFromBytes(const QByteArray &bytes, const QString &origin);

    /** The stored mapping of a profile, or the defaults. */
    static MappingModel load(const SettingsRepository &settings);
    Status save(SettingsRepository &settings) const;

    bool operator==(const MappingModel &o) const { return m_pairs == o.m_pairs; }

private:
    QHash<Entity, QList<FieldPair>> m_pairs;
};

} // namespace Ponte
