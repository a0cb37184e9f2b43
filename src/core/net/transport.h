#pragma once

#include "net/proxyconfig.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <deque>
#include <functional>

namespace Ponte {

/** An HTTP request, independent of Qt's network classes so that tests can answer it in virtual time. */
struct HttpCall
{
    QByteArray verb = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 60'000;
    /**
     * Name resolution, TCP and TLS set-up together must finish within this; a service that cannot be
     * reached is then reported in seconds, not after the whole answer timeout.
     */
    int connectTimeoutMs = 7'000;
};

/** What came back: a status and a body, or a network error. */
struct RawResponse
{
    int httpStatus = 0;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    /** "host:port" the failed connection was for (the proxy's when the proxy failed). */
    QString peer;
    /** The connection failed before the request could have reached the service. */
    bool notSent = false;
    bool timedOut = false;

    QByteArray header(const QByteArray &name) const;
};

/**
 * Reads one HTTP/1.1 response as its bytes arrive: status line, headers, then a Content-Length body,
 * a chunked body, or a body that ends when the server closes the connection. Pure (no socket), so
 * that it can be fuzzed; NetworkTransport feeds it.
 */
class HttpResponseParser
{
public:
    enum class State { NeedMore, Complete, Failed };

    /** Adds @p bytes and reads as far as they go. Bytes after a complete response are ignored. */
    State feed(const QByteArray &bytes);
    /** The server closed the connection: completes a body read until close, fails anything else unfinished. */
    State closed();
    State state() const { return m_state; }
    const RawResponse &response() const { return m_response; }
    /** Whether the connection may carry another request after this response. */
    bool keepAlive() const { return m_keepAlive; }
    bool headerDone() const { return m_headerDone; }
    /** No length and not chunked: the body ends when the server closes the connection. */
    bool readsUntilClose() const { return m_headerDone && m_contentLength < 0 && !m_chunked; }

private:
    State parse();

    State m_state = State::NeedMore;
    QByteArray m_buffer;
    RawResponse m_response;
    bool m_headerDone = false;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_chunksDone = false; ///< the last (empty) chunk was read; trailers follow
    bool m_keepAlive = true;
};

/** Sends HttpCalls. Implementations: NetworkTransport over the network, fakes in tests. */
class Transport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    using Handle = quint64;
    /** Sends @p call exactly once; @p done runs exactly once unless the call is aborted. */
    virtual Handle send(const HttpCall &call, std::function<void(const RawResponse &)> done) = 0;
    /** Aborts a call; its callback will not run. */
    virtual void abort(Handle handle) = 0;
};

class HttpClientConnection;

/**
 * The real transport: an HTTP/1.1 client (plain or TLS) with keep-alive connection reuse.
 * Unlike QNetworkAccessManager it never re-sends a request by itself after a dropped connection:
 * a repeated body could be refused by Omie as redundant, and a repeated POST could duplicate a
 * record, so every resend is decided by the caller. Create it in the thread that uses it.
 */
class NetworkTransport final : public Transport
{
    Q_OBJECT

public:
    explicit NetworkTransport(QObject *parent = nullptr);
    ~NetworkTransport() override;
    Handle send(const HttpCall &call, std::function<void(const RawResponse &)> done) override;
    void abort(Handle handle) override;

    /** The proxy of the connections opened from now on (the system's by default). */
    void setProxy(const ProxyConfig &proxy) { m_proxy = proxy; }
    /** Connections kept per host (further requests wait for one to be free). */
    void setMaxConnectionsPerHost(int n) { m_maxPerHost = n; }
    int openConnections() const;

private:
    friend class HttpClientConnection;
    struct Pending
    {
        Handle handle;
        HttpCall call;
        std::function<void(const RawResponse &)> done;
    };
    void dispatch(const QString &hostKey);
    void finished(HttpClientConnection *connection, Handle handle, const RawResponse &response, bool reusable);
    static QString hostKey(const QUrl &url);

    Handle m_next = 1;
    int m_maxPerHost = 8;
    ProxyConfig m_proxy;
    QHash<QString, std::deque<Pending>> m_queues;
    QHash<QString, QList<QPointer<HttpClientConnection>>> m_connections;
    QHash<Handle, QPointer<HttpClientConnection>> m_active;
};

} // namespace Ponte
