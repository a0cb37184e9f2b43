#pragma once

#include "entities.h"
#include "secrets/credentials.h"
#include "sync/syncoptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QThread>

#include <atomic>

Q_DECLARE_METATYPE(Ponte::SyncOptions)
Q_DECLARE_METATYPE(Ponte::SyncSummary)
Q_DECLARE_METATYPE(Ponte::Credentials)
Q_DECLARE_METATYPE(Ponte::Entity)
Q_DECLARE_METATYPE(Ponte::Direction)
Q_DECLARE_METATYPE(Ponte::SyncProgress)

namespace Ponte {

class Clock;

/**
 * Runs syncs on the thread it lives in (a worker thread: see SyncController). It opens its own
 * database connection and its own network access there, and reports with signals only.
 */
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(QString dataDir, QProcessEnvironment environment, Clock *clock = nullptr);

    /** Thread-safe: the run stops between records and reports "cancelled". */
    void requestCancel() { m_cancel.store(true); }

public slots:
    /** Runs one sync to completion (call it queued; it blocks this thread, never the caller's). */
    void run(const Ponte::SyncOptions &options, const Ponte::Credentials &credentials);

signals:
    void started();
    /** @p etaMs < 0 when unknown. */
    void progress(Ponte::Entity entity, Ponte::Direction direction, int done, int total, qint64 etaMs);
    /** Phase and counts of one entity and direction; @p etaMs from the rate limits (-1 unknown). */
    void progressDetail(const Ponte::SyncProgress &progress, qint64 etaMs);
    void message(const QString &text);
    void finished(const Ponte::SyncSummary &summary);

private:
    QString m_dataDir;
    QProcessEnvironment m_environment;
    Clock *m_clock;
    std::atomic_bool m_cancel{false};
    QHash<QPair<int, int>, qint64> m_stepStarted;
    QElapsedTimer m_elapsed;
};

/**
 * Owns the worker thread and its SyncEngine; lives in the caller's (GUI or CLI) thread and talks to
 * the engine with queued signals only, so the caller never blocks.
 */
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(QString dataDir, QProcessEnvironment environment, QObject *parent = nullptr);
    ~SyncController() override;

    bool isRunning() const { return m_running; }
    /** Starts a run; ignored (returns false) while one is running. */
    bool start(const SyncOptions &options, const Credentials &credentials);
    void cancel();

signals:
    void started();
    void progress(Ponte::Entity entity, Ponte::Direction direction, int done, int total, qint64 etaMs);
    /** Phase and counts of one entity and direction; @p etaMs from the rate limits (-1 unknown). */
    void progressDetail(const Ponte::SyncProgress &progress, qint64 etaMs);
    void message(const QString &text);
    void finished(const Ponte::SyncSummary &summary);

private:
    QThread m_thread;
    SyncEngine *m_engine;
    bool m_running = false;
};

} // namespace Ponte
