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
 * A small HTTP/1.1 server (keep-alive, Content-Length bodies, sequential requests per connection).
 * Serves the local simulators and the webhook receiver; not meant for the open internet beyond
 * what those need (bodies are capped, malformed requests get 400).
 */
class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const HttpRequest &, HttpResponder)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    quint16 port() const;
    QString errorString() const;
    bool isListening() const;

    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    int connectionCount() const { return int(m_connections.size()); }

signals:
    void requestReceived(); ///< emitted for every complete request, before the handler runs

private:
    friend class HttpConnection;
    void onNewConnection();
    void dispatch(HttpConnection *connection, const HttpRequest &request, quint64 sequence);

    Handler m_handler;
    QTcpServer *m_server;
    qint64 m_maxBodyBytes = 16 * 1024 * 1024;
    quint64 m_nextConnectionId = 1;
    QList<QPointer<HttpConnection>> m_connections;
};

} // namespace Ponte
