#include "faketransport.h"
#include "net/apicaller.h"
#include "omie/omiefaults.h"
#include "ploomes/ploomeserrors.h"

#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

namespace {
RawResponse http(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    RawResponse r;
    r.httpStatus = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

CallSpec spec(const QString &key, bool write = false, const QByteArray &body = "{}")
{
    CallSpec s;
    s.http.verb = "POST";
    s.http.url = QUrl(u"http://sim.invalid/x"_s);
    s.http.body = body;
    s.ticket.key = key;
    s.ticket.write = write;
    s.ticket.dedupKey = body;
    s.write = write;
    s.label = key;
    return s;
}
} // namespace

class TstApiCaller : public QObject
{
    Q_OBJECT

private slots:
    void retryAfterDelaysTheNextPloomesRequest()
    {
        ManualClock clock(0);
        Test::FakeTransport transport(&clock);
        SchedulerLimits limits;
        limits.totalLimit = 6;
        limits.totalWindowMs = 1000;
        RequestScheduler scheduler(&clock, limits);
        ApiCaller caller(&clock, &scheduler, &transport, &Ploomes::classifyReply);
        caller.setPauseAllOnRateLimit(true);
        int calls = 0;
        transport.respond = [&](const HttpCall &) {
            return ++calls == 1 ? http(429, "{\"Message\":\"slow down\"}", {{"Retry-After", "7"}})
                                : http(200, "{\"value\":[]}");
        };
        transport.latency = [](const HttpCall &) { return 30; };
        CallResult first;
        CallResult second;
        caller.call(spec(u"ploomes"_s), [&](const CallResult &r) { first = r; });
        caller.call(spec(u"ploomes"_s, false, "other"), [&](const CallResult &r) { second = r; });
        while (clock.runNext()) {
        }
        QVERIFY(first.ok());
        QVERIFY(second.ok());
        QCOMPARE(caller.throttledResponses(), 1);
        // The 429 arrived at t≈30 ms: nothing may leave before t≈7030 ms.
        QCOMPARE(transport.sent.size(), 3);
        const qint64 throttledAt = transport.sent.at(0).endMs;
        QVERIFY(transport.sent.at(1).startMs < throttledAt); // already in flight, unaffected
        QVERIFY2(transport.sent.at(2).startMs >= throttledAt + 7000,
                 qPrintable(QString::number(transport.sent.at(2).startMs)));
    }

    void transientReadErrorsBackOffThenSucceed()
    {
        ManualClock clock(0);
        Test::FakeTransport transport(&clock);
        RequestScheduler scheduler(&clock, {});
        ApiCaller caller(&clock, &scheduler, &transport, &Omie::classifyReply);
        int calls = 0;
        transport.respond = [&](const HttpCall &) {
            ++calls;
            if (calls == 1)
                return http(500, "<html><body>500 Internal Server Error</body></html>");
            if (calls == 2) {
                RawResponse r;
                r.networkError = QNetworkReply::RemoteHostClosedError;
                r.networkErrorString = u"Connection closed"_s;
                return r;
            }
            return http(200, "{\"pagina\":1}");
        };
        CallResult result;
        caller.call(spec(u"ListarClientes"_s), [&](const CallResult &r) { result = r; });
        while (clock.runNext()) {
        }
        QVERIFY(result.ok());
        QCOMPARE(result.attempts, 3);
        QVERIFY(transport.sent.at(1).startMs - transport.sent.at(0).endMs >= 750); // back-off (1 s ± jitter)
        QVERIFY(transport.sent.at(2).startMs - transport.sent.at(1).endMs >= 1500);
    }

    void retryDecision_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("ambiguous");
        QTest::addColumn<qint64>("waitMs");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<bool>("write");
        QTest::addColumn<int>("action");
        QTest::addColumn<qint64>("delayMs");
        using K = ApiError::Kind;
        using A = RetryDecision::Action;
        // Policy: 3 attempts, 1 s doubling, at most 4 s.
        QTest::newRow("read 503, first") << int(K::Transient) << false << 0LL << 1 << false << int(A::Retry) << 1000LL;
        QTest::newRow("read 503, second") << int(K::Transient) << false << 0LL << 2 << false << int(A::Retry) << 2000LL;
        QTest::newRow("read 503, exhausted")
            << int(K::Transient) << false << 0LL << 3 << false << int(A::GiveUp) << 0LL;
        QTest::newRow("503 Retry-After 30 s")
            << int(K::Transient) << false << 30'000LL << 1 << false << int(A::Retry) << 30'000LL;
        QTest::newRow("write never sent") << int(K::Transient) << false << 0LL << 1 << true << int(A::Retry) << 1000LL;
        QTest::newRow("write reply lost")
            << int(K::Transient) << true << 0LL << 1 << true << int(A::LookUpFirst) << 1000LL;
        QTest::newRow("write reply lost, exhausted")
            << int(K::Transient) << true << 0LL << 3 << true << int(A::GiveUp) << 0LL;
        QTest::newRow("read of an ambiguous kind")
            << int(K::Transient) << true << 0LL << 1 << false << int(A::Retry) << 1000LL;
        QTest::newRow("Omie: already being processed")
            << int(K::RateLimited) << true << 61'000LL << 1 << true << int(A::LookUpFirst) << 61'000LL;
        QTest::newRow("rate limited after every wait")
            << int(K::RateLimited) << false << 5000LL << 1 << true << int(A::GiveUp) << 0LL;
        QTest::newRow("validation refusal") << int(K::Validation) << false << 0LL << 1 << true << int(A::GiveUp) << 0LL;
        QTest::newRow("already exists") << int(K::AlreadyExists) << false << 0LL << 1 << true << int(A::GiveUp) << 0LL;
        QTest::newRow("not found") << int(K::NotFound) << false << 0LL << 1 << false << int(A::GiveUp) << 0LL;
        QTest::newRow("authentication") << int(K::Authentication) << false << 0LL << 1 << true << int(A::GiveUp) << 0LL;
        QTest::newRow("blocked") << int(K::Blocked) << false << 0LL << 1 << true << int(A::GiveUp) << 0LL;
        QTest::newRow("unreadable reply") << int(K::Protocol) << false << 0LL << 1 << true << int(A::GiveUp) << 0LL;
        QTest::newRow("cancelled") << int(K::Cancelled) << false << 0LL << 1 << true << int(A::GiveUp) << 0LL;
        QTest::newRow("write never sent, second")
            << int(K::Transient) << false << 0LL << 2 << true << int(A::Retry) << 2000LL;
    }

    void retryDecision()
    {
        QFETCH(int, kind);
        QFETCH(bool, ambiguous);
        QFETCH(qint64, waitMs);
        QFETCH(int, attempts);
        QFETCH(bool, write);
        QFETCH(int, action);
        QFETCH(qint64, delayMs);
        RetryPolicy policy;
        policy.maxAttempts = 3;
        policy.baseDelayMs = 1000;
        policy.maxDelayMs = 4000;
        ApiError e;
        e.kind = ApiError::Kind(kind);
        e.ambiguous = ambiguous;
        e.waitMs = waitMs;
        const RetryDecision d = policy.decide(e, attempts, write);
        QCOMPARE(int(d.action), action);
        QCOMPARE(d.delayMs, delayMs);
    }

    void html503WithRetryAfterWaitsAsAsked()
    {
        // A Ploomes 503 page with Retry-After: the read is retried no sooner than the service said.
        ManualClock clock(0);
        Test::FakeTransport transport(&clock);
        RequestScheduler scheduler(&clock, {});
        ApiCaller caller(&clock, &scheduler, &transport, &Ploomes::classifyReply);
        int calls = 0;
        transport.respond = [&calls](const HttpCall &) {
            return ++calls == 1 ? http(503, "<html>maintenance</html>", {{"Retry-After", "20"}})
                                : http(200, R"({"value":[]})");
        };
        CallResult result;
        caller.call(spec(u"GET Contacts"_s), [&](const CallResult &r) { result = r; });
        while (clock.runNext()) {
        }
        QVERIFY(result.ok());
        QCOMPARE(transport.sent.size(), 2);
        QVERIFY(transport.sent.at(1).startMs - transport.sent.at(0).endMs >= 20'000);
    }

    void retriesAreBounded()
    {
        ManualClock clock(0);
        Test::FakeTransport transport(&clock);
        RequestScheduler scheduler(&clock, {});
        RetryPolicy policy;
        policy.maxAttempts = 3;
        ApiCaller caller(&clock, &scheduler, &transport, &Omie::classifyReply, policy);
        transport.respond = [](const HttpCall &) { return http(503, "<html>busy</html>"); };
        CallResult result;
        caller.call(spec(u"ListarClientes"_s), [&](const CallResult &r) { result = r; });
        while (clock.runNext()) {
        }
        QCOMPARE(result.error.kind, ApiError::Kind::Transient);
        QCOMPARE(transport.sent.size(), 3);
        QVERIFY(!result.error.userMessage().isEmpty());
    }

    void ambiguousWriteFailureIsNotResent()
    {
        ManualClock clock(0);
        Test::FakeTransport transport(&clock);
        RequestScheduler scheduler(&clock, {});
        ApiCaller caller(&clock, &scheduler, &transport, &Omie::classifyReply);
        transport.respond = [](const HttpCall &) {
            RawResponse r;
            r.networkError = QNetworkReply::RemoteHostClosedError;
            return r;
        };
        CallResult result;
        caller.call(spec(u"IncluirCliente"_s, true), [&](const CallResult &r) { result = r; });
        while (clock.runNext()) {
        }
        QCOMPARE(transport.sent.size(), 1);
        QCOMPARE(result.error.kind, ApiError::Kind::Transient);
        QVERIFY(result.error.ambiguous);
    }

    void redundantFaultWaitsWhatOmieSays()
    {
        ManualClock clock(0);
        Test::FakeTransport transport(&clock);
        SchedulerLimits limits;
        limits.redundancyWindowMs = 0; // the service's own wait is what is tested here
        RequestScheduler scheduler(&clock, limits);
        ApiCaller caller(&clock, &scheduler, &transport, &Omie::classifyReply);
        int calls = 0;
        transport.respond = [&](const HttpCall &) {
            return ++calls == 1 ? http(500, "{\"faultstring\":\"ERROR: Consumo redundante detectado. Aguarde 5 "
                                            "segundos\",\"faultcode\":\"SOAP-ENV:Client-6\"}")
                                : http(200, "{}");
        };
        CallResult result;
        caller.call(spec(u"ListarClientes"_s), [&](const CallResult &r) { result = r; });
        while (clock.runNext()) {
        }
        QVERIFY(result.ok());
        QVERIFY(transport.sent.at(1).startMs - transport.sent.at(0).endMs >= 5000);
    }

    void redundantFaultHoldsOnlyThatBody()
    {
        // Omie's "consumo redundante" concerns one request body: other requests of the same method go on.
        ManualClock clock(0);
        Test::FakeTransport transport(&clock);
        SchedulerLimits limits;
        limits.redundancyWindowMs = 0;
        RequestScheduler scheduler(&clock, limits);
        ApiCaller caller(&clock, &scheduler, &transport, &Omie::classifyReply);
        int refusals = 0;
        transport.respond = [&](const HttpCall &call) {
            if (call.body == "page1" && refusals++ == 0)
                return http(500, "{\"faultstring\":\"ERROR: Consumo redundante detectado. Aguarde 30 segundos\","
                                 "\"faultcode\":\"SOAP-ENV:Client-6\"}");
            return http(200, "{}");
        };
        CallResult first;
        CallResult other;
        caller.call(spec(u"ListarClientes"_s, false, "page1"), [&](const CallResult &r) { first = r; });
        clock.advance(100);
        caller.call(spec(u"ListarClientes"_s, false, "page2"), [&](const CallResult &r) { other = r; });
        while (clock.runNext()) {
        }
        QVERIFY(first.ok());
        QVERIFY(other.ok());
        QCOMPARE(transport.sent.size(), 3);
        QCOMPARE(transport.sent.at(1).call.body, QByteArray("page2"));
        QVERIFY(transport.sent.at(1).startMs < 1000);
        QVERIFY(transport.sent.at(2).startMs - transport.sent.at(0).endMs >= 30'000);
        QCOMPARE(scheduler.pausedUntilMs(), 0);
    }

    void misuseBlockFailsFastAndHoldsEverything()
    {
        ManualClock clock(0);
        Test::FakeTransport transport(&clock);
        RequestScheduler scheduler(&clock, {});
        ApiCaller caller(&clock, &scheduler, &transport, &Omie::classifyReply);
        transport.respond = [](const HttpCall &call) {
            if (call.body == "first")
                return http(425, "{\"faultstring\":\"ERROR: API bloqueada por consumo indevido. Tente novamente em "
                                 "1678 segundos.\",\"faultcode\":\"MISUSE_API_PROCESS\"}");
            return http(200, "{}");
        };
        CallResult blocked;
        CallResult later;
        caller.call(spec(u"ListarClientes"_s, false, "first"), [&](const CallResult &r) { blocked = r; });
        clock.advance(200);
        caller.call(spec(u"ListarProdutos"_s, false, "second"), [&](const CallResult &r) { later = r; });
        while (clock.runNext()) {
        }
        QCOMPARE(blocked.error.kind, ApiError::Kind::Blocked);
        QVERIFY(blocked.error.retryAtMs >= 1678'000);
        QVERIFY(later.ok());
        QVERIFY(transport.sent.at(1).startMs >= 1678'000);
    }

    void abandonKeepsOnlyWritesOnTheWire()
    {
        // A stopped run must not wait for a 30-minute breaker: queued and paused calls and reads in
        // flight are dropped at once, while a write already sent is allowed to report its outcome.
        ManualClock clock(0);
        Test::FakeTransport transport(&clock);
        SchedulerLimits limits;
        limits.perKeyConcurrency = 4;
        RequestScheduler scheduler(&clock, limits);
        ApiCaller caller(&clock, &scheduler, &transport, &Omie::classifyReply);
        transport.latency = [](const HttpCall &) { return 5'000; };
        CallResult write;
        CallResult read;
        CallResult queued;
        caller.call(spec(u"IncluirCliente"_s, true, "w"), [&](const CallResult &r) { write = r; });
        caller.call(spec(u"ListarClientes"_s, false, "r"), [&](const CallResult &r) { read = r; });
        clock.advance(1);
        QCOMPARE(transport.sent.size(), 2);
        scheduler.pauseAll(1'800'000);
        caller.call(spec(u"ListarProdutos"_s, false, "q"), [&](const CallResult &r) { queued = r; });
        caller.abandonPending();
        QCOMPARE(read.error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(queued.error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(caller.pendingCalls(), 1);
        while (clock.runNext() && caller.pendingCalls() > 0) {
        }
        QVERIFY(write.ok());
        QVERIFY(clock.nowMs() < 10'000);
        QCOMPARE(transport.sent.size(), 2);
    }

    void cancelStopsQueuedAndRunningCalls()
    {
        ManualClock clock(0);
        Test::FakeTransport transport(&clock);
        RequestScheduler scheduler(&clock, {});
        ApiCaller caller(&clock, &scheduler, &transport, &Omie::classifyReply);
        transport.latency = [](const HttpCall &) { return 10'000; };
        CallResult a;
        CallResult b;
        caller.call(spec(u"A"_s), [&](const CallResult &r) { a = r; });
        clock.advance(1);
        scheduler.pauseAll(100'000);
        caller.call(spec(u"B"_s, false, "b"), [&](const CallResult &r) { b = r; });
        caller.cancelAll();
        QCOMPARE(a.error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(b.error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(scheduler.inFlightCount(), 0);
        QCOMPARE(scheduler.queuedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstApiCaller)
#include "tst_apicaller.moc"
