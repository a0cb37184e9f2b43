#pragma once

namespace Ponte {

class RequestScheduler;
class SettingsRepository;

/**
 * Omie refuses an identical request inside its redundancy window whoever sent it: a sync, a
 * connection test, the order-defaults lists, another process. Every Omie client of a profile
 * therefore starts from, and adds to, one log of recent requests kept in the profile's database.
 */
void restoreRecentOmieRequests(RequestScheduler &scheduler, const SettingsRepository &store);
void saveRecentOmieRequests(RequestScheduler &scheduler, SettingsRepository &store);

} // namespace Ponte
