#pragma once

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Ponte {

/** Outcome of a secret-store operation. */
struct SecretResult
{
    enum class Error { None, NotFound, AccessDenied, NoBackend, Other };
    Error error = Error::None;
    QString value;   ///< the secret, for reads
    QString message; ///< user-facing explanation when error != None (never contains the secret)
    bool ok() const { return error == Error::None; }
};

/**
 * Where secrets live (App Key, App Secret, User-Key). Asynchronous, because the operating system's
 * keychain is. Keys are short names such as "omie/app_secret"; the store scopes them to a profile
 * and keeps an index of what it wrote so that clearAll() removes everything.
 */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
    /** The keys written by this store for its profile. */
    virtual void keys(std::function<void(const QStringList &)> done) = 0;
    /** Removes every secret of the profile, then the index itself. */
    virtual void clearAll(Callback done) = 0;

    /** Runs the operation and waits for it with a local event loop (CLI, tests). */
    SecretResult readBlocking(const QString &key);
    SecretResult writeBlocking(const QString &key, const QString &value);
    SecretResult removeBlocking(const QString &key);
    SecretResult clearAllBlocking();
    QStringList keysBlocking();
};

/** In-memory store for tests and for environment-supplied credentials. */
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &value, Callback done) override;
    void remove(const QString &key, Callback done) override;
    void keys(std::function<void(const QStringList &)> done) override;
    void clearAll(Callback done) override;

private:
    void finish(Callback done, SecretResult result);
    QMap<QString, QString> m_values;
};

} // namespace Ponte
