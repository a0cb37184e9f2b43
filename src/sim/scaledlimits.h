#pragma once

// The limits the end-to-end tests and the benchmarks run both simulators under: the published rules,
// scaled up so that a run takes seconds, and the environment that tells Ponte the same scale.
#include "omiesimulator.h"
#include "ploomessimulator.h"

#include <QProcessEnvironment>

namespace Ponte::Sim {

/** Sets the scaled limits (and 1 ms latency) on both simulators. */
inline void applyScaledLimits(OmieSimulator &omie, PloomesSimulator &ploomes)
{
    OmieLimitsConfig o;
    o.perMethodPerMinute = 6000;
    o.totalPerMinute = 24000;
    o.redundantWindowMs = 1000;
    omie.setLimits(o);
    PloomesLimitsConfig p;
    p.requestsPerSecond = 200;
    p.maxInFlight = 3; // "at most about 3 in flight" (ploomes-api.md §0, §3 S6): not scaled
    ploomes.setLimits(p);
    omie.setLatencyMs(1);
    ploomes.setLatencyMs(1);
}

/** Adds to @p env the simulators' addresses and the same limits, pauses and back-off, for Ponte. */
inline void addScaledEnvironment(QProcessEnvironment &env, const OmieSimulator &omie, const PloomesSimulator &ploomes)
{
    env.insert(QStringLiteral("PONTE_OMIE_URL"), omie.baseUrl().toString());
    env.insert(QStringLiteral("PONTE_PLOOMES_URL"), ploomes.baseUrl().toString());
    env.insert(QStringLiteral("PONTE_OMIE_RPM"), QStringLiteral("6000"));
    env.insert(QStringLiteral("PONTE_OMIE_TOTAL_RPM"), QStringLiteral("24000"));
    env.insert(QStringLiteral("PONTE_OMIE_REDUNDANT_WINDOW_S"), QStringLiteral("1"));
    env.insert(QStringLiteral("PONTE_PLOOMES_RPS"), QStringLiteral("200"));
    env.insert(QStringLiteral("PONTE_PLOOMES_EMPTY_PAGE_PAUSE_MS"), QStringLiteral("20"));
    env.insert(QStringLiteral("PONTE_NET_RETRY_BASE_MS"), QStringLiteral("50"));
}

} // namespace Ponte::Sim
