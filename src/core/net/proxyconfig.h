#pragma once

#include <QCoreApplication>
#include <QList>
#include <QNetworkProxy>
#include <QString>
#include <QUrl>

namespace Ponte {

class Settings;

/**
 * How Ponte reaches the internet: through the system's proxy (the default), directly, or through a
 * proxy set in the settings page. The password lives in the keychain; everything else in settings.
 */
struct ProxyConfig
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::ProxyConfig)

public:
    enum class Mode { System, None, Manual };
    enum class Type { Http, Socks5 };

    Mode mode = Mode::System;
    Type type = Type::Http;
    QString host;
    quint16 port = 0;
    QString user;
    QString password; ///< from the keychain; never logged or stored in settings

    /** proxy.mode, proxy.type, proxy.host, proxy.port, proxy.user; @p password from the keychain. */
    static ProxyConfig fromSettings(const Settings &settings, const QString &password);
    /** Why a manual proxy cannot be used (no host, no port), empty when it can. */
    QString problem() const;

    static QString modeName(Mode mode);
    static QString typeName(Type type);
};

/**
 * Pure: the proxy a connection to @p url goes through. Loopback addresses (the simulators, a local
 * gateway) are always reached directly; System takes the first of @p systemProxies
 * (QNetworkProxyFactory::systemProxyForQuery), which may be NoProxy.
 */
QNetworkProxy effectiveProxy(const ProxyConfig &config, const QUrl &url, const QList<QNetworkProxy> &systemProxies);

/** What the system offers for @p url (environment http_proxy/https_proxy/no_proxy, or the OS settings). */
QList<QNetworkProxy> systemProxiesFor(const QUrl &url);

} // namespace Ponte
