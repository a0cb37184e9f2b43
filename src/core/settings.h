#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTime>
#include <QUrl>
#include <QVariant>

#include <functional>
#include <optional>

namespace Ponte {

class SettingsRepository;

/** Names of the non-secret settings (also the keys of `ponte-cli config`). */
namespace SettingKey {
inline const QString OmieUrl = QStringLiteral("omie.url");
inline const QString OmieRequestsPerMinute = QStringLiteral("omie.requests_per_minute");
inline const QString OmieTotalRequestsPerMinute = QStringLiteral("omie.total_requests_per_minute");
inline const QString OmieConcurrency = QStringLiteral("omie.concurrency");
inline const QString OmieRedundantWindowS = QStringLiteral("omie.redundant_window_s");
inline const QString OmiePageSize = QStringLiteral("omie.page_size");
inline const QString PloomesUrl = QStringLiteral("ploomes.url");
inline const QString PloomesRequestsPerSecond = QStringLiteral("ploomes.requests_per_second");
inline const QString PloomesMaxInFlight = QStringLiteral("ploomes.max_in_flight");
inline const QString PloomesPageSize = QStringLiteral("ploomes.page_size");
inline const QString PloomesLearnedRps = QStringLiteral("ploomes.learned_rps");
inline const QString PloomesEmptyPagePauseMs = QStringLiteral("ploomes.empty_page_pause_ms");
inline const QString NetTimeoutS = QStringLiteral("net.timeout_s");
inline const QString NetMaxRetries = QStringLiteral("net.max_retries");
inline const QString NetRetryBaseMs = QStringLiteral("net.retry_base_ms");
inline const QString BusinessHoursShare = QStringLiteral("business_hours.share_percent");
inline const QString BusinessHoursStart = QStringLiteral("business_hours.start");
inline const QString BusinessHoursEnd = QStringLiteral("business_hours.end");
inline const QString BusinessHoursDays = QStringLiteral("business_hours.weekdays");
inline const QString ConflictPolicy = QStringLiteral("sync.conflict_policy");
/** What a deletion on one side does to the pair (unlink, recreate, mirror); per entity group. */
inline const QString DeletionClients = QStringLiteral("deletions.clients");
inline const QString DeletionProducts = QStringLiteral("deletions.products"); ///< products and services
inline const QString DeletionOrders = QStringLiteral("deletions.orders");     ///< orders and service orders
inline const QString PollIntervalMin = QStringLiteral("sync.poll_interval_min");
inline const QString CursorOverlapS = QStringLiteral("sync.cursor_overlap_s");
inline const QString BackfillOmieOrders = QStringLiteral("backfill.omie_orders");
inline const QString BackfillOmieOrdersSince = QStringLiteral("backfill.omie_orders_since");
inline const QString BackfillPloomesOrders = QStringLiteral("backfill.ploomes_orders");
inline const QString BackfillPloomesOrdersSince = QStringLiteral("backfill.ploomes_orders_since");
inline const QString OrderContaCorrente = QStringLiteral("orders.conta_corrente");
inline const QString OrderCategoria = QStringLiteral("orders.categoria");
inline const QString OrderParcela = QStringLiteral("orders.parcela");
inline const QString OrderEtapa = QStringLiteral("orders.etapa");
inline const QString Language = QStringLiteral("ui.language");
inline const QString ScheduleEnabled = QStringLiteral("schedule.enabled");
inline const QString ScheduleTime = QStringLiteral("schedule.time");
inline const QString ScheduleDays = QStringLiteral("schedule.weekdays");
inline const QString WebhookPort = QStringLiteral("webhook.port");
inline const QString WebhookListen = QStringLiteral("webhook.listen");
inline const QString ProxyMode = QStringLiteral("proxy.mode");
inline const QString ProxyType = QStringLiteral("proxy.type");
inline const QString ProxyHost = QStringLiteral("proxy.host");
inline const QString ProxyPort = QStringLiteral("proxy.port");
inline const QString ProxyUser = QStringLiteral("proxy.user");
} // namespace SettingKey

/**
 * Typed, validated, versioned settings stored in the database's settings table. Defaults are the
 * published API limits (DESIGN.md §3); environment variables (DESIGN.md §5) override stored values
 * for the running process only and are never written back.
 */
class Settings
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::Settings)

public:
    enum class Type { Int, Double, Bool, String, Url, Date, Time, Choice, Address, Weekdays };

    struct Definition
    {
        Definition(QString key,
                   Type type,
                   QVariant defaultValue,
                   QString envVar = {},
                   double minimum = 0,
                   double maximum = 0,
                   QStringList choices = {},
                   bool internal = false)
            : key(std::move(key)), type(type), defaultValue(std::move(defaultValue)), envVar(std::move(envVar)),
              minimum(minimum), maximum(maximum), choices(std::move(choices)), internal(internal)
        {}
        QString key;
        Type type;
        QVariant defaultValue;
        QString envVar; ///< environment override, if any
        double minimum = 0;
        double maximum = 0;
        QStringList choices;
        bool internal = false; ///< written by Ponte itself (e.g. the learned Ploomes rate), hidden from `config list`
    };

    /** The settings schema version this build writes. */
    static constexpr int CurrentVersion = 1;
    static const QString VersionKey;

    static const QList<Definition> &definitions();
    /** The choices of the deletion settings: unlink and report (default), recreate the record, mirror. */
    static QStringList deletionPolicies();
    static const Definition *definition(const QString &key);

    explicit Settings(SettingsRepository &repository,
                      QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    /** Brings stored settings up to CurrentVersion; refuses settings written by a newer Ponte. */
    Status migrate();
    int storedVersion() const;

    /** Effective value: environment override, else stored value, else default. */
    QVariant value(const QString &key) const;
    QString stringValue(const QString &key) const { return value(key).toString(); }
    int intValue(const QString &key) const { return value(key).toInt(); }
    double doubleValue(const QString &key) const { return value(key).toDouble(); }
    bool boolValue(const QString &key) const { return value(key).toBool(); }
    QDate dateValue(const QString &key) const { return value(key).toDate(); }
    QTime timeValue(const QString &key) const { return value(key).toTime(); }
    QUrl urlValue(const QString &key) const { return value(key).toUrl(); }

    /** Validates and stores @p text; the error message says what is accepted. */
    Status setValue(const QString &key, const QString &text);
    /**
     * Stores each (key, text) whose effective value is still empty, e.g. the choices the demo company
     * comes with; what the user set is kept.
     */
    Status fillEmpty(const QList<QPair<QString, QString>> &values);
    /** Removes a stored value so the default applies again. */
    Status reset(const QString &key);
    /** The raw key/value store underneath, for internal state that is not a setting. */
    SettingsRepository &repository() const { return m_repository; }
    /** The environment variable that currently overrides @p key, if any. */
    std::optional<QString> overriddenBy(const QString &key) const;
    /** Text form of a value, as `config get` prints it. */
    static QString toText(const Definition &def, const QVariant &value);
    /** Parses @p text for @p def; empty optional with @p error set when invalid. */
    static std::optional<QVariant> parse(const Definition &def, const QString &text, QString *error);

private:
    /** Checks rules that involve more than one setting, with @p candidate as the new value of @p key. */
    Status checkCombination(const QString &key, const QVariant &candidate) const;

    SettingsRepository &m_repository;
    QProcessEnvironment m_environment;
};

} // namespace Ponte
