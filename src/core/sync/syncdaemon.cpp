#include "syncdaemon.h"

#include "logging.h"
#include "store/webhookeventrepository.h"

using namespace Qt::StringLiterals;

namespace Ponte {

SyncDaemon::SyncDaemon(const QString &dataDir,
                       const QProcessEnvironment &environment,
                       const Credentials &credentials,
                       const ScheduleConfig &schedule,
                       QObject *parent)
    : QObject(parent), m_credentials(credentials), m_controller(dataDir, environment),
      m_scheduler(Clock::system(), schedule), m_debounce(Clock::system(), 10'000, 60'000)
{
    m_webhooks.setOmieAppKey(credentials.omieAppKey);
    connect(&m_debounce, &Debouncer::fired, this, [this] {
        SyncOptions o;
        o.trigger = u"webhook"_s;
        o.budgetShare = m_scheduler.budgetShareAt(QDateTime::currentDateTimeUtc());
        requestSync(o);
        // The run re-reads everything changed since its cursors, so the stored events are handled; their
        // ids are kept a week so that late retries are still recognised.
        if (WebhookEventRepository *events = m_webhooks.eventStore()) {
            const qint64 now = Clock::system()->nowMs();
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
        o.trigger = u"schedule"_s;
        o.budgetShare = share;
        requestSync(o);
    });
    connect(&m_scheduler, &SyncScheduler::pollDue, this, [this](double share) {
        SyncOptions o;
        o.trigger = u"poll"_s;
        o.budgetShare = share;
        requestSync(o);
    });
    connect(&m_controller, &SyncController::message, this, &SyncDaemon::message);
    connect(&m_controller, &SyncController::finished, this, [this](const SyncSummary &summary) {
        emit runFinished(summary);
        startNext();
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
    if (webhookPort > 0) {
        m_webhooks.setToken(webhookToken);
        if (!m_webhooks.listen(webhookPort))
            return false;
    }
    return true;
}

void SyncDaemon::stop()
{
    m_scheduler.stop();
    m_debounce.cancel();
    m_pending.reset();
}

void SyncDaemon::requestSync(const SyncOptions &options)
{
    if (m_pending) {
        // Merge: the waiting run keeps the larger budget share and the stronger trigger.
        m_pending->budgetShare = std::max(m_pending->budgetShare, options.budgetShare);
        if (options.trigger == u"schedule"_s)
            m_pending->trigger = options.trigger;
    } else {
        m_pending = options;
    }
    if (!m_controller.isRunning())
        startNext();
}

void SyncDaemon::startNext()
{
    if (!m_pending || m_controller.isRunning())
        return;
    const SyncOptions options = *m_pending;
    m_pending.reset();
    m_runningTrigger = options.trigger;
    emit runStarted(options.trigger);
    m_controller.start(options, m_credentials);
}

} // namespace Ponte
