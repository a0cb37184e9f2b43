// ProxyConfig::fromSettings lives in the settings layer: net itself knows nothing of the settings.
#include "net/proxyconfig.h"

#include "settings.h"

using namespace Qt::StringLiterals;

namespace Ponte {

ProxyConfig ProxyConfig::fromSettings(const Settings &settings, const QString &password)
{
    ProxyConfig c;
    const QString mode = settings.stringValue(SettingKey::ProxyMode);
    c.mode = mode == u"manual"_s ? Mode::Manual : mode == u"none"_s ? Mode::None : Mode::System;
    c.type = settings.stringValue(SettingKey::ProxyType) == u"socks5"_s ? Type::Socks5 : Type::Http;
    c.host = settings.stringValue(SettingKey::ProxyHost).trimmed();
    c.port = quint16(settings.intValue(SettingKey::ProxyPort));
    c.user = settings.stringValue(SettingKey::ProxyUser);
    c.password = password;
    return c;
}

} // namespace Ponte
