#pragma once

#include "schedule/debouncer.h"
#include "schedule/syncscheduler.h"
#include "secrets/credentials.h"
#include "sync/syncengine.h"
#include "webhook/webhookreceiver.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace Ponte {

/**
 * Unattended operation: the scheduler's heavy sync and polls, plus webhook-triggered incremental
 * syncs (debounced), one run at a time. Used by `ponte-cli daemon`, `webhook serve` and the GUI.
 */
class SyncDaemon : public QObject
{
    Q_OBJECT

public:
    SyncDaemon(const QString &dataDir,
               const QProcessEnvironment &environment,
               const Credentials &credentials,
               const ScheduleConfig &schedule,
               QObject *parent = nullptr);
    ~SyncDaemon() override;

    /** Starts the scheduler (when @p schedule) and the webhook receiver (when @p webhookPort > 0). */
    bool start(bool schedule, quint16 webhookPort, const QString &webhookToken);
    void stop();
    /** Queues a run; at most one waits behind the running one (later requests merge into it). */
    void requestSync(const SyncOptions &options);
    WebhookReceiver &webhooks() { return m_webhooks; }
    SyncScheduler &scheduler() { return m_scheduler; }
    SyncController &controller() { return m_controller; }
    /** Quiet time after the last webhook before syncing. */
    void setDebounceMs(int ms) { m_debounce.setQuietMs(ms); }
    /** Longest wait after the first webhook of a burst, however many follow. */
    void setDebounceMaxWaitMs(int ms) { m_debounce.setMaxWaitMs(ms); }

signals:
    void runStarted(const QString &trigger);
    void runFinished(const Ponte::SyncSummary &summary);
    void message(const QString &text);

private:
    void startNext();

    Credentials m_credentials;
    SyncController m_controller;
    SyncScheduler m_scheduler;
    WebhookReceiver m_webhooks;
    Debouncer m_debounce;
    std::optional<SyncOptions> m_pending;
    QString m_runningTrigger;
};

} // namespace Ponte
