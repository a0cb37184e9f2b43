#include "transport.h"

#include "logging.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Ponte {

QByteArray RawResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

namespace {
// Far above any Omie or Ploomes page, far below what would exhaust memory.
constexpr qint64 kMaxResponseBody = 256 * 1024 * 1024;

/** Digits only, one reading: no sign, no spaces, no list ("5, 7"); -1 when it is not one. */
qint64 decimalLength(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 15)
        return -1;
    for (char c : text) {
        if (c < '0' || c > '9')
            return -1;
    }
    return text.toLongLong();
}

/** A chunk-size line: 1 to 15 hex digits, then optional extensions; -1 when malformed. */
qint64 chunkSize(const QByteArray &line)
{
    QByteArray digits = line;
    if (const qsizetype semicolon = digits.indexOf(';'); semicolon >= 0)
        digits.truncate(semicolon); // chunk extensions carry nothing we use
    digits = digits.trimmed();
    if (digits.isEmpty() || digits.size() > 15)
        return -1;
    for (char c : digits) {
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex)
            return -1;
    }
    return digits.toLongLong(nullptr, 16);
}

/**
 * A chunk-size or trailer line of @p limit bytes or more (@p lineEnd: where its CRLF starts, -1 when it has not
 * arrived). Judged by the line itself, so that the answer does not depend on how the network split the bytes:
 * without its CRLF, more than @p limit bytes already make it that long.
 */
bool lineTooLong(const QByteArray &buffer, qsizetype lineEnd, qsizetype limit)
{
    return lineEnd < 0 ? buffer.size() > limit : lineEnd >= limit;
}
} // namespace

HttpResponseParser::State HttpResponseParser::parse()
{
    if (!m_headerDone) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return State::NeedMore;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
        const QByteArray code = status.value(1);
        if (!status.value(0).startsWith("HTTP/1.") || code.size() != 3 || decimalLength(code) < 100)
            return m_state = State::Failed;
        m_response.httpStatus = code.toInt();
        m_keepAlive = status.value(0) == "HTTP/1.1";
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            m_response.headers.append({name, value});
            const QByteArray lower = name.toLower();
            if (lower == "content-length") {
                // Two lengths, or one we cannot read, leave the end of the body (and the start of the
                // next response on this connection) ambiguous.
                const qint64 length = decimalLength(value);
                if (length < 0 || (m_contentLength >= 0 && length != m_contentLength))
                    return m_state = State::Failed;
                m_contentLength = length;
            } else if (lower == "transfer-encoding" && value.toLower().contains("chunked")) {
                m_chunked = true;
            } else if (lower == "content-type") {
                m_response.contentType = value;
            } else if (lower == "connection") {
                m_keepAlive = value.toLower() != "close" && (m_keepAlive || value.toLower() == "keep-alive");
            }
        }
        m_buffer.remove(0, end + 4);
        m_headerDone = true;
        if (m_response.httpStatus == 204 || m_response.httpStatus == 304)
            m_contentLength = 0;
        if (m_contentLength > kMaxResponseBody)
            return m_state = State::Failed;
    }
    if (m_chunked) {
        for (;;) {
            if (m_chunksDone) {
                // Trailer fields until an empty line; ignored, but read to their end so that they are
                // not taken for the next response on a kept-alive connection.
                const qsizetype lineEnd = m_buffer.indexOf("\r\n");
                if (lineTooLong(m_buffer, lineEnd, 8 * 1024))
                    return m_state = State::Failed;
                if (lineEnd < 0)
                    return State::NeedMore;
                m_buffer.remove(0, lineEnd + 2);
                if (lineEnd == 0)
                    return m_state = State::Complete;
                continue;
            }
            const qsizetype lineEnd = m_buffer.indexOf("\r\n");
            if (lineTooLong(m_buffer, lineEnd, 1024))
                return m_state = State::Failed;
            if (lineEnd < 0)
                return State::NeedMore;
            const qint64 size = chunkSize(m_buffer.left(lineEnd));
            if (size < 0 || m_response.body.size() + size > kMaxResponseBody)
                return m_state = State::Failed;
            if (size == 0) {
                m_buffer.remove(0, lineEnd + 2);
                m_chunksDone = true;
                continue;
            }
            if (m_buffer.size() - (lineEnd + 2) < size + 2)
                return State::NeedMore;
            if (m_buffer.at(lineEnd + 2 + size) != '\r' || m_buffer.at(lineEnd + 2 + size + 1) != '\n')
                return m_state = State::Failed;
            m_response.body += m_buffer.mid(lineEnd + 2, size);
            m_buffer.remove(0, lineEnd + 2 + size + 2);
        }
    }
    if (m_contentLength >= 0) {
        if (m_buffer.size() >= m_contentLength) {
            m_response.body = m_buffer.left(m_contentLength);
            m_buffer.remove(0, m_contentLength);
            return m_state = State::Complete;
        }
        return State::NeedMore;
    }
    // No length and not chunked: the body ends when the server closes the connection.
    m_keepAlive = false;
    if (m_buffer.size() > kMaxResponseBody)
        return m_state = State::Failed;
    return State::NeedMore;
}

HttpResponseParser::State HttpResponseParser::feed(const QByteArray &bytes)
{
    if (m_state != State::NeedMore)
        return m_state;
    m_buffer += bytes;
    return parse();
}

HttpResponseParser::State HttpResponseParser::closed()
{
    if (m_state != State::NeedMore)
        return m_state;
    if (readsUntilClose()) {
        m_response.body = m_buffer;
        return m_state = State::Complete;
    }
    return m_state = State::Failed;
}

/** One TCP (or TLS) connection carrying one request at a time. */
class HttpClientConnection : public QObject
{
public:
    HttpClientConnection(NetworkTransport *owner, const QUrl &url, const QNetworkProxy &proxy)
        : QObject(owner), m_owner(owner), m_key(NetworkTransport::hostKey(url))
    {
        const bool tls = url.scheme() == u"https"_s;
        m_socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
        m_host = url.host();
        m_port = quint16(url.port(tls ? 443 : 80));
        m_tls = tls;
        m_proxied = proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy;
        m_proxyPeer = proxy.hostName() + u':' + QString::number(proxy.port());
        // Plain http goes to an HTTP proxy as an absolute URI (what every HTTP proxy accepts, unlike CONNECT
        // to port 80); https is tunnelled with CONNECT and SOCKS5 carries both, both done by the socket.
        m_plainProxy = !tls && proxy.type() == QNetworkProxy::HttpProxy;
        if (m_plainProxy) {
            m_socket->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
            m_connectHost = proxy.hostName();
            m_connectPort = proxy.port();
            if (!proxy.user().isEmpty())
                m_proxyAuthorization = "Basic " + (proxy.user() + u':' + proxy.password()).toUtf8().toBase64();
        } else {
            m_socket->setProxy(m_proxied ? proxy : QNetworkProxy(QNetworkProxy::NoProxy));
            m_connectHost = m_host;
            m_connectPort = m_port;
        }
        connect(m_socket, &QAbstractSocket::readyRead, this, [this] { onReadyRead(); });
        connect(m_socket, &QAbstractSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError e) { onError(e); });
        connect(m_socket, &QAbstractSocket::disconnected, this, [this] { onDisconnected(); });
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { onTimeout(); });
        m_connectTimer.setSingleShot(true);
        connect(&m_connectTimer, &QTimer::timeout, this, [this] {
            fail(QNetworkReply::TimeoutError,
                 QCoreApplication::translate("Ponte::NetworkTransport", "no connection in time"), true);
        });
        m_idleTimer.setSingleShot(true);
        m_idleTimer.setInterval(4000); // servers drop idle keep-alive connections; do it first
        connect(&m_idleTimer, &QTimer::timeout, this, [this] {
            if (!m_busy)
                close();
        });
    }

    const QString &key() const { return m_key; }
    bool isBusy() const { return m_busy; }
    bool isUsable() const { return !m_closed; }

    void start(Transport::Handle handle, const HttpCall &call, std::function<void(const RawResponse &)> done)
    {
        m_idleTimer.stop();
        m_busy = true;
        m_handle = handle;
        m_done = std::move(done);
        m_parser = HttpResponseParser{};
        m_receivedAny = false;
        QByteArray path = call.url.path(QUrl::FullyEncoded).toUtf8();
        if (path.isEmpty())
            path = "/";
        if (call.url.hasQuery())
            path += '?' + call.url.query(QUrl::FullyEncoded).toUtf8();
        QByteArray hostPort = call.url.host(QUrl::FullyEncoded).toUtf8();
        if (call.url.port() > 0)
            hostPort += ':' + QByteArray::number(call.url.port());
        if (m_plainProxy)
            path = call.url.scheme().toUtf8() + "://" + hostPort + path;
        QByteArray request = call.verb + ' ' + path + " HTTP/1.1\r\nHost: " + hostPort;
        if (m_plainProxy && !m_proxyAuthorization.isEmpty())
            request += "\r\nProxy-Authorization: " + m_proxyAuthorization;
        request += "\r\nConnection: keep-alive\r\nUser-Agent: Ponte/" PONTE_VERSION;
        bool hasLength = false;
        for (const auto &[name, value] : call.headers) {
            request += "\r\n" + name + ": " + value;
            hasLength = hasLength || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
        }
        if (!hasLength && (!call.body.isEmpty() || call.verb == "POST" || call.verb == "PATCH" || call.verb == "PUT"))
            request += "\r\nContent-Length: " + QByteArray::number(call.body.size());
        request += "\r\n\r\n" + call.body;
        m_timer.start(call.timeoutMs);
        if (m_socket->state() == QAbstractSocket::ConnectedState) {
            m_reused = true;
            m_socket->write(request);
            return;
        }
        m_reused = false;
        m_pendingWrite = request;
        m_connectTimer.start(std::min(call.connectTimeoutMs, call.timeoutMs));
        connect(m_socket, &QAbstractSocket::connected, this, &HttpClientConnection::onConnected, Qt::UniqueConnection);
        if (m_tls) {
            auto *ssl = static_cast<QSslSocket *>(m_socket);
            connect(ssl, &QSslSocket::encrypted, this, &HttpClientConnection::onEncrypted, Qt::UniqueConnection);
            ssl->connectToHostEncrypted(m_host, m_port);
        } else {
            m_socket->connectToHost(m_connectHost, m_connectPort);
        }
    }

    /** Abandons the request in progress without a callback. */
    void abandon()
    {
        m_done = nullptr;
        close();
    }

private:
    void onConnected()
    {
        if (!m_tls)
            writePending();
    }
    void onEncrypted() { writePending(); }
    void writePending()
    {
        m_connectTimer.stop();
        m_connected = true;
        if (!m_pendingWrite.isEmpty()) {
            m_socket->write(m_pendingWrite);
            m_pendingWrite.clear();
        }
    }

    void onReadyRead()
    {
        const QByteArray bytes = m_socket->readAll();
        if (!m_busy)
            return; // unsolicited bytes on an idle connection: it will be closed on reuse failure
        m_receivedAny = true;
        switch (m_parser.feed(bytes)) {
        case HttpResponseParser::State::Complete:
            complete();
            break;
        case HttpResponseParser::State::Failed:
            fail(QNetworkReply::ProtocolFailure,
                 QCoreApplication::translate("Ponte::NetworkTransport", "the server sent an invalid HTTP response"));
            break;
        case HttpResponseParser::State::NeedMore:
            break;
        }
    }

    void complete()
    {
        if (m_plainProxy && m_parser.response().httpStatus == 407) {
            // The proxy's answer, not the service's: the request went no further.
            fail(QNetworkReply::ProxyAuthenticationRequiredError,
                 QCoreApplication::translate("Ponte::NetworkTransport", "the proxy asked for authentication"), false,
                 true);
            return;
        }
        m_timer.stop();
        m_busy = false;
        auto done = std::move(m_done);
        m_done = nullptr;
        const bool reusable = m_parser.keepAlive() && m_socket->state() == QAbstractSocket::ConnectedState;
        if (!reusable)
            close();
        else
            m_idleTimer.start();
        const RawResponse response = m_parser.response();
        m_owner->finished(this, m_handle, response, reusable);
        if (done)
            done(response);
    }

    void fail(QNetworkReply::NetworkError error, const QString &text, bool timedOut = false, bool notSent = false)
    {
        m_timer.stop();
        m_connectTimer.stop();
        if (!m_busy)
            return;
        m_busy = false;
        RawResponse r;
        r.networkError = error;
        r.networkErrorString = text;
        r.timedOut = timedOut;
        const bool proxyError =
            error >= QNetworkReply::ProxyConnectionRefusedError && error <= QNetworkReply::UnknownProxyError;
        r.peer = proxyError ? m_proxyPeer : m_host + u':' + QString::number(m_port);
        // Only a connection that never opened (the request is written once it has) proves the request did not
        // reach the service.
        r.notSent = notSent || (!m_connected && !m_reused);
        auto done = std::move(m_done);
        m_done = nullptr;
        close();
        m_owner->finished(this, m_handle, r, false);
        if (done)
            done(r);
    }

    void onError(QAbstractSocket::SocketError error)
    {
        if (!m_busy) {
            close();
            return;
        }
        if (error == QAbstractSocket::RemoteHostClosedError && m_parser.readsUntilClose()) {
            m_parser.closed();
            complete();
            return;
        }
        QNetworkReply::NetworkError mapped = QNetworkReply::UnknownNetworkError;
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            mapped = QNetworkReply::ConnectionRefusedError;
            break;
        case QAbstractSocket::HostNotFoundError:
            mapped = QNetworkReply::HostNotFoundError;
            break;
        case QAbstractSocket::RemoteHostClosedError:
            mapped = QNetworkReply::RemoteHostClosedError;
            break;
        case QAbstractSocket::SocketTimeoutError:
            mapped = QNetworkReply::TimeoutError;
            break;
        case QAbstractSocket::SslHandshakeFailedError:
        case QAbstractSocket::SslInternalError:
        case QAbstractSocket::SslInvalidUserDataError:
            mapped = QNetworkReply::SslHandshakeFailedError;
            break;
        case QAbstractSocket::ProxyAuthenticationRequiredError:
            mapped = QNetworkReply::ProxyAuthenticationRequiredError;
            break;
        case QAbstractSocket::ProxyConnectionRefusedError:
            mapped = QNetworkReply::ProxyConnectionRefusedError;
            break;
        case QAbstractSocket::ProxyConnectionClosedError:
        case QAbstractSocket::ProxyProtocolError:
            mapped = QNetworkReply::ProxyConnectionClosedError;
            break;
        case QAbstractSocket::ProxyConnectionTimeoutError:
            mapped = QNetworkReply::ProxyTimeoutError;
            break;
        case QAbstractSocket::ProxyNotFoundError:
            mapped = QNetworkReply::ProxyNotFoundError;
            break;
        case QAbstractSocket::NetworkError:
            mapped = QNetworkReply::TemporaryNetworkFailureError;
            break;
        default:
            break;
        }
        if (m_plainProxy && !m_connected) {
            // The socket was connecting to the proxy itself.
            if (mapped == QNetworkReply::ConnectionRefusedError)
                mapped = QNetworkReply::ProxyConnectionRefusedError;
            else if (mapped == QNetworkReply::HostNotFoundError)
                mapped = QNetworkReply::ProxyNotFoundError;
        }
        fail(mapped, m_socket->errorString());
    }

    void onDisconnected()
    {
        if (m_busy) {
            if (m_parser.closed() == HttpResponseParser::State::Complete) {
                complete();
            } else {
                fail(QNetworkReply::RemoteHostClosedError,
                     QCoreApplication::translate("Ponte::NetworkTransport", "the server closed the connection"));
            }
        } else {
            close();
        }
    }

    void onTimeout()
    {
        fail(QNetworkReply::TimeoutError, QCoreApplication::translate("Ponte::NetworkTransport", "no answer in time"),
             true);
    }

    void close()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_idleTimer.stop();
        m_connectTimer.stop();
        m_socket->abort();
        deleteLater();
    }

    NetworkTransport *m_owner;
    QString m_key;
    QAbstractSocket *m_socket;
    QString m_host;
    quint16 m_port = 0;
    bool m_tls = false;
    bool m_proxied = false;
    bool m_plainProxy = false;
    QString m_connectHost;
    quint16 m_connectPort = 0;
    QString m_proxyPeer;
    QByteArray m_proxyAuthorization;
    QTimer m_timer;
    QTimer m_connectTimer;
    QTimer m_idleTimer;
    bool m_busy = false;
    bool m_closed = false;
    bool m_connected = false;
    bool m_reused = false;
    bool m_receivedAny = false;
    Transport::Handle m_handle = 0;
    std::function<void(const RawResponse &)> m_done;
    QByteArray m_pendingWrite;
    HttpResponseParser m_parser;
};

NetworkTransport::NetworkTransport(QObject *parent) : Transport(parent)
{}

NetworkTransport::~NetworkTransport()
{
    for (const QPointer<HttpClientConnection> &c : std::as_const(m_active)) {
        if (c)
            c->abandon();
    }
}

QString NetworkTransport::hostKey(const QUrl &url)
{
    return url.scheme() + u"://"_s + url.host() + u':'
           + QString::number(url.port(url.scheme() == u"https"_s ? 443 : 80));
}

int NetworkTransport::openConnections() const
{
    int n = 0;
    for (const auto &list : m_connections) {
        for (const QPointer<HttpClientConnection> &c : list)
            n += (c && c->isUsable()) ? 1 : 0;
    }
    return n;
}

Transport::Handle NetworkTransport::send(const HttpCall &call, std::function<void(const RawResponse &)> done)
{
    const Handle handle = m_next++;
    const QString key = hostKey(call.url);
    m_queues[key].push_back(Pending{handle, call, std::move(done)});
    dispatch(key);
    return handle;
}

void NetworkTransport::dispatch(const QString &key)
{
    auto &queue = m_queues[key];
    auto &connections = m_connections[key];
    connections.removeIf([](const QPointer<HttpClientConnection> &c) { return !c || !c->isUsable(); });
    while (!queue.empty()) {
        HttpClientConnection *idle = nullptr;
        for (const QPointer<HttpClientConnection> &c : std::as_const(connections)) {
            if (!c->isBusy()) {
                idle = c;
                break;
            }
        }
        if (!idle) {
            if (connections.size() >= m_maxPerHost)
                return;
            const QUrl &url = queue.front().call.url;
            idle = new HttpClientConnection(this, url, effectiveProxy(m_proxy, url, systemProxiesFor(url)));
            connections.append(idle);
        }
        Pending p = std::move(queue.front());
        queue.pop_front();
        m_active.insert(p.handle, idle);
        idle->start(p.handle, p.call, std::move(p.done));
    }
}

void NetworkTransport::finished(HttpClientConnection *connection, Handle handle, const RawResponse &, bool)
{
    m_active.remove(handle);
    const QString key = connection->key();
    // Start queued work once the current callback stack has unwound.
    QMetaObject::invokeMethod(
        this, [this, key] { dispatch(key); }, Qt::QueuedConnection);
}

void NetworkTransport::abort(Handle handle)
{
    for (auto &queue : m_queues) {
        for (auto it = queue.begin(); it != queue.end(); ++it) {
            if (it->handle == handle) {
                queue.erase(it);
                return;
            }
        }
    }
    QPointer<HttpClientConnection> c = m_active.take(handle);
    if (c)
        c->abandon();
}

} // namespace Ponte
