#include "store/database.h"
#include "store/deletionrepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

namespace {
QStringList columnsOf(Database &db, const QString &table)
{
    QStringList columns;
    QSqlQuery q(db.connection());
    q.exec(u"PRAGMA table_info("_s + table + u")"_s);
    while (q.next())
        columns << q.value(1).toString();
    return columns;
}

QString pragma(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    q.exec(u"PRAGMA "_s + name);
    return q.next() ? q.value(0).toString() : QString();
}
} // namespace

class TstDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void freshDatabaseIsMigratedToLatest()
    {
        Database db;
        const Status s = db.open(path(u"fresh.sqlite"_s));
        QVERIFY2(s.isOk(), qPrintable(s.message() + s.detail()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QVERIFY(Database::latestVersion() >= 1);
        // The schema the engine depends on (DESIGN.md §2).
        QVERIFY(columnsOf(db, u"couplings"_s).contains(u"omie_hash"_s));
        QVERIFY(columnsOf(db, u"couplings"_s).contains(u"ploomes_hash"_s));
        QVERIFY(columnsOf(db, u"couplings"_s).contains(u"last_sync_at"_s));
        QVERIFY(columnsOf(db, u"sync_runs"_s).contains(u"omie_requests"_s));
        QVERIFY(columnsOf(db, u"run_items"_s).contains(u"message"_s));
        QVERIFY(columnsOf(db, u"run_counters"_s).contains(u"conflicts"_s));
        QVERIFY(columnsOf(db, u"work_queue"_s).contains(u"idempotency_key"_s));
        QVERIFY(columnsOf(db, u"quarantine"_s).contains(u"next_attempt_at"_s));
        QVERIFY(columnsOf(db, u"cursors"_s).contains(u"value"_s));
        QVERIFY(columnsOf(db, u"settings"_s).contains(u"value"_s));
    }

    void pragmasAreApplied()
    {
        Database db;
        QVERIFY(db.open(path(u"pragmas.sqlite"_s)).isOk());
        QCOMPARE(pragma(db, u"journal_mode"_s), u"wal"_s);
        QCOMPARE(pragma(db, u"foreign_keys"_s), u"1"_s);
        QCOMPARE(pragma(db, u"synchronous"_s), u"1"_s); // NORMAL
    }

    void omieIdsAre64Bit()
    {
        Database db;
        QVERIFY(db.open(path(u"ids.sqlite"_s)).isOk());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"INSERT INTO couplings (entity, omie_id, created_at) VALUES ('clients', 11118224339, 0)"_s));
        QVERIFY(q.exec(u"SELECT omie_id FROM couplings"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 11118224339LL);
    }

    void reopeningIsIdempotent()
    {
        const QString file = path(u"reopen.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(file).isOk());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"INSERT INTO settings VALUES ('k', 'v')"_s));
        }
        Database db;
        QVERIFY(db.open(file).isOk());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT value FROM settings WHERE key = 'k'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"v"_s);
    }

    void olderDatabaseIsUpgradedKeepingData()
    {
        const QString file = path(u"upgrade.sqlite"_s);
        QList<Migration> v1 = Database::migrations().mid(0, 1);
        {
            Database db;
            QVERIFY(db.open(file, v1).isOk());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"INSERT INTO cursors VALUES ('clients', 'omie-to-ploomes', 'x', 1)"_s));
        }
        QList<Migration> v2 = v1;
        v2.append({2, u"test step"_s, {u"ALTER TABLE cursors ADD COLUMN note TEXT DEFAULT 'n'"_s}});
        Database db;
        const Status s = db.open(file, v2);
        QVERIFY2(s.isOk(), qPrintable(s.message()));
        QCOMPARE(db.schemaVersion(), 2);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT value, note FROM cursors"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"x"_s);
        QCOMPARE(q.value(1).toString(), u"n"_s);
    }

    void versionTwoDatabaseGainsTheDeletionRecords()
    {
        // An installation of the previous release: its run counters and couplings survive the upgrade.
        const QString file = path(u"v2.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(file, Database::migrations().mid(0, 2)).isOk());
            QCOMPARE(db.schemaVersion(), 2);
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"INSERT INTO sync_runs (id, started_at, trigger, direction, status) "
                           "VALUES (7, 1, 'cli', 'both', 'succeeded')"_s));
            QVERIFY(q.exec(u"INSERT INTO run_counters (run_id, entity, direction, created) "
                           "VALUES (7, 'clients', 'omie-to-ploomes', 5)"_s));
            QVERIFY(q.exec(u"INSERT INTO couplings (entity, omie_id, ploomes_id, created_at) "
                           "VALUES ('clients', 11118224339, 401000001, 0)"_s));
        }
        Database db;
        const Status s = db.open(file);
        QVERIFY2(s.isOk(), qPrintable(s.message() + s.detail()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QVERIFY(db.schemaVersion() >= 3);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT created, deleted FROM run_counters WHERE run_id = 7"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 5);
        QCOMPARE(q.value(1).toInt(), 0);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM couplings"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        for (const QString &column : {u"deleted_in"_s, u"omie_id"_s, u"ploomes_id"_s, u"action"_s, u"detected_at"_s})
            QVERIFY2(columnsOf(db, u"deletions"_s).contains(column), qPrintable(column));
        // Only the two sides and the three actions are accepted.
        QVERIFY(!q.exec(u"INSERT INTO deletions (entity, deleted_in, action, detected_at) "
                        "VALUES ('clients', 'elsewhere', 'unlinked', 1)"_s));
        QVERIFY(q.exec(u"INSERT INTO deletions (entity, deleted_in, omie_id, action, detected_at) "
                       "VALUES ('clients', 'ploomes', 11118224339, 'unlinked', 1)"_s));
    }

    void aSurvivorBroughtBackIsNoLongerKeptOut()
    {
        Database db;
        QVERIFY(db.open(path(u"survivors.sqlite"_s)).isOk());
        DeletionRepository deletions(db);
        DeletionRecord r;
        r.entity = Entity::Client;
        r.deletedIn = DeletedIn::Ploomes;
        r.action = u"unlinked"_s;
        for (qint64 omieId : {11118224339LL, 11118224340LL}) {
            r.omieId = omieId;
            r.ploomesId = omieId - 11000000000LL;
            QVERIFY(deletions.add(r).isOk());
        }
        QCOMPARE(deletions.unlinkedSurvivors(Entity::Client, DeletedIn::Ploomes).size(), 2);
        // Brought back by a "recreate" policy: that one is paired or created again like any record.
        QVERIFY(deletions.markRecreated(Entity::Client, DeletedIn::Ploomes, {11118224339LL}).isOk());
        QCOMPARE(deletions.unlinkedSurvivors(Entity::Client, DeletedIn::Ploomes), QSet<qint64>{11118224340LL});
        // The other side's survivors and other entities are untouched.
        QVERIFY(deletions.markRecreated(Entity::Product, DeletedIn::Ploomes, {11118224340LL}).isOk());
        QVERIFY(deletions.markRecreated(Entity::Client, DeletedIn::Omie, {11118224340LL}).isOk());
        QCOMPARE(deletions.unlinkedSurvivors(Entity::Client, DeletedIn::Ploomes), QSet<qint64>{11118224340LL});
        QCOMPARE(deletions.count(Entity::Client), 2);
    }

    void brokenMigrationRollsBackAndReports()
    {
        const QString file = path(u"broken.sqlite"_s);
        QList<Migration> steps = Database::migrations().mid(0, 1);
        {
            Database db;
            QVERIFY(db.open(file, steps).isOk());
        }
        steps.append({2, u"broken"_s, {u"CREATE TABLE half_done (x INTEGER)"_s, u"THIS IS NOT SQL"_s}});
        Database db;
        const Status s = db.open(file, steps);
        QVERIFY(!s.isOk());
        QVERIFY(s.message().contains(u"2"_s));
        QVERIFY(!db.isOpen());
        // Nothing of the failed step may remain.
        Database check;
        QVERIFY(check.open(file, steps.mid(0, 1)).isOk());
        QCOMPARE(check.schemaVersion(), 1);
        QSqlQuery q(check.connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void skippedMigrationIsDetected()
    {
        QList<Migration> steps = Database::migrations().mid(0, 1);
        steps.append({3, u"gap"_s, {u"SELECT 1"_s}});
        Database db;
        const Status s = db.open(path(u"gap.sqlite"_s), steps);
        QVERIFY(!s.isOk());
        QVERIFY(s.message().contains(u"2"_s));
    }

    void newerDatabaseIsRefused()
    {
        const QString file = path(u"newer.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(file).isOk());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Database::latestVersion() + 5)));
        }
        Database db;
        const Status s = db.open(file);
        QVERIFY(!s.isOk());
        QVERIFY(s.message().contains(QString::number(Database::latestVersion() + 5)));
        QVERIFY(!db.isOpen());
    }

    void corruptFileGivesClearError()
    {
        const QString file = path(u"corrupt.sqlite"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        Database db;
        const Status s = db.open(file);
        QVERIFY(!s.isOk());
        QVERIFY2(s.message().contains(u"damaged"_s), qPrintable(s.message()));
    }

    void truncatedDatabaseGivesClearError()
    {
        const QString file = path(u"truncated.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(file).isOk());
            QSqlQuery q(db.connection());
            for (int i = 0; i < 200; ++i)
                q.exec(u"INSERT INTO settings VALUES ('k%1', '%2')"_s.arg(i).arg(QString(200, u'v')));
            q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        // Keep the header, scribble over the first pages of the b-tree.
        for (int i = 100; i < std::min<int>(int(bytes.size()), 12000); ++i)
            bytes[i] = char(0xA5);
        f.seek(0);
        f.write(bytes);
        f.close();
        Database db;
        const Status s = db.open(file);
        QVERIFY(!s.isOk());
        QVERIFY(!s.message().isEmpty());
    }

    void unreadablePathGivesClearError()
    {
        Database db;
        const Status s = db.open(m_dir.path()); // a folder, not a file
        QVERIFY(!s.isOk());
        QVERIFY(!s.message().isEmpty());
    }

    void transactionRollsBackOnError()
    {
        Database db;
        QVERIFY(db.open(path(u"tx.sqlite"_s)).isOk());
        const Status s = db.transaction([&] {
            QSqlQuery q(db.connection());
            q.exec(u"INSERT INTO settings VALUES ('a', '1')"_s);
            return Status::error(u"stop"_s);
        });
        QVERIFY(!s.isOk());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM settings"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
