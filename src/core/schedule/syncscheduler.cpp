#include "syncscheduler.h"

#include "brasiliatime.h"
#include "logging.h"
#include "settings.h"

#include <QTimeZone>

namespace Ponte {

ScheduleConfig ScheduleConfig::fromSettings(const Settings &s)
{
    ScheduleConfig c;
    c.heavyEnabled = s.boolValue(SettingKey::ScheduleEnabled);
    c.heavyTime = s.timeValue(SettingKey::ScheduleTime);
    c.heavyDays = BusinessHours::parseWeekdays(s.stringValue(SettingKey::ScheduleDays));
    c.pollMinutes = s.intValue(SettingKey::PollIntervalMin);
    c.businessShare = s.intValue(SettingKey::BusinessHoursShare) / 100.0;
    c.businessHours = BusinessHours(BusinessHours::parseWeekdays(s.stringValue(SettingKey::BusinessHoursDays)),
                                    s.timeValue(SettingKey::BusinessHoursStart), s.timeValue(SettingKey::BusinessHoursEnd));
    return c;
}

SyncScheduler::SyncScheduler(Clock *clock, const ScheduleConfig &config, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_config(config)
{
}

SyncScheduler::~SyncScheduler()
{
    stop();
}

void SyncScheduler::setConfig(const ScheduleConfig &config)
{
    m_config = config;
    if (m_running) {
        stop();
        start();
    }
}

void SyncScheduler::start()
{
    m_running = true;
    armHeavy();
    armPoll();
}

void SyncScheduler::stop()
{
    m_running = false;
    if (m_heavyTimer)
        m_clock->cancel(m_heavyTimer);
    if (m_pollTimer)
        m_clock->cancel(m_pollTimer);
    m_heavyTimer = m_pollTimer = 0;
}

QDateTime SyncScheduler::nextHeavyRun(const QDateTime &from) const
{
    if (!m_config.heavyEnabled || m_config.heavyDays.isEmpty())
        return {};
    const QDateTime local = BrasiliaTime::of(from);
    for (int i = 0; i < 8; ++i) {
        const QDate day = local.date().addDays(i);
        if (!m_config.heavyDays.contains(day.dayOfWeek()))
            continue;
        const QDateTime at = BrasiliaTime::at(day, m_config.heavyTime);
        if (at > from)
            return at;
    }
    return {};
}

double SyncScheduler::budgetShareAt(const QDateTime &instant) const
{
    return m_config.businessHours.isBusinessTime(instant) ? m_config.businessShare : 1.0;
}

QTime SyncScheduler::suggestOffHoursTime(const BusinessHours &hours)
{
    // Two hours after closing leaves room for people working late; never past midnight.
    const QTime t = hours.end().addSecs(2 * 3600);
    return t < hours.end() ? QTime(23, 0) : t;
}

void SyncScheduler::armHeavy()
{
    if (m_heavyTimer)
        m_clock->cancel(m_heavyTimer);
    m_heavyTimer = 0;
    const QDateTime next = nextHeavyRun(m_clock->nowUtc());
    if (!next.isValid())
        return;
    qCInfo(lcSchedule) << "next heavy sync at" << next.toString(Qt::ISODate);
    m_heavyTimer = m_clock->callAt(next.toMSecsSinceEpoch(), this, [this] {
        m_heavyTimer = 0;
        emit heavySyncDue(budgetShareAt(m_clock->nowUtc()));
        armHeavy();
    });
}

void SyncScheduler::armPoll()
{
    if (m_pollTimer)
        m_clock->cancel(m_pollTimer);
    m_pollTimer = 0;
    if (m_config.pollMinutes <= 0)
        return;
    const qint64 at = m_clock->nowMs() + qint64(m_config.pollMinutes) * 60'000;
    m_nextPoll = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    m_pollTimer = m_clock->callAt(at, this, [this] {
        m_pollTimer = 0;
        emit pollDue(budgetShareAt(m_clock->nowUtc()));
        armPoll();
    });
}

} // namespace Ponte
