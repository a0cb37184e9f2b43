#include "credentials.h"

#include "logging.h"

#include <QEventLoop>

#include <memory>

using namespace Qt::StringLiterals;

namespace Ponte {

CredentialStore::CredentialStore(SecretStore &store, QProcessEnvironment env)
    : m_store(store)
    , m_env(std::move(env))
{
}

Credentials CredentialStore::environmentOverrides() const
{
    Credentials c;
    c.omieAppKey = m_env.value(u"PONTE_OMIE_APP_KEY"_s).trimmed();
    c.omieAppSecret = m_env.value(u"PONTE_OMIE_APP_SECRET"_s).trimmed();
    c.ploomesUserKey = m_env.value(u"PONTE_PLOOMES_USER_KEY"_s).trimmed();
    for (const QString &v : {c.omieAppKey, c.omieAppSecret, c.ploomesUserKey})
        Logging::addSecret(v);
    return c;
}

void CredentialStore::load(std::function<void(const Credentials &, const SecretResult &)> done)
{
    struct State
    {
        Credentials credentials;
        SecretResult firstError;
        int pending = 4;
    };
    auto state = std::make_shared<State>();
    const Credentials env = environmentOverrides();
    auto finishOne = [state, env, done](QString Credentials::*field, const SecretResult &r) {
        if (r.ok()) {
            state->credentials.*field = r.value;
            Logging::addSecret(r.value);
        } else if (r.error != SecretResult::Error::NotFound && state->firstError.ok()) {
            state->firstError = r;
        }
        if (--state->pending > 0)
            return;
        Credentials merged = state->credentials;
        if (!env.omieAppKey.isEmpty())
            merged.omieAppKey = env.omieAppKey;
        if (!env.omieAppSecret.isEmpty())
            merged.omieAppSecret = env.omieAppSecret;
        if (!env.ploomesUserKey.isEmpty())
            merged.ploomesUserKey = env.ploomesUserKey;
        done(merged, state->firstError);
    };
    m_store.read(SecretKey::OmieAppKey, [finishOne](const SecretResult &r) { finishOne(&Credentials::omieAppKey, r); });
    m_store.read(SecretKey::OmieAppSecret,
                 [finishOne](const SecretResult &r) { finishOne(&Credentials::omieAppSecret, r); });
    m_store.read(SecretKey::PloomesUserKey,
                 [finishOne](const SecretResult &r) { finishOne(&Credentials::ploomesUserKey, r); });
    m_store.read(SecretKey::ProxyPassword,
                 [finishOne](const SecretResult &r) { finishOne(&Credentials::proxyPassword, r); });
}

void CredentialStore::save(const Credentials &credentials, SecretStore::Callback done)
{
    QList<QPair<QString, QString>> items;
    if (!credentials.omieAppKey.isEmpty())
        items.append({SecretKey::OmieAppKey, credentials.omieAppKey.trimmed()});
    if (!credentials.omieAppSecret.isEmpty())
        items.append({SecretKey::OmieAppSecret, credentials.omieAppSecret.trimmed()});
    if (!credentials.ploomesUserKey.isEmpty())
        items.append({SecretKey::PloomesUserKey, credentials.ploomesUserKey.trimmed()});
    if (!credentials.proxyPassword.isEmpty())
        items.append({SecretKey::ProxyPassword, credentials.proxyPassword}); // spaces may belong to a password
    if (items.isEmpty()) {
        done(SecretResult{});
        return;
    }
    auto pending = std::make_shared<int>(int(items.size()));
    auto firstError = std::make_shared<SecretResult>();
    for (const auto &[key, value] : items) {
        Logging::addSecret(value);
        m_store.write(key, value, [pending, firstError, done](const SecretResult &r) {
            if (!r.ok() && firstError->ok())
                *firstError = r;
            if (--*pending == 0)
                done(*firstError);
        });
    }
}

void CredentialStore::clear(SecretStore::Callback done)
{
    m_store.clearAll(std::move(done));
}

Credentials CredentialStore::loadBlocking(SecretResult *error)
{
    Credentials result;
    bool finished = false;
    QEventLoop loop;
    load([&](const Credentials &c, const SecretResult &r) {
        result = c;
        if (error)
            *error = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

SecretResult CredentialStore::saveBlocking(const Credentials &credentials)
{
    SecretResult result;
    bool finished = false;
    QEventLoop loop;
    save(credentials, [&](const SecretResult &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

} // namespace Ponte
