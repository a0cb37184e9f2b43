#include "entities.h"

using namespace Qt::StringLiterals;

namespace Ponte {

const QList<Entity> &allEntities()
{
    static const QList<Entity> all = {Entity::Seller,  Entity::Client, Entity::Product,
                                      Entity::Service, Entity::Order,  Entity::ServiceOrder};
    return all;
}

QString entityName(Entity entity)
{
    switch (entity) {
    case Entity::Seller:
        return u"sellers"_s;
    case Entity::Client:
        return u"clients"_s;
    case Entity::Product:
        return u"products"_s;
    case Entity::Service:
        return u"services"_s;
    case Entity::Order:
        return u"orders"_s;
    case Entity::ServiceOrder:
        return u"service-orders"_s;
    }
    return {};
}

std::optional<Entity> entityFromName(const QString &name)
{
    for (Entity e : allEntities()) {
        if (entityName(e) == name.trimmed().toLower())
            return e;
    }
    return std::nullopt;
}

QString entityDisplayName(Entity entity)
{
    switch (entity) {
    case Entity::Seller:
        return QCoreApplication::translate("Ponte::Entity", "Sellers");
    case Entity::Client:
        return QCoreApplication::translate("Ponte::Entity", "Clients");
    case Entity::Product:
        return QCoreApplication::translate("Ponte::Entity", "Products");
    case Entity::Service:
        return QCoreApplication::translate("Ponte::Entity", "Services");
    case Entity::Order:
        return QCoreApplication::translate("Ponte::Entity", "Sales orders");
    case Entity::ServiceOrder:
        return QCoreApplication::translate("Ponte::Entity", "Service orders");
    }
    return {};
}

QString directionName(Direction direction)
{
    return direction == Direction::OmieToPloomes ? u"omie-to-ploomes"_s : u"ploomes-to-omie"_s;
}

std::optional<Direction> directionFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"omie-to-ploomes"_s)
        return Direction::OmieToPloomes;
    if (n == u"ploomes-to-omie"_s)
        return Direction::PloomesToOmie;
    return std::nullopt;
}

QString directionDisplayName(Direction direction)
{
    return direction == Direction::OmieToPloomes ? QCoreApplication::translate("Ponte::Entity", "Omie → Ploomes")
                                                 : QCoreApplication::translate("Ponte::Entity", "Ploomes → Omie");
}

} // namespace Ponte
