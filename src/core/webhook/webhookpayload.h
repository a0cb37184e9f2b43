#pragma once

#include "entities.h"
#include "store/webhookeventrepository.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Ponte::Webhook {

/** What a webhook body says, read before any token or app check. */
struct Payload
{
    bool valid = false; ///< the body is a JSON object
    QString bodyToken;  ///< Ploomes' ValidationKey, which some accounts send in the body
    QString appKey;     ///< Omie: the app the event belongs to
    bool ping = false;  ///< Omie's check when the address is registered
    WebhookEvent event; ///< source, message id, topic, entity (nullopt when ignored) and record id
};

/** Entity of an Omie topic ("VendaProduto.Faturada" → orders); nullopt for topics Ponte ignores. */
std::optional<Entity> entityForOmieTopic(const QString &topic);
/**
 * The event key holding the record's Omie id: order and service-order events also carry idCliente,
 * so the key depends on the topic (omie-api.md §7.7). Empty for topics Ponte ignores.
 */
QString omieEventIdKey(const QString &topic);
std::optional<Entity> entityForPloomes(const QString &entity);

/** Reads an Omie webhook body. Pure (bytes in, payload out) so that it can be fuzzed. */
Payload readOmie(const QByteArray &body);
/** Reads a Ploomes webhook body. */
Payload readPloomes(const QByteArray &body);

} // namespace Ponte::Webhook
