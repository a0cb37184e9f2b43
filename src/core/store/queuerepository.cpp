#include "queuerepository.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
const QString kColumns = u"id, idempotency_key, entity, direction, operation, payload, state, attempts, ambiguous, "
                         "last_error, run_id, created_at, updated_at"_s;

QString stateName(WorkItem::State s)
{
    switch (s) {
    case WorkItem::State::Pending:
        return u"pending"_s;
    case WorkItem::State::InFlight:
        return u"in_flight"_s;
    case WorkItem::State::Done:
        return u"done"_s;
    case WorkItem::State::Failed:
        return u"failed"_s;
    }
    return {};
}

WorkItem::State stateFromName(const QString &n)
{
    if (n == u"in_flight"_s)
        return WorkItem::State::InFlight;
    if (n == u"done"_s)
        return WorkItem::State::Done;
    if (n == u"failed"_s)
        return WorkItem::State::Failed;
    return WorkItem::State::Pending;
}

WorkItem fromQuery(const QSqlQuery &q)
{
    WorkItem w;
    w.id = q.value(0).toLongLong();
    w.idempotencyKey = q.value(1).toString();
    w.entity = entityFromName(q.value(2).toString()).value_or(Entity::Client);
    w.direction = directionFromName(q.value(3).toString()).value_or(Direction::OmieToPloomes);
    w.operation = q.value(4).toString();
    w.payload = q.value(5).toString();
    w.state = stateFromName(q.value(6).toString());
    w.attempts = q.value(7).toInt();
    w.ambiguous = q.value(8).toBool();
    w.lastError = q.value(9).toString();
    w.runId = q.value(10).toLongLong();
    w.createdAt = q.value(11).toLongLong();
    w.updatedAt = q.value(12).toLongLong();
    return w;
}
} // namespace

Expected<WorkItem> QueueRepository::enqueue(const QString &key, Entity entity, Direction direction,
                                            const QString &operation, const QString &payload, qint64 runId,
                                            qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO work_queue (idempotency_key, entity, direction, operation, payload, run_id, created_at, "
              "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING"_s);
    q.addBindValue(key);
    q.addBindValue(entityName(entity));
    q.addBindValue(directionName(direction));
    q.addBindValue(operation);
    q.addBindValue(payload.isNull() ? u""_s : payload); // a null QString binds as SQL NULL
    q.addBindValue(runId);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    if (!q.exec())
        return Database::queryError(q, u"enqueue work"_s);
    std::optional<WorkItem> item = find(key);
    if (!item)
        return Status::error(QCoreApplication::translate("Ponte::QueueRepository", "Could not queue the work item."));
    return *item;
}

std::optional<WorkItem> QueueRepository::find(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kColumns + u" FROM work_queue WHERE idempotency_key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QList<WorkItem> QueueRepository::pending(int limit) const
{
    QList<WorkItem> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kColumns + u" FROM work_queue WHERE state = 'pending' ORDER BY id LIMIT ?"_s);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            result.append(fromQuery(q));
    }
    return result;
}

int QueueRepository::count(WorkItem::State state) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT count(*) FROM work_queue WHERE state = ?"_s);
    q.addBindValue(stateName(state));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

Status QueueRepository::setState(qint64 id, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, u"update work item"_s);
    return Status::ok();
}

Status QueueRepository::markInFlight(qint64 id, qint64 nowMs)
{
    return setState(id, u"UPDATE work_queue SET state = 'in_flight', attempts = attempts + 1, updated_at = ? "
                        "WHERE id = ?"_s,
                    {nowMs});
}

Status QueueRepository::markDone(qint64 id, qint64 nowMs)
{
    return setState(id, u"UPDATE work_queue SET state = 'done', ambiguous = 0, updated_at = ? WHERE id = ?"_s, {nowMs});
}

Status QueueRepository::markFailed(qint64 id, const QString &error, qint64 nowMs)
{
    return setState(id, u"UPDATE work_queue SET state = 'failed', last_error = ?, updated_at = ? WHERE id = ?"_s,
                    {error, nowMs});
}

Status QueueRepository::markPending(qint64 id, bool ambiguous, const QString &error, qint64 nowMs)
{
    return setState(id, u"UPDATE work_queue SET state = 'pending', ambiguous = ?, last_error = ?, updated_at = ? "
                        "WHERE id = ?"_s,
                    {ambiguous ? 1 : 0, error, nowMs});
}

int QueueRepository::recoverInFlight(qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE work_queue SET state = 'pending', ambiguous = 1, updated_at = ? WHERE state = 'in_flight'"_s);
    q.addBindValue(nowMs);
    return q.exec() ? q.numRowsAffected() : 0;
}

Status QueueRepository::purgeFinished(qint64 beforeMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM work_queue WHERE state IN ('done', 'failed') AND updated_at < ?"_s);
    q.addBindValue(beforeMs);
    if (!q.exec())
        return Database::queryError(q, u"purge work queue"_s);
    return Status::ok();
}

} // namespace Ponte
