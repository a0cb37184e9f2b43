#pragma once

#include <QtGlobal>

#include <algorithm>
#include <deque>
#include <iterator>

namespace Ponte {

/**
 * Sliding-log rate limit: at most @c limit events in any window of @c windowMs. Exact, so it can
 * run at 100 % of a published budget without ever exceeding it.
 */
class RateWindow
{
public:
    RateWindow() = default;
    RateWindow(int limit, qint64 windowMs) : m_limit(limit), m_windowMs(windowMs) {}

    void configure(int limit, qint64 windowMs)
    {
        m_limit = limit;
        m_windowMs = windowMs;
    }
    /**
     * Events are also spread @p ms apart on average, so a full budget is not sent in a burst. The pace
     * follows a theoretical schedule (GCRA) with half a step of tolerance, so a timer that fires a
     * little late does not push every later event back. Catching up longer stalls with a burst was
     * tried and rejected: the burst queues at the service and its tail arrives late enough to crowd
     * the next window (HTTP 429 in bench_sync).
     */
    void setMinSpacing(qint64 ms) { m_spacingMs = ms; }
    qint64 minSpacing() const { return m_spacingMs; }
    bool isUnlimited() const { return m_limit <= 0; }
    int limit() const { return m_limit; }
    qint64 windowMs() const { return m_windowMs; }

    /** Earliest time >= @p nowMs at which one more event fits. */
    qint64 nextAvailableMs(qint64 nowMs)
    {
        if (isUnlimited())
            return nowMs;
        prune(nowMs);
        const qint64 spaced = m_spacingMs > 0 ? std::max(nowMs, m_theoreticalMs - m_spacingMs / 2) : nowMs;
        if (int(m_events.size()) < m_limit)
            return spaced;
        // The event that must leave the window before another may enter.
        return std::max(spaced, m_events.at(m_events.size() - size_t(m_limit)) + m_windowMs);
    }
    bool canAcquire(qint64 nowMs) { return nextAvailableMs(nowMs) <= nowMs; }
    void record(qint64 nowMs)
    {
        m_events.push_back(nowMs);
        if (m_spacingMs > 0)
            m_theoreticalMs = std::max(m_theoreticalMs, nowMs) + m_spacingMs;
    }
    /** Events still inside the window at @p nowMs, oldest first. */
    std::deque<qint64> recent(qint64 nowMs)
    {
        prune(nowMs);
        return m_events;
    }
    /**
     * Adds events (sorted) recorded elsewhere (another process on the same credential) so that this window
     * continues the same budget instead of starting empty.
     */
    void restore(const std::deque<qint64> &events)
    {
        // A multiset union: restoring the same history twice counts each event once, while several
        // requests sent in the same millisecond all count.
        std::deque<qint64> merged;
        std::set_union(m_events.begin(), m_events.end(), events.begin(), events.end(), std::back_inserter(merged));
        m_events = std::move(merged);
        if (m_spacingMs > 0 && !m_events.empty())
            m_theoreticalMs = std::max(m_theoreticalMs, m_events.back() + m_spacingMs);
    }
    int countInWindow(qint64 nowMs)
    {
        prune(nowMs);
        return int(m_events.size());
    }

private:
    void prune(qint64 nowMs)
    {
        // Keep at most `limit` events: older ones can no longer constrain anything.
        while (!m_events.empty() && (m_events.front() + m_windowMs <= nowMs || int(m_events.size()) > m_limit))
            m_events.pop_front();
    }

    int m_limit = 0;
    qint64 m_windowMs = 60'000;
    qint64 m_spacingMs = 0;
    qint64 m_theoreticalMs = 0; ///< when the next paced event is due
    std::deque<qint64> m_events;
};

} // namespace Ponte
