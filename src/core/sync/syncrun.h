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
#include "store/deletionrepository.h"
#include "store/quarantinerepository.h"
#include "store/queuerepository.h"
#include "store/runrepository.h"
#include "store/settingsrepository.h"
#include "sync/entitystep.h"
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

    // Steps: sellers, clients, products and services are EntityStep classes (sellerstep.h, clientstep.h,
    // productstep.h); orders and service orders run here.
    void syncOrders(Entity entity);
    /** The step class of @p entity; nullptr for the entities still run by a SyncRun member (orders). */
    std::unique_ptr<EntityStep> stepFor(Entity entity);
    // The parts of execute().
    bool startRunRow(SyncSummary &summary);
    void connectServices(int interrupted);
    void runSteps();
    void saveForNextRun();
    RunStatus finalStatus(SyncSummary &summary) const;
    SyncSummary finishRun(SyncSummary &summary, RunStatus status);

    // Set-up and reference data (syncrun_setup.cpp).
    bool ensurePloomesSetup(Entity entity);
    bool ensureOmieIdField(Entity entity);
    bool loadReferenceData();
    bool ensureCities(const QList<QString> &ibgeCodes);
    bool ensureCityIds(const QList<qint64> &cityIds);
    bool ensureTags(const QStringList &names);
    bool ensureProductGroup(Entity entity);
    bool loadOrderDefaults();
    /** Reads one Omie list the order defaults come from; a failure that does not stop the run says why. */
    template <typename Items, typename List> bool readOrderDefaultList(List list, const QString &what, Items &out);
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
    /**
     * The Omie side of it, reading @p alsoRead in the same pass: each id is asked once, as Omie refuses an identical
     * request within its redundancy window.
     */
    void appendDueQuarantinedOmieOrders(Entity E, QList<QJsonObject> &orders, const QList<qint64> &alsoRead = {});
    /** Adds the Ploomes orders with @p ids that @p orders lacks (read by id; @p what names the read if it fails). */
    bool appendPloomesOrders(const QList<qint64> &ids, QList<QJsonObject> &orders, const QString &what);
    /** Adds the Omie orders with @p ids that @p orders lacks (ConsultarPedido/OS); the ids Omie does not have. */
    QList<qint64> appendOmieOrders(Entity E, const QList<qint64> &ids, QList<QJsonObject> &orders, const QString &what);
    void loadSellerLookups();
    void saveReferenceCache();
    QString omieIdFieldKey(Entity entity) const { return m_omieIdField.value(entity); }
    qint64 omieIdFieldId(Entity entity) const { return m_omieIdFieldId.value(entity); }

    // Deletions (syncrun_deletions.cpp).
    /** A pair one of whose records is gone. */
    struct GonePair
    {
        Coupling coupling;
        bool goneFromOmie = false;
        bool goneFromPloomes = false;
        QString label; ///< name of the record left, or of the one deleted
    };
    /**
     * Pairs of @p entity missing from a complete listing of one side (@p omieListed / @p ploomesListed: every
     * id that side listed, nullptr when it was not listed in full) or named by a deletion webhook, each
     * confirmed by a direct look-up by id. A listing that came back empty while pairs exist proves nothing.
     */
    QList<GonePair> findGonePairs(Entity entity, const QSet<qint64> *omieListed, const QSet<qint64> *ploomesListed);
    /**
     * findGonePairs() for the sales or service orders of @p entity: on a --full run every Omie order is listed too
     * (listOmieOrderIds()), so that an order deleted in Omie is found without its webhook.
     */
    QList<GonePair> findGoneOrders(Entity entity);
    /**
     * Ids of every Omie order of @p entity (sales or service orders), whatever its date or status, read in pages of
     * the largest size Omie documents; nullopt when there is no pair to check or the listing was not complete.
     */
    std::optional<QSet<qint64>> listOmieOrderIds(Entity entity);
    /** Look-ups by id: true only when the service answers that the record does not exist. */
    bool goneFromOmie(Entity entity, qint64 omieId);
    bool goneFromPloomes(Entity entity, qint64 ploomesId);
    /** What the administrator chose for @p entity: "unlink" (default), "recreate" or "mirror". */
    QString deletionPolicy(Entity entity) const;
    /**
     * Applies the policy to one gone pair and reports it (history item, "deleted" counter). @p canRecreate /
     * @p canMirror say what the entity's flow allows from that side. Returns the action taken: "unlinked",
     * "recreated" (the coupling is gone and the record left is synced again as new) or "mirrored";
     * empty when a mirror write failed (the pair is kept and tried again by the next run).
     */
    QString settleGonePair(Entity entity, const GonePair &gone, bool canRecreate, bool canMirror);
    /** Deletes the record left of a gone pair (the "mirror" policy). */
    ApiError mirrorDeletion(Entity entity, const GonePair &gone);
    /** Removes the pair's coupling and remembers the deletion, in one transaction; false when the store refused. */
    bool storeDeletion(Entity entity, const GonePair &gone, const QString &action);
    /**
     * Handles the client pairs that a full read (@p fullRead) or a webhook shows deleted on a side, then takes out of
     * @p omieList / @p ploomesList the records that must not be synced: their twin is gone and the policy does not
     * recreate it, in this run or an earlier one. False when the run must stop.
     */
    bool settleClientDeletions(bool fullRead,
                               const QSet<qint64> &omieListed,
                               QList<Omie::Cliente> &omieList,
                               QList<QJsonObject> &ploomesList);
    /** Counts and reports a record left unlinked by an earlier run's deletion. */
    void skipUnlinkedSurvivor(Entity entity, Direction direction, const ItemRef &ref);
    /** Records ids whose twin was deleted and which the policy left unlinked: never paired or created again. */
    QSet<qint64> unlinkedSurvivors(Entity entity, DeletedIn deletedIn) const;
    /**
     * unlinkedSurvivors() that stay out of this run. When the policy is now "recreate" and the flow can create them
     * again from their side (@p canRecreate), those this run read (@p listed) are brought back: synced as new, and
     * no longer kept out by later runs. The others wait for a run that reads them (every full run does).
     */
    QSet<qint64> survivorsKeptOut(Entity entity, DeletedIn deletedIn, bool canRecreate, const QSet<qint64> &listed);

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
    /** What a look-up after a write of unknown outcome showed. */
    enum class Presence { Found, Absent, Unknown };
    struct ItemResult
    {
        QJsonObject item;
        ApiError error;
    };
    // Set-up helpers (syncrun_setup.cpp) that need the types above.
    /** The product group of family @p familyId, created (named as the family) when there is none. */
    bool
    ensureGroupOfFamily(const QString &familyName, qint64 familyId, qint64 *groupId, const ListResult *read = nullptr);
    /**
     * @p found gets the family / group, from @p read when given (made at once by ensureProductGroup()), else read
     * fresh; Unknown when the read failed (fatal() was told).
     */
    Presence findProductFamily(const QString &name, QJsonObject *found, const ListResult *read = nullptr);
    Presence findProductGroup(qint64 familyId, QJsonObject *found, const ListResult *read = nullptr);
    bool loadCachedReference();
    ListResult readCustomFields(qint64 entityId);
    Presence findCustomField(qint64 entityId, const QString &name, QJsonObject *found);
    /** Creates a text custom field (a lost reply is looked up first); @p withType gets it with its type. */
    bool createCustomField(qint64 entityId, const QString &name, QJsonObject *withType);
    /** Makes the custom fields of @p entity known to the catalogue, for every entity sharing its Ploomes entity. */
    void installCustomFields(Entity entity, const QList<FieldInfo> &custom, const QJsonArray &customRows);
    ListResult ploomesGetAll(const QString &path, const Ploomes::Query &query);
    /**
     * Records of @p path whose "Id (Omie)" is @p omieId (any value when empty), by the FieldId filter; when
     * Ploomes forbids it (403) and GET /Account shows the key is fine, by paging with OtherProperties.
     */
    ListResult ploomesWithOmieId(const QString &path, Entity entity, const QString &expand, const QString &omieId = {});
    ItemResult ploomesCreate(const QString &path, const QJsonObject &body, const QString &expand);
    /**
     * ploomesCreate() settled like the writes of a batch (settleWrites()): a lost reply is looked up with
     * @p lookUp (which fills the found record) before the create is sent again.
     */
    ItemResult ploomesCreateSettled(const QString &path,
                                    const QJsonObject &body,
                                    const QString &expand,
                                    const std::function<Presence(QJsonObject *found)> &lookUp);
    /**
     * A step that cannot start (its family, group, custom field or defaults missing or refused): each of its
     * records is counted and recorded as failed with @p reason, and due again on the next run.
     */
    void failStep(Entity entity,
                  Direction direction,
                  const QList<std::pair<ItemRef, QString>> &records,
                  const QString &reason);
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
     * Works through [0, count) in batches, pipelined: up to four batches are prepared and sent before the
     * oldest one's answers are stored (a batch already answered is stored at once), so the services' queues
     * do not run dry while this thread decides and commits. prepare() decides
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
                  const std::function<void(int start, int end)> &finish,
                  const std::function<void(int start, int end)> &settle = {});
    /** A failed write of a batch that another attempt may still settle within the run. */
    struct Rewrite
    {
        ApiError *error = nullptr;
        /** Creates: finds what a lost write may have made and takes it as the write's result. */
        std::function<Presence()> lookUp;
        /** Sends the write again; updates *error (and the result) before calling done(). */
        std::function<void(std::function<void()> done)> resend;
    };
    /**
     * Settles within the run the writes of a batch that failed transiently (pipeline()'s settle step, before
     * the batch is stored): after the back-off of RetryPolicy::decide() a write is sent again, and a create
     * that may have been applied is looked up first: found, it is linked; sent again only when the service
     * says it is absent; when the look-up itself fails, it stays failed and the work queue makes the next
     * run look again. Never creates a duplicate.
     */
    void settleWrites(QList<Rewrite> rewrites);
    /** A Ploomes record by its "Id (Omie)" (into @p found), telling "absent" from "could not tell". */
    Presence
    lookUpPloomes(Entity entity, const QString &path, qint64 omieId, const QString &expand, QJsonObject *found);
    /** Outcome of an Omie Consultar* by integration code: NotFound is absence, other errors tell nothing. */
    Presence omiePresence(const ApiError &error, const QString &context);
    /** Waits @p ms on the run's clock, or less when the run stops. */
    void pause(qint64 ms);
    /**
     * Launches a follow-up write (a cross-reference) without waiting for it, so that it overlaps the
     * next batch; done() must be called when it finishes. waitDetached() waits for all of them.
     */
    void detach(const std::function<void(std::function<void()> done)> &launch);
    void waitDetached();
    /**
     * detach() for an idempotent follow-up write (storing an id, a status): @p send is called again after
     * the back-off of RetryPolicy::decide() while its reply is lost; @p finished gets the last outcome.
     */
    void detachIdempotent(const std::function<void(std::function<void(const ApiError &)> replied)> &send,
                          const std::function<void(const ApiError &, int attempts)> &finished);
    /**
     * Cross-references ("Id (Omie)" in Ploomes) are durable work: queued before they are sent and replayed
     * at the next run when they failed, since the record itself may never show up as changed again. Omie
     * gets none: "PL<id>" only travels inside a create.
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

    /**
     * Checks a store write: on failure remembers it (the run stops at the next check, and nothing more is sent
     * that the database could not record) and returns false.
     */
    bool stored(const Status &status, const QString &what);
    bool stored(const Expected<WorkItem> &result, const QString &what) { return stored(result.status(), what); }
    /**
     * A write succeeded: saves its coupling, closes its work entry and releases its quarantine in one
     * transaction, then counts it (created or updated) and records it in the history. The one place every
     * entity commits a write; false when the database refused (the run stops).
     */
    bool commitWrite(Entity entity,
                     Direction direction,
                     const Coupling &coupling,
                     qint64 workId,
                     const QString &sourceId,
                     const ItemRef &ref,
                     ItemAction action,
                     bool created,
                     const QString &message);
    /** Saves the counters and request counts so far to the run row (an interrupted run shows what it did). */
    void saveProgress();
    /** Remembers a fatal error (authentication, block, unreachable): the run stops at the next check. */
    bool fatal(const ApiError &error, const QString &context, bool write = false);
    bool stopped() const;
    bool cancelled() const;
    RunCounters &counters(Entity entity, Direction direction);
    void record(Entity entity,
                Direction direction,
                const ItemRef &ref,
                ItemAction action,
                ItemOutcome outcome,
                const QString &message = {});
    /**
     * A record looked at and found equal on both sides: counted, and one history line (without a message, to
     * keep the history small) so that every record the run looked at has its outcome there.
     */
    void unchanged(Entity entity, Direction direction, const ItemRef &ref);
    void fail(Entity entity,
              Direction direction,
              const ItemRef &ref,
              const QString &sourceId,
              ItemAction action,
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
    /**
     * Leaves out a record still in quarantine (its delay not over, not edited since it was refused, not waiting only
     * for a link this run made): counted as skipped, with a history line saying why and when it is tried again.
     * True when the record is left out.
     */
    bool skipIfQuarantined(
        Entity entity, Direction direction, const QString &sourceId, const QDateTime &changedAt, const ItemRef &ref);
    void released(Entity entity, Direction direction, const QString &sourceId);
    Status saveCoupling(Coupling coupling);
    QString queueKey(Entity entity, Direction direction, const QString &operation, const QString &sourceId) const;
    /** Marks a create as about to be sent; returns whether an earlier attempt may have reached the service. */
    bool beginCreate(Entity entity, Direction direction, const QString &sourceId, qint64 *workId);
    /** Closes a create's work entry; false when the database refused (the run stops). */
    bool endCreate(qint64 workId, bool done, const QString &error = {});
    std::optional<QDateTime> cursorTime(Entity entity, Direction direction) const;
    void advanceCursor(Entity entity, Direction direction, const QDateTime &to);
    QDateTime activationTime() const;
    std::optional<QDate> backfillSince(Direction direction) const;
    QString conflictPolicy() const;

    friend class SyncRunTestAccess;
    friend class OrderStep;
    friend class ClientStep;
    friend class ProductStep;
    friend class SellerStep;

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
    DeletionRepository m_deletions;

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
    std::optional<Status> m_storeError; ///< the first store write that failed (the run stops)
    QString m_storeContext;

    // Reference data (cached in the settings table between runs).
    bool m_referenceLoaded = false;
    EntityIds m_entityIds;
    qint64 m_textFieldTypeId = 0;
    bool m_omieIdFilterForbidden = false; ///< Ploomes answered 403 to the OtherProperties filter this run
    qint64 m_currencyBrl = 0;             ///< from /Currencies (Short "BRL"); 0 = the account's default
    QHash<Entity, QString> m_omieIdField;
    QHash<Entity, qint64> m_omieIdFieldId;
    /** Ploomes orders holding an Omie id when the run started (a copy may hold one too); read once, on a first or
     * --full run. */
    std::optional<QMultiHash<qint64, QJsonObject>> m_ploomesOrdersByOmieId;
    QHash<Entity, bool> m_setupDone;
    QString m_setupProblem;           ///< why the last ensure…() that failed without stopping the run failed
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
    bool m_orderDefaultsUnreadable = false; ///< an Omie list they come from could not be read (m_setupProblem says why)
    std::optional<QList<QJsonObject>> m_ploomesOrders;
    QDateTime m_ploomesOrdersSince;
    QHash<qint64, QJsonObject> m_contacts;
    RetryPolicy m_writeRetry;
    qint64 m_writeRetries = 0;
    qint64 m_lookUps = 0;
    QObject m_timers; ///< context of the run's own timers (back-off of detached follow-ups)
    int m_detached = 0;
    QEventLoop *m_detachedLoop = nullptr;
    bool m_abandoned = false;
    /** A client, product or service was linked in this run: refusals for a missing link may now pass. */
    bool m_linkedDependencies = false;
};

} // namespace Ponte
