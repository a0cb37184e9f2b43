#include "webhookeventrepository.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Ponte {

Status WebhookEventRepository::add(const WebhookEvent &event, qint64 nowMs, bool *isNew)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO webhook_events (source, message_id, topic, entity, record_id, received_at) "
              "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source, message_id) DO NOTHING"_s);
    q.addBindValue(event.source);
    q.addBindValue(event.messageId);
    q.addBindValue(event.topic);
    q.addBindValue(event.entity ? QVariant(entityName(*event.entity)) : QVariant());
    q.addBindValue(event.recordId);
    q.addBindValue(nowMs);
    if (!q.exec())
        return Database::queryError(q, u"store webhook event"_s);
    if (isNew)
        *isNew = q.numRowsAffected() > 0;
    return Status::ok();
}

namespace {
int countWhere(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql) && q.next())
        return q.value(0).toInt();
    return -1;
}
} // namespace

int WebhookEventRepository::count() const
{
    return countWhere(m_db, u"SELECT COUNT(*) FROM webhook_events"_s);
}

int WebhookEventRepository::unprocessedCount() const
{
    return countWhere(m_db, u"SELECT COUNT(*) FROM webhook_events WHERE processed_at IS NULL"_s);
}

QSet<qint64> WebhookEventRepository::deletedRecords(const QString &source, Entity entity, qint64 sinceMs) const
{
    QSet<qint64> ids;
    QSqlQuery q(m_db.connection());
    // Topic names differ in gender and, by some reports, in case (omie-api.md §5.3).
    q.prepare(u"SELECT record_id FROM webhook_events WHERE source = ? AND entity = ? AND received_at >= ? AND "
              "(lower(topic) LIKE '%.excluido' OR lower(topic) LIKE '%.excluida' OR lower(topic) = 'delete')"_s);
    q.addBindValue(source);
    q.addBindValue(entityName(entity));
    q.addBindValue(sinceMs);
    if (!q.exec())
        return ids;
    while (q.next()) {
        if (const qint64 id = q.value(0).toLongLong())
            ids.insert(id);
    }
    return ids;
}

Status WebhookEventRepository::markAllProcessed(qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE webhook_events SET processed_at = ? WHERE processed_at IS NULL AND received_at <= ?"_s);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    if (!q.exec())
        return Database::queryError(q, u"mark webhook events"_s);
    return Status::ok();
}

Status WebhookEventRepository::prune(qint64 beforeMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM webhook_events WHERE processed_at IS NOT NULL AND received_at < ?"_s);
    q.addBindValue(beforeMs);
    if (!q.exec())
        return Database::queryError(q, u"prune webhook events"_s);
    return Status::ok();
}

} // namespace Ponte
