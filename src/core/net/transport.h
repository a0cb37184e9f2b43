#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QHash>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Ponte {

/** An HTTP request, independent of Qt's network classes so that tests can answer it in virtual time. */
struct HttpCall
{
    QByteArray verb = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 60'000;
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
    /** The connection failed before the request could have reached the service. */
    bool notSent = false;
    bool timedOut = false;

    QByteArray header(const QByteArray &name) const;
};

/** Sends HttpCalls. Implementations: QNetworkAccessManager over the network, fakes in tests. */
class Transport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    using Handle = quint64;
    /** Sends @p call; @p done runs exactly once unless the call is aborted. */
    virtual Handle send(const HttpCall &call, std::function<void(const RawResponse &)> done) = 0;
    /** Aborts a call; its callback will not run. */
    virtual void abort(Handle handle) = 0;
};

/** The real transport. Create it in the thread that uses it: it owns its QNetworkAccessManager. */
class NetworkTransport final : public Transport
{
    Q_OBJECT

public:
    explicit NetworkTransport(QObject *parent = nullptr);
    Handle send(const HttpCall &call, std::function<void(const RawResponse &)> done) override;
    void abort(Handle handle) override;

private:
    QNetworkAccessManager *m_nam;
    Handle m_next = 1;
    QHash<Handle, QPointer<QNetworkReply>> m_replies;
};

} // namespace Ponte
