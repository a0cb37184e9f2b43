#include "webhookreceiver.h"

#include "logging.h"
#include "textutil.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
constexpr int kRemembered = 5000;

bool sameSecret(const QString &a, const QString &b)
{
    // Compare digests so the time taken does not reveal how much of the token matched.
    return QCryptographicHash::hash(a.toUtf8(), QCryptographicHash::Sha256)
           == QCryptographicHash::hash(b.toUtf8(), QCryptographicHash::Sha256);
}

HttpResponse ok()
{
    return HttpResponse::json(200, "{\"ok\":true}");
}
} // namespace

WebhookReceiver::WebhookReceiver(QObject *parent)
    : QObject(parent)
    , m_server([this](const HttpRequest &r, HttpResponder responder) { handle(r, responder); })
{
    m_server.setMaxBodyBytes(2 * 1024 * 1024);
}

bool WebhookReceiver::listen(quint16 port, const QHostAddress &address)
{
    const bool listening = m_server.listen(address, port);
    if (listening)
        qCInfo(lcWebhook) << "receiving webhooks on port" << m_server.port();
    else
        qCWarning(lcWebhook) << "cannot listen on port" << port << ":" << m_server.errorString();
    return listening;
}

std::optional<Entity> WebhookReceiver::entityForOmieTopic(const QString &topic)
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

QString WebhookReceiver::omieEventIdKey(const QString &topic)
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

std::optional<Entity> WebhookReceiver::entityForPloomes(const QString &entity)
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

bool WebhookReceiver::seen(const QString &messageId)
{
    if (messageId.isEmpty())
        return false;
    if (m_seen.contains(messageId))
        return true;
    m_seen.insert(messageId);
    m_seenOrder.push_back(messageId);
    if (m_seenOrder.size() > kRemembered) {
        m_seen.remove(m_seenOrder.front());
        m_seenOrder.pop_front();
    }
    return false;
}

void WebhookReceiver::handle(const HttpRequest &request, HttpResponder responder)
{
    const bool omie = request.path == u"/webhooks/omie"_s || request.path == u"/webhooks/omie/"_s;
    const bool ploomes = request.path == u"/webhooks/ploomes"_s || request.path == u"/webhooks/ploomes/"_s;
    if (!omie && !ploomes) {
        ++m_rejected;
        responder.send(HttpResponse::json(404, "{\"error\":\"not found\"}"));
        return;
    }
    const QString token = omie ? request.query.queryItemValue(u"token"_s, QUrl::FullyDecoded)
                               : QString::fromUtf8(request.header("x-ploomes-validation-key"));
    if (request.method == "GET" && omie) {
        responder.send(ok()); // Omie checks the address with a GET when it is registered
        return;
    }
    if (request.method != "POST") {
        ++m_rejected;
        responder.send(HttpResponse::json(405, "{\"error\":\"method not allowed\"}"));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        ++m_rejected;
        responder.send(HttpResponse::json(400, "{\"error\":\"invalid JSON\"}"));
        return;
    }
    const QJsonObject body = doc.object();
    QString presented = token;
    if (ploomes && presented.isEmpty())
        presented = body.value(u"ValidationKey"_s).toString(); // also seen in the body
    if (m_token.isEmpty() || !sameSecret(presented, m_token)) {
        ++m_rejected;
        qCWarning(lcWebhook) << "webhook with a wrong or missing token refused from" << request.peer.toString();
        responder.send(HttpResponse::json(401, "{\"error\":\"invalid token\"}"));
        return;
    }
    if (omie && body.value(u"ping"_s).toString() == u"omie"_s) {
        responder.send(ok());
        return;
    }
    if (omie) {
        const QString appKey = body.value(u"appKey"_s).toString();
        if (!m_appKey.isEmpty() && !appKey.isEmpty() && appKey != m_appKey) {
            ++m_rejected;
            responder.send(HttpResponse::json(403, "{\"error\":\"unknown app\"}"));
            return;
        }
        responder.send(ok());
        if (seen(body.value(u"messageId"_s).toString()))
            return;
        ++m_accepted;
        const QString topic = body.value(u"topic"_s).toString();
        const std::optional<Entity> entity = entityForOmieTopic(topic);
        if (!entity)
            return;
        const QJsonObject event = body.value(u"event"_s).toObject();
        const qint64 id = event.value(omieEventIdKey(topic)).toInteger();
        emit omieChanged(*entity, id, topic);
        return;
    }
    responder.send(ok());
    const QJsonObject record = body.value(u"New"_s).isObject() ? body.value(u"New"_s).toObject()
                                                               : body.value(u"Old"_s).toObject();
    const QString messageId = body.value(u"WebhookId"_s).toVariant().toString() + u':'
                              + record.value(u"Id"_s).toVariant().toString() + u':'
                              + record.value(u"LastUpdateDate"_s).toString();
    if (seen(messageId))
        return;
    ++m_accepted;
    if (const std::optional<Entity> entity = entityForPloomes(body.value(u"Entity"_s).toString()))
        emit ploomesChanged(*entity, record.value(u"Id"_s).toInteger(), body.value(u"Action"_s).toString());
}

} // namespace Ponte
