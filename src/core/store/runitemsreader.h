#pragma once

#include "store/runrepository.h"

#include <QObject>

#include <memory>

namespace Ponte {

class Database;

/**
 * Reads the history items of one run on the thread it lives in, through a connection of its own, so that
 * a window never waits for the thousands of records a large run holds. Move it to a QThread and call
 * read() through a queued connection; itemsRead() carries the ticket back, so that the caller can drop the
 * answer to a question it no longer asks (another run was selected meanwhile).
 */
class RunItemsReader : public QObject
{
    Q_OBJECT
public:
    explicit RunItemsReader(QString databasePath, QObject *parent = nullptr);
    ~RunItemsReader() override;

public slots:
    /** Reads every item of @p runId; answers with itemsRead(). */
    void read(quint64 ticket, qint64 runId);

signals:
    /** @p error is empty when the items were read; otherwise @p items is empty and @p error says why. */
    void itemsRead(quint64 ticket, qint64 runId, const QList<Ponte::RunItem> &items, const QString &error);

private:
    QString m_path;
    std::unique_ptr<Database> m_database; ///< opened on the reader's thread, at the first read
};

} // namespace Ponte
