#pragma once

#include "net/apierror.h"
#include "secrets/credentials.h"
#include "sync/omiepreflight.h"
#include "sync/ploomespreflight.h"

#include <QJsonObject>
#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace Ponte {

class ConnectionCheck;
class Settings;

/** What `ponte-cli check` and "Testar conexão" report: both connections and, where they work, both pre-flights. */
struct PreflightReport
{
    ApiError omieConnection;
    ApiError ploomesConnection;
    std::optional<OmiePreflightReport> omie;       ///< set when Omie accepted the keys
    std::optional<PloomesPreflightReport> ploomes; ///< set when Ploomes accepted the key

    /** Both connections work and nothing the pre-flights found would stop a sync. */
    bool ok() const { return problems().isEmpty(); }
    /** Everything that would stop or degrade a sync, in the user's words (translated). */
    QStringList problems() const;
    /** Stable, machine-readable form (no secret in it) for `ponte-cli check --json`. */
    QJsonObject toJson() const;
    /** The same for a person: one line per choice and why, then the problems (translated, plain text). */
    QString describe() const;
};

/**
 * The read-only pre-flight: proves both sets of credentials, then reads (never writes) everything a
 * sync relies on — entity ids, field types, "Id (Omie)" fields, currency, phone types, statuses,
 * stages, the order defaults and the limits in force — so that an administrator can confirm on a
 * real account, before the first write, that Ponte understood it.
 */
class Preflight : public QObject
{
    Q_OBJECT

public:
    Preflight(const Settings &settings, const Credentials &credentials, QObject *parent = nullptr);
    ~Preflight() override;

    void start();
    bool isRunning() const { return m_pending > 0; }

signals:
    void finished(const Ponte::PreflightReport &report);

private:
    void connectionsChecked(const ApiError &omie, const ApiError &ploomes);
    void partDone();

    const Settings &m_settings;
    Credentials m_credentials;
    std::unique_ptr<ConnectionCheck> m_check;
    std::unique_ptr<OmiePreflight> m_omie;
    PreflightReport m_report;
    int m_pending = 0;
};

} // namespace Ponte

Q_DECLARE_METATYPE(Ponte::PreflightReport)
