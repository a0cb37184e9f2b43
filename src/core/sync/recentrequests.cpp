#include "recentrequests.h"

#include "net/requestscheduler.h"
#include "store/settingsrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
const QString kRecentRequestsKey = u"state.omie_recent_requests"_s;
} // namespace

void restoreRecentOmieRequests(RequestScheduler &scheduler, const SettingsRepository &store)
{
    const std::optional<QString> recent = store.value(kRecentRequestsKey);
    if (!recent)
        return;
    QHash<QByteArray, qint64> restored;
    const QJsonObject o = QJsonDocument::fromJson(recent->toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        restored.insert(QByteArray::fromHex(it.key().toLatin1()), it.value().toInteger());
    scheduler.restoreRecentRequests(restored);
}

void saveRecentOmieRequests(RequestScheduler &scheduler, SettingsRepository &store)
{
    // What another client saved meanwhile is kept too: the log is a union, pruned by age.
    restoreRecentOmieRequests(scheduler, store);
    QJsonObject recent;
    const QHash<QByteArray, qint64> requests = scheduler.recentRequests();
    for (auto it = requests.cbegin(); it != requests.cend(); ++it)
        recent.insert(QString::fromLatin1(it.key().toHex()), *it);
    store.setValue(kRecentRequestsKey, QString::fromUtf8(QJsonDocument(recent).toJson(QJsonDocument::Compact)));
}

} // namespace Ponte
