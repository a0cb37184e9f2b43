#include "mainwindow.h"

#include "credentialsdialog.h"
#include "historymodel.h"
#include "mappingdialog.h"
#include "net/clock.h"
#include "profile.h"
#include "schedule/syncscheduler.h"
#include "settings.h"
#include "store/runrepository.h"
#include "store/settingsrepository.h"
#include "sync/orderdefaults.h"
#include "sync/syncengine.h"
#include "ui_mainwindow.h"
#include "webhook/webhookreceiver.h"
#include "webhook/webhooktoken.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Ponte {

MainWindow::MainWindow(std::shared_ptr<Profile> profile,
                       SecretStore *secrets,
                       QProcessEnvironment environment,
                       std::optional<Credentials> demoCredentials,
                       Clock *clock,
                       QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_profile(std::move(profile)), m_secrets(secrets),
      m_environment(std::move(environment)), m_demoCredentials(std::move(demoCredentials)),
      m_controller(std::make_unique<SyncController>(m_profile->dataDir(), m_environment)),
      m_history(new HistoryModel(m_profile->database(), this)), m_clock(clock ? clock : Clock::system()),
      m_settingsStore(std::make_unique<SettingsRepository>(m_profile->database()))
{
    m_ui->setupUi(this);
    const bool demo = m_demoCredentials.has_value();
    setWindowTitle(demo ? tr("Ponte — demo") : tr("Ponte"));
    m_ui->dataFolderValueLabel->setText(m_profile->dataDir());
    m_ui->databaseValueLabel->setText(tr("schema version %1").arg(m_profile->database().schemaVersion()));
    m_ui->modeValueLabel->setText(demo ? tr("Demo (built-in simulators, separate data folder)")
                                       : tr("Connected to the real Omie and Ploomes services"));
    m_ui->omieValueLabel->setText(tr("checking…"));
    m_ui->ploomesValueLabel->setText(tr("checking…"));
    m_ui->historyTableView->setModel(m_history);
    m_ui->historyTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->historyTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->historyTableView->verticalHeader()->hide();
    m_ui->runItemsTableWidget->setColumnCount(5);
    m_ui->runItemsTableWidget->setHorizontalHeaderLabels(
        {tr("Outcome"), tr("Entity"), tr("Direction"), tr("Record"), tr("Reason")});
    m_ui->runItemsTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->runItemsTableWidget->verticalHeader()->hide();
    connect(m_ui->historyTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::showRunItems);
    connect(m_ui->credentialsPushButton, &QPushButton::clicked, this, &MainWindow::editCredentials);
    if (demo) {
        m_ui->credentialsPushButton->setEnabled(false);
        m_ui->credentialsPushButton->setToolTip(tr("The demo uses the simulators' own keys."));
    }
    connect(m_ui->syncNowPushButton, &QPushButton::clicked, this, [this] { startSync(false); });
    connect(m_ui->previewPushButton, &QPushButton::clicked, this, [this] { startSync(true); });
    connect(m_ui->stopPushButton, &QPushButton::clicked, this, [this] {
        m_ui->progressLabel->setText(tr("Stopping after the record in progress…"));
        m_controller->cancel();
    });
    connect(m_controller.get(), &SyncController::progress, this,
            [this](Entity e, Direction d, int done, int total, qint64 etaMs) {
                m_ui->syncProgressBar->setMaximum(std::max(total, 1));
                m_ui->syncProgressBar->setValue(done);
                QString text =
                    tr("%1, %2: %3 of %4").arg(entityDisplayName(e), directionDisplayName(d)).arg(done).arg(total);
                if (etaMs > 0)
                    text += u" — "_s + tr("about %n second(s) left", nullptr, int((etaMs + 999) / 1000));
                m_ui->progressLabel->setText(text);
            });
    connect(m_controller.get(), &SyncController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_controller.get(), &SyncController::finished, this, [this](const SyncSummary &s) {
        setRunning(false);
        m_history->refresh();
        m_ui->historyTableView->selectRow(0);
        QString text = tr("Run %1: %2 — %3 written, %4 failed.")
                           .arg(s.runId)
                           .arg(runStatusDisplayName(s.status))
                           .arg(s.totalWrites())
                           .arg(s.totalFailed());
        if (!s.error.isEmpty())
            text += u' ' + s.error;
        m_ui->progressLabel->setText(text);
    });
    setUpOptions();
    refreshStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpOptions()
{
    Settings &settings = m_profile->settings();
    auto setUpBackfill = [&](QCheckBox *box, QDateEdit *date, const QString &enabledKey, const QString &sinceKey) {
        const QDate since = settings.dateValue(sinceKey);
        date->setDate(since.isValid() ? since : QDate::currentDate().addYears(-1));
        box->setChecked(settings.boolValue(enabledKey));
        date->setEnabled(box->isChecked());
        auto save = [this, box, date, enabledKey, sinceKey] {
            date->setEnabled(box->isChecked());
            m_profile->settings().setValue(sinceKey, date->date().toString(Qt::ISODate));
            m_profile->settings().setValue(enabledKey, box->isChecked() ? u"true"_s : u"false"_s);
        };
        connect(box, &QCheckBox::toggled, this, save);
        connect(date, &QDateEdit::dateChanged, this, save);
    };
    setUpBackfill(m_ui->backfillOmieOrdersCheckBox, m_ui->backfillOmieOrdersDateEdit, SettingKey::BackfillOmieOrders,
                  SettingKey::BackfillOmieOrdersSince);
    setUpBackfill(m_ui->backfillPloomesOrdersCheckBox, m_ui->backfillPloomesOrdersDateEdit,
                  SettingKey::BackfillPloomesOrders, SettingKey::BackfillPloomesOrdersSince);

    QComboBox *policy = m_ui->conflictPolicyComboBox;
    policy->addItem(tr("Omie's version wins"), u"omie-wins"_s);
    policy->addItem(tr("Ploomes' version wins"), u"ploomes-wins"_s);
    policy->addItem(tr("The newest change wins"), u"newest-wins"_s);
    policy->setCurrentIndex(std::max(0, policy->findData(settings.stringValue(SettingKey::ConflictPolicy))));
    connect(policy, &QComboBox::currentIndexChanged, this, [this, policy] {
        m_profile->settings().setValue(SettingKey::ConflictPolicy, policy->currentData().toString());
    });

    m_scheduler = new SyncScheduler(m_clock, ScheduleConfig::fromSettings(settings), this);
    connect(m_scheduler, &SyncScheduler::heavySyncDue, this,
            [this](double share) { startUnattended(u"schedule"_s, share); });
    connect(m_scheduler, &SyncScheduler::pollDue, this, [this](double share) { startUnattended(u"poll"_s, share); });
    connect(m_ui->scheduleOffHoursPushButton, &QPushButton::clicked, this, &MainWindow::scheduleOffHours);
    connect(m_ui->mappingPushButton, &QPushButton::clicked, this, &MainWindow::editMapping);
    connect(m_ui->loadOrderDefaultsPushButton, &QPushButton::clicked, this, &MainWindow::loadOrderDefaults);
    // Until the lists are read from Omie, each box shows the stored code.
    for (const auto &[box, key] : orderDefaultBoxes()) {
        const QString stored = settings.stringValue(key);
        if (!stored.isEmpty()) {
            box->addItem(stored, stored);
            box->setCurrentIndex(0); // a box with a placeholder selects nothing by itself
        }
        connect(box, &QComboBox::currentIndexChanged, this, [this, box = box, key = key] {
            if (box->currentIndex() >= 0)
                m_profile->settings().setValue(key, box->currentData().toString());
        });
    }
    connect(m_ui->scheduleOffPushButton, &QPushButton::clicked, this, [this] {
        m_profile->settings().setValue(SettingKey::ScheduleEnabled, u"false"_s);
        applySchedule();
    });
    applySchedule();

    // Omie's webhooks, while the window is open: each one starts an incremental sync soon after.
    m_webhookDebounce.setSingleShot(true);
    m_webhookDebounce.setInterval(3000); // a burst of notifications becomes one run
    connect(&m_webhookDebounce, &QTimer::timeout, this,
            [this] { startUnattended(u"webhook"_s, m_scheduler->budgetShareAt(m_clock->nowUtc())); });
    m_ui->webhookPortSpinBox->setValue(settings.intValue(SettingKey::WebhookPort));
    connect(m_ui->webhookPortSpinBox, &QSpinBox::editingFinished, this, [this] {
        m_profile->settings().setValue(SettingKey::WebhookPort, QString::number(m_ui->webhookPortSpinBox->value()));
        applyWebhooks();
    });
    applyWebhooks();
}

void MainWindow::applyWebhooks()
{
    delete m_webhooks;
    m_webhooks = nullptr;
    const int port = m_profile->settings().intValue(SettingKey::WebhookPort);
    if (port <= 0) {
        m_ui->webhookValueLabel->setText(tr("off: changes are polled every %n minute(s)", nullptr,
                                            m_profile->settings().intValue(SettingKey::PollIntervalMin)));
        return;
    }
    m_webhooks = new WebhookReceiver(this);
    // The demo's token lives only as long as the process; a real one is kept in the keychain.
    if (m_webhookToken.isEmpty())
        m_webhookToken = webhookToken(m_secrets, !m_demoCredentials);
    m_webhooks->setToken(m_webhookToken);
    if (!m_webhooks->listen(quint16(port))) {
        m_ui->webhookValueLabel->setText(tr("port %1 could not be opened (%2); changes are polled instead.")
                                             .arg(port)
                                             .arg(m_webhooks->errorString()));
        delete m_webhooks;
        m_webhooks = nullptr;
        return;
    }
    connect(m_webhooks, &WebhookReceiver::omieChanged, this, [this] { m_webhookDebounce.start(); });
    connect(m_webhooks, &WebhookReceiver::ploomesChanged, this, [this] { m_webhookDebounce.start(); });
    m_ui->webhookValueLabel->setText(tr("register in Omie: %1").arg(webhookAddress(u"THIS-COMPUTER"_s)));
}

QString MainWindow::webhookAddress(const QString &host) const
{
    if (!m_webhooks)
        return {};
    return u"http://%1:%2/webhooks/omie?token=%3"_s.arg(host).arg(m_webhooks->port()).arg(m_webhookToken);
}

QList<std::pair<QComboBox *, QString>> MainWindow::orderDefaultBoxes() const
{
    return {{m_ui->orderContaCorrenteComboBox, SettingKey::OrderContaCorrente},
            {m_ui->orderCategoriaComboBox, SettingKey::OrderCategoria},
            {m_ui->orderParcelaComboBox, SettingKey::OrderParcela},
            {m_ui->orderEtapaComboBox, SettingKey::OrderEtapa}};
}

void MainWindow::loadOrderDefaults()
{
    m_ui->loadOrderDefaultsPushButton->setEnabled(false);
    statusBar()->showMessage(tr("Reading the contas correntes, categorias, parcelas and etapas from Omie…"));
    withCredentials([this](const Credentials &c) {
        if (!c.hasOmie()) {
            m_ui->loadOrderDefaultsPushButton->setEnabled(true);
            statusBar()->showMessage(tr("Set up the Omie credentials first."), 8000);
            return;
        }
        auto *loader = new OrderDefaultsLoader(m_profile->settings(), c, this);
        connect(loader, &OrderDefaultsLoader::loaded, this,
                [this, loader](const OmieOrderChoices &choices, const ApiError &error) {
                    loader->deleteLater();
                    m_ui->loadOrderDefaultsPushButton->setEnabled(true);
                    const QList<QList<OmieChoice>> lists{choices.contasCorrentes, choices.categorias, choices.parcelas,
                                                         choices.etapas};
                    const auto boxes = orderDefaultBoxes();
                    for (int i = 0; i < boxes.size(); ++i) {
                        QComboBox *box = boxes.at(i).first;
                        const QString stored = m_profile->settings().stringValue(boxes.at(i).second);
                        const QSignalBlocker blocker(box); // filling is not choosing
                        box->clear();
                        for (const OmieChoice &choice : lists.at(i))
                            box->addItem(choice.label, choice.code);
                        box->setCurrentIndex(box->findData(stored));
                    }
                    statusBar()->showMessage(error.isError()
                                                 ? error.userMessage()
                                                 : tr("Pick the defaults of the orders Ponte creates in Omie."),
                                             8000);
                });
        loader->start();
    });
}

void MainWindow::editMapping()
{
    // Custom fields as the last sync found them: the editor works without a connection.
    auto *dialog = new MappingDialog(*m_settingsStore, FieldCatalog::fromCache(*m_settingsStore), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { statusBar()->showMessage(tr("Field mapping saved; the next sync uses it."), 8000); });
    dialog->open();
}

void MainWindow::scheduleOffHours()
{
    Settings &settings = m_profile->settings();
    const ScheduleConfig current = ScheduleConfig::fromSettings(settings);
    settings.setValue(SettingKey::ScheduleTime,
                      SyncScheduler::suggestOffHoursTime(current.businessHours).toString(u"HH:mm"_s));
    settings.setValue(SettingKey::ScheduleEnabled, u"true"_s);
    applySchedule();
    statusBar()->showMessage(tr("The heavy sync will run outside business hours."), 8000);
}

void MainWindow::applySchedule()
{
    const ScheduleConfig config = ScheduleConfig::fromSettings(m_profile->settings());
    m_scheduler->setConfig(config);
    m_scheduler->start();
    const QDateTime next = m_scheduler->nextHeavyRun(m_clock->nowUtc());
    if (config.heavyEnabled && next.isValid()) {
        // Times are Brasília's, like the business hours they avoid.
        const QDateTime local = next.toOffsetFromUtc(-3 * 3600);
        m_ui->scheduleValueLabel->setText(
            tr("at %1, next on %2 (while Ponte is open)")
                .arg(config.heavyTime.toString(u"HH:mm"_s), QLocale().toString(local.date(), QLocale::ShortFormat)));
    } else {
        m_ui->scheduleValueLabel->setText(tr("not scheduled"));
    }
    m_ui->scheduleOffPushButton->setEnabled(config.heavyEnabled);
}

void MainWindow::startUnattended(const QString &trigger, double budgetShare)
{
    if (m_controller->isRunning())
        return; // the schedule comes round again; two runs never overlap
    SyncOptions options;
    options.trigger = trigger;
    options.budgetShare = budgetShare;
    setRunning(true);
    withCredentials([this, options](const Credentials &c) {
        if (!c.isComplete()) {
            setRunning(false);
            m_ui->progressLabel->setText(tr("A scheduled sync was skipped: the credentials are not set up."));
            return;
        }
        m_controller->start(options, c);
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_controller->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Sync in progress"),
            tr("A synchronisation is running. Stop it after the record in progress and close Ponte?"));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

void MainWindow::withCredentials(const std::function<void(const Credentials &)> &use)
{
    if (m_demoCredentials) {
        use(*m_demoCredentials);
        return;
    }
    auto *store = new CredentialStore(*m_secrets, m_environment);
    store->load([this, store, use](const Credentials &c, const SecretResult &error) {
        if (!error.ok())
            statusBar()->showMessage(error.message);
        use(c);
        delete store;
    });
}

void MainWindow::refreshStatus()
{
    withCredentials([this](const Credentials &c) {
        auto state = [](bool present) { return present ? tr("stored in the system keychain") : tr("not set up yet"); };
        if (m_demoCredentials) {
            m_ui->omieValueLabel->setText(tr("demo simulator"));
            m_ui->ploomesValueLabel->setText(tr("demo simulator"));
            return;
        }
        // Keys given through the environment are used by this process only and never stored.
        const Credentials fromEnvironment = CredentialStore(*m_secrets, m_environment).environmentOverrides();
        m_ui->omieValueLabel->setText(fromEnvironment.hasOmie() ? tr("given by the environment (not stored)")
                                                                : state(c.hasOmie()));
        m_ui->ploomesValueLabel->setText(fromEnvironment.hasPloomes() ? tr("given by the environment (not stored)")
                                                                      : state(c.hasPloomes()));
    });
}

void MainWindow::editCredentials()
{
    auto *dialog = new CredentialsDialog(m_profile->settings(), m_secrets, m_environment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refreshStatus();
        statusBar()->showMessage(tr("Credentials saved in the system keychain."), 8000);
    });
    dialog->open();
}

void MainWindow::setRunning(bool running)
{
    m_ui->syncNowPushButton->setEnabled(!running);
    m_ui->previewPushButton->setEnabled(!running);
    m_ui->stopPushButton->setEnabled(running);
    if (running) {
        m_ui->syncProgressBar->setMaximum(0); // busy until the first progress report
        m_ui->progressLabel->setText(tr("Starting…"));
    } else {
        m_ui->syncProgressBar->setMaximum(1);
        m_ui->syncProgressBar->setValue(1);
    }
}

void MainWindow::startSync(bool dryRun)
{
    if (m_controller->isRunning())
        return;
    setRunning(true);
    // Missing keys are said first: a business-hours warning for a run that cannot start would mislead.
    withCredentials([this, dryRun](const Credentials &c) {
        if (!c.isComplete()) {
            setRunning(false);
            m_ui->progressLabel->setText(tr("Set up the Omie and Ploomes credentials first."));
            return;
        }
        const ScheduleConfig schedule = ScheduleConfig::fromSettings(m_profile->settings());
        SyncOptions options;
        options.trigger = u"manual"_s;
        options.dryRun = dryRun;
        // Both APIs are shared: during business hours a manual run takes only its share, after a warning.
        if (!dryRun && schedule.businessHours.isBusinessTime(m_clock->nowUtc())) {
            const auto answer = QMessageBox::warning(
                this, tr("Business hours"),
                tr("It is business hours: other tools share the Omie and Ploomes limits now. Ponte will use only %1% "
                   "of them, so a large sync takes longer; the scheduled off-hours sync is the better choice for "
                   "heavy work.\n\n"
                   "Sync now anyway?")
                    .arg(int(schedule.businessShare * 100)),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes) {
                setRunning(false);
                return;
            }
            options.budgetShare = schedule.businessShare;
        }
        m_controller->start(options, c);
    });
}

void MainWindow::showRunItems()
{
    const QModelIndexList rows = m_ui->historyTableView->selectionModel()->selectedRows();
    m_ui->runItemsTableWidget->setRowCount(0);
    if (rows.isEmpty())
        return;
    const RunRecord &run = m_history->run(rows.first().row());
    RunRepository repository(m_profile->database());
    const QList<RunItem> items = repository.items(run.id, 0, 2000);
    m_ui->runItemsTableWidget->setRowCount(int(items.size()));
    for (int i = 0; i < items.size(); ++i) {
        const RunItem &item = items.at(i);
        QString record = item.label;
        if (item.omieId)
            record += u"  · Omie %1"_s.arg(*item.omieId);
        if (item.ploomesId)
            record += u"  · Ploomes %1"_s.arg(*item.ploomesId);
        const QStringList cells = {itemOutcomeDisplayName(item.action, item.outcome), entityDisplayName(item.entity),
                                   directionDisplayName(item.direction), record, item.message};
        for (int c = 0; c < cells.size(); ++c)
            m_ui->runItemsTableWidget->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_ui->runItemsTableWidget->resizeColumnsToContents();
}

} // namespace Ponte
