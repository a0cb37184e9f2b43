#pragma once

#include "ploomesodata.h"

#include <QHash>
#include <QList>
#include <QString>

/**
 * The entity types and collections of the Ploomes simulator, written from the field lists in
 * ploomes-api.md (S3 type definitions, S1 resource paths). Properties outside these lists are
 * refused in bodies, $filter, $select and $orderby, as a schema-bound OData service does.
 */
namespace Ponte::Sim::PloomesSchema {

enum class PropType { Int, Number, String, Bool, DateTime, Any };

struct Property
{
    QString name;
    PropType type = PropType::Any;
    bool readOnly = false;  ///< silently ignored in bodies (Id, CreateDate, derived values)
    bool writeOnly = false; ///< accepted in bodies, never stored nor returned (Password)
};

struct Navigation
{
    enum Storage { Reference, Inline, Child };
    QString name;
    Storage storage = Reference; ///< Reference: single by foreign key; Inline: array in the record; Child: other table
    QString target;              ///< target type name
    QString key;                 ///< Reference: foreign key on this record; Child: foreign key on the target
};

struct Type
{
    QString name;
    QList<Property> properties;
    QHash<QString, int> propertyIndex;
    QList<Navigation> navigations;
    QHash<QString, int> navigationIndex;
    int fieldEntityId = 0; ///< Fields@Entities id of its OtherProperties, 0 = none

    const Property *property(const QString &n) const
    {
        const auto it = propertyIndex.constFind(n);
        return it == propertyIndex.constEnd() ? nullptr : &properties.at(*it);
    }
    const Navigation *navigation(const QString &n) const
    {
        const auto it = navigationIndex.constFind(n);
        return it == navigationIndex.constEnd() ? nullptr : &navigations.at(*it);
    }
};

struct Collection
{
    QString name; ///< URL name, e.g. "Cities@Countries@States"
    QString type; ///< entity type (and table) it serves; "Self" serves "Users"
    bool canCreate = false;
    bool canUpdate = false;
    bool canDelete = false;
    qint64 firstId = 1;
};

const QHash<QString, Type> &types();
const QList<Collection> &collections();
/** Case-insensitive lookup of a URL collection name. */
const Collection *findCollection(const QString &urlName);
OData::ValueType valueType(PropType t);
QString edmType(PropType t);

} // namespace Ponte::Sim::PloomesSchema
