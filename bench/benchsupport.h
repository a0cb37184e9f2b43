#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <functional>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace Ponte::Bench {

/** Peak resident memory of this process in MiB (0 where unknown). */
inline double peakMemoryMiB()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
#else
    return 0;
#endif
}

/** CPU time (user + system) in seconds of the calling thread (@p thread) or of the whole process. */
inline double cpuSeconds(bool thread)
{
#ifdef Q_OS_LINUX
    rusage usage{};
    getrusage(thread ? RUSAGE_THREAD : RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    (void)thread;
    return 0;
#endif
}

/** The machine's 1-minute load average (Linux: /proc/loadavg), -1 where unknown. */
inline double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

/** Resident memory now (Linux: /proc/self/statm), in MiB; 0 where unknown. */
inline double currentMemoryMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0) : 0;
}

/**
 * Runs the simulators in a thread of their own, as the real services run elsewhere: the client's
 * scheduling is then measured, not the two competing for one event loop.
 */
class SimulatorThread
{
public:
    SimulatorThread() { m_thread.start(); }
    ~SimulatorThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    /** Runs @p fn in the simulator thread and waits for it. */
    void run(const std::function<void()> &fn)
    {
        QObject context;
        context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(&context, fn, Qt::BlockingQueuedConnection);
    }
    QThread *thread() { return &m_thread; }

private:
    QThread m_thread;
};

/** Lower bound of the time N requests need under "at most L in any window W": floor((N-1)/L)·W. */
inline double slidingWindowLowerBoundS(int n, int limit, double windowS)
{
    if (n <= 0 || limit <= 0)
        return 0;
    return double((n - 1) / limit) * windowS;
}

} // namespace Ponte::Bench
