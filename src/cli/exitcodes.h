#pragma once

namespace Ponte {

/** Exit codes of ponte-cli (DESIGN.md §5); scripts rely on them. */
enum ExitCode : int {
    ExitOk = 0,
    ExitPartial = 1,     ///< finished, but some records failed (quarantined)
    ExitUsage = 2,       ///< usage or configuration error
    ExitAuth = 3,        ///< authentication refused
    ExitUnreachable = 4, ///< service unreachable or blocked
    ExitInterrupted = 5, ///< interrupted
    ExitStorage = 6,     ///< the local database could not be written (disk full, locked, read-only)
};

} // namespace Ponte
