#pragma once

#include "net/clock.h"
#include "sampledata.h"
#include "simcommon.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace Ponte::Sim {

/** Ploomes limits, scalable for tests and benchmarks. */
struct PloomesLimitsConfig
{
    double requestsPerSecond = 6; ///< at most ceil(rps) requests in any 1-second window per User-Key
    int maxInFlight = 0;          ///< 0 = no concurrency limit
    int maxPageSize = 300;        ///< larger $top is silently truncated, as the real service does
    bool sendRetryAfter = true;   ///< 429 answers carry Retry-After (seconds)
    bool enforce = true;          ///< when false, only count violations
};

/**
 * Behaviours of the real service that ploomes-api.md §3/§7 reports but does not confirm (🟡/❓), off by
 * default where they would disturb a demo and available so that tests exercise every reading.
 */
struct PloomesQuirks
{
    /** The next N list reads (page 1 included) answer 200 with an empty value, as throttling may. */
    int throttledEmptyReads = 0;
    /** When set, throttledEmptyReads counts only list reads of this collection ("Fields", "Products", …). */
    QString throttledEmptyCollection;
    /** Share (0..1) of all list reads answered 200 with an empty value, drawn from the fault seed. */
    double throttledEmptyShare = 0;
    /** OtherProperties/any(...) filters with FieldId answer 403 too (FieldKey ones always do). */
    bool forbidFieldIdFilters = false;
    /**
     * Collections ("Products@Families", "Fields", …) where this key's user may not create records: POST answers
     * 403 "Acesso negado" (a permission, §7.4), whatever the body.
     */
    QStringList forbiddenCreates;
    /** Collections ("Cities@Countries@States", …) this key's user may not read: GET answers 403 "Acesso negado". */
    QStringList forbiddenReads;
    /**
     * PATCH with OtherProperties replaces the whole set, as S6 claims (ploomes-api.md §2.7 ❓), instead of merging
     * by FieldKey: a client that sends only its own fields wipes the user's others.
     */
    bool patchReplacesOtherProperties = false;
    /** Id of BRL in /Currencies (applied by seed()); another currency takes id 1 when this is not 1. */
    qint64 brlCurrencyId = 1;
};

/**
 * A local stand-in for the Ploomes REST API (https://public-api2.ploomes.com/), written from
 * ../shared/reference/ploomes-api.md and sharing no code with Ponte's Ploomes client: User-Key
 * header, OData $filter/$select/$expand/$orderby/$top/$skip on the collections Ponte uses,
 * {"value":[…]} envelopes, OtherProperties custom fields, 429 with Retry-After, and seeded faults.
 */
class PloomesSimulator : public QObject
{
    Q_OBJECT

public:
    explicit PloomesSimulator(QObject *parent = nullptr, Clock *clock = Clock::system());
    ~PloomesSimulator() override;

    bool listen(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    void close();
    quint16 port() const;
    /** e.g. http://127.0.0.1:PORT/ */
    QUrl baseUrl() const;

    void setUserKey(const QString &userKey);
    void setLimits(const PloomesLimitsConfig &limits);
    PloomesLimitsConfig limits() const;
    void setFaults(const FaultConfig &faults);
    void setLatencyMs(int ms);
    /** Answer the next @p count list reads with an empty page (the throttling quirk the reference reports). */
    void injectEmptyPages(int count);
    void setQuirks(const PloomesQuirks &quirks);
    PloomesQuirks quirks() const;

    ViolationCounters violations() const;
    TrafficCounters traffic() const;
    void resetCounters();

    /**
     * Loads users (the sellers, same e-mails as in Omie), countries/states/cities with IBGE codes,
     * phone types, contact statuses, tags, field types and entities, webhook actions, the contacts
     * that exist only in the CRM and the CRM's own orders (for those contacts, with the products
     * they use kept in the family "Produtos" under their Omie codes).
     */
    void seed(const SampleData &data);

    /** Collections by their URL name: "Contacts", "Products", "Products@Families", "Orders", "Users", "Fields", … */
    QList<QJsonObject> records(const QString &collection) const;
    std::optional<QJsonObject> record(const QString &collection, qint64 id) const;
    /** Adds a record as a CRM user would; Id, CreateDate and LastUpdateDate are assigned. Returns the Id. */
    qint64 insert(const QString &collection, QJsonObject record);
    /** Merges @p patch as a user edit and moves LastUpdateDate to now. */
    bool modify(const QString &collection, qint64 id, const QJsonObject &patch);
    bool remove(const QString &collection, qint64 id);
    int count(const QString &collection) const;

    /** Everything the simulator holds, to persist the demo between processes. */
    QJsonObject snapshot() const;
    void restore(const QJsonObject &state);

private:
    void seedCrmOrders(const SampleData &data);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Ponte::Sim
