#include "hardening.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace Ponte {

bool hardenProcess()
{
    bool ok = true;
#if defined(Q_OS_LINUX)
    ok = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#endif
#if defined(Q_OS_UNIX)
    // Also for other Unixes, and so a later setuid/exec that resets "dumpable" still writes no core.
    struct rlimit none = {0, 0};
    ok = ::setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#endif
    return ok;
}

bool processIsDumpable()
{
#if defined(Q_OS_LINUX)
    if (::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
        return true;
#endif
#if defined(Q_OS_UNIX)
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_CORE, &limit) != 0)
        return true;
    return limit.rlim_cur != 0 || limit.rlim_max != 0;
#else
    return true; // Windows: no per-process switch; Windows Error Reporting decides.
#endif
}

} // namespace Ponte
