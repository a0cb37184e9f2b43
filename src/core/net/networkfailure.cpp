#include "networkfailure.h"

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
struct NetworkFailureText
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::NetworkFailure)
};
} // namespace

NetworkFailure classifyNetworkFailure(QNetworkReply::NetworkError error, bool timedOut, bool notSent)
{
    using E = QNetworkReply::NetworkError;
    if (timedOut || error == E::TimeoutError || error == E::OperationCanceledError)
        return notSent ? NetworkFailure::ConnectTimeout : NetworkFailure::Timeout;
    switch (error) {
    case E::NoError:
        return NetworkFailure::None;
    case E::HostNotFoundError:
        return NetworkFailure::HostNotFound;
    case E::ConnectionRefusedError:
        return NetworkFailure::ConnectionRefused;
    case E::SslHandshakeFailedError:
        return NetworkFailure::Tls;
    case E::ProxyAuthenticationRequiredError:
        return NetworkFailure::ProxyAuthentication;
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::UnknownProxyError:
        return NetworkFailure::ProxyUnreachable;
    case E::RemoteHostClosedError:
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
        return notSent ? NetworkFailure::ConnectionRefused : NetworkFailure::ConnectionLost;
    default:
        return NetworkFailure::Other;
    }
}

bool isUnreachable(NetworkFailure failure)
{
    switch (failure) {
    case NetworkFailure::HostNotFound:
    case NetworkFailure::ConnectionRefused:
    case NetworkFailure::Tls:
    case NetworkFailure::ProxyAuthentication:
    case NetworkFailure::ProxyUnreachable:
    case NetworkFailure::ConnectTimeout:
        return true;
    default:
        return false;
    }
}

QString networkFailureName(NetworkFailure failure)
{
    switch (failure) {
    case NetworkFailure::None:
        return QString();
    case NetworkFailure::HostNotFound:
        return u"host-not-found"_s;
    case NetworkFailure::ConnectionRefused:
        return u"connection-refused"_s;
    case NetworkFailure::Tls:
        return u"tls"_s;
    case NetworkFailure::ProxyAuthentication:
        return u"proxy-authentication"_s;
    case NetworkFailure::ProxyUnreachable:
        return u"proxy-unreachable"_s;
    case NetworkFailure::ConnectTimeout:
        return u"connect-timeout"_s;
    case NetworkFailure::Timeout:
        return u"timeout"_s;
    case NetworkFailure::ConnectionLost:
        return u"connection-lost"_s;
    case NetworkFailure::Other:
        return u"network"_s;
    }
    return QString();
}

QString networkFailureMessage(NetworkFailure failure, const QString &peer, const QString &detail)
{
    using T = NetworkFailureText;
    switch (failure) {
    case NetworkFailure::None:
        return QString();
    case NetworkFailure::HostNotFound:
        return T::tr("The address %1 could not be found (DNS). Check that this computer is connected to the internet "
                     "and that the service address in the settings is right; if the company uses a proxy, set it in "
                     "Settings → Proxy.")
            .arg(peer);
    case NetworkFailure::ConnectionRefused:
        return T::tr("%1 refused the connection: nothing answers at that address and port. Check the service address "
                     "in the settings, or ask whoever looks after the network whether a firewall blocks Ponte.")
            .arg(peer);
    case NetworkFailure::Tls:
        return T::tr("The secure connection (TLS) to %1 failed (%2). Check the computer's date and time; an antivirus "
                     "or proxy that inspects HTTPS needs its certificate installed on this computer.")
            .arg(peer, detail);
    case NetworkFailure::ProxyAuthentication:
        return T::tr("The proxy asked for a user name and password (HTTP 407) or refused the ones given. Enter them in "
                     "Settings → Proxy.");
    case NetworkFailure::ProxyUnreachable:
        return T::tr("The proxy could not be reached or did not let the connection to %1 through. Check the proxy "
                     "address and port in Settings → Proxy, or choose the system proxy.")
            .arg(peer);
    case NetworkFailure::ConnectTimeout:
        return T::tr("%1 did not accept a connection in time. Check the internet connection; a firewall may be "
                     "silently dropping the connection.")
            .arg(peer);
    case NetworkFailure::Timeout:
        return T::tr("%1 took too long to answer.").arg(peer);
    case NetworkFailure::ConnectionLost:
        return T::tr("The connection to %1 was interrupted.").arg(peer);
    case NetworkFailure::Other:
        return detail.isEmpty() ? T::tr("Network error talking to %1.").arg(peer)
                                : T::tr("Network error talking to %1: %2").arg(peer, detail);
    }
    return QString();
}

} // namespace Ponte
