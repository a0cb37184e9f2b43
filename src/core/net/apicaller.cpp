#include "apicaller.h"

#include "logging.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Ponte {

qint64 RetryPolicy::nominalBackoffMs(int attempt) const
{
    const double delay = double(baseDelayMs) * std::pow(factor, std::max(0, attempt - 1));
    return std::max<qint64>(0, qint64(std::min(delay, double(maxDelayMs))));
}

RetryDecision RetryPolicy::decide(const ApiError &error, int attempts, bool write) const
{
    using Action = RetryDecision::Action;
    const bool mayBeApplied = write && error.ambiguous;
    switch (error.kind) {
    case ApiError::Kind::Transient: {
        if (attempts >= maxAttempts)
            return {};
        // A 503 may say when to come back; never sooner than the back-off.
        const qint64 delay = std::max(nominalBackoffMs(attempts), error.waitMs);
        return {mayBeApplied ? Action::LookUpFirst : Action::Retry, delay};
    }
    case ApiError::Kind::RateLimited:
        // "Already processed or being processed": the first request may have landed.
        if (mayBeApplied && attempts < maxAttempts)
            return {Action::LookUpFirst, std::max<qint64>(0, error.waitMs)};
        return {};
    default:
        return {};
    }
}

qint64 RetryPolicy::backoffMs(int attempt, std::mt19937 &rng) const
{
    double delay = double(nominalBackoffMs(attempt));
    if (jitter > 0) {
        std::uniform_real_distribution<double> spread(1.0 - jitter, 1.0 + jitter);
        delay *= spread(rng);
    }
    return std::max<qint64>(0, qint64(delay));
}

ApiCaller::ApiCaller(Clock *clock,
                     RequestScheduler *scheduler,
                     Transport *transport,
                     Classifier classifier,
                     RetryPolicy policy,
                     QObject *parent)
    : QObject(parent), m_clock(clock), m_scheduler(scheduler), m_transport(transport),
      m_classifier(std::move(classifier)), m_policy(policy)
{}

ApiCaller::~ApiCaller()
{
    cancelAll();
}

ApiCaller::CallId ApiCaller::call(CallSpec spec, std::function<void(const CallResult &)> done)
{
    const CallId id = m_nextId++;
    Job job;
    job.spec = std::move(spec);
    job.done = std::move(done);
    job.correlationId = u"ponte-%1-%2"_s.arg(quintptr(this) & 0xffff, 4, 16, QLatin1Char('0')).arg(id);
    m_jobs.insert(id, std::move(job));
    submit(id);
    return id;
}

void ApiCaller::submit(CallId id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    it->timer = 0;
    it->ticket =
        m_scheduler->submit(it->spec.ticket, [this, id](RequestScheduler::TicketId ticket) { send(id, ticket); });
}

void ApiCaller::send(CallId id, RequestScheduler::TicketId ticket)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end()) {
        m_scheduler->release(ticket);
        return;
    }
    it->ticket = ticket;
    ++it->attempts;
    ++m_requestsSent;
    emit requestSent();
    HttpCall http = it->spec.http;
    if (!m_correlationHeader.isEmpty())
        http.headers.append(qMakePair(m_correlationHeader, it->correlationId.toLatin1()));
    qCDebug(lcNet) << it->correlationId << it->spec.label << "attempt" << it->attempts;
    it->handle = m_transport->send(http, [this, id](const RawResponse &response) { onResponse(id, response); });
}

void ApiCaller::onResponse(CallId id, const RawResponse &response)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    // A request that never left this computer is not one Omie would count as a repeat.
    if (response.notSent)
        m_scheduler->releaseUnsent(it->ticket);
    else
        m_scheduler->release(it->ticket);
    it->ticket = 0;
    it->handle = 0;
    const qint64 now = m_clock->nowMs();
    if (response.httpStatus > 0)
        m_reached = true;
    if (response.timedOut && !response.notSent)
        m_scheduler->occupy(it->spec.ticket, now + it->spec.http.timeoutMs);
    ApiError error = m_classifier(response, now);
    error.correlationId = it->correlationId;
    CallResult result{error, response, it->attempts};
    if (!error.isError()) {
        m_authenticated = true;
        finish(id, result);
        return;
    }
    Job &job = *it;
    switch (error.kind) {
    case ApiError::Kind::Authentication:
        // A refused request was not processed: sending it again, reads and writes alike, is safe.
        if (m_authenticated && ++job.authRetries <= m_policy.maxAuthRetriesAfterSuccess) {
            const qint64 delay = m_policy.backoffMs(job.authRetries, m_rng);
            qCWarning(lcNet) << job.correlationId << job.spec.label << "credentials that worked were refused ("
                             << error.serviceMessage << "); asking again in" << delay << "ms";
            job.timer = m_clock->callAfter(delay, this, [this, id] { submit(id); });
            return;
        }
        break;
    case ApiError::Kind::RateLimited: {
        ++m_throttled;
        emit throttled(error);
        const qint64 until = error.retryAtMs > now ? error.retryAtMs : now + error.waitMs;
        const bool requestOnly = error.waitScope == ApiError::WaitScope::Request && !m_pauseAllOnRateLimit;
        if (!requestOnly)
            pauseFor(job.spec.ticket.key, error.waitScope, until);
        // "Already processed or being processed": the write may exist; the caller must consult first.
        if (job.spec.write && error.ambiguous)
            break;
        if (++job.rateWaits <= m_policy.maxRateLimitWaits && until - now <= m_policy.maxRateLimitWaitMs) {
            qCInfo(lcNet) << job.correlationId << job.spec.label << "rate limited; waiting" << (until - now) << "ms";
            if (requestOnly)
                job.timer = m_clock->callAfter(until - now, this, [this, id] { submit(id); });
            else
                submit(id);
            return;
        }
        break;
    }
    case ApiError::Kind::Blocked:
        ++m_throttled;
        emit throttled(error);
        m_scheduler->pauseAll(error.retryAtMs);
        if (error.retryAtMs - now <= m_policy.maxBlockedWaitMs) {
            submit(id);
            return;
        }
        qCWarning(lcNet) << job.correlationId << job.spec.label << "blocked until" << error.retryAtMs;
        break;
    case ApiError::Kind::Transient: {
        // A write that left this machine may have been applied, whatever the reply said.
        if (job.spec.write && !response.notSent)
            result.error.ambiguous = true;
        const RetryDecision decision = m_policy.decide(result.error, job.attempts, job.spec.write);
        if (decision.action == RetryDecision::Action::LookUpFirst) {
            // Only the caller can look the record up before sending it again.
            qCWarning(lcNet) << job.correlationId << job.spec.label << "write outcome unknown:" << error.serviceMessage;
            break;
        }
        const bool unreachable = !m_reached && isUnreachable(error.network);
        const int allowed = !unreachable                                      ? m_policy.maxAttempts
                            : error.network == NetworkFailure::ConnectTimeout ? 1
                                                                              : m_policy.maxUnreachableAttempts;
        if (decision.action == RetryDecision::Action::Retry && job.attempts < std::min(allowed, m_policy.maxAttempts)) {
            const qint64 delay = std::max(m_policy.backoffMs(job.attempts, m_rng), decision.delayMs);
            qCInfo(lcNet) << job.correlationId << job.spec.label << "transient error (" << error.serviceMessage
                          << "); retry in" << delay << "ms";
            job.timer = m_clock->callAfter(delay, this, [this, id] { submit(id); });
            return;
        }
        qCWarning(lcNet) << job.correlationId << job.spec.label << "giving up after" << job.attempts
                         << "attempts:" << error.serviceMessage;
        break;
    }
    default:
        break;
    }
    finish(id, result);
}

void ApiCaller::pauseFor(const QString &key, ApiError::WaitScope scope, qint64 untilMs)
{
    if (m_pauseAllOnRateLimit || scope == ApiError::WaitScope::Credential)
        m_scheduler->pauseAll(untilMs);
    else
        m_scheduler->pauseKey(key, untilMs);
}

void ApiCaller::finish(CallId id, CallResult result)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    auto done = std::move(it->done);
    m_jobs.erase(it);
    if (done)
        done(result);
}

void ApiCaller::cancel(CallId id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    if (it->timer)
        m_clock->cancel(it->timer);
    if (it->handle) {
        m_transport->abort(it->handle);
        m_scheduler->release(it->ticket);
    } else if (it->ticket) {
        m_scheduler->cancel(it->ticket);
    }
    CallResult result;
    result.error.kind = ApiError::Kind::Cancelled;
    result.error.correlationId = it->correlationId;
    result.attempts = it->attempts;
    finish(id, result);
}

void ApiCaller::cancelAll()
{
    const QList<CallId> ids = m_jobs.keys();
    for (CallId id : ids)
        cancel(id);
}

void ApiCaller::abandonPending()
{
    QList<CallId> ids;
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
        if (!(it->handle && it->spec.write))
            ids.append(it.key());
    }
    for (CallId id : ids)
        cancel(id);
}

} // namespace Ponte
