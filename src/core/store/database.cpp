#include "database.h"

#include "logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
QAtomicInteger<quint64> s_connectionCounter;

Status exec(QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Database::queryError(query, what);
    return Status::ok();
}
} // namespace

Database::Database()
    : m_connectionName(u"ponte-db-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

void Database::close()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    } // every QSqlDatabase handle must be gone before removeDatabase()
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::queryError(const QSqlQuery &query, const QString &what)
{
    const QSqlError error = query.lastError();
    const QString detail = what + u": "_s + error.text();
    enum class Kind { Damaged, Locked, Full, ReadOnly, IoError, CannotOpen, Other };
    // Extended result codes carry the primary code in the low byte (SQLITE_IOERR_WRITE = 778 → 10); the
    // driver sometimes gives only text (a statement that could not be prepared), so look at that too.
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    const QString text = error.text().toLower();
    Kind kind = Kind::Other;
    if (numeric && (code == 11 || code == 26))
        kind = Kind::Damaged;
    else if ((numeric && (code == 5 || code == 6)) || text.contains(u"locked"_s) || text.contains(u"busy"_s))
        kind = Kind::Locked;
    else if ((numeric && code == 13) || text.contains(u"disk is full"_s) || text.contains(u"no space"_s))
        kind = Kind::Full;
    else if ((numeric && code == 8) || text.contains(u"readonly"_s) || text.contains(u"read-only"_s))
        kind = Kind::ReadOnly;
    else if ((numeric && code == 10) || text.contains(u"disk i/o"_s))
        kind = Kind::IoError;
    else if (numeric && code == 14)
        kind = Kind::CannotOpen;
    switch (kind) {
    case Kind::Damaged:
        return Status::error(tr("The Ponte database file is damaged or is not a Ponte database."), detail);
    case Kind::Locked:
        return Status::error(tr("The Ponte database is locked by another program. Close other Ponte windows and try "
                                "again."),
                             detail);
    case Kind::Full:
        return Status::error(tr("The disk is full: Ponte could not save its data. Free some space and try again."),
                             detail);
    case Kind::ReadOnly:
        return Status::error(tr("The Ponte database cannot be written: the file or its folder is read-only. Check the "
                                "permissions of the data folder."),
                             detail);
    case Kind::IoError:
        return Status::error(tr("The disk refused to read or write the Ponte database (it may be full, removed or "
                                "failing)."),
                             detail);
    case Kind::CannotOpen:
        return Status::error(tr("The Ponte database file cannot be opened. Check that the data folder exists and that "
                                "you may write to it."),
                             detail);
    case Kind::Other:
        break;
    }
    return Status::error(tr("A database operation failed (%1). The details say why; if it repeats, keep a copy of "
                            "the data folder for support.")
                             .arg(what),
                         error.text().trimmed().isEmpty() ? tr("the database gave no details") : error.text());
}

Status Database::open(const QString &path)
{
    return open(path, migrations());
}

Status Database::open(const QString &path, const QList<Migration> &migrationList)
{
    close();
    m_path = path;
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return Status::error(tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));

    const QFileInfo info(path);
    if (path != u":memory:"_s) {
        if (!QDir().mkpath(info.absolutePath()))
            return Status::error(tr("Could not create the folder %1.").arg(info.absolutePath()));
        if (info.exists() && !info.isFile())
            return Status::error(tr("%1 is not a file.").arg(path));
        if (info.exists() && !info.isReadable())
            return Status::error(tr("Ponte cannot read its database file %1 (permission denied).").arg(path));
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            const QString text = db.lastError().text();
            return Status::error(tr("Could not open the database %1.").arg(path), text);
        }
        // The first real read is what tells a damaged or foreign file apart.
        QSqlQuery probe(db);
        if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
            Status status = queryError(probe, u"probe"_s);
            probe = QSqlQuery();
            db.close();
            return status;
        }
        probe = QSqlQuery();
        for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                                      u"PRAGMA foreign_keys=ON"_s}) {
            Status status = exec(db, pragma, pragma);
            if (!status) {
                db.close();
                return status;
            }
        }
    }
    Status status = migrate(migrationList);
    if (!status) {
        qCWarning(lcStore) << "database" << path << "refused:" << status.message() << status.detail();
        close();
        return status;
    }
    qCInfo(lcStore) << "database open" << path << "schema" << schemaVersion();
    return Status::ok();
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status Database::migrate(const QList<Migration> &migrationList)
{
    const int current = schemaVersion();
    if (current < 0)
        return Status::error(tr("Could not read the database version."));
    const int target = migrationList.isEmpty() ? 0 : migrationList.constLast().version;
    if (current > target)
        return Status::error(tr("This database was written by a newer version of Ponte (schema %1; this version "
                                "understands up to %2). Update Ponte or choose another data folder.")
                                 .arg(current)
                                 .arg(target));
    int expected = current + 1;
    for (const Migration &step : migrationList) {
        if (step.version <= current)
            continue;
        if (step.version != expected)
            return Status::error(tr("Database migration %1 is missing.").arg(expected));
        QSqlDatabase db = connection();
        if (!db.transaction())
            return Status::error(tr("Could not start the database upgrade."), db.lastError().text());
        Status status = Status::ok();
        for (const QString &sql : step.statements) {
            status = exec(db, sql, u"migration %1"_s.arg(step.version));
            if (!status)
                break;
        }
        if (status)
            status = exec(db, u"PRAGMA user_version = %1"_s.arg(step.version), u"user_version"_s);
        if (!status || !db.commit()) {
            db.rollback();
            return Status::error(tr("Upgrading the database to version %1 (%2) failed; nothing was changed.")
                                     .arg(step.version)
                                     .arg(step.description),
                                 status.detail());
        }
        qCInfo(lcStore) << "migrated database to schema" << step.version << step.description;
        ++expected;
    }
    return Status::ok();
}

Status Database::transaction(const std::function<Status()> &work)
{
    QSqlDatabase db = connection();
    // Nested calls join the outer transaction: SQLite has no nested BEGIN.
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status status = work();
        --m_transactionDepth;
        return status;
    }
    if (!db.transaction())
        return Status::error(tr("Could not start a database transaction."), db.lastError().text());
    ++m_transactionDepth;
    Status status = work();
    --m_transactionDepth;
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        const QString text = db.lastError().text();
        db.rollback();
        return Status::error(tr("Could not save to the database."), text);
    }
    return Status::ok();
}

} // namespace Ponte
