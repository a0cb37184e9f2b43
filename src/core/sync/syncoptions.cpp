#include "syncoptions.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Ponte {

QString SyncOptions::directionName() const
{
    return direction ? Ponte::directionName(*direction) : u"both"_s;
}

int SyncSummary::totalFailed() const
{
    int n = 0;
    for (const RunCounters &c : counters)
        n += c.failed;
    return n;
}

int SyncSummary::totalWrites() const
{
    int n = 0;
    for (const RunCounters &c : counters)
        n += c.created + c.updated;
    return n;
}

QJsonObject SyncSummary::toJson() const
{
    QJsonObject entities;
    for (const RunCounters &c : counters) {
        QJsonObject perDirection = entities.value(entityName(c.entity)).toObject();
        perDirection.insert(Ponte::directionName(c.direction), QJsonObject{{u"created"_s, c.created},
                                                                          {u"updated"_s, c.updated},
                                                                          {u"unchanged"_s, c.unchanged},
                                                                          {u"skipped"_s, c.skipped},
                                                                          {u"failed"_s, c.failed},
                                                                          {u"conflicts"_s, c.conflicts}});
        entities.insert(entityName(c.entity), perDirection);
    }
    QJsonObject o{{u"run_id"_s, runId},
                  {u"status"_s, status},
                  {u"dry_run"_s, dryRun},
                  {u"entities"_s, entities},
                  {u"requests"_s, QJsonObject{{u"omie"_s, omieRequests}, {u"ploomes"_s, ploomesRequests}}},
                  {u"throttled_responses"_s, throttled},
                  {u"duration_s"_s, std::round(durationS * 1000) / 1000}};
    if (!error.isEmpty())
        o.insert(u"error"_s, error);
    if (!failureKind.isEmpty())
        o.insert(u"failure"_s, failureKind);
    return o;
}

} // namespace Ponte
