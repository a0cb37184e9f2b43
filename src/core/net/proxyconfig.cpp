#include "proxyconfig.h"

#include <QHostAddress>
#include <QNetworkProxyFactory>

using namespace Qt::StringLiterals;

namespace Ponte {

QString ProxyConfig::problem() const
{
    if (mode != Mode::Manual)
        return QString();
    if (host.isEmpty())
        return tr("Enter the proxy's address.");
    if (port == 0)
        return tr("Enter the proxy's port.");
    return QString();
}

QString ProxyConfig::modeName(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return u"system"_s;
    case Mode::None:
        return u"none"_s;
    case Mode::Manual:
        return u"manual"_s;
    }
    return QString();
}

QString ProxyConfig::typeName(Type type)
{
    return type == Type::Socks5 ? u"socks5"_s : u"http"_s;
}

QNetworkProxy effectiveProxy(const ProxyConfig &config, const QUrl &url, const QList<QNetworkProxy> &systemProxies)
{
    const QString host = url.host();
    const QHostAddress address(host);
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || (!address.isNull() && address.isLoopback()))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    switch (config.mode) {
    case ProxyConfig::Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxyConfig::Mode::Manual:
        if (!config.problem().isEmpty())
            return QNetworkProxy(QNetworkProxy::NoProxy);
        return QNetworkProxy(config.type == ProxyConfig::Type::Socks5 ? QNetworkProxy::Socks5Proxy
                                                                      : QNetworkProxy::HttpProxy,
                             config.host, config.port, config.user, config.password);
    case ProxyConfig::Mode::System:
        for (const QNetworkProxy &p : systemProxies) {
            // A socket can use these two kinds; a caching-only or FTP proxy cannot carry HTTPS.
            if (p.type() == QNetworkProxy::HttpProxy || p.type() == QNetworkProxy::Socks5Proxy
                || p.type() == QNetworkProxy::NoProxy)
                return p;
        }
        return QNetworkProxy(QNetworkProxy::NoProxy);
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

QList<QNetworkProxy> systemProxiesFor(const QUrl &url)
{
    return QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
}

} // namespace Ponte
