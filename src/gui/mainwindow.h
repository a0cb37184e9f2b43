#pragma once

#include "result.h"
#include "secrets/credentials.h"
#include "sync/syncoptions.h"

#include <QMainWindow>
#include <QPointer>
#include <QProcessEnvironment>
#include <QTimer>

#include <functional>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QSortFilterProxyModel;
class QThread;
class QUrl;

namespace Ui {
class MainWindow;
}

namespace Ponte {

class Autostart;
class ColumnFilterProxyModel;
class HistoryModel;
class RunItemsModel;
class RunItemsReader;
struct RunItem;
class Profile;
class Clock;
class ProgressView;
class SecretStore;
class SettingsRepository;
class SchedulePanel;
class SyncController;
class SyncDaemon;
class TrayIcon;

/**
 * The application window: pages chosen from a list on the left (overview, history, quarantine,
 * mapping, schedule and options, settings), a menu bar with shortcuts, "sync now" (with a warning
 * during business hours), a preview that writes nothing, and live progress. It fits 1024×600.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** @p demoCredentials is set in demo mode (the built-in simulators' credentials). */
    /** @p clock drives the schedule (the system clock when null; tests pass a manual one). */
    MainWindow(std::shared_ptr<Profile> profile,
               SecretStore *secrets,
               QProcessEnvironment environment,
               std::optional<Credentials> demoCredentials = std::nullopt,
               Clock *clock = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Re-reads the credential state from the keychain. */
    void refreshStatus();
    /**
     * The keychain the credentials dialog edits when it is not the window's own: in the
     * demonstration, that of the real profile, so keys entered there serve when the demo is off.
     */
    void setCredentialsStore(SecretStore *store) { m_credentialsStore = store; }
    /** Opens the credentials dialog (keys, "test connection", save to the keychain). */
    void editCredentials();
    /** Fills the order-default boxes from Omie's lists (conta corrente, categoria, parcela, etapa). */
    void loadOrderDefaults();
    /** The address to register in Omie's webhooks for @p host; empty while not listening. */
    QString webhookAddress(const QString &host) const;
    /** Opens the field mapping editor. */
    void editMapping();
    /** One click: the heavy sync daily at the first hour after business hours. */
    void scheduleOffHours();
    /** Starts a sync (a preview when @p dryRun); asks first during business hours. */
    void startSync(bool dryRun);
    SyncController *controller() const;
    /** The scheduler, webhook receiver and run queue the window drives (the same as `ponte-cli daemon`). */
    SyncDaemon *daemon() const { return m_daemon.get(); }

    /** Whether the desktop shows tray icons (QSystemTrayIcon::isSystemTrayAvailable); tests set it. */
    void setSystemTrayAvailable(bool available);
    /** The notification-area icon, or null without a tray. */
    TrayIcon *trayIcon() const { return m_tray; }
    /** Started at login: straight to the tray when there is one (else minimised). */
    void startInBackground();
    /** Brings the window back from the tray or the task bar (also when a second launch asks). */
    void bringToFront();
    /** Really quits: asks first during a sync, then stops it and waits until it has stopped. */
    void quitApplication();
    /** Whether closing the window leaves syncs running: a heavy schedule or the webhook receiver is on. */
    bool runsInBackground() const;
    /** The next heavy sync in Brasília time with the zone named, and how far away it is; empty when none. */
    QString nextRunText() const;

    /** The pages of the list on the left, in its order. */
    enum Page { OverviewPage, HistoryPage, QuarantinePage, MappingPage, OptionsPage, SettingsPage, PageCount };
    void showPage(Page page);
    /** Re-reads the overview: last run, next scheduled run, pending work, quarantine. */
    void refreshOverview();
    /** Re-reads the quarantine page. */
    void refreshQuarantine();
    /** The selected quarantined records are due on the next sync. */
    void retrySelectedQuarantine();
    /** The selected records leave the quarantine (after a confirmation). */
    void ignoreSelectedQuarantine();
    /** A menu action by its object name ("syncNowAction"…), for tests and the tool bar. */
    QAction *action(const QString &objectName) const;
    /** Where "open" actions send folders, files and links; tests replace it. */
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    /** Where export actions ask for a file name; tests replace it. */
    void setSaveFileNameProvider(std::function<QString(const QString &suggested)> provider)
    {
        m_saveFileName = std::move(provider);
    }
    /** Writes the runs, the records of the selected run or the quarantine as CSV; false on error. */
    bool exportRuns(const QString &fileName);
    bool exportRunItems(const QString &fileName);
    bool exportQuarantine(const QString &fileName);
    void showAbout();
    void showHelp();
    /** Opens the set-up assistant; on Finish its choices show here and, if asked, a preview starts. */
    void runSetupWizard();
    /** On the first start (no keys stored, not the demonstration) the assistant opens by itself. */
    void offerSetupIfUnconfigured();

signals:
    /** The assistant's first page chose the demonstration. */
    void demoRequested();
    /** The window closed for good (not to the tray): the application should end. */
    void quitting();

protected:
    void closeEvent(QCloseEvent *event) override;
    /** Back from the tray or the task bar: the records of the selected run, if they were left unread. */
    void showEvent(QShowEvent *event) override;

private:
    /** Shows @p status to the user when it failed; returns whether it succeeded. */
    bool saved(const Status &status);
    void setUpPages();
    void setUpMenus();
    void setUpHistoryFilters();
    void exportTo(const QString &suggestedName, const std::function<bool(const QString &)> &write);
    bool writeFile(const QString &fileName, const QByteArray &data);
    /** Remembers the label of an order default chosen from Omie's lists, to show it after a restart. */
    void rememberOrderDefaultLabels();
    /** Shows the stored options again after the assistant changed them. */
    void showStoredOptions(const QMap<QString, std::pair<QString, QString>> &orderDefaultNames = {});
    void withCredentials(const std::function<void(const Credentials &)> &use);
    void setUpOptions();
    /** (Re)starts the webhook receiver on the configured port; off at port 0. */
    void applyWebhooks();
    /** The webhook receiver's listen address: this computer only (default) or every network, confirmed. */
    void setUpWebhookListen();
    static QString listenChoiceName(const QString &address);
    /** The settings page's proxy and language boxes (ProxySettings, LanguageSettings). */
    void addConnectionAndLanguageSettings();
    /** The per-entity progress table under the sync buttons (ProgressView). */
    void addProgressView();
    static QString previewSummaryText(const SyncSummary &summary);
    QList<std::pair<QComboBox *, QString>> orderDefaultBoxes() const;
    void applySchedule();
    /** The tray, the daemon's signals, the minute tick of "next run" (mainwindow_desktop.cpp). */
    void setUpDesktop();
    void updateTray();
    void onUnattendedRunFinished(const SyncSummary &summary, RunTrigger trigger);
    /** Re-arms the refresh of the next-run texts at the next minute of the window's clock. */
    void armMinuteTick();
    /** Closing with syncs scheduled: to the tray (said once, unless turned off) or, without a tray, asked. */
    bool keepRunningOnClose();
    /** The schedule's texts (options page, overview, tray) for the window's clock's now. */
    void showSchedule();
    void saveWindowState();
    /** Stops the schedule, the webhooks and (after asking) a run in progress; false when the user says no. */
    bool shutDown();
    /** "Start with the system" for this data folder, started in the background. */
    Autostart autostart() const;
    /** Lists the records of the run selected in the history; only marks them due while the list is hidden. */
    void showRunItems();
    /** The records the reader thread read for request @p ticket (older requests are dropped). */
    /** Reads the runs again and says so in the status bar when the database could not be read. */
    void refreshHistory();
    void onRunItemsRead(quint64 ticket, const QList<RunItem> &items, const QString &error);
    void setRunning(bool running);
    /** Sync now and Preview (buttons and menu), without touching Stop. */
    void setStartEnabled(bool enabled);

    const std::unique_ptr<Ui::MainWindow> m_ui;
    std::shared_ptr<Profile> m_profile;
    SecretStore *m_secrets;
    SecretStore *m_credentialsStore = nullptr;
    ProgressView *m_progressView = nullptr;
    QProcessEnvironment m_environment;
    std::optional<Credentials> m_demoCredentials;
    std::unique_ptr<SyncDaemon> m_daemon;
    QPointer<SyncController> m_controller; ///< the daemon's
    HistoryModel *m_history;
    Clock *m_clock;
    std::unique_ptr<SettingsRepository> m_settingsStore;
    QString m_webhookToken;
    SchedulePanel *m_schedulePanel = nullptr;
    TrayIcon *m_tray = nullptr;
    bool m_trayAvailable = false;
    bool m_shutDown = false;
    bool m_toldAboutTray = false;
    quint64 m_minuteTick = 0;
    bool m_runItemsStale = false; ///< the selected run's records are not read yet (the list was hidden)
    QThread *m_runItemsThread = nullptr;
    RunItemsReader *m_runItemsReader = nullptr; ///< lives in m_runItemsThread
    quint64 m_runItemsTicket = 0;               ///< the latest read asked of it
    RunItemsModel *m_runItems = nullptr;
    ColumnFilterProxyModel *m_runItemsFilter = nullptr;
    QSortFilterProxyModel *m_historyFilter = nullptr;
    std::function<bool(const QUrl &)> m_openUrl;
    std::function<QString(const QString &)> m_saveFileName;
};

} // namespace Ponte
