#pragma once

#include "entities.h"
#include "net/httpserver.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <deque>

namespace Ponte {

/**
 * Receives Omie (and Ploomes) webhooks on a local HTTP port: POST /webhooks/omie?token=… and
 * POST /webhooks/ploomes (X-Ploomes-Validation-Key). Answers 200 at once, as both services require,
 * drops duplicates by message id, and reports which entity changed; the caller debounces and
 * starts an incremental sync. A webhook is a signal, never data: records are re-read before use.
 */
class WebhookReceiver : public QObject
{
    Q_OBJECT

public:
    explicit WebhookReceiver(QObject *parent = nullptr);

    /** The secret expected in the Omie URL (?token=) and as the Ploomes validation key. */
    void setToken(const QString &token) { m_token = token; }
    /** When set, Omie events from another app key are refused. */
    void setOmieAppKey(const QString &appKey) { m_appKey = appKey; }

    bool listen(quint16 port, const QHostAddress &address = QHostAddress::Any);
    quint16 port() const { return m_server.port(); }
    QString errorString() const { return m_server.errorString(); }

    /** Entity of an Omie topic ("VendaProduto.Faturada" → orders); nullopt for topics Ponte ignores. */
    static std::optional<Entity> entityForOmieTopic(const QString &topic);
    /**
     * The event key holding the record's Omie id: order and service-order events also carry idCliente,
     * so the key depends on the topic (omie-api.md §7.7). Empty for topics Ponte ignores.
     */
    static QString omieEventIdKey(const QString &topic);
    static std::optional<Entity> entityForPloomes(const QString &entity);

    int accepted() const { return m_accepted; }
    int rejected() const { return m_rejected; }

signals:
    void omieChanged(Ponte::Entity entity, qint64 omieId, const QString &topic);
    void ploomesChanged(Ponte::Entity entity, qint64 ploomesId, const QString &action);

private:
    void handle(const HttpRequest &request, HttpResponder responder);
    bool seen(const QString &messageId);

    HttpServer m_server;
    QString m_token;
    QString m_appKey;
    QSet<QString> m_seen;
    std::deque<QString> m_seenOrder;
    int m_accepted = 0;
    int m_rejected = 0;
};

} // namespace Ponte
