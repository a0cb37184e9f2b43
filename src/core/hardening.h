#pragma once

namespace Ponte {

/**
 * Keeps the App Key, App Secret, User-Key and webhook token out of core dumps and out of reach of
 * same-user ptrace: on Linux the process is made non-dumpable (PR_SET_DUMPABLE 0), on POSIX the core
 * size limit is set to 0. Call first thing in main(). Returns false when a step could not be applied.
 */
bool hardenProcess();

/** Whether the kernel would write a core for this process (Linux: PR_GET_DUMPABLE; elsewhere RLIMIT_CORE). */
bool processIsDumpable();

} // namespace Ponte
