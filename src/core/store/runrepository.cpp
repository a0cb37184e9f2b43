#include "runrepository.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
const QString kRunColumns = u"id, started_at, finished_at, trigger, direction, entities, dry_run, status, "
                            "omie_requests, ploomes_requests, throttled, error"_s;

RunRecord runFromQuery(const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.startedAt = q.value(1).toLongLong();
    r.finishedAt = q.value(2).toLongLong();
    r.trigger = fromName<RunTrigger>(q.value(3).toString());
    r.direction = q.value(4).toString();
    r.entities = q.value(5).toString();
    r.dryRun = q.value(6).toBool();
    r.status = fromName<RunStatus>(q.value(7).toString());
    r.omieRequests = q.value(8).toLongLong();
    r.ploomesRequests = q.value(9).toLongLong();
    r.throttled = q.value(10).toLongLong();
    r.error = q.value(11).toString();
    return r;
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}
} // namespace

Expected<qint64>
RunRepository::start(RunTrigger trigger, const QString &direction, const QString &entities, bool dryRun, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO sync_runs (started_at, trigger, direction, entities, dry_run, status) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(nowMs);
    q.addBindValue(toName(trigger));
    q.addBindValue(direction);
    q.addBindValue(entities.isNull() ? u""_s : entities); // a null QString binds as SQL NULL
    q.addBindValue(dryRun ? 1 : 0);
    q.addBindValue(toName(RunStatus::Running));
    if (!q.exec())
        return Database::queryError(q, u"start run"_s);
    return q.lastInsertId().toLongLong();
}

Status RunRepository::addItem(const RunItem &item)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO run_items (run_id, entity, direction, omie_id, ploomes_id, label, action, outcome, "
              "message, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(item.runId);
    q.addBindValue(entityName(item.entity));
    q.addBindValue(directionName(item.direction));
    q.addBindValue(optionalId(item.omieId));
    q.addBindValue(optionalId(item.ploomesId));
    q.addBindValue(item.label);
    q.addBindValue(toName(item.action));
    q.addBindValue(toName(item.outcome));
    q.addBindValue(item.message);
    q.addBindValue(item.at);
    if (!q.exec())
        return Database::queryError(q, u"record run item"_s);
    return Status::ok();
}

Status RunRepository::saveCounters(qint64 runId, const RunCounters &c)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        u"INSERT INTO run_counters (run_id, entity, direction, created, updated, unchanged, skipped, failed, "
        "conflicts, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, entity, direction) DO UPDATE "
        "SET created = excluded.created, updated = excluded.updated, unchanged = excluded.unchanged, "
        "skipped = excluded.skipped, failed = excluded.failed, conflicts = excluded.conflicts, "
        "deleted = excluded.deleted"_s);
    q.addBindValue(runId);
    q.addBindValue(entityName(c.entity));
    q.addBindValue(directionName(c.direction));
    for (int v : {c.created, c.updated, c.unchanged, c.skipped, c.failed, c.conflicts, c.deleted})
        q.addBindValue(v);
    if (!q.exec())
        return Database::queryError(q, u"save run counters"_s);
    return Status::ok();
}

Status RunRepository::saveRequests(qint64 runId, qint64 omieRequests, qint64 ploomesRequests, qint64 throttled)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE sync_runs SET omie_requests = ?, ploomes_requests = ?, throttled = ? WHERE id = ?"_s);
    q.addBindValue(omieRequests);
    q.addBindValue(ploomesRequests);
    q.addBindValue(throttled);
    q.addBindValue(runId);
    if (!q.exec())
        return Database::queryError(q, u"save run requests"_s);
    return Status::ok();
}

Status RunRepository::finish(qint64 runId,
                             RunStatus status,
                             qint64 finishedAtMs,
                             qint64 omieRequests,
                             qint64 ploomesRequests,
                             qint64 throttled,
                             const QString &error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE sync_runs SET status = ?, finished_at = ?, omie_requests = ?, ploomes_requests = ?, "
              "throttled = ?, error = ? WHERE id = ?"_s);
    q.addBindValue(toName(status));
    q.addBindValue(finishedAtMs);
    q.addBindValue(omieRequests);
    q.addBindValue(ploomesRequests);
    q.addBindValue(throttled);
    q.addBindValue(error);
    q.addBindValue(runId);
    if (!q.exec())
        return Database::queryError(q, u"finish run"_s);
    return Status::ok();
}

int RunRepository::markInterrupted(qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE sync_runs SET status = ?, finished_at = ? WHERE status = ?"_s);
    q.addBindValue(toName(RunStatus::Interrupted));
    q.addBindValue(nowMs);
    q.addBindValue(toName(RunStatus::Running));
    if (!q.exec()) {
        return 0;
    }
    return q.numRowsAffected();
}

Expected<QList<RunCounters>> RunRepository::countersOf(qint64 runId) const
{
    QList<RunCounters> result;
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"SELECT entity, direction, created, updated, unchanged, skipped, failed, conflicts, deleted FROM "
                   u"run_counters "
                   "WHERE run_id = ?"_s))
        return Database::queryError(
            q, QCoreApplication::translate("Ponte::RunRepository", "reading the counters of a run"));
    q.addBindValue(runId);
    if (!q.exec())
        return Database::queryError(
            q, QCoreApplication::translate("Ponte::RunRepository", "reading the counters of a run"));
    while (q.next()) {
        RunCounters c;
        c.entity = entityFromName(q.value(0).toString()).value_or(Entity::Client);
        c.direction = directionFromName(q.value(1).toString()).value_or(Direction::OmieToPloomes);
        c.created = q.value(2).toInt();
        c.updated = q.value(3).toInt();
        c.unchanged = q.value(4).toInt();
        c.skipped = q.value(5).toInt();
        c.failed = q.value(6).toInt();
        c.conflicts = q.value(7).toInt();
        c.deleted = q.value(8).toInt();
        result.append(c);
    }
    std::sort(result.begin(), result.end(), [](const RunCounters &a, const RunCounters &b) {
        return std::make_pair(int(a.entity), int(a.direction)) < std::make_pair(int(b.entity), int(b.direction));
    });
    return result;
}

Expected<QList<RunRecord>> RunRepository::recent(int limit) const
{
    QList<RunRecord> result;
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"SELECT "_s + kRunColumns + u" FROM sync_runs ORDER BY id DESC LIMIT ?"_s))
        return Database::queryError(q, QCoreApplication::translate("Ponte::RunRepository", "reading the history"));
    q.addBindValue(limit);
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("Ponte::RunRepository", "reading the history"));
    while (q.next())
        result.append(runFromQuery(q));
    for (RunRecord &r : result) {
        Expected<QList<RunCounters>> counters = countersOf(r.id);
        if (!counters)
            return counters.status();
        r.counters = std::move(counters.value());
    }
    return result;
}

Expected<std::optional<RunRecord>> RunRepository::find(qint64 runId) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"SELECT "_s + kRunColumns + u" FROM sync_runs WHERE id = ?"_s))
        return Database::queryError(q, QCoreApplication::translate("Ponte::RunRepository", "reading a run"));
    q.addBindValue(runId);
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("Ponte::RunRepository", "reading a run"));
    if (!q.next())
        return std::optional<RunRecord>();
    RunRecord r = runFromQuery(q);
    Expected<QList<RunCounters>> counters = countersOf(r.id);
    if (!counters)
        return counters.status();
    r.counters = std::move(counters.value());
    return std::optional<RunRecord>(std::move(r));
}

Expected<QList<RunItem>> RunRepository::items(qint64 runId, int offset, int limit) const
{
    QList<RunItem> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT id, run_id, entity, direction, omie_id, ploomes_id, label, action, outcome, message, at "
                   "FROM run_items WHERE run_id = ? ORDER BY id LIMIT ? OFFSET ?"_s))
        return Database::queryError(
            q, QCoreApplication::translate("Ponte::RunRepository", "reading the records of a run"));
    q.addBindValue(runId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return Database::queryError(
            q, QCoreApplication::translate("Ponte::RunRepository", "reading the records of a run"));
    while (q.next()) {
        RunItem i;
        i.id = q.value(0).toLongLong();
        i.runId = q.value(1).toLongLong();
        i.entity = entityFromName(q.value(2).toString()).value_or(Entity::Client);
        i.direction = directionFromName(q.value(3).toString()).value_or(Direction::OmieToPloomes);
        if (!q.value(4).isNull())
            i.omieId = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            i.ploomesId = q.value(5).toLongLong();
        i.label = q.value(6).toString();
        i.action = fromName<ItemAction>(q.value(7).toString());
        i.outcome = fromName<ItemOutcome>(q.value(8).toString());
        i.message = q.value(9).toString();
        i.at = q.value(10).toLongLong();
        result.append(i);
    }
    return result;
}

Expected<int> RunRepository::itemCount(qint64 runId) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"SELECT count(*) FROM run_items WHERE run_id = ?"_s))
        return Database::queryError(
            q, QCoreApplication::translate("Ponte::RunRepository", "counting the records of a run"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next())
        return Database::queryError(
            q, QCoreApplication::translate("Ponte::RunRepository", "counting the records of a run"));
    return q.value(0).toInt();
}

} // namespace Ponte
