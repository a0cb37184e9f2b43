// The backfill keeps both budgets busy: steps and reads that do not depend on each other overlap. Each
// test holds back one answer until the request that should overlap it has left (or, as a safety net for
// an engine that serialises them, until a generous deadline): the assertion is on the order of events,
// never on how long anything took.
#include "syncfixture.h"

#include <QTimer>

#include <functional>

namespace Ponte {

/** Reaches SyncRun's private pipeline (the class names it as a friend). */
class SyncRunTestAccess
{
public:
    static bool pipeline(SyncRun &run,
                         int count,
                         int batchSize,
                         const std::function<bool(int, int)> &prepare,
                         const std::function<void(int, std::function<void()>)> &send,
                         const std::function<void(int, int)> &finish)
    {
        return run.pipeline(
            count, batchSize, prepare,
            [&run, send](int s, int e) {
                return run.startAll(e - s, [s, send](int i, std::function<void()> done) { send(s + i, done); });
            },
            finish);
    }
};

namespace Test {

/**
 * NetworkTransport that holds the answers of the calls @p hold matches until a call @p trigger matches has been
 * sent; released by the trigger, or by the deadline when the engine waits for the held answers first.
 */
class HoldingTransport final : public Transport
{
public:
    using Match = std::function<bool(const HttpCall &)>;
    HoldingTransport(Match hold, Match trigger) : m_hold(std::move(hold)), m_trigger(std::move(trigger))
    {
        m_deadline.setSingleShot(true);
        m_deadline.setInterval(8000); // only reached when the overlap is missing
        QObject::connect(&m_deadline, &QTimer::timeout, &m_deadline, [this] { release(false); });
    }
    Handle send(const HttpCall &call, std::function<void(const RawResponse &)> done) override
    {
        if (!m_released && m_trigger(call)) {
            m_triggeredWhileHolding = m_held > 0 || !m_waiting.isEmpty();
            if (m_triggeredWhileHolding)
                QTimer::singleShot(0, &m_deadline, [this] { release(true); });
        }
        const bool hold = !m_released && m_hold(call);
        if (hold) {
            ++m_held;
            m_deadline.start();
        }
        return m_inner.send(call, [this, hold, done = std::move(done)](const RawResponse &r) {
            if (hold && !m_released) {
                m_waiting.append([done, r] { done(r); });
                return;
            }
            done(r);
        });
    }
    void abort(Handle handle) override { m_inner.abort(handle); }

    /** Whether a triggering call left while an answer was held (the overlap the test asks for). */
    bool overlapped() const { return m_triggeredWhileHolding && m_releasedByTrigger; }
    int held() const { return m_held; }

private:
    void release(bool byTrigger)
    {
        if (m_released)
            return;
        m_released = true;
        m_releasedByTrigger = byTrigger;
        m_deadline.stop();
        const QList<std::function<void()>> waiting = std::exchange(m_waiting, {});
        for (const auto &deliver : waiting)
            deliver();
    }

    NetworkTransport m_inner;
    Match m_hold;
    Match m_trigger;
    QTimer m_deadline;
    QList<std::function<void()>> m_waiting;
    int m_held = 0;
    bool m_released = false;
    bool m_triggeredWhileHolding = false;
    bool m_releasedByTrigger = false;
};

class TstSyncOverlap : public QObject
{
    Q_OBJECT

    static bool isPloomes(const HttpCall &c, const SyncFixture &f)
    {
        return c.url.port() == f.ploomes.baseUrl().port();
    }

    static SyncSummary runWith(SyncFixture &f, Transport &transport, const SyncOptions &options)
    {
        std::atomic_bool cancel{false};
        SyncRun run(*f.profile, f.credentials, options, Clock::system(), &transport, &cancel);
        return run.execute();
    }

private slots:
    void severalBatchesAreInFlightWhileTheOldestIsStored()
    {
        // The engine thread decides and commits while earlier batches are still out: with answers that come only
        // once the thread waits, the pipeline must have sent more than two batches before it stores the first.
        SyncFixture f;
        NetworkTransport transport;
        std::atomic_bool cancel{false};
        SyncRun run(*f.profile, f.credentials, {}, Clock::system(), &transport, &cancel);
        QObject context;
        QStringList events;
        const bool carriedOn = SyncRunTestAccess::pipeline(
            run, 10 * 5, 5,
            [&](int s, int) {
                events.append(u"prepare %1"_s.arg(s / 5));
                return true;
            },
            [&](int, std::function<void()> done) { QTimer::singleShot(0, &context, done); },
            [&](int s, int) { events.append(u"store %1"_s.arg(s / 5)); });
        QVERIFY(carriedOn);
        const qsizetype firstStore = events.indexOf(u"store 0"_s);
        QVERIFY2(firstStore >= 3, qPrintable(events.join(u", "_s)));
        QCOMPARE(events.mid(0, 3), (QStringList{u"prepare 0"_s, u"prepare 1"_s, u"prepare 2"_s}));
        // Every batch is stored once, in order.
        QStringList stores;
        for (const QString &e : std::as_const(events)) {
            if (e.startsWith(u"store"_s))
                stores.append(e);
        }
        QStringList expected;
        for (int b = 0; b < 10; ++b)
            expected.append(u"store %1"_s.arg(b));
        QCOMPARE(stores, expected);
    }

    void firstOrderWriteLeavesBeforeTheLastOmieOrderPage()
    {
        // The last of the order listings (cancellations) is held: the orders of the pages already read must be
        // written to Ploomes meanwhile, with the same outcome as a listing read in full.
        SyncFixture f;
        HoldingTransport transport(
            [&](const HttpCall &c) {
                return !isPloomes(c, f) && c.body.contains("ListarPedidos") && c.body.contains("data_cancelamento_de");
            },
            [&](const HttpCall &c) { return isPloomes(c, f) && c.verb == "POST" && c.url.path() == u"/Orders"_s; });
        const SyncSummary s = runWith(f, transport, SyncFixture::withBackfill());
        QCOMPARE(s.status, RunStatus::Succeeded);
        QVERIFY(transport.held() > 0);
        QVERIFY2(transport.overlapped(), "no Ploomes order write left before the last Omie order page was read");
        const int created = SyncFixture::countOf(s, Entity::Order, Direction::OmieToPloomes, &RunCounters::created);
        QVERIFY(created > 0);
        QCOMPARE(SyncFixture::maxCount(f.ploomesByOmieId(u"Orders"_s, 4)), 1);
        // A second run finds everything in place: nothing was missed or decided differently.
        const SyncSummary again = f.sync();
        QCOMPARE(again.status, RunStatus::Succeeded);
        QCOMPARE(SyncFixture::countOf(again, Entity::Order, Direction::OmieToPloomes, &RunCounters::created), 0);
    }

    void productFamiliesAndGroupsAreReadTogether()
    {
        // Neither read depends on the other: the groups read leaves while the families answer is still held.
        SyncFixture f;
        HoldingTransport transport(
            [&](const HttpCall &c) {
                return isPloomes(c, f) && c.verb == "GET" && c.url.path() == u"/Products@Families"_s;
            },
            [&](const HttpCall &c) {
                return isPloomes(c, f) && c.verb == "GET" && c.url.path() == u"/Products@Groups"_s;
            });
        const SyncSummary s = runWith(f, transport, {});
        QCOMPARE(s.status, RunStatus::Succeeded);
        QVERIFY(transport.held() > 0);
        QVERIFY2(transport.overlapped(), "the product groups were read only after the families had answered");
        QVERIFY(SyncFixture::countOf(s, Entity::Product, Direction::OmieToPloomes, &RunCounters::created) > 0);
        QCOMPARE(SyncFixture::maxCount(f.ploomesByOmieId(u"Products"_s, 10)), 1);
    }
};

} // namespace Test
} // namespace Ponte

QTEST_GUILESS_MAIN(Ponte::Test::TstSyncOverlap)
#include "tst_sync_overlap.moc"
