#include "faketransport.h"
#include "net/apicaller.h"
#include "net/networkfailure.h"
#include "omie/omiefaults.h"
#include "ploomes/ploomeserrors.h"

#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Ponte::NetworkFailure)

namespace {
RawResponse failed(QNetworkReply::NetworkError error, bool notSent, bool timedOut = false)
{
    RawResponse r;
    r.networkError = error;
    r.networkErrorString = u"qt text"_s;
    r.peer = u"api.example.invalid:443"_s;
    r.notSent = notSent;
    r.timedOut = timedOut;
    return r;
}

void runUntil(ManualClock &clock, const std::function<bool()> &done)
{
    while (!done() && clock.runNext()) {
    }
}

CallSpec read()
{
    CallSpec s;
    s.http.verb = "POST";
    s.http.url = QUrl(u"http://sim.invalid/x"_s);
    s.http.body = "{}";
    s.ticket.key = u"ListarClientes"_s;
    s.label = u"ListarClientes"_s;
    return s;
}
} // namespace

class TstNetworkFailure : public QObject
{
    Q_OBJECT

private slots:
    void causesAreClassified_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<bool>("notSent");
        QTest::addColumn<NetworkFailure>("expected");
        QTest::addColumn<bool>("unreachable");
        using E = QNetworkReply::NetworkError;
        using F = NetworkFailure;
        QTest::newRow("dns") << int(E::HostNotFoundError) << false << true << F::HostNotFound << true;
        QTest::newRow("refused") << int(E::ConnectionRefusedError) << false << true << F::ConnectionRefused << true;
        QTest::newRow("tls") << int(E::SslHandshakeFailedError) << false << true << F::Tls << true;
        QTest::newRow("proxy 407") << int(E::ProxyAuthenticationRequiredError) << false << true
                                   << F::ProxyAuthentication << true;
        QTest::newRow("proxy refused") << int(E::ProxyConnectionRefusedError) << false << true << F::ProxyUnreachable
                                       << true;
        QTest::newRow("proxy not found") << int(E::ProxyNotFoundError) << false << true << F::ProxyUnreachable << true;
        QTest::newRow("proxy closed tunnel")
            << int(E::ProxyConnectionClosedError) << false << true << F::ProxyUnreachable << true;
        QTest::newRow("proxy timeout") << int(E::ProxyTimeoutError) << false << true << F::ProxyUnreachable << true;
        QTest::newRow("connect timeout") << int(E::TimeoutError) << true << true << F::ConnectTimeout << true;
        // Sent and unanswered: the service may have applied it, so it is not "unreachable".
        QTest::newRow("answer timeout") << int(E::TimeoutError) << true << false << F::Timeout << false;
        QTest::newRow("dropped mid-exchange")
            << int(E::RemoteHostClosedError) << false << false << F::ConnectionLost << false;
        QTest::newRow("dropped before the request")
            << int(E::RemoteHostClosedError) << false << true << F::ConnectionRefused << true;
        QTest::newRow("unknown") << int(E::UnknownNetworkError) << false << false << F::Other << false;
        QTest::newRow("no error") << int(E::NoError) << false << false << F::None << false;
    }

    void causesAreClassified()
    {
        QFETCH(int, error);
        QFETCH(bool, timedOut);
        QFETCH(bool, notSent);
        QFETCH(NetworkFailure, expected);
        QFETCH(bool, unreachable);
        const NetworkFailure got = classifyNetworkFailure(QNetworkReply::NetworkError(error), timedOut, notSent);
        QCOMPARE(got, expected);
        QCOMPARE(isUnreachable(got), unreachable);
    }

    void bothClientsSayWhatToDoNotCheckTheKeys_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<QString>("expected");
        using E = QNetworkReply::NetworkError;
        QTest::newRow("dns") << int(E::HostNotFoundError) << false << u"could not be found (DNS)"_s;
        QTest::newRow("refused") << int(E::ConnectionRefusedError) << false << u"refused the connection"_s;
        QTest::newRow("tls") << int(E::SslHandshakeFailedError) << false << u"date and time"_s;
        QTest::newRow("407") << int(E::ProxyAuthenticationRequiredError) << false << u"407"_s;
        QTest::newRow("proxy") << int(E::ProxyConnectionRefusedError) << false << u"Settings → Proxy"_s;
        QTest::newRow("timeout") << int(E::TimeoutError) << true << u"did not accept a connection in time"_s;
    }

    void bothClientsSayWhatToDoNotCheckTheKeys()
    {
        QFETCH(int, error);
        QFETCH(bool, timedOut);
        QFETCH(QString, expected);
        const RawResponse r = failed(QNetworkReply::NetworkError(error), true, timedOut);
        for (const ApiError &e : {Omie::classifyReply(r, 0), Ploomes::classifyReply(r, 0)}) {
            QCOMPARE(e.kind, ApiError::Kind::Transient);
            QVERIFY(!e.ambiguous); // never sent: a create can be repeated safely
            const QString text = e.userMessage();
            QVERIFY2(text.contains(expected), qPrintable(text));
            QVERIFY2(!text.contains(u"credential"_s, Qt::CaseInsensitive), qPrintable(text));
            QVERIFY2(!text.contains(u"keys"_s, Qt::CaseInsensitive), qPrintable(text));
        }
    }

    void anUnreachableServiceIsGivenUpQuickly()
    {
        ManualClock clock(0);
        Test::FakeTransport transport(&clock);
        transport.respond = [](const HttpCall &) { return failed(QNetworkReply::HostNotFoundError, true); };
        transport.latency = [](const HttpCall &) { return 20; };
        RequestScheduler scheduler(&clock, SchedulerLimits{});
        ApiCaller caller(&clock, &scheduler, &transport, &Omie::classifyReply);
        std::optional<CallResult> result;
        caller.call(read(), [&](const CallResult &r) { result = r; });
        runUntil(clock, [&] { return result.has_value(); });
        QVERIFY(result);
        QCOMPARE(result->attempts, 2);
        QCOMPARE(result->error.network, NetworkFailure::HostNotFound);
        QVERIFY2(clock.nowMs() < 5'000, qPrintable(QString::number(clock.nowMs())));
    }

    void aRequestThatNeverLeftIsNotHeldBackAsARepeat()
    {
        // Omie refuses an identical body within 60 s; one that never reached it does not count.
        ManualClock clock(0);
        Test::FakeTransport transport(&clock);
        transport.respond = [](const HttpCall &) { return failed(QNetworkReply::ConnectionRefusedError, true); };
        transport.latency = [](const HttpCall &) { return 5; };
        SchedulerLimits limits;
        limits.redundancyWindowMs = 60'000;
        RequestScheduler scheduler(&clock, limits);
        ApiCaller caller(&clock, &scheduler, &transport, &Omie::classifyReply);
        CallSpec s = read();
        s.ticket.dedupKey = s.http.body;
        std::optional<CallResult> result;
        caller.call(s, [&](const CallResult &r) { result = r; });
        runUntil(clock, [&] { return result.has_value(); });
        QVERIFY(result);
        QCOMPARE(result->attempts, 2);
        QVERIFY2(clock.nowMs() < 5'000, qPrintable(QString::number(clock.nowMs())));
        QCOMPARE(scheduler.dedupAvailableMs(s.ticket.dedupKey), qint64(0));
    }

    void aConnectTimeoutIsNotRepeatedBeforeTheServiceAnswered()
    {
        ManualClock clock(0);
        Test::FakeTransport transport(&clock);
        transport.respond = [](const HttpCall &) { return failed(QNetworkReply::TimeoutError, true, true); };
        transport.latency = [](const HttpCall &c) { return c.connectTimeoutMs; };
        RequestScheduler scheduler(&clock, SchedulerLimits{});
        ApiCaller caller(&clock, &scheduler, &transport, &Ploomes::classifyReply);
        std::optional<CallResult> result;
        caller.call(read(), [&](const CallResult &r) { result = r; });
        runUntil(clock, [&] { return result.has_value(); });
        QVERIFY(result);
        QCOMPARE(result->attempts, 1);
        QCOMPARE(result->error.network, NetworkFailure::ConnectTimeout);
        QVERIFY(clock.nowMs() <= 10'000);
    }

    void onceTheServiceAnsweredAHiccupIsRetriedFully()
    {
        ManualClock clock(0);
        Test::FakeTransport transport(&clock);
        int calls = 0;
        transport.respond = [&](const HttpCall &) {
            if (++calls == 1) {
                RawResponse ok;
                ok.httpStatus = 200;
                ok.body = "{}";
                return ok;
            }
            return failed(QNetworkReply::HostNotFoundError, true);
        };
        RequestScheduler scheduler(&clock, SchedulerLimits{});
        ApiCaller caller(&clock, &scheduler, &transport, &Ploomes::classifyReply);
        std::optional<CallResult> first;
        std::optional<CallResult> second;
        caller.call(read(), [&](const CallResult &r) { first = r; });
        runUntil(clock, [&] { return first.has_value(); });
        CallSpec other = read();
        other.http.body = "{\"pagina\":2}";
        caller.call(other, [&](const CallResult &r) { second = r; });
        runUntil(clock, [&] { return second.has_value(); });
        QVERIFY(second);
        QCOMPARE(second->attempts, RetryPolicy{}.maxAttempts);
    }
};

QTEST_GUILESS_MAIN(TstNetworkFailure)
#include "tst_networkfailure.moc"
