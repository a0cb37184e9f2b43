#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace Ponte {

/** One numbered schema step. Steps run in order, each in its own transaction. */
struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

/**
 * The SQLite database of a data folder (WAL, synchronous=NORMAL, foreign keys on), migrated to the
 * latest schema on open. One instance per thread: a QSqlDatabase connection must stay on the thread
 * that opened it.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::Database)

public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** The schema version this build writes. */
    static int latestVersion();
    /** The built-in migrations, in order. */
    static const QList<Migration> &migrations();

    /** Opens (creating if needed) and migrates the file at @p path. */
    Status open(const QString &path);
    /** Same, with an explicit migration list (tests). */
    Status open(const QString &path, const QList<Migration> &migrations);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    /** PRAGMA user_version of the open file. */
    int schemaVersion() const;
    QSqlDatabase connection() const;

    /** Runs @p work inside a transaction; commits when it returns ok, rolls back otherwise. */
    Status transaction(const std::function<Status()> &work);

    /** Builds an error Status from the last error of @p query (driver text goes to the detail). */
    static Status queryError(const class QSqlQuery &query, const QString &what);

private:
    Status migrate(const QList<Migration> &migrations);

    QString m_connectionName;
    QString m_path;
    int m_transactionDepth = 0;
};

} // namespace Ponte
