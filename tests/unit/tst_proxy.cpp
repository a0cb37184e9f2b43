// The transport through a proxy, against a tiny HTTP proxy on loopback written here: plain http as an
// absolute URI, https tunnelled with CONNECT, 407 and an unreachable proxy reported as such.
#include "net/apierror.h"
#include "net/proxyconfig.h"
#include "net/transport.h"
#include "testsupport.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#include <optional>

using namespace Ponte;
using namespace Qt::StringLiterals;

namespace {

using Test::pumpUntil;

/** Answers what a proxy would: 407 without the right Basic credentials, 200 to CONNECT, a canned page to GET. */
class TinyProxy : public QObject
{
public:
    QByteArray expectedAuthorization; ///< empty: no authentication asked
    QList<QByteArray> requestLines;   ///< first line of every request received
    QList<QByteArray> authorizations; ///< Proxy-Authorization of each request ("" when absent)

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const int end = int(buffer->indexOf("\r\n\r\n"));
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end);
                    buffer->remove(0, end + 4);
                    answer(socket, head);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void answer(QTcpSocket *socket, const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QByteArray first = lines.value(0).trimmed();
        QByteArray authorization;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("proxy-authorization:"))
                authorization = line.mid(int(line.indexOf(':')) + 1).trimmed();
        }
        requestLines.append(first);
        authorizations.append(authorization);
        if (!expectedAuthorization.isEmpty() && authorization != expectedAuthorization) {
            socket->write("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"ponte\"\r\n"
                          "Content-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        if (first.startsWith("CONNECT ")) {
            // The tunnel opens, then leads nowhere: the TLS handshake that follows fails.
            socket->write("HTTP/1.1 200 Connection established\r\n\r\n");
            socket->flush();
            QTimer::singleShot(50, socket, [socket] { socket->disconnectFromHost(); });
            return;
        }
        const QByteArray body = "{\"via\":\"proxy\"}";
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QTcpServer m_server;
};

ProxyConfig manual(quint16 port, const QString &user = {}, const QString &password = {})
{
    ProxyConfig c;
    c.mode = ProxyConfig::Mode::Manual;
    c.type = ProxyConfig::Type::Http;
    c.host = u"127.0.0.1"_s;
    c.port = port;
    c.user = user;
    c.password = password;
    return c;
}

std::optional<RawResponse> get(NetworkTransport &transport, const QUrl &url)
{
    std::optional<RawResponse> result;
    HttpCall call;
    call.url = url;
    call.timeoutMs = 8000;
    transport.send(call, [&](const RawResponse &r) { result = r; });
    pumpUntil([&] { return result.has_value(); }, 10'000);
    return result;
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort(); // closed when probe goes
}

} // namespace

class TstProxy : public QObject
{
    Q_OBJECT

private slots:
    void theProxyIsChosenPerAddress()
    {
        const QUrl omie(u"https://app.omie.com.br/api/v1/"_s);
        const QList<QNetworkProxy> system{QNetworkProxy(QNetworkProxy::HttpProxy, u"proxy.empresa"_s, 3128)};
        ProxyConfig c; // system by default
        QCOMPARE(effectiveProxy(c, omie, system).hostName(), u"proxy.empresa"_s);
        QCOMPARE(effectiveProxy(c, omie, {}).type(), QNetworkProxy::NoProxy);
        // The simulators and a local gateway are never reached through a proxy.
        QCOMPARE(effectiveProxy(c, QUrl(u"http://127.0.0.1:8080/api/v1/"_s), system).type(), QNetworkProxy::NoProxy);
        QCOMPARE(effectiveProxy(c, QUrl(u"http://localhost:8080/"_s), system).type(), QNetworkProxy::NoProxy);
        c.mode = ProxyConfig::Mode::None;
        QCOMPARE(effectiveProxy(c, omie, system).type(), QNetworkProxy::NoProxy);
        c = manual(8888, u"ana"_s, u"pw"_s);
        QNetworkProxy p = effectiveProxy(c, omie, system);
        QCOMPARE(p.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(p.port(), quint16(8888));
        QCOMPARE(p.user(), u"ana"_s);
        c.type = ProxyConfig::Type::Socks5;
        QCOMPARE(effectiveProxy(c, omie, system).type(), QNetworkProxy::Socks5Proxy);
        c.host.clear(); // incomplete: said so in the settings page, and not used
        QVERIFY(!c.problem().isEmpty());
        QCOMPARE(effectiveProxy(c, omie, system).type(), QNetworkProxy::NoProxy);
    }

    void plainHttpGoesToTheProxyAsAnAbsoluteAddress()
    {
        TinyProxy proxy;
        proxy.expectedAuthorization = "Basic " + QByteArray("ana:s3nh@").toBase64();
        QVERIFY(proxy.listen());
        NetworkTransport transport;
        transport.setProxy(manual(proxy.port(), u"ana"_s, u"s3nh@"_s));
        const std::optional<RawResponse> r = get(transport, QUrl(u"http://ponte-destino.invalid:8080/api/v1/x?y=1"_s));
        QVERIFY(r);
        QCOMPARE(r->httpStatus, 200);
        QCOMPARE(r->body, QByteArray("{\"via\":\"proxy\"}"));
        QCOMPARE(proxy.requestLines.value(0), QByteArray("GET http://ponte-destino.invalid:8080/api/v1/x?y=1 HTTP/1.1"));
    }

    void httpsIsTunnelledWithConnectAndTheCredentials()
    {
        TinyProxy proxy;
        proxy.expectedAuthorization = "Basic " + QByteArray("ana:s3nh@").toBase64();
        QVERIFY(proxy.listen());
        NetworkTransport transport;
        transport.setProxy(manual(proxy.port(), u"ana"_s, u"s3nh@"_s));
        const std::optional<RawResponse> r = get(transport, QUrl(u"https://ponte-destino.invalid/api/v1/"_s));
        QVERIFY(r);
        QVERIFY(!proxy.requestLines.isEmpty());
        for (const QByteArray &line : std::as_const(proxy.requestLines))
            QCOMPARE(line, QByteArray("CONNECT ponte-destino.invalid:443 HTTP/1.1"));
        QVERIFY(proxy.authorizations.contains(proxy.expectedAuthorization));
        // The tunnel was opened; what failed after it is not the proxy.
        const ApiError e = ApiError::fromNetwork(*r);
        QVERIFY2(e.network != NetworkFailure::ProxyAuthentication && e.network != NetworkFailure::ProxyUnreachable,
                 qPrintable(e.userMessage()));
    }

    void aProxyAskingForAPasswordIsSaidSo_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("http") << u"http://ponte-destino.invalid/api/"_s;
        QTest::newRow("https (CONNECT)") << u"https://ponte-destino.invalid/api/"_s;
    }

    void aProxyAskingForAPasswordIsSaidSo()
    {
        QFETCH(QString, url);
        TinyProxy proxy;
        proxy.expectedAuthorization = "Basic " + QByteArray("ana:certa").toBase64();
        QVERIFY(proxy.listen());
        NetworkTransport transport;
        transport.setProxy(manual(proxy.port(), u"ana"_s, u"errada"_s));
        QElapsedTimer elapsed;
        elapsed.start();
        const std::optional<RawResponse> r = get(transport, QUrl(url));
        QVERIFY(r);
        QVERIFY(elapsed.elapsed() < 10'000);
        QCOMPARE(r->httpStatus, 0);
        QVERIFY(r->notSent); // the proxy stopped it: nothing reached the service
        const ApiError e = ApiError::fromNetwork(*r);
        QCOMPARE(e.network, NetworkFailure::ProxyAuthentication);
        QVERIFY2(e.userMessage().contains(u"Settings → Proxy"_s), qPrintable(e.userMessage()));
    }

    void anUnreachableProxyIsNamedAsTheCause()
    {
        NetworkTransport transport;
        transport.setProxy(manual(closedPort()));
        const std::optional<RawResponse> r = get(transport, QUrl(u"http://ponte-destino.invalid/api/"_s));
        QVERIFY(r);
        const ApiError e = ApiError::fromNetwork(*r);
        QCOMPARE(e.network, NetworkFailure::ProxyUnreachable);
        QVERIFY2(e.userMessage().contains(u"proxy"_s), qPrintable(e.userMessage()));
        QVERIFY(e.peer.startsWith(u"127.0.0.1:"_s));
    }
};

QTEST_GUILESS_MAIN(TstProxy)
#include "tst_proxy.moc"
