#include "clientfactory.h"

#include "net/recentrequestlog.h"
#include "settings.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "sync/recentrequests.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace Ponte {

namespace {
/** The live redundancy log of each profile database in this process, while a client uses it. */
std::shared_ptr<RecentRequestLog> profileLog(const QString &databasePath)
{
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<RecentRequestLog>> logs;
    const QMutexLocker lock(&mutex);
    std::shared_ptr<RecentRequestLog> log = logs.value(databasePath).lock();
    if (!log) {
        log = std::make_shared<RecentRequestLog>();
        logs.insert(databasePath, log);
    }
    return log;
}

template <typename Client, typename Config>
std::unique_ptr<Client> build(
    Clock *clock, Transport *transport, Config config, const std::function<void(Config &)> &adjust, double budgetShare)
{
    if (adjust)
        adjust(config);
    auto client = std::make_unique<Client>(clock, transport, config);
    client->scheduler().setBudgetShare(budgetShare);
    return client;
}
} // namespace

ClientFactory::ClientFactory(const Settings &settings, Credentials credentials)
    : m_settings(settings), m_credentials(std::move(credentials))
{}

Omie::ClientConfig ClientFactory::omieConfig() const
{
    return Omie::ClientConfig::fromSettings(m_settings, m_credentials);
}

Ploomes::ClientConfig ClientFactory::ploomesConfig() const
{
    return Ploomes::ClientConfig::fromSettings(m_settings, m_credentials);
}

std::unique_ptr<Omie::Client> ClientFactory::omie(Clock *clock,
                                                  Transport *transport,
                                                  const std::function<void(Omie::ClientConfig &)> &adjust,
                                                  double budgetShare) const
{
    auto client = build<Omie::Client>(clock, transport, omieConfig(), adjust, budgetShare);
    // An unsaved database (empty path) is nobody else's: its clients keep their own logs.
    const QString path = m_settings.repository().database().path();
    if (!path.isEmpty())
        client->scheduler().shareRecentRequests(profileLog(path));
    restoreRecentOmieRequests(client->scheduler(), m_settings.repository());
    return client;
}

std::unique_ptr<Ploomes::Client> ClientFactory::ploomes(Clock *clock,
                                                        Transport *transport,
                                                        const std::function<void(Ploomes::ClientConfig &)> &adjust,
                                                        double budgetShare) const
{
    auto client = build<Ploomes::Client>(clock, transport, ploomesConfig(), adjust, budgetShare);
    restoreRecentPloomesRequests(client->scheduler(), m_settings.repository());
    return client;
}

} // namespace Ponte
