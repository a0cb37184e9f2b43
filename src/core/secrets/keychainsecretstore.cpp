#include "keychainsecretstore.h"

#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
const QString kIndexKey = u".index"_s;
}

KeychainSecretStore::KeychainSecretStore(QString service, QString profile, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
    , m_profile(std::move(profile))
{
}

QString KeychainSecretStore::fullKey(const QString &key) const
{
    return m_profile + u'/' + key;
}

SecretResult KeychainSecretStore::resultOf(QKeychain::Job *job)
{
    SecretResult r;
    switch (job->error()) {
    case QKeychain::NoError:
        return r;
    case QKeychain::EntryNotFound:
        r.error = SecretResult::Error::NotFound;
        r.message = tr("No credential is stored yet.");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.error = SecretResult::Error::AccessDenied;
        r.message = tr("Access to the system keychain was denied (%1).").arg(job->errorString());
        break;
    case QKeychain::NoBackendAvailable:
        r.error = SecretResult::Error::NoBackend;
        r.message = tr("No system keychain is available. On Linux, install and unlock GNOME Keyring or KWallet (%1).")
                        .arg(job->errorString());
        break;
    default:
        r.error = SecretResult::Error::Other;
        r.message = tr("The system keychain reported an error: %1").arg(job->errorString());
        break;
    }
    return r;
}

void KeychainSecretStore::enqueue(std::function<void(Next)> op)
{
    m_queue.append(std::move(op));
    if (!m_busy)
        runNext();
}

void KeychainSecretStore::runNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    auto op = m_queue.takeFirst();
    op([this] { QTimer::singleShot(0, this, &KeychainSecretStore::runNext); });
}

void KeychainSecretStore::runJob(JobFactory make, std::function<void(QKeychain::Job *)> done, bool mayRetry)
{
    QKeychain::Job *job = make();
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, make, done, mayRetry](QKeychain::Job *finished) {
        const QKeychain::Error error = finished->error();
        // The Secret Service may still be starting when Ponte launches at login: retry once.
        if (mayRetry && (error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError)) {
            qCInfo(lcSecrets) << "keychain not ready (" << finished->errorString() << "), retrying once";
            QTimer::singleShot(m_retryDelayMs, this, [this, make, done] { runJob(make, done, false); });
            return;
        }
        done(finished);
    });
    job->start();
}

void KeychainSecretStore::readIndex(std::function<void(const QStringList &, const SecretResult &)> done)
{
    const QString key = fullKey(kIndexKey);
    runJob(
        [this, key] {
            auto *job = new QKeychain::ReadPasswordJob(m_service, this);
            job->setKey(key);
            return job;
        },
        [done](QKeychain::Job *job) {
            SecretResult r = resultOf(job);
            QStringList keys;
            if (r.error == SecretResult::Error::NotFound) {
                r = SecretResult{};
            } else if (r.ok()) {
                const QJsonArray array =
                    QJsonDocument::fromJson(static_cast<QKeychain::ReadPasswordJob *>(job)->textData().toUtf8()).array();
                for (const QJsonValue &v : array)
                    keys.append(v.toString());
            }
            done(keys, r);
        });
}

void KeychainSecretStore::writeIndex(const QStringList &keys, Callback done)
{
    const QString key = fullKey(kIndexKey);
    if (keys.isEmpty()) {
        runJob(
            [this, key] {
                auto *job = new QKeychain::DeletePasswordJob(m_service, this);
                job->setKey(key);
                return job;
            },
            [done](QKeychain::Job *job) {
                SecretResult r = resultOf(job);
                done(r.error == SecretResult::Error::NotFound ? SecretResult{} : r);
            });
        return;
    }
    const QString text = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact));
    runJob(
        [this, key, text] {
            auto *job = new QKeychain::WritePasswordJob(m_service, this);
            job->setKey(key);
            job->setTextData(text);
            return job;
        },
        [done](QKeychain::Job *job) { done(resultOf(job)); });
}

void KeychainSecretStore::read(const QString &key, Callback done)
{
    enqueue([this, key, done](Next next) {
        const QString full = fullKey(key);
        runJob(
            [this, full] {
                auto *job = new QKeychain::ReadPasswordJob(m_service, this);
                job->setKey(full);
                return job;
            },
            [done, next](QKeychain::Job *job) {
                SecretResult r = resultOf(job);
                if (r.ok())
                    r.value = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
                done(r);
                next();
            });
    });
}

void KeychainSecretStore::write(const QString &key, const QString &value, Callback done)
{
    Logging::addSecret(value);
    enqueue([this, key, value, done](Next next) {
        const QString full = fullKey(key);
        runJob(
            [this, full, value] {
                auto *job = new QKeychain::WritePasswordJob(m_service, this);
                job->setKey(full);
                job->setTextData(value);
                return job;
            },
            [this, key, done, next](QKeychain::Job *job) {
                SecretResult r = resultOf(job);
                if (!r.ok()) {
                    qCWarning(lcSecrets) << "writing" << key << "failed:" << r.message;
                    done(r);
                    next();
                    return;
                }
                readIndex([this, key, done, next](QStringList keys, const SecretResult &indexResult) {
                    if (!indexResult.ok() || keys.contains(key)) {
                        done(indexResult);
                        next();
                        return;
                    }
                    keys.append(key);
                    writeIndex(keys, [done, next](const SecretResult &wr) {
                        done(wr);
                        next();
                    });
                });
            });
    });
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    enqueue([this, key, done](Next next) {
        const QString full = fullKey(key);
        runJob(
            [this, full] {
                auto *job = new QKeychain::DeletePasswordJob(m_service, this);
                job->setKey(full);
                return job;
            },
            [this, key, done, next](QKeychain::Job *job) {
                SecretResult r = resultOf(job);
                if (r.error == SecretResult::Error::NotFound)
                    r = SecretResult{};
                if (!r.ok()) {
                    done(r);
                    next();
                    return;
                }
                readIndex([this, key, done, next](QStringList keys, const SecretResult &indexResult) {
                    if (!indexResult.ok() || !keys.contains(key)) {
                        done(indexResult);
                        next();
                        return;
                    }
                    keys.removeAll(key);
                    writeIndex(keys, [done, next](const SecretResult &wr) {
                        done(wr);
                        next();
                    });
                });
            });
    });
}

void KeychainSecretStore::keys(std::function<void(const QStringList &)> done)
{
    enqueue([this, done](Next next) {
        readIndex([done, next](const QStringList &keys, const SecretResult &) {
            done(keys);
            next();
        });
    });
}

void KeychainSecretStore::clearAll(Callback done)
{
    enqueue([this, done](Next next) {
        readIndex([this, done, next](const QStringList &keys, const SecretResult &indexResult) {
            if (!indexResult.ok()) {
                done(indexResult);
                next();
                return;
            }
            // Delete one by one, then the index; stop at the first real failure.
            auto remaining = std::make_shared<QStringList>(keys);
            auto step = std::make_shared<std::function<void()>>();
            *step = [this, remaining, step, done, next]() {
                if (remaining->isEmpty()) {
                    writeIndex({}, [done, next, step](const SecretResult &r) {
                        done(r);
                        next();
                        *step = nullptr; // break the self-reference
                    });
                    return;
                }
                const QString full = fullKey(remaining->takeFirst());
                runJob(
                    [this, full] {
                        auto *job = new QKeychain::DeletePasswordJob(m_service, this);
                        job->setKey(full);
                        return job;
                    },
                    [step, done, next](QKeychain::Job *job) {
                        const SecretResult r = resultOf(job);
                        if (!r.ok() && r.error != SecretResult::Error::NotFound) {
                            done(r);
                            next();
                            *step = nullptr;
                            return;
                        }
                        (*step)();
                    });
            };
            (*step)();
        });
    });
}

} // namespace Ponte
