#include "httpserver.h"

#include <QTcpServer>
#include <QTcpSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 425:
        return "Too Early";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

HttpResponse HttpResponse::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

/** One client connection: parses requests one after the other and writes their answers in order. */
class HttpConnection : public QObject
{
public:
    HttpConnection(HttpServer *server, QTcpSocket *socket, quint64 id)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_id(id)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] { deleteLater(); });
    }

    void answer(quint64 sequence, const HttpResponse &response)
    {
        if (sequence != m_pendingSequence || !m_busy)
            return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
                          + "\r\nContent-Type: " + response.contentType
                          + "\r\nContent-Length: " + QByteArray::number(response.body.size());
        for (const auto &[name, value] : response.headers)
            head += "\r\n" + name + ": " + value;
        head += m_keepAlive ? "\r\nConnection: keep-alive\r\n\r\n" : "\r\nConnection: close\r\n\r\n";
        m_socket->write(head);
        m_socket->write(response.body);
        m_busy = false;
        if (!m_keepAlive) {
            m_socket->disconnectFromHost();
            return;
        }
        // A pipelined request may already be buffered.
        QMetaObject::invokeMethod(this, [this] { parse(); }, Qt::QueuedConnection);
    }

    void reset(quint64 sequence)
    {
        if (sequence != m_pendingSequence || !m_busy)
            return;
        m_busy = false;
        // SO_LINGER {on, 0} makes close() send RST instead of FIN, like a crashed peer.
        const qintptr fd = m_socket->socketDescriptor();
        if (fd >= 0) {
            struct linger lin;
            lin.l_onoff = 1;
            lin.l_linger = 0;
            ::setsockopt(fd, SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&lin), sizeof(lin));
        }
        m_socket->abort();
        deleteLater();
    }

    void closeWithoutAnswer(quint64 sequence)
    {
        if (sequence != m_pendingSequence || !m_busy)
            return;
        m_busy = false;
        m_socket->disconnectFromHost();
    }

    bool isPending(quint64 sequence) const { return m_busy && sequence == m_pendingSequence; }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        parse();
    }

    void fail(int status, const QByteArray &message)
    {
        m_busy = true;
        m_keepAlive = false;
        answer(m_pendingSequence, HttpResponse::text(status, message));
    }

    void parse()
    {
        if (m_busy)
            return;
        const int headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (m_buffer.size() > 64 * 1024)
                fail(400, "header too large");
            return;
        }
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            fail(400, "malformed request line");
            return;
        }
        HttpRequest request;
        request.method = requestLine.at(0);
        request.url = QUrl::fromEncoded(requestLine.at(1));
        request.path = request.url.path();
        request.query = QUrlQuery(request.url);
        request.peer = m_socket->peerAddress();
        request.connectionId = m_id;
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const int colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        bool ok = true;
        const qint64 length = request.headers.value("content-length", "0").toLongLong(&ok);
        if (!ok || length < 0) {
            fail(400, "bad content-length");
            return;
        }
        if (length > m_server->maxBodyBytes()) {
            fail(413, "body too large");
            return;
        }
        if (m_buffer.size() < headerEnd + 4 + length)
            return; // wait for the rest of the body
        request.body = m_buffer.mid(headerEnd + 4, length);
        m_buffer.remove(0, headerEnd + 4 + length);
        const QByteArray connection = request.header("connection").toLower();
        m_keepAlive = requestLine.at(2) == "HTTP/1.1" ? connection != "close" : connection == "keep-alive";
        m_busy = true;
        ++m_pendingSequence;
        m_server->dispatch(this, request, m_pendingSequence);
    }

    HttpServer *m_server;
    QTcpSocket *m_socket;
    quint64 m_id;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_keepAlive = true;
    quint64 m_pendingSequence = 0;
};

HttpResponder::HttpResponder(HttpConnection *connection, quint64 sequence)
    : m_connection(connection)
    , m_sequence(sequence)
{
}

void HttpResponder::send(const HttpResponse &response) const
{
    if (m_connection)
        m_connection->answer(m_sequence, response);
}

void HttpResponder::reset() const
{
    if (m_connection)
        m_connection->reset(m_sequence);
}

void HttpResponder::close() const
{
    if (m_connection)
        m_connection->closeWithoutAnswer(m_sequence);
}

bool HttpResponder::isPending() const
{
    return m_connection && m_connection->isPending(m_sequence);
}

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

void HttpServer::close()
{
    m_server->close();
    for (const QPointer<HttpConnection> &c : std::as_const(m_connections)) {
        if (c)
            delete c.data();
    }
    m_connections.clear();
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

bool HttpServer::isListening() const
{
    return m_server->isListening();
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpConnection(this, socket, m_nextConnectionId++);
        m_connections.removeAll(nullptr);
        m_connections.append(connection);
    }
}

void HttpServer::dispatch(HttpConnection *connection, const HttpRequest &request, quint64 sequence)
{
    emit requestReceived();
    m_handler(request, HttpResponder(connection, sequence));
}

} // namespace Ponte
