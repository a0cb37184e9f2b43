#include "httpserver.h"

#include "clock.h"

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
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
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
/** Position of the end of the header block ("\r\n\r\n"), -1 if incomplete, -2 if a bare LF was found. */
qsizetype headerEnd(const QByteArray &buffer, qint64 limit)
{
    const qsizetype scan = qMin<qsizetype>(buffer.size(), limit + 4);
    for (qsizetype i = 0; i < scan; ++i) {
        if (buffer.at(i) != '\n')
            continue;
        if (i == 0 || buffer.at(i - 1) != '\r')
            return -2;
        if (i >= 3 && buffer.at(i - 2) == '\n' && buffer.at(i - 3) == '\r')
            return i - 3;
    }
    return -1;
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

/**
 * Decodes a chunked body starting at @p from. Returns the offset just past it, 0 if more bytes are
 * needed, -1 if malformed, -2 if larger than @p maxBody.
 */
qsizetype decodeChunked(const QByteArray &buffer, qsizetype from, qint64 maxBody, QByteArray *body)
{
    body->clear();
    qsizetype pos = from;
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return buffer.size() - pos > 1024 ? -1 : 0;
        QByteArray sizeText = buffer.mid(pos, lineEnd - pos);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
            sizeText.truncate(semicolon); // chunk extensions carry nothing we use
        sizeText = sizeText.trimmed();
        bool ok = false;
        const qint64 size = sizeText.size() <= 8 ? sizeText.toLongLong(&ok, 16) : -1;
        if (!ok || size < 0)
            return -1;
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailer fields until an empty line; ignored.
            for (;;) {
                const qsizetype end = buffer.indexOf("\r\n", pos);
                if (end < 0)
                    return buffer.size() - pos > 8 * 1024 ? -1 : 0;
                const bool last = end == pos;
                pos = end + 2;
                if (last)
                    return pos;
            }
        }
        if (body->size() + size > maxBody)
            return -2;
        if (buffer.size() < pos + size + 2)
            return 0;
        if (buffer.at(pos + size) != '\r' || buffer.at(pos + size + 1) != '\n')
            return -1;
        body->append(buffer.constData() + pos, size);
        pos += size + 2;
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
        : QObject(server), m_server(server), m_socket(socket), m_id(id), m_peer(socket->peerAddress())
    {
        socket->setParent(this);
        // Qt would otherwise read everything the kernel has into memory; with a cap, an unread socket
        // pushes back on the client through TCP flow control.
        socket->setReadBufferSize(64 * 1024);
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_socket->bytesToWrite() == 0)
                resume();
        });
        connect(socket, &QTcpSocket::disconnected, this, [this] { deleteLater(); });
        armDeadline();
    }

    ~HttpConnection() override { cancelDeadline(); }

    const QHostAddress &peer() const { return m_peer; }

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
            m_closing = true;
            m_socket->disconnectFromHost();
            return;
        }
        armDeadline();
        // A pipelined request may already be buffered.
        QMetaObject::invokeMethod(
            this, [this] { resume(); }, Qt::QueuedConnection);
    }

    void reset(quint64 sequence)
    {
        if (sequence != m_pendingSequence || !m_busy)
            return;
        m_busy = false;
        abortWithReset();
    }

    void closeWithoutAnswer(quint64 sequence)
    {
        if (sequence != m_pendingSequence || !m_busy)
            return;
        m_busy = false;
        m_closing = true;
        m_socket->disconnectFromHost();
    }

    bool isPending(quint64 sequence) const { return m_busy && sequence == m_pendingSequence; }

    /** Refuses the connection before reading anything (over the total cap). */
    void refuse(int status, const QByteArray &message) { fail(status, message); }

private:
    const HttpServer::Limits &limits() const { return m_server->limits(); }

    void abortWithReset()
    {
        // SO_LINGER {on, 0} makes close() send RST instead of FIN, like a crashed peer.
        const qintptr fd = m_socket->socketDescriptor();
        if (fd >= 0) {
            struct linger lin;
            lin.l_onoff = 1;
            lin.l_linger = 0;
            ::setsockopt(fd, SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&lin), sizeof(lin));
        }
        m_closing = true;
        cancelDeadline();
        m_socket->abort();
        deleteLater();
    }

    /** Whether we may take more bytes from the socket now. */
    bool mayRead() const
    {
        if (m_busy || m_closing)
            return false;
        if (limits().maxUnsentBytes > 0 && m_socket->bytesToWrite() > limits().maxUnsentBytes)
            return false;
        return m_buffer.size() < limits().maxHeaderBytes + limits().maxBodyBytes + 64 * 1024;
    }

    void onReadyRead()
    {
        if (!mayRead())
            return;
        const qint64 room = limits().maxHeaderBytes + limits().maxBodyBytes + 64 * 1024 - m_buffer.size();
        m_buffer += m_socket->read(qMin<qint64>(room, 64 * 1024));
        parse();
        // More may be waiting in Qt's buffer; readyRead is not repeated for it.
        if (mayRead() && m_socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(
                this, [this] { onReadyRead(); }, Qt::QueuedConnection);
    }

    void resume()
    {
        if (!mayRead())
            return;
        parse();
        if (mayRead() && m_socket->bytesAvailable() > 0)
            onReadyRead();
    }

    void fail(int status, const QByteArray &message)
    {
        m_buffer.clear();
        m_busy = true;
        m_keepAlive = false;
        answer(m_pendingSequence, HttpResponse::text(status, message));
    }

    void cancelDeadline()
    {
        if (m_deadline != 0)
            m_server->clock()->cancel(m_deadline);
        m_deadline = 0;
    }

    /** Idle timeout while nothing is buffered, request timeout from the first byte of a request. */
    void armDeadline()
    {
        cancelDeadline();
        const qint64 ms = m_buffer.isEmpty() ? limits().idleTimeoutMs : limits().requestTimeoutMs;
        if (ms <= 0 || m_busy || m_closing)
            return;
        m_deadline = m_server->clock()->callAfter(ms, this, [this] {
            m_deadline = 0;
            onDeadline();
        });
    }

    void onDeadline()
    {
        if (m_busy || m_closing)
            return;
        if (m_buffer.isEmpty() || m_socket->bytesToWrite() > 0) {
            // Idle, or not reading our answers: nothing worth saying.
            m_closing = true;
            m_socket->abort();
            deleteLater();
            return;
        }
        fail(408, "request timeout");
    }

    void parse()
    {
        if (m_busy || m_closing)
            return;
        if (m_buffer.isEmpty()) {
            armDeadline();
            return;
        }
        if (!m_requestStarted) {
            m_requestStarted = true;
            armDeadline(); // the request timeout runs from its first byte
        }
        HttpRequestParse parsed = parseHttpRequest(m_buffer, limits().maxHeaderBytes, limits().maxBodyBytes);
        if (parsed.state == HttpRequestParse::State::Refused) {
            fail(parsed.errorStatus, parsed.errorMessage);
            return;
        }
        if (parsed.state == HttpRequestParse::State::Incomplete)
            return;
        m_buffer.remove(0, parsed.consumed);
        m_requestStarted = false;
        m_keepAlive = parsed.keepAlive;
        cancelDeadline();
        if (!m_server->admitRequest(m_peer)) {
            fail(429, "too many requests");
            return;
        }
        parsed.request.peer = m_peer;
        parsed.request.connectionId = m_id;
        m_busy = true;
        ++m_pendingSequence;
        m_server->dispatch(this, parsed.request, m_pendingSequence);
    }

    HttpServer *m_server;
    QTcpSocket *m_socket;
    quint64 m_id;
    QHostAddress m_peer;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_keepAlive = true;
    bool m_closing = false;
    bool m_requestStarted = false;
    quint64 m_pendingSequence = 0;
    Clock::TimerId m_deadline = 0;
};

HttpRequestParse parseHttpRequest(const QByteArray &buffer, qint64 maxHeaderBytes, qint64 maxBodyBytes)
{
    HttpRequestParse result;
    const auto refuse = [&result](int status, const QByteArray &message) {
        result.state = HttpRequestParse::State::Refused;
        result.errorStatus = status;
        result.errorMessage = message;
        return result;
    };
    const qsizetype end = headerEnd(buffer, maxHeaderBytes);
    if (end == -2)
        return refuse(400, "line endings must be CRLF");
    if (end < 0) {
        if (buffer.size() > maxHeaderBytes)
            return refuse(431, "header too large");
        return result;
    }
    if (end > maxHeaderBytes)
        return refuse(431, "header too large");
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).chopped(lines.value(0).endsWith('\r') ? 1 : 0).split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !requestLine.at(1).startsWith('/')
        || (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0")) {
        return refuse(400, "malformed request line");
    }
    HttpRequest &request = result.request;
    request.method = requestLine.at(0);
    request.url = QUrl::fromEncoded(requestLine.at(1));
    request.path = request.url.path();
    request.query = QUrlQuery(request.url);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1); // every LF is preceded by CR (checked by headerEnd); the last line has neither
        const qsizetype colon = line.indexOf(':');
        // Folded continuation lines and names with spaces are refused: proxies read them differently.
        if (colon <= 0 || !isToken(line.left(colon)))
            return refuse(400, "malformed header");
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (request.headers.contains(name)) {
            if ((name == "content-length" || name == "transfer-encoding" || name == "host")
                && request.headers.value(name) != value) {
                return refuse(400, "conflicting headers");
            }
            request.headers.insert(name, request.headers.value(name) + ", " + value);
            continue;
        }
        request.headers.insert(name, value);
    }
    const bool hasLength = request.headers.contains("content-length");
    const bool hasEncoding = request.headers.contains("transfer-encoding");
    if (hasLength && hasEncoding)
        return refuse(400, "both content-length and transfer-encoding");
    qsizetype consumed = 0;
    if (hasEncoding) {
        if (request.headers.value("transfer-encoding").toLower() != "chunked")
            return refuse(501, "only chunked transfer-encoding is supported");
        const qsizetype after = decodeChunked(buffer, end + 4, maxBodyBytes, &request.body);
        if (after == -1)
            return refuse(400, "malformed chunked body");
        if (after == -2)
            return refuse(413, "body too large");
        if (after == 0)
            return result; // wait for the rest of the body
        consumed = after;
    } else {
        const QByteArray lengthText = request.headers.value("content-length", "0");
        bool ok = !lengthText.isEmpty();
        for (char c : lengthText)
            ok = ok && c >= '0' && c <= '9'; // no sign, no spaces, no hex: one reading only
        const qint64 length = ok && lengthText.size() <= 18 ? lengthText.toLongLong(&ok) : -1;
        if (!ok || length < 0)
            return refuse(400, "bad content-length");
        if (length > maxBodyBytes)
            return refuse(413, "body too large");
        if (buffer.size() < end + 4 + length)
            return result; // wait for the rest of the body
        request.body = buffer.mid(end + 4, length);
        consumed = end + 4 + length;
    }
    const QByteArray connection = request.header("connection").toLower();
    result.keepAlive = requestLine.at(2) == "HTTP/1.1" ? connection != "close" : connection == "keep-alive";
    result.consumed = consumed;
    result.state = HttpRequestParse::State::Complete;
    return result;
}

HttpResponder::HttpResponder(HttpConnection *connection, quint64 sequence)
    : m_connection(connection), m_sequence(sequence)
{}

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
    : QObject(parent), m_handler(std::move(handler)), m_server(new QTcpServer(this)), m_clock(Clock::system())
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

int HttpServer::connectionCount() const
{
    int n = 0;
    for (const QPointer<HttpConnection> &c : m_connections)
        n += c ? 1 : 0;
    return n;
}

int HttpServer::connectionsFrom(const QHostAddress &peer) const
{
    int n = 0;
    for (const QPointer<HttpConnection> &c : m_connections)
        n += c && c->peer() == peer ? 1 : 0;
    return n;
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.removeAll(nullptr);
        const QHostAddress peer = socket->peerAddress();
        if (m_limits.maxConnectionsPerPeer > 0 && connectionsFrom(peer) >= m_limits.maxConnectionsPerPeer) {
            // One address holding many sockets is an attack, not a customer: drop without a word.
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *connection = new HttpConnection(this, socket, m_nextConnectionId++);
        if (m_limits.maxConnections > 0 && connectionCount() >= m_limits.maxConnections) {
            connection->refuse(503, "too many connections");
            continue;
        }
        m_connections.append(connection);
    }
}

bool HttpServer::admitRequest(const QHostAddress &peer)
{
    if (m_limits.requestsPerSecondPerPeer <= 0)
        return true;
    const qint64 now = m_clock->nowMs();
    const double burst = qMax(1, m_limits.requestBurstPerPeer);
    if (m_buckets.size() > 4096) {
        // Forget addresses whose bucket has refilled: they are no different from new ones.
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            const double refilled =
                it->tokens + double(now - it->updatedMs) / 1000.0 * m_limits.requestsPerSecondPerPeer;
            it = refilled >= burst ? m_buckets.erase(it) : std::next(it);
        }
    }
    const QString key = peer.toString();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{burst, now});
    it->tokens = qMin(burst, it->tokens + double(now - it->updatedMs) / 1000.0 * m_limits.requestsPerSecondPerPeer);
    it->updatedMs = now;
    if (it->tokens < 1)
        return false;
    it->tokens -= 1;
    return true;
}

void HttpServer::dispatch(HttpConnection *connection, const HttpRequest &request, quint64 sequence)
{
    emit requestReceived();
    m_handler(request, HttpResponder(connection, sequence));
}

} // namespace Ponte
