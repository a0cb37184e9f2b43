#pragma once

#include "entities.h"

namespace Ponte {

/**
 * One entity step of a run (read, pair, decide, write, commit). A step owns its working data for the
 * length of the run; the run's shared services (store, clients, counters, history, cancellation) are
 * reached through the SyncRun it was made for.
 */
class EntityStep
{
public:
    virtual ~EntityStep() = default;
    /** The entity whose records this step carries. */
    virtual Entity entity() const = 0;
    /** Runs the step to its end; every record it looks at ends with exactly one outcome in the history. */
    virtual void run() = 0;
};

} // namespace Ponte
