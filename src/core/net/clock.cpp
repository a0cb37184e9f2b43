#include "clock.h"

#include <algorithm>
#include <limits>

namespace Ponte {

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

SystemClock::SystemClock() : m_anchorMs(QDateTime::currentMSecsSinceEpoch())
{
    m_elapsed.start();
}

qint64 SystemClock::nowMs() const
{
    return m_anchorMs + m_elapsed.elapsed();
}

Clock::TimerId SystemClock::callAt(qint64 atMs, QObject *context, std::function<void()> fn)
{
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    TimerId id;
    {
        QMutexLocker lock(&m_mutex);
        id = m_nextId++;
        m_timers.insert(id, timer);
    }
    QObject::connect(timer, &QTimer::timeout, timer, [this, id, timer, fn = std::move(fn)]() {
        bool live;
        {
            QMutexLocker lock(&m_mutex);
            live = m_timers.remove(id) > 0;
        }
        timer->deleteLater();
        if (live) // a cancel() from another thread may have raced with the timeout
            fn();
    });
    timer->start(int(std::clamp<qint64>(atMs - nowMs(), 0, std::numeric_limits<int>::max())));
    return id;
}

void SystemClock::cancel(TimerId id)
{
    QPointer<QTimer> timer;
    {
        QMutexLocker lock(&m_mutex);
        timer = m_timers.take(id);
    }
    if (timer) {
        QMetaObject::invokeMethod(timer.data(), &QTimer::stop);
        timer->deleteLater();
    }
}

ManualClock::ManualClock(qint64 startMs) : m_nowMs(startMs)
{}

Clock::TimerId ManualClock::callAt(qint64 atMs, QObject *context, std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    m_pending.emplace(std::max(atMs, m_nowMs), Pending{id, context, context != nullptr, std::move(fn)});
    return id;
}

void ManualClock::cancel(TimerId id)
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->second.id == id) {
            m_pending.erase(it);
            return;
        }
    }
}

qint64 ManualClock::nextDueMs() const
{
    return m_pending.empty() ? -1 : m_pending.begin()->first;
}

bool ManualClock::runNext()
{
    if (m_pending.empty())
        return false;
    auto it = m_pending.begin();
    m_nowMs = std::max(m_nowMs, it->first);
    Pending p = std::move(it->second);
    m_pending.erase(it);
    if (!p.hasContext || p.context)
        p.fn();
    return true;
}

void ManualClock::advanceTo(qint64 atMs)
{
    while (!m_pending.empty() && m_pending.begin()->first <= atMs)
        runNext();
    m_nowMs = std::max(m_nowMs, atMs);
}

void ManualClock::advance(qint64 ms)
{
    advanceTo(m_nowMs + ms);
}

} // namespace Ponte
