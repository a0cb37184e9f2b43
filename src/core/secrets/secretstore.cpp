#include "secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace Ponte {

namespace {
template <typename Start>
SecretResult waitFor(Start start)
{
    SecretResult result;
    bool finished = false;
    QEventLoop loop;
    start([&](const SecretResult &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}
} // namespace

SecretResult SecretStore::readBlocking(const QString &key)
{
    return waitFor([&](Callback cb) { read(key, cb); });
}

SecretResult SecretStore::writeBlocking(const QString &key, const QString &value)
{
    return waitFor([&](Callback cb) { write(key, value, cb); });
}

SecretResult SecretStore::removeBlocking(const QString &key)
{
    return waitFor([&](Callback cb) { remove(key, cb); });
}

SecretResult SecretStore::clearAllBlocking()
{
    return waitFor([&](Callback cb) { clearAll(cb); });
}

QStringList SecretStore::keysBlocking()
{
    QStringList result;
    waitFor([&](Callback cb) {
        keys([&result, cb](const QStringList &k) {
            result = k;
            cb(SecretResult{});
        });
    });
    return result;
}

void MemorySecretStore::finish(Callback done, SecretResult result)
{
    // Same contract as the keychain: the callback never runs inside the call.
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] { done(result); });
}

void MemorySecretStore::read(const QString &key, Callback done)
{
    SecretResult r;
    if (m_values.contains(key)) {
        r.value = m_values.value(key);
    } else {
        r.error = SecretResult::Error::NotFound;
        r.message = QCoreApplication::translate("Ponte::SecretStore", "No secret is stored for %1.").arg(key);
    }
    finish(std::move(done), r);
}

void MemorySecretStore::write(const QString &key, const QString &value, Callback done)
{
    m_values.insert(key, value);
    finish(std::move(done), {});
}

void MemorySecretStore::remove(const QString &key, Callback done)
{
    m_values.remove(key);
    finish(std::move(done), {});
}

void MemorySecretStore::keys(std::function<void(const QStringList &)> done)
{
    const QStringList k = m_values.keys();
    QTimer::singleShot(0, this, [done = std::move(done), k] { done(k); });
}

void MemorySecretStore::clearAll(Callback done)
{
    m_values.clear();
    finish(std::move(done), {});
}

} // namespace Ponte
