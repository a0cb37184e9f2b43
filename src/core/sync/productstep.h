#pragma once

#include "ploomes/typedrecords.h"
#include "sync/entitystep.h"
#include "sync/productdecisions.h"
#include "sync/syncrun.h"

namespace Ponte {

/**
 * Omie produtos (Entity::Product) or serviços (Entity::Service) → Ploomes products of the family "Produtos" /
 * "Serviços". Reads what changed in Omie, then the set-up (family, group, "Id (Omie)"): when that cannot be made,
 * each item read fails with the reason. Settles deletions, pairs (couplings, then the family's products by
 * "Id (Omie)" or code), decides per item (ProductDecisions::decideProduct), writes in pipelined batches and commits
 * each write through SyncRun::commitWrite().
 */
class ProductStep : public EntityStep
{
public:
    ProductStep(SyncRun &run, Entity entity);
    Entity entity() const override { return m_entity; }
    void run() override;

private:
    /** One Omie item and what is done to it. */
    struct Work
    {
        QJsonObject omie;
        qint64 omieId = 0;
        QString code;
        QString label;
        QDateTime altered;
        std::optional<Coupling> c;
        std::optional<Ploomes::Product> p; ///< matched Ploomes product (first run)
        bool link = false;
        bool create = false;
        bool update = false;
        QJsonObject payload;
        QStringList warnings;
        QString hash;
        qint64 workId = 0;
        ApiError error;
        QJsonObject result;

        SyncRun::ItemRef ref() const;
        qint64 ploomesId() const { return p ? p->id : *c->ploomesId; }
    };

    void add(const QJsonObject &json, qint64 id, const QString &code, const QString &label, const QDateTime &altered);
    bool read();
    void readDueAgain();
    SyncRun::ListResult readFamily();
    bool settleDeletions();
    bool indexFamily();
    bool prepare(int start, int end);
    bool prepareOne(Work &w);
    bool apply(Work &w, ProductDecisions::ProductAction action, const QString &source);
    bool lookUpEarlierCreate(Work &w);
    QList<Work *> opsOf(int start, int end);
    void send(Work *w, std::function<void()> finished);
    void settle(int start, int end);
    void finish(int start, int end);

    SyncRun &m_run;
    const Entity m_entity;
    const bool m_services;
    bool m_firstRun = false;
    qint64 m_now = 0;
    QString m_idKey;
    QList<Work> m_works;
    QSet<qint64> m_seen;
    std::optional<SyncRun::ListResult> m_family;
    QSet<qint64> m_dropPloomes;
    QHash<qint64, Coupling> m_couplingByOmie;
    QHash<qint64, QJsonObject> m_ploomesByOmieId;
    QHash<QString, QJsonObject> m_ploomesByCode;
};

} // namespace Ponte
