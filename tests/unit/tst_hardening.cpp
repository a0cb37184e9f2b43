// Secrets must not end up in core dumps: both executables make themselves non-dumpable at start.
#include "hardening.h"

#include <QtTest>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

using namespace Ponte;
using namespace Qt::StringLiterals;

class TstHardening : public QObject
{
    Q_OBJECT

private slots:
    void processBecomesNonDumpable()
    {
#if !defined(Q_OS_UNIX)
        QSKIP("no core-dump switch on this platform");
#else
        QVERIFY(hardenProcess());
        QVERIFY(!processIsDumpable());
#if defined(Q_OS_LINUX)
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#endif
#endif
    }
};

QTEST_GUILESS_MAIN(TstHardening)
#include "tst_hardening.moc"
