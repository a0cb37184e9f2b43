#include "couplingrepository.h"

#include "database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
const QString kColumns = u"id, entity, omie_id, ploomes_id, omie_hash, ploomes_hash, omie_updated_at, "
                         "ploomes_updated_at, last_sync_at"_s;

Coupling fromQuery(const QSqlQuery &q)
{
    Coupling c;
    c.id = q.value(0).toLongLong();
    c.entity = entityFromName(q.value(1).toString()).value_or(Entity::Client);
    if (!q.value(2).isNull())
        c.omieId = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        c.ploomesId = q.value(3).toLongLong();
    c.omieHash = q.value(4).toString();
    c.ploomesHash = q.value(5).toString();
    c.omieUpdatedAt = q.value(6).toString();
    c.ploomesUpdatedAt = q.value(7).toString();
    c.lastSyncAt = q.value(8).toLongLong();
    return c;
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}
} // namespace

std::optional<Coupling> CouplingRepository::findOne(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kColumns + u" FROM couplings WHERE "_s + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<Coupling> CouplingRepository::findById(qint64 couplingId) const
{
    return findOne(u"id = ?"_s, {couplingId});
}

std::optional<Coupling> CouplingRepository::findByOmieId(Entity entity, qint64 omieId) const
{
    return findOne(u"entity = ? AND omie_id = ?"_s, {entityName(entity), omieId});
}

std::optional<Coupling> CouplingRepository::findByPloomesId(Entity entity, qint64 ploomesId) const
{
    return findOne(u"entity = ? AND ploomes_id = ?"_s, {entityName(entity), ploomesId});
}

QList<Coupling> CouplingRepository::all(Entity entity) const
{
    QList<Coupling> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kColumns + u" FROM couplings WHERE entity = ? ORDER BY id"_s);
    q.addBindValue(entityName(entity));
    if (q.exec()) {
        while (q.next())
            result.append(fromQuery(q));
    }
    return result;
}

int CouplingRepository::count(Entity entity) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT count(*) FROM couplings WHERE entity = ?"_s);
    q.addBindValue(entityName(entity));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

Expected<Coupling> CouplingRepository::save(const Coupling &coupling)
{
    if (!coupling.omieId && !coupling.ploomesId)
        return Status::error(QCoreApplication::translate("Ponte::CouplingRepository",
                                                         "A link needs an Omie id or a Ploomes id."));
    std::optional<Coupling> byOmie = coupling.omieId ? findByOmieId(coupling.entity, *coupling.omieId) : std::nullopt;
    std::optional<Coupling> byPloomes =
        coupling.ploomesId ? findByPloomesId(coupling.entity, *coupling.ploomesId) : std::nullopt;
    if (byOmie && byPloomes && byOmie->id != byPloomes->id)
        return Status::error(
            QCoreApplication::translate("Ponte::CouplingRepository",
                                        "Omie record %1 and Ploomes record %2 are already linked to other records.")
                .arg(*coupling.omieId)
                .arg(*coupling.ploomesId));
    qint64 existingId = coupling.id;
    if (!existingId)
        existingId = byOmie ? byOmie->id : (byPloomes ? byPloomes->id : 0);
    // An id the caller does not know is kept, never wiped.
    Coupling merged = coupling;
    std::optional<Coupling> existing = coupling.id ? findById(coupling.id) : (byOmie ? byOmie : byPloomes);
    if ((byOmie && byOmie->id != existingId) || (byPloomes && byPloomes->id != existingId))
        return Status::error(QCoreApplication::translate("Ponte::CouplingRepository",
                                                         "This record is already linked to another record."));
    if (existing) {
        if (!merged.omieId)
            merged.omieId = existing->omieId;
        if (!merged.ploomesId)
            merged.ploomesId = existing->ploomesId;
    }

    QSqlQuery q(m_db.connection());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (existingId) {
        q.prepare(u"UPDATE couplings SET omie_id = ?, ploomes_id = ?, omie_hash = ?, ploomes_hash = ?, "
                  "omie_updated_at = ?, ploomes_updated_at = ?, last_sync_at = ? WHERE id = ?"_s);
    } else {
        q.prepare(u"INSERT INTO couplings (omie_id, ploomes_id, omie_hash, ploomes_hash, omie_updated_at, "
                  "ploomes_updated_at, last_sync_at, entity, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    }
    q.addBindValue(optionalId(merged.omieId));
    q.addBindValue(optionalId(merged.ploomesId));
    q.addBindValue(merged.omieHash);
    q.addBindValue(merged.ploomesHash);
    q.addBindValue(merged.omieUpdatedAt);
    q.addBindValue(merged.ploomesUpdatedAt);
    q.addBindValue(merged.lastSyncAt);
    if (existingId) {
        q.addBindValue(existingId);
    } else {
        q.addBindValue(entityName(coupling.entity));
        q.addBindValue(now);
    }
    if (!q.exec())
        return Database::queryError(q, u"save coupling"_s);
    Coupling saved = merged;
    saved.id = existingId ? existingId : q.lastInsertId().toLongLong();
    return saved;
}

Status CouplingRepository::remove(qint64 couplingId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM couplings WHERE id = ?"_s);
    q.addBindValue(couplingId);
    if (!q.exec())
        return Database::queryError(q, u"remove coupling"_s);
    return Status::ok();
}

} // namespace Ponte
