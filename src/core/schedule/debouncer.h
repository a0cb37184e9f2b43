#pragma once

#include "net/clock.h"

#include <QObject>

namespace Ponte {

/**
 * Turns a burst of events into one action: fires @p quietMs after the last event, but never later
 * than @p maxWaitMs after the first event of the burst, so a steady trickle cannot postpone the
 * action for ever. Runs on an injected Clock.
 */
class Debouncer : public QObject
{
    Q_OBJECT

public:
    Debouncer(Clock *clock, qint64 quietMs, qint64 maxWaitMs, QObject *parent = nullptr);
    ~Debouncer() override;

    /** When a burst that started at @p firstMs and last saw an event at @p lastMs fires. */
    static qint64 dueAt(qint64 firstMs, qint64 lastMs, qint64 quietMs, qint64 maxWaitMs);

    void setQuietMs(qint64 ms) { m_quietMs = ms; }
    void setMaxWaitMs(qint64 ms) { m_maxWaitMs = ms; }
    qint64 quietMs() const { return m_quietMs; }
    qint64 maxWaitMs() const { return m_maxWaitMs; }

    /** An event arrived. */
    void trigger();
    /** Forgets the pending burst. */
    void cancel();
    bool isPending() const { return m_timer != 0; }

signals:
    void fired();

private:
    Clock *m_clock;
    qint64 m_quietMs;
    qint64 m_maxWaitMs;
    qint64 m_firstMs = 0;
    Clock::TimerId m_timer = 0;
};

} // namespace Ponte
