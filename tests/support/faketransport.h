#pragma once

#include "net/clock.h"
#include "net/transport.h"

#include <QList>

#include <functional>

namespace Ponte::Test {

/**
 * A Transport answered by a function, in the virtual time of a ManualClock: each call completes
 * after latency(call) milliseconds. Records when every call started and ended. (Stands in for the
 * network only in scheduler unit tests; integration tests use the real simulators over loopback.)
 */
class FakeTransport : public Transport
{
public:
    struct Sent
    {
        HttpCall call;
        qint64 startMs;
        qint64 endMs = -1;
    };

    explicit FakeTransport(ManualClock *clock)
        : m_clock(clock)
    {
    }

    std::function<RawResponse(const HttpCall &)> respond = [](const HttpCall &) {
        RawResponse r;
        r.httpStatus = 200;
        r.body = "{}";
        return r;
    };
    std::function<qint64(const HttpCall &)> latency = [](const HttpCall &) { return 100; };

    Handle send(const HttpCall &call, std::function<void(const RawResponse &)> done) override
    {
        const Handle h = m_next++;
        const int index = int(sent.size());
        sent.append({call, m_clock->nowMs()});
        m_pending.insert(h, m_clock->callAfter(latency(call), this, [this, h, index, call, done] {
            m_pending.remove(h);
            sent[index].endMs = m_clock->nowMs();
            done(respond(call));
        }));
        return h;
    }
    void abort(Handle h) override
    {
        if (m_pending.contains(h))
            m_clock->cancel(m_pending.take(h));
    }

    QList<Sent> sent;

private:
    ManualClock *m_clock;
    Handle m_next = 1;
    QHash<Handle, Clock::TimerId> m_pending;
};

} // namespace Ponte::Test
