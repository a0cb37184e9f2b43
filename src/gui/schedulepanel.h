#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QTimeEdit;

namespace Ponte {

class Settings;

/**
 * The heavy sync's time and weekdays, chosen in Brasília time (the zone is named beside the time),
 * and "start with the system". Edits are stored at once; the window re-arms the schedule.
 */
class SchedulePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SchedulePanel(Settings &settings, QWidget *parent = nullptr);

    /** The short name of weekday @p day (Monday = 1) in the interface's language. */
    static QString dayName(int day);

    /** Shows the stored schedule again (after the one-click buttons or the assistant changed it). */
    void showStored();
    /** Shows whether Ponte starts with the system, without reporting it as a change. */
    void setStartWithSystem(bool enabled);
    QCheckBox *startWithSystemCheckBox() const { return m_startWithSystem; }

signals:
    /** The user changed the time, the days or switched the schedule on or off (already stored). */
    void scheduleChanged();
    void startWithSystemToggled(bool enabled);

private:
    void store();

    Settings &m_settings;
    QCheckBox *m_enabled;
    QTimeEdit *m_time;
    QLabel *m_zone;
    QList<QCheckBox *> m_days;
    QCheckBox *m_startWithSystem;
};

} // namespace Ponte
