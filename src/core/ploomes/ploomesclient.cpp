#include "ploomesclient.h"

#include "logging.h"
#include "ploomes/ploomeserrors.h"
#include "secrets/credentials.h"
#include "settings.h"

#include <QJsonDocument>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace Ponte::Ploomes {

namespace {
constexpr int kEmptyPageRetries = 3;
constexpr int kCitiesPerRequest = 25;
} // namespace

ClientConfig ClientConfig::fromSettings(const Settings &settings, const Credentials &credentials)
{
    ClientConfig c;
    c.baseUrl = settings.urlValue(SettingKey::PloomesUrl);
    c.userKey = credentials.ploomesUserKey;
    c.requestsPerSecond = settings.doubleValue(SettingKey::PloomesRequestsPerSecond);
    c.maxInFlight = settings.intValue(SettingKey::PloomesMaxInFlight);
    c.pageSize = settings.intValue(SettingKey::PloomesPageSize);
    c.timeoutMs = settings.intValue(SettingKey::NetTimeoutS) * 1000;
    c.retry.maxAttempts = settings.intValue(SettingKey::NetMaxRetries) + 1;
    c.retry.baseDelayMs = settings.intValue(SettingKey::NetRetryBaseMs);
    c.emptyPagePauseMs = settings.intValue(SettingKey::PloomesEmptyPagePauseMs);
    // A learned rate only applies to the rate it was learned under.
    if (!settings.overriddenBy(SettingKey::PloomesRequestsPerSecond))
        c.learnedRequestsPerSecond = settings.doubleValue(SettingKey::PloomesLearnedRps);
    return c;
}

SchedulerLimits ClientConfig::schedulerLimits() const
{
    SchedulerLimits l;
    if (requestsPerSecond >= 1) {
        l.totalLimit = int(std::floor(requestsPerSecond));
        l.totalWindowMs = 1000;
    } else {
        l.totalLimit = 1;
        l.totalWindowMs = qint64(std::ceil(1000.0 / std::max(requestsPerSecond, 0.001)));
    }
    l.totalConcurrency = maxInFlight;
    l.paced = true;
    return l;
}

double factorAfterThrottle(double factor, qint64 sinceLastDecreaseMs)
{
    // Still recovering: the 15 % step takes one recovery interval to undo, a halving four.
    const bool again = sinceLastDecreaseMs >= 0 && sinceLastDecreaseMs < 2 * kRateRecoveryIntervalMs;
    return std::max(0.02, again ? factor / 2 : factor * 0.85);
}

Client::Client(Clock *clock, Transport *transport, const ClientConfig &config, QObject *parent)
    : QObject(parent), m_clock(clock), m_config(config),
      m_scheduler(new RequestScheduler(clock, config.schedulerLimits(), this)),
      m_caller(new ApiCaller(clock, m_scheduler, transport, &classifyReply, config.retry, this))
{
    if (!m_config.baseUrl.path().endsWith(u'/'))
        m_config.baseUrl.setPath(m_config.baseUrl.path() + u'/');
    m_caller->setPauseAllOnRateLimit(true);
    m_caller->setCorrelationHeader("X-Request-ID");
    connect(m_caller, &ApiCaller::throttled, this, &Client::onThrottled);
    if (m_config.learnedRequestsPerSecond > 0 && m_config.learnedRequestsPerSecond < m_config.requestsPerSecond) {
        m_factor = m_config.learnedRequestsPerSecond / m_config.requestsPerSecond;
        m_scheduler->setRateFactor(m_factor);
        m_lastAdjustMs = clock->nowMs();
    }
}

Client::~Client()
{
    cancelAll();
}

void Client::cancelAll()
{
    m_caller->cancelAll();
}

double Client::currentRequestsPerSecond() const
{
    return m_config.requestsPerSecond * m_factor;
}

void Client::onThrottled(const ApiError &error)
{
    if (error.kind != ApiError::Kind::RateLimited)
        return;
    // Requests already in flight when the limit was hit answer 429 together: one episode, one halving.
    const qint64 now = m_clock->nowMs();
    if (m_lastThrottleMs > 0 && now - m_lastThrottleMs < std::max<qint64>(error.waitMs, 1000)) {
        m_lastThrottleMs = now;
        return;
    }
    m_lastThrottleMs = now;
    m_factor = factorAfterThrottle(m_factor, m_lastDecreaseMs < 0 ? -1 : now - m_lastDecreaseMs);
    m_scheduler->setRateFactor(m_factor);
    m_lastAdjustMs = now;
    m_lastDecreaseMs = now;
    qCWarning(lcPloomes) << "HTTP 429: slowing down to" << currentRequestsPerSecond() << "requests/s";
    emit rateChanged(currentRequestsPerSecond());
}

void Client::recover()
{
    const qint64 now = m_clock->nowMs();
    if (m_factor >= 1.0 || now - m_lastAdjustMs < kRateRecoveryIntervalMs)
        return;
    m_factor = std::min(1.0, m_factor * 1.25);
    m_scheduler->setRateFactor(m_factor);
    m_lastAdjustMs = now;
    qCInfo(lcPloomes) << "no throttling for a while: speeding up to" << currentRequestsPerSecond() << "requests/s";
    emit rateChanged(currentRequestsPerSecond());
}

void Client::send(const QByteArray &verb,
                  const QUrl &url,
                  const QJsonObject *body,
                  bool write,
                  const QString &label,
                  std::function<void(const CallResult &)> done)
{
    CallSpec spec;
    spec.http.verb = verb;
    spec.http.url = url;
    spec.http.headers = {{"User-Key", m_config.userKey.toUtf8()}, {"Accept", "application/json"}};
    if (body) {
        spec.http.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        spec.http.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    spec.http.timeoutMs = m_config.timeoutMs;
    spec.ticket.key = u"ploomes"_s;
    spec.ticket.write = write;
    spec.write = write;
    spec.label = label;
    m_caller->call(spec, [this, label, done = std::move(done)](const CallResult &result) {
        if (result.ok())
            recover();
        else if (result.error.kind != ApiError::Kind::Cancelled)
            qCWarning(lcPloomes) << label << result.error.kindName() << result.error.serviceMessage
                                 << result.error.correlationId;
        done(result);
    });
}

QList<QJsonObject> Client::valueArray(const QByteArray &body, ApiError *error)
{
    QList<QJsonObject> out;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue value = doc.object().value(u"value"_s);
    if (!doc.isObject() || !value.isArray()) {
        *error = ApiError::protocol(QCoreApplication::translate("Ponte::Ploomes", "reply without a \"value\" list"));
        return out;
    }
    for (const QJsonValue &v : value.toArray())
        out.append(v.toObject());
    return out;
}

void Client::get(const QString &path, const Query &query, ItemsCallback done)
{
    send("GET", query.url(m_config.baseUrl, path), nullptr, false, u"GET "_s + path, [done](const CallResult &r) {
        if (!r.ok()) {
            done({}, r.error);
            return;
        }
        ApiError error;
        const QList<QJsonObject> items = valueArray(r.response.body, &error);
        done(items, error);
    });
}

void Client::fetchPage(
    const QString &path, const Query &query, QList<QJsonObject> collected, int emptyRetries, ItemsCallback done)
{
    get(path, query,
        [this, path, query, collected, emptyRetries, done](const QList<QJsonObject> &items,
                                                           const ApiError &error) mutable {
            if (error.isError()) {
                done({}, error);
                return;
            }
            // A throttled Ploomes may answer 200 with an empty page, the first one included (§7.3): an empty
            // first page is confirmed once after a pause, a mid-scan one a few times, before it is believed.
            const int retries = query.skipValue() > 0 ? kEmptyPageRetries : 1;
            if (items.isEmpty() && emptyRetries < retries) {
                qCInfo(lcPloomes) << "empty page at $skip" << query.skipValue() << "of" << path << "- asking again";
                m_clock->callAfter(qint64(m_config.emptyPagePauseMs) * (emptyRetries + 1), this,
                                   [this, path, query, collected, emptyRetries, done] {
                                       fetchPage(path, query, collected, emptyRetries + 1, done);
                                   });
                return;
            }
            collected += items;
            if (items.size() < query.topValue()) {
                done(collected, {});
                return;
            }
            Query next = query;
            next.skip(query.skipValue() + int(items.size()));
            fetchPage(path, next, collected, 0, done);
        });
}

void Client::getAll(const QString &path, Query query, ItemsCallback done)
{
    query.top(m_config.pageSize).skip(0);
    if (query.orderByText().isEmpty())
        query.orderBy(u"Id"_s); // a stable order is what makes $skip paging correct
    fetchPage(path, query, {}, 0, std::move(done));
}

void Client::getById(const QString &path, qint64 id, const Query &query, ItemCallback done)
{
    Query q = query;
    q.filter(OData::andAll({OData::eq(u"Id"_s, id), query.filterText()}));
    // Through the paged reader: an empty answer is asked again after a pause before "not found" is believed
    // (§7.3). $top 2 ends the read after its one page.
    q.top(2).skip(0);
    fetchPage(path, q, {}, 0, [done, id, path](const QList<QJsonObject> &items, const ApiError &error) {
        if (error.isError()) {
            done({}, error);
            return;
        }
        if (items.isEmpty()) {
            ApiError notFound;
            notFound.kind = ApiError::Kind::NotFound;
            notFound.serviceMessage = u"%1(%2)"_s.arg(path).arg(id);
            done({}, notFound);
            return;
        }
        done(items.first(), {});
    });
}

void Client::create(const QString &path, const QJsonObject &body, const QString &expand, ItemCallback done)
{
    Query q;
    if (!expand.isEmpty())
        q.expand(expand);
    send("POST", q.url(m_config.baseUrl, path), &body, true, u"POST "_s + path, [done, path](const CallResult &r) {
        if (!r.ok()) {
            done({}, r.error);
            return;
        }
        ApiError error;
        const QList<QJsonObject> items = valueArray(r.response.body, &error);
        if (!error.isError() && (items.isEmpty() || Entity(items.first()).id() == 0))
            error = ApiError::protocol(
                QCoreApplication::translate("Ponte::Ploomes", "POST %1 answered without the new Id").arg(path));
        if (error.isError())
            error.ambiguous = true; // created, but we cannot tell its id
        done(error.isError() ? QJsonObject() : items.first(), error);
    });
}

void Client::update(const QString &path, qint64 id, const QJsonObject &patch, const QString &expand, ItemCallback done)
{
    Query q;
    if (!expand.isEmpty())
        q.expand(expand);
    const QString target = u"%1(%2)"_s.arg(path).arg(id);
    send("PATCH", q.url(m_config.baseUrl, target), &patch, true, u"PATCH "_s + path, [done](const CallResult &r) {
        if (!r.ok()) {
            done({}, r.error);
            return;
        }
        ApiError error;
        const QList<QJsonObject> items = valueArray(r.response.body, &error);
        // Some PATCH answers are empty: the update still succeeded.
        done(items.value(0), r.response.body.trimmed().isEmpty() ? ApiError{} : error);
    });
}

void Client::remove(const QString &path, qint64 id, ErrorCallback done)
{
    const QString target = u"%1(%2)"_s.arg(path).arg(id);
    send("DELETE", m_config.baseUrl.resolved(QUrl(target)), nullptr, true, u"DELETE "_s + path,
         [done](const CallResult &r) { done(r.error); });
}

void Client::testConnection(ErrorCallback done)
{
    get(u"Account"_s, Query().top(1).select({u"Id"_s}), [done](const QList<QJsonObject> &, const ApiError &error) {
        ApiError e = error;
        if (e.httpStatus == 403)
            e.kind = ApiError::Kind::Authentication; // a key that may not even read its own account
        done(e);
    });
}

void Client::users(ItemsCallback done)
{
    getAll(u"Users"_s, Query().select({u"Id"_s, u"Name"_s, u"Email"_s, u"Suspended"_s}), std::move(done));
}

void Client::fieldTypes(ItemsCallback done)
{
    getAll(u"Fields@Types"_s, Query(), std::move(done));
}

void Client::fieldEntities(ItemsCallback done)
{
    getAll(u"Fields@Entities"_s, Query(), std::move(done));
}

void Client::fields(qint64 entityId, ItemsCallback done)
{
    getAll(u"Fields"_s, Query().filter(OData::eq(u"EntityId"_s, entityId)).expand(u"Type"_s), std::move(done));
}

void Client::createField(qint64 entityId, const QString &name, qint64 typeId, ItemCallback done)
{
    const QJsonObject body{{u"Name"_s, name}, {u"EntityId"_s, entityId}, {u"TypeId"_s, typeId}};
    create(u"Fields"_s, body, QString(), std::move(done));
}

void Client::states(ItemsCallback done)
{
    getAll(u"Cities@Countries@States"_s, Query().filter(OData::eq(u"CountryId"_s, 76)), std::move(done));
}

void Client::citiesByIbge(const QList<qint64> &codes, ItemsCallback done)
{
    struct State
    {
        QList<qint64> remaining;
        QList<QJsonObject> found;
    };
    auto state = std::make_shared<State>();
    state->remaining = codes;
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, state, step, done]() {
        if (state->remaining.isEmpty()) {
            done(state->found, {});
            *step = nullptr;
            return;
        }
        const QList<qint64> chunk = state->remaining.mid(0, kCitiesPerRequest);
        state->remaining.remove(0, chunk.size());
        getAll(u"Cities"_s, Query().filter(OData::anyOf(u"IBGECode"_s, chunk)),
               [state, step, done](const QList<QJsonObject> &items, const ApiError &error) {
                   if (error.isError()) {
                       done({}, error);
                       *step = nullptr;
                       return;
                   }
                   state->found += items;
                   (*step)();
               });
    };
    (*step)();
}

void Client::phoneTypes(ItemsCallback done)
{
    getAll(u"PhoneTypes"_s, Query(), std::move(done));
}

void Client::contactStatuses(ItemsCallback done)
{
    getAll(u"Contacts@Status"_s, Query(), std::move(done));
}

void Client::tags(ItemsCallback done)
{
    getAll(u"Tags"_s, Query(), std::move(done));
}

void Client::productFamilies(ItemsCallback done)
{
    getAll(u"Products@Families"_s, Query(), std::move(done));
}

void Client::productGroups(ItemsCallback done)
{
    getAll(u"Products@Groups"_s, Query(), std::move(done));
}

void Client::orderStages(ItemsCallback done)
{
    getAll(u"Orders@Stages"_s, Query(), std::move(done));
}

namespace {
Query changedSince(const QDateTime &since, const QString &expand)
{
    Query q;
    if (since.isValid())
        q.filter(u"LastUpdateDate gt "_s + OData::dateTime(since));
    q.orderBy(u"LastUpdateDate,Id"_s);
    q.expand(expand);
    return q;
}
} // namespace

void Client::contactsChangedSince(const QDateTime &since, ItemsCallback done)
{
    getAll(u"Contacts"_s, changedSince(since, u"Phones,Tags($expand=Tag),OtherProperties"_s), std::move(done));
}

void Client::productsChangedSince(const QDateTime &since, ItemsCallback done)
{
    getAll(u"Products"_s, changedSince(since, u"OtherProperties"_s), std::move(done));
}

void Client::ordersChangedSince(const QDateTime &since, ItemsCallback done)
{
    getAll(u"Orders"_s, changedSince(since, u"Products,OtherProperties"_s), std::move(done));
}

} // namespace Ponte::Ploomes
