#pragma once

#include <QString>

namespace Ponte {

class SecretStore;

/**
 * The shared secret in the webhook address registered in Omie (`…/webhooks/omie?token=`): made
 * once per profile from the system's random source, kept in the keychain (or only for this process
 * when @p persist is false, as in demo mode), and registered with the log redactor. @p persisted says
 * whether the token will still be the same at the next start: when it is false, an address registered
 * in Omie stops working after a restart.
 */
QString webhookToken(SecretStore *secrets, bool persist = true, bool *persisted = nullptr);

} // namespace Ponte
