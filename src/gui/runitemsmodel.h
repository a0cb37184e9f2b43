#pragma once

#include "store/runrepository.h"

#include <QAbstractTableModel>
#include <QMap>
#include <QSortFilterProxyModel>

namespace Ponte {

/** The records of one run, one row each, as the history page lists them. */
class RunItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OutcomeColumn, EntityColumn, DirectionColumn, RecordColumn, ReasonColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setItems(const QList<RunItem> &items);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The distinct texts of @p column, sorted: the choices of that column's filter. */
    QStringList distinctValues(int column) const;

private:
    QList<RunItem> m_items;
};

/**
 * Rows whose columns equal the chosen texts (an empty choice keeps all) and that contain the
 * search text in any column. Filtering on the shown text keeps filter and table in agreement.
 */
class ColumnFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setColumnFilter(int column, const QString &text);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QMap<int, QString> m_columnFilters;
    QString m_search;
};

} // namespace Ponte
