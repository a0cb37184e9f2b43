#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpServer;

namespace Ponte {

class Clock;
class HttpConnection;

/** One parsed HTTP/1.1 request. Header names are lower-case. */
struct HttpRequest
{
    QByteArray method;
    QUrl url; ///< path and query, as sent
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QHostAddress peer;
    quint64 connectionId = 0;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

/** Outcome of reading one request from the front of a connection's buffer (parseHttpRequest). */
struct HttpRequestParse
{
    enum class State {
        Incomplete, ///< more bytes are needed
        Complete,   ///< @c request holds it; @c consumed bytes belong to it
        Refused     ///< answer @c errorStatus with @c errorMessage and close
    };
    State state = State::Incomplete;
    HttpRequest request; ///< without peer and connection id
    qsizetype consumed = 0;
    bool keepAlive = true;
    int errorStatus = 0;
    QByteArray errorMessage;
};

/**
 * Reads the request at the front of @p buffer with the server's strict rules (see HttpServer). Pure:
 * no socket, no clock, so that it can be fuzzed and table-tested.
 */
HttpRequestParse parseHttpRequest(const QByteArray &buffer, qint64 maxHeaderBytes, qint64 maxBodyBytes);

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QByteArray &body);
    static HttpResponse text(int status, const QByteArray &body, const QByteArray &contentType = "text/plain");
};

/**
 * Handle for answering one request, possibly later (slow replies) or not at all. Copyable; every
 * call after the first answer, or after the connection died, is ignored.
 */
class HttpResponder
{
public:
    HttpResponder() = default;
    HttpResponder(HttpConnection *connection, quint64 sequence);

    void send(const HttpResponse &response) const;
    /** Drops the connection abruptly (TCP reset): the client sees a network error. */
    void reset() const;
    /** Closes the connection without answering. */
    void close() const;
    bool isPending() const;

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_sequence = 0;
};

/**
 * A small HTTP/1.1 server (keep-alive, Content-Length and chunked bodies, sequential requests per
 * connection). Serves the local simulators and the webhook receiver. Parsing is strict whatever the
 * limits: bare-LF line endings, both Content-Length and Transfer-Encoding, conflicting lengths and
 * folded headers get 400 and the connection is closed (they are how requests are smuggled past a
 * proxy). It never reads more from a connection than one request while that request is unanswered
 * or its answers are unsent, so a client that pipelines without reading cannot grow our memory.
 */
class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const HttpRequest &, HttpResponder)>;

    /** Caps for a server exposed to untrusted clients; 0 means no cap. Defaults suit the local simulators. */
    struct Limits
    {
        int maxConnections = 0;        ///< open connections in total; more are answered 503 and closed
        int maxConnectionsPerPeer = 0; ///< open connections from one address; more are dropped at once
        qint64 maxHeaderBytes = 64 * 1024;
        qint64 maxBodyBytes = 16 * 1024 * 1024;
        double requestsPerSecondPerPeer = 0; ///< sustained rate per address; beyond it 429 and close
        int requestBurstPerPeer = 0;         ///< requests an address may send at once before the rate applies
        qint64 maxUnsentBytes = 1024 * 1024; ///< answers waiting for the client to read them before we stop reading
        qint64 idleTimeoutMs = 0;            ///< connection with no request in progress is closed after this
        qint64 requestTimeoutMs = 0;         ///< a request must arrive complete (headers and body) within this
    };

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    quint16 port() const;
    QString errorString() const;
    bool isListening() const;

    void setMaxBodyBytes(qint64 bytes) { m_limits.maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_limits.maxBodyBytes; }
    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    /** Time source for the timeouts and the per-peer rate; Clock::system() unless set. */
    void setClock(Clock *clock) { m_clock = clock; }
    Clock *clock() const { return m_clock; }
    int connectionCount() const;

signals:
    void requestReceived(); ///< emitted for every complete request, before the handler runs

private:
    friend class HttpConnection;
    void onNewConnection();
    void dispatch(HttpConnection *connection, const HttpRequest &request, quint64 sequence);
    /** Takes one request from @p peer's budget; false when it is over its rate. */
    bool admitRequest(const QHostAddress &peer);
    int connectionsFrom(const QHostAddress &peer) const;

    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    Handler m_handler;
    QTcpServer *m_server;
    Limits m_limits;
    Clock *m_clock;
    quint64 m_nextConnectionId = 1;
    QList<QPointer<HttpConnection>> m_connections;
    QHash<QString, Bucket> m_buckets;
};

} // namespace Ponte
