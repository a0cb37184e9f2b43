#pragma once

#include "ploomes/typedrecords.h"
#include "sync/clientdecisions.h"
#include "sync/entitystep.h"
#include "sync/syncrun.h"

namespace Ponte {

/**
 * Omie clientes ↔ Ploomes contacts, both ways. Reads what changed on each side (everything on a first or full
 * run, to pair before creating), pairs (ClientDecisions::pairClients), decides per pair (detectChange and the
 * refusals), writes in pipelined batches and commits each write through SyncRun::commitWrite(); the contact's
 * "Id (Omie)" follows as a cross-reference. A step that cannot start fails each record it read.
 */
class ClientStep : public EntityStep
{
public:
    explicit ClientStep(SyncRun &run);
    Entity entity() const override { return Entity::Client; }
    void run() override;

private:
    enum class Op { None, CreatePloomes, UpdatePloomes, CreateOmie, UpdateOmie };
    /** One pair of the run and what is done to it. */
    struct Work
    {
        std::optional<Omie::Cliente> o;
        std::optional<Ploomes::Contact> p;
        std::optional<Coupling> c;
        bool link = false;
        Op op = Op::None;
        QJsonObject payload;
        QStringList warnings;
        QString hashO2P; ///< Ploomes-side hash of the Omie record's mapping
        QString hashP2O; ///< Omie-side hash of the Ploomes record's mapping
        bool fixOmieId = false;
        qint64 workId = 0;
        ApiError error;
        QJsonObject ploomesResult;
        qint64 omieResultId = 0;

        QString label() const;
        SyncRun::ItemRef ref() const;
        bool towardsPloomes() const { return op == Op::CreatePloomes || op == Op::UpdatePloomes; }
        bool towardsOmie() const { return op == Op::CreateOmie || op == Op::UpdateOmie; }
    };

    // Read.
    bool readOmie();
    bool readPloomes();
    bool readDueAgain();
    /** The step cannot start: every record it reads fails with the set-up's reason. */
    void failUnstarted();
    /** Each record of the pairs read fails with @p reason (counted, in the history, due again next run). */
    void failEach(const QString &reason);
    // Pair.
    bool pair();
    bool fetchNamedClient(Work &w, qint64 omieId);
    bool loadReferenceData();
    // Decide.
    bool prepare(int start, int end);
    bool prepareOne(Work &w);
    void reportConflict(const Work &w, bool omieWon);
    bool preparePloomesWrite(Work &w, qint64 ploomesId, qint64 omieId, const QString &source);
    /** ConsultarCliente by id, waited for. */
    std::pair<Omie::Cliente, ApiError> readOmieClient(qint64 omieId);
    bool keepOtherOmieAddresses(Work &w, qint64 omieId);
    bool prepareOmieWrite(Work &w, qint64 ploomesId, qint64 omieId, const QString &source);
    bool settleUnwritten(Work &w, qint64 ploomesId, qint64 omieId);
    bool lookUpEarlierCreate(Work &w, Direction dir, qint64 ploomesId, qint64 omieId);
    // Write and commit.
    QList<Work *> opsOf(int start, int end);
    void send(Work *w, std::function<void()> finished);
    void settle(int start, int end);
    SyncRun::Presence lookUpOmieCreate(Work *w);
    void finish(int start, int end);
    bool commitPloomes(Work *w);
    bool commitOmie(Work *w);
    void sendCrossReferences(int start, int end);

    SyncRun &m_run;
    bool m_o2p = false;
    bool m_p2o = false;
    bool m_firstRun = false;
    qint64 m_now = 0;
    QString m_idKey;
    ClientDecisions::ConflictPolicy m_policy = ClientDecisions::ConflictPolicy::NewestWins;
    QString m_policyName;
    QList<Omie::Cliente> m_omieList;
    QSet<qint64> m_omieListed;
    QList<QJsonObject> m_ploomesList;
    QList<Work> m_works;
    int m_done = 0;
};

} // namespace Ponte
