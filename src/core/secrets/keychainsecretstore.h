#pragma once

#include "secretstore.h"

#include <QList>

#include <functional>

namespace QKeychain {
class Job;
}

namespace Ponte {

/**
 * Secrets in the operating system's keychain through QtKeychain (Windows Credential Manager, macOS
 * Keychain, Secret Service on Linux). The insecure plain-text fallback is off. Operations run one at
 * a time so that the key index is never updated concurrently.
 */
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Ponte"), QString profile = QStringLiteral("default"),
                                 QObject *parent = nullptr);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &value, Callback done) override;
    void remove(const QString &key, Callback done) override;
    void keys(std::function<void(const QStringList &)> done) override;
    void clearAll(Callback done) override;

    /** Delay before the single retry when the backend is not up yet (tests shorten it). */
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }

private:
    using Next = std::function<void()>;
    using JobFactory = std::function<QKeychain::Job *()>;

    void enqueue(std::function<void(Next)> op);
    void runNext();
    void runJob(JobFactory make, std::function<void(QKeychain::Job *)> done, bool mayRetry = true);
    void readIndex(std::function<void(const QStringList &, const SecretResult &)> done);
    void writeIndex(const QStringList &keys, Callback done);
    QString fullKey(const QString &key) const;
    static SecretResult resultOf(QKeychain::Job *job);

    QString m_service;
    QString m_profile;
    int m_retryDelayMs = 800;
    QList<std::function<void(Next)>> m_queue;
    bool m_busy = false;
};

} // namespace Ponte
