// Honest progress: no 100 % while an entity is still due, a preview that never says "written", and an
// estimate that never promises more than the services' limits allow.
#include "progressview.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

namespace {
SyncProgress step(Entity e, SyncProgress::Phase phase, int read, int processed, bool dryRun = false)
{
    SyncProgress p;
    p.entity = e;
    p.direction = Direction::OmieToPloomes;
    p.phase = phase;
    p.read = read;
    p.processed = processed;
    p.written = processed;
    p.dryRun = dryRun;
    return p;
}
} // namespace

class TstProgressView : public QObject
{
    Q_OBJECT

private slots:
    void theEstimateFollowsTheRateLimits_data()
    {
        QTest::addColumn<int>("remaining");
        QTest::addColumn<int>("direction");
        QTest::addColumn<double>("share");
        QTest::addColumn<qint64>("expected");
        // Ploomes writes at 6/s, Omie writes at 240/min (4/s); half the budget in business hours.
        QTest::newRow("60 to Ploomes") << 60 << int(Direction::OmieToPloomes) << 1.0 << qint64(10'000);
        QTest::newRow("60 to Omie") << 60 << int(Direction::PloomesToOmie) << 1.0 << qint64(15'000);
        QTest::newRow("business hours") << 60 << int(Direction::OmieToPloomes) << 0.5 << qint64(20'000);
        QTest::newRow("nothing left") << 0 << int(Direction::OmieToPloomes) << 1.0 << qint64(0);
    }

    void theEstimateFollowsTheRateLimits()
    {
        QFETCH(int, remaining);
        QFETCH(int, direction);
        QFETCH(double, share);
        QFETCH(qint64, expected);
        QCOMPARE(progressEtaMs(remaining, Direction(direction), 240, 6, share), expected);
    }

    void noFullBarWhileAnEntityIsStillDue()
    {
        ProgressView view;
        view.start({Entity::Seller, Entity::Client, Entity::Product}, false);
        view.update(step(Entity::Seller, SyncProgress::Phase::Writing, 6, 6), 0);
        view.update(step(Entity::Seller, SyncProgress::Phase::Done, 6, 6), 0);
        QVERIFY2(view.permille() < 400, qPrintable(QString::number(view.permille()))); // 1 of 3 entities
        view.update(step(Entity::Client, SyncProgress::Phase::Reading, 0, 0), -1);
        view.update(step(Entity::Client, SyncProgress::Phase::Writing, 100, 100), 0);
        view.update(step(Entity::Product, SyncProgress::Phase::Writing, 10, 10), 0);
        QVERIFY(view.permille() < 1000); // every count complete, but the run has not ended
        auto *table = view.findChild<QTableWidget *>(u"progressTableWidget"_s);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 1)->text(), progressPhaseDisplayName(SyncProgress::Phase::Done));
        QCOMPARE(table->item(1, 2)->text(), u"100"_s);
        view.finish();
        QCOMPARE(view.permille(), 1000);
    }

    void aPreviewSaysWhatWouldHappen()
    {
        ProgressView view;
        view.start({Entity::Client}, true);
        view.update(step(Entity::Client, SyncProgress::Phase::Writing, 162, 80, true), -1);
        auto *table = view.findChild<QTableWidget *>(u"progressTableWidget"_s);
        QStringList headers;
        for (int c = 0; c < table->columnCount(); ++c)
            headers << table->horizontalHeaderItem(c)->text();
        QVERIFY2(headers.contains(ProgressView::tr("Would write")), qPrintable(headers.join(u'|')));
        QVERIFY(headers.contains(ProgressView::tr("Would refuse")));
        QVERIFY(!headers.contains(ProgressView::tr("Written")));
        view.finish();
        QCOMPARE(view.findChild<QLabel *>(u"progressPhaseLabel"_s)->text(),
                 ProgressView::tr("Preview finished: nothing was written."));
    }
};

QTEST_MAIN(TstProgressView)
#include "tst_progressview.moc"
