// The client step's decisions, one row per rule: which records pair, which side is written, what is refused.
#include "sync/clientdecisions.h"

#include <QtTest>

using namespace Ponte;
using namespace Ponte::ClientDecisions;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<Ponte::ClientDecisions::OmieKey>)
Q_DECLARE_METATYPE(QList<Ponte::ClientDecisions::PloomesKey>)
Q_DECLARE_METATYPE(QList<Ponte::ClientDecisions::CouplingKey>)
Q_DECLARE_METATYPE(Ponte::ClientDecisions::ConflictPolicy)
Q_DECLARE_METATYPE(Ponte::ClientDecisions::Refusal)

namespace {
/** "o0p1c0L" per pair: Omie index, Ploomes index, coupling index, L when linked now, f<id> when fetched. */
QString describe(const QList<Pair> &pairs)
{
    QStringList out;
    for (const Pair &p : pairs) {
        QString s;
        if (p.omie >= 0)
            s += u"o"_s + QString::number(p.omie);
        if (p.ploomes >= 0)
            s += u"p"_s + QString::number(p.ploomes);
        if (p.coupling >= 0)
            s += u"c"_s + QString::number(p.coupling);
        if (p.link)
            s += u"L"_s;
        if (p.fetchOmieId)
            s += u"f"_s + QString::number(p.fetchOmieId);
        out.append(s);
    }
    return out.join(u' ');
}

const QString kCpf = u"52998224725"_s;
const QString kCnpj = u"11222333000181"_s;
} // namespace

class TstClientDecisions : public QObject
{
    Q_OBJECT

private slots:
    void isClient_data()
    {
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<bool>("client");
        QTest::newRow("untagged") << QStringList() << true;
        QTest::newRow("tagged Cliente") << QStringList{u"VIP"_s, u"Cliente"_s} << true;
        QTest::newRow("tag compared folded") << QStringList{u"CLIENTE"_s} << true;
        QTest::newRow("supplier only") << QStringList{u"Fornecedor"_s} << false;
    }
    void isClient()
    {
        QFETCH(QStringList, tags);
        QFETCH(bool, client);
        QCOMPARE(ClientDecisions::isClient(tags), client);
    }

    void pairClients_data()
    {
        using O = QList<OmieKey>;
        using P = QList<PloomesKey>;
        using C = QList<CouplingKey>;
        QTest::addColumn<O>("omie");
        QTest::addColumn<P>("ploomes");
        QTest::addColumn<C>("couplings");
        QTest::addColumn<QString>("pairs");
        QTest::newRow("coupled pair") << O{{1, {}, u"1"_s}} << P{{10, 0, u"2"_s}} << C{{1, 10}} << u"o0p0c0"_s;
        QTest::newRow("coupled, contact not read") << O{{1, {}, {}}} << P{} << C{{1, 10}} << u"o0c0"_s;
        QTest::newRow("contact coupled, client not read") << O{} << P{{10, 0, {}}} << C{{5, 10}} << u"p0c0"_s;
        QTest::newRow("by the contact's Id (Omie)") << O{{1, {}, u"A"_s}} << P{{10, 1, u"B"_s}} << C{} << u"o0p0L"_s;
        QTest::newRow("by the PL code") << O{{1, u"PL10"_s, {}}} << P{{10, 0, {}}} << C{} << u"o0p0L"_s;
        QTest::newRow("a code that is not PL<id> pairs nothing")
            << O{{1, u"10"_s, {}}} << P{{10, 0, {}}} << C{} << u"o0 p0"_s;
        QTest::newRow("by CNPJ/CPF") << O{{1, {}, kCpf}} << P{{10, 0, kCpf}} << C{} << u"o0p0L"_s;
        QTest::newRow("an empty document pairs nothing") << O{{1, {}, {}}} << P{{10, 0, {}}} << C{} << u"o0 p0"_s;
        QTest::newRow("Id (Omie) beats CNPJ/CPF")
            << O{{1, {}, kCpf}} << P{{10, 0, kCpf}, {11, 1, {}}} << C{} << u"o0p1L p0"_s;
        QTest::newRow("a contact pairs with one client only")
            << O{{1, {}, {}}, {2, {}, kCpf}} << P{{10, 1, kCpf}} << C{} << u"o0p0L o1"_s;
        QTest::newRow("a coupled contact is never paired again")
            << O{{2, {}, kCpf}} << P{{10, 0, kCpf}} << C{{1, 10}} << u"o0 p0c0"_s;
        QTest::newRow("two contacts with one CNPJ: the other stays alone")
            << O{{1, {}, kCnpj}} << P{{10, 0, kCnpj}, {11, 0, kCnpj}} << C{} << u"o0p1L p0"_s;
        QTest::newRow("a contact naming an unread client fetches it") << O{} << P{{10, 55, {}}} << C{} << u"p0f55"_s;
        QTest::newRow("a contact naming a coupled client fetches nothing")
            << O{} << P{{10, 55, {}}} << C{{55, 99}} << u"p0"_s;
    }
    void pairClients()
    {
        QFETCH(QList<OmieKey>, omie);
        QFETCH(QList<PloomesKey>, ploomes);
        QFETCH(QList<CouplingKey>, couplings);
        QFETCH(QString, pairs);
        QCOMPARE(describe(ClientDecisions::pairClients(omie, ploomes, couplings)), pairs);
    }

    void conflictPolicy_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<ConflictPolicy>("policy");
        QTest::newRow("omie-wins") << u"omie-wins"_s << ConflictPolicy::OmieWins;
        QTest::newRow("newest-wins") << u"newest-wins"_s << ConflictPolicy::NewestWins;
        QTest::newRow("ploomes-wins") << u"ploomes-wins"_s << ConflictPolicy::PloomesWins;
        QTest::newRow("anything else: Ploomes wins") << u"?"_s << ConflictPolicy::PloomesWins;
    }
    void conflictPolicy()
    {
        QFETCH(QString, setting);
        QFETCH(ConflictPolicy, policy);
        QCOMPARE(conflictPolicyFrom(setting), policy);
    }

    void detectChange_data()
    {
        // state: "new-omie", "new-ploomes", "coupled" or "linked"; changedOmie/changedPloomes: that side differs.
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("directions");
        QTest::addColumn<bool>("changedOmie");
        QTest::addColumn<bool>("changedPloomes");
        QTest::addColumn<ConflictPolicy>("policy");
        QTest::addColumn<int>("omieNewerBy"); ///< seconds
        QTest::addColumn<QString>("write");
        QTest::addColumn<bool>("conflict");
        const auto N = ConflictPolicy::NewestWins;
        QTest::newRow("new Omie client") << u"new-omie"_s << u"both"_s << true << false << N << 0 << u"ploomes"_s
                                         << false;
        QTest::newRow("new contact") << u"new-ploomes"_s << u"both"_s << false << true << N << 0 << u"omie"_s << false;
        QTest::newRow("new Omie client, Ploomes → Omie run")
            << u"new-omie"_s << u"p2o"_s << true << false << N << 0 << u"none"_s << false;
        QTest::newRow("new contact, Omie → Ploomes run")
            << u"new-ploomes"_s << u"o2p"_s << false << true << N << 0 << u"none"_s << false;
        QTest::newRow("coupled, unchanged")
            << u"coupled"_s << u"both"_s << false << false << N << 0 << u"none"_s << false;
        QTest::newRow("coupled, changed in Omie")
            << u"coupled"_s << u"both"_s << true << false << N << 0 << u"ploomes"_s << false;
        QTest::newRow("coupled, changed in Ploomes")
            << u"coupled"_s << u"both"_s << false << true << N << 0 << u"omie"_s << false;
        QTest::newRow("both changed, omie-wins")
            << u"coupled"_s << u"both"_s << true << true << ConflictPolicy::OmieWins << -60 << u"ploomes"_s << true;
        QTest::newRow("both changed, ploomes-wins")
            << u"coupled"_s << u"both"_s << true << true << ConflictPolicy::PloomesWins << 60 << u"omie"_s << true;
        QTest::newRow("both changed, newest-wins, Omie newer")
            << u"coupled"_s << u"both"_s << true << true << N << 60 << u"ploomes"_s << true;
        QTest::newRow("both changed, newest-wins, same time: Omie")
            << u"coupled"_s << u"both"_s << true << true << N << 0 << u"ploomes"_s << true;
        QTest::newRow("both changed, newest-wins, Ploomes newer")
            << u"coupled"_s << u"both"_s << true << true << N << -60 << u"omie"_s << true;
        QTest::newRow("both changed, one-way run: no conflict")
            << u"coupled"_s << u"o2p"_s << true << true << N << -60 << u"ploomes"_s << false;
        QTest::newRow("linked now, equal")
            << u"linked"_s << u"both"_s << false << false << N << 0 << u"none"_s << false;
        QTest::newRow("linked now, differ: the policy picks, no conflict reported")
            << u"linked"_s << u"both"_s << true << true << ConflictPolicy::PloomesWins << 0 << u"omie"_s << false;
        QTest::newRow("linked now, Omie differs")
            << u"linked"_s << u"both"_s << true << false << N << 0 << u"ploomes"_s << false;
    }
    void detectChange()
    {
        QFETCH(QString, state);
        QFETCH(QString, directions);
        QFETCH(bool, changedOmie);
        QFETCH(bool, changedPloomes);
        QFETCH(ConflictPolicy, policy);
        QFETCH(int, omieNewerBy);
        QFETCH(QString, write);
        QFETCH(bool, conflict);
        ChangeInput in;
        in.towardsPloomes = directions != u"p2o"_s;
        in.towardsOmie = directions != u"o2p"_s;
        in.hasOmie = state != u"new-ploomes"_s;
        in.hasPloomes = state != u"new-omie"_s;
        in.coupled = state == u"coupled"_s;
        in.link = state == u"linked"_s;
        in.omieMapped = u"omie-now"_s;
        in.ploomesMapped = u"ploomes-now"_s;
        (in.coupled ? in.storedPloomes : in.ploomesAsIs) = changedOmie ? u"before"_s : in.omieMapped;
        (in.coupled ? in.storedOmie : in.omieAsIs) = changedPloomes ? u"before"_s : in.ploomesMapped;
        in.policy = policy;
        in.ploomesAltered = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        in.omieAltered = in.ploomesAltered.addSecs(omieNewerBy);
        const Change c = ClientDecisions::detectChange(in);
        const QString written = c.write == Change::Write::Ploomes ? u"ploomes"_s
                                : c.write == Change::Write::Omie  ? u"omie"_s
                                                                  : u"none"_s;
        QCOMPARE(written, write);
        QCOMPARE(c.conflict, conflict);
        if (conflict)
            QCOMPARE(c.omieWon, write == u"ploomes"_s);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("towards");
        QTest::addColumn<bool>("create");
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("name");
        QTest::addColumn<Refusal>("refusal");
        QTest::newRow("Ploomes: named") << u"ploomes"_s << true << QString() << u"ACME"_s << Refusal::None;
        QTest::newRow("Ploomes: blank name") << u"ploomes"_s << true << QString() << u"  "_s << Refusal::NoName;
        QTest::newRow("Omie create: valid CPF") << u"omie"_s << true << kCpf << u"Ana"_s << Refusal::None;
        QTest::newRow("Omie create: valid CNPJ, formatted")
            << u"omie"_s << true << u"11.222.333/0001-81"_s << u"ACME"_s << Refusal::None;
        QTest::newRow("Omie create: no document") << u"omie"_s << true << u" - "_s << u"Ana"_s << Refusal::NoDocument;
        QTest::newRow("Omie create: bad check digits")
            << u"omie"_s << true << u"52998224724"_s << u"Ana"_s << Refusal::InvalidDocument;
        QTest::newRow("Omie create: no razão social") << u"omie"_s << true << kCpf << u" "_s << Refusal::NoName;
        QTest::newRow("Omie update: identified by id alone")
            << u"omie"_s << false << QString() << QString() << Refusal::None;
    }
    void refusals()
    {
        QFETCH(QString, towards);
        QFETCH(bool, create);
        QFETCH(QString, document);
        QFETCH(QString, name);
        QFETCH(Refusal, refusal);
        QCOMPARE(towards == u"ploomes"_s ? refusalTowardsPloomes(name) : refusalTowardsOmie(create, document, name),
                 refusal);
    }

    void omieIdOnContact_data()
    {
        QTest::addColumn<bool>("dryRun");
        QTest::addColumn<bool>("hasContact");
        QTest::addColumn<qint64>("omieId");
        QTest::addColumn<bool>("updatesContact");
        QTest::addColumn<qint64>("stored");
        QTest::addColumn<bool>("needed");
        QTest::newRow("missing on the contact") << false << true << qint64(5) << false << qint64(0) << true;
        QTest::newRow("another id on the contact") << false << true << qint64(5) << false << qint64(4) << true;
        QTest::newRow("already there") << false << true << qint64(5) << false << qint64(5) << false;
        QTest::newRow("the contact's update carries it") << false << true << qint64(5) << true << qint64(0) << false;
        QTest::newRow("dry run writes nothing") << true << true << qint64(5) << false << qint64(0) << false;
        QTest::newRow("no contact") << false << false << qint64(5) << false << qint64(0) << false;
        QTest::newRow("no Omie client yet") << false << true << qint64(0) << false << qint64(0) << false;
    }
    void omieIdOnContact()
    {
        QFETCH(bool, dryRun);
        QFETCH(bool, hasContact);
        QFETCH(qint64, omieId);
        QFETCH(bool, updatesContact);
        QFETCH(qint64, stored);
        QFETCH(bool, needed);
        QCOMPARE(needsOmieIdOnContact(dryRun, hasContact, omieId, updatesContact, stored), needed);
    }

    void emailForOmie_data()
    {
        QTest::addColumn<QString>("omieNow");
        QTest::addColumn<QString>("fromPloomes");
        QTest::addColumn<QString>("written");
        QTest::newRow("one address, changed") << u"a@x.com"_s << u"c@z.com"_s << u"c@z.com"_s;
        QTest::newRow("several, the first unchanged: as it is")
            << u"A@x.com; b@y.com"_s << u"a@x.com"_s << u"A@x.com; b@y.com"_s;
        QTest::newRow("several, the first changed: the others stay")
            << u"a@x.com, b@y.com,c@w.com"_s << u"c@z.com"_s << u"c@z.com, b@y.com, c@w.com"_s;
        QTest::newRow("Ploomes now holds the second one") << u"a@x.com, b@y.com"_s << u"b@y.com"_s << u"b@y.com"_s;
        QTest::newRow("cleared in Ploomes: the first goes") << u"a@x.com, b@y.com"_s << QString() << u"b@y.com"_s;
        QTest::newRow("empty in Omie") << QString() << u"c@z.com"_s << u"c@z.com"_s;
    }
    void emailForOmie()
    {
        QFETCH(QString, omieNow);
        QFETCH(QString, fromPloomes);
        QFETCH(QString, written);
        QCOMPARE(ClientDecisions::emailForOmie(omieNow, fromPloomes), written);
    }
};

QTEST_GUILESS_MAIN(TstClientDecisions)
#include "tst_clientdecisions.moc"
