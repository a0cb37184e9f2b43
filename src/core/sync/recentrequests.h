#pragma once

namespace Ponte {

class RequestScheduler;
class SettingsRepository;

/**
 * Omie refuses an identical request inside its redundancy window whoever sent it: a sync, a
 * connection test, the order-defaults lists, another process. Every Omie client of a profile
 * therefore starts from, and adds to, one log of recent requests kept in the profile's database,
 * together with what each method's rate budget has spent recently.
 */
void restoreRecentOmieRequests(RequestScheduler &scheduler, const SettingsRepository &store);
void saveRecentOmieRequests(RequestScheduler &scheduler, SettingsRepository &store);

/**
 * Ploomes counts a User-Key's requests whichever process sends them: a sync started right after a
 * connection test, or after a restart, continues the same paced budget.
 */
void restoreRecentPloomesRequests(RequestScheduler &scheduler, const SettingsRepository &store);
void saveRecentPloomesRequests(RequestScheduler &scheduler, SettingsRepository &store);

} // namespace Ponte
