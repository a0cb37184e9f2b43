#include "cursorrepository.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Ponte {

std::optional<QString> CursorRepository::value(Entity entity, Direction direction) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT value FROM cursors WHERE entity = ? AND direction = ?"_s);
    q.addBindValue(entityName(entity));
    q.addBindValue(directionName(direction));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

Status CursorRepository::setValue(Entity entity, Direction direction, const QString &value, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO cursors (entity, direction, value, updated_at) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (entity, direction) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"_s);
    q.addBindValue(entityName(entity));
    q.addBindValue(directionName(direction));
    q.addBindValue(value);
    q.addBindValue(nowMs);
    if (!q.exec())
        return Database::queryError(q, u"save cursor"_s);
    return Status::ok();
}

Status CursorRepository::clear(Entity entity, Direction direction)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM cursors WHERE entity = ? AND direction = ?"_s);
    q.addBindValue(entityName(entity));
    q.addBindValue(directionName(direction));
    if (!q.exec())
        return Database::queryError(q, u"clear cursor"_s);
    return Status::ok();
}

Status CursorRepository::clearAll()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"DELETE FROM cursors"_s))
        return Database::queryError(q, u"clear cursors"_s);
    return Status::ok();
}

} // namespace Ponte
