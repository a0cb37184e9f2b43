#pragma once

#include "store/runrepository.h"

#include <QAbstractTableModel>

namespace Ponte {

class Database;

/** The sync history table: one row per run, newest first. */
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RunColumn,
        StartedColumn,
        TriggerColumn,
        StatusColumn,
        CreatedColumn,
        UpdatedColumn,
        FailedColumn,
        RequestsColumn,
        ColumnCount
    };

    explicit HistoryModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Re-reads the last runs from the database. */
    void refresh(int limit = 200);
    /** Why the last refresh read nothing (a damaged or unreadable database); empty when it worked. */
    QString error() const { return m_error; }
    const RunRecord &run(int row) const { return m_runs.at(row); }

    static QString triggerText(RunTrigger trigger);

private:
    RunRepository m_repository;
    QList<RunRecord> m_runs;
    QString m_error;
};

} // namespace Ponte
