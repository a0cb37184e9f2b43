#include "webhookpayload.h"

#include "textutil.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Ponte::Webhook {

namespace {
std::optional<QJsonObject> objectOf(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}
} // namespace

std::optional<Entity> entityForOmieTopic(const QString &topic)
{
    const QString t = Text::fold(topic.section(u'.', 0, 0));
    if (t == u"clientefornecedor"_s)
        return Entity::Client;
    if (t == u"produto"_s)
        return Entity::Product;
    if (t == u"servico"_s)
        return Entity::Service;
    if (t == u"vendaproduto"_s)
        return Entity::Order;
    if (t == u"ordemservico"_s)
        return Entity::ServiceOrder;
    if (t == u"vendedor"_s)
        return Entity::Seller;
    return std::nullopt;
}

QString omieEventIdKey(const QString &topic)
{
    const std::optional<Entity> entity = entityForOmieTopic(topic);
    if (!entity)
        return {};
    switch (*entity) {
    case Entity::Seller:
        return u"codigo"_s;
    case Entity::Client:
        return u"codigo_cliente_omie"_s;
    case Entity::Product:
        return u"codigo_produto"_s;
    case Entity::Service:
        return u"nCodServ"_s;
    case Entity::Order:
        return u"idPedido"_s;
    case Entity::ServiceOrder:
        return u"idOrdemServico"_s;
    }
    return {};
}

std::optional<Entity> entityForPloomes(const QString &entity)
{
    const QString e = Text::fold(entity);
    if (e.startsWith(u"contact"_s))
        return Entity::Client;
    if (e.startsWith(u"order"_s))
        return Entity::Order;
    if (e.startsWith(u"product"_s))
        return Entity::Product;
    if (e.startsWith(u"user"_s))
        return Entity::Seller;
    return std::nullopt;
}

Payload readOmie(const QByteArray &raw)
{
    Payload payload;
    const std::optional<QJsonObject> body = objectOf(raw);
    if (!body)
        return payload;
    payload.valid = true;
    payload.ping = body->value(u"ping"_s).toString() == u"omie"_s;
    payload.appKey = body->value(u"appKey"_s).toString();
    const QString topic = body->value(u"topic"_s).toString();
    QString messageId = body->value(u"messageId"_s).toString();
    if (messageId.isEmpty()) // a retry of the same body is still the same event
        messageId = QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
    const QJsonObject event = body->value(u"event"_s).toObject();
    payload.event = {u"omie"_s, messageId, topic, entityForOmieTopic(topic),
                     event.value(omieEventIdKey(topic)).toInteger()};
    return payload;
}

Payload readPloomes(const QByteArray &raw)
{
    Payload payload;
    const std::optional<QJsonObject> body = objectOf(raw);
    if (!body)
        return payload;
    payload.valid = true;
    payload.bodyToken = body->value(u"ValidationKey"_s).toString();
    const QJsonObject record =
        body->value(u"New"_s).isObject() ? body->value(u"New"_s).toObject() : body->value(u"Old"_s).toObject();
    const QString messageId = body->value(u"WebhookId"_s).toVariant().toString() + u':'
                              + record.value(u"Id"_s).toVariant().toString() + u':'
                              + record.value(u"LastUpdateDate"_s).toString();
    payload.event = {u"ploomes"_s, messageId, body->value(u"Action"_s).toString(),
                     entityForPloomes(body->value(u"Entity"_s).toString()), record.value(u"Id"_s).toInteger()};
    return payload;
}

} // namespace Ponte::Webhook
