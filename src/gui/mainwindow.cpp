#include "mainwindow.h"

#include "aboutdialog.h"
#include "brasiliatext.h"
#include "brasiliatime.h"
#include "credentialsdialog.h"
#include "datafolder.h"
#include "deletionsettings.h"
#include "export/csvwriter.h"
#include "export/historycsv.h"
#include "fitwidth.h"
#include "historymodel.h"
#include "languagesettings.h"
#include "mappingdialog.h"
#include "net/clock.h"
#include "plainreasons.h"
#include "profile.h"
#include "progressview.h"
#include "proxysettings.h"
#include "runitemsmodel.h"
#include "schedule/syncscheduler.h"
#include "settings.h"
#include "setupwizard.h"
#include "store/quarantinerepository.h"
#include "store/queuerepository.h"
#include "store/runitemsreader.h"
#include "platform/backgroundthread.h"
#include "store/runrepository.h"
#include "store/settingsrepository.h"
#include "sync/orderdefaults.h"
#include "sync/syncdaemon.h"
#include "sync/syncengine.h"
#include "ui_mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {

const QString kOrderDefaultLabelsKey = u"gui.orderDefaultLabels"_s;
constexpr int kRunItemRowsMeasured = 60;

/** Runs that started on or after a date; the date edit's minimum means "any date". */
class RunsSinceFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSince(const QDate &since)
    {
        m_since = since;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override
    {
        if (!m_since.isValid())
            return true;
        const auto *history = static_cast<const HistoryModel *>(sourceModel());
        return BrasiliaTime::ofMs(history->run(sourceRow).startedAt).date() >= m_since;
    }

private:
    QDate m_since;
};

/** Screenshots are 1024 px wide; shown at their size they would need a horizontal scroll bar. */
void fitImagesToWidth(QTextDocument *document, int width)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            image.setWidth(width); // the height follows the picture's proportions
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

QString windowStateFile(const QString &dataDir)
{
    return dataDir + u"/window.ini"_s;
}

} // namespace

MainWindow::MainWindow(std::shared_ptr<Profile> profile,
                       SecretStore *secrets,
                       QProcessEnvironment environment,
                       std::optional<Credentials> demoCredentials,
                       Clock *clock,
                       QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_profile(std::move(profile)), m_secrets(secrets),
      m_environment(std::move(environment)), m_demoCredentials(std::move(demoCredentials)),
      m_daemon(std::make_unique<SyncDaemon>(m_profile->dataDir(),
                                            m_environment,
                                            m_demoCredentials.value_or(Credentials()),
                                            ScheduleConfig::fromSettings(m_profile->settings()),
                                            clock ? clock : Clock::system())),
      m_controller(&m_daemon->controller()), m_history(new HistoryModel(m_profile->database(), this)),
      m_clock(clock ? clock : Clock::system()),
      m_settingsStore(std::make_unique<SettingsRepository>(m_profile->database()))
{
    m_ui->setupUi(this);
    const bool demo = m_demoCredentials.has_value();
    setWindowTitle(demo ? tr("Ponte — demonstration") : tr("Ponte"));
    m_ui->dataFolderValueLabel->setText(QDir::toNativeSeparators(m_profile->dataDir()));
    m_ui->databaseValueLabel->setText(tr("up to date (version %1)").arg(m_profile->database().schemaVersion()));
    m_ui->modeValueLabel->setText(demo ? tr("Demonstration: a simulated Omie and Ploomes on this computer, with "
                                            "their own data folder. Your real accounts are not touched.")
                                       : tr("Your company's Omie and Ploomes accounts"));
    m_ui->omieValueLabel->setText(tr("checking…"));
    m_ui->ploomesValueLabel->setText(tr("checking…"));
    m_historyFilter = new RunsSinceFilter(this);
    m_historyFilter->setSourceModel(m_history);
    m_ui->historyTableView->setModel(m_historyFilter);
    refreshHistory();
    m_ui->historyTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->historyTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->historyTableView->verticalHeader()->hide();
    m_runItems = new RunItemsModel(this);
    m_runItemsFilter = new ColumnFilterProxyModel(this);
    m_runItemsFilter->setSourceModel(m_runItems);
    m_ui->runItemsTableView->setModel(m_runItemsFilter);
    m_ui->runItemsTableView->horizontalHeader()->setStretchLastSection(true);
    // Fitting the columns measures this many rows (those on screen first), not all of a 2,000-record run:
    // measuring every row held the window for 100 ms and more (bench_responsiveness).
    m_ui->runItemsTableView->horizontalHeader()->setResizeContentsPrecision(kRunItemRowsMeasured);
    m_ui->runItemsTableView->verticalHeader()->hide();
    connect(m_ui->historyTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::showRunItems);
    // A run's records are read on a thread of their own: the read grows with the run (12 ms for 2,000 records).
    m_runItemsThread = new QThread(this);
    m_runItemsThread->setObjectName(u"history-reader"_s);
    m_runItemsReader = new RunItemsReader(m_profile->database().path());
    m_runItemsReader->moveToThread(m_runItemsThread);
    connect(m_runItemsThread, &QThread::finished, m_runItemsReader, &QObject::deleteLater);
    connect(m_runItemsReader, &RunItemsReader::itemsRead, this,
            [this](quint64 ticket, qint64, const QList<RunItem> &items, const QString &error) {
                onRunItemsRead(ticket, items, error);
            });
    Ponte::startInBackground(*m_runItemsThread);
    connect(m_ui->credentialsPushButton, &QPushButton::clicked, this, &MainWindow::editCredentials);
    connect(m_ui->settingsCredentialsPushButton, &QPushButton::clicked, this, &MainWindow::editCredentials);
    connect(m_ui->syncNowPushButton, &QPushButton::clicked, this, [this] { startSync(false); });
    connect(m_ui->previewPushButton, &QPushButton::clicked, this, [this] { startSync(true); });
    connect(m_ui->stopPushButton, &QPushButton::clicked, this, [this] {
        m_ui->progressLabel->setText(tr("Stopping after the record in progress…"));
        m_controller->cancel();
    });
    connect(m_controller.get(), &SyncController::progress, this,
            [this](Entity e, Direction d, int done, int total, qint64 etaMs) {
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
        refreshHistory();
        m_ui->historyTableView->selectRow(0);
        refreshOverview();
        refreshQuarantine();
        m_progressView->finish();
        QString text = s.dryRun ? previewSummaryText(s)
                                : tr("Run %1: %2 — %3 written, %4 failed.")
                                      .arg(s.runId)
                                      .arg(runStatusDisplayName(s.status))
                                      .arg(s.totalWrites())
                                      .arg(s.totalFailed());
        if (!s.error.isEmpty())
            text += u' ' + s.error;
        m_ui->progressLabel->setText(text);
    });
    setUpOptions();
    setUpPages();
    setUpMenus();
    setUpHistoryFilters();
    setUpDesktop();
    FitWidth::specialValueTexts(this);
    refreshStatus();
    refreshOverview();
    refreshQuarantine();

    m_openUrl = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    m_saveFileName = [this](const QString &suggested) {
        QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (!QDir(documents).exists()) // else the dialog opens in whatever folder Ponte was started from
            documents = QDir::homePath();
        return QFileDialog::getSaveFileName(this, tr("Export"), documents + u'/' + suggested,
                                            tr("Spreadsheet (CSV) (*.csv)"));
    };
    // The last size and place, as long as they still fit a screen; else a size that fits this one.
    QSettings state(windowStateFile(m_profile->dataDir()), QSettings::IniFormat);
    if (!restoreGeometry(state.value(u"window/geometry"_s).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1024, 600);
        resize(std::min(1200, available.width()), std::min(740, available.height()));
    }
}

MainWindow::~MainWindow()
{
    // A run still going is stopped by the controller's destructor: its last signals find no half-destroyed window.
    m_controller->disconnect(this);
    m_daemon->disconnect(this);
    m_runItemsReader->disconnect(this);
    m_runItemsThread->quit();
    m_runItemsThread->wait(); // a read in progress ends first; the reader is deleted on its own thread
}

void MainWindow::saveWindowState()
{
    QSettings state(windowStateFile(m_profile->dataDir()), QSettings::IniFormat);
    state.setValue(u"window/geometry"_s, saveGeometry());
}

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
            saved(m_profile->settings().setValue(sinceKey, date->date().toString(Qt::ISODate)));
            saved(m_profile->settings().setValue(enabledKey, box->isChecked() ? u"true"_s : u"false"_s));
        };
        connect(box, &QCheckBox::toggled, this, save);
        connect(date, &QDateEdit::dateChanged, this, save);
    };
    setUpBackfill(m_ui->backfillOmieOrdersCheckBox, m_ui->backfillOmieOrdersDateEdit, SettingKey::BackfillOmieOrders,
                  SettingKey::BackfillOmieOrdersSince);
    setUpBackfill(m_ui->backfillPloomesOrdersCheckBox, m_ui->backfillPloomesOrdersDateEdit,
                  SettingKey::BackfillPloomesOrders, SettingKey::BackfillPloomesOrdersSince);

    QComboBox *policy = m_ui->conflictPolicyComboBox;
    SetupWizard::fillConflictPolicies(policy);
    policy->setCurrentIndex(std::max(0, policy->findData(settings.stringValue(SettingKey::ConflictPolicy))));
    connect(policy, &QComboBox::currentIndexChanged, this, [this, policy] {
        saved(m_profile->settings().setValue(SettingKey::ConflictPolicy, policy->currentData().toString()));
    });

    connect(m_ui->scheduleOffHoursPushButton, &QPushButton::clicked, this, &MainWindow::scheduleOffHours);
    connect(m_ui->mappingPushButton, &QPushButton::clicked, this, &MainWindow::editMapping);
    connect(m_ui->loadOrderDefaultsPushButton, &QPushButton::clicked, this, &MainWindow::loadOrderDefaults);
    // Until the lists are read from Omie, each box shows the stored choice with the name it had.
    const QJsonObject labels =
        QJsonDocument::fromJson(m_settingsStore->value(kOrderDefaultLabelsKey).value_or(QString()).toUtf8()).object();
    for (const auto &[box, key] : orderDefaultBoxes()) {
        box->setPlaceholderText(tr("(not chosen)"));
        const QString stored = settings.stringValue(key);
        if (!stored.isEmpty()) {
            const QJsonObject remembered = labels.value(key).toObject();
            const QString label = remembered.value(u"code"_s).toString() == stored
                                      ? remembered.value(u"label"_s).toString()
                                      : tr("code %1").arg(stored);
            box->addItem(label, stored);
            box->setCurrentIndex(0); // a box with a placeholder selects nothing by itself
        }
        connect(box, &QComboBox::currentIndexChanged, this, [this, box = box, key = key] {
            if (box->currentIndex() >= 0) {
                saved(m_profile->settings().setValue(key, box->currentData().toString()));
                rememberOrderDefaultLabels();
            }
        });
    }
    connect(m_ui->scheduleOffPushButton, &QPushButton::clicked, this, [this] {
        saved(m_profile->settings().setValue(SettingKey::ScheduleEnabled, u"false"_s));
        applySchedule();
    });
    applySchedule();

    // Omie's webhooks: each burst starts an incremental sync soon after (SyncDaemon's debounce).
    m_ui->webhookPortSpinBox->setValue(settings.intValue(SettingKey::WebhookPort));
    connect(m_ui->webhookPortSpinBox, &QSpinBox::editingFinished, this, [this] {
        saved(m_profile->settings().setValue(SettingKey::WebhookPort,
                                             QString::number(m_ui->webhookPortSpinBox->value())));
        applyWebhooks();
    });
    setUpWebhookListen();
    applyWebhooks();
    addConnectionAndLanguageSettings();
    addProgressView();
}

void MainWindow::addProgressView()
{
    m_progressView = new ProgressView(m_ui->syncGroupBox);
    m_ui->syncVerticalLayout->addWidget(m_progressView);
    connect(m_controller.get(), &SyncController::progressDetail, this, [this](const SyncProgress &p, qint64 etaMs) {
        m_progressView->update(p, etaMs);
        m_ui->syncProgressBar->setMaximum(1000);
        m_ui->syncProgressBar->setValue(m_progressView->permille());
    });
}

QString MainWindow::previewSummaryText(const SyncSummary &s)
{
    int create = 0, update = 0, same = 0, refuse = 0;
    for (const RunCounters &c : s.counters) {
        create += c.created;
        update += c.updated;
        same += c.unchanged + c.skipped;
        refuse += c.failed;
    }
    // A preview writes nothing: it says what a sync would do, never "written".
    return tr("Preview %1: %2 — would create %3, update %4, leave %5 as they are and refuse %6. Nothing was written.")
        .arg(s.runId)
        .arg(runStatusDisplayName(s.status))
        .arg(create)
        .arg(update)
        .arg(same)
        .arg(refuse);
}

void MainWindow::addConnectionAndLanguageSettings()
{
    // Each tab ends with a spacer: the groups go before it.
    auto insert = [](QVBoxLayout *layout, QWidget *widget) { layout->insertWidget(layout->count() - 1, widget); };
    insert(m_ui->connectionVerticalLayout, new ProxySettings(m_profile->settings(), m_secrets, m_ui->connectionTab));
    insert(m_ui->thisComputerVerticalLayout,
           new LanguageSettings(m_profile->settings(), m_environment, m_ui->thisComputerTab));
    insert(m_ui->deletionsVerticalLayout, new DeletionSettings(m_profile->settings(), m_ui->deletionsTab));
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
                    rememberOrderDefaultLabels();
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
    saved(settings.setValue(SettingKey::ScheduleTime,
                            SyncScheduler::suggestOffHoursTime(current.businessHours).toString(u"HH:mm"_s)));
    saved(settings.setValue(SettingKey::ScheduleEnabled, u"true"_s));
    applySchedule();
    statusBar()->showMessage(tr("The heavy sync will run outside business hours."), 8000);
}

void MainWindow::withCredentials(const std::function<void(const Credentials &)> &use)
{
    if (m_demoCredentials) {
        use(*m_demoCredentials);
        return;
    }
    CredentialStore(*m_secrets, m_environment)
        .load([self = QPointer<MainWindow>(this), use](const Credentials &c, const SecretResult &error) {
            if (!self)
                return; // closed while the keychain answered
            if (!error.ok())
                self->statusBar()->showMessage(error.message);
            use(c);
        });
}

void MainWindow::refreshStatus()
{
    withCredentials([this](const Credentials &c) {
        m_daemon->setCredentials(c); // unattended runs use the keys as they are now
        auto state = [](bool present) { return present ? tr("stored in the system keychain") : tr("not set up yet"); };
        if (m_demoCredentials) {
            m_ui->omieValueLabel->setText(tr("simulated (demonstration)"));
            m_ui->ploomesValueLabel->setText(tr("simulated (demonstration)"));
            m_ui->firstRunLabel->setVisible(true);
            m_ui->firstRunLabel->setText(
                tr("This is the demonstration: try \"Sync now\" and look at the history. To use your own accounts, "
                   "start Ponte without the demonstration and enter your keys with the Credentials… button."));
            return;
        }
        // Keys given through the environment are used by this process only and never stored.
        const Credentials fromEnvironment = CredentialStore(*m_secrets, m_environment).environmentOverrides();
        m_ui->omieValueLabel->setText(fromEnvironment.hasOmie() ? tr("given by the environment (not stored)")
                                                                : state(c.hasOmie()));
        m_ui->ploomesValueLabel->setText(fromEnvironment.hasPloomes() ? tr("given by the environment (not stored)")
                                                                      : state(c.hasPloomes()));
        m_ui->firstRunLabel->setVisible(!c.isComplete());
        m_ui->firstRunLabel->setText(
            tr("<b>To start:</b> enter the Omie App Key and App Secret and the Ploomes User-Key in "
               "<a href=\"#credentials\">Credentials…</a> (where to find them is explained there)."));
    });
}

void MainWindow::editCredentials()
{
    auto *dialog = new CredentialsDialog(m_profile->settings(), m_credentialsStore ? m_credentialsStore : m_secrets,
                                         m_environment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDemoMode(m_demoCredentials.has_value());
    connect(dialog, &QDialog::accepted, this, [this] {
        refreshStatus();
        statusBar()->showMessage(tr("Credentials saved in the system keychain."), 8000);
    });
    dialog->open();
}

void MainWindow::setStartEnabled(bool enabled)
{
    m_ui->syncNowPushButton->setEnabled(enabled);
    m_ui->previewPushButton->setEnabled(enabled);
    for (const QString &name : {u"syncNowAction"_s, u"previewAction"_s})
        action(name)->setEnabled(enabled);
}

void MainWindow::setRunning(bool running)
{
    setStartEnabled(!running);
    m_ui->stopPushButton->setEnabled(running);
    action(u"stopAction"_s)->setEnabled(running);
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
    // Until the run starts (keys read, business hours confirmed) there is nothing to stop: only the start
    // buttons wait; Stop comes with the daemon's runStarted.
    setStartEnabled(false);
    // A scheduled run may have started while a question was open: its buttons stay.
    auto notStarted = [this] {
        if (!m_controller->isRunning())
            setRunning(false);
    };
    // Missing keys are said first: a warning about business hours would be for nothing.
    withCredentials([this, dryRun, notStarted](const Credentials &c) {
        if (!c.isComplete()) {
            notStarted();
            m_ui->progressLabel->setText(tr("Set up the Omie and Ploomes credentials first."));
            return;
        }
        const ScheduleConfig schedule = ScheduleConfig::fromSettings(m_profile->settings());
        SyncOptions options;
        options.trigger = RunTrigger::Manual;
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
                notStarted();
                m_ui->progressLabel->setText(tr("No sync is running."));
                return;
            }
            options.budgetShare = schedule.businessShare;
        }
        if (m_controller->isRunning()) // one that started during the question: this one is not needed
            return;
        m_daemon->setCredentials(c);
        if (!m_daemon->startNow(options)) {
            notStarted();
            return;
        }
        m_progressView->start(options.entities, options.dryRun);
    });
}

void MainWindow::showRunItems()
{
    // A run's records are read when they can be seen: at the end of a large run the window may be on
    // another page, or in the tray, and reading 2,000 records there held it for no one (bench_responsiveness).
    m_runItemsStale = !m_ui->runItemsTableView->isVisible();
    if (m_runItemsStale)
        return;
    const QModelIndexList rows = m_ui->historyTableView->selectionModel()->selectedRows();
    const quint64 ticket = ++m_runItemsTicket;
    if (rows.isEmpty()) {
        onRunItemsRead(ticket, {}, QString());
        return;
    }
    const qint64 runId = m_history->run(m_historyFilter->mapToSource(rows.first()).row()).id;
    RunItemsReader *reader = m_runItemsReader;
    QMetaObject::invokeMethod(
        reader, [reader, ticket, runId] { reader->read(ticket, runId); }, Qt::QueuedConnection);
}

void MainWindow::refreshHistory()
{
    m_history->refresh();
    if (!m_history->error().isEmpty())
        statusBar()->showMessage(tr("The history could not be read: %1").arg(m_history->error()), 15000);
}

void MainWindow::onRunItemsRead(quint64 ticket, const QList<RunItem> &items, const QString &error)
{
    if (ticket != m_runItemsTicket) // another run was chosen meanwhile; its answer is on the way
        return;
    if (!error.isEmpty())
        statusBar()->showMessage(tr("The records of this run could not be read: %1").arg(error), 8000);
    m_runItems->setItems(items);
    // The filters offer what this run holds; a choice the run does not have falls back to "all".
    const QList<std::pair<QComboBox *, int>> filters{{m_ui->outcomeFilterComboBox, RunItemsModel::OutcomeColumn},
                                                     {m_ui->entityFilterComboBox, RunItemsModel::EntityColumn},
                                                     {m_ui->directionFilterComboBox, RunItemsModel::DirectionColumn}};
    for (const auto &[box, column] : filters) {
        const QString chosen = box->currentData().toString();
        const QSignalBlocker blocker(box);
        while (box->count() > 1)
            box->removeItem(1);
        for (const QString &value : m_runItems->distinctValues(column))
            box->addItem(value, value);
        const int index = std::max(0, box->findData(chosen));
        box->setCurrentIndex(index);
        m_runItemsFilter->setColumnFilter(column, box->itemData(index).toString());
    }
    m_ui->runItemsTableView->resizeColumnsToContents();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_runItemsStale) // once the pages are shown with the window
        QTimer::singleShot(0, this, [this] {
            if (m_runItemsStale)
                showRunItems();
        });
}

bool MainWindow::saved(const Status &status)
{
    if (status)
        return true;
    // A setting or a quarantine change that did not reach the database must not look applied.
    QMessageBox::warning(this, tr("Not saved"), status.message());
    return false;
}

void MainWindow::setUpPages()
{
    const QList<QStyle::StandardPixmap> icons{QStyle::SP_ComputerIcon,      QStyle::SP_FileDialogDetailedView,
                                              QStyle::SP_MessageBoxWarning, QStyle::SP_ArrowRight,
                                              QStyle::SP_BrowserReload,     QStyle::SP_FileDialogInfoView};
    for (int i = 0; i < m_ui->pageListWidget->count() && i < icons.size(); ++i)
        m_ui->pageListWidget->item(i)->setIcon(style()->standardIcon(icons.at(i)));
    FitWidth::listToLongestItem(m_ui->pageListWidget);
    connect(m_ui->pageListWidget, &QListWidget::currentRowChanged, m_ui->pagesStackedWidget,
            &QStackedWidget::setCurrentIndex);
    connect(m_ui->pageListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == QuarantinePage)
            refreshQuarantine();
        else if (row == OverviewPage)
            refreshOverview();
        else if (row == HistoryPage && m_runItemsStale)
            showRunItems();
    });
    m_ui->pageListWidget->setCurrentRow(OverviewPage);
    connect(m_ui->firstRunLabel, &QLabel::linkActivated, this, &MainWindow::editCredentials);
    connect(m_ui->quarantineValueLabel, &QLabel::linkActivated, this, [this] { showPage(QuarantinePage); });
    connect(m_ui->openDataFolderPushButton, &QPushButton::clicked, this,
            [this] { m_openUrl(QUrl::fromLocalFile(m_profile->dataDir())); });

    m_ui->quarantineTableWidget->setColumnCount(5);
    m_ui->quarantineTableWidget->setHorizontalHeaderLabels({tr("Record"), tr("Kind"), tr("Direction"),
                                                            tr("Why it waits"),
                                                            tr("Next attempt (%1)").arg(BrasiliaText::zoneName())});
    m_ui->quarantineTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->quarantineTableWidget->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    // Its header (with the time zone) is longer than its cells and was cut off.
    m_ui->quarantineTableWidget->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_ui->quarantineTableWidget->verticalHeader()->hide();
    connect(m_ui->quarantineRetryPushButton, &QPushButton::clicked, this, &MainWindow::retrySelectedQuarantine);
    connect(m_ui->quarantineIgnorePushButton, &QPushButton::clicked, this, &MainWindow::ignoreSelectedQuarantine);
    connect(m_ui->quarantineTableWidget, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool selected = !m_ui->quarantineTableWidget->selectedItems().isEmpty();
        m_ui->quarantineRetryPushButton->setEnabled(selected);
        m_ui->quarantineIgnorePushButton->setEnabled(selected);
    });
    m_ui->quarantineRetryPushButton->setEnabled(false);
    m_ui->quarantineIgnorePushButton->setEnabled(false);
    connect(m_ui->exportRunsPushButton, &QPushButton::clicked, this,
            [this] { exportTo(tr("ponte-runs.csv"), [this](const QString &f) { return exportRuns(f); }); });
    connect(m_ui->exportRunItemsPushButton, &QPushButton::clicked, this,
            [this] { exportTo(tr("ponte-records.csv"), [this](const QString &f) { return exportRunItems(f); }); });
    connect(m_ui->exportQuarantinePushButton, &QPushButton::clicked, this,
            [this] { exportTo(tr("ponte-quarantine.csv"), [this](const QString &f) { return exportQuarantine(f); }); });
}

void MainWindow::setUpHistoryFilters()
{
    const QList<std::pair<QComboBox *, QString>> filters{{m_ui->outcomeFilterComboBox, tr("All outcomes")},
                                                         {m_ui->entityFilterComboBox, tr("All kinds")},
                                                         {m_ui->directionFilterComboBox, tr("Both directions")}};
    const QList<int> columns{RunItemsModel::OutcomeColumn, RunItemsModel::EntityColumn, RunItemsModel::DirectionColumn};
    for (int i = 0; i < filters.size(); ++i) {
        QComboBox *box = filters.at(i).first;
        box->addItem(filters.at(i).second, QString());
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
        const int column = columns.at(i);
        connect(box, &QComboBox::currentIndexChanged, this,
                [this, box, column] { m_runItemsFilter->setColumnFilter(column, box->currentData().toString()); });
    }
    connect(m_ui->runItemsSearchLineEdit, &QLineEdit::textChanged, m_runItemsFilter,
            &ColumnFilterProxyModel::setSearchText);
    QDateEdit *since = m_ui->historySinceDateEdit;
    since->setMinimumDate(QDate(2000, 1, 1));
    since->setSpecialValueText(tr("any date"));
    since->setDate(since->minimumDate());
    connect(since, &QDateEdit::dateChanged, this, [this, since](const QDate &date) {
        static_cast<RunsSinceFilter *>(m_historyFilter)->setSince(date == since->minimumDate() ? QDate() : date);
    });
}

void MainWindow::setUpMenus()
{
    auto add = [this](QMenu *menu, const QString &name, const QString &text, const QList<QKeySequence> &keys,
                      const std::function<void()> &run) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this, run);
        menu->addAction(action);
        return action;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, u"openDataFolderAction"_s, tr("Open the &data folder"), {},
        [this] { m_openUrl(QUrl::fromLocalFile(m_profile->dataDir())); });
    add(file, u"openLogAction"_s, tr("Open the &log"), {},
        [this] { m_openUrl(QUrl::fromLocalFile(DataFolder::logDir(m_profile->dataDir()))); });
    file->addSeparator();
    add(file, u"quitAction"_s, tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)}, [this] { quitApplication(); });

    QMenu *sync = menuBar()->addMenu(tr("&Synchronisation"));
    add(sync, u"syncNowAction"_s, tr("&Sync now"), {QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)},
        [this] { startSync(false); });
    add(sync, u"previewAction"_s, tr("&Preview (writes nothing)"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        [this] { startSync(true); });
    QAction *stop = add(sync, u"stopAction"_s, tr("S&top"), {QKeySequence(Qt::CTRL | Qt::Key_Period)},
                        [this] { m_ui->stopPushButton->click(); });
    stop->setEnabled(false);

    QMenu *settings = menuBar()->addMenu(tr("S&ettings"));
    add(settings, u"credentialsAction"_s, tr("&Credentials…"), {}, [this] { editCredentials(); });
    add(settings, u"mappingAction"_s, tr("Field &mapping…"), {}, [this] { editMapping(); });
    settings->addSeparator();
    add(settings, u"setupWizardAction"_s, tr("Set-up &assistant…"), {}, [this] { runSetupWizard(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int page = 0; page < PageCount; ++page) {
        add(view, u"page%1Action"_s.arg(page), m_ui->pageListWidget->item(page)->text(),
            {QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page))}, [this, page] { showPage(Page(page)); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, u"helpAction"_s, tr("User &guide"), {QKeySequence(Qt::Key_F1)}, [this] { showHelp(); });
    add(help, u"aboutAction"_s, tr("&About Ponte"), {}, [this] { showAbout(); });
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::showPage(Page page)
{
    m_ui->pageListWidget->setCurrentRow(page);
}

void MainWindow::refreshOverview()
{
    if (m_history->rowCount() == 0) {
        m_ui->lastRunValueLabel->setText(tr("none yet"));
    } else {
        const RunRecord &run = m_history->run(0);
        int written = 0, failed = 0;
        for (const RunCounters &c : run.counters) {
            written += c.created + c.updated;
            failed += c.failed;
        }
        const QString when = BrasiliaText::formatWithZone(run.startedAt);
        m_ui->lastRunValueLabel->setText(
            (run.dryRun ? tr("%1, preview: %2 — %3 would be written, %4 failed") : tr("%1: %2 — %3 written, %4 failed"))
                .arg(when, runStatusDisplayName(run.status))
                .arg(written)
                .arg(failed));
    }
    const int pending = QueueRepository(m_profile->database()).count(WorkItem::State::Pending);
    m_ui->pendingValueLabel->setText(pending == 0 ? tr("nothing") : tr("%n record(s)", nullptr, pending));
    const int quarantined = QuarantineRepository(m_profile->database()).count();
    m_ui->quarantineValueLabel->setText(
        quarantined == 0 ? tr("nothing")
                         : tr("%n record(s) — <a href=\"#quarantine\">see why</a>", nullptr, quarantined));
}

void MainWindow::refreshQuarantine()
{
    const QList<QuarantineEntry> entries = QuarantineRepository(m_profile->database()).all();
    QTableWidget *table = m_ui->quarantineTableWidget;
    table->setRowCount(int(entries.size()));
    const qint64 now = m_clock->nowMs();
    for (int i = 0; i < entries.size(); ++i) {
        const QuarantineEntry &e = entries.at(i);
        const QString next = e.nextAttemptAt <= now ? tr("on the next sync") : BrasiliaText::format(e.nextAttemptAt);
        const QStringList cells{e.label.isEmpty() ? e.sourceId : e.label, entityDisplayName(e.entity),
                                directionDisplayName(e.direction), QuarantineReasons::plain(e), next};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, e.id);
            item->setToolTip(c == 3 ? tr("Recorded reason: %1\nAttempts: %2").arg(e.reason).arg(e.attempts)
                                    : cells.at(c));
            table->setItem(i, c, item);
        }
    }
    table->resizeColumnToContents(0);
    table->resizeRowsToContents();
    m_ui->exportQuarantinePushButton->setEnabled(!entries.isEmpty());
    table->setVisible(!entries.isEmpty());
    m_ui->quarantineIntroLabel->setText(
        entries.isEmpty() ? tr("Nothing is waiting: every record Omie or Ploomes refused has gone through since.")
                          : tr("Records that Omie or Ploomes refused wait here. Ponte tries them again by itself, "
                               "each time a little later; correct the record in the system named in the reason, "
                               "then choose \"Try again\"."));
}

void MainWindow::retrySelectedQuarantine()
{
    QSet<qint64> ids;
    for (const QTableWidgetItem *item : m_ui->quarantineTableWidget->selectedItems())
        ids.insert(item->data(Qt::UserRole).toLongLong());
    QuarantineRepository repository(m_profile->database());
    int retried = 0;
    for (qint64 id : ids) {
        const Expected<int> n = repository.retryEntryNow(id, m_clock->nowMs());
        if (!n.isOk()) {
            statusBar()->showMessage(n.message(), 8000);
            return;
        }
        retried += n.value();
    }
    refreshQuarantine();
    refreshOverview();
    statusBar()->showMessage(tr("%n record(s) will be tried again on the next sync.", nullptr, retried), 8000);
}

void MainWindow::ignoreSelectedQuarantine()
{
    QSet<qint64> ids;
    for (const QTableWidgetItem *item : m_ui->quarantineTableWidget->selectedItems())
        ids.insert(item->data(Qt::UserRole).toLongLong());
    if (ids.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Ignore"),
        tr("Take %n record(s) out of the quarantine? Ponte stops waiting for them; the next time such a record "
           "changes it is synchronised like any other.",
           nullptr, int(ids.size())));
    if (answer != QMessageBox::Yes)
        return;
    QuarantineRepository repository(m_profile->database());
    for (const QuarantineEntry &e : repository.all()) {
        if (ids.contains(e.id))
            saved(repository.release(e.entity, e.direction, e.sourceId));
    }
    refreshQuarantine();
    refreshOverview();
}

void MainWindow::exportTo(const QString &suggestedName, const std::function<bool(const QString &)> &write)
{
    const QString fileName = m_saveFileName(suggestedName);
    if (fileName.isEmpty())
        return;
    if (write(fileName))
        statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(fileName)), 8000);
}

bool MainWindow::writeFile(const QString &fileName, const QByteArray &data)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Export"),
                             tr("Could not save %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
        return false;
    }
    return true;
}

bool MainWindow::exportRuns(const QString &fileName)
{
    QList<RunRecord> shown; // what the table shows, filter included
    for (int row = 0; row < m_historyFilter->rowCount(); ++row)
        shown.append(m_history->run(m_historyFilter->mapToSource(m_historyFilter->index(row, 0)).row()));
    return writeFile(fileName, HistoryCsv::runs(shown));
}

bool MainWindow::exportRunItems(const QString &fileName)
{
    QStringList header;
    for (int c = 0; c < RunItemsModel::ColumnCount; ++c)
        header << m_runItems->headerData(c, Qt::Horizontal).toString();
    CsvWriter csv(header);
    // What the table shows, filters and search included: the export is the list on screen.
    for (int row = 0; row < m_runItemsFilter->rowCount(); ++row) {
        QVariantList cells;
        for (int c = 0; c < RunItemsModel::ColumnCount; ++c)
            cells << m_runItemsFilter->index(row, c).data();
        csv.addRow(cells);
    }
    return writeFile(fileName, csv.data());
}

bool MainWindow::exportQuarantine(const QString &fileName)
{
    CsvWriter csv({tr("Record"), tr("Kind"), tr("Direction"), tr("Why it waits"), tr("Recorded reason"), tr("Attempts"),
                   tr("First failure (%1)").arg(BrasiliaText::zoneName()),
                   tr("Next attempt (%1)").arg(BrasiliaText::zoneName())});
    for (const QuarantineEntry &e : QuarantineRepository(m_profile->database()).all()) {
        csv.addRow({e.label.isEmpty() ? e.sourceId : e.label, entityDisplayName(e.entity),
                    directionDisplayName(e.direction), QuarantineReasons::plain(e), e.reason, e.attempts,
                    BrasiliaText::format(e.firstFailedAt, true), BrasiliaText::format(e.nextAttemptAt, true)});
    }
    return writeFile(fileName, csv.data());
}

void MainWindow::rememberOrderDefaultLabels()
{
    QJsonObject labels;
    for (const auto &[box, key] : orderDefaultBoxes()) {
        if (box->currentIndex() >= 0)
            labels.insert(key,
                          QJsonObject{{u"code"_s, box->currentData().toString()}, {u"label"_s, box->currentText()}});
    }
    saved(m_settingsStore->setValue(kOrderDefaultLabelsKey,
                                    QString::fromUtf8(QJsonDocument(labels).toJson(QJsonDocument::Compact))));
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showHelp()
{
    // The installed guide when there is one (it may be newer than this build), else the one built in.
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(u"../share/doc/ponte/guia-do-usuario.md"_s);
    if (QFileInfo::exists(installed) && m_openUrl(QUrl::fromLocalFile(installed)))
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"helpDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Ponte user guide"));
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QTextBrowser(dialog);
    text->setObjectName(u"helpTextBrowser"_s);
    text->setOpenExternalLinks(true);
    text->setSearchPaths({u":/help"_s}); // the guide's screenshots are built in beside it
    text->setMarkdown(AboutDialog::embeddedText(u":/help/guia-do-usuario.md"_s));
    layout->addWidget(text);
    dialog->resize(std::min(720, width()), std::min(560, height()));
    fitImagesToWidth(text->document(), dialog->width() - 80);
    dialog->open();
}

void MainWindow::runSetupWizard()
{
    if (findChild<SetupWizard *>())
        return;
    auto *wizard = new SetupWizard(m_profile->settings(), m_credentialsStore ? m_credentialsStore : m_secrets,
                                   m_environment, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::accepted, this, [this, wizard] {
        if (wizard->demoChosen()) {
            emit demoRequested();
            return;
        }
        showStoredOptions(wizard->orderDefaults());
        refreshStatus();
        statusBar()->showMessage(tr("Ponte is set up."), 8000);
        if (wizard->previewChosen())
            QTimer::singleShot(0, this, [this] { startSync(true); });
    });
    wizard->open();
}

void MainWindow::offerSetupIfUnconfigured()
{
    if (m_demoCredentials)
        return;
    withCredentials([this](const Credentials &c) {
        if (!c.hasOmie() && !c.hasPloomes())
            runSetupWizard();
    });
}

void MainWindow::showStoredOptions(const QMap<QString, std::pair<QString, QString>> &orderDefaultNames)
{
    Settings &settings = m_profile->settings();
    const QList<std::tuple<QCheckBox *, QDateEdit *, QString, QString>> backfills{
        {m_ui->backfillOmieOrdersCheckBox, m_ui->backfillOmieOrdersDateEdit, SettingKey::BackfillOmieOrders,
         SettingKey::BackfillOmieOrdersSince},
        {m_ui->backfillPloomesOrdersCheckBox, m_ui->backfillPloomesOrdersDateEdit, SettingKey::BackfillPloomesOrders,
         SettingKey::BackfillPloomesOrdersSince}};
    for (const auto &[box, date, enabledKey, sinceKey] : backfills) {
        const QSignalBlocker boxBlocker(box), dateBlocker(date);
        box->setChecked(settings.boolValue(enabledKey));
        if (settings.dateValue(sinceKey).isValid())
            date->setDate(settings.dateValue(sinceKey));
        date->setEnabled(box->isChecked());
    }
    {
        const QSignalBlocker blocker(m_ui->conflictPolicyComboBox);
        m_ui->conflictPolicyComboBox->setCurrentIndex(
            std::max(0, m_ui->conflictPolicyComboBox->findData(settings.stringValue(SettingKey::ConflictPolicy))));
    }
    for (const auto &[box, key] : orderDefaultBoxes()) {
        const QString stored = settings.stringValue(key);
        const QSignalBlocker blocker(box);
        const auto named = orderDefaultNames.value(key);
        if (!stored.isEmpty() && box->findData(stored) < 0)
            box->addItem(tr("code %1").arg(stored), stored);
        box->setCurrentIndex(box->findData(stored));
        if (!stored.isEmpty() && named.first == stored)
            box->setItemText(box->currentIndex(), named.second);
    }
    rememberOrderDefaultLabels();
    applySchedule();
}

} // namespace Ponte
