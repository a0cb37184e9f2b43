#pragma once

#include "mapping/fieldcatalog.h"
#include "mapping/lookups.h"
#include "mapping/mapper.h"
#include "mapping/mappingmodel.h"
#include "net/apierror.h"
#include "omie/omieclient.h"
#include "ploomes/ploomesclient.h"
#include "secrets/credentials.h"
#include "store/couplingrepository.h"
#include "store/cursorrepository.h"
#include "store/quarantinerepository.h"
#include "store/queuerepository.h"
#include "store/runrepository.h"
#include "store/settingsrepository.h"
#include "sync/syncoptions.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Ponte {

/** Quarantine class of a refusal whose only cause is a link not made yet (client, product). */
inline QString dependencyErrorClass()
{
    return QStringLiteral("dependency");
}

class Profile;

/** Receives progress from a running sync (called in the worker thread). */
struct ProgressSink
{
    std::function<void(Entity, Direction, int done, int total)> progress;
    std::function<void(const QString &)> message;
    /** The same moments, with the phase and the counts so far (read, written, failed). */
    std::function<void(const SyncProgress &)> detailed;
};

/**
 * One sync run, executed synchronously on the worker thread (it waits for replies with local event
 * loops, so the scheduler still runs requests in parallel within the published limits). Follows
 * DESIGN.md §2: dependency order, incremental cursors advanced after the data is durable, payload
 * hashes, echo detection, conflict policy, dry run, durable work queue with look-up before any
 * create after an ambiguous failure, quarantine, and cancellation between records.
 */
class SyncRun
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::SyncRun)

public:
    SyncRun(Profile &profile,
            const Credentials &credentials,
            const SyncOptions &options,
            Clock *clock,
            Transport *transport,
            const std::atomic_bool *cancel,
            ProgressSink sink = {});
    ~SyncRun();

    SyncSummary execute();

    // --- shared helpers (used by the per-entity steps) ---------------------------------------
    struct ItemRef
    {
        std::optional<qint64> omieId;
        std::optional<qint64> ploomesId;
        QString label;
    };

private:
    struct EntityIds
    {
        qint64 contact = 1;
        qint64 order = 4;
        qint64 product = 10;
    };

    // Steps (one file each).
    void syncSellers();
    void syncClients();
    void syncProductsOrServices(Entity entity);
    void syncOrders(Entity entity);

    // Set-up and reference data (syncrun_setup.cpp).
    bool ensurePloomesSetup(Entity entity);
    bool ensureOmieIdField(Entity entity);
    bool loadReferenceData();
    bool ensureCities(const QList<QString> &ibgeCodes);
    bool ensureCityIds(const QList<qint64> &cityIds);
    bool ensureTags(const QStringList &names);
    bool ensureProductGroup(Entity entity);
    bool loadOrderDefaults();
    /** Ploomes orders changed since @p since, read once per run for both order steps. */
    const QList<QJsonObject> *ploomesOrdersSince(const QDateTime &since);
    /** Ploomes contacts by id, read in bulk and kept for the run. */
    bool loadContacts(const QList<qint64> &ids);
    /**
     * Quarantined records to try in this run: those whose delay is over, and those refused only for a
     * missing link once this run has linked a client, product or service.
     */
    QList<QuarantineEntry> retryable() const;
    /** Adds the orders due again (retryable()) that the incremental read did not bring. */
    bool appendDueQuarantinedPloomesOrders(Entity E, QList<QJsonObject> &orders);
    void appendDueQuarantinedOmieOrders(Entity E, QList<QJsonObject> &orders);
    void loadSellerLookups();
    void saveReferenceCache();
    QString omieIdFieldKey(Entity entity) const { return m_omieIdField.value(entity); }
    qint64 omieIdFieldId(Entity entity) const { return m_omieIdFieldId.value(entity); }

    // Infrastructure.
    /**
     * Runs @p loop until it quits, while watching for a stop: once the run is cancelled or has met a
     * fatal error, every call still queued or waiting (for a pause, a back-off) and every read in
     * flight is abandoned, so that the loop ends within moments; writes in flight finish.
     */
    void execWatched(QEventLoop &loop);
    void abandonPendingCalls();
    template <typename R, typename Start> R wait(Start start)
    {
        std::optional<R> result;
        QEventLoop loop;
        start([&result, &loop](R r) {
            result = std::move(r);
            loop.quit();
        });
        if (!result)
            execWatched(loop);
        return std::move(*result);
    }
    struct ListResult
    {
        QList<QJsonObject> items;
        ApiError error;
    };
    struct ItemResult
    {
        QJsonObject item;
        ApiError error;
    };
    ListResult ploomesGetAll(const QString &path, const Ploomes::Query &query);
    /**
     * Records of @p path whose "Id (Omie)" is @p omieId (any value when empty), by the FieldId filter; when
     * Ploomes forbids it (403) and GET /Account shows the key is fine, by paging with OtherProperties.
     */
    ListResult ploomesWithOmieId(const QString &path, Entity entity, const QString &expand, const QString &omieId = {});
    ItemResult ploomesCreate(const QString &path, const QJsonObject &body, const QString &expand);
    ItemResult ploomesUpdate(const QString &path, qint64 id, const QJsonObject &patch, const QString &expand);

    /** Starts @p count operations at once, then waits until every one has called its done(). */
    void runAll(int count, const std::function<void(int index, std::function<void()> done)> &launch);
    /** Requests started by startAll() and not all answered yet; waitAll() waits for the rest. */
    struct PendingBatch
    {
        int outstanding = 0;
        QEventLoop *loop = nullptr;
    };
    std::shared_ptr<PendingBatch> startAll(int count,
                                           const std::function<void(int index, std::function<void()> done)> &launch);
    void waitAll(const std::shared_ptr<PendingBatch> &batch);
    /**
     * Works through [0, count) in batches, pipelined: batch k+1 is prepared and sent before batch k's
     * answers are stored, so the services' budgets never wait for this thread. prepare() decides
     * (false stops the run), launch() sends and returns what is pending, finish() stores the
     * outcome. Each prepare and each finish is one database transaction: a commit per record would
     * stall the thread and the pacing with it; a crash before a commit leaves the work entries in
     * flight, so the next run looks the records up before creating anything. Returns false when
     * prepare() stopped the run; writes already sent are always answered and stored.
     */
    bool pipeline(int count,
                  int batchSize,
                  const std::function<bool(int start, int end)> &prepare,
                  const std::function<std::shared_ptr<PendingBatch>(int start, int end)> &launch,
                  const std::function<void(int start, int end)> &finish);
    /**
     * Launches a follow-up write (a cross-reference) without waiting for it, so that it overlaps the
     * next batch; done() must be called when it finishes. waitDetached() waits for all of them.
     */
    void detach(const std::function<void(std::function<void()> done)> &launch);
    void waitDetached();
    /**
     * Cross-references ("PL<id>" in Omie, "Id (Omie)" in Ploomes) are durable work: queued before
     * they are sent and replayed at the next run when they failed, since the record itself may
     * never show up as changed again.
     */
    qint64 queueCrossReference(Entity entity, Direction towards, qint64 omieId, qint64 ploomesId);
    void crossReferenceDone(qint64 workId, const ApiError &error);
    void sendCrossReference(Entity entity,
                            Direction towards,
                            qint64 omieId,
                            qint64 ploomesId,
                            const QJsonObject &currentPloomes,
                            qint64 workId);
    void replayCrossReferences(Entity entity);
    /** Sets the "Id (Omie)" custom field of a Ploomes payload. */
    QJsonObject withOmieId(Entity entity, QJsonObject payload, qint64 omieId) const;
    /** The Ploomes record of @p path whose "Id (Omie)" is @p omieId (look-up after an ambiguous create). */
    std::optional<QJsonObject>
    findPloomesByOmieId(Entity entity, const QString &path, qint64 omieId, const QString &expand);
    /** PATCH may replace the whole OtherProperties list: send it merged with what the record has. */
    QJsonObject mergeOtherProperties(QJsonObject payload, const QJsonObject &current) const;
    /** @p base with @p patch applied, nested objects merged key by key (what the service will hold). */
    static QJsonObject deepMerge(QJsonObject base, const QJsonObject &patch);
    QDateTime overlapBefore(const QDateTime &cursor, bool omie) const;

    /** Remembers a fatal error (authentication, block, unreachable): the run stops at the next check. */
    bool fatal(const ApiError &error, const QString &context, bool write = false);
    bool stopped() const;
    bool cancelled() const;
    RunCounters &counters(Entity entity, Direction direction);
    void record(Entity entity,
                Direction direction,
                const ItemRef &ref,
                const QString &action,
                const QString &outcome,
                const QString &message = {});
    void fail(Entity entity,
              Direction direction,
              const ItemRef &ref,
              const QString &sourceId,
              const QString &action,
              const ApiError &error,
              const QString &message);
    void refuse(Entity entity,
                Direction direction,
                const ItemRef &ref,
                const QString &sourceId,
                const QString &reason,
                const QString &errorClass);
    void progress(Entity entity, Direction direction, int done, int total);
    /** Reading when an entity's step begins, Done when it ends (for the directions it runs). */
    void stepPhase(Entity entity, SyncProgress::Phase phase);
    RunCounters countersSoFar(Entity entity, Direction direction) const;
    void emitDetailed(Entity entity, Direction direction, SyncProgress::Phase phase, int done, int total);
    void note(const QString &message);
    bool quarantined(Entity entity, Direction direction, const QString &sourceId, const QDateTime &changedAt);
    void released(Entity entity, Direction direction, const QString &sourceId);
    Status saveCoupling(Coupling coupling);
    QString queueKey(Entity entity, Direction direction, const QString &operation, const QString &sourceId) const;
    /** Marks a create as about to be sent; returns whether an earlier attempt may have reached the service. */
    bool beginCreate(Entity entity, Direction direction, const QString &sourceId, qint64 *workId);
    void endCreate(qint64 workId, bool done, const QString &error = {});
    std::optional<QDateTime> cursorTime(Entity entity, Direction direction) const;
    void advanceCursor(Entity entity, Direction direction, const QDateTime &to);
    QDateTime activationTime() const;
    std::optional<QDate> backfillSince(Direction direction) const;
    QString conflictPolicy() const;

    friend class SyncRunTestAccess;

    Profile &m_profile;
    Credentials m_credentials;
    SyncOptions m_options;
    Clock *m_clock;
    Transport *m_transport;
    const std::atomic_bool *m_cancel;
    ProgressSink m_sink;

    CouplingRepository m_couplings;
    RunRepository m_runs;
    QueueRepository m_queue;
    QuarantineRepository m_quarantine;
    CursorRepository m_cursors;
    SettingsRepository m_settingsStore;

    std::unique_ptr<Omie::Client> m_omie;
    std::unique_ptr<Ploomes::Client> m_ploomes;
    MappingModel m_mapping;
    FieldCatalog m_catalog;
    Lookups m_lookups;
    std::unique_ptr<Mapper> m_mapper;

    qint64 m_runId = 0;
    qint64 m_startedAt = 0;
    QHash<QPair<int, int>, RunCounters> m_counters;
    ApiError m_fatal;
    QString m_fatalContext;

    // Reference data (cached in the settings table between runs).
    bool m_referenceLoaded = false;
    EntityIds m_entityIds;
    qint64 m_textFieldTypeId = 0;
    bool m_omieIdFilterForbidden = false; ///< Ploomes answered 403 to the OtherProperties filter this run
    qint64 m_currencyBrl = 0;             ///< from /Currencies (Short "BRL"); 0 = the account's default
    QHash<Entity, QString> m_omieIdField;
    QHash<Entity, qint64> m_omieIdFieldId;
    /** Ploomes orders holding an Omie id when the run started; read once, on a first or --full run. */
    std::optional<QHash<qint64, QJsonObject>> m_ploomesOrdersByOmieId;
    QHash<Entity, bool> m_setupDone;
    QHash<Entity, qint64> m_familyId; ///< Product → "Produtos", Service → "Serviços"
    QHash<Entity, qint64> m_groupId;
    bool m_statesLoaded = false;
    bool m_tagsLoaded = false;
    // Order defaults resolved for this run.
    bool m_orderDefaultsLoaded = false;
    qint64 m_contaCorrente = 0;
    QString m_categoria;
    QString m_parcela;
    QString m_etapa;   ///< of operation 11 (venda de produto), for pedidos
    QString m_etapaOs; ///< of operation 01 (venda de serviço), for ordens de serviço
    QString m_orderDefaultsProblem;
    QString m_serviceOrderDefaultsProblem;
    std::optional<QList<QJsonObject>> m_ploomesOrders;
    QDateTime m_ploomesOrdersSince;
    QHash<qint64, QJsonObject> m_contacts;
    int m_detached = 0;
    QEventLoop *m_detachedLoop = nullptr;
    bool m_abandoned = false;
    /** A client, product or service was linked in this run: refusals for a missing link may now pass. */
    bool m_linkedDependencies = false;
};

} // namespace Ponte
