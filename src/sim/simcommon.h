#pragma once

#include <QHash>
#include <QString>

namespace Ponte::Sim {

/**
 * Faults a simulator injects, each with a probability per request, drawn from a generator seeded
 * with @c seed so that a run is reproducible.
 */
struct FaultConfig
{
    quint32 seed = 1;
    double html500 = 0;        ///< HTTP 500 with an HTML error page instead of JSON
    double badGateway = 0;     ///< HTTP 502 (HTML body)
    double unavailable = 0;    ///< HTTP 503 (HTML body)
    double connectionReset = 0; ///< TCP reset before any answer (nothing applied)
    double slowReply = 0;      ///< answer only after slowReplyMs (past the client's timeout)
    int slowReplyMs = 5000;
    double lostWriteReply = 0; ///< a write is applied, then the connection is reset before the answer
    /** Omie only: "A chave de acesso não está preenchida ou não é válida!" for a right key, nothing applied — what
     *  one integrator saw under load (omie-api.md §4.4 item 7, ❓). */
    double spuriousAuthFault = 0;

    bool any() const
    {
        return html500 > 0 || badGateway > 0 || unavailable > 0 || connectionReset > 0 || slowReply > 0
               || lostWriteReply > 0 || spuriousAuthFault > 0;
    }
};

/** Every time a client broke a published limit. Tests and benchmarks assert these stay zero. */
struct ViolationCounters
{
    int rateLimit = 0;       ///< over the per-method (Omie) or per-key (Ploomes) request rate
    int totalRateLimit = 0;  ///< over the all-methods rate (Omie 960/min)
    int concurrency = 0;     ///< more simultaneous requests than allowed
    int redundant = 0;       ///< identical request body inside the redundancy window (Omie)
    int writeOverlap = 0;    ///< a write while another write of the same app key was in progress (Omie)
    int whileBlocked = 0;    ///< requests sent while the app key was blocked for misuse (Omie)

    int total() const { return rateLimit + totalRateLimit + concurrency + redundant + writeOverlap + whileBlocked; }
};

/** Per-request bookkeeping a simulator exposes for assertions and benchmarks. */
struct TrafficCounters
{
    qint64 requests = 0;
    qint64 writes = 0;
    qint64 faultsInjected = 0;
    qint64 throttled = 0; ///< answers with 429 / rate-limit faults
    QHash<QString, qint64> byMethod; ///< Omie "call" name or Ploomes "VERB /Collection"
    /** Omie: the largest page size (registros_por_pagina / nRegPorPagina) each list method was asked for. */
    QHash<QString, qint64> largestPageAsked;
};

} // namespace Ponte::Sim
