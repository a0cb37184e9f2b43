#include "syncrun.h"

#include "sync/recentrequests.h"

#include "logging.h"
#include "profile.h"
#include "settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include "ploomes/ploomesrecords.h"

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
const QString kActivatedAtKey = u"state.activated_at"_s;
// How soon a stop (Parar, Ctrl+C, SIGTERM, a fatal error) is noticed while waiting for replies.
constexpr int kStopPollMs = 200;
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
      m_settingsStore(profile.database())
{}

SyncRun::~SyncRun() = default;

bool SyncRun::cancelled() const
{
    return m_cancel && m_cancel->load();
}

bool SyncRun::stopped() const
{
    return cancelled() || m_fatal.isError();
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
                     const QString &action,
                     const QString &outcome,
                     const QString &message)
{
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
    if (Status s = m_runs.addItem(item); !s)
        qCWarning(lcSync) << "could not record a history item:" << s.message() << s.detail();
}

void SyncRun::refuse(Entity entity,
                     Direction direction,
                     const ItemRef &ref,
                     const QString &sourceId,
                     const QString &reason,
                     const QString &errorClass)
{
    ++counters(entity, direction).failed;
    record(entity, direction, ref, m_options.dryRun ? u"would-refuse"_s : u"refuse"_s, u"failed"_s, reason);
    if (!m_options.dryRun)
        m_quarantine.add(entity, direction, sourceId, ref.label, reason, errorClass, m_runId, m_clock->nowMs());
}

void SyncRun::fail(Entity entity,
                   Direction direction,
                   const ItemRef &ref,
                   const QString &sourceId,
                   const QString &action,
                   const ApiError &error,
                   const QString &message)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    if (fatal(error, message, true))
        return;
    ++counters(entity, direction).failed;
    const QString text = message.isEmpty() ? error.userMessage() : message + u": "_s + error.userMessage();
    record(entity, direction, ref, action, u"failed"_s, text);
    // Business refusals wait (×5 escalation); a transient failure is simply retried by the next run.
    if (!m_options.dryRun)
        m_quarantine.add(entity, direction, sourceId, ref.label, text, error.kindName(), m_runId, m_clock->nowMs(),
                         !error.isBusiness());
}

void SyncRun::progress(Entity entity, Direction direction, int done, int total)
{
    if (m_sink.progress)
        m_sink.progress(entity, direction, done, total);
    const SyncProgress::Phase phase = total == 0 && done == 0 ? SyncProgress::Phase::Reading
                                      : done < total           ? SyncProgress::Phase::Writing
                                      : m_detached > 0         ? SyncProgress::Phase::CrossReferences
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
        if (!m_options.includes(d) || (d == Direction::PloomesToOmie && entity != Entity::Client
                                       && entity != Entity::Order && entity != Entity::ServiceOrder))
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

bool SyncRun::quarantined(Entity entity, Direction direction, const QString &sourceId, const QDateTime &changedAt)
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
    return e->nextAttemptAt > m_clock->nowMs();
}

void SyncRun::released(Entity entity, Direction direction, const QString &sourceId)
{
    if (!m_options.dryRun)
        m_quarantine.release(entity, direction, sourceId);
}

Status SyncRun::saveCoupling(Coupling coupling)
{
    if (m_options.dryRun)
        return Status::ok();
    coupling.lastSyncAt = m_clock->nowMs();
    Expected<Coupling> saved = m_couplings.save(coupling);
    if (!saved) {
        qCWarning(lcSync) << "coupling not saved:" << saved.message();
        return saved.status();
    }
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
    Expected<WorkItem> item = m_queue.enqueue(key, entity, direction, u"create"_s, sourceId, m_runId, m_clock->nowMs());
    if (!item)
        return false;
    // A finished create that left no coupling (lost database, manual unlink): treat like a crash.
    const bool ambiguous = item->ambiguous || item->state == WorkItem::State::Done || item->attempts > 0;
    *workId = item->id;
    m_queue.markInFlight(item->id, m_clock->nowMs());
    return ambiguous;
}

void SyncRun::endCreate(qint64 workId, bool done, const QString &error)
{
    if (!workId)
        return;
    if (done)
        m_queue.markDone(workId, m_clock->nowMs());
    else
        m_queue.markPending(workId, true, error, m_clock->nowMs());
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
    m_cursors.setValue(entity, direction, to.toUTC().toString(Qt::ISODateWithMs), m_clock->nowMs());
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
                       const std::function<void(int, int)> &finish)
{
    Database &db = m_profile.database();
    struct Sent
    {
        int start;
        int end;
        std::shared_ptr<PendingBatch> batch;
    };
    std::optional<Sent> previous;
    auto store = [&](const Sent &sent) {
        waitAll(sent.batch);
        db.transaction([&] {
            finish(sent.start, sent.end);
            return Status::ok();
        });
    };
    bool carryOn = true;
    for (int start = 0; start < count && !stopped(); start += batchSize) {
        const int end = std::min(count, start + batchSize);
        db.transaction([&] {
            carryOn = prepare(start, end);
            return Status::ok();
        });
        if (!carryOn || stopped())
            break;
        Sent current{start, end, launch(start, end)};
        if (previous)
            store(*previous);
        previous = std::move(current);
    }
    if (previous)
        store(*previous);
    return carryOn;
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
    if (stopped())
        abandonPendingCalls();
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
    if (!item)
        return 0;
    m_queue.markInFlight(item->id, m_clock->nowMs());
    return item->id;
}

void SyncRun::crossReferenceDone(qint64 workId, const ApiError &error)
{
    if (!workId)
        return;
    if (!error.isError())
        m_queue.markDone(workId, m_clock->nowMs());
    else
        m_queue.markPending(workId, false, error.serviceMessage, m_clock->nowMs());
}

void SyncRun::sendCrossReference(
    Entity entity, Direction towards, qint64 omieId, qint64 ploomesId, const QJsonObject &currentPloomes, qint64 workId)
{
    detach([this, entity, towards, omieId, ploomesId, currentPloomes, workId](std::function<void()> done) {
        auto finish = [this, workId, done](const ApiError &e, const QString &what) {
            if (e.isError() && !fatal(e, what, true))
                qCWarning(lcSync) << what << "failed:" << e.serviceMessage << "(retried on the next run)";
            crossReferenceDone(workId, e.kind == ApiError::Kind::NotFound ? ApiError{} : e);
            done();
        };
        if (towards == Direction::PloomesToOmie) {
            // Omie keeps the Ploomes id as the integration code (clients only).
            m_omie->associarCodIntCliente(
                omieId, u"PL"_s + QString::number(ploomesId),
                [finish](const Omie::WriteResult &r) { finish(r.error, tr("Storing the Ploomes id in Omie")); });
            return;
        }
        const QString path = entity == Entity::Client                                    ? u"Contacts"_s
                             : entity == Entity::Order || entity == Entity::ServiceOrder ? u"Orders"_s
                                                                                         : u"Products"_s;
        const QJsonObject patch = mergeOtherProperties(withOmieId(entity, QJsonObject(), omieId), currentPloomes);
        m_ploomes->update(path, ploomesId, patch, QString(), [finish](const QJsonObject &, const ApiError &e) {
            finish(e, tr("Storing the Omie id in Ploomes"));
        });
    });
}

void SyncRun::replayCrossReferences(Entity entity)
{
    if (m_options.dryRun)
        return;
    for (const WorkItem &item : m_queue.pending()) {
        if (item.entity != entity || item.operation != u"xref"_s || stopped())
            continue;
        const QJsonObject ids = QJsonDocument::fromJson(item.payload.toUtf8()).object();
        const qint64 omieId = ids.value(u"omie"_s).toInteger();
        const qint64 ploomesId = ids.value(u"ploomes"_s).toInteger();
        m_queue.markInFlight(item.id, m_clock->nowMs());
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

SyncSummary SyncRun::execute()
{
    m_startedAt = m_clock->nowMs();
    SyncSummary summary;
    summary.dryRun = m_options.dryRun;
    Settings &settings = m_profile.settings();

    // Whatever a killed process left behind: runs still "running", creates still "in flight".
    const int interrupted = m_runs.markInterrupted(m_startedAt);
    const int recovered = m_queue.recoverInFlight(m_startedAt);
    if (recovered > 0)
        note(tr("%n create(s) interrupted by an earlier stop will be checked before they are sent again.", nullptr,
                recovered));

    QStringList entityNames;
    for (Entity e : m_options.entities)
        entityNames.append(entityName(e));
    Expected<qint64> runId = m_runs.start(m_options.trigger, m_options.directionName(), entityNames.join(u','),
                                          m_options.dryRun, m_startedAt);
    if (!runId) {
        summary.status = u"failed"_s;
        summary.error = runId.message();
        summary.failureKind = u"configuration"_s;
        return summary;
    }
    m_runId = *runId;
    summary.runId = m_runId;

    auto finish = [&](const QString &status) {
        summary.status = status;
        for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it) {
            summary.counters.append(*it);
            m_runs.saveCounters(m_runId, *it);
        }
        std::sort(summary.counters.begin(), summary.counters.end(), [](const RunCounters &a, const RunCounters &b) {
            return std::make_pair(int(a.entity), int(a.direction)) < std::make_pair(int(b.entity), int(b.direction));
        });
        summary.omieRequests = m_omie ? m_omie->requestsSent() : 0;
        summary.ploomesRequests = m_ploomes ? m_ploomes->requestsSent() : 0;
        summary.throttled =
            (m_omie ? m_omie->throttledResponses() : 0) + (m_ploomes ? m_ploomes->throttledResponses() : 0);
        summary.durationS = double(m_clock->nowMs() - m_startedAt) / 1000.0;
        m_runs.finish(m_runId, status, m_clock->nowMs(), summary.omieRequests, summary.ploomesRequests,
                      summary.throttled, summary.error);
        return summary;
    };

    if (!m_credentials.hasOmie() || !m_credentials.hasPloomes()) {
        summary.error = tr("The Omie App Key/App Secret and the Ploomes User-Key are not all set up. Enter them in "
                           "the settings (or with \"ponte-cli credentials set\").");
        summary.failureKind = u"configuration"_s;
        return finish(u"failed"_s);
    }

    m_omie =
        std::make_unique<Omie::Client>(m_clock, m_transport, Omie::ClientConfig::fromSettings(settings, m_credentials));
    m_ploomes = std::make_unique<Ploomes::Client>(m_clock, m_transport,
                                                  Ploomes::ClientConfig::fromSettings(settings, m_credentials));
    m_omie->scheduler().setBudgetShare(m_options.budgetShare);
    if (interrupted > 0) {
        // A killed run could not save which requests it had just sent: wait one redundancy window.
        m_omie->scheduler().pauseAll(m_clock->nowMs()
                                     + qint64(settings.intValue(SettingKey::OmieRedundantWindowS)) * 1000 + 500);
    }
    m_ploomes->scheduler().setBudgetShare(m_options.budgetShare);
    restoreRecentOmieRequests(m_omie->scheduler(), m_settingsStore);
    restoreRecentPloomesRequests(m_ploomes->scheduler(), m_settingsStore);
    m_mapping = MappingModel::load(m_settingsStore);
    if (!m_options.dryRun && !m_settingsStore.value(kActivatedAtKey))
        m_settingsStore.setValue(kActivatedAtKey,
                                 QDateTime::fromMSecsSinceEpoch(m_startedAt, Qt::UTC).toString(Qt::ISODateWithMs));

    note(m_options.dryRun ? tr("Preview started: nothing will be written.") : tr("Synchronisation started."));
    loadSellerLookups();
    // Each step between a Reading and a Done phase, for the progress view.
    const QList<std::pair<Entity, std::function<void()>>> steps{
        {Entity::Seller, [this] { syncSellers(); }},
        {Entity::Client, [this] { syncClients(); }},
        {Entity::Product, [this] { syncProductsOrServices(Entity::Product); }},
        {Entity::Service, [this] { syncProductsOrServices(Entity::Service); }},
        {Entity::Order, [this] { syncOrders(Entity::Order); }},
        {Entity::ServiceOrder, [this] { syncOrders(Entity::ServiceOrder); }}};
    for (const auto &[entity, run] : steps) {
        if (!m_options.includes(entity) || stopped())
            continue;
        stepPhase(entity, SyncProgress::Phase::Reading);
        run();
        if (!stopped())
            stepPhase(entity, SyncProgress::Phase::Done);
    }

    // Remember what the next process must not repeat, and the learned Ploomes rate.
    saveRecentOmieRequests(m_omie->scheduler(), m_settingsStore);
    saveRecentPloomesRequests(m_ploomes->scheduler(), m_settingsStore);
    if (m_ploomes->throttledResponses() > 0)
        settings.setValue(SettingKey::PloomesLearnedRps, QString::number(m_ploomes->currentRequestsPerSecond()));
    if (m_referenceLoaded)
        saveReferenceCache();

    QString status;
    // A fatal error came first even when the user then pressed Stop (a cancellation never sets one): a run
    // that could not reach a service is recorded as such, not as the user's choice.
    if (cancelled() && !m_fatal.isError()) {
        status = u"cancelled"_s;
        summary.error = tr("Stopped at the user's request; nothing was left half done.");
    } else if (m_fatal.isError()) {
        status = u"failed"_s;
        summary.error =
            m_fatalContext.isEmpty() ? m_fatal.userMessage() : m_fatalContext + u": "_s + m_fatal.userMessage();
        summary.failureKind = m_fatal.kind == ApiError::Kind::Authentication ? u"authentication"_s
                              : m_fatal.kind == ApiError::Kind::Blocked || m_fatal.kind == ApiError::Kind::RateLimited
                                  ? u"blocked"_s
                              : m_fatal.kind == ApiError::Kind::Protocol ? u"protocol"_s
                                                                         : u"unreachable"_s;
        summary.networkFailure = networkFailureName(m_fatal.network);
    } else {
        int failed = 0;
        for (const RunCounters &c : std::as_const(m_counters))
            failed += c.failed;
        status = failed > 0 ? u"partial"_s : u"succeeded"_s;
    }
    m_omie->cancelAll();
    m_ploomes->cancelAll();
    note(tr("Synchronisation finished: %1.").arg(runStatusDisplayName(status).toLower()));
    return finish(status);
}

} // namespace Ponte
