#include "store/database.h"
#include "store/runitemsreader.h"
#include "store/runrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

/** The history's records are read away from the window's thread, in full, and tagged with the question. */
class TstRunItemsReader : public QObject
{
    Q_OBJECT

private:
    struct Answer
    {
        quint64 ticket = 0;
        qint64 runId = 0;
        QList<RunItem> items;
        QString error;
        QThread *thread = nullptr;
    };

    /** Asks @p reader (living in its own thread) for @p runId and waits for the answer. */
    static std::optional<Answer> ask(RunItemsReader *reader, quint64 ticket, qint64 runId)
    {
        std::optional<Answer> answer;
        QObject context;
        connect(
            reader, &RunItemsReader::itemsRead, &context,
            [&answer](quint64 t, qint64 r, const QList<RunItem> &items, const QString &error) {
                answer = Answer{t, r, items, error, QThread::currentThread()};
            },
            Qt::DirectConnection); // runs where the reader emits, so the thread can be told
        QMetaObject::invokeMethod(
            reader, [reader, ticket, runId] { reader->read(ticket, runId); }, Qt::QueuedConnection);
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10'000))
            return std::nullopt;
        return answer;
    }

private slots:
    void readsEveryRecordOfTheRunOnItsOwnThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ponte.sqlite"_s);
        Database db;
        QVERIFY(db.open(path).isOk());
        RunRepository runs(db);
        const auto run = runs.start(RunTrigger::Manual, u"both"_s, QString(), false, 1);
        const auto other = runs.start(RunTrigger::Manual, u"both"_s, QString(), false, 2);
        QVERIFY(run.isOk() && other.isOk());
        constexpr int kRecords = 2500;
        QVERIFY(db.connection().transaction());
        for (int i = 0; i < kRecords; ++i) {
            RunItem item;
            item.runId = i % 5 == 0 ? *other : *run;
            item.entity = Entity::Client;
            item.omieId = 1000 + i;
            item.label = u"Cliente %1"_s.arg(i);
            item.action = ItemAction::Create;
            item.outcome = ItemOutcome::Ok;
            QVERIFY(runs.addItem(item).isOk());
        }
        QVERIFY(db.connection().commit());

        QThread thread;
        auto *reader = new RunItemsReader(path);
        reader->moveToThread(&thread);
        connect(&thread, &QThread::finished, reader, &QObject::deleteLater);
        thread.start();
        const auto answer = ask(reader, 7, *run);
        QVERIFY(answer);
        QCOMPARE(answer->ticket, quint64(7));
        QCOMPARE(answer->runId, *run);
        QVERIFY(answer->error.isEmpty());
        QCOMPARE(answer->items.size(), kRecords - kRecords / 5);
        QCOMPARE(answer->items.first().label, u"Cliente 1"_s);
        QCOMPARE(answer->items.last().label, u"Cliente %1"_s.arg(kRecords - 1));
        QCOMPARE(answer->thread, &thread);
        QVERIFY(answer->thread != QThread::currentThread());
        // A second question reuses the reader's connection and gets its own ticket back.
        const auto second = ask(reader, 8, *other);
        QVERIFY(second);
        QCOMPARE(second->ticket, quint64(8));
        QCOMPARE(second->items.size(), kRecords / 5);
        thread.quit();
        QVERIFY(thread.wait(10'000));
    }

    void aDatabaseThatCannotBeOpenedIsSaidSo()
    {
        QTemporaryDir dir; // a folder is not a database file
        QThread thread;
        auto *reader = new RunItemsReader(dir.path());
        reader->moveToThread(&thread);
        connect(&thread, &QThread::finished, reader, &QObject::deleteLater);
        thread.start();
        const auto answer = ask(reader, 3, 1);
        QVERIFY(answer);
        QCOMPARE(answer->ticket, quint64(3));
        QVERIFY(answer->items.isEmpty());
        QVERIFY(!answer->error.isEmpty());
        thread.quit();
        QVERIFY(thread.wait(10'000));
    }
};

QTEST_GUILESS_MAIN(TstRunItemsReader)
#include "tst_runitemsreader.moc"
