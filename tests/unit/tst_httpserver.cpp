// The HTTP server under hostile clients, over real loopback sockets. Time-based limits run on a
// ManualClock; the socket I/O itself is real.
#include "net/clock.h"
#include "net/httpserver.h"
#include "testsupport.h"

#include <QTcpSocket>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

namespace {

using Test::pumpUntil;

struct Client
{
    QTcpSocket socket;
    QByteArray received;

    bool connectTo(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
        // A socket the server drops at once may pass through "connected" between two polls.
        pumpUntil([this] {
            return socket.state() == QAbstractSocket::ConnectedState
                   || socket.state() == QAbstractSocket::UnconnectedState;
        });
        return socket.state() == QAbstractSocket::ConnectedState || !received.isEmpty();
    }
    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }
    bool closedByServer(int ms = 5000)
    {
        return pumpUntil([this] { return socket.state() == QAbstractSocket::UnconnectedState; }, ms);
    }
    int count(const QByteArray &needle) const { return int(received.count(needle)); }
};

} // namespace

class TstHttpServer : public QObject
{
    Q_OBJECT

    ManualClock m_clock;
    int m_handled = 0;
    QByteArray m_lastBody;
    QByteArray m_answerBody = "ok";
    std::unique_ptr<HttpServer> m_server;

    void start(const HttpServer::Limits &limits)
    {
        m_handled = 0;
        m_server = std::make_unique<HttpServer>([this](const HttpRequest &r, HttpResponder responder) {
            ++m_handled;
            m_lastBody = r.body;
            responder.send(HttpResponse::text(200, m_answerBody));
        });
        m_server->setClock(&m_clock);
        m_server->setLimits(limits);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    }

private slots:
    void init() { m_answerBody = "ok"; }

    void smugglingShapesAreRefusedAndClosed_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("bare LF") << QByteArray("GET /x HTTP/1.1\nHost: a\n\n");
        QTest::newRow("length and chunked")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        QTest::newRow("two lengths") << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc");
        QTest::newRow("signed length") << QByteArray("POST /x HTTP/1.1\r\nContent-Length: +3\r\n\r\nabc");
        QTest::newRow("folded header") << QByteArray("GET /x HTTP/1.1\r\nX-A: 1\r\n 2\r\n\r\n");
        QTest::newRow("space before colon") << QByteArray("GET /x HTTP/1.1\r\nContent-Length : 0\r\n\r\n");
    }

    void smugglingShapesAreRefusedAndClosed()
    {
        // Each is read differently by some proxy; answering 400 and closing leaves no second reading.
        QFETCH(QByteArray, request);
        start({});
        Client c;
        QVERIFY(c.connectTo(m_server->port()));
        c.send(request);
        QVERIFY(c.closedByServer());
        QVERIFY2(c.received.startsWith("HTTP/1.1 400"), c.received.constData());
        QCOMPARE(m_handled, 0);
    }

    void chunkedBodiesAreDecoded()
    {
        start({});
        Client c;
        QVERIFY(c.connectTo(m_server->port()));
        c.send("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n");
        QVERIFY(pumpUntil([&] { return c.count("HTTP/1.1 200") == 1; }));
        QCOMPARE(m_lastBody, QByteArray("hello world"));
        // The connection stays usable for the next request.
        c.send("GET /y HTTP/1.1\r\n\r\n");
        QVERIFY(pumpUntil([&] { return c.count("HTTP/1.1 200") == 2; }));
    }

    void oversizedChunkedBodyIsRefused()
    {
        HttpServer::Limits l;
        l.maxBodyBytes = 8;
        start(l);
        Client c;
        QVERIFY(c.connectTo(m_server->port()));
        c.send("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n5\r\nworld\r\n0\r\n\r\n");
        QVERIFY(c.closedByServer());
        QVERIFY(c.received.startsWith("HTTP/1.1 413"));
        QCOMPARE(m_handled, 0);
    }

    void oversizedHeaderIsRefused()
    {
        HttpServer::Limits l;
        l.maxHeaderBytes = 1024;
        start(l);
        Client c;
        QVERIFY(c.connectTo(m_server->port()));
        c.send("GET /x HTTP/1.1\r\nX-Big: " + QByteArray(4096, 'a'));
        QVERIFY(c.closedByServer());
        QVERIFY(c.received.startsWith("HTTP/1.1 431"));
    }

    void pipelinedRequestsWaitUntilAnswersAreRead()
    {
        // The probe pipelined GETs without reading and the process grew to 5.7 GB: the server must stop
        // taking requests once answers pile up, and resume when the client reads.
        HttpServer::Limits l;
        l.maxUnsentBytes = 64 * 1024;
        start(l);
        m_answerBody = QByteArray(512 * 1024, 'x');
        QTcpSocket raw;
        raw.setReadBufferSize(4096); // the client reads nothing for now
        raw.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(pumpUntil([&] { return raw.state() == QAbstractSocket::ConnectedState; }));
        const int total = 100; // 50 MB of answers if they were all produced
        QByteArray burst;
        for (int i = 0; i < total; ++i)
            burst += "GET /x HTTP/1.1\r\n\r\n";
        raw.write(burst);
        raw.flush();
        pumpUntil([] { return false; }, 1500);
        QVERIFY2(m_handled < total / 2,
                 qPrintable(u"handled %1 of %2 without the client reading"_s.arg(m_handled).arg(total)));
        raw.setReadBufferSize(0);
        qint64 read = 0;
        QVERIFY(pumpUntil(
            [&] {
                read += raw.readAll().size();
                return m_handled == total && read >= qint64(total) * m_answerBody.size();
            },
            20000));
    }

    void connectionsPerPeerAreCapped()
    {
        HttpServer::Limits l;
        l.maxConnectionsPerPeer = 4;
        start(l);
        std::vector<std::unique_ptr<Client>> clients;
        for (int i = 0; i < 10; ++i) {
            clients.push_back(std::make_unique<Client>());
            clients.back()->connectTo(m_server->port());
        }
        pumpUntil([&] { return m_server->connectionCount() >= 4; });
        pumpUntil([] { return false; }, 300);
        QCOMPARE(m_server->connectionCount(), 4);
        int open = 0;
        for (auto &c : clients)
            open += c->socket.state() == QAbstractSocket::ConnectedState ? 1 : 0;
        QCOMPARE(open, 4);
    }

    void connectionsInTotalAreCappedWith503()
    {
        HttpServer::Limits l;
        l.maxConnections = 3;
        start(l);
        std::vector<std::unique_ptr<Client>> clients;
        for (int i = 0; i < 3; ++i) {
            clients.push_back(std::make_unique<Client>());
            QVERIFY(clients.back()->connectTo(m_server->port()));
        }
        QVERIFY(pumpUntil([&] { return m_server->connectionCount() == 3; }));
        Client extra;
        extra.connectTo(m_server->port());
        QVERIFY(extra.closedByServer());
        pumpUntil([&] { return !extra.received.isEmpty(); }, 1000);
        QVERIFY(extra.received.startsWith("HTTP/1.1 503"));
        QCOMPARE(m_server->connectionCount(), 3);
    }

    void idleConnectionsAreClosedInVirtualTime()
    {
        HttpServer::Limits l;
        l.idleTimeoutMs = 30'000;
        l.requestTimeoutMs = 10'000;
        start(l);
        Client c;
        QVERIFY(c.connectTo(m_server->port()));
        QVERIFY(pumpUntil([&] { return m_server->connectionCount() == 1; }));
        m_clock.advance(29'000);
        pumpUntil([] { return false; }, 100);
        QCOMPARE(c.socket.state(), QAbstractSocket::ConnectedState);
        m_clock.advance(2'000);
        QVERIFY(c.closedByServer());
    }

    void slowHeadersTimeOutWith408()
    {
        // Slowloris: a byte now and then keeps the socket, never finishes the request.
        HttpServer::Limits l;
        l.idleTimeoutMs = 30'000;
        l.requestTimeoutMs = 10'000;
        start(l);
        Client c;
        QVERIFY(c.connectTo(m_server->port()));
        c.send("GET /x HTTP/1.1\r\nX-A: ");
        pumpUntil([] { return false; }, 100);
        for (int i = 0; i < 5; ++i) {
            m_clock.advance(2'100);
            c.send("a");
            pumpUntil([] { return false; }, 20);
        }
        QVERIFY(c.closedByServer());
        QVERIFY2(c.received.startsWith("HTTP/1.1 408"), c.received.constData());
        QCOMPARE(m_handled, 0);
    }

    void requestRatePerPeerIsLimited()
    {
        HttpServer::Limits l;
        l.requestsPerSecondPerPeer = 1;
        l.requestBurstPerPeer = 5;
        start(l);
        Client c;
        QVERIFY(c.connectTo(m_server->port()));
        for (int i = 0; i < 5; ++i)
            c.send("GET /x HTTP/1.1\r\n\r\n");
        QVERIFY(pumpUntil([&] { return c.count("HTTP/1.1 200") == 5; }));
        c.send("GET /x HTTP/1.1\r\n\r\n");
        QVERIFY(c.closedByServer());
        QVERIFY(c.received.contains("HTTP/1.1 429"));
        QCOMPARE(m_handled, 5);
        // One second later the peer may send one more.
        m_clock.advance(1'000);
        Client d;
        QVERIFY(d.connectTo(m_server->port()));
        d.send("GET /x HTTP/1.1\r\n\r\n");
        QVERIFY(pumpUntil([&] { return d.count("HTTP/1.1 200") == 1; }));
    }
};

QTEST_GUILESS_MAIN(TstHttpServer)
#include "tst_httpserver.moc"
