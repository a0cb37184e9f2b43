#pragma once

#include "entities.h"
#include "result.h"

#include <QSet>
#include <QString>

#include <optional>

namespace Ponte {

class Database;

/** One webhook delivery as stored before it is acknowledged. */
struct WebhookEvent
{
    QString source; ///< "omie" or "ploomes"
    QString messageId;
    QString topic;
    std::optional<Entity> entity;
    qint64 recordId = 0;
};

/**
 * Webhook deliveries, written before the sender gets its 200 so that an event acknowledged is never
 * lost, and unique per (source, message id) so that the sender's retries are stored once.
 */
class WebhookEventRepository
{
public:
    explicit WebhookEventRepository(Database &db) : m_db(db) {}
    /** Stores @p event; @p isNew is false when that message id was already stored. */
    Status add(const WebhookEvent &event, qint64 nowMs, bool *isNew);
    int count() const;
    int unprocessedCount() const;
    /**
     * Ids of the records of @p entity that @p source ("omie" or "ploomes") announced deleted since @p sinceMs:
     * Omie topics ending in "Excluido"/"Excluida" (ClienteFornecedor.Excluido, VendaProduto.Excluida, …), the
     * Ploomes action "Delete". Kept after the events are marked handled, so a run started later still sees them.
     */
    QSet<qint64> deletedRecords(const QString &source, Entity entity, qint64 sinceMs) const;
    /** Marks every event received up to now as handled (a sync started after them). */
    Status markAllProcessed(qint64 nowMs);
    /** Deletes handled events older than @p beforeMs; their message ids are then forgotten. */
    Status prune(qint64 beforeMs);

private:
    Database &m_db;
};

} // namespace Ponte
