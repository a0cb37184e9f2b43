#pragma once

#include "secrets/credentials.h"
#include "sync/syncoptions.h"

#include <QMainWindow>
#include <QProcessEnvironment>
#include <QTimer>

#include <memory>
#include <optional>

class QComboBox;

namespace Ui {
class MainWindow;
}

namespace Ponte {

class HistoryModel;
class Profile;
class Clock;
class SecretStore;
class SettingsRepository;
class SyncController;
class SyncScheduler;
class WebhookReceiver;

/**
 * The application window: profile status, "sync now" (with a warning during business hours), a
 * preview that writes nothing, live progress, and the sync history with every record of a run.
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
    SyncController *controller() const { return m_controller.get(); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void withCredentials(const std::function<void(const Credentials &)> &use);
    void setUpOptions();
    /** (Re)starts the webhook receiver on the configured port; off at port 0. */
    void applyWebhooks();
    QList<std::pair<QComboBox *, QString>> orderDefaultBoxes() const;
    void applySchedule();
    /** A run nobody clicked for (schedule, polling): skipped when one is already running. */
    void startUnattended(const QString &trigger, double budgetShare);
    void showRunItems();
    void setRunning(bool running);

    const std::unique_ptr<Ui::MainWindow> m_ui;
    std::shared_ptr<Profile> m_profile;
    SecretStore *m_secrets;
    QProcessEnvironment m_environment;
    std::optional<Credentials> m_demoCredentials;
    std::unique_ptr<SyncController> m_controller;
    HistoryModel *m_history;
    Clock *m_clock;
    std::unique_ptr<SettingsRepository> m_settingsStore;
    SyncScheduler *m_scheduler = nullptr;
    WebhookReceiver *m_webhooks = nullptr;
    QTimer m_webhookDebounce;
    QString m_webhookToken;
};

} // namespace Ponte
