#pragma once

namespace Ponte {

/** Whether an entity step can go on once its Ploomes set-up (fields, family, group, reference data) was tried. */
enum class StepStart {
    Go,             ///< everything the step needs is there
    StopRun,        ///< the run is stopping (fatal error, cancellation, database): the step says nothing more
    FailEachRecord, ///< the step cannot start: each record it would have carried fails with the reason
};

/** The rule shared by the steps: a set-up that failed without stopping the run fails the step's records. */
constexpr StepStart stepStart(bool setupDone, bool runStopped)
{
    if (runStopped)
        return StepStart::StopRun;
    return setupDone ? StepStart::Go : StepStart::FailEachRecord;
}

} // namespace Ponte
