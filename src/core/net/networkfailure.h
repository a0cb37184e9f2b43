#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

namespace Ponte {

/**
 * Why a request got no HTTP answer, in terms a person can act on. The transport reports Qt's error
 * code; this is what the user is told and what decides how long Ponte insists.
 */
enum class NetworkFailure {
    None,
    HostNotFound,        ///< the name did not resolve (DNS)
    ConnectionRefused,   ///< nothing listens at that address and port
    Tls,                 ///< the secure connection could not be set up
    ProxyAuthentication, ///< the proxy answered 407
    ProxyUnreachable,    ///< the proxy itself could not be reached, refused or broke the tunnel
    ConnectTimeout,      ///< no connection within the connect timeout: the request was never sent
    Timeout,             ///< connected and sent, but no answer in time (the request may have been applied)
    ConnectionLost,      ///< the connection dropped during the exchange
    Other,
};

/**
 * Pure: the cause of a failed exchange. @p timedOut is the transport's own timer; @p notSent says the
 * connection never opened, so a timeout then is a connect timeout.
 */
NetworkFailure classifyNetworkFailure(QNetworkReply::NetworkError error, bool timedOut, bool notSent);

/** The service was never reached: retrying at once rarely helps, and a write is certainly not applied. */
bool isUnreachable(NetworkFailure failure);

/** Stable machine name (history, JSON): host-not-found, connection-refused, tls, proxy-authentication, … */
QString networkFailureName(NetworkFailure failure);

/**
 * What happened and what to do, for a person (pt-BR by default). @p peer is "host:port", @p detail
 * Qt's own text (shown for TLS, where it names the certificate problem).
 */
QString networkFailureMessage(NetworkFailure failure, const QString &peer, const QString &detail = {});

} // namespace Ponte
