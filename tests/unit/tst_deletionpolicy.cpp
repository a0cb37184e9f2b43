// What is done with a pair one of whose records is gone: the administrator's policy applied to the side that lost
// it, without a network or a database.
#include "sync/deletionpolicy.h"

#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Ponte::Entity)
Q_DECLARE_METATYPE(Ponte::Direction)

class TstDeletionPolicy : public QObject
{
    Q_OBJECT

private slots:
    void decide_data()
    {
        QTest::addColumn<Entity>("entity");
        QTest::addColumn<bool>("fromOmie");
        QTest::addColumn<bool>("fromPloomes");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<bool>("canRecreate");
        QTest::addColumn<bool>("canMirror");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<Direction>("direction");
        const Direction o2p = Direction::OmieToPloomes;
        const Direction p2o = Direction::PloomesToOmie;
        QTest::newRow("unlink, gone from Omie")
            << Entity::Client << true << false << u"unlink"_s << true << true << u"unlink"_s << u"unlinked"_s << o2p;
        QTest::newRow("unlink, gone from Ploomes")
            << Entity::Client << false << true << u"unlink"_s << true << true << u"unlink"_s << u"unlinked"_s << p2o;
        QTest::newRow("both gone: unlink whatever was chosen")
            << Entity::Client << true << true << u"mirror"_s << true << true << u"unlink"_s << u"unlinked"_s << o2p;
        QTest::newRow("recreate where the flow can") << Entity::Client << false << true << u"recreate"_s << true
                                                     << false << u"recreate"_s << u"recreated"_s << p2o;
        QTest::newRow("recreate where it cannot: unlink")
            << Entity::Order << true << false << u"recreate"_s << false << true << u"unlink"_s << u"unlinked"_s << o2p;
        QTest::newRow("mirror a client deleted in Ploomes")
            << Entity::Client << false << true << u"mirror"_s << false << true << u"mirror"_s << u"mirrored"_s << p2o;
        QTest::newRow("mirror an order deleted in Omie")
            << Entity::Order << true << false << u"mirror"_s << false << true << u"mirror"_s << u"mirrored"_s << o2p;
        QTest::newRow("never delete an order in Omie")
            << Entity::Order << false << true << u"mirror"_s << false << true << u"unlink"_s << u"unlinked"_s << p2o;
        QTest::newRow("mirror where the flow cannot")
            << Entity::Client << true << false << u"mirror"_s << true << false << u"unlink"_s << u"unlinked"_s << o2p;
        QTest::newRow("a product is reported Omie → Ploomes")
            << Entity::Product << false << true << u"unlink"_s << false << false << u"unlink"_s << u"unlinked"_s << o2p;
        QTest::newRow("an unknown policy unlinks")
            << Entity::Client << true << false << u"burn"_s << true << true << u"unlink"_s << u"unlinked"_s << o2p;
    }
    void decide()
    {
        QFETCH(Entity, entity);
        QFETCH(bool, fromOmie);
        QFETCH(bool, fromPloomes);
        QFETCH(QString, chosen);
        QFETCH(bool, canRecreate);
        QFETCH(bool, canMirror);
        QFETCH(QString, policy);
        QFETCH(QString, outcome);
        QFETCH(Direction, direction);
        const DeletionPolicy::Gone gone{entity, fromOmie, fromPloomes, chosen, canRecreate, canMirror};
        const DeletionPolicy::Decision d = DeletionPolicy::decide(gone);
        QCOMPARE(d.policy, policy);
        QCOMPARE(d.outcome, outcome);
        QCOMPARE(d.direction, direction);
        // A policy that could not be applied is said in the history.
        const bool said = DeletionPolicy::message(gone, d, u"01/12/2026 10:00"_s).contains(u'"' + chosen + u'"');
        QCOMPARE(said, d.downgraded());
        QCOMPARE(d.downgraded(), !(fromOmie && fromPloomes) && chosen != policy);
    }
};

QTEST_GUILESS_MAIN(TstDeletionPolicy)
#include "tst_deletionpolicy.moc"
