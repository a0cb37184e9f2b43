#pragma once

#include "net/clock.h"
#include "schedule/businesshours.h"

#include <QObject>
#include <QTime>

namespace Ponte {

class Settings;

/** When the heavy (full) sync runs and how often changes are polled. */
struct ScheduleConfig
{
    bool heavyEnabled = false;
    QTime heavyTime = QTime(22, 0); ///< Brasília time
    QSet<int> heavyDays = {1, 2, 3, 4, 5, 6, 7};
    int pollMinutes = 15;            ///< 0 = no polling
    double businessShare = 0.5;      ///< share of each API budget during business hours
    BusinessHours businessHours;

    static ScheduleConfig fromSettings(const Settings &settings);
};

/**
 * Drives unattended syncs in the injected Clock's time: a heavy sync at the configured time (which
 * the settings place outside business hours) and incremental polls in between, each with the share
 * of the API budgets that the time of day allows.
 */
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    SyncScheduler(Clock *clock, const ScheduleConfig &config, QObject *parent = nullptr);
    ~SyncScheduler() override;

    void setConfig(const ScheduleConfig &config);
    const ScheduleConfig &config() const { return m_config; }
    void start();
    void stop();

    /** The next heavy run after @p from, or an invalid time when disabled. */
    QDateTime nextHeavyRun(const QDateTime &from) const;
    QDateTime nextPoll() const { return m_nextPoll; }
    /** Share of the budgets usable at @p instant (1 outside business hours). */
    double budgetShareAt(const QDateTime &instant) const;
    /** The first heavy-run time after @p from that lies outside business hours ("one click" scheduling). */
    static QTime suggestOffHoursTime(const BusinessHours &hours);

signals:
    void heavySyncDue(double budgetShare);
    void pollDue(double budgetShare);

private:
    void armHeavy();
    void armPoll();

    Clock *m_clock;
    ScheduleConfig m_config;
    Clock::TimerId m_heavyTimer = 0;
    Clock::TimerId m_pollTimer = 0;
    QDateTime m_nextPoll;
    bool m_running = false;
};

} // namespace Ponte
