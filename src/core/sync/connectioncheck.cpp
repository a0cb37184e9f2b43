#include "connectioncheck.h"

#include "net/clock.h"
#include "net/transport.h"
#include "omie/omieclient.h"
#include "ploomes/ploomesclient.h"
#include "settings.h"
#include "sync/clientfactory.h"
#include "sync/ploomespreflight.h"
#include "sync/recentrequests.h"

namespace Ponte {

struct ConnectionCheck::Clients
{
    NetworkTransport transport;
    std::unique_ptr<Omie::Client> omie;
    std::unique_ptr<Ploomes::Client> ploomes;
};

ConnectionCheck::ConnectionCheck(const Settings &settings, const Credentials &credentials, QObject *parent)
    : QObject(parent), m_store(settings.repository()), m_clients(std::make_unique<Clients>())
{
    m_clients->transport.setProxy(ProxyConfig::fromSettings(settings, credentials.proxyPassword));
    // A wrong key should be reported in seconds, not after the retries of a long sync.
    const ClientFactory factory(settings, credentials);
    m_clients->omie =
        factory.omie(Clock::system(), &m_clients->transport, [](Omie::ClientConfig &c) { c.retry.maxAttempts = 2; });
    m_clients->ploomes = factory.ploomes(Clock::system(), &m_clients->transport,
                                         [](Ploomes::ClientConfig &c) { c.retry.maxAttempts = 2; });
}

ConnectionCheck::~ConnectionCheck() = default;

void ConnectionCheck::start()
{
    if (m_pending > 0)
        return;
    // Again: another process may have sent since the dialog built the clients.
    restoreRecentOmieRequests(m_clients->omie->scheduler(), m_store);
    restoreRecentPloomesRequests(m_clients->ploomes->scheduler(), m_store);
    m_pending = 2;
    m_omie = ApiError{};
    m_ploomes = ApiError{};
    m_clients->omie->testConnection([this](const ApiError &e) {
        m_omie = e;
        done();
    });
    m_clients->ploomes->testConnection([this](const ApiError &e) {
        m_ploomes = e;
        done();
    });
}

void ConnectionCheck::runPloomesPreflight(std::function<void(const PloomesPreflightReport &)> done)
{
    PloomesPreflight::run(m_clients->ploomes.get(), [this, done = std::move(done)](const PloomesPreflightReport &r) {
        saveRecentPloomesRequests(m_clients->ploomes->scheduler(), m_store);
        done(r);
    });
}

void ConnectionCheck::done()
{
    if (--m_pending > 0)
        return;
    saveRecentOmieRequests(m_clients->omie->scheduler(), m_store);
    saveRecentPloomesRequests(m_clients->ploomes->scheduler(), m_store);
    emit finished(m_omie, m_ploomes);
}

} // namespace Ponte
