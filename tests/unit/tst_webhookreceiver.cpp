// The webhook receiver over real loopback sockets: tokens, app key, durable de-duplication, log flooding.
#include "logging.h"
#include "net/clock.h"
#include "schedule/debouncer.h"
#include "store/database.h"
#include "store/webhookeventrepository.h"
#include "webhook/webhookreceiver.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"0123456789abcdef0123456789abcdef"_s;
const QString kAppKey = u"1234567890"_s;

using Test::pumpUntil;

/** A keep-alive client sending one request at a time and collecting status codes. */
struct Client
{
    QTcpSocket socket;
    QByteArray buffer;
    QList<int> statuses;

    bool connectTo(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] {
            buffer += socket.readAll();
            for (;;) {
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const qsizetype lengthAt = buffer.indexOf("Content-Length: ");
                const qint64 length =
                    buffer.mid(lengthAt + 16, buffer.indexOf("\r\n", lengthAt) - lengthAt - 16).toLongLong();
                if (buffer.size() < end + 4 + length)
                    return;
                statuses.append(buffer.mid(9, 3).toInt());
                buffer.remove(0, end + 4 + length);
            }
        });
        socket.connectToHost(QHostAddress::LocalHost, port);
        return pumpUntil([this] { return socket.state() == QAbstractSocket::ConnectedState; });
    }

    int post(const QByteArray &target, const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        const int before = int(statuses.size());
        socket.write("POST " + target + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" + extraHeaders
                     + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        if (!pumpUntil([&] { return statuses.size() > before; }))
            return -1;
        return statuses.constLast();
    }
};

QByteArray omieEvent(const QString &messageId, const QString &appKey = kAppKey)
{
    QJsonObject o{{u"messageId"_s, messageId},
                  {u"topic"_s, u"ClienteFornecedor.Alterado"_s},
                  {u"event"_s, QJsonObject{{u"codigo_cliente_omie"_s, 42}}},
                  {u"origin"_s, u"omie-connect-1.6"_s}};
    if (!appKey.isEmpty())
        o.insert(u"appKey"_s, appKey);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray omieTarget()
{
    return "/webhooks/omie?token=" + kToken.toLatin1();
}

} // namespace

class TstWebhookReceiver : public QObject
{
    Q_OBJECT

    ManualClock m_clock;

    std::unique_ptr<WebhookReceiver> makeReceiver()
    {
        auto r = std::make_unique<WebhookReceiver>();
        r->setClock(&m_clock);
        r->setToken(kToken);
        r->setOmieAppKey(kAppKey);
        return r;
    }

private slots:
    void listensOnLoopbackByDefault()
    {
        auto r = makeReceiver();
        QVERIFY(r->listen(0));
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, r->port());
        QVERIFY(pumpUntil([&] { return probe.state() == QAbstractSocket::ConnectedState; }));
        QCOMPARE(r->server().limits().maxConnections, WebhookReceiver::defaultLimits().maxConnections);
        QVERIFY(WebhookReceiver::defaultLimits().maxConnectionsPerPeer > 0);
        QVERIFY(WebhookReceiver::defaultLimits().idleTimeoutMs > 0);
    }

    void tokenIsAcceptedFromQueryOrHeaders()
    {
        auto r = makeReceiver();
        QVERIFY(r->listen(0));
        Client c;
        QVERIFY(c.connectTo(r->port()));
        QCOMPARE(c.post(omieTarget(), omieEvent(u"m1"_s)), 200);
        QCOMPARE(c.post("/webhooks/omie", omieEvent(u"m2"_s), "X-Ponte-Token: " + kToken.toLatin1() + "\r\n"), 200);
        QCOMPARE(c.post("/webhooks/omie", omieEvent(u"m3"_s), "Authorization: Bearer " + kToken.toLatin1() + "\r\n"),
                 200);
        QCOMPARE(c.post("/webhooks/omie", omieEvent(u"m4"_s), "X-Ponte-Token: wrong\r\n"), 401);
        QCOMPARE(c.post("/webhooks/omie", omieEvent(u"m5"_s)), 401);
        QCOMPARE(r->accepted(), 3);
    }

    void eventsWithoutOurAppKeyAreRefused()
    {
        auto r = makeReceiver();
        QVERIFY(r->listen(0));
        Client c;
        QVERIFY(c.connectTo(r->port()));
        QCOMPARE(c.post(omieTarget(), omieEvent(u"a1"_s, u"999"_s)), 403);
        QCOMPARE(c.post(omieTarget(), omieEvent(u"a2"_s, QString())), 403);
        QCOMPARE(c.post(omieTarget(), omieEvent(u"a3"_s)), 200);
        QCOMPARE(r->accepted(), 1);
    }

    void wrongTokenWarningsAreRateLimited()
    {
        // 48,000 wrong-token requests wrote 5.8 MB of warnings and rotated the real log away.
        static int warnings = 0;
        warnings = 0;
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &ctx, const QString &) {
                if (type == QtWarningMsg && QByteArray(ctx.category) == lcWebhook().categoryName())
                    ++warnings;
            });
        auto r = makeReceiver();
        HttpServer::Limits l = WebhookReceiver::defaultLimits();
        l.requestsPerSecondPerPeer = 0; // this test is about the log, not the rate
        r->setLimits(l);
        QVERIFY(r->listen(0));
        Client c;
        QVERIFY(c.connectTo(r->port()));
        for (int i = 0; i < 300; ++i)
            QCOMPARE(c.post("/webhooks/omie?token=nope", omieEvent(u"w"_s)), 401);
        QCOMPARE(warnings, 1);
        m_clock.advance(61'000); // also closes the idle connection
        Client later;
        QVERIFY(later.connectTo(r->port()));
        QCOMPARE(later.post("/webhooks/omie?token=nope", omieEvent(u"w"_s)), 401);
        QCOMPARE(warnings, 2);
        qInstallMessageHandler(previous);
        QCOMPARE(r->rejected(), 301);
    }

    void orderEventsNameTheOrderNotItsClient()
    {
        // VendaProduto.* and OrdemServico.* carry the client's id too (omie-api.md §7.7): the sync that
        // follows must look at the order, not at a client that has the same number by chance.
        auto r = makeReceiver();
        QVERIFY(r->listen(0));
        QList<QPair<int, qint64>> changed;
        connect(r.get(), &WebhookReceiver::omieChanged, this,
                [&](Entity e, qint64 id, const QString &) { changed.append({int(e), id}); });
        Client c;
        QVERIFY(c.connectTo(r->port()));
        auto event = [](const QString &id, const QString &topic, const QJsonObject &payload) {
            return QJsonDocument(QJsonObject{{u"messageId"_s, id},
                                             {u"topic"_s, topic},
                                             {u"appKey"_s, kAppKey},
                                             {u"event"_s, payload}})
                .toJson(QJsonDocument::Compact);
        };
        QCOMPARE(c.post(omieTarget(), event(u"m1"_s, u"VendaProduto.Faturada"_s,
                                            QJsonObject{{u"idCliente"_s, 111}, {u"idPedido"_s, 222}})),
                 200);
        QCOMPARE(c.post(omieTarget(), event(u"m2"_s, u"OrdemServico.Alterada"_s,
                                            QJsonObject{{u"idCliente"_s, 111}, {u"idOrdemServico"_s, 333}})),
                 200);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0), qMakePair(int(Entity::Order), qint64(222)));
        QCOMPARE(changed.at(1), qMakePair(int(Entity::ServiceOrder), qint64(333)));
    }

    void floodWithDuplicatesIsStoredExactlyOnce()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(u"ponte.sqlite"_s);
        auto r = makeReceiver();
        HttpServer::Limits l = WebhookReceiver::defaultLimits();
        l.requestsPerSecondPerPeer = 0;
        r->setLimits(l);
        QVERIFY(r->openEventStore(dbPath).isOk());
        QVERIFY(r->listen(0));
        int signals_ = 0;
        connect(r.get(), &WebhookReceiver::omieChanged, this, [&] { ++signals_; });
        Client c;
        QVERIFY(c.connectTo(r->port()));
        // 5,000 deliveries: 2,500 distinct events, each sent twice (Omie retries until it gets a 2XX).
        for (int i = 0; i < 5000; ++i)
            QCOMPARE(c.post(omieTarget(), omieEvent(u"evt-%1"_s.arg(i % 2500))), 200);
        QCOMPARE(r->accepted(), 2500);
        QCOMPARE(r->duplicates(), 2500);
        QCOMPARE(signals_, 2500);
        QCOMPARE(r->eventStore()->count(), 2500);
        QCOMPARE(r->rememberedInMemory(), 0); // the database, not memory, remembers the ids
        // A restart still knows them: a late retry is not a new event.
        r.reset();
        auto again = makeReceiver();
        QVERIFY(again->openEventStore(dbPath).isOk());
        QVERIFY(again->listen(0));
        Client d;
        QVERIFY(d.connectTo(again->port()));
        QCOMPARE(d.post(omieTarget(), omieEvent(u"evt-7"_s)), 200);
        QCOMPARE(again->duplicates(), 1);
        QCOMPARE(again->accepted(), 0);
    }

    void inMemoryDeduplicationIsBounded()
    {
        auto r = makeReceiver();
        HttpServer::Limits l = WebhookReceiver::defaultLimits();
        l.requestsPerSecondPerPeer = 0;
        r->setLimits(l);
        QVERIFY(r->listen(0));
        Client c;
        QVERIFY(c.connectTo(r->port()));
        for (int i = 0; i < 6000; ++i)
            QCOMPARE(c.post(omieTarget(), omieEvent(u"mem-%1"_s.arg(i))), 200);
        QVERIFY(r->rememberedInMemory() <= 5000);
    }

    void debounceFiresWithinMaximumWait_data()
    {
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        QTest::addColumn<qint64>("quiet");
        QTest::addColumn<qint64>("maxWait");
        QTest::addColumn<qint64>("due");
        QTest::newRow("single event") << qint64(0) << qint64(0) << qint64(10'000) << qint64(60'000) << qint64(10'000);
        QTest::newRow("quiet after burst")
            << qint64(0) << qint64(20'000) << qint64(10'000) << qint64(60'000) << qint64(30'000);
        QTest::newRow("capped by max wait")
            << qint64(0) << qint64(56'000) << qint64(10'000) << qint64(60'000) << qint64(60'000);
        QTest::newRow("no max wait") << qint64(0) << qint64(56'000) << qint64(10'000) << qint64(0) << qint64(66'000);
    }

    void debounceFiresWithinMaximumWait()
    {
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        QFETCH(qint64, quiet);
        QFETCH(qint64, maxWait);
        QFETCH(qint64, due);
        QCOMPARE(Debouncer::dueAt(first, last, quiet, maxWait), due);
    }

    void steadyTrickleStillSyncsWithinMaxWait()
    {
        // One event every 4 s for 60 s gave no sync at all: the quiet timer restarted every time.
        ManualClock clock;
        Debouncer debounce(&clock, 10'000, 30'000);
        QList<qint64> fired;
        connect(&debounce, &Debouncer::fired, this, [&] { fired.append(clock.nowMs()); });
        const qint64 start = clock.nowMs();
        for (int i = 0; i <= 15; ++i) {
            debounce.trigger();
            clock.advance(4'000);
        }
        clock.advance(20'000);
        QVERIFY(!fired.isEmpty());
        QVERIFY2(fired.first() - start <= 30'000, qPrintable(QString::number(fired.first() - start)));
        // and again at most 30 s later while the trickle goes on, then once after it stops
        for (int i = 1; i < fired.size(); ++i)
            QVERIFY(fired.at(i) - fired.at(i - 1) <= 30'000 + 4'000);
        QVERIFY(!debounce.isPending());
    }
};

QTEST_GUILESS_MAIN(TstWebhookReceiver)
#include "tst_webhookreceiver.moc"
