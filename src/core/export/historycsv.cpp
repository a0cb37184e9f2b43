#include "historycsv.h"

#include "brasiliatime.h"
#include "export/csvwriter.h"
#include "sync/syncoptions.h"

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {

// Brasília wall time as text, like the window shows it: CsvWriter would turn a QDateTime into this computer's time.
QString brasilia(qint64 ms)
{
    return BrasiliaTime::ofMs(ms).toString(u"dd/MM/yyyy HH:mm:ss"_s);
}

} // namespace

QString HistoryCsv::triggerText(RunTrigger trigger)
{
    switch (trigger) {
    case RunTrigger::Manual:
        return tr("Manual");
    case RunTrigger::Schedule:
        return tr("Scheduled");
    case RunTrigger::Webhook:
        return tr("Webhook");
    case RunTrigger::Poll:
        return tr("Polling");
    case RunTrigger::Cli:
        return tr("Command line");
    case RunTrigger::Unknown:
        break;
    }
    return tr("Unknown trigger");
}

QByteArray HistoryCsv::runs(const QList<RunRecord> &runs)
{
    CsvWriter csv({tr("Run"), tr("Started"), tr("Finished"), tr("Trigger"), tr("Preview"), tr("Status"), tr("Created"),
                   tr("Updated"), tr("Failed", "column: records that failed"), tr("Omie requests"),
                   tr("Ploomes requests"), tr("Duration (s)"), tr("Error")});
    for (const RunRecord &r : runs) {
        int created = 0, updated = 0, failed = 0;
        for (const RunCounters &c : r.counters) {
            created += c.created;
            updated += c.updated;
            failed += c.failed;
        }
        csv.addRow({r.id, brasilia(r.startedAt), r.finishedAt ? QVariant(brasilia(r.finishedAt)) : QVariant(),
                    triggerText(r.trigger), r.dryRun ? tr("yes") : tr("no"), runStatusDisplayName(r.status), created,
                    updated, failed, r.omieRequests, r.ploomesRequests,
                    r.finishedAt ? QVariant(double(r.finishedAt - r.startedAt) / 1000.0) : QVariant(), r.error});
    }
    return csv.data();
}

QByteArray HistoryCsv::items(const QList<RunItem> &items)
{
    CsvWriter csv({tr("Outcome"), tr("Kind"), tr("Direction"), tr("Record"), tr("Omie id"), tr("Ploomes id"),
                   tr("When"), tr("Reason")});
    for (const RunItem &i : items) {
        csv.addRow({itemOutcomeDisplayName(i.action, i.outcome), entityDisplayName(i.entity),
                    directionDisplayName(i.direction), i.label, i.omieId ? QVariant(*i.omieId) : QVariant(),
                    i.ploomesId ? QVariant(*i.ploomesId) : QVariant(), brasilia(i.at), i.message});
    }
    return csv.data();
}

} // namespace Ponte
