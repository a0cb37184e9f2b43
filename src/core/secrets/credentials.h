#pragma once

#include "secretstore.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <functional>

namespace Ponte {

/** The three credentials Ponte needs, and the manual proxy's password when there is one. */
struct Credentials
{
    QString omieAppKey;
    QString omieAppSecret;
    QString ploomesUserKey;
    QString proxyPassword = {}; ///< optional; not part of isComplete()

    bool hasOmie() const { return !omieAppKey.isEmpty() && !omieAppSecret.isEmpty(); }
    bool hasPloomes() const { return !ploomesUserKey.isEmpty(); }
    bool isComplete() const { return hasOmie() && hasPloomes(); }
};

/** Names of the secrets in the store. */
namespace SecretKey {
inline const QString OmieAppKey = QStringLiteral("omie/app_key");
inline const QString OmieAppSecret = QStringLiteral("omie/app_secret");
inline const QString PloomesUserKey = QStringLiteral("ploomes/user_key");
inline const QString ProxyPassword = QStringLiteral("proxy/password");
} // namespace SecretKey

/**
 * Loads and saves Credentials through a SecretStore. Environment variables (PONTE_OMIE_APP_KEY,
 * PONTE_OMIE_APP_SECRET, PONTE_PLOOMES_USER_KEY) override the stored values for this process only
 * and are never written. Every value read or written is registered with the log redactor.
 */
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::CredentialStore)

public:
    explicit CredentialStore(SecretStore &store,
                             QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

    // The asynchronous calls below hold nothing of this object in their callbacks, so a temporary
    // CredentialStore may start one and go away: nothing is left behind if the keychain never answers.

    /** Reads all three; missing ones stay empty. The callback gets the first hard error, if any. */
    void load(std::function<void(const Credentials &, const SecretResult &)> done);
    /** Saves the non-empty fields. */
    void save(const Credentials &credentials, SecretStore::Callback done);
    /** Removes every stored secret of the profile. */
    void clear(SecretStore::Callback done);

    Credentials loadBlocking(SecretResult *error = nullptr);
    SecretResult saveBlocking(const Credentials &credentials);

    /** Values given through the environment, applied on top of stored ones. */
    Credentials environmentOverrides() const;

private:
    SecretStore &m_store;
    QProcessEnvironment m_env;
};

} // namespace Ponte
