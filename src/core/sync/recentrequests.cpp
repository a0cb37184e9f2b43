#include "recentrequests.h"

#include "logging.h"
#include "net/requestscheduler.h"
#include "store/settingsrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
const QString kRecentRequestsKey = u"state.omie_recent_requests"_s;
const QString kOmieRateKey = u"state.omie_rate_history"_s;
const QString kPloomesRateKey = u"state.ploomes_rate_history"_s;

QJsonObject storedObject(const SettingsRepository &store, const QString &key)
{
    const std::optional<QString> text = store.value(key);
    return text ? QJsonDocument::fromJson(text->toUtf8()).object() : QJsonObject();
}

QList<qint64> toTimes(const QJsonArray &a)
{
    QList<qint64> out;
    out.reserve(a.size());
    for (const QJsonValue &v : a)
        out.append(v.toInteger());
    return out;
}

QJsonArray toArray(const QList<qint64> &times)
{
    QJsonArray a;
    for (qint64 t : times)
        a.append(t);
    return a;
}

void restoreRateHistory(RequestScheduler &scheduler, const SettingsRepository &store, const QString &key)
{
    const QJsonObject o = storedObject(store, key);
    RequestScheduler::RateHistory h;
    h.total = toTimes(o.value(u"total"_s).toArray());
    const QJsonObject perKey = o.value(u"per_key"_s).toObject();
    for (auto it = perKey.constBegin(); it != perKey.constEnd(); ++it)
        h.perKey.insert(it.key(), toTimes(it.value().toArray()));
    scheduler.restoreRateHistory(h);
}

void saveRateHistory(RequestScheduler &scheduler, SettingsRepository &store, const QString &key)
{
    // What another process saved meanwhile is kept too: the history is a union, pruned by age.
    restoreRateHistory(scheduler, store, key);
    const RequestScheduler::RateHistory h = scheduler.rateHistory();
    QJsonObject perKey;
    for (auto it = h.perKey.cbegin(); it != h.perKey.cend(); ++it)
        perKey.insert(it.key(), toArray(*it));
    const QJsonObject o{{u"total"_s, toArray(h.total)}, {u"per_key"_s, perKey}};
    // Best effort: a lost history costs at most one window of caution, never a record.
    (void)store.setValue(key, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}
} // namespace

void restoreRecentOmieRequests(RequestScheduler &scheduler, const SettingsRepository &store)
{
    QHash<QByteArray, qint64> restored;
    const QJsonObject o = storedObject(store, kRecentRequestsKey);
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        restored.insert(QByteArray::fromHex(it.key().toLatin1()), it.value().toInteger());
    scheduler.restoreRecentRequests(restored);
    restoreRateHistory(scheduler, store, kOmieRateKey);
}

void saveRecentOmieRequests(RequestScheduler &scheduler, SettingsRepository &store)
{
    // What another client saved meanwhile is kept too: the log is a union, pruned by age.
    restoreRecentOmieRequests(scheduler, store);
    QJsonObject recent;
    const QHash<QByteArray, qint64> requests = scheduler.recentRequests();
    for (auto it = requests.cbegin(); it != requests.cend(); ++it)
        recent.insert(QString::fromLatin1(it.key().toHex()), *it);
    // Losing it costs one redundancy window of caution at the next start, not correctness: log it.
    if (Status s =
            store.setValue(kRecentRequestsKey, QString::fromUtf8(QJsonDocument(recent).toJson(QJsonDocument::Compact)));
        !s)
        qCWarning(lcSync) << "recent Omie requests not saved:" << s.message() << s.detail();
    saveRateHistory(scheduler, store, kOmieRateKey);
}

void restoreRecentPloomesRequests(RequestScheduler &scheduler, const SettingsRepository &store)
{
    restoreRateHistory(scheduler, store, kPloomesRateKey);
}

void saveRecentPloomesRequests(RequestScheduler &scheduler, SettingsRepository &store)
{
    saveRateHistory(scheduler, store, kPloomesRateKey);
}

} // namespace Ponte
