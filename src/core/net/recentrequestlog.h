#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>

namespace Ponte {

/**
 * When each identical request (by digest) was last sent. A RequestScheduler owns one; schedulers of
 * the same credential can share one (RequestScheduler::shareRecentRequests), even across threads, so
 * that none of them sends a body another has sent inside the redundancy window.
 */
class RecentRequestLog
{
public:
    /** Last send time of @p digest, or -1. */
    [[nodiscard]] qint64 lastSent(const QByteArray &digest) const;
    /**
     * Records a send at @p nowMs unless @p digest was sent after @p sentAfterMs (then returns false):
     * check and record in one step, so two schedulers never both pass the check.
     */
    [[nodiscard]] bool claim(const QByteArray &digest, qint64 nowMs, qint64 sentAfterMs, qint64 *previousMs = nullptr);
    /**
     * Undoes a claim made at @p claimedAtMs whose request never left this computer: the entry goes back to
     * @p previousMs (-1: none), unless a later claim replaced it meanwhile.
     */
    void unclaim(const QByteArray &digest, qint64 claimedAtMs, qint64 previousMs);
    /** Keeps the later of the two times for every entry. */
    void merge(const QHash<QByteArray, qint64> &entries);
    /** Entries sent after @p sentAfterMs. */
    [[nodiscard]] QHash<QByteArray, qint64> sentAfter(qint64 sentAfterMs) const;
    /** Forgets entries sent at or before @p sentAfterMs once the log has grown past @p maxSize. */
    void prune(qint64 sentAfterMs, qsizetype maxSize);

private:
    mutable QMutex m_mutex;
    QHash<QByteArray, qint64> m_lastSent;
};

} // namespace Ponte
