#pragma once

#include "schedule/debouncer.h"
#include "schedule/syncscheduler.h"
#include "secrets/credentials.h"
#include "sync/syncengine.h"
#include "webhook/webhookreceiver.h"

#include <QObject>

#include <optional>

namespace Ponte {

/**
 * Unattended operation: the scheduler's heavy sync and polls, plus webhook-triggered incremental
 * syncs (debounced), one run at a time, a request arriving during a run waiting behind it. The one
 * composition used by `ponte-cli daemon`, `webhook serve` and the desktop application.
 */
class SyncDaemon : public QObject
{
    Q_OBJECT

public:
    /** Webhook bursts: this long quiet after the last event, at most this long after the first. */
    static constexpr qint64 kDebounceQuietMs = 10'000;
    static constexpr qint64 kDebounceMaxWaitMs = 60'000;

    /** @p clock drives the schedule and the webhook debounce (the system clock when null). */
    SyncDaemon(const QString &dataDir,
               const QProcessEnvironment &environment,
               const Credentials &credentials,
               const ScheduleConfig &schedule,
               Clock *clock = nullptr,
               QObject *parent = nullptr);
    ~SyncDaemon() override;

    /** Starts the scheduler (when @p schedule) and the webhook receiver (when @p webhookPort > 0). */
    bool start(bool schedule, quint16 webhookPort, const QString &webhookToken);
    /** (Re)opens the webhook receiver on @p port and @p address, behind @p token; false with errorString(). */
    bool listenWebhooks(quint16 port, const QHostAddress &address, const QString &token);
    /** Stops the scheduler and forgets the waiting run; a run in progress continues. */
    void stop();
    /**
     * stop(), then asks the run in progress to stop after its record and waits until it has, at most
     * @p timeoutMs; false when it was still running then.
     */
    bool stopAndWait(int timeoutMs = 60'000);
    /** The credentials of the next runs; the Omie App Key is also what webhooks must carry. */
    void setCredentials(const Credentials &credentials);
    /** Queues a run; at most one waits behind the running one (later requests merge into it). */
    void requestSync(const SyncOptions &options);
    /** Starts a run at once (a user's "sync now" or preview); false while one is running. */
    bool startNow(const SyncOptions &options);
    bool isRunning() const { return m_controller.isRunning(); }
    bool hasPending() const { return m_pending.has_value(); }
    /** What started the run in progress; nothing while none runs. */
    std::optional<RunTrigger> runningTrigger() const { return m_runningTrigger; }
    WebhookReceiver &webhooks() { return m_webhooks; }
    SyncScheduler &scheduler() { return m_scheduler; }
    SyncController &controller() { return m_controller; }
    /** Quiet time after the last webhook before syncing. */
    void setDebounceMs(int ms) { m_debounce.setQuietMs(ms); }
    /** Longest wait after the first webhook of a burst, however many follow. */
    void setDebounceMaxWaitMs(int ms) { m_debounce.setMaxWaitMs(ms); }

signals:
    void runStarted(Ponte::RunTrigger trigger);
    void runFinished(const Ponte::SyncSummary &summary, Ponte::RunTrigger trigger);
    /** An unattended run could not start (credentials missing): @p reason says why. */
    void runSkipped(Ponte::RunTrigger trigger, const QString &reason);
    void message(const QString &text);

private:
    void startNext();

    Clock *m_clock;
    Credentials m_credentials;
    SyncController m_controller;
    SyncScheduler m_scheduler;
    WebhookReceiver m_webhooks;
    Debouncer m_debounce;
    std::optional<SyncOptions> m_pending;
    std::optional<RunTrigger> m_runningTrigger;
};

} // namespace Ponte
