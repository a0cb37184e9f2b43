// The transport through a proxy, against a tiny HTTP proxy and a tiny SOCKS5 proxy on loopback written
// here: plain http as an absolute URI, https tunnelled with CONNECT, SOCKS5 with user and password
// (RFC 1928/1929), 407, a refused SOCKS5 password and an unreachable proxy reported as such.
#include "net/apierror.h"
#include "net/proxyconfig.h"
#include "net/transport.h"
#include "testsupport.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>
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

/**
 * A SOCKS5 proxy (RFC 1928) with optional user/password authentication (RFC 1929). After CONNECT it plays
 * the destination itself and answers one canned HTTP page, so nothing leaves the machine.
 */
class TinySocks5 : public QObject
{
public:
    QByteArray expectedUser; ///< empty: no authentication asked
    QByteArray expectedPassword;
    QList<QByteArray> targets;   ///< "host:port" of every CONNECT, as the client named it
    QList<QByteArray> httpLines; ///< first line of every HTTP request carried through the tunnel
    int refusedLogins = 0;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto state = std::make_shared<Session>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, state] {
                    state->buffer += socket->readAll();
                    while (step(socket, *state)) {
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    enum class Stage { Greeting, Login, Request, Http, Done };
    struct Session
    {
        Stage stage = Stage::Greeting;
        QByteArray buffer;
    };

    /** Consumes one protocol message from the buffer; false when more bytes are needed. */
    bool step(QTcpSocket *socket, Session &s)
    {
        const QByteArray &b = s.buffer;
        switch (s.stage) {
        case Stage::Greeting: {
            if (b.size() < 2 || b.size() < 2 + quint8(b[1]))
                return false;
            const QByteArray methods = b.mid(2, quint8(b[1]));
            const char wanted = expectedUser.isEmpty() ? '\x00' : '\x02';
            s.buffer.remove(0, 2 + quint8(b[1]));
            if (!methods.contains(wanted)) {
                socket->write(QByteArray("\x05\xff", 2));
                socket->disconnectFromHost();
                s.stage = Stage::Done;
                return false;
            }
            socket->write(QByteArray("\x05", 1) + wanted);
            s.stage = wanted == '\x02' ? Stage::Login : Stage::Request;
            return true;
        }
        case Stage::Login: {
            if (b.size() < 2)
                return false;
            const int userLength = quint8(b[1]);
            if (b.size() < 3 + userLength || b.size() < 3 + userLength + quint8(b[2 + userLength]))
                return false;
            const QByteArray user = b.mid(2, userLength);
            const int passwordLength = quint8(b[2 + userLength]);
            const QByteArray password = b.mid(3 + userLength, passwordLength);
            s.buffer.remove(0, 3 + userLength + passwordLength);
            if (user != expectedUser || password != expectedPassword) {
                ++refusedLogins;
                socket->write(QByteArray("\x01\x01", 2));
                socket->disconnectFromHost();
                s.stage = Stage::Done;
                return false;
            }
            socket->write(QByteArray("\x01\x00", 2));
            s.stage = Stage::Request;
            return true;
        }
        case Stage::Request: {
            if (b.size() < 5)
                return false;
            QByteArray host;
            int end = 0;
            if (b[3] == '\x03') { // a name: the proxy resolves it, as the client's DNS may not
                end = 5 + quint8(b[4]);
                host = b.mid(5, quint8(b[4]));
            } else if (b[3] == '\x01') {
                end = 8;
                host = QHostAddress(qFromBigEndian<quint32>(b.constData() + 4)).toString().toLatin1();
            } else {
                return false;
            }
            if (b.size() < end + 2)
                return false;
            const quint16 port = qFromBigEndian<quint16>(b.constData() + end);
            targets.append(host + ':' + QByteArray::number(port));
            s.buffer.remove(0, end + 2);
            socket->write(QByteArray("\x05\x00\x00\x01\x00\x00\x00\x00\x00\x00", 10));
            s.stage = Stage::Http;
            return true;
        }
        case Stage::Http: {
            const int headEnd = int(b.indexOf("\r\n\r\n"));
            if (headEnd < 0)
                return false;
            httpLines.append(b.left(int(b.indexOf("\r\n"))));
            s.buffer.remove(0, headEnd + 4);
            const QByteArray body = "{\"via\":\"socks5\"}";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            return true;
        }
        case Stage::Done:
            return false;
        }
        return false;
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

ProxyConfig socks5(quint16 port, const QString &user, const QString &password)
{
    ProxyConfig c = manual(port, user, password);
    c.type = ProxyConfig::Type::Socks5;
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
        QCOMPARE(proxy.requestLines.value(0),
                 QByteArray("GET http://ponte-destino.invalid:8080/api/v1/x?y=1 HTTP/1.1"));
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

    void socks5CarriesTheRequestWithUserAndPassword()
    {
        TinySocks5 proxy;
        proxy.expectedUser = "ana";
        proxy.expectedPassword = "s3nh@ comprida";
        QVERIFY(proxy.listen());
        NetworkTransport transport;
        transport.setProxy(socks5(proxy.port(), u"ana"_s, u"s3nh@ comprida"_s));
        const std::optional<RawResponse> r = get(transport, QUrl(u"http://ponte-destino.invalid:8080/api/v1/x?y=1"_s));
        QVERIFY(r);
        QVERIFY2(r->httpStatus == 200, qPrintable(ApiError::fromNetwork(*r).userMessage()));
        QCOMPARE(r->body, QByteArray("{\"via\":\"socks5\"}"));
        // The name travels to the proxy (the office's DNS may not know the service), and the request inside
        // the tunnel is an ordinary one, not the absolute form an HTTP proxy gets.
        QCOMPARE(proxy.targets, QList<QByteArray>{"ponte-destino.invalid:8080"});
        QCOMPARE(proxy.httpLines.value(0), QByteArray("GET /api/v1/x?y=1 HTTP/1.1"));
    }

    void aSocks5ProxyRefusingThePasswordIsSaidSo()
    {
        TinySocks5 proxy;
        proxy.expectedUser = "ana";
        proxy.expectedPassword = "certa";
        QVERIFY(proxy.listen());
        NetworkTransport transport;
        transport.setProxy(socks5(proxy.port(), u"ana"_s, u"errada"_s));
        QElapsedTimer elapsed;
        elapsed.start();
        const std::optional<RawResponse> r = get(transport, QUrl(u"https://ponte-destino.invalid/api/"_s));
        QVERIFY(r);
        QVERIFY(elapsed.elapsed() < 10'000);
        QCOMPARE(proxy.refusedLogins, 1);
        QVERIFY(proxy.targets.isEmpty()); // nothing was connected anywhere
        QCOMPARE(r->httpStatus, 0);
        const ApiError e = ApiError::fromNetwork(*r);
        QVERIFY2(e.network == NetworkFailure::ProxyAuthentication, qPrintable(e.userMessage()));
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
