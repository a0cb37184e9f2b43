#pragma once

#include "net/apierror.h"
#include "secrets/credentials.h"
#include "sync/omiechoices.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace Ponte {

class Clock;
class Settings;
class SettingsRepository;

/** What the Omie half of the read-only pre-flight found. */
struct OmiePreflightReport
{
    /** Offers of each order default, which are usable, and which one Ponte would use and why. */
    OmieOrderDefaults defaults;
    /** The Omie limits in force (settings, environment overrides included). */
    struct Limits
    {
        int perMethodPerMinute = 0;
        int totalPerMinute = 0;
        int concurrentPerMethod = 0;
        int redundantWindowS = 0;
        int pageSize = 0;
        int businessHoursSharePercent = 0;
    } limits;
    /** Set when a list could not be read; the choices read so far are still reported. */
    ApiError error;
    qint64 requests = 0; ///< requests this pre-flight sent (all of them reads)

    /** Orders could be sent to Omie with these defaults. */
    bool ok() const;
    /** Stable, machine-readable form for `ponte-cli check --json` (no secret in it). */
    QJsonObject toJson() const;
};

/**
 * The Omie half of `check`: reads the contas correntes, categorias, formas de pagamento and etapas
 * de faturamento, and tells what Ponte would use for each order default (DESIGN.md §5) without
 * writing anything. Shares the profile's log of recent Omie requests (Omie refuses an identical
 * request within its redundancy window, whoever sent it).
 */
class OmiePreflight : public QObject
{
    Q_OBJECT

public:
    OmiePreflight(const Settings &settings,
                  const Credentials &credentials,
                  QObject *parent = nullptr,
                  Clock *clock = nullptr);
    ~OmiePreflight() override;

    void start();
    bool isRunning() const { return m_pending > 0; }

signals:
    void finished(const Ponte::OmiePreflightReport &report);

private:
    void done(const ApiError &error);

    struct Lists;
    const Settings &m_settings;
    SettingsRepository &m_store;
    std::unique_ptr<Lists> m_lists;
    OmiePreflightReport m_report;
    int m_pending = 0;
};

} // namespace Ponte

Q_DECLARE_METATYPE(Ponte::OmiePreflightReport)
