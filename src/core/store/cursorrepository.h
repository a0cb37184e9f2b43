#pragma once

#include "entities.h"
#include "result.h"

#include <QString>

#include <optional>

namespace Ponte {

class Database;

/** Incremental-sync watermarks, one per entity and direction. */
class CursorRepository
{
public:
    explicit CursorRepository(Database &db)
        : m_db(db)
    {
    }
    std::optional<QString> value(Entity entity, Direction direction) const;
    /** Advance only after the data read up to this cursor is durable. */
    Status setValue(Entity entity, Direction direction, const QString &value, qint64 nowMs);
    Status clear(Entity entity, Direction direction);
    Status clearAll();

private:
    Database &m_db;
};

} // namespace Ponte
