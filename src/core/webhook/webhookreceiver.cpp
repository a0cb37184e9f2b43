#include "webhookreceiver.h"

#include "logging.h"
#include "net/clock.h"
#include "store/database.h"
#include "store/webhookeventrepository.h"
#include "webhookpayload.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
constexpr int kRemembered = 5000;
constexpr qint64 kRefusalLogIntervalMs = 60'000;

bool sameSecret(const QString &a, const QString &b)
{
    // Compare digests, and those without an early exit, so the time taken does not reveal how much of
    // the token matched.
    const QByteArray x = QCryptographicHash::hash(a.toUtf8(), QCryptographicHash::Sha256);
    const QByteArray y = QCryptographicHash::hash(b.toUtf8(), QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= static_cast<unsigned char>(x.at(i) ^ y.at(i));
    return diff == 0;
}

HttpResponse ok()
{
    return HttpResponse::json(200, "{\"ok\":true}");
}
} // namespace

WebhookReceiver::WebhookReceiver(QObject *parent)
    : QObject(parent), m_server([this](const HttpRequest &r, HttpResponder responder) { handle(r, responder); }),
      m_clock(Clock::system())
{
    m_server.setLimits(defaultLimits());
}

WebhookReceiver::~WebhookReceiver() = default;

HttpServer::Limits WebhookReceiver::defaultLimits()
{
    HttpServer::Limits l;
    l.maxConnections = 128; // well under the usual 1024 descriptors, so the process stays responsive
    l.maxConnectionsPerPeer = 16;
    l.maxHeaderBytes = 16 * 1024;
    l.maxBodyBytes = 1024 * 1024; // an Omie event is a few kilobytes
    l.requestsPerSecondPerPeer = 50;
    l.requestBurstPerPeer = 200; // Omie delivers a backlog one after the other after an outage
    l.maxUnsentBytes = 64 * 1024;
    l.idleTimeoutMs = 30'000;
    l.requestTimeoutMs = 10'000;
    return l;
}

void WebhookReceiver::setClock(Clock *clock)
{
    m_clock = clock;
    m_server.setClock(clock);
}

Status WebhookReceiver::openEventStore(const QString &databasePath)
{
    auto db = std::make_unique<Database>();
    if (Status s = db->open(databasePath); !s)
        return s;
    m_events = std::make_unique<WebhookEventRepository>(*db);
    m_db = std::move(db);
    return Status::ok();
}

QString WebhookReceiver::presentedToken(const HttpRequest &request)
{
    const QString query = request.query.queryItemValue(u"token"_s, QUrl::FullyDecoded);
    if (!query.isEmpty())
        return query;
    if (const QByteArray header = request.header("x-ponte-token"); !header.isEmpty())
        return QString::fromUtf8(header);
    const QByteArray auth = request.header("authorization");
    if (auth.size() > 7 && auth.left(7).toLower() == "bearer ")
        return QString::fromUtf8(auth.mid(7).trimmed());
    return QString::fromUtf8(request.header("x-ploomes-validation-key"));
}

void WebhookReceiver::noteRefusedToken(const QHostAddress &peer)
{
    // One line per interval with a count: a flood of wrong tokens must not rotate the real log away.
    ++m_refusedSinceLog;
    m_lastRefusedPeer = peer.toString();
    const qint64 now = m_clock->nowMs();
    if (m_lastRefusalLogMs != 0 && now - m_lastRefusalLogMs < kRefusalLogIntervalMs)
        return;
    qCWarning(lcWebhook).noquote() << "refused" << m_refusedSinceLog
                                   << "webhook(s) with a wrong or missing token; last from" << m_lastRefusedPeer;
    m_refusedSinceLog = 0;
    m_lastRefusalLogMs = now;
}

bool WebhookReceiver::admit(const WebhookEvent &event, const HttpResponder &responder)
{
    bool isNew = false;
    if (!m_events) {
        isNew = !seen(event.source + u':' + event.messageId);
    } else if (Status s = m_events->add(event, m_clock->nowMs(), &isNew); !s) {
        // Not stored, so not acknowledged: the sender retries later.
        qCWarning(lcWebhook) << "could not store a webhook event:" << s.message() << s.detail();
        responder.send(HttpResponse::json(503, "{\"error\":\"cannot store the event\"}"));
        return false;
    }
    responder.send(ok());
    ++(isNew ? m_accepted : m_duplicates);
    return isNew;
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
    const QString token = presentedToken(request);
    if (request.method == "GET" && omie) {
        responder.send(ok()); // Omie checks the address with a GET when it is registered
        return;
    }
    if (request.method != "POST") {
        ++m_rejected;
        responder.send(HttpResponse::json(405, "{\"error\":\"method not allowed\"}"));
        return;
    }
    const Webhook::Payload payload = omie ? Webhook::readOmie(request.body) : Webhook::readPloomes(request.body);
    if (!payload.valid) {
        ++m_rejected;
        responder.send(HttpResponse::json(400, "{\"error\":\"invalid JSON\"}"));
        return;
    }
    QString presented = token;
    if (ploomes && presented.isEmpty())
        presented = payload.bodyToken; // also seen in the body
    if (m_token.isEmpty() || !sameSecret(presented, m_token)) {
        ++m_rejected;
        noteRefusedToken(request.peer);
        responder.send(HttpResponse::json(401, "{\"error\":\"invalid token\"}"));
        return;
    }
    if (payload.ping) {
        responder.send(ok());
        return;
    }
    // Only events of our own app: a missing appKey is not ours either.
    if (omie && !m_appKey.isEmpty() && !sameSecret(payload.appKey, m_appKey)) {
        ++m_rejected;
        responder.send(HttpResponse::json(403, "{\"error\":\"unknown app\"}"));
        return;
    }
    if (!admit(payload.event, responder) || !payload.event.entity)
        return;
    if (omie)
        emit omieChanged(*payload.event.entity, payload.event.recordId, payload.event.topic);
    else
        emit ploomesChanged(*payload.event.entity, payload.event.recordId, payload.event.topic);
}

} // namespace Ponte
