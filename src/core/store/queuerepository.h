#pragma once

#include "entities.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Ponte {

class Database;

/** One durable unit of pending remote work. */
struct WorkItem
{
    enum class State { Pending, InFlight, Done, Failed };

    qint64 id = 0;
    QString idempotencyKey; ///< e.g. "orders:ploomes-to-omie:create:4711"; unique for the life of the work
    Entity entity = Entity::Client;
    Direction direction = Direction::OmieToPloomes;
    QString operation;
    QString payload;
    State state = State::Pending;
    int attempts = 0;
    /** Set when a previous attempt may have reached the service (crash or lost reply): look up before creating. */
    bool ambiguous = false;
    QString lastError;
    qint64 runId = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

/** The durable work queue: what must still be written remotely survives a killed process. */
class QueueRepository
{
public:
    explicit QueueRepository(Database &db)
        : m_db(db)
    {
    }

    /** Adds work unless its idempotency key is already queued; returns the (new or existing) item. */
    Expected<WorkItem> enqueue(const QString &key, Entity entity, Direction direction, const QString &operation,
                               const QString &payload, qint64 runId, qint64 nowMs);
    std::optional<WorkItem> find(const QString &key) const;
    /** Oldest pending items first. */
    QList<WorkItem> pending(int limit = -1) const;
    int count(WorkItem::State state) const;

    /** Marks an attempt as started; from now on a crash leaves the item ambiguous. */
    Status markInFlight(qint64 id, qint64 nowMs);
    Status markDone(qint64 id, qint64 nowMs);
    Status markFailed(qint64 id, const QString &error, qint64 nowMs);
    /** Puts an item back to pending, e.g. after a transient error. */
    Status markPending(qint64 id, bool ambiguous, const QString &error, qint64 nowMs);
    /** After a crash: every in-flight item becomes pending and ambiguous. Returns how many. */
    int recoverInFlight(qint64 nowMs);
    /** Deletes finished items older than @p beforeMs. */
    Status purgeFinished(qint64 beforeMs);

private:
    Status setState(qint64 id, const QString &sql, const QVariantList &binds);
    Database &m_db;
};

} // namespace Ponte
