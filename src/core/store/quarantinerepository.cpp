#include "quarantinerepository.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
const QString kColumns = u"id, entity, direction, source_id, label, reason, error_class, attempts, first_failed_at, "
                         "last_failed_at, next_attempt_at, run_id"_s;

QuarantineEntry fromQuery(const QSqlQuery &q)
{
    QuarantineEntry e;
    e.id = q.value(0).toLongLong();
    e.entity = entityFromName(q.value(1).toString()).value_or(Entity::Client);
    e.direction = directionFromName(q.value(2).toString()).value_or(Direction::OmieToPloomes);
    e.sourceId = q.value(3).toString();
    e.label = q.value(4).toString();
    e.reason = q.value(5).toString();
    e.errorClass = q.value(6).toString();
    e.attempts = q.value(7).toInt();
    e.firstFailedAt = q.value(8).toLongLong();
    e.lastFailedAt = q.value(9).toLongLong();
    e.nextAttemptAt = q.value(10).toLongLong();
    e.runId = q.value(11).toLongLong();
    return e;
}

QList<QuarantineEntry> select(Database &db, const QString &where, const QVariantList &binds)
{
    QList<QuarantineEntry> result;
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT "_s + kColumns + u" FROM quarantine "_s + where + u" ORDER BY id"_s);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec()) {
        while (q.next())
            result.append(fromQuery(q));
    }
    return result;
}
} // namespace

qint64 QuarantineRepository::retryDelayMs(int attempts)
{
    constexpr qint64 base = 25'000;
    constexpr qint64 cap = 24LL * 3600 * 1000;
    qint64 delay = base;
    for (int i = 1; i < attempts && delay < cap; ++i)
        delay *= 5;
    return std::min(delay, cap);
}

Expected<QuarantineEntry> QuarantineRepository::add(Entity entity,
                                                    Direction direction,
                                                    const QString &sourceId,
                                                    const QString &label,
                                                    const QString &reason,
                                                    const QString &errorClass,
                                                    qint64 runId,
                                                    qint64 nowMs,
                                                    bool retryAtOnce)
{
    const std::optional<QuarantineEntry> existing = find(entity, direction, sourceId);
    const int attempts = existing ? existing->attempts + 1 : 1;
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO quarantine (entity, direction, source_id, label, reason, error_class, attempts, "
              "first_failed_at, last_failed_at, next_attempt_at, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (entity, direction, source_id) DO UPDATE SET label = excluded.label, "
              "reason = excluded.reason, error_class = excluded.error_class, attempts = excluded.attempts, "
              "last_failed_at = excluded.last_failed_at, next_attempt_at = excluded.next_attempt_at, "
              "run_id = excluded.run_id"_s);
    q.addBindValue(entityName(entity));
    q.addBindValue(directionName(direction));
    q.addBindValue(sourceId);
    q.addBindValue(label);
    q.addBindValue(reason.isNull() ? u""_s : reason); // a null QString binds as SQL NULL
    q.addBindValue(errorClass.isNull() ? u""_s : errorClass);
    q.addBindValue(attempts);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(retryAtOnce ? nowMs : nowMs + retryDelayMs(attempts));
    q.addBindValue(runId);
    if (!q.exec())
        return Database::queryError(q, u"quarantine record"_s);
    return *find(entity, direction, sourceId);
}

std::optional<QuarantineEntry>
QuarantineRepository::find(Entity entity, Direction direction, const QString &sourceId) const
{
    const QList<QuarantineEntry> rows = select(m_db, u"WHERE entity = ? AND direction = ? AND source_id = ?"_s,
                                               {entityName(entity), directionName(direction), sourceId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<QuarantineEntry> QuarantineRepository::all() const
{
    return select(m_db, QString(), {});
}

QList<QuarantineEntry> QuarantineRepository::due(qint64 nowMs) const
{
    return select(m_db, u"WHERE next_attempt_at <= ?"_s, {nowMs});
}

bool QuarantineRepository::isBlocked(Entity entity, Direction direction, const QString &sourceId, qint64 nowMs) const
{
    const std::optional<QuarantineEntry> e = find(entity, direction, sourceId);
    return e && e->nextAttemptAt > nowMs;
}

Status QuarantineRepository::release(Entity entity, Direction direction, const QString &sourceId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM quarantine WHERE entity = ? AND direction = ? AND source_id = ?"_s);
    q.addBindValue(entityName(entity));
    q.addBindValue(directionName(direction));
    q.addBindValue(sourceId);
    if (!q.exec())
        return Database::queryError(q, u"release quarantine"_s);
    return Status::ok();
}

Expected<int> QuarantineRepository::retryNow(qint64 nowMs, std::optional<qint64> runId)
{
    QSqlQuery q(m_db.connection());
    if (runId) {
        q.prepare(u"UPDATE quarantine SET next_attempt_at = ? WHERE run_id = ?"_s);
        q.addBindValue(nowMs);
        q.addBindValue(*runId);
    } else {
        q.prepare(u"UPDATE quarantine SET next_attempt_at = ?"_s);
        q.addBindValue(nowMs);
    }
    if (!q.exec())
        return Database::queryError(q, u"retry quarantine"_s);
    return q.numRowsAffected();
}

Expected<int> QuarantineRepository::retryEntryNow(qint64 entryId, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE quarantine SET next_attempt_at = ? WHERE id = ?"_s);
    q.addBindValue(nowMs);
    q.addBindValue(entryId);
    if (!q.exec())
        return Database::queryError(q, u"retry quarantine entry"_s);
    return q.numRowsAffected();
}

int QuarantineRepository::count() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(u"SELECT count(*) FROM quarantine"_s) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace Ponte
