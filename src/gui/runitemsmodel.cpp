#include "runitemsmodel.h"

#include "sync/syncoptions.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Ponte {

void RunItemsModel::setItems(const QList<RunItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int RunItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int RunItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const RunItem &item = m_items.at(index.row());
    switch (index.column()) {
    case OutcomeColumn:
        return itemOutcomeDisplayName(item.action, item.outcome);
    case EntityColumn:
        return entityDisplayName(item.entity);
    case DirectionColumn:
        return directionDisplayName(item.direction);
    case RecordColumn: {
        QString record = item.label;
        if (item.omieId)
            record += u"  · Omie %1"_s.arg(*item.omieId);
        if (item.ploomesId)
            record += u"  · Ploomes %1"_s.arg(*item.ploomesId);
        return record;
    }
    case ReasonColumn:
        return item.message;
    default:
        return {};
    }
}

QVariant RunItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OutcomeColumn:
        return tr("Outcome");
    case EntityColumn:
        return tr("Kind");
    case DirectionColumn:
        return tr("Direction");
    case RecordColumn:
        return tr("Record");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

QStringList RunItemsModel::distinctValues(int column) const
{
    QSet<QString> values;
    for (int row = 0; row < rowCount(); ++row)
        values.insert(index(row, column).data().toString());
    QStringList sorted(values.cbegin(), values.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

void ColumnFilterProxyModel::setColumnFilter(int column, const QString &text)
{
    if (text.isEmpty())
        m_columnFilters.remove(column);
    else
        m_columnFilters.insert(column, text);
    invalidateFilter();
}

void ColumnFilterProxyModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool ColumnFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    for (auto it = m_columnFilters.cbegin(); it != m_columnFilters.cend(); ++it) {
        if (model->index(sourceRow, it.key(), sourceParent).data().toString() != it.value())
            return false;
    }
    if (m_search.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Ponte
