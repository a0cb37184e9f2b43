// The history's closed sets and their stored names: what existing databases, the CSV export and
// `ponte-cli --json` hold must read back as the same value, and a name this version does not know must
// read back as Unknown (shown as such), never as a success.
#include "runvalues.h"
#include "sync/syncoptions.h"
#include "testsupport.h"

#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Ponte::RunStatus)
Q_DECLARE_METATYPE(Ponte::RunTrigger)
Q_DECLARE_METATYPE(Ponte::ItemAction)
Q_DECLARE_METATYPE(Ponte::ItemOutcome)

namespace {
// Each known value once, then names that are not ours: every one must read back as Unknown.
const QStringList kForeignNames{u""_s, u"unknown"_s, u"Succeeded"_s, u" failed"_s, u"done"_s, u"ok "_s, u"would-"_s};

template <typename T> void addRows(const QList<std::pair<T, QString>> &known)
{
    QTest::addColumn<T>("value");
    QTest::addColumn<QString>("name");
    for (const auto &[value, name] : known)
        QTest::newRow(qPrintable(name)) << value << name;
}

template <typename T> void checkRoundTrip()
{
    QFETCH(T, value);
    QFETCH(QString, name);
    QCOMPARE(toName(value), name);
    QCOMPARE(fromName<T>(name), value);
}

template <typename T> void checkForeignNames()
{
    for (const QString &name : kForeignNames)
        QVERIFY2(fromName<T>(name) == T::Unknown, qPrintable(name));
}
} // namespace

class TstRunValues : public QObject
{
    Q_OBJECT

private slots:
    void runStatus_data()
    {
        addRows<RunStatus>({{RunStatus::Running, u"running"_s},
                            {RunStatus::Succeeded, u"succeeded"_s},
                            {RunStatus::Partial, u"partial"_s},
                            {RunStatus::Failed, u"failed"_s},
                            {RunStatus::Cancelled, u"cancelled"_s},
                            {RunStatus::Interrupted, u"interrupted"_s}});
    }
    void runStatus() { checkRoundTrip<RunStatus>(); }

    void runTrigger_data()
    {
        addRows<RunTrigger>({{RunTrigger::Manual, u"manual"_s},
                             {RunTrigger::Schedule, u"schedule"_s},
                             {RunTrigger::Webhook, u"webhook"_s},
                             {RunTrigger::Poll, u"poll"_s},
                             {RunTrigger::Cli, u"cli"_s}});
    }
    void runTrigger() { checkRoundTrip<RunTrigger>(); }

    void itemAction_data()
    {
        addRows<ItemAction>({{ItemAction::None, u"none"_s},
                             {ItemAction::Create, u"create"_s},
                             {ItemAction::Update, u"update"_s},
                             {ItemAction::Link, u"link"_s},
                             {ItemAction::Match, u"match"_s},
                             {ItemAction::Refuse, u"refuse"_s},
                             {ItemAction::WouldRefuse, u"would-refuse"_s},
                             {ItemAction::Setup, u"setup"_s},
                             {ItemAction::Sync, u"sync"_s},
                             {ItemAction::Conflict, u"conflict"_s},
                             {ItemAction::WouldCreateField, u"would-create-field"_s},
                             {ItemAction::WouldCreateFamily, u"would-create-family"_s},
                             {ItemAction::Unlink, u"unlink"_s},
                             {ItemAction::Recreate, u"recreate"_s},
                             {ItemAction::Mirror, u"mirror"_s}});
    }
    void itemAction() { checkRoundTrip<ItemAction>(); }

    void itemOutcome_data()
    {
        addRows<ItemOutcome>({{ItemOutcome::Ok, u"ok"_s},
                              {ItemOutcome::Unchanged, u"unchanged"_s},
                              {ItemOutcome::Skipped, u"skipped"_s},
                              {ItemOutcome::Failed, u"failed"_s},
                              {ItemOutcome::Conflict, u"conflict"_s},
                              {ItemOutcome::WouldCreate, u"would-create"_s},
                              {ItemOutcome::WouldUpdate, u"would-update"_s},
                              {ItemOutcome::WouldLink, u"would-link"_s},
                              {ItemOutcome::WouldUnlink, u"would-unlink"_s},
                              {ItemOutcome::WouldRecreate, u"would-recreate"_s},
                              {ItemOutcome::WouldMirror, u"would-mirror"_s}});
    }
    void itemOutcome() { checkRoundTrip<ItemOutcome>(); }

    void unknownNamesReadAsUnknown()
    {
        checkForeignNames<RunStatus>();
        checkForeignNames<RunTrigger>();
        checkForeignNames<ItemAction>();
        checkForeignNames<ItemOutcome>();
    }

    void unknownValuesAreNotShownAsSuccess()
    {
        // A newer version's status or outcome in the history: labelled as unknown, not as done or succeeded.
        QVERIFY(runStatusDisplayName(RunStatus::Unknown) != runStatusDisplayName(RunStatus::Succeeded));
        QVERIFY(!runStatusDisplayName(RunStatus::Unknown).isEmpty());
        const QString unknownOutcome = itemOutcomeDisplayName(ItemAction::Create, ItemOutcome::Unknown);
        QVERIFY(!unknownOutcome.isEmpty());
        for (ItemAction action : {ItemAction::Create, ItemAction::Update, ItemAction::Link, ItemAction::Unknown})
            QVERIFY(unknownOutcome != itemOutcomeDisplayName(action, ItemOutcome::Ok));
        // The JSON summary never invents a status: a summary nobody set says "unknown".
        QCOMPARE(SyncSummary().toJson().value(u"status"_s).toString(), u"unknown"_s);
    }

    void previewOutcomes()
    {
        QCOMPARE(previewOutcome(ItemAction::Create), ItemOutcome::WouldCreate);
        QCOMPARE(previewOutcome(ItemAction::Update), ItemOutcome::WouldUpdate);
        QCOMPARE(previewOutcome(ItemAction::Link), ItemOutcome::WouldLink);
        QCOMPARE(previewOutcome(ItemAction::Unlink), ItemOutcome::WouldUnlink);
        QCOMPARE(previewOutcome(ItemAction::Recreate), ItemOutcome::WouldRecreate);
        QCOMPARE(previewOutcome(ItemAction::Mirror), ItemOutcome::WouldMirror);
        QCOMPARE(previewOutcome(ItemAction::Setup), ItemOutcome::Unknown);
    }
};

QTEST_GUILESS_MAIN(TstRunValues)
#include "tst_runvalues.moc"
