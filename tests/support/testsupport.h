#pragma once

#include "runvalues.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Ponte::Test {

/** Files under @p dir (recursively) whose bytes contain @p needle in UTF-8, UTF-16 or percent/JSON-escaped form. */
QStringList filesContaining(const QString &dir, const QString &needle);

/** Result of running a process to completion. */
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/** Runs ponte-cli with @p args, optional standard input and extra environment; waits up to @p timeoutMs. */
ProcessResult runCli(const QStringList &args, const QByteArray &input = {}, const QStringList &extraEnv = {},
                     int timeoutMs = 120000);

/**
 * Processes events until @p done() or about @p ms of wall time. For real socket I/O only: time-based
 * logic runs on a ManualClock, never on this wait.
 */
template<typename F>
bool pumpUntil(F done, int ms = 10000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

} // namespace Ponte::Test

namespace Ponte {

// QCOMPARE finds these by argument-dependent lookup: a failure names the values ("partial"), not numbers.
inline char *toString(RunStatus value)
{
    return qstrdup(toName(value).toUtf8().constData());
}
inline char *toString(RunTrigger value)
{
    return qstrdup(toName(value).toUtf8().constData());
}
inline char *toString(ItemAction value)
{
    return qstrdup(toName(value).toUtf8().constData());
}
inline char *toString(ItemOutcome value)
{
    return qstrdup(toName(value).toUtf8().constData());
}

} // namespace Ponte
