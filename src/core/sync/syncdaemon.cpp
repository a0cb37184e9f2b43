#include "syncdaemon.h"

#include "logging.h"
#include "store/webhookeventrepository.h"

#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Ponte {

SyncDaemon::SyncDaemon(const QString &dataDir,
                       const QProcessEnvironment &environment,
                       const Credentials &credentials,
                       const ScheduleConfig &schedule,
                       Clock *clock,
                       QObject *parent)
    : QObject(parent), m_clock(clock ? clock : Clock::system()), m_credentials(credentials),
      m_controller(dataDir, environment), m_scheduler(m_clock, schedule),
      m_debounce(m_clock, kDebounceQuietMs, kDebounceMaxWaitMs)
{
    m_webhooks.setClock(m_clock);
    m_webhooks.setOmieAppKey(credentials.omieAppKey);
    connect(&m_debounce, &Debouncer::fired, this, [this] {
        SyncOptions o;
        o.trigger = RunTrigger::Webhook;
        o.budgetShare = m_scheduler.budgetShareAt(m_clock->nowUtc());
        requestSync(o);
        // The run re-reads everything changed since its cursors, so the stored events are handled; their
        // ids are kept a week so that late retries are still recognised.
        if (WebhookEventRepository *events = m_webhooks.eventStore()) {
            const qint64 now = m_clock->nowMs();
            // The events are only a trigger (the run reads the changes itself): log, do not stop the daemon.
            if (Status s = events->markAllProcessed(now); !s)
                qCWarning(lcSync) << "webhook events not marked processed:" << s.message() << s.detail();
            if (Status s = events->prune(now - 7LL * 24 * 3600 * 1000); !s)
                qCWarning(lcSync) << "webhook events not pruned:" << s.message() << s.detail();
        }
    });
    connect(&m_webhooks, &WebhookReceiver::omieChanged, this, [this](Entity e, qint64 id, const QString &topic) {
        qCInfo(lcWebhook) << "Omie event" << topic << entityName(e) << id;
        m_debounce.trigger();
    });
    connect(&m_webhooks, &WebhookReceiver::ploomesChanged, this, [this](Entity e, qint64 id, const QString &action) {
        qCInfo(lcWebhook) << "Ploomes event" << action << entityName(e) << id;
        m_debounce.trigger();
    });
    connect(&m_scheduler, &SyncScheduler::heavySyncDue, this, [this](double share) {
        SyncOptions o;
        o.trigger = RunTrigger::Schedule;
        o.budgetShare = share;
        requestSync(o);
    });
    connect(&m_scheduler, &SyncScheduler::pollDue, this, [this](double share) {
        SyncOptions o;
        o.trigger = RunTrigger::Poll;
        o.budgetShare = share;
        requestSync(o);
    });
    connect(&m_controller, &SyncController::message, this, &SyncDaemon::message);
    connect(&m_controller, &SyncController::finished, this, [this](const SyncSummary &summary) {
        const std::optional<RunTrigger> trigger = std::exchange(m_runningTrigger, std::nullopt);
        emit runFinished(summary, trigger.value_or(RunTrigger::Unknown));
        // Queued, so that everyone sees this run finish before the next one starts.
        QMetaObject::invokeMethod(this, &SyncDaemon::startNext, Qt::QueuedConnection);
    });
}

SyncDaemon::~SyncDaemon()
{
    stop();
}

bool SyncDaemon::start(bool schedule, quint16 webhookPort, const QString &webhookToken)
{
    if (schedule)
        m_scheduler.start();
    if (webhookPort > 0)
        return listenWebhooks(webhookPort, QHostAddress::LocalHost, webhookToken);
    return true;
}

bool SyncDaemon::listenWebhooks(quint16 port, const QHostAddress &address, const QString &token)
{
    m_webhooks.close();
    m_webhooks.setToken(token);
    return m_webhooks.listen(port, address);
}

void SyncDaemon::stop()
{
    m_scheduler.stop();
    m_debounce.cancel();
    m_pending.reset();
}

bool SyncDaemon::stopAndWait(int timeoutMs)
{
    stop();
    m_webhooks.close();
    if (!m_controller.isRunning())
        return true;
    QEventLoop loop;
    connect(&m_controller, &SyncController::finished, &loop, &QEventLoop::quit);
    // Bounded: quitting must end even if a run misses its stop; what it wrote is durable either way.
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    m_controller.cancel();
    // The run checks its stop flag between records and in every wait for replies (200 ms).
    if (m_controller.isRunning())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (m_controller.isRunning())
        qCWarning(lcSync) << "the run did not stop within" << timeoutMs << "ms";
    return !m_controller.isRunning();
}

void SyncDaemon::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    m_webhooks.setOmieAppKey(credentials.omieAppKey);
}

void SyncDaemon::requestSync(const SyncOptions &options)
{
    if (m_pending) {
        // Merge: the waiting run keeps the larger budget share and the stronger trigger.
        m_pending->budgetShare = std::max(m_pending->budgetShare, options.budgetShare);
        if (options.trigger == RunTrigger::Schedule)
            m_pending->trigger = options.trigger;
    } else {
        m_pending = options;
    }
    if (!m_controller.isRunning())
        startNext();
}

bool SyncDaemon::startNow(const SyncOptions &options)
{
    if (m_controller.isRunning())
        return false;
    m_runningTrigger = options.trigger;
    emit runStarted(options.trigger);
    return m_controller.start(options, m_credentials);
}

void SyncDaemon::startNext()
{
    if (!m_pending || m_controller.isRunning())
        return;
    const SyncOptions options = *m_pending;
    m_pending.reset();
    if (!m_credentials.isComplete()) {
        qCWarning(lcSync) << "unattended run skipped: credentials incomplete";
        emit runSkipped(options.trigger, tr("the Omie and Ploomes credentials are not set up"));
        return;
    }
    startNow(options);
}

} // namespace Ponte
