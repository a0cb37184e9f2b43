#include "debouncer.h"

#include <algorithm>

namespace Ponte {

Debouncer::Debouncer(Clock *clock, qint64 quietMs, qint64 maxWaitMs, QObject *parent)
    : QObject(parent), m_clock(clock), m_quietMs(quietMs), m_maxWaitMs(maxWaitMs)
{}

Debouncer::~Debouncer()
{
    cancel();
}

qint64 Debouncer::dueAt(qint64 firstMs, qint64 lastMs, qint64 quietMs, qint64 maxWaitMs)
{
    const qint64 quiet = lastMs + std::max<qint64>(0, quietMs);
    if (maxWaitMs <= 0)
        return quiet;
    return std::min(quiet, firstMs + maxWaitMs);
}

void Debouncer::trigger()
{
    const qint64 now = m_clock->nowMs();
    if (m_timer == 0)
        m_firstMs = now;
    else
        m_clock->cancel(m_timer);
    m_timer = m_clock->callAt(dueAt(m_firstMs, now, m_quietMs, m_maxWaitMs), this, [this] {
        m_timer = 0;
        emit fired();
    });
}

void Debouncer::cancel()
{
    if (m_timer != 0)
        m_clock->cancel(m_timer);
    m_timer = 0;
}

} // namespace Ponte
