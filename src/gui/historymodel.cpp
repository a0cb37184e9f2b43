#include "historymodel.h"

#include "brasiliatext.h"
#include "export/historycsv.h"
#include "sync/syncoptions.h"

#include <QApplication>
#include <QDateTime>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Ponte {

HistoryModel::HistoryModel(Database &database, QObject *parent) : QAbstractTableModel(parent), m_repository(database)
{
}

void HistoryModel::refresh(int limit)
{
    beginResetModel();
    Expected<QList<RunRecord>> runs = m_repository.recent(limit);
    m_error = runs ? QString() : runs.message();
    m_runs = runs ? std::move(runs.value()) : QList<RunRecord>();
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::triggerText(RunTrigger trigger)
{
    return HistoryCsv::triggerText(trigger);
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const RunRecord &r = m_runs.at(index.row());
    int created = 0, updated = 0, failed = 0;
    for (const RunCounters &c : r.counters) {
        created += c.created;
        updated += c.updated;
        failed += c.failed;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RunColumn:
            return r.dryRun ? tr("%1 (preview)").arg(r.id) : QString::number(r.id);
        case StartedColumn:
            return BrasiliaText::format(r.startedAt, true);
        case TriggerColumn:
            return triggerText(r.trigger);
        case StatusColumn:
            return runStatusDisplayName(r.status);
        case CreatedColumn:
            return created;
        case UpdatedColumn:
            return updated;
        case FailedColumn:
            return failed;
        case RequestsColumn:
            return tr("Omie %1 · Ploomes %2").arg(r.omieRequests).arg(r.ploomesRequests);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && !r.error.isEmpty())
        return r.error;
    // An icon, not a colour, tells the outcome: fixed colours fight dark themes and colour blindness.
    if (role == Qt::DecorationRole && index.column() == StatusColumn) {
        const QStyle *style = QApplication::style();
        switch (r.status) {
        case RunStatus::Failed:
        case RunStatus::Interrupted:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case RunStatus::Partial:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case RunStatus::Succeeded:
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        case RunStatus::Unknown: // a status this version does not know: not shown as a success
            return style->standardIcon(QStyle::SP_MessageBoxQuestion);
        case RunStatus::Running:
        case RunStatus::Cancelled:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= CreatedColumn && index.column() <= FailedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RunColumn:
        return tr("Run");
    case StartedColumn:
        return tr("Started (%1)").arg(BrasiliaText::zoneName());
    case TriggerColumn:
        return tr("Trigger");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case FailedColumn:
        return tr("Failed", "column: records that failed");
    case RequestsColumn:
        return tr("Requests");
    default:
        return {};
    }
}

} // namespace Ponte
