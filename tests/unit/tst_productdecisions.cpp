// The product/service step's decisions, one row per rule: how an item finds its Ploomes product, and what is done.
#include "sync/productdecisions.h"
#include "sync/sellerdecisions.h"
#include "sync/stepdecisions.h"

#include <QtTest>

using namespace Ponte;
using namespace Ponte::ProductDecisions;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Ponte::ProductDecisions::Match)
Q_DECLARE_METATYPE(Ponte::ProductDecisions::ProductAction)
Q_DECLARE_METATYPE(Ponte::StepStart)
Q_DECLARE_METATYPE(Ponte::SellerDecisions::SellerOutcome)
Q_DECLARE_METATYPE(QList<Ponte::SellerDecisions::UserKey>)

class TstProductDecisions : public QObject
{
    Q_OBJECT

private slots:
    void matchProduct_data()
    {
        QTest::addColumn<bool>("coupled");
        QTest::addColumn<bool>("withOmieId");
        QTest::addColumn<bool>("withCode");
        QTest::addColumn<Match>("match");
        QTest::newRow("coupling first") << true << true << true << Match::Coupled;
        QTest::newRow("then Id (Omie)") << false << true << true << Match::ByOmieId;
        QTest::newRow("then the code") << false << false << true << Match::ByCode;
        QTest::newRow("nothing") << false << false << false << Match::None;
    }
    void matchProduct()
    {
        QFETCH(bool, coupled);
        QFETCH(bool, withOmieId);
        QFETCH(bool, withCode);
        QFETCH(Match, match);
        QCOMPARE(ProductDecisions::matchProduct(coupled, withOmieId, withCode), match);
    }

    void decideProduct_data()
    {
        QTest::addColumn<Match>("match");
        QTest::addColumn<bool>("changed");   ///< the mapping differs from what was stored / what Ploomes has
        QTest::addColumn<bool>("hasOmieId"); ///< the matched product's "Id (Omie)" is the item's
        QTest::addColumn<QString>("name");
        QTest::addColumn<ProductAction>("action");
        QTest::newRow("new item") << Match::None << true << false << u"Parafuso"_s << ProductAction::Create;
        QTest::newRow("coupled, changed") << Match::Coupled << true << false << u"P"_s << ProductAction::Update;
        QTest::newRow("coupled, equal") << Match::Coupled << false << false << u"P"_s << ProductAction::Unchanged;
        QTest::newRow("by Id (Omie), equal") << Match::ByOmieId << false << true << u"P"_s << ProductAction::Link;
        QTest::newRow("by Id (Omie), changed")
            << Match::ByOmieId << true << true << u"P"_s << ProductAction::LinkAndUpdate;
        QTest::newRow("by code, equal but no Id (Omie) yet")
            << Match::ByCode << false << false << u"P"_s << ProductAction::LinkAndUpdate;
        QTest::newRow("by code, equal, Id (Omie) there")
            << Match::ByCode << false << true << u"P"_s << ProductAction::Link;
        QTest::newRow("no description and no code") << Match::None << true << false << u"  "_s << ProductAction::Refuse;
        QTest::newRow("refused even when coupled")
            << Match::Coupled << false << false << QString() << ProductAction::Refuse;
    }
    void decideProduct()
    {
        QFETCH(Match, match);
        QFETCH(bool, changed);
        QFETCH(bool, hasOmieId);
        QFETCH(QString, name);
        QFETCH(ProductAction, action);
        ProductInput in;
        in.match = match;
        in.mapped = u"now"_s;
        in.stored = match == Match::Coupled && !changed ? in.mapped : u"before"_s;
        in.candidateAsIs = match != Match::Coupled && !changed ? in.mapped : u"before"_s;
        in.candidateHasOmieId = hasOmieId;
        in.name = name;
        QCOMPARE(ProductDecisions::decideProduct(in), action);
    }

    void stepStart_data()
    {
        QTest::addColumn<bool>("setupDone");
        QTest::addColumn<bool>("stopped");
        QTest::addColumn<StepStart>("start");
        QTest::newRow("set up") << true << false << StepStart::Go;
        QTest::newRow("set-up failed, run goes on: each record fails") << false << false << StepStart::FailEachRecord;
        QTest::newRow("set-up failed, run stopping") << false << true << StepStart::StopRun;
        QTest::newRow("set up, run stopping") << true << true << StepStart::StopRun;
    }
    void stepStart()
    {
        QFETCH(bool, setupDone);
        QFETCH(bool, stopped);
        QFETCH(StepStart, start);
        QCOMPARE(Ponte::stepStart(setupDone, stopped), start);
    }

    void sellerUsers_data()
    {
        QTest::addColumn<QList<SellerDecisions::UserKey>>("users");
        QTest::addColumn<QString>("email");
        QTest::addColumn<qint64>("userId");
        using U = QList<SellerDecisions::UserKey>;
        QTest::newRow("matched folded") << U{{7, u" Ana@X.com "_s, false}} << u"ana@x.com"_s << qint64(7);
        QTest::newRow("active wins over suspended, either order")
            << U{{7, u"a@x"_s, true}, {8, u"a@x"_s, false}, {9, u"a@x"_s, true}} << u"a@x"_s << qint64(8);
        QTest::newRow("only a suspended one") << U{{7, u"a@x"_s, true}} << u"a@x"_s << qint64(7);
        QTest::newRow("users without e-mail are not matched") << U{{7, QString(), false}} << QString() << qint64(0);
    }
    void sellerUsers()
    {
        QFETCH(QList<SellerDecisions::UserKey>, users);
        QFETCH(QString, email);
        QFETCH(qint64, userId);
        QCOMPARE(SellerDecisions::usersByEmail(users).value(email), userId);
    }

    void decideSeller_data()
    {
        using SellerDecisions::SellerOutcome;
        QTest::addColumn<QString>("email");
        QTest::addColumn<qint64>("coupledTo"); ///< 0: not linked
        QTest::addColumn<SellerOutcome>("outcome");
        QTest::newRow("no e-mail") << QString() << qint64(0) << SellerOutcome::SkipNoEmail;
        QTest::newRow("no such user") << u"b@x"_s << qint64(0) << SellerOutcome::SkipNoUser;
        QTest::newRow("new link") << u"a@x"_s << qint64(0) << SellerOutcome::Link;
        QTest::newRow("already linked") << u"a@x"_s << qint64(7) << SellerOutcome::Unchanged;
        QTest::newRow("linked to another user: re-pointed") << u"a@x"_s << qint64(9) << SellerOutcome::Link;
    }
    void decideSeller()
    {
        QFETCH(QString, email);
        QFETCH(qint64, coupledTo);
        QFETCH(SellerDecisions::SellerOutcome, outcome);
        const QHash<QString, qint64> users{{u"a@x"_s, 7}};
        QCOMPARE(SellerDecisions::decideSeller(email, users,
                                               coupledTo ? std::optional<qint64>(coupledTo) : std::optional<qint64>()),
                 outcome);
    }
};

QTEST_GUILESS_MAIN(TstProductDecisions)
#include "tst_productdecisions.moc"
