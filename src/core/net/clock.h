#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <map>

namespace Ponte {

/**
 * Source of time for everything time-based (rate limits, back-off, schedules, quarantine).
 * Production code uses SystemClock; tests use ManualClock and advance it in virtual time.
 */
class Clock
{
public:
    using TimerId = quint64;

    virtual ~Clock() = default;

    /** Milliseconds since the Unix epoch, monotonic within a process. */
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs()); }
    QDateTime nowUtc() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }

    /**
     * Calls @p fn in @p context's thread once the clock reaches @p atMs. Nothing is called if the
     * context is destroyed first. Must be called from the context's thread.
     */
    virtual TimerId callAt(qint64 atMs, QObject *context, std::function<void()> fn) = 0;
    TimerId callAfter(qint64 delayMs, QObject *context, std::function<void()> fn)
    {
        return callAt(nowMs() + delayMs, context, std::move(fn));
    }
    /** Cancels a pending call; harmless if it already ran. */
    virtual void cancel(TimerId id) = 0;

    /** The process-wide wall clock. */
    static Clock *system();
};

/** Wall time anchored once, then advanced by a monotonic timer so that clock jumps do not break limits. */
class SystemClock final : public Clock
{
public:
    SystemClock();
    qint64 nowMs() const override;
    TimerId callAt(qint64 atMs, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

private:
    qint64 m_anchorMs;
    QElapsedTimer m_elapsed;
    mutable QMutex m_mutex;
    TimerId m_nextId = 1;
    QHash<TimerId, QPointer<QTimer>> m_timers;
};

/** A clock that only moves when told to: pending calls run in time order during advance(). */
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1764331200000); // 2025-11-28T12:00:00Z
    qint64 nowMs() const override { return m_nowMs; }
    TimerId callAt(qint64 atMs, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

    /** Moves time forward by @p ms, running every call that falls due, in order. */
    void advance(qint64 ms);
    /** Moves time to @p atMs (never backwards). */
    void advanceTo(qint64 atMs);
    /** Advances to the next pending call and runs it; returns false when nothing is pending. */
    bool runNext();
    int pendingCount() const { return int(m_pending.size()); }
    /** Absolute time of the earliest pending call, or -1. */
    qint64 nextDueMs() const;

private:
    struct Pending
    {
        TimerId id;
        QPointer<QObject> context;
        bool hasContext;
        std::function<void()> fn;
    };
    qint64 m_nowMs;
    TimerId m_nextId = 1;
    std::multimap<qint64, Pending> m_pending;
};

} // namespace Ponte
