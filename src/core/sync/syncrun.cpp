#include "syncrun.h"
#include "brasiliatime.h"

#include "sync/clientfactory.h"
#include "sync/clientstep.h"
#include "sync/productstep.h"
#include "sync/recentrequests.h"
#include "sync/sellerstep.h"

#include "logging.h"
#include "profile.h"
#include "settings.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <deque>

#include "ploomes/ploomesrecords.h"

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
const QString kActivatedAtKey = u"state.activated_at"_s;

QString storageMessage(const QString &context, const Status &error)
{
    return SyncRun::tr("The local database could not be written (%1: %2). The synchronisation stopped before "
                       "sending anything it could not record; free disk space or close the program that holds the "
                       "database, then run it again: records already sent are looked up, not duplicated.")
        .arg(context, error.message());
}
// How soon a stop (Parar, Ctrl+C, SIGTERM, a fatal error) is noticed while waiting for replies.
constexpr int kStopPollMs = 200;
// Batches sent and not yet stored. Two kept the Ploomes queue dry whenever a batch's answers came later than the
// next batch took to send (latency, a loaded machine); four hold 1–2 s of writes at 100 req/s, and at the real
// 6 req/s a cancelled run abandons what is queued, so only the writes already sent are waited for.
constexpr int kPipelineDepth = 4;
} // namespace

SyncRun::SyncRun(Profile &profile,
                 const Credentials &credentials,
                 const SyncOptions &options,
                 Clock *clock,
                 Transport *transport,
                 const std::atomic_bool *cancel,
                 ProgressSink sink)
    : m_profile(profile), m_credentials(credentials), m_options(options), m_clock(clock), m_transport(transport),
      m_cancel(cancel), m_sink(std::move(sink)), m_couplings(profile.database()), m_runs(profile.database()),
      m_queue(profile.database()), m_quarantine(profile.database()), m_cursors(profile.database()),
      m_settingsStore(profile.database()), m_deletions(profile.database())
{}

SyncRun::~SyncRun() = default;

bool SyncRun::cancelled() const
{
    return m_cancel && m_cancel->load();
}

bool SyncRun::stopped() const
{
    return cancelled() || m_fatal.isError() || m_storeError.has_value();
}

bool SyncRun::stored(const Status &status, const QString &what)
{
    if (status)
        return true;
    if (!m_storeError) {
        m_storeError = status;
        m_storeContext = what;
        qCWarning(lcSync) << "run stops, the database refused a write:" << what << status.message() << status.detail();
    }
    return false;
}

bool SyncRun::commitWrite(Entity entity,
                          Direction direction,
                          const Coupling &coupling,
                          qint64 workId,
                          const QString &sourceId,
                          const ItemRef &ref,
                          ItemAction action,
                          bool created,
                          const QString &message)
{
    const Status saved = m_profile.database().transaction([&] {
        if (Status s = saveCoupling(coupling); !s)
            return s;
        if (!endCreate(workId, true))
            return *m_storeError;
        if (!m_options.dryRun)
            return m_quarantine.release(entity, direction, sourceId);
        return Status::ok();
    });
    if (!stored(saved, tr("Saving the link of \"%1\"").arg(ref.label)))
        return false;
    ++(created ? counters(entity, direction).created : counters(entity, direction).updated);
    record(entity, direction, ref, action, ItemOutcome::Ok, message);
    return true;
}

void SyncRun::saveProgress()
{
    if (!m_runId || m_storeError)
        return;
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it)
        stored(m_runs.saveCounters(m_runId, *it), tr("Saving the run's counters"));
    const qint64 throttled =
        (m_omie ? m_omie->throttledResponses() : 0) + (m_ploomes ? m_ploomes->throttledResponses() : 0);
    stored(m_runs.saveRequests(m_runId, m_omie ? m_omie->requestsSent() : 0, m_ploomes ? m_ploomes->requestsSent() : 0,
                               throttled),
           tr("Saving the run's request counts"));
}

bool SyncRun::fatal(const ApiError &error, const QString &context, bool write)
{
    bool isFatal = false;
    switch (error.kind) {
    case ApiError::Kind::Authentication:
    case ApiError::Kind::Blocked:
    case ApiError::Kind::RateLimited: // still limited after every wait the service asked for
        isFatal = true;
        break;
    case ApiError::Kind::Transient:
        // A read that failed after every retry means the service is out of reach; so does a write never sent.
        isFatal = !write || !error.ambiguous;
        break;
    case ApiError::Kind::Protocol:
        isFatal = !write;
        break;
    default:
        break;
    }
    if (isFatal && !m_fatal.isError()) {
        m_fatal = error;
        m_fatalContext = context;
        qCWarning(lcSync) << "run stops:" << context << error.kindName() << error.serviceMessage;
    }
    return isFatal;
}

RunCounters &SyncRun::counters(Entity entity, Direction direction)
{
    const QPair<int, int> key{int(entity), int(direction)};
    auto it = m_counters.find(key);
    if (it == m_counters.end()) {
        RunCounters c;
        c.entity = entity;
        c.direction = direction;
        it = m_counters.insert(key, c);
    }
    return *it;
}

void SyncRun::record(Entity entity,
                     Direction direction,
                     const ItemRef &ref,
                     ItemAction action,
                     ItemOutcome outcome,
                     const QString &message)
{
    // Once the database refused a write, each further attempt would wait for its lock in vain.
    if (m_storeError)
        return;
    RunItem item;
    item.runId = m_runId;
    item.entity = entity;
    item.direction = direction;
    item.omieId = ref.omieId;
    item.ploomesId = ref.ploomesId;
    item.label = ref.label;
    item.action = action;
    item.outcome = outcome;
    item.message = message;
    item.at = m_clock->nowMs();
    stored(m_runs.addItem(item), tr("Recording \"%1\" in the history").arg(ref.label));
}

void SyncRun::unchanged(Entity entity, Direction direction, const ItemRef &ref)
{
    ++counters(entity, direction).unchanged;
    record(entity, direction, ref, ItemAction::None, ItemOutcome::Unchanged);
}

void SyncRun::refuse(Entity entity,
                     Direction direction,
                     const ItemRef &ref,
                     const QString &sourceId,
                     const QString &reason,
                     const QString &errorClass)
{
    ++counters(entity, direction).failed;
    record(entity, direction, ref, m_options.dryRun ? ItemAction::WouldRefuse : ItemAction::Refuse, ItemOutcome::Failed,
           reason);
    if (!m_options.dryRun)
        stored(m_quarantine.add(entity, direction, sourceId, ref.label, reason, errorClass, m_runId, m_clock->nowMs())
                   .status(),
               tr("Quarantining \"%1\"").arg(ref.label));
}

void SyncRun::fail(Entity entity,
                   Direction direction,
                   const ItemRef &ref,
                   const QString &sourceId,
                   ItemAction action,
                   const ApiError &error,
                   const QString &message)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    if (fatal(error, message, true))
        return;
    ++counters(entity, direction).failed;
    const QString text = message.isEmpty() ? error.userMessage() : message + u": "_s + error.userMessage();
    record(entity, direction, ref, action, ItemOutcome::Failed, text);
    // Business refusals wait (×5 escalation); a transient failure is simply retried by the next run.
    if (!m_options.dryRun)
        stored(m_quarantine
                   .add(entity, direction, sourceId, ref.label, text, error.kindName(), m_runId, m_clock->nowMs(),
                        !error.isBusiness())
                   .status(),
               tr("Quarantining \"%1\"").arg(ref.label));
}

void SyncRun::progress(Entity entity, Direction direction, int done, int total)
{
    if (m_sink.progress)
        m_sink.progress(entity, direction, done, total);
    const SyncProgress::Phase phase = total == 0 && done == 0 ? SyncProgress::Phase::Reading
                                      : done < total          ? SyncProgress::Phase::Writing
                                      : m_detached > 0        ? SyncProgress::Phase::CrossReferences
                                                              : SyncProgress::Phase::Writing;
    emitDetailed(entity, direction, phase, done, total);
}

RunCounters SyncRun::countersSoFar(Entity entity, Direction direction) const
{
    // A look-up, not counters(): an entry made here would show up as an empty line in the summary.
    const auto found = m_counters.constFind(QPair<int, int>{int(entity), int(direction)});
    return found != m_counters.constEnd() ? *found : RunCounters{};
}

void SyncRun::emitDetailed(Entity entity, Direction direction, SyncProgress::Phase phase, int done, int total)
{
    if (!m_sink.detailed)
        return;
    const RunCounters c = countersSoFar(entity, direction);
    SyncProgress p;
    p.entity = entity;
    p.direction = direction;
    p.phase = phase;
    p.dryRun = m_options.dryRun;
    p.read = total;
    p.processed = done;
    p.written = c.created + c.updated;
    p.unchanged = c.unchanged + c.skipped;
    p.failed = c.failed;
    m_sink.detailed(p);
}

void SyncRun::stepPhase(Entity entity, SyncProgress::Phase phase)
{
    for (Direction d : {Direction::OmieToPloomes, Direction::PloomesToOmie}) {
        if (!m_options.includes(d)
            || (d == Direction::PloomesToOmie && entity != Entity::Client && entity != Entity::Order
                && entity != Entity::ServiceOrder))
            continue;
        const RunCounters c = countersSoFar(entity, d);
        const int handled = c.created + c.updated + c.unchanged + c.skipped + c.failed;
        emitDetailed(entity, d, phase, handled, handled);
    }
}

void SyncRun::note(const QString &message)
{
    qCInfo(lcSync).noquote() << message;
    if (m_sink.message)
        m_sink.message(message);
}

QList<QuarantineEntry> SyncRun::retryable() const
{
    QList<QuarantineEntry> out;
    const qint64 now = m_clock->nowMs();
    for (const QuarantineEntry &e : m_quarantine.all()) {
        if (e.nextAttemptAt <= now || (m_linkedDependencies && e.errorClass == dependencyErrorClass()))
            out.append(e);
    }
    return out;
}

bool SyncRun::skipIfQuarantined(
    Entity entity, Direction direction, const QString &sourceId, const QDateTime &changedAt, const ItemRef &ref)
{
    const std::optional<QuarantineEntry> e = m_quarantine.find(entity, direction, sourceId);
    if (!e)
        return false;
    // Refused only for a missing link: this run linked clients or products, so try again.
    if (m_linkedDependencies && e->errorClass == dependencyErrorClass())
        return false;
    // Edited since it was refused: the user may have fixed it, so try at once.
    if (changedAt.isValid() && changedAt.toMSecsSinceEpoch() > e->lastFailedAt)
        return false;
    if (e->nextAttemptAt <= m_clock->nowMs())
        return false;
    ++counters(entity, direction).skipped;
    record(entity, direction, ref, ItemAction::Sync, ItemOutcome::Skipped,
           tr("Still in quarantine; tried again on %1 (Brasília time), or at once after \"Try again\". Reason: %2")
               .arg(BrasiliaTime::ofMs(e->nextAttemptAt).toString(u"dd/MM/yyyy HH:mm"_s), e->reason));
    return true;
}

void SyncRun::released(Entity entity, Direction direction, const QString &sourceId)
{
    if (!m_options.dryRun)
        stored(m_quarantine.release(entity, direction, sourceId), tr("Releasing a record from quarantine"));
}

Status SyncRun::saveCoupling(Coupling coupling)
{
    if (m_options.dryRun)
        return Status::ok();
    coupling.lastSyncAt = m_clock->nowMs();
    Expected<Coupling> saved = m_couplings.save(coupling);
    if (!stored(saved.status(), tr("Saving a link between Omie and Ploomes")))
        return saved.status();
    if (coupling.omieId && coupling.ploomesId
        && (coupling.entity == Entity::Client || coupling.entity == Entity::Product
            || coupling.entity == Entity::Service))
        m_linkedDependencies = true;
    return Status::ok();
}

QString SyncRun::queueKey(Entity entity, Direction direction, const QString &operation, const QString &sourceId) const
{
    return entityName(entity) + u':' + Ponte::directionName(direction) + u':' + operation + u':' + sourceId;
}

bool SyncRun::beginCreate(Entity entity, Direction direction, const QString &sourceId, qint64 *workId)
{
    *workId = 0;
    if (m_options.dryRun)
        return false;
    const QString key = queueKey(entity, direction, u"create"_s, sourceId);
    // Without its work entry a create must not go out: the run stops (stored() fails) before launch.
    Expected<WorkItem> item = m_queue.enqueue(key, entity, direction, u"create"_s, sourceId, m_runId, m_clock->nowMs());
    if (!stored(item, tr("Recording a create before it is sent")))
        return false;
    // A finished create that left no coupling (lost database, manual unlink): treat like a crash.
    const bool ambiguous = item->ambiguous || item->state == WorkItem::State::Done || item->attempts > 0;
    *workId = item->id;
    stored(m_queue.markInFlight(item->id, m_clock->nowMs()), tr("Recording a create before it is sent"));
    return ambiguous;
}

bool SyncRun::endCreate(qint64 workId, bool done, const QString &error)
{
    if (!workId)
        return true;
    return stored(done ? m_queue.markDone(workId, m_clock->nowMs())
                       : m_queue.markPending(workId, true, error, m_clock->nowMs()),
                  tr("Closing the work entry of a create"));
}

std::optional<QDateTime> SyncRun::cursorTime(Entity entity, Direction direction) const
{
    if (m_options.full)
        return std::nullopt;
    const std::optional<QString> v = m_cursors.value(entity, direction);
    if (!v)
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(*v, Qt::ISODateWithMs);
    return t.isValid() ? std::optional<QDateTime>(t) : std::nullopt;
}

void SyncRun::advanceCursor(Entity entity, Direction direction, const QDateTime &to)
{
    if (m_options.dryRun || stopped() || !to.isValid())
        return;
    const std::optional<QString> current = m_cursors.value(entity, direction);
    if (current) {
        const QDateTime existing = QDateTime::fromString(*current, Qt::ISODateWithMs);
        if (existing.isValid() && existing >= to)
            return;
    }
    stored(m_cursors.setValue(entity, direction, to.toUTC().toString(Qt::ISODateWithMs), m_clock->nowMs()),
           tr("Saving how far the run has read"));
}

QDateTime SyncRun::activationTime() const
{
    const std::optional<QString> v = m_settingsStore.value(kActivatedAtKey);
    const QDateTime t = v ? QDateTime::fromString(*v, Qt::ISODateWithMs) : QDateTime();
    return t.isValid() ? t : QDateTime::fromMSecsSinceEpoch(m_startedAt, Qt::UTC);
}

std::optional<QDate> SyncRun::backfillSince(Direction direction) const
{
    const Settings &s = m_profile.settings();
    if (direction == Direction::OmieToPloomes) {
        if (m_options.backfillOmieOrdersSince)
            return m_options.backfillOmieOrdersSince;
        if (s.boolValue(SettingKey::BackfillOmieOrders)) {
            const QDate d = s.dateValue(SettingKey::BackfillOmieOrdersSince);
            return d.isValid() ? d : QDate(2000, 1, 1);
        }
        return std::nullopt;
    }
    if (m_options.backfillPloomesOrdersSince)
        return m_options.backfillPloomesOrdersSince;
    if (s.boolValue(SettingKey::BackfillPloomesOrders)) {
        const QDate d = s.dateValue(SettingKey::BackfillPloomesOrdersSince);
        return d.isValid() ? d : QDate(2000, 1, 1);
    }
    return std::nullopt;
}

QString SyncRun::conflictPolicy() const
{
    return m_profile.settings().stringValue(SettingKey::ConflictPolicy);
}

void SyncRun::runAll(int count, const std::function<void(int, std::function<void()>)> &launch)
{
    waitAll(startAll(count, launch));
}

std::shared_ptr<SyncRun::PendingBatch> SyncRun::startAll(int count,
                                                         const std::function<void(int, std::function<void()>)> &launch)
{
    auto batch = std::make_shared<PendingBatch>();
    batch->outstanding = std::max(count, 0);
    for (int i = 0; i < count; ++i) {
        launch(i, [batch] {
            if (--batch->outstanding == 0 && batch->loop)
                batch->loop->quit();
        });
    }
    return batch;
}

void SyncRun::waitAll(const std::shared_ptr<PendingBatch> &batch)
{
    if (!batch || batch->outstanding <= 0)
        return;
    QEventLoop loop;
    batch->loop = &loop;
    execWatched(loop);
    batch->loop = nullptr;
}

bool SyncRun::pipeline(int count,
                       int batchSize,
                       const std::function<bool(int, int)> &prepare,
                       const std::function<std::shared_ptr<PendingBatch>(int, int)> &launch,
                       const std::function<void(int, int)> &finish,
                       const std::function<void(int, int)> &settle)
{
    Database &db = m_profile.database();
    struct Sent
    {
        int start;
        int end;
        std::shared_ptr<PendingBatch> batch;
    };
    std::deque<Sent> inFlight;
    // Where this thread's time goes (logged at the end): deciding, waiting for answers, storing them.
    QElapsedTimer clock;
    qint64 prepareMs = 0;
    qint64 waitMs = 0;
    qint64 storeMs = 0;
    int batches = 0;
    // A store write that failed inside rolls the whole transaction back (the first failure is kept).
    auto storeStatus = [this] { return m_storeError.value_or(Status::ok()); };
    auto storeOldest = [&] {
        const Sent sent = inFlight.front();
        inFlight.pop_front();
        clock.start();
        waitAll(sent.batch);
        if (settle)
            settle(sent.start, sent.end);
        waitMs += clock.restart();
        stored(db.transaction([&] {
            finish(sent.start, sent.end);
            return storeStatus();
        }),
               tr("Saving a batch of results"));
        saveProgress();
        storeMs += clock.elapsed();
    };
    bool carryOn = true;
    for (int start = 0; start < count && !stopped(); start += batchSize) {
        const int end = std::min(count, start + batchSize);
        clock.start();
        // The writes of a batch go out only once the transaction recording them is committed.
        const bool prepared = stored(db.transaction([&] {
            carryOn = prepare(start, end);
            return storeStatus();
        }),
                                     tr("Recording the writes about to be sent"));
        if (!prepared || !carryOn || stopped())
            break;
        inFlight.push_back({start, end, launch(start, end)});
        prepareMs += clock.elapsed();
        ++batches;
        // Batches already answered are stored at once; the thread blocks only when kPipelineDepth are out,
        // so the services' queues hold several batches while this thread prepares and commits.
        while (!inFlight.empty()
               && (int(inFlight.size()) >= kPipelineDepth || inFlight.front().batch->outstanding <= 0))
            storeOldest();
    }
    while (!inFlight.empty())
        storeOldest();
    if (batches > 0)
        qCInfo(lcSync).nospace() << "pipeline: " << count << " records in " << batches << " batches; prepare and send "
                                 << prepareMs << " ms, wait for answers " << waitMs << " ms, store " << storeMs
                                 << " ms";
    return carryOn;
}

void SyncRun::settleWrites(QList<Rewrite> rewrites)
{
    using Action = RetryDecision::Action;
    for (int attempts = 1; !rewrites.isEmpty() && !stopped(); ++attempts) {
        QList<Rewrite> again;
        QList<bool> lookFirst;
        qint64 delay = 0;
        for (const Rewrite &r : std::as_const(rewrites)) {
            // What never left this machine was already retried by the caller, under the same rule.
            if (!r.error->ambiguous)
                continue;
            const RetryDecision d = m_writeRetry.decide(*r.error, attempts, true);
            if (d.action == Action::GiveUp)
                continue;
            again.append(r);
            // An update sent twice does no harm; only a create must not be repeated blindly.
            lookFirst.append(d.action == Action::LookUpFirst && r.lookUp);
            delay = std::max(delay, d.delayMs);
        }
        if (again.isEmpty())
            return;
        pause(delay);
        QList<Rewrite> send;
        for (int i = 0; i < again.size() && !stopped(); ++i) {
            if (lookFirst.at(i)) {
                ++m_lookUps;
                const Presence p = again.at(i).lookUp();
                if (p == Presence::Found)
                    *again.at(i).error = ApiError{};
                if (p != Presence::Absent)
                    continue;
            }
            send.append(again.at(i));
        }
        if (stopped())
            return;
        m_writeRetries += send.size();
        runAll(int(send.size()), [&send](int i, std::function<void()> done) { send.at(i).resend(std::move(done)); });
        rewrites = send;
    }
}

SyncRun::Presence
SyncRun::lookUpPloomes(Entity entity, const QString &path, qint64 omieId, const QString &expand, QJsonObject *found)
{
    if (omieIdFieldKey(entity).isEmpty())
        return Presence::Unknown;
    // An empty first page is read again after a pause by the client (a throttled Ploomes answers 200 and []).
    const ListResult r = ploomesWithOmieId(path, entity, expand, QString::number(omieId));
    if (r.error.isError()) {
        fatal(r.error, tr("Looking up a record by its Omie id"));
        return Presence::Unknown;
    }
    if (r.items.isEmpty())
        return Presence::Absent;
    *found = r.items.first();
    return Presence::Found;
}

SyncRun::Presence SyncRun::omiePresence(const ApiError &error, const QString &context)
{
    if (!error.isError())
        return Presence::Found;
    if (error.kind == ApiError::Kind::NotFound)
        return Presence::Absent;
    fatal(error, context);
    return Presence::Unknown;
}

void SyncRun::pause(qint64 ms)
{
    if (ms <= 0 || stopped())
        return;
    QEventLoop loop;
    QObject context;
    const Clock::TimerId timer = m_clock->callAfter(ms, &context, [&loop] { loop.quit(); });
    QTimer watch;
    watch.setInterval(kStopPollMs);
    QObject::connect(&watch, &QTimer::timeout, &loop, [this, &loop] {
        if (stopped())
            loop.quit();
    });
    watch.start();
    loop.exec();
    m_clock->cancel(timer);
}

void SyncRun::detach(const std::function<void(std::function<void()>)> &launch)
{
    ++m_detached;
    launch([this] {
        if (--m_detached == 0 && m_detachedLoop)
            m_detachedLoop->quit();
    });
}

void SyncRun::waitDetached()
{
    if (m_detached == 0)
        return;
    QEventLoop loop;
    m_detachedLoop = &loop;
    execWatched(loop);
    m_detachedLoop = nullptr;
}

void SyncRun::execWatched(QEventLoop &loop)
{
    // Abandoning answers the abandoned calls at once, and their callbacks quit the loop: that must happen
    // once the loop runs (a quit() before exec() is lost, and the run would wait forever).
    QTimer::singleShot(0, &loop, [this] {
        if (stopped())
            abandonPendingCalls();
    });
    // Polled rather than signalled: the cancel flag is an atomic set from another thread or a signal handler.
    QTimer watch;
    watch.setInterval(kStopPollMs);
    QObject::connect(&watch, &QTimer::timeout, &loop, [this] {
        if (stopped())
            abandonPendingCalls();
    });
    watch.start();
    loop.exec();
}

void SyncRun::abandonPendingCalls()
{
    if (m_abandoned)
        return;
    m_abandoned = true;
    qCInfo(lcSync) << "run stops: abandoning queued calls and reads in flight";
    if (m_omie)
        m_omie->caller().abandonPending();
    if (m_ploomes)
        m_ploomes->caller().abandonPending();
}

qint64 SyncRun::queueCrossReference(Entity entity, Direction towards, qint64 omieId, qint64 ploomesId)
{
    if (m_options.dryRun)
        return 0;
    const QString source = QString::number(towards == Direction::OmieToPloomes ? ploomesId : omieId);
    const QString payload = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"omie"_s, omieId}, {u"ploomes"_s, ploomesId}}).toJson(QJsonDocument::Compact));
    Expected<WorkItem> item = m_queue.enqueue(queueKey(entity, towards, u"xref"_s, source), entity, towards, u"xref"_s,
                                              payload, m_runId, m_clock->nowMs());
    if (!stored(item, tr("Recording a cross-reference before it is sent")))
        return 0;
    if (!stored(m_queue.markInFlight(item->id, m_clock->nowMs()), tr("Recording a cross-reference before it is sent")))
        return 0;
    return item->id;
}

void SyncRun::crossReferenceDone(qint64 workId, const ApiError &error)
{
    if (!workId)
        return;
    stored(!error.isError() ? m_queue.markDone(workId, m_clock->nowMs())
                            : m_queue.markPending(workId, false, error.serviceMessage, m_clock->nowMs()),
           tr("Closing the work entry of a cross-reference"));
}

void SyncRun::detachIdempotent(const std::function<void(std::function<void(const ApiError &)>)> &send,
                               const std::function<void(const ApiError &, int attempts)> &finished)
{
    detach([this, send, finished](std::function<void()> done) {
        using Attempt = std::function<void(int)>;
        auto attempt = std::make_shared<Attempt>();
        // The pending reply holds the attempt alive; the attempt itself only refers to it weakly (no cycle).
        *attempt = [this, send, finished, done, self = std::weak_ptr<Attempt>(attempt)](int n) {
            send([this, finished, done, keep = self.lock(), n](const ApiError &e) {
                const RetryDecision d = m_writeRetry.decide(e, n, true);
                if (e.isError() && e.ambiguous && d.action != RetryDecision::Action::GiveUp && !stopped()) {
                    ++m_writeRetries;
                    m_clock->callAfter(d.delayMs, &m_timers, [this, keep, n, e, finished, done] {
                        if (!stopped()) {
                            (*keep)(n + 1);
                            return;
                        }
                        finished(e, n);
                        done();
                    });
                    return;
                }
                finished(e, n);
                done();
            });
        };
        (*attempt)(1);
    });
}

void SyncRun::sendCrossReference(
    Entity entity, Direction towards, qint64 omieId, qint64 ploomesId, const QJsonObject &currentPloomes, qint64 workId)
{
    // Not recorded in the work queue (the database refused): not sent either.
    if (!workId)
        return;
    Q_UNUSED(towards) // only towards Ploomes: Omie gets no write for identity alone
    const QString what = tr("Storing the Omie id in Ploomes");
    // Storing an id is idempotent: a lost reply is simply sent again within the run.
    auto finish = [this, workId, what](ApiError e, int attempts) {
        // "Already associated" after a lost reply: the first attempt was applied.
        if (attempts > 1 && e.kind == ApiError::Kind::AlreadyExists)
            e = ApiError{};
        if (e.isError() && !fatal(e, what, true))
            qCWarning(lcSync) << what << "failed:" << e.serviceMessage << "(retried on the next run)";
        crossReferenceDone(workId, e.kind == ApiError::Kind::NotFound ? ApiError{} : e);
    };
    const QString path = entity == Entity::Client                                    ? u"Contacts"_s
                         : entity == Entity::Order || entity == Entity::ServiceOrder ? u"Orders"_s
                                                                                     : u"Products"_s;
    const QJsonObject patch = mergeOtherProperties(withOmieId(entity, QJsonObject(), omieId), currentPloomes);
    detachIdempotent(
        [this, path, ploomesId, patch](std::function<void(const ApiError &)> replied) {
            m_ploomes->update(path, ploomesId, patch, QString(),
                              [replied](const QJsonObject &, const ApiError &e) { replied(e); });
        },
        finish);
}

void SyncRun::replayCrossReferences(Entity entity)
{
    if (m_options.dryRun)
        return;
    for (const WorkItem &item : m_queue.pending()) {
        if (item.entity != entity || item.operation != u"xref"_s || stopped())
            continue;
        if (item.direction == Direction::PloomesToOmie) {
            // A back-link into Omie queued by an older version: the coupling and "Id (Omie)" already remember
            // the pair, and no Omie write is spent on identity alone.
            crossReferenceDone(item.id, {});
            continue;
        }
        const QJsonObject ids = QJsonDocument::fromJson(item.payload.toUtf8()).object();
        const qint64 omieId = ids.value(u"omie"_s).toInteger();
        const qint64 ploomesId = ids.value(u"ploomes"_s).toInteger();
        if (!stored(m_queue.markInFlight(item.id, m_clock->nowMs()),
                    tr("Recording a cross-reference before it is sent")))
            return;
        QJsonObject current;
        if (item.direction == Direction::OmieToPloomes) {
            // Read the record first: PATCH may replace every custom field it does not repeat.
            const QString path = entity == Entity::Client                                    ? u"Contacts"_s
                                 : entity == Entity::Order || entity == Entity::ServiceOrder ? u"Orders"_s
                                                                                             : u"Products"_s;
            const ItemResult got = wait<ItemResult>([&](auto cb) {
                m_ploomes->getById(path, ploomesId, Ploomes::Query().expand(u"OtherProperties"_s),
                                   [cb](const QJsonObject &item, const ApiError &e) {
                                       cb(ItemResult{item, e});
                                   });
            });
            if (got.error.isError()) {
                crossReferenceDone(item.id, got.error.kind == ApiError::Kind::NotFound ? ApiError{} : got.error);
                if (fatal(got.error, tr("Reading a record to store its Omie id")))
                    return;
                continue;
            }
            current = got.item;
        }
        sendCrossReference(entity, item.direction, omieId, ploomesId, current, item.id);
    }
    waitDetached();
}

QJsonObject SyncRun::withOmieId(Entity entity, QJsonObject payload, qint64 omieId) const
{
    const QString key = omieIdFieldKey(entity);
    if (key.isEmpty())
        return payload;
    Ploomes::Entity e(payload);
    e.setOther(key, Ploomes::ValueProperty::String, QString::number(omieId));
    return e.json();
}

std::optional<QJsonObject>
SyncRun::findPloomesByOmieId(Entity entity, const QString &path, qint64 omieId, const QString &expand)
{
    if (omieIdFieldKey(entity).isEmpty())
        return std::nullopt;
    const ListResult found = ploomesWithOmieId(path, entity, expand, QString::number(omieId));
    if (found.error.isError()) {
        fatal(found.error, tr("Looking up a record by its Omie id"));
        return std::nullopt;
    }
    if (found.items.isEmpty())
        return std::nullopt;
    return found.items.first();
}

SyncRun::ListResult
SyncRun::ploomesWithOmieId(const QString &path, Entity entity, const QString &expand, const QString &omieId)
{
    const QString key = omieIdFieldKey(entity);
    const qint64 fieldId = omieIdFieldId(entity);
    QString withOther = expand;
    if (!expand.split(u',').contains(u"OtherProperties"_s))
        withOther = expand.isEmpty() ? u"OtherProperties"_s : expand + u",OtherProperties"_s;
    if (fieldId && !m_omieIdFilterForbidden) {
        const ListResult r = ploomesGetAll(
            path, Ploomes::Query()
                      .filter(Ploomes::OData::otherPropertyEquals(fieldId, omieId.isEmpty() ? QString() : omieId))
                      .expand(withOther));
        if (r.error.httpStatus != 403)
            return r;
        // Forbidden for this request, or a key without rights? GET /Account tells them apart.
        const ApiError account = wait<ApiError>([&](auto done) { m_ploomes->testConnection(done); });
        if (account.isError())
            return ListResult{{}, account};
        m_omieIdFilterForbidden = true;
        note(tr("Ploomes refused the filter on the \"Id (Omie)\" field (HTTP 403) although the key is valid; "
                "records are read in full and matched locally instead."));
    }
    ListResult all = ploomesGetAll(path, Ploomes::Query().expand(withOther));
    if (all.error.isError())
        return all;
    QList<QJsonObject> matching;
    for (const QJsonObject &o : std::as_const(all.items)) {
        const QString v = Ploomes::Entity(o).otherString(key);
        if (omieId.isEmpty() ? !v.isEmpty() : v == omieId)
            matching.append(o);
    }
    return ListResult{matching, {}};
}

QJsonObject SyncRun::deepMerge(QJsonObject base, const QJsonObject &patch)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), deepMerge(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

QJsonObject SyncRun::mergeOtherProperties(QJsonObject payload, const QJsonObject &current) const
{
    if (!payload.contains(u"OtherProperties"_s))
        return payload;
    Ploomes::Entity merged(QJsonObject{{u"OtherProperties"_s, current.value(u"OtherProperties"_s)}});
    for (const QJsonValue &v : payload.value(u"OtherProperties"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(u"FieldKey"_s).toString();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.key() != u"FieldKey"_s)
                merged.setOther(key, it.key(), it.value());
        }
    }
    // Only what Ponte may write goes back: the FieldKey and the value property, not read-only echoes.
    QJsonArray clean;
    for (const QJsonValue &v : merged.json().value(u"OtherProperties"_s).toArray()) {
        const QJsonObject o = v.toObject();
        QJsonObject out{{u"FieldKey"_s, o.value(u"FieldKey"_s)}};
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if ((it.key().endsWith(u"Value"_s) || it.key().endsWith(u"ValueId"_s)) && !it.value().isNull())
                out.insert(it.key(), it.value());
        }
        if (out.size() > 1)
            clean.append(out);
    }
    payload.insert(u"OtherProperties"_s, clean);
    return payload;
}

QDateTime SyncRun::overlapBefore(const QDateTime &cursor, bool omie) const
{
    // Ploomes stamps are the server's own, to the millisecond: a second of overlap is enough.
    const int seconds = omie ? m_profile.settings().intValue(SettingKey::CursorOverlapS) : 1;
    return cursor.addSecs(-seconds);
}

SyncRun::ListResult SyncRun::ploomesGetAll(const QString &path, const Ploomes::Query &query)
{
    return wait<ListResult>([&](auto done) {
        m_ploomes->getAll(path, query, [done](const QList<QJsonObject> &items, const ApiError &e) {
            done(ListResult{items, e});
        });
    });
}

SyncRun::ItemResult SyncRun::ploomesCreate(const QString &path, const QJsonObject &body, const QString &expand)
{
    return wait<ItemResult>([&](auto done) {
        m_ploomes->create(path, body, expand, [done](const QJsonObject &item, const ApiError &e) {
            done(ItemResult{item, e});
        });
    });
}

SyncRun::ItemResult
SyncRun::ploomesUpdate(const QString &path, qint64 id, const QJsonObject &patch, const QString &expand)
{
    return wait<ItemResult>([&](auto done) {
        m_ploomes->update(path, id, patch, expand, [done](const QJsonObject &item, const ApiError &e) {
            done(ItemResult{item, e});
        });
    });
}

SyncRun::ItemResult SyncRun::ploomesCreateSettled(const QString &path,
                                                  const QJsonObject &body,
                                                  const QString &expand,
                                                  const std::function<Presence(QJsonObject *)> &lookUp)
{
    ItemResult result = ploomesCreate(path, body, expand);
    if (!result.error.isError())
        return result;
    Rewrite r;
    r.error = &result.error;
    r.lookUp = [&result, &lookUp] { return lookUp(&result.item); };
    r.resend = [this, &result, &path, &body, &expand](std::function<void()> done) {
        m_ploomes->create(path, body, expand, [&result, done](const QJsonObject &item, const ApiError &e) {
            result = ItemResult{item, e};
            done();
        });
    };
    settleWrites({r});
    return result;
}

void SyncRun::failStep(Entity entity,
                       Direction direction,
                       const QList<std::pair<ItemRef, QString>> &records,
                       const QString &reason)
{
    note(reason);
    for (const auto &[ref, sourceId] : records) {
        if (stopped() && m_storeError)
            return;
        ++counters(entity, direction).failed;
        record(entity, direction, ref, ItemAction::Setup, ItemOutcome::Failed, reason);
        if (!m_options.dryRun)
            stored(m_quarantine
                       .add(entity, direction, sourceId, ref.label, reason, u"setup"_s, m_runId, m_clock->nowMs(), true)
                       .status(),
                   tr("Quarantining \"%1\"").arg(ref.label));
    }
}

bool SyncRun::startRunRow(SyncSummary &summary)
{
    QStringList entityNames;
    for (Entity e : m_options.entities)
        entityNames.append(entityName(e));
    Expected<qint64> runId = m_runs.start(m_options.trigger, m_options.directionName(), entityNames.join(u','),
                                          m_options.dryRun, m_startedAt);
    if (!runId) {
        summary.status = RunStatus::Failed;
        summary.error = runId.message();
        summary.failureKind = u"configuration"_s;
        return false;
    }
    m_runId = *runId;
    summary.runId = m_runId;
    return true;
}

SyncSummary SyncRun::finishRun(SyncSummary &summary, RunStatus status)
{
    summary.status = status;
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it)
        summary.counters.append(*it);
    std::sort(summary.counters.begin(), summary.counters.end(), [](const RunCounters &a, const RunCounters &b) {
        return std::make_pair(int(a.entity), int(a.direction)) < std::make_pair(int(b.entity), int(b.direction));
    });
    summary.omieRequests = m_omie ? m_omie->requestsSent() : 0;
    summary.ploomesRequests = m_ploomes ? m_ploomes->requestsSent() : 0;
    summary.throttled = (m_omie ? m_omie->throttledResponses() : 0) + (m_ploomes ? m_ploomes->throttledResponses() : 0);
    summary.writeRetries = m_writeRetries;
    summary.lookUps = m_lookUps;
    summary.durationS = double(m_clock->nowMs() - m_startedAt) / 1000.0;
    // One transaction, so that a locked database is waited for once; it may still refuse (a full disk):
    // the summary says so even if the run row cannot.
    const Status saved = m_profile.database().transaction([&] {
        for (const RunCounters &c : std::as_const(summary.counters)) {
            if (Status s = m_runs.saveCounters(m_runId, c); !s)
                return s;
        }
        return m_runs.finish(m_runId, status, m_clock->nowMs(), summary.omieRequests, summary.ploomesRequests,
                             summary.throttled, summary.error);
    });
    if (const Status &s = saved; !s) {
        qCWarning(lcSync) << "run row not finished:" << s.message() << s.detail();
        if (summary.failureKind.isEmpty()) {
            summary.status = RunStatus::Failed;
            summary.failureKind = u"storage"_s;
            summary.error = storageMessage(tr("Recording the end of the run"), s);
        }
    }
    return summary;
}

void SyncRun::connectServices(int interrupted)
{
    Settings &settings = m_profile.settings();
    const ClientFactory clients(settings, m_credentials);
    m_omie = clients.omie(m_clock, m_transport, {}, m_options.budgetShare);
    m_ploomes = clients.ploomes(m_clock, m_transport, {}, m_options.budgetShare);
    if (interrupted > 0) {
        // A killed run could not save which requests it had just sent: wait one redundancy window.
        m_omie->scheduler().pauseAll(m_clock->nowMs()
                                     + qint64(settings.intValue(SettingKey::OmieRedundantWindowS)) * 1000 + 500);
    }
    m_writeRetry.maxAttempts = settings.intValue(SettingKey::NetMaxRetries) + 1;
    m_mapping = MappingModel::load(m_settingsStore);
    if (!m_options.dryRun && !m_settingsStore.value(kActivatedAtKey))
        stored(m_settingsStore.setValue(
                   kActivatedAtKey, QDateTime::fromMSecsSinceEpoch(m_startedAt, Qt::UTC).toString(Qt::ISODateWithMs)),
               tr("Saving when synchronisation was first activated"));
}

std::unique_ptr<EntityStep> SyncRun::stepFor(Entity entity)
{
    switch (entity) {
    case Entity::Seller:
        return std::make_unique<SellerStep>(*this);
    case Entity::Client:
        return std::make_unique<ClientStep>(*this);
    case Entity::Product:
    case Entity::Service:
        return std::make_unique<ProductStep>(*this, entity);
    default:
        return nullptr;
    }
}

void SyncRun::runSteps()
{
    // Dependency order; each step between a Reading and a Done phase, for the progress view.
    for (Entity entity :
         {Entity::Seller, Entity::Client, Entity::Product, Entity::Service, Entity::Order, Entity::ServiceOrder}) {
        if (!m_options.includes(entity) || stopped())
            continue;
        stepPhase(entity, SyncProgress::Phase::Reading);
        if (const std::unique_ptr<EntityStep> step = stepFor(entity))
            step->run();
        else
            syncOrders(entity);
        if (!stopped())
            stepPhase(entity, SyncProgress::Phase::Done);
    }
}

void SyncRun::saveForNextRun()
{
    // Remember what the next process must not repeat, and the learned Ploomes rate (unless the database
    // already refused: each write would wait for the lock in vain; the next start waits a redundancy window).
    if (m_storeError)
        return;
    saveRecentOmieRequests(m_omie->scheduler(), m_settingsStore);
    saveRecentPloomesRequests(m_ploomes->scheduler(), m_settingsStore);
    if (m_ploomes->throttledResponses() > 0)
        stored(m_profile.settings().setValue(SettingKey::PloomesLearnedRps,
                                             QString::number(m_ploomes->currentRequestsPerSecond())),
               tr("Saving the learned Ploomes rate"));
    if (m_referenceLoaded)
        saveReferenceCache();
}

RunStatus SyncRun::finalStatus(SyncSummary &summary) const
{
    // A fatal error came first even when the user then pressed Stop (a cancellation never sets one): a run
    // that could not reach a service is recorded as such, not as the user's choice.
    if (m_storeError) {
        summary.failureKind = u"storage"_s;
        summary.error = storageMessage(m_storeContext, *m_storeError);
        return RunStatus::Failed;
    }
    if (cancelled() && !m_fatal.isError()) {
        summary.error = tr("Stopped at the user's request; nothing was left half done.");
        return RunStatus::Cancelled;
    }
    if (m_fatal.isError()) {
        summary.error =
            m_fatalContext.isEmpty() ? m_fatal.userMessage() : m_fatalContext + u": "_s + m_fatal.userMessage();
        summary.failureKind = m_fatal.kind == ApiError::Kind::Authentication ? u"authentication"_s
                              : m_fatal.kind == ApiError::Kind::Blocked || m_fatal.kind == ApiError::Kind::RateLimited
                                  ? u"blocked"_s
                              : m_fatal.kind == ApiError::Kind::Protocol ? u"protocol"_s
                                                                         : u"unreachable"_s;
        summary.networkFailure = networkFailureName(m_fatal.network);
        return RunStatus::Failed;
    }
    int failed = 0;
    for (const RunCounters &c : std::as_const(m_counters))
        failed += c.failed;
    return failed > 0 ? RunStatus::Partial : RunStatus::Succeeded;
}

SyncSummary SyncRun::execute()
{
    m_startedAt = m_clock->nowMs();
    SyncSummary summary;
    summary.dryRun = m_options.dryRun;

    // Whatever a killed process left behind: runs still "running", creates still "in flight".
    const int interrupted = m_runs.markInterrupted(m_startedAt);
    const int recovered = m_queue.recoverInFlight(m_startedAt);
    if (recovered > 0)
        note(tr("%n create(s) interrupted by an earlier stop will be checked before they are sent again.", nullptr,
                recovered));
    if (!startRunRow(summary))
        return summary;
    if (!m_credentials.hasOmie() || !m_credentials.hasPloomes()) {
        summary.error = tr("The Omie App Key/App Secret and the Ploomes User-Key are not all set up. Enter them in "
                           "the settings (or with \"ponte-cli credentials set\").");
        summary.failureKind = u"configuration"_s;
        return finishRun(summary, RunStatus::Failed);
    }
    connectServices(interrupted);
    note(m_options.dryRun ? tr("Preview started: nothing will be written.") : tr("Synchronisation started."));
    loadSellerLookups();
    runSteps();
    saveForNextRun();
    const RunStatus status = finalStatus(summary);
    m_omie->cancelAll();
    m_ploomes->cancelAll();
    note(tr("Synchronisation finished: %1.").arg(runStatusDisplayName(status).toLower()));
    return finishRun(summary, status);
}

} // namespace Ponte
