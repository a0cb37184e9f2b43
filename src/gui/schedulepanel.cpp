#include "schedulepanel.h"

#include "brasiliatext.h"
#include "schedule/businesshours.h"
#include "settings.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ponte {

SchedulePanel::SchedulePanel(Settings &settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    setObjectName(u"schedulePanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *timeRow = new QHBoxLayout;
    m_enabled = new QCheckBox(tr("Run the heavy sync at"), this);
    m_enabled->setObjectName(u"scheduleEnabledCheckBox"_s);
    m_time = new QTimeEdit(this);
    m_time->setObjectName(u"scheduleTimeEdit"_s);
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_time->setAccessibleName(tr("Time of the heavy sync (Brasília time)"));
    m_zone = new QLabel(u"(%1)"_s.arg(BrasiliaText::zoneName()), this);
    m_zone->setObjectName(u"scheduleZoneLabel"_s);
    timeRow->addWidget(m_enabled);
    timeRow->addWidget(m_time);
    timeRow->addWidget(m_zone);
    timeRow->addStretch();
    layout->addLayout(timeRow);

    auto *daysRow = new QHBoxLayout;
    daysRow->addWidget(new QLabel(tr("on"), this));
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(dayName(day), this);
        box->setObjectName(u"scheduleDay%1CheckBox"_s.arg(day));
        m_days << box;
        daysRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &SchedulePanel::store);
    }
    daysRow->addStretch();
    layout->addLayout(daysRow);

    m_startWithSystem = new QCheckBox(tr("Start with the system"), this);
    m_startWithSystem->setObjectName(u"startWithSystemCheckBox"_s);
    m_startWithSystem->setToolTip(tr("Ponte starts in the notification area when you log in, so the scheduled syncs "
                                     "run without anyone opening the window."));
    layout->addWidget(m_startWithSystem);

    connect(m_enabled, &QCheckBox::toggled, this, &SchedulePanel::store);
    connect(m_time, &QTimeEdit::timeChanged, this, &SchedulePanel::store);
    connect(m_startWithSystem, &QCheckBox::toggled, this, &SchedulePanel::startWithSystemToggled);
    showStored();
}

QString SchedulePanel::dayName(int day)
{
    // The interface's language, not the system locale's: pt-BR is the default whatever the computer says.
    switch (day) {
    case 1:
        return tr("Mon");
    case 2:
        return tr("Tue");
    case 3:
        return tr("Wed");
    case 4:
        return tr("Thu");
    case 5:
        return tr("Fri");
    case 6:
        return tr("Sat");
    default:
        return tr("Sun");
    }
}

void SchedulePanel::showStored()
{
    const QSignalBlocker enabledBlocker(m_enabled), timeBlocker(m_time);
    m_enabled->setChecked(m_settings.boolValue(SettingKey::ScheduleEnabled));
    m_time->setTime(m_settings.timeValue(SettingKey::ScheduleTime));
    const QSet<int> days = BusinessHours::parseWeekdays(m_settings.stringValue(SettingKey::ScheduleDays));
    for (int i = 0; i < m_days.size(); ++i) {
        const QSignalBlocker blocker(m_days.at(i));
        m_days.at(i)->setChecked(days.contains(i + 1));
    }
}

void SchedulePanel::setStartWithSystem(bool enabled)
{
    const QSignalBlocker blocker(m_startWithSystem);
    m_startWithSystem->setChecked(enabled);
}

void SchedulePanel::store()
{
    QSet<int> days;
    for (int i = 0; i < m_days.size(); ++i) {
        if (m_days.at(i)->isChecked())
            days.insert(i + 1);
    }
    Status saved = m_settings.setValue(SettingKey::ScheduleTime, m_time->time().toString(u"HH:mm"_s));
    // No day ticked is no schedule: the stored days keep their last non-empty choice.
    if (saved && !days.isEmpty())
        saved = m_settings.setValue(SettingKey::ScheduleDays, BusinessHours::formatWeekdays(days));
    if (saved)
        saved = m_settings.setValue(SettingKey::ScheduleEnabled,
                                    m_enabled->isChecked() && !days.isEmpty() ? u"true"_s : u"false"_s);
    // A schedule that did not reach the database must not look applied.
    if (!saved)
        QMessageBox::warning(this, tr("Not saved"), saved.message());
    emit scheduleChanged();
}

} // namespace Ponte
