// MainWindow's unattended side: the SyncDaemon's schedule and webhooks, the tray icon, what closing
// and quitting do, and the "next run" texts. Kept apart from mainwindow.cpp (pages and dialogs).
#include "brasiliatext.h"
#include "datafolder.h"
#include "historymodel.h"
#include "mainwindow.h"
#include "platform/startupfiles.h"
#include "profile.h"
#include "schedulepanel.h"
#include "settings.h"
#include "store/settingsrepository.h"
#include "sync/syncdaemon.h"
#include "trayicon.h"
#include "ui_mainwindow.h"
#include "webhook/webhooktoken.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QHostAddress>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {

const QString kTrayNoticeOffKey = u"gui.trayNoticeOff"_s;

/** The address other computers reach this one at: the first private IPv4 address, else the host name. */
QString thisComputerAddress()
{
    const QList<std::pair<QHostAddress, int>> privateRanges{
        {QHostAddress(u"10.0.0.0"_s), 8}, {QHostAddress(u"172.16.0.0"_s), 12}, {QHostAddress(u"192.168.0.0"_s), 16}};
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        for (const auto &[subnet, prefix] : privateRanges) {
            if (address.isInSubnet(subnet, prefix))
                return address.toString();
        }
    }
    return QSysInfo::machineHostName();
}

QString daysText(const QSet<int> &days)
{
    if (days.size() == 7)
        return MainWindow::tr("every day");
    QList<int> sorted = days.values();
    std::sort(sorted.begin(), sorted.end());
    QStringList names;
    for (int day : sorted)
        names << SchedulePanel::dayName(day);
    return names.join(u", "_s);
}

QString durationText(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(1, (ms + 59'999) / 60'000);
    if (minutes < 60)
        return MainWindow::tr("in %n minute(s)", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return MainWindow::tr("in %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return MainWindow::tr("in %n day(s)", nullptr, int(minutes / (24 * 60)));
}

} // namespace

void MainWindow::setUpDesktop()
{
    m_schedulePanel = new SchedulePanel(m_profile->settings(), m_ui->scheduleGroupBox);
    m_ui->scheduleVerticalLayout->insertWidget(1, m_schedulePanel);
    connect(m_schedulePanel, &SchedulePanel::scheduleChanged, this, &MainWindow::applySchedule);
    m_schedulePanel->setStartWithSystem(autostart().isEnabled());
    // The demonstration is something to try, not to start at every login.
    m_schedulePanel->startWithSystemCheckBox()->setEnabled(!m_demoCredentials);
    connect(m_schedulePanel, &SchedulePanel::startWithSystemToggled, this, [this](bool enabled) {
        Autostart entry = autostart();
        if (Status s = entry.setEnabled(enabled); !s) {
            m_schedulePanel->setStartWithSystem(!enabled);
            statusBar()->showMessage(s.message(), 8000);
            return;
        }
        statusBar()->showMessage(enabled ? tr("Ponte will start with the system, in the notification area (%1).")
                                               .arg(QDir::toNativeSeparators(entry.location()))
                                         : tr("Ponte will no longer start with the system."),
                                 8000);
    });

    if (Status s = m_daemon->webhooks().openEventStore(DataFolder::databasePath(m_profile->dataDir())); !s)
        statusBar()->showMessage(s.message(), 8000);
    connect(m_daemon.get(), &SyncDaemon::runStarted, this, [this] {
        setRunning(true);
        updateTray();
    });
    connect(m_daemon.get(), &SyncDaemon::runFinished, this, &MainWindow::onUnattendedRunFinished);
    connect(m_daemon.get(), &SyncDaemon::runSkipped, this, [this](RunTrigger, const QString &reason) {
        const QString text = tr("A scheduled sync was skipped: %1.").arg(reason);
        m_ui->progressLabel->setText(text);
        if (m_tray)
            m_tray->notify(tr("Ponte did not sync"), text, true);
    });
    // After the window's own handling of the run (history, overview): the next run moved on.
    connect(m_controller.get(), &SyncController::finished, this, [this] {
        showSchedule();
        updateTray();
    });
    setSystemTrayAvailable(QSystemTrayIcon::isSystemTrayAvailable());
    armMinuteTick();
}

SyncController *MainWindow::controller() const
{
    return m_controller;
}

Autostart MainWindow::autostart() const
{
    return Autostart(QCoreApplication::applicationFilePath(),
                     {u"--background"_s, u"--data-dir"_s, QDir::toNativeSeparators(m_profile->dataDir())},
                     m_environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : m_environment);
}

void MainWindow::setSystemTrayAvailable(bool available)
{
    m_trayAvailable = available;
    if (!available) {
        delete m_tray;
        m_tray = nullptr;
        return;
    }
    if (m_tray)
        return;
    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::syncNowRequested, this, [this] { startSync(false); });
    connect(m_tray, &TrayIcon::openRequested, this, &MainWindow::bringToFront);
    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quitApplication);
    updateTray();
    m_tray->show();
}

void MainWindow::updateTray()
{
    if (!m_tray)
        return;
    TrayIcon::State state = TrayIcon::State::Idle;
    if (m_controller->isRunning())
        state = TrayIcon::State::Syncing;
    else if (m_history->rowCount() > 0 && m_history->run(0).status == RunStatus::Failed)
        state = TrayIcon::State::Failed;
    m_tray->setState(state);
    m_tray->setLastResult(m_history->rowCount() > 0 ? m_ui->lastRunValueLabel->text() : QString());
    m_tray->setNextRun(nextRunText());
}

void MainWindow::onUnattendedRunFinished(const SyncSummary &summary, RunTrigger trigger)
{
    // Polls come every few minutes: only their failures are worth a notification.
    const bool failed = summary.status == RunStatus::Failed || summary.status == RunStatus::Partial;
    if (!m_tray || trigger == RunTrigger::Manual || summary.status == RunStatus::Cancelled
        || (trigger == RunTrigger::Poll && !failed))
        return;
    const QString kind = HistoryModel::triggerText(trigger);
    if (summary.status == RunStatus::Failed) {
        m_tray->notify(tr("Ponte: the sync failed"),
                       tr("%1 sync (run %2) failed: %3").arg(kind).arg(summary.runId).arg(summary.error), true);
    } else {
        m_tray->notify(failed ? tr("Ponte: sync finished, some records failed") : tr("Ponte: sync finished"),
                       tr("%1 sync (run %2): %3 written, %4 failed.")
                           .arg(kind)
                           .arg(summary.runId)
                           .arg(summary.totalWrites())
                           .arg(summary.totalFailed()),
                       failed);
    }
}

void MainWindow::applyWebhooks()
{
    Settings &settings = m_profile->settings();
    m_daemon->webhooks().close();
    const int port = settings.intValue(SettingKey::WebhookPort);
    if (port <= 0) {
        m_ui->webhookValueLabel->setText(
            tr("off: changes are polled every %n minute(s)", nullptr, settings.intValue(SettingKey::PollIntervalMin)));
        updateTray();
        return;
    }
    // The demo's token lives only as long as the process; a real one is kept in the keychain.
    if (m_webhookToken.isEmpty())
        m_webhookToken = webhookToken(m_secrets, !m_demoCredentials);
    const QHostAddress address(settings.stringValue(SettingKey::WebhookListen));
    if (!m_daemon->listenWebhooks(quint16(port), address, m_webhookToken)) {
        m_ui->webhookValueLabel->setText(tr("port %1 could not be opened (%2); changes are polled instead.")
                                             .arg(port)
                                             .arg(m_daemon->webhooks().errorString()));
        updateTray();
        return;
    }
    const QString reach =
        address.isLoopback()
            ? tr("Ponte listens on this computer only (%1): Omie reaches it only through a proxy on this computer "
                 "that forwards to it. To accept calls from other computers, choose \"%2\" under Listen on.")
                  .arg(address.toString(), listenChoiceName(u"0.0.0.0"_s))
            : tr("Ponte listens on the networks of this computer (%1): anyone who can reach this computer can call "
                 "the address, and only the secret token in it keeps them out. Keep the address private and, on the "
                 "internet, put an HTTPS proxy in front.")
                  .arg(address.toString());
    m_ui->webhookValueLabel->setText(
        tr("In Omie, register this address for the notifications (it works while this computer is on and Ponte is "
           "running, in the window or the notification area): %1")
            .arg(webhookAddress(address.isLoopback() ? address.toString() : thisComputerAddress()))
        + u"\n\n"_s + reach);
    updateTray();
}

QString MainWindow::listenChoiceName(const QString &address)
{
    if (address == u"127.0.0.1"_s)
        return tr("This computer only (127.0.0.1)");
    if (address == u"0.0.0.0"_s)
        return tr("Every network of this computer (0.0.0.0)");
    return tr("Only %1 (set with ponte-cli)").arg(address);
}

void MainWindow::setUpWebhookListen()
{
    QComboBox *box = m_ui->webhookListenComboBox;
    const QString stored = m_profile->settings().stringValue(SettingKey::WebhookListen);
    QStringList choices{u"127.0.0.1"_s, u"0.0.0.0"_s};
    if (!choices.contains(stored)) // an address chosen with ponte-cli stays what it is
        choices << stored;
    for (const QString &address : std::as_const(choices))
        box->addItem(listenChoiceName(address), address);
    box->setCurrentIndex(std::max(0, box->findData(stored)));
    connect(box, &QComboBox::activated, this, [this, box] {
        const QString chosen = box->currentData().toString();
        const QString before = m_profile->settings().stringValue(SettingKey::WebhookListen);
        if (chosen == before)
            return;
        // Opening the port to the network is a choice made knowingly, never by a slip of the mouse.
        const bool confirmed =
            QHostAddress(chosen).isLoopback()
            || QMessageBox::warning(
                   this, tr("Accept calls from other computers?"),
                   tr("Ponte will accept notifications from any computer that can reach this one, on every network "
                      "it is connected to. Only the secret token in the address keeps others out: keep the address "
                      "private and, to reach it from the internet, put an HTTPS proxy in front.\n\n"
                      "Accept calls from other computers?"),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                   == QMessageBox::Yes;
        if (!confirmed || !saved(m_profile->settings().setValue(SettingKey::WebhookListen, chosen))) {
            const QSignalBlocker blocker(box);
            box->setCurrentIndex(std::max(0, box->findData(before)));
            return;
        }
        applyWebhooks();
    });
}

QString MainWindow::webhookAddress(const QString &host) const
{
    if (!m_daemon->webhooks().isListening())
        return {};
    return u"http://%1:%2/webhooks/omie?token=%3"_s.arg(host).arg(m_daemon->webhooks().port()).arg(m_webhookToken);
}

void MainWindow::applySchedule()
{
    m_daemon->scheduler().setConfig(ScheduleConfig::fromSettings(m_profile->settings()));
    m_daemon->scheduler().start();
    if (m_schedulePanel)
        m_schedulePanel->showStored();
    showSchedule();
}

QString MainWindow::nextRunText() const
{
    const ScheduleConfig &config = m_daemon->scheduler().config();
    const QDateTime now = m_clock->nowUtc();
    const QDateTime next = m_daemon->scheduler().nextHeavyRun(now);
    if (!config.heavyEnabled || !next.isValid())
        return {};
    return tr("%1, %2").arg(BrasiliaText::formatWithZone(next.toMSecsSinceEpoch()), durationText(now.msecsTo(next)));
}

void MainWindow::showSchedule()
{
    const ScheduleConfig &config = m_daemon->scheduler().config();
    const QString next = nextRunText();
    if (next.isEmpty()) {
        m_ui->scheduleValueLabel->setText(tr("not scheduled"));
        m_ui->nextRunValueLabel->setText(tr("not scheduled"));
    } else {
        const QString where = m_tray ? tr("also with the window closed, while Ponte is in the notification area")
                                     : tr("while Ponte is running");
        m_ui->scheduleValueLabel->setText(tr("%1 at %2 (%3), %4; next: %5")
                                              .arg(daysText(config.heavyDays), config.heavyTime.toString(u"HH:mm"_s),
                                                   BrasiliaText::zoneName(), where, next));
        m_ui->nextRunValueLabel->setText(next);
    }
    m_ui->scheduleOffPushButton->setEnabled(config.heavyEnabled);
    updateTray();
}

void MainWindow::armMinuteTick()
{
    if (m_minuteTick)
        m_clock->cancel(m_minuteTick);
    const qint64 now = m_clock->nowMs();
    m_minuteTick = m_clock->callAt(now - now % 60'000 + 60'000, this, [this] {
        m_minuteTick = 0;
        showSchedule();
        armMinuteTick();
    });
}

bool MainWindow::runsInBackground() const
{
    return m_daemon->scheduler().config().heavyEnabled || m_daemon->webhooks().isListening();
}

void MainWindow::startInBackground()
{
    if (m_tray)
        hide();
    else
        showMinimized();
}

void MainWindow::bringToFront()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::quitApplication()
{
    // Not through close() alone: a window started in the tray was never shown and gets no close event.
    if (shutDown())
        close();
}

bool MainWindow::shutDown()
{
    if (m_shutDown)
        return true;
    if (m_controller->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Sync in progress"),
            tr("A synchronisation is running. Stop it after the record in progress and close Ponte?"));
        if (answer != QMessageBox::Yes)
            return false;
        m_ui->progressLabel->setText(tr("Stopping after the record in progress…"));
        m_daemon->stopAndWait();
    } else {
        m_daemon->stopAndWait(); // nothing running: stops the schedule and the webhooks
    }
    saveWindowState();
    if (m_tray)
        m_tray->hide();
    m_shutDown = true;
    emit quitting();
    return true;
}

bool MainWindow::keepRunningOnClose()
{
    if (m_tray) {
        hide();
        if (m_toldAboutTray || m_settingsStore->value(kTrayNoticeOffKey).value_or(QString()) == u"true"_s)
            return true;
        m_toldAboutTray = true;
        auto *box = new QMessageBox(QMessageBox::Information, tr("Ponte keeps running"),
                                    tr("Ponte is still running in the notification area, so the scheduled syncs (and "
                                       "Omie's notifications, when they are on) keep working. To stop it, choose "
                                       "\"Quit\" in the menu of its icon."),
                                    QMessageBox::Ok, this);
        box->setObjectName(u"trayNoticeMessageBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::NonModal);
        box->setCheckBox(new QCheckBox(tr("Do not show this again"), box));
        connect(box, &QMessageBox::finished, this, [this, box] {
            if (box->checkBox()->isChecked())
                saved(m_settingsStore->setValue(kTrayNoticeOffKey, u"true"_s));
        });
        box->show();
        return true;
    }
    QMessageBox box(QMessageBox::Question, tr("Ponte"),
                    tr("Syncs are scheduled, but this desktop has no notification area to keep Ponte in. If Ponte "
                       "quits, nothing syncs until it is opened again."),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"closeQuestionMessageBox"_s);
    QPushButton *keep = box.addButton(tr("Keep running minimised"), QMessageBox::AcceptRole);
    keep->setObjectName(u"keepRunningPushButton"_s);
    box.addButton(tr("Quit"), QMessageBox::DestructiveRole)->setObjectName(u"quitPushButton"_s);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep) {
        showMinimized();
        return true;
    }
    return box.clickedButton() == cancel || box.clickedButton() == nullptr;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_shutDown && runsInBackground() && keepRunningOnClose()) {
        event->ignore();
        return;
    }
    if (!shutDown()) {
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace Ponte
