#pragma once

#include "net/clock.h"
#include "net/ratewindow.h"
#include "net/recentrequestlog.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <deque>
#include <functional>
#include <optional>
#include <map>
#include <memory>

namespace Ponte {

/** Limits a RequestScheduler enforces. 0 means "no limit" for every count. */
struct SchedulerLimits
{
    int perKeyLimit = 0; ///< requests per key (an Omie method) in perKeyWindowMs
    qint64 perKeyWindowMs = 60'000;
    int totalLimit = 0; ///< requests over all keys in totalWindowMs
    qint64 totalWindowMs = 60'000;
    int perKeyConcurrency = 0;     ///< reads in flight per key
    int totalConcurrency = 0;      ///< requests in flight overall
    bool exclusiveWrites = false;  ///< at most one write in flight
    qint64 redundancyWindowMs = 0; ///< an identical request is never sent twice within this window
    /** Extra time added to every window: the service measures arrival, we measure departure. */
    /** Spread requests evenly (window ÷ limit apart): a burst queues at the service, and the queued
        requests arrive late enough to crowd the next window. */
    bool paced = false;
    qint64 safetyMarginMs = -1; ///< -1 = automatic (1 % of the window, 15 ms … 1.5 s)
};

/**
 * Admission control for one credential (an Omie App Key or a Ploomes User-Key), in virtual or real
 * time through the injected Clock. Callers submit tickets; the scheduler calls each ticket's start
 * function when every limit allows it, and the caller releases the slot when the reply has arrived.
 * Server-given waits pause a key or everything (circuit breaker). Nothing here knows a service.
 */
class RequestScheduler : public QObject
{
    Q_OBJECT

public:
    using TicketId = quint64;

    struct Ticket
    {
        QString key;         ///< rate/concurrency bucket (Omie method; Ploomes uses one key)
        bool write = false;  ///< writes are exclusive when limits.exclusiveWrites
        QByteArray dedupKey; ///< identical requests share it (empty = never deduplicated)
    };

    RequestScheduler(Clock *clock, const SchedulerLimits &limits, QObject *parent = nullptr);
    ~RequestScheduler() override;

    void setLimits(const SchedulerLimits &limits);
    const SchedulerLimits &limits() const { return m_configured; }
    /**
     * Uses only @p share (0 < share <= 1) of every rate budget, e.g. 0.5 during business hours so
     * that other tools sharing the key keep their part.
     */
    void setBudgetShare(double share);
    double budgetShare() const { return m_share; }
    /** Scales the total rate (adaptive throttling); 1 = configured rate. */
    void setRateFactor(double factor);
    double rateFactor() const { return m_rateFactor; }

    /** Queues a request. @p start runs once when it may go; the caller must then release(id). */
    TicketId submit(const Ticket &ticket, std::function<void(TicketId)> start);
    /** Removes a queued ticket (no effect once started). Returns true if it was still queued. */
    bool cancel(TicketId id);
    /** The request of a started ticket has finished (successfully or not). */
    void release(TicketId id);
    /**
     * Like release(), for a request that never left this computer (the connection did not open): the
     * service never saw it, so the identical-request log forgets it and a retry may go at once.
     */
    void releaseUnsent(TicketId id);

    /**
     * Keeps a slot of @p ticket's kind occupied until @p untilMs. After a timeout the service may
     * still be working on the abandoned request, so its slot (a write's exclusivity, a read's
     * concurrency) stays taken for a while.
     */
    void occupy(const Ticket &ticket, qint64 untilMs);
    /** Nothing of @p key starts before @p untilMs (e.g. "Aguarde N segundos"). */
    void pauseKey(const QString &key, qint64 untilMs);
    /** Nothing at all starts before @p untilMs (e.g. "API bloqueada … N segundos", HTTP 429 Retry-After). */
    void pauseAll(qint64 untilMs);
    qint64 pausedUntilMs() const { return m_pausedUntil; }
    /** When an identical request may be sent again. */
    qint64 dedupAvailableMs(const QByteArray &dedupKey) const;

    /**
     * Identical-request log (hashes and send times) still inside the redundancy window, so that
     * the next process (a cron-driven CLI run) does not repeat a request Omie would refuse.
     */
    QHash<QByteArray, qint64> recentRequests() const;
    void restoreRecentRequests(const QHash<QByteArray, qint64> &recent);
    /**
     * Uses @p log (keeping what this scheduler sent) as the identical-request log from now on, so
     * that schedulers of one credential sharing it never send the same body within the window.
     */
    void shareRecentRequests(std::shared_ptr<RecentRequestLog> log);

    /** Start times still inside the rate windows: the whole budget, and each key's. */
    struct RateHistory
    {
        QList<qint64> total;
        QHash<QString, QList<qint64>> perKey;
    };
    /**
     * What this credential has spent recently, so that the next process (a CLI run after a
     * connection test, a restart) continues the same budget instead of bursting into a full window.
     */
    RateHistory rateHistory();
    void restoreRateHistory(const RateHistory &history);

    int queuedCount() const { return m_queuedCount; }
    int inFlightCount() const { return int(m_inFlight.size()); }
    qint64 startedCount() const { return m_started; }

signals:
    /** Emitted whenever the scheduler waits for a pause that a service imposed. */
    void paused(const QString &key, qint64 untilMs);

private:
    struct Pending
    {
        TicketId id;
        Ticket ticket;
        std::function<void(TicketId)> start;
    };
    struct KeyState
    {
        std::deque<Pending> queue;
        RateWindow window;
        int readsInFlight = 0;
        int writesInFlight = 0;
        qint64 pausedUntil = 0;
    };
    struct Running
    {
        QString key;
        bool write;
        QByteArray dedupDigest = {}; ///< empty when not deduplicated
        qint64 claimedAt = -1;       ///< when the identical-request log recorded this send
        qint64 previousSent = -1;    ///< the log's entry before this one (-1: none)
    };

    void applyLimits();
    qint64 margin(qint64 windowMs) const;
    qint64 redundancyMargin() const;
    /** Sends at or before this are outside the redundancy window. */
    qint64 sentBeforeWindowMs() const;
    KeyState &state(const QString &key);
    void schedulePump(qint64 atMs);
    void pump();
    /** Earliest time the head-most admissible ticket of @p s could start; now if it can start now. */
    qint64 readyAt(KeyState &s, const Pending &p, qint64 now);

    Clock *m_clock;
    SchedulerLimits m_configured;
    double m_share = 1.0;
    double m_rateFactor = 1.0;
    RateWindow m_total;
    std::map<QString, KeyState> m_keys;
    static QByteArray digest(const QByteArray &dedupKey);
    std::shared_ptr<RecentRequestLog> m_lastSent = std::make_shared<RecentRequestLog>(); ///< by dedup key digest
    QHash<TicketId, Running> m_inFlight;
    int m_writesInFlight = 0;
    qint64 m_pausedUntil = 0;
    TicketId m_nextId = 1;
    int m_queuedCount = 0;
    qint64 m_started = 0;
    Clock::TimerId m_timer = 0;
    qint64 m_timerAt = -1;
    bool m_pumping = false;
};

} // namespace Ponte
