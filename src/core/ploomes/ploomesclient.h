#pragma once

#include "net/apicaller.h"
#include "net/requestscheduler.h"
#include "ploomes/odata.h"
#include "ploomes/ploomesrecords.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace Ponte {
class Settings;
struct Credentials;
} // namespace Ponte

namespace Ponte::Ploomes {

struct ClientConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://public-api2.ploomes.com/"));
    QString userKey;
    double requestsPerSecond = 6;
    int maxInFlight = 3;
    int pageSize = 300;
    int timeoutMs = 60'000;
    /** Rate learned in an earlier run (0 = none): the limiter starts there and recovers slowly. */
    double learnedRequestsPerSecond = 0;
    /** First pause before an empty page is asked for again; each further ask waits one pause more. */
    int emptyPagePauseMs = 1000;
    RetryPolicy retry;

    static ClientConfig fromSettings(const Settings &settings, const Credentials &credentials);
    SchedulerLimits schedulerLimits() const;
};

/** How long the limiter stays at a lowered rate before it speeds up by a quarter. */
constexpr qint64 kRateRecoveryIntervalMs = 30'000;

/**
 * The rate factor (1 = the configured rate) after a 429 episode, @p sinceLastDecreaseMs after the previous
 * decrease (-1: none yet). A throttle long after the last decrease, at a rate the service published, is most
 * likely transit jitter bunching paced requests at the service, so the rate drops by 15 % and is back after one
 * recovery step. A throttle again while still recovering from the last one means the account's limit really is
 * lower (ref §3: 6/s for some, 120/min for others), so the rate halves and keeps halving (down to 2 %).
 */
double factorAfterThrottle(double factor, qint64 sinceLastDecreaseMs);

/**
 * Ploomes REST client: User-Key header, OData queries, $top/$skip paging to the real end (a
 * suspicious empty page in the middle of a scan is retried), CRUD on every collection Ponte uses,
 * and an adaptive limiter: on HTTP 429 it honours Retry-After, slows down (factorAfterThrottle) and
 * recovers step by step.
 */
class Client : public QObject
{
    Q_OBJECT

public:
    using ItemsCallback = std::function<void(const QList<QJsonObject> &, const ApiError &)>;
    using ItemCallback = std::function<void(const QJsonObject &, const ApiError &)>;
    using ErrorCallback = std::function<void(const ApiError &)>;

    Client(Clock *clock, Transport *transport, const ClientConfig &config, QObject *parent = nullptr);
    ~Client() override;

    /** One GET (one page). */
    void get(const QString &path, const Query &query, ItemsCallback done);
    /** Every page of @p query ($top = page size, $skip advancing; ordered by Id unless an order is given). */
    void getAll(const QString &path, Query query, ItemsCallback done);
    void getById(const QString &path, qint64 id, const Query &query, ItemCallback done);
    /** POST; @p expand is added as $expand so that children come back. */
    void create(const QString &path, const QJsonObject &body, const QString &expand, ItemCallback done);
    void update(const QString &path, qint64 id, const QJsonObject &patch, const QString &expand, ItemCallback done);
    void remove(const QString &path, qint64 id, ErrorCallback done);

    /** GET /Account?$top=1&$select=Id, the check Ploomes' own tools use. */
    void testConnection(ErrorCallback done);

    // Look-ups, read in bulk once per run.
    void users(ItemsCallback done);
    void fieldTypes(ItemsCallback done);
    void fieldEntities(ItemsCallback done);
    void fields(qint64 entityId, ItemsCallback done);
    /** Creates a custom field; @p typeId comes from fieldTypes(). */
    void createField(qint64 entityId, const QString &name, qint64 typeId, ItemCallback done);
    void states(ItemsCallback done);
    /** Cities with these IBGE codes, several codes per request. */
    void citiesByIbge(const QList<qint64> &codes, ItemsCallback done);
    void phoneTypes(ItemsCallback done);
    void contactStatuses(ItemsCallback done);
    void tags(ItemsCallback done);
    void productFamilies(ItemsCallback done);
    void productGroups(ItemsCallback done);
    void orderStages(ItemsCallback done);

    /** Records changed after @p since (all when invalid), oldest change first, with the usual expansions. */
    void contactsChangedSince(const QDateTime &since, ItemsCallback done);
    void productsChangedSince(const QDateTime &since, ItemsCallback done);
    void ordersChangedSince(const QDateTime &since, ItemsCallback done);

    double currentRequestsPerSecond() const;
    RequestScheduler &scheduler() { return *m_scheduler; }
    ApiCaller &caller() { return *m_caller; }
    const ClientConfig &config() const { return m_config; }
    qint64 requestsSent() const { return m_caller->requestsSent(); }
    qint64 throttledResponses() const { return m_caller->throttledResponses(); }
    void cancelAll();

signals:
    /** The adaptive limiter changed its rate (persist it as the learned rate). */
    void rateChanged(double requestsPerSecond);

private:
    void send(const QByteArray &verb,
              const QUrl &url,
              const QJsonObject *body,
              bool write,
              const QString &label,
              std::function<void(const CallResult &)> done);
    void fetchPage(
        const QString &path, const Query &query, QList<QJsonObject> collected, int emptyRetries, ItemsCallback done);
    void onThrottled(const ApiError &error);
    void recover();
    static QList<QJsonObject> valueArray(const QByteArray &body, ApiError *error);

    Clock *m_clock;
    ClientConfig m_config;
    RequestScheduler *m_scheduler;
    ApiCaller *m_caller;
    double m_factor = 1.0;
    qint64 m_lastAdjustMs = 0;
    qint64 m_lastThrottleMs = 0;
    qint64 m_lastDecreaseMs = -1;
};

} // namespace Ponte::Ploomes
