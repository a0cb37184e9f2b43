#pragma once

#include "omie/omieclient.h"
#include "ploomes/ploomesclient.h"
#include "secrets/credentials.h"

#include <functional>
#include <memory>

namespace Ponte {

class Clock;
class Settings;
class Transport;

/**
 * Builds every Omie and Ploomes client of a profile, so that none misses the profile's state:
 * Omie refuses an identical request body inside its redundancy window whoever sends it, and both
 * services count a credential's requests whichever process sends them.
 *
 * Every Omie client from here shares, live and across threads, one log of recent request bodies per
 * profile database with every other client of the profile in this process, and starts from what the
 * database holds (other processes, earlier runs) together with the recent rate budget; a Ploomes
 * client starts from the saved rate history. Saving back stays the owner's job when its work is done
 * (saveRecentOmieRequests / saveRecentPloomesRequests, sync/recentrequests.h).
 */
class ClientFactory
{
public:
    /** @p settings must outlive the factory and be used on the calling thread only. */
    ClientFactory(const Settings &settings, Credentials credentials);

    [[nodiscard]] Omie::ClientConfig omieConfig() const;
    [[nodiscard]] Ploomes::ClientConfig ploomesConfig() const;

    /**
     * @p adjust may change the configuration first (e.g. fewer retries for a connection test);
     * @p budgetShare is the part of every rate budget the client may use, set before the saved budget
     * is restored so that its pace continues at that share.
     */
    [[nodiscard]] std::unique_ptr<Omie::Client> omie(Clock *clock,
                                                     Transport *transport,
                                                     const std::function<void(Omie::ClientConfig &)> &adjust = {},
                                                     double budgetShare = 1.0) const;
    [[nodiscard]] std::unique_ptr<Ploomes::Client>
    ploomes(Clock *clock,
            Transport *transport,
            const std::function<void(Ploomes::ClientConfig &)> &adjust = {},
            double budgetShare = 1.0) const;

private:
    const Settings &m_settings;
    Credentials m_credentials;
};

} // namespace Ponte
