#pragma once

#include "entities.h"
#include "net/httpserver.h"
#include "result.h"
#include "webhook/webhookpayload.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <deque>
#include <memory>

namespace Ponte {

class Clock;
class Database;
class WebhookEventRepository;
struct WebhookEvent;

/**
 * Receives Omie (and Ploomes) webhooks on a local HTTP port: POST /webhooks/omie?token=… and
 * POST /webhooks/ploomes (X-Ploomes-Validation-Key). The token is also taken from an `X-Ponte-Token`
 * or `Authorization: Bearer` header, for senders and proxies that can set one. Each event is stored
 * (when an event store is open) and deduplicated by message id before the 200 that both services
 * require, then reported; the caller debounces and starts an incremental sync. A webhook is a
 * signal, never data: records are re-read before use. Listens on 127.0.0.1 unless told otherwise,
 * with the caps of defaultLimits() against floods and slow clients.
 */
class WebhookReceiver : public QObject
{
    Q_OBJECT

public:
    explicit WebhookReceiver(QObject *parent = nullptr);
    ~WebhookReceiver() override;

    /** Caps for a receiver reachable from the internet (connections, sizes, rates, timeouts). */
    static HttpServer::Limits defaultLimits();
    void setLimits(const HttpServer::Limits &limits) { m_server.setLimits(limits); }
    /** Time source for timeouts, rates and the refusal log; Clock::system() unless set. */
    void setClock(Clock *clock);
    /**
     * Opens the data folder's database so that events are stored durably and deduplicated across
     * restarts before they are acknowledged. Without it, duplicates are remembered in memory only.
     */
    Status openEventStore(const QString &databasePath);
    WebhookEventRepository *eventStore() const { return m_events.get(); }

    /** The secret expected in the Omie URL (?token=) and as the Ploomes validation key. */
    void setToken(const QString &token) { m_token = token; }
    /** When set, Omie events from another app key are refused. */
    void setOmieAppKey(const QString &appKey) { m_appKey = appKey; }

    bool listen(quint16 port, const QHostAddress &address = QHostAddress::LocalHost);
    /** Stops listening (a later listen() may open another port). */
    void close() { m_server.close(); }
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.port(); }
    QString errorString() const { return m_server.errorString(); }

    /** See Webhook::entityForOmieTopic. */
    static std::optional<Entity> entityForOmieTopic(const QString &topic) { return Webhook::entityForOmieTopic(topic); }
    /** See Webhook::omieEventIdKey. */
    static QString omieEventIdKey(const QString &topic) { return Webhook::omieEventIdKey(topic); }
    static std::optional<Entity> entityForPloomes(const QString &entity) { return Webhook::entityForPloomes(entity); }

    int accepted() const { return m_accepted; }
    int rejected() const { return m_rejected; }
    int duplicates() const { return m_duplicates; }
    /** Message ids kept in memory (only without an event store; bounded). */
    int rememberedInMemory() const { return int(m_seen.size()); }
    HttpServer &server() { return m_server; }

    /** The token presented by @p request: query `token`, `X-Ponte-Token`, `Authorization: Bearer`, or Ploomes' key. */
    static QString presentedToken(const HttpRequest &request);

signals:
    void omieChanged(Ponte::Entity entity, qint64 omieId, const QString &topic);
    void ploomesChanged(Ponte::Entity entity, qint64 ploomesId, const QString &action);

private:
    void handle(const HttpRequest &request, HttpResponder responder);
    bool seen(const QString &messageId);
    /**
     * Stores @p event (or remembers its id in memory) and answers: 200, or 503 when it could not be stored so
     * that the sender retries. True for an event not seen before.
     */
    bool admit(const WebhookEvent &event, const HttpResponder &responder);
    void noteRefusedToken(const QHostAddress &peer);

    HttpServer m_server;
    Clock *m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WebhookEventRepository> m_events;
    int m_duplicates = 0;
    int m_refusedSinceLog = 0;
    qint64 m_lastRefusalLogMs = 0;
    QString m_lastRefusedPeer;
    QString m_token;
    QString m_appKey;
    QSet<QString> m_seen;
    std::deque<QString> m_seenOrder;
    int m_accepted = 0;
    int m_rejected = 0;
};

} // namespace Ponte
