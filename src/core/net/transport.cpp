#include "transport.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace Ponte {

QByteArray RawResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

NetworkTransport::NetworkTransport(QObject *parent)
    : Transport(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

Transport::Handle NetworkTransport::send(const HttpCall &call, std::function<void(const RawResponse &)> done)
{
    QNetworkRequest request(call.url);
    for (const auto &[name, value] : call.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(call.timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, call.verb, call.body);
    const Handle handle = m_next++;
    m_replies.insert(handle, reply);
    connect(reply, &QNetworkReply::finished, this, [this, handle, reply, done = std::move(done)] {
        m_replies.remove(handle);
        reply->deleteLater();
        RawResponse r;
        r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        r.headers = reply->rawHeaderPairs();
        r.networkError = reply->error();
        if (r.networkError != QNetworkReply::NoError)
            r.networkErrorString = reply->errorString();
        // Refused connections and unknown hosts never reached the service: safe to resend even writes.
        r.notSent = r.networkError == QNetworkReply::ConnectionRefusedError
                    || r.networkError == QNetworkReply::HostNotFoundError;
        r.timedOut = r.networkError == QNetworkReply::TimeoutError
                     || r.networkError == QNetworkReply::OperationCanceledError;
        done(r);
    });
    return handle;
}

void NetworkTransport::abort(Handle handle)
{
    QPointer<QNetworkReply> reply = m_replies.take(handle);
    if (reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace Ponte
