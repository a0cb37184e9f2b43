// Background work gives way to the thread that paints the window (bench_responsiveness measured the
// main thread waiting for a CPU behind the engine and the demo simulators).
#include "platform/backgroundthread.h"

#include <QtTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace Ponte;

class TstBackgroundThread : public QObject
{
    Q_OBJECT

private slots:
    void aBackgroundThreadRunsBelowTheMainThread()
    {
        const int mainBefore = currentThreadNiceness();
        QThread thread;
        QObject worker;
        worker.moveToThread(&thread);
        startInBackground(thread);
        int workerNiceness = -100;
        QThread::Priority priority = QThread::InheritPriority;
        QMetaObject::invokeMethod(
            &worker,
            [&] {
                workerNiceness = currentThreadNiceness();
                priority = QThread::currentThread()->priority();
            },
            Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        worker.moveToThread(QThread::currentThread());

        QCOMPARE(priority, QThread::LowPriority);
#ifdef Q_OS_LINUX
        QVERIFY2(workerNiceness >= 10, qPrintable(QString::number(workerNiceness)));
#endif
        QCOMPARE(currentThreadNiceness(), mainBefore); // nice is per thread: the caller keeps its own
    }

    // Runs last: a thread cannot take back a raised nice value without privileges.
    void aProcessStartedNicerStaysAsNice()
    {
#ifndef Q_OS_LINUX
        QSKIP("nice values are per thread on Linux only");
#else
        // `nice -n 15 ponte`: new threads inherit 15, and Ponte must not bring them back to 10 (root could).
        QCOMPARE(::setpriority(PRIO_PROCESS, 0, 15), 0);
        QThread thread;
        QObject worker;
        worker.moveToThread(&thread);
        startInBackground(thread);
        int niceness = 0;
        QMetaObject::invokeMethod(
            &worker, [&] { niceness = currentThreadNiceness(); }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        worker.moveToThread(QThread::currentThread());
        QCOMPARE(niceness, 15);
#endif
    }
};

QTEST_GUILESS_MAIN(TstBackgroundThread)
#include "tst_backgroundthread.moc"
