#include "deletionrepository.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
QString sideName(DeletedIn side)
{
    return side == DeletedIn::Omie ? u"omie"_s : u"ploomes"_s;
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}
} // namespace

Status DeletionRepository::add(const DeletionRecord &r)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO deletions (entity, deleted_in, omie_id, ploomes_id, label, action, detected_at, run_id) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(entityName(r.entity));
    q.addBindValue(sideName(r.deletedIn));
    q.addBindValue(optionalId(r.omieId));
    q.addBindValue(optionalId(r.ploomesId));
    q.addBindValue(r.label);
    q.addBindValue(r.action);
    q.addBindValue(r.detectedAt);
    q.addBindValue(r.runId);
    if (!q.exec())
        return Database::queryError(q, u"record deletion"_s);
    return Status::ok();
}

QSet<qint64> DeletionRepository::unlinkedSurvivors(Entity entity, DeletedIn deletedIn) const
{
    return survivors(entity, deletedIn, u"unlinked"_s);
}

QSet<qint64> DeletionRepository::recreatedSurvivors(Entity entity, DeletedIn deletedIn) const
{
    return survivors(entity, deletedIn, u"recreated"_s);
}

QSet<qint64> DeletionRepository::survivors(Entity entity, DeletedIn deletedIn, const QString &action) const
{
    QSet<qint64> ids;
    QSqlQuery q(m_db.connection());
    q.prepare(deletedIn == DeletedIn::Omie
                  ? u"SELECT ploomes_id FROM deletions WHERE entity = ? AND deleted_in = ? AND action = ?"_s
                  : u"SELECT omie_id FROM deletions WHERE entity = ? AND deleted_in = ? AND action = ?"_s);
    q.addBindValue(entityName(entity));
    q.addBindValue(sideName(deletedIn));
    q.addBindValue(action);
    if (!q.exec())
        return ids;
    while (q.next()) {
        if (!q.value(0).isNull())
            ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

Status DeletionRepository::markRecreated(Entity entity, DeletedIn deletedIn, const QSet<qint64> &survivorIds)
{
    QSqlQuery q(m_db.connection());
    q.prepare(deletedIn == DeletedIn::Omie
                  ? u"UPDATE deletions SET action = 'recreated' WHERE entity = ? AND deleted_in = ? AND ploomes_id = ? "
                    "AND action = 'unlinked'"_s
                  : u"UPDATE deletions SET action = 'recreated' WHERE entity = ? AND deleted_in = ? AND omie_id = ? "
                    "AND action = 'unlinked'"_s);
    for (qint64 id : survivorIds) {
        q.addBindValue(entityName(entity));
        q.addBindValue(sideName(deletedIn));
        q.addBindValue(id);
        if (!q.exec())
            return Database::queryError(q, u"mark a deletion recreated"_s);
    }
    return Status::ok();
}

int DeletionRepository::count(Entity entity) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT COUNT(*) FROM deletions WHERE entity = ?"_s);
    q.addBindValue(entityName(entity));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace Ponte
