#include "platform/backgroundthread.h"

#include "logging.h"

#include <algorithm>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Ponte {

namespace {
#ifdef Q_OS_LINUX
// Weight ratio of about 1 to 10 against a thread at nice 0: enough for painting to win a contended CPU.
constexpr int kBackgroundNiceness = 10;

pid_t currentTid()
{
    return static_cast<pid_t>(::syscall(SYS_gettid));
}
#endif
} // namespace

void startInBackground(QThread &thread)
{
#ifdef Q_OS_LINUX
    QObject::connect(
        &thread, &QThread::started, &thread,
        [] {
            const int target = std::max(kBackgroundNiceness, currentThreadNiceness());
            if (::setpriority(PRIO_PROCESS, static_cast<id_t>(currentTid()), target) != 0)
                qCInfo(lcPlatform) << "background thread keeps its priority:" << qt_error_string(errno);
        },
        Qt::DirectConnection);
#endif
    thread.start(QThread::LowPriority);
}

int currentThreadNiceness()
{
#ifdef Q_OS_LINUX
    errno = 0;
    const int nice = ::getpriority(PRIO_PROCESS, static_cast<id_t>(currentTid()));
    return errno == 0 ? nice : 0;
#else
    return 0;
#endif
}

} // namespace Ponte
