#pragma once

#include "sync/entitystep.h"
#include "sync/orderdecisions.h"
#include "sync/syncrun.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace Ponte {

/**
 * The order step, for sales orders (Entity::Order, Omie pedidos de venda) or service orders
 * (Entity::ServiceOrder, Omie ordens de serviço), both paired with Ploomes orders:
 *  - Ploomes → Omie: new Ploomes orders are routed by the family of their products, checked by the
 *    pre-flight and created in Omie with the integration code "PL<id>" and the Omie defaults; Ploomes
 *    then learns the Omie id.
 *  - Omie → Ploomes: the status of paired orders (and, with a backfill, orders made in Omie) goes to Ploomes.
 * The rules are OrderDecisions' pure functions; this class reads, applies them, writes and commits.
 */
class OrderStep : public EntityStep
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::SyncRun)

public:
    OrderStep(SyncRun &run, Entity entity);
    Entity entity() const override { return m_entity; }
    void run() override;

private:
    /** One order on its way through the step (either direction). */
    struct Work
    {
        enum class Op { None, CreateOmie, CreatePloomes, UpdatePloomes };
        std::optional<QJsonObject> p;    ///< Ploomes order
        std::optional<QJsonObject> omie; ///< Omie pedido / OS
        std::optional<Coupling> c;
        Op op = Op::None;
        QJsonObject payload;
        QStringList warnings;
        QString hash;
        qint64 workId = 0;
        ApiError error;
        qint64 omieResultId = 0;
        QString omieNumber;
        QJsonObject ploomesResult;
        QString label;
    };
    using ConsultResult = std::pair<QJsonObject, ApiError>;

    // Start.
    bool start();
    void loadLinks();
    void settleWebhookDeletions();
    /** Settles one gone pair by the policy; true when the record left is to be created again on the other side. */
    bool settleGone(SyncRun::GonePair &g);
    /**
     * Records left by deletions from @p deletedIn that "recreate" brings back and that are not paired again yet:
     * Ploomes order ids (deleted in Omie) or Omie order ids (deleted in Ploomes).
     */
    QSet<qint64> toRecreate(DeletedIn deletedIn) const;
    QString goneLabel(const Coupling &c) const;
    SyncRun::ItemRef ref(const Work &w) const;
    qint64 omieIdOf(const QJsonObject &omieOrder) const;
    QDateTime alteredOf(const QJsonObject &omieOrder) const;
    /** When the step could not start: each record it would have carried fails with the reason. */
    void failAll(Direction direction);
    /**
     * SyncRun::pipeline() over m_works from index @p from with the direction's member functions (prepare: one
     * record; false stops).
     */
    bool runBatches(bool (OrderStep::*prepare)(Work &),
                    QList<Work *> (OrderStep::*ops)(int, int),
                    void (OrderStep::*send)(Work *, const std::function<void()> &),
                    void (OrderStep::*finish)(int, int),
                    void (OrderStep::*settle)(int, int),
                    int from = 0);

    // Ploomes → Omie.
    bool toOmie();
    bool collectPloomesOrders(const QList<QJsonObject> &orders, QDateTime *maxSeen, QList<qint64> *contactIds);
    void considerPloomesOrder(const QJsonObject &order, QList<qint64> *contactIds);
    bool loadOmieDefaults(const QList<qint64> &contactIds);
    QList<Work *> toOmieOps(int start, int end);
    ConsultResult consultByCode(const QString &code);
    OrderDecisions::PloomesOrderFacts preflightFacts(const QJsonObject &order) const;
    bool prepareOneToOmie(Work &w);
    QJsonArray omieLines(const QJsonObject &order) const;
    QJsonObject omiePayload(const QJsonObject &order, qint64 omieClient, QStringList *warnings);
    void sendToOmie(Work *w, const std::function<void()> &finished);
    void settleToOmie(int start, int end);
    void finishToOmie(int start, int end);
    bool commitToOmie(Work *w);
    void storeOmieIdsInPloomes(const QList<Work *> &followUps);

    // Omie → Ploomes.
    bool toPloomes();
    /** The Omie order listing being read: pages arrive while the step writes the orders of earlier ones. */
    struct OmieRead
    {
        QList<QJsonObject> pending; ///< orders read and not yet taken
        bool finished = false;
        ApiError error;
        QEventLoop *loop = nullptr; ///< quit when a page or the end arrives
    };
    std::shared_ptr<OmieRead> startOmieRead(const Omie::ListFilter &filter);
    /** Waits for the next pages (all that arrived); empty at the end; false when the run stops or the read failed. */
    bool nextOmieOrders(OmieRead &read, QList<QJsonObject> *orders);
    bool readPloomesOrdersWithOmieId(bool firstOrFull);
    bool settleFullReadDeletions();
    bool collectOmieOrders(const QList<QJsonObject> &orders, QDateTime *maxSeen, QList<qint64> *ploomesToRead);
    enum class Keep { Yes, Drop, Stop };
    /** Pairs an Omie order (restoring or making the link when the rules say so). */
    Keep pairOmieOrder(Work &w, qint64 id);
    bool readPloomesOrders(QList<qint64> ids);
    QList<Work *> toPloomesOps(int start, int end);
    bool prepareOneToPloomes(Work &w);
    bool backfillPayload(Work &w, const QJsonObject &mapped, qint64 omieId);
    void sendToPloomes(Work *w, const std::function<void()> &finished);
    void settleToPloomes(int start, int end);
    void finishToPloomes(int start, int end);

    SyncRun &r;
    const Entity m_entity;
    const bool m_service;
    bool m_setupFailed = false;
    QString m_setupReason;
    qint64 m_now = 0;
    QDateTime m_activation;
    std::optional<QDate> m_backfill;
    std::optional<QDateTime> m_cursor;
    QSet<qint64> m_unlinkedPloomes;
    QSet<qint64> m_unlinkedOmie;
    QSet<qint64> m_settledNow;
    QSet<qint64> m_recreateInOmie;    ///< Ploomes orders whose Omie twin was deleted, created there again
    QSet<qint64> m_recreateInPloomes; ///< Omie orders whose Ploomes twin was deleted, imported again
    // Links made by the earlier steps.
    QHash<qint64, qint64> m_omieProductByPloomes;
    QHash<qint64, qint64> m_ploomesProductByOmie;
    QHash<qint64, Entity> m_familyOfPloomesProduct;
    QHash<qint64, qint64> m_omieClientByContact;
    QHash<qint64, qint64> m_contactByOmieClient;
    QList<Work> m_works; ///< of the direction being run
    QSet<qint64> m_seen;
    QHash<qint64, QJsonObject> m_ploomesById;
    QMultiHash<qint64, QJsonObject> m_ploomesByOmieId;
};

} // namespace Ponte
