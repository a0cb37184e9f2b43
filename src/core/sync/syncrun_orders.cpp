// The reads the two order steps share (the Ploomes orders of the run, the contacts, the quarantined orders due
// again); the step itself is OrderStep (orderstep.cpp).
#include "syncrun.h"

#include "ploomes/typedrecords.h"
#include "sync/orderstep.h"

using namespace Qt::StringLiterals;

namespace Ponte {

using Ploomes::Order;

const QList<QJsonObject> *SyncRun::ploomesOrdersSince(const QDateTime &since)
{
    if (m_ploomesOrders && (!m_ploomesOrdersSince.isValid() || (since.isValid() && m_ploomesOrdersSince <= since)))
        return &*m_ploomesOrders;
    Ploomes::Query q;
    if (since.isValid())
        q.filter(Order::changedAfter(since));
    q.orderBy(Order::ByLastUpdate).expand(Order::Expand);
    const ListResult read = ploomesGetAll(Order::Path, q);
    if (read.error.isError()) {
        fatal(read.error, tr("Reading the Ploomes orders"));
        return nullptr;
    }
    m_ploomesOrders = read.items;
    m_ploomesOrdersSince = since;
    return &*m_ploomesOrders;
}

bool SyncRun::appendDueQuarantinedPloomesOrders(Entity E, QList<QJsonObject> &orders)
{
    QList<qint64> due;
    for (const QuarantineEntry &q : retryable()) {
        if (q.entity == E && q.direction == Direction::PloomesToOmie && q.sourceId.toLongLong())
            due.append(q.sourceId.toLongLong());
    }
    return appendPloomesOrders(due, orders, tr("Reading quarantined Ploomes orders"));
}

bool SyncRun::appendPloomesOrders(const QList<qint64> &ids, QList<QJsonObject> &orders, const QString &what)
{
    QSet<qint64> present;
    for (const QJsonObject &o : std::as_const(orders))
        present.insert(Ploomes::Entity(o).id());
    QList<qint64> missing;
    for (qint64 id : ids) {
        if (!present.contains(id) && !missing.contains(id))
            missing.append(id);
    }
    while (!missing.isEmpty()) {
        const QList<qint64> chunk = missing.mid(0, 25);
        missing.remove(0, chunk.size());
        const ListResult got =
            ploomesGetAll(Order::Path, Ploomes::Query().filter(Order::withIds(chunk)).expand(Order::Expand));
        if (got.error.isError()) {
            fatal(got.error, what);
            return false;
        }
        orders.append(got.items);
    }
    return true;
}

void SyncRun::appendDueQuarantinedOmieOrders(Entity E, QList<QJsonObject> &orders, const QList<qint64> &alsoRead)
{
    QList<qint64> due;
    for (const QuarantineEntry &q : retryable()) {
        if (q.entity == E && q.direction == Direction::OmieToPloomes && q.sourceId.toLongLong())
            due.append(q.sourceId.toLongLong());
    }
    const QSet<qint64> quarantined(due.cbegin(), due.cend());
    for (qint64 id : appendOmieOrders(E, due + alsoRead, orders, tr("Reading quarantined Omie orders"))) {
        if (quarantined.contains(id))
            released(E, Direction::OmieToPloomes, QString::number(id));
    }
}

QList<qint64>
SyncRun::appendOmieOrders(Entity E, const QList<qint64> &ids, QList<QJsonObject> &orders, const QString &what)
{
    const bool service = E == Entity::ServiceOrder;
    QSet<qint64> present;
    for (const QJsonObject &o : std::as_const(orders))
        present.insert(service ? Omie::OrdemServico(o).id() : Omie::Pedido(o).id());
    QList<qint64> gone;
    for (qint64 id : ids) {
        if (present.contains(id) || stopped())
            continue;
        present.insert(id);
        ApiError error;
        if (service) {
            const auto got = wait<std::pair<Omie::OrdemServico, ApiError>>([&](auto done) {
                m_omie->consultarOrdemServico(id, QString(), [done](const Omie::OrdemServico &v, const ApiError &e) {
                    done(std::make_pair(v, e));
                });
            });
            error = got.second;
            if (!error.isError())
                orders.append(got.first.json());
        } else {
            const auto got = wait<std::pair<Omie::Pedido, ApiError>>([&](auto done) {
                m_omie->consultarPedido(
                    id, QString(), [done](const Omie::Pedido &v, const ApiError &e) { done(std::make_pair(v, e)); });
            });
            error = got.second;
            if (!error.isError())
                orders.append(got.first.json());
        }
        if (error.kind == ApiError::Kind::NotFound)
            gone.append(id);
        else if (error.isError())
            fatal(error, what);
    }
    return gone;
}

bool SyncRun::loadContacts(const QList<qint64> &ids)
{
    QList<qint64> missing;
    for (qint64 id : ids) {
        if (id && !m_contacts.contains(id) && !missing.contains(id))
            missing.append(id);
    }
    while (!missing.isEmpty()) {
        const QList<qint64> chunk = missing.mid(0, 25);
        missing.remove(0, chunk.size());
        const ListResult got =
            ploomesGetAll(Ploomes::Contact::Path, Ploomes::Query().filter(Ploomes::Contact::withIds(chunk)));
        if (got.error.isError()) {
            fatal(got.error, tr("Reading the contacts of the orders"));
            return false;
        }
        for (const QJsonObject &c : got.items)
            m_contacts.insert(Ploomes::Entity(c).id(), c);
    }
    return true;
}

void SyncRun::syncOrders(Entity entity)
{
    OrderStep(*this, entity).run();
}

} // namespace Ponte
