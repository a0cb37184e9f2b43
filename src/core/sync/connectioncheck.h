#pragma once

#include "net/apierror.h"
#include "secrets/credentials.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Ponte {

class Settings;
class SettingsRepository;
class Transport;
struct PloomesPreflightReport;

/**
 * Proves a set of credentials: one cheap authenticated read on Omie and one on Ploomes, side by
 * side, through the same clients (limits, retries, error classification) a sync uses. Serves the
 * "test connection" button and `ponte-cli check`.
 */
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    ConnectionCheck(const Settings &settings, const Credentials &credentials, QObject *parent = nullptr);
    ~ConnectionCheck() override;

    /** Starts both reads; finished() follows once both have answered. */
    void start();
    bool isRunning() const { return m_pending > 0; }
    /**
     * The read-only Ploomes pre-flight (PloomesPreflight) through this check's Ploomes client; @p done
     * receives the report. This object must outlive the call.
     */
    void runPloomesPreflight(std::function<void(const PloomesPreflightReport &)> done);

signals:
    /** Each error is empty (no error) when that service accepted the credentials. */
    void finished(const Ponte::ApiError &omie, const Ponte::ApiError &ploomes);

private:
    void done();

    struct Clients;
    SettingsRepository &m_store;
    std::unique_ptr<Clients> m_clients;
    int m_pending = 0;
    ApiError m_omie;
    ApiError m_ploomes;
};

} // namespace Ponte
