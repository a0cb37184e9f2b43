#include "requestscheduler.h"

#include "logging.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Ponte {

namespace {
constexpr qint64 kNever = std::numeric_limits<qint64>::max();

/** A budget scaled by share/factor: fewer events per window, or the same one event in a longer window. */
void scaledWindow(RateWindow &window, int limit, qint64 windowMs, double scale, qint64 marginMs, bool paced)
{
    window.setMinSpacing(0);
    if (limit <= 0) {
        window.configure(0, windowMs);
        return;
    }
    const double effective = limit * scale;
    if (effective >= 1.0)
        window.configure(int(std::floor(effective + 1e-9)), windowMs + marginMs);
    else
        window.configure(1, qint64(std::ceil(windowMs / effective)) + marginMs);
    if (paced)
        window.setMinSpacing(qint64(std::floor(windowMs / std::max(effective, 1.0))));
}
} // namespace

RequestScheduler::RequestScheduler(Clock *clock, const SchedulerLimits &limits, QObject *parent)
    : QObject(parent), m_clock(clock), m_configured(limits)
{
    applyLimits();
}

RequestScheduler::~RequestScheduler()
{
    if (m_timer)
        m_clock->cancel(m_timer);
}

qint64 RequestScheduler::margin(qint64 windowMs) const
{
    if (m_configured.safetyMarginMs >= 0)
        return m_configured.safetyMarginMs;
    // Arrival at the service lags departure by a transit time that varies (new connections, a busy
    // peer): 1 % of the window, at least 15 ms, keeps that jitter inside the budget. Paced budgets
    // (Ploomes) never queue at the service, so their jitter stays small.
    return std::clamp<qint64>(windowMs / 100, 15, 1500);
}

qint64 RequestScheduler::redundancyMargin() const
{
    if (m_configured.safetyMarginMs >= 0)
        return m_configured.safetyMarginMs;
    // The transit jitter is absolute, not a share of the window: the first of two identical requests may
    // arrive late (a new connection, a busy peer) while the repeat arrives at once. A quarter of a second
    // more before an identical repeat costs nothing a user notices; a "Consumo redundante" costs a block.
    return std::max<qint64>(margin(m_configured.redundancyWindowMs), 250);
}

void RequestScheduler::applyLimits()
{
    scaledWindow(m_total, m_configured.totalLimit, m_configured.totalWindowMs, m_share * m_rateFactor,
                 margin(m_configured.totalWindowMs), m_configured.paced);
    for (auto &[key, s] : m_keys) {
        scaledWindow(s.window, m_configured.perKeyLimit, m_configured.perKeyWindowMs, m_share,
                     margin(m_configured.perKeyWindowMs), m_configured.paced);
    }
    schedulePump(m_clock->nowMs());
}

void RequestScheduler::setLimits(const SchedulerLimits &limits)
{
    m_configured = limits;
    applyLimits();
}

void RequestScheduler::setBudgetShare(double share)
{
    m_share = std::clamp(share, 0.01, 1.0);
    applyLimits();
}

void RequestScheduler::setRateFactor(double factor)
{
    m_rateFactor = std::clamp(factor, 0.001, 1.0);
    applyLimits();
}

RequestScheduler::KeyState &RequestScheduler::state(const QString &key)
{
    auto it = m_keys.find(key);
    if (it == m_keys.end()) {
        it = m_keys.emplace(key, KeyState{}).first;
        scaledWindow(it->second.window, m_configured.perKeyLimit, m_configured.perKeyWindowMs, m_share,
                     margin(m_configured.perKeyWindowMs), m_configured.paced);
    }
    return it->second;
}

RequestScheduler::TicketId RequestScheduler::submit(const Ticket &ticket, std::function<void(TicketId)> start)
{
    const TicketId id = m_nextId++;
    state(ticket.key).queue.push_back(Pending{id, ticket, std::move(start)});
    ++m_queuedCount;
    schedulePump(m_clock->nowMs());
    return id;
}

bool RequestScheduler::cancel(TicketId id)
{
    for (auto &[key, s] : m_keys) {
        for (auto it = s.queue.begin(); it != s.queue.end(); ++it) {
            if (it->id == id) {
                s.queue.erase(it);
                --m_queuedCount;
                return true;
            }
        }
    }
    return false;
}

void RequestScheduler::releaseUnsent(TicketId id)
{
    const auto it = m_inFlight.constFind(id);
    if (it != m_inFlight.constEnd() && !it->dedupDigest.isEmpty())
        m_lastSent->unclaim(it->dedupDigest, it->claimedAt, it->previousSent);
    release(id);
}

void RequestScheduler::release(TicketId id)
{
    const auto it = m_inFlight.find(id);
    if (it == m_inFlight.end())
        return;
    KeyState &s = state(it->key);
    if (it->write) {
        --s.writesInFlight;
        --m_writesInFlight;
    } else {
        --s.readsInFlight;
    }
    m_inFlight.erase(it);
    schedulePump(m_clock->nowMs());
}

void RequestScheduler::occupy(const Ticket &ticket, qint64 untilMs)
{
    const TicketId id = m_nextId++;
    KeyState &s = state(ticket.key);
    if (ticket.write) {
        ++s.writesInFlight;
        ++m_writesInFlight;
    } else {
        ++s.readsInFlight;
    }
    m_inFlight.insert(id, Running{ticket.key, ticket.write});
    m_clock->callAt(untilMs, this, [this, id] { release(id); });
}

void RequestScheduler::pauseKey(const QString &key, qint64 untilMs)
{
    KeyState &s = state(key);
    if (untilMs > s.pausedUntil) {
        s.pausedUntil = untilMs;
        qCInfo(lcNet) << "pausing" << key << "for" << (untilMs - m_clock->nowMs()) << "ms as the service asked";
        emit paused(key, untilMs);
    }
}

void RequestScheduler::pauseAll(qint64 untilMs)
{
    if (untilMs > m_pausedUntil) {
        m_pausedUntil = untilMs;
        qCWarning(lcNet) << "pausing every request for" << (untilMs - m_clock->nowMs()) << "ms as the service asked";
        emit paused(QString(), untilMs);
    }
}

QByteArray RequestScheduler::digest(const QByteArray &dedupKey)
{
    return QCryptographicHash::hash(dedupKey, QCryptographicHash::Sha1);
}

QHash<QByteArray, qint64> RequestScheduler::recentRequests() const
{
    return m_lastSent->sentAfter(sentBeforeWindowMs());
}

void RequestScheduler::restoreRecentRequests(const QHash<QByteArray, qint64> &recent)
{
    m_lastSent->merge(recent);
}

void RequestScheduler::shareRecentRequests(std::shared_ptr<RecentRequestLog> log)
{
    log->merge(m_lastSent->sentAfter(-1));
    m_lastSent = std::move(log);
    schedulePump(m_clock->nowMs());
}

qint64 RequestScheduler::sentBeforeWindowMs() const
{
    return m_clock->nowMs() - m_configured.redundancyWindowMs - redundancyMargin();
}

namespace {
QList<qint64> toList(const std::deque<qint64> &events)
{
    return QList<qint64>(events.begin(), events.end());
}

std::deque<qint64> toSortedDeque(QList<qint64> events)
{
    std::sort(events.begin(), events.end());
    return std::deque<qint64>(events.begin(), events.end());
}
} // namespace

RequestScheduler::RateHistory RequestScheduler::rateHistory()
{
    const qint64 now = m_clock->nowMs();
    RateHistory h;
    h.total = toList(m_total.recent(now));
    for (auto &[key, s] : m_keys) {
        const QList<qint64> recent = toList(s.window.recent(now));
        if (!recent.isEmpty())
            h.perKey.insert(key, recent);
    }
    return h;
}

void RequestScheduler::restoreRateHistory(const RateHistory &history)
{
    m_total.restore(toSortedDeque(history.total));
    for (auto it = history.perKey.cbegin(); it != history.perKey.cend(); ++it)
        state(it.key()).window.restore(toSortedDeque(*it));
    schedulePump(m_clock->nowMs());
}

qint64 RequestScheduler::dedupAvailableMs(const QByteArray &dedupKey) const
{
    if (dedupKey.isEmpty() || m_configured.redundancyWindowMs <= 0)
        return 0;
    const qint64 last = m_lastSent->lastSent(digest(dedupKey));
    if (last < 0)
        return 0;
    return last + m_configured.redundancyWindowMs + redundancyMargin();
}

void RequestScheduler::schedulePump(qint64 atMs)
{
    if (m_pumping)
        return; // the running pump re-evaluates before it returns
    if (m_timer && m_timerAt <= atMs)
        return;
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timerAt = atMs;
    m_timer = m_clock->callAt(atMs, this, [this] {
        m_timer = 0;
        m_timerAt = -1;
        pump();
    });
}

qint64 RequestScheduler::readyAt(KeyState &s, const Pending &p, qint64 now)
{
    qint64 at = std::max({now, s.pausedUntil, dedupAvailableMs(p.ticket.dedupKey)});
    if (p.ticket.write) {
        if (m_configured.exclusiveWrites && m_writesInFlight > 0)
            return kNever;
    } else if (m_configured.perKeyConcurrency > 0 && s.readsInFlight >= m_configured.perKeyConcurrency) {
        return kNever;
    }
    return std::max(at, s.window.nextAvailableMs(now));
}

void RequestScheduler::pump()
{
    m_pumping = true;
    qint64 wakeAt = kNever;
    for (;;) {
        const qint64 now = m_clock->nowMs();
        wakeAt = kNever;
        // Global gates first: breaker, total rate, total concurrency.
        if (m_pausedUntil > now) {
            wakeAt = m_pausedUntil;
            break;
        }
        if (m_configured.totalConcurrency > 0 && int(m_inFlight.size()) >= m_configured.totalConcurrency)
            break; // a release() will pump again
        const qint64 totalAt = m_total.nextAvailableMs(now);
        if (totalAt > now) {
            wakeAt = totalAt;
            break;
        }
        KeyState *bestState = nullptr;
        std::deque<Pending>::iterator best;
        for (auto &[key, s] : m_keys) {
            for (auto it = s.queue.begin(); it != s.queue.end(); ++it) {
                const qint64 at = readyAt(s, *it, now);
                if (at <= now) {
                    if (!bestState || it->id < best->id) {
                        bestState = &s;
                        best = it;
                    }
                    break; // later tickets of this key are younger
                }
                wakeAt = std::min(wakeAt, at);
                // Only a deduplicated or write-blocked ticket lets younger ones of the same key overtake it.
                const bool keyBlocked = s.pausedUntil > now || s.window.nextAvailableMs(now) > now
                                        || (!it->ticket.write && m_configured.perKeyConcurrency > 0
                                            && s.readsInFlight >= m_configured.perKeyConcurrency);
                if (keyBlocked)
                    break;
            }
        }
        if (!bestState)
            break;
        // Another scheduler sharing the log may have just sent the same body: check and record at once.
        Running running{best->ticket.key, best->ticket.write};
        if (!best->ticket.dedupKey.isEmpty() && m_configured.redundancyWindowMs > 0) {
            running.dedupDigest = digest(best->ticket.dedupKey);
            if (!m_lastSent->claim(running.dedupDigest, now, sentBeforeWindowMs(), &running.previousSent))
                continue;
            running.claimedAt = now;
        }
        Pending p = std::move(*best);
        bestState->queue.erase(best);
        --m_queuedCount;
        bestState->window.record(now);
        m_total.record(now);
        if (p.ticket.write) {
            ++bestState->writesInFlight;
            ++m_writesInFlight;
        } else {
            ++bestState->readsInFlight;
        }
        m_inFlight.insert(p.id, running);
        ++m_started;
        p.start(p.id);
    }
    m_lastSent->prune(sentBeforeWindowMs(), 20'000);
    m_pumping = false;
    if (m_queuedCount > 0 && wakeAt != kNever)
        schedulePump(wakeAt);
}

} // namespace Ponte
