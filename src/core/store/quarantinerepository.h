#pragma once

#include "entities.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Ponte {

class Database;

/** A record refused for a business reason, waiting to be retried later. */
struct QuarantineEntry
{
    qint64 id = 0;
    Entity entity = Entity::Client;
    Direction direction = Direction::OmieToPloomes;
    QString sourceId; ///< id on the side the record comes from
    QString label;
    QString reason;     ///< user-facing explanation
    QString errorClass; ///< validation, not-found, already-exists, preflight, …
    int attempts = 1;
    qint64 firstFailedAt = 0;
    qint64 lastFailedAt = 0;
    qint64 nextAttemptAt = 0;
    qint64 runId = 0;
};

/** Quarantined records with escalating retry delays (×5: 25 s, 2 min, 10 min, ~52 min, ~4 h, 24 h). */
class QuarantineRepository
{
public:
    explicit QuarantineRepository(Database &db) : m_db(db) {}

    /** Delay before the next attempt after @p attempts failures. */
    static qint64 retryDelayMs(int attempts);

    /**
     * Quarantines a record, or records one more failure of an already quarantined one. With
     * @p retryAtOnce (a transient failure, not a business refusal) it is due on the very next run.
     */
    Expected<QuarantineEntry> add(Entity entity,
                                  Direction direction,
                                  const QString &sourceId,
                                  const QString &label,
                                  const QString &reason,
                                  const QString &errorClass,
                                  qint64 runId,
                                  qint64 nowMs,
                                  bool retryAtOnce = false);
    std::optional<QuarantineEntry> find(Entity entity, Direction direction, const QString &sourceId) const;
    QList<QuarantineEntry> all() const;
    /** Entries whose next attempt is due at @p nowMs. */
    QList<QuarantineEntry> due(qint64 nowMs) const;
    bool isBlocked(Entity entity, Direction direction, const QString &sourceId, qint64 nowMs) const;
    /** Removes an entry once its record went through. */
    Status release(Entity entity, Direction direction, const QString &sourceId);
    /** Makes entries due now: all of them, or those of one run. Returns how many. */
    Expected<int> retryNow(qint64 nowMs, std::optional<qint64> runId = std::nullopt);
    /** Makes one entry due now (the GUI's "try again" on a chosen record). Returns 1, or 0 if it is gone. */
    Expected<int> retryEntryNow(qint64 entryId, qint64 nowMs);
    int count() const;

private:
    Database &m_db;
};

} // namespace Ponte
