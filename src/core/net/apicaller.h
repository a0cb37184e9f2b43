#pragma once

#include "net/apierror.h"
#include "net/clock.h"
#include "net/requestscheduler.h"
#include "net/transport.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <random>

namespace Ponte {

/** What to do with a call that failed: give up, send it again, or (a write) look it up before sending it again. */
struct RetryDecision
{
    enum class Action { GiveUp, Retry, LookUpFirst };
    Action action = Action::GiveUp;
    qint64 delayMs = 0; ///< before the retry or the look-up (without jitter)

    bool operator==(const RetryDecision &o) const { return action == o.action && delayMs == o.delayMs; }
};

/** Bounded retries: exponential back-off with jitter for transient errors; server-given waits obeyed. */
struct RetryPolicy
{
    int maxAttempts = 5;             ///< first try + 4 retries
    qint64 baseDelayMs = 1000;
    double factor = 2.0;
    qint64 maxDelayMs = 60'000;
    double jitter = 0.25;            ///< ± fraction of the delay
    int maxRateLimitWaits = 20;      ///< service-imposed waits tolerated per call
    qint64 maxRateLimitWaitMs = 15 * 60'000;
    qint64 maxBlockedWaitMs = 0;     ///< a misuse block longer than this fails the call instead of waiting
    /**
     * Attempts while the service has not answered once through this caller and the failure says it was
     * never reached (DNS, refused, TLS, proxy): a wrong address or a missing network is reported in
     * seconds instead of after the whole back-off. A connect timeout is not retried then at all.
     */
    int maxUnreachableAttempts = 2;
    /**
     * Extra attempts, with back-off, of a call whose credentials are refused after they worked through this
     * caller: Omie has been seen answering "chave de acesso inválida" under load (omie-api.md §4.4 item 7).
     * Credentials refused from the first answer, or refused again, are reported.
     */
    int maxAuthRetriesAfterSuccess = 3;

    qint64 backoffMs(int attempt, std::mt19937 &rng) const;
    /** The back-off before attempt @p attempt + 1, without jitter. */
    qint64 nominalBackoffMs(int attempt) const;
    /**
     * The one retry rule of reads and writes, in the caller and in the sync engine: after @p attempts sends
     * that ended in @p error, retry transient failures with back-off (at least what the service asked for:
     * Retry-After, "Aguarde N segundos"), but a write that may have been applied is looked up before it is
     * sent again; refusals, authentication errors (but see maxAuthRetriesAfterSuccess, applied by ApiCaller),
     * blocks and unreadable replies are not retried.
     */
    RetryDecision decide(const ApiError &error, int attempts, bool write) const;
};

/** One remote call: the HTTP request plus how the scheduler should treat it. */
struct CallSpec
{
    HttpCall http;
    RequestScheduler::Ticket ticket;
    /** Writes are never resent blindly after an ambiguous failure: the caller looks the record up first. */
    bool write = false;
    QString label; ///< for logs ("ListarClientes", "POST Contacts"); never contains secrets
};

struct CallResult
{
    ApiError error;
    RawResponse response;
    int attempts = 0;
    bool ok() const { return !error.isError(); }
};

/**
 * Runs calls through a RequestScheduler and a Transport: per-request timeout, correlation id,
 * classification of the reply by a service-specific classifier, bounded retries of transient
 * errors, and obedience to server-imposed waits (pausing the key, or everything for a block).
 */
class ApiCaller : public QObject
{
    Q_OBJECT

public:
    using Classifier = std::function<ApiError(const RawResponse &, qint64 nowMs)>;
    using CallId = quint64;

    ApiCaller(Clock *clock, RequestScheduler *scheduler, Transport *transport, Classifier classifier,
              RetryPolicy policy = {}, QObject *parent = nullptr);
    ~ApiCaller() override;

    CallId call(CallSpec spec, std::function<void(const CallResult &)> done);
    void cancel(CallId id);
    void cancelAll();
    /**
     * Cancels every call except writes already on the wire (their outcome must be known): queued
     * calls, calls waiting for a pause or a back-off, and reads in flight.
     */
    void abandonPending();

    /** A rate-limit answer pauses the whole credential instead of only its key (Ploomes). */
    void setPauseAllOnRateLimit(bool all) { m_pauseAllOnRateLimit = all; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setJitterSeed(quint32 seed) { m_rng.seed(seed); }
    /** Header carrying the correlation id (empty = none). */
    void setCorrelationHeader(const QByteArray &name) { m_correlationHeader = name; }

    qint64 requestsSent() const { return m_requestsSent; }
    qint64 throttledResponses() const { return m_throttled; }
    int pendingCalls() const { return int(m_jobs.size()); }

signals:
    /** Every rate-limit or block answer, before the wait starts (adaptive limiters listen here). */
    void throttled(const Ponte::ApiError &error);
    /** Every request that went out (for live request counters). */
    void requestSent();

private:
    struct Job
    {
        CallSpec spec;
        std::function<void(const CallResult &)> done;
        int attempts = 0;
        int rateWaits = 0;
        int authRetries = 0;
        RequestScheduler::TicketId ticket = 0;
        Transport::Handle handle = 0;
        Clock::TimerId timer = 0;
        QString correlationId;
    };

    void submit(CallId id);
    void send(CallId id, RequestScheduler::TicketId ticket);
    void onResponse(CallId id, const RawResponse &response);
    void finish(CallId id, CallResult result);
    /** Applies a service-imposed wait to what it concerns: the rate bucket @p key, or every request. */
    void pauseFor(const QString &key, ApiError::WaitScope scope, qint64 untilMs);

    Clock *m_clock;
    RequestScheduler *m_scheduler;
    Transport *m_transport;
    Classifier m_classifier;
    RetryPolicy m_policy;
    std::mt19937 m_rng{20261128};
    bool m_pauseAllOnRateLimit = false;
    QByteArray m_correlationHeader;
    QHash<CallId, Job> m_jobs;
    CallId m_nextId = 1;
    qint64 m_requestsSent = 0;
    qint64 m_throttled = 0;
    bool m_reached = false;       ///< some HTTP answer came back: later network failures are hiccups, retried fully
    bool m_authenticated = false; ///< some call succeeded: the credentials are known to work
};

} // namespace Ponte
