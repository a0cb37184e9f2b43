#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Ponte {

/** The record kinds Ponte synchronises, in dependency order. */
enum class Entity { Seller, Client, Product, Service, Order, ServiceOrder };

/** Which way a change flows. */
enum class Direction { OmieToPloomes, PloomesToOmie };

/** All entities in the order a run processes them (DESIGN.md §2). */
const QList<Entity> &allEntities();

/** Stable machine names used by the CLI, the database and JSON: "sellers", "service-orders", … */
QString entityName(Entity entity);
std::optional<Entity> entityFromName(const QString &name);
/** Translated, user-facing plural name. */
QString entityDisplayName(Entity entity);

/** "omie-to-ploomes" / "ploomes-to-omie". */
QString directionName(Direction direction);
std::optional<Direction> directionFromName(const QString &name);
QString directionDisplayName(Direction direction);

} // namespace Ponte
