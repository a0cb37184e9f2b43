#include "aboutdialog.h"
#include "brasiliatext.h"
#include "credentialsdialog.h"
#include "export/csvwriter.h"
#include "historymodel.h"
#include "mainwindow.h"
#include "mappingdialog.h"
#include "net/clock.h"
#include "omiesimulator.h"
#include "ploomessimulator.h"
#include "profile.h"
#include "runitemsmodel.h"
#include "schedule/syncscheduler.h"
#include "secrets/credentials.h"
#include "settings.h"
#include "setupwizard.h"
#include "store/quarantinerepository.h"
#include "store/settingsrepository.h"
#include "sync/syncdaemon.h"
#include "sync/syncengine.h"
#include "syncfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTranslator>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

class TstMainWindow : public QObject
{
    Q_OBJECT

private:
    /** A small company: a window test needs a few records of each kind, not thousands. */
    static Sim::SampleSizes smallData(int clients, int products, int services, int orders)
    {
        Sim::SampleSizes sizes;
        sizes.clients = clients;
        sizes.products = products;
        sizes.services = services;
        sizes.orders = orders;
        sizes.serviceOrders = 0;
        sizes.ploomesOnlyContacts = 2;
        return sizes;
    }

    static void shot(QWidget &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PONTE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(100); // let pending layout requests run, as they would before the next paint
        w.grab().save(dir + u'/' + name);
    }

    /**
     * Presses @p button on the next message box that opens (they run their own event loop); the
     * returned flag says whether one opened.
     */
    static std::shared_ptr<bool> answerNextMessageBox(QMessageBox::StandardButton button)
    {
        auto asked = std::make_shared<bool>(false);
        auto *timer = new QTimer(qApp);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, button, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            timer->deleteLater();
            *asked = true;
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        });
        timer->start(10);
        return asked;
    }

    /** Every widget the user can see lies inside the window: nothing is cut off or pushed out. */
    static bool everythingInside(QWidget &window, QString *offender)
    {
        const QRect inside = window.rect();
        for (QWidget *child : window.findChildren<QWidget *>()) {
            if (!child->isVisible() || child->isWindow())
                continue;
            const QRect r(child->mapTo(&window, QPoint(0, 0)), child->size());
            if (!inside.contains(r)) {
                *offender = u"%1 (%2) at %3,%4 %5×%6 outside %7×%8"_s
                                .arg(child->objectName(), QString::fromLatin1(child->metaObject()->className()))
                                .arg(r.x())
                                .arg(r.y())
                                .arg(r.width())
                                .arg(r.height())
                                .arg(inside.width())
                                .arg(inside.height());
                return false;
            }
        }
        return true;
    }

    /** Each page, at 1024×600: shown in full, without a scroll bar; a screenshot of each. */
    static void verifyPagesFit(MainWindow &window, const QString &suffix)
    {
        auto *pages = window.findChild<QListWidget *>(u"pageListWidget"_s);
        auto *stack = window.findChild<QStackedWidget *>(u"pagesStackedWidget"_s);
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            // The user's way: a click on the page's name in the list.
            QTest::mouseClick(pages->viewport(), Qt::LeftButton, {}, pages->visualItemRect(pages->item(page)).center());
            QCOMPARE(stack->currentIndex(), page);
            QApplication::processEvents();
            QString offender;
            QVERIFY2(everythingInside(window, &offender), qPrintable(u"page %1: "_s.arg(page) + offender));
            if (auto *scroll = qobject_cast<QScrollArea *>(stack->currentWidget()))
                QVERIFY2(!scroll->verticalScrollBar()->isVisible(), qPrintable(u"page %1 scrolls"_s.arg(page)));
            shot(window, u"page-%1-%2.png"_s.arg(page).arg(suffix));
        }
    }

private slots:
    void showsProfileAndCredentialStatus()
    {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path(), QProcessEnvironment());
        QVERIFY(profile.isOk());
        QVERIFY( // No business hours, so "sync now" below asks nothing whatever the time of day.
            profile.value()->settings().setValue(SettingKey::BusinessHoursStart, u"00:00"_s).isOk());
        QVERIFY(profile.value()->settings().setValue(SettingKey::BusinessHoursEnd, u"00:00"_s).isOk());
        MemorySecretStore secrets;
        QVERIFY(secrets.writeBlocking(SecretKey::PloomesUserKey, u"k-123456"_s).ok());
        MainWindow window(profile.value(), &secrets, QProcessEnvironment());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *folder = window.findChild<QLabel *>(u"dataFolderValueLabel"_s);
        QVERIFY(folder);
        QCOMPARE(folder->text(), dir.path());
        auto *omie = window.findChild<QLabel *>(u"omieValueLabel"_s);
        auto *ploomes = window.findChild<QLabel *>(u"ploomesValueLabel"_s);
        QTRY_VERIFY(omie->text() != ploomes->text());
        QCOMPARE(ploomes->text(), MainWindow::tr("stored in the system keychain"));
        QCOMPARE(omie->text(), MainWindow::tr("not set up yet"));
        {
            // Keys given by automation through the environment are said to be so, not "stored".
            QProcessEnvironment automation;
            automation.insert(u"PONTE_OMIE_APP_KEY"_s, u"env-key"_s);
            automation.insert(u"PONTE_OMIE_APP_SECRET"_s, u"env-secret"_s);
            MainWindow automated(profile.value(), &secrets, automation);
            QTRY_COMPARE(automated.findChild<QLabel *>(u"omieValueLabel"_s)->text(),
                         MainWindow::tr("given by the environment (not stored)"));
            QCOMPARE(automated.findChild<QLabel *>(u"ploomesValueLabel"_s)->text(),
                     MainWindow::tr("stored in the system keychain"));
        }
        // Without credentials a sync explains what is missing instead of starting.
        window.findChild<QPushButton *>(u"syncNowPushButton"_s)->click();
        QTRY_COMPARE(window.findChild<QLabel *>(u"progressLabel"_s)->text(),
                     MainWindow::tr("Set up the Omie and Ploomes credentials first."));
        shot(window, u"mainwindow-empty.png"_s);
    }

    void syncNowFillsTheHistory()
    {
        Test::SyncFixture f(smallData(12, 6, 3, 0), 9);
        auto profile = f.profile;
        auto &omie = f.omie;
        auto &ploomes = f.ploomes;
        QVERIFY( // No business hours, so "sync now" asks nothing.
            profile->settings().setValue(SettingKey::BusinessHoursStart, u"00:00"_s).isOk());
        QVERIFY(profile->settings().setValue(SettingKey::BusinessHoursEnd, u"00:00"_s).isOk());
        MemorySecretStore secrets;
        MainWindow window(profile, &secrets, f.env, f.credentials);
        window.resize(1100, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(window.controller(), &SyncController::finished);
        window.findChild<QPushButton *>(u"syncNowPushButton"_s)->click();
        QVERIFY(!window.findChild<QPushButton *>(u"syncNowPushButton"_s)->isEnabled());
        QVERIFY(finished.wait(120'000));
        const SyncSummary summary = finished.first().first().value<SyncSummary>();
        QVERIFY2(summary.status == RunStatus::Succeeded, qPrintable(summary.error));
        auto *history = window.findChild<QTableView *>(u"historyTableView"_s);
        QTRY_COMPARE(history->model()->rowCount(), 1);
        QCOMPARE(history->model()->index(0, 3).data().toString(), runStatusDisplayName(RunStatus::Succeeded));
        // Every record of the selected run is listed with its outcome, read when the history is opened:
        // on the overview, where the run ended, nothing was read for a list no one sees.
        auto *itemsView = window.findChild<QTableView *>(u"runItemsTableView"_s);
        auto *items = itemsView->model();
        QCOMPARE(items->rowCount(), 0);
        window.showPage(MainWindow::HistoryPage);
        QTRY_VERIFY(items->rowCount() >= 12);
        const int all = items->rowCount();
        // The columns fit the records on screen (only the first rows are measured, not a whole large run).
        const QString firstRecord = items->index(0, RunItemsModel::RecordColumn).data().toString();
        QVERIFY(itemsView->columnWidth(RunItemsModel::RecordColumn)
                >= itemsView->fontMetrics().horizontalAdvance(firstRecord));
        QVERIFY(window.findChild<QPushButton *>(u"syncNowPushButton"_s)->isEnabled());
        QCOMPARE(omie.violations().total(), 0);
        QCOMPARE(ploomes.violations().total(), 0);
        window.showPage(MainWindow::HistoryPage);
        shot(window, u"mainwindow-after-sync.png"_s);

        // The overview tells the last run.
        QVERIFY(window.findChild<QLabel *>(u"lastRunValueLabel"_s)
                    ->text()
                    .contains(runStatusDisplayName(RunStatus::Succeeded)));

        // Filters: one kind of record only, then a search on one record's name.
        auto *kind = window.findChild<QComboBox *>(u"entityFilterComboBox"_s);
        const int clientChoice = kind->findText(entityDisplayName(Entity::Client));
        QVERIFY(clientChoice > 0);
        kind->setCurrentIndex(clientChoice);
        QVERIFY(items->rowCount() > 0 && items->rowCount() < all);
        for (int row = 0; row < items->rowCount(); ++row)
            QCOMPARE(items->index(row, 1).data().toString(), entityDisplayName(Entity::Client));
        const int clients = items->rowCount();
        const QString name = items->index(0, 3).data().toString().section(u"  ·"_s, 0, 0);
        QTest::keyClicks(window.findChild<QLineEdit *>(u"runItemsSearchLineEdit"_s), name);
        QVERIFY(items->rowCount() >= 1 && items->rowCount() < clients);
        QVERIFY(items->index(0, 3).data().toString().contains(name));

        // Export: the list on screen, as a spreadsheet Excel pt-BR opens as it is.
        QTemporaryDir out;
        window.setSaveFileNameProvider([&out](const QString &suggested) { return out.filePath(suggested); });
        QTest::mouseClick(window.findChild<QPushButton *>(u"exportRunItemsPushButton"_s), Qt::LeftButton);
        QFile records(out.filePath(MainWindow::tr("ponte-records.csv")));
        QVERIFY(records.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = CsvWriter::parse(records.readAll());
        QCOMPARE(rows.size(), items->rowCount() + 1);
        QCOMPARE(rows.at(0).at(3), items->headerData(3, Qt::Horizontal).toString());
        QCOMPARE(rows.at(1).at(3), items->index(0, 3).data().toString());
        QTest::mouseClick(window.findChild<QPushButton *>(u"exportRunsPushButton"_s), Qt::LeftButton);
        QFile runs(out.filePath(MainWindow::tr("ponte-runs.csv")));
        QVERIFY(runs.open(QIODevice::ReadOnly));
        const QList<QStringList> runRows = CsvWriter::parse(runs.readAll());
        QCOMPARE(runRows.size(), 2);
        QCOMPARE(runRows.at(1).at(5), runStatusDisplayName(RunStatus::Succeeded));
        QVERIFY(QRegularExpression(u"^\\d\\d/\\d\\d/\\d{4} "_s).match(runRows.at(1).at(1)).hasMatch());

        // A date after the run hides it; "any date" brings it back.
        auto *since = window.findChild<QDateEdit *>(u"historySinceDateEdit"_s);
        since->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(history->model()->rowCount(), 0);
        since->setDate(since->minimumDate());
        QCOMPARE(history->model()->rowCount(), 1);
    }

    void credentialsAreTestedThenKeptInTheKeychainOnly()
    {
        Test::SyncFixture f(smallData(2, 1, 1, 0), 5);
        MemorySecretStore secrets;
        CredentialsDialog dialog(f.profile->settings(), &secrets, f.env);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *appKey = dialog.findChild<QLineEdit *>(u"omieAppKeyLineEdit"_s);
        auto *appSecret = dialog.findChild<QLineEdit *>(u"omieAppSecretLineEdit"_s);
        auto *userKey = dialog.findChild<QLineEdit *>(u"ploomesUserKeyLineEdit"_s);
        auto *test = dialog.findChild<QPushButton *>(u"testConnectionPushButton"_s);
        QTRY_VERIFY(test->isEnabled()); // the keychain has been read
        QCOMPARE(appSecret->echoMode(), QLineEdit::Password);
        answerNextMessageBox(QMessageBox::Yes);
        QTest::keyClick(dialog.findChild<QCheckBox *>(u"showKeysCheckBox"_s), Qt::Key_Space);
        QCOMPARE(appSecret->echoMode(), QLineEdit::Normal);

        // Wrong keys: each service says so, in the user's words.
        QTest::keyClicks(appKey, f.credentials.omieAppKey);
        QTest::keyClicks(appSecret, u"wrong-secret"_s);
        QTest::keyClicks(userKey, u"wrong-user-key"_s);
        QSignalSpy tested(&dialog, &CredentialsDialog::tested);
        test->click();
        QVERIFY(tested.wait(30'000));
        QCOMPARE(tested.last().at(0).value<ApiError>().kind, ApiError::Kind::Authentication);
        QCOMPARE(tested.last().at(1).value<ApiError>().kind, ApiError::Kind::Authentication);
        auto *omieResult = dialog.findChild<QLabel *>(u"omieResultLabel"_s);
        QVERIFY(omieResult->text().contains(tested.last().at(0).value<ApiError>().userMessage()));
        QVERIFY(!omieResult->text().contains(u"wrong-secret"_s));
        shot(dialog, u"credentials-refused.png"_s);

        // Right keys: both accepted.
        appSecret->clear();
        userKey->clear();
        QTest::keyClicks(appSecret, f.credentials.omieAppSecret);
        QTest::keyClicks(userKey, f.credentials.ploomesUserKey);
        QVERIFY(omieResult->text().isEmpty()); // an old result is not shown for new keys
        test->click();
        QVERIFY(tested.wait(30'000));
        QVERIFY(!tested.last().at(0).value<ApiError>().isError());
        QVERIFY(!tested.last().at(1).value<ApiError>().isError());
        QVERIFY(omieResult->text().contains(CredentialsDialog::tr("Connected: the keys were accepted.")));
        shot(dialog, u"credentials-accepted.png"_s);

        // The test also read, without writing, what a sync relies on; the administrator can see it.
        auto *report = dialog.findChild<QPushButton *>(u"preflightReportPushButton"_s);
        QVERIFY(report->isEnabled());
        QString reportText;
        QTimer::singleShot(0, [&reportText] {
            QWidget *shown = QApplication::activeModalWidget();
            QVERIFY(shown && shown->objectName() == u"preflightReportDialog"_s);
            reportText = shown->findChild<QPlainTextEdit *>(u"preflightReportPlainTextEdit"_s)->toPlainText();
            shot(*shown, u"credentials-preflight-report.png"_s);
            static_cast<QDialog *>(shown)->reject();
        });
        report->click();
        QVERIFY2(reportText.contains(u"(id 10)"_s), qPrintable(reportText));
        QVERIFY(reportText.contains(u"Id (Omie)"_s));
        QVERIFY(!reportText.contains(f.credentials.omieAppSecret));
        QCOMPARE(f.omie.traffic().writes, 0);
        QCOMPARE(f.ploomes.traffic().writes, 0);

        // Enter after the test saves the keys: it never presses "Cancel".
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QVERIFY(dialog.findChild<QDialogButtonBox *>(u"credentialsButtonBox"_s)
                    ->button(QDialogButtonBox::Save)
                    ->isDefault());
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &dialog, Qt::Key_Return);
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(rejected.count(), 0);
        QCOMPARE(secrets.readBlocking(SecretKey::OmieAppKey).value, f.credentials.omieAppKey);
        QCOMPARE(secrets.readBlocking(SecretKey::OmieAppSecret).value, f.credentials.omieAppSecret);
        QCOMPARE(secrets.readBlocking(SecretKey::PloomesUserKey).value, f.credentials.ploomesUserKey);
        // ...and nowhere else: not in the database or the log of the data folder.
        QDirIterator files(f.profile->dataDir(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(f.credentials.omieAppSecret.toUtf8()), qPrintable(file.fileName()));
        }

        // Opened again, it uses what is stored but never puts the stored secret on the screen.
        CredentialsDialog again(f.profile->settings(), &secrets, f.env);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTRY_COMPARE(again.credentials().ploomesUserKey, f.credentials.ploomesUserKey);
        auto *storedSecret = again.findChild<QLineEdit *>(u"omieAppSecretLineEdit"_s);
        QVERIFY(storedSecret->text().isEmpty());
        QVERIFY(!storedSecret->placeholderText().isEmpty());
        // "Show the keys" asks first; "No" keeps them hidden.
        auto *showKeys = again.findChild<QCheckBox *>(u"showKeysCheckBox"_s);
        const auto asked = answerNextMessageBox(QMessageBox::No);
        QTest::keyClick(showKeys, Qt::Key_Space);
        QVERIFY(*asked);
        QVERIFY(!showKeys->isChecked());
        QCOMPARE(storedSecret->echoMode(), QLineEdit::Password);
        // A key pasted with a line break and spaces around it is kept without them.
        auto *againUserKey = again.findChild<QLineEdit *>(u"ploomesUserKeyLineEdit"_s);
        againUserKey->setFocus();
        QTest::keyClicks(againUserKey, u"  new-key\t"_s);
        QCOMPARE(againUserKey->text(), u"new-key"_s);
        QCOMPARE(again.credentials().ploomesUserKey, u"new-key"_s);
        QCOMPARE(again.credentials().omieAppSecret, f.credentials.omieAppSecret);
        // Enter in a field saves too.
        QSignalSpy savedAgain(&again, &QDialog::accepted);
        QTest::keyClick(againUserKey, Qt::Key_Return);
        QTRY_COMPARE(savedAgain.count(), 1);
        QCOMPARE(secrets.readBlocking(SecretKey::PloomesUserKey).value, u"new-key"_s);
        QCOMPARE(secrets.readBlocking(SecretKey::OmieAppSecret).value, f.credentials.omieAppSecret);
    }

    void demoModeStillLetsTheKeysBeEntered()
    {
        Test::SyncFixture f(smallData(1, 1, 0, 0), 3);
        MemorySecretStore demoSecrets;
        MemorySecretStore realSecrets;
        MainWindow window(f.profile, &demoSecrets, f.env, f.credentials);
        window.setCredentialsStore(&realSecrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *button = window.findChild<QPushButton *>(u"credentialsPushButton"_s);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        CredentialsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<CredentialsDialog *>()) && dialog->isVisible());
        // The keychain has been read.
        QTRY_VERIFY(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
        auto *note = dialog->findChild<QLabel *>(u"demoNoteLabel"_s);
        QVERIFY(note->isVisible());
        QVERIFY(!note->text().isEmpty());
        QVERIFY(dialog->findChild<QLabel *>(u"omieWhereLabel"_s)->text().contains(u"developer.omie.com.br/my-apps"_s));
        QVERIFY(dialog->findChild<QLabel *>(u"ploomesWhereLabel"_s)->text().contains(u"User-Key"_s));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"omieAppKeyLineEdit"_s), u"real-key"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"omieAppSecretLineEdit"_s), u"real-secret"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"ploomesUserKeyLineEdit"_s), u"real-user-key"_s);
        shot(*dialog, u"credentials-demo.png"_s);
        QTest::keyClick(dialog->findChild<QLineEdit *>(u"ploomesUserKeyLineEdit"_s), Qt::Key_Return);
        QTRY_COMPARE(realSecrets.readBlocking(SecretKey::OmieAppSecret).value, u"real-secret"_s);
        QVERIFY(demoSecrets.readBlocking(SecretKey::OmieAppSecret).value.isEmpty());
    }

    void optionsAreKeptAndTheScheduledSyncRunsOffHours()
    {
        Test::SyncFixture f(smallData(6, 3, 2, 3), 11);
        Settings &settings = f.profile->settings();
        QVERIFY(settings.setValue(SettingKey::PollIntervalMin, u"1440"_s).ok()); // no incremental poll in between
        const QTimeZone brasilia(-3 * 3600);
        // Monday 30 November 2026, 10:00 in Brasília: business hours.
        ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(10, 0), brasilia).toMSecsSinceEpoch());
        MemorySecretStore secrets;
        MainWindow window(f.profile, &secrets, f.env, f.credentials, &clock);
        window.resize(1100, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // History backfill: a choice and a date, kept in the settings.
        auto *backfill = window.findChild<QCheckBox *>(u"backfillOmieOrdersCheckBox"_s);
        auto *since = window.findChild<QDateEdit *>(u"backfillOmieOrdersDateEdit"_s);
        QVERIFY(!since->isEnabled());
        backfill->setChecked(true);
        QVERIFY(since->isEnabled());
        since->setDate(QDate(2020, 1, 1));
        QVERIFY(settings.boolValue(SettingKey::BackfillOmieOrders));
        QCOMPARE(settings.dateValue(SettingKey::BackfillOmieOrdersSince), QDate(2020, 1, 1));
        auto *policy = window.findChild<QComboBox *>(u"conflictPolicyComboBox"_s);
        policy->setCurrentIndex(policy->findData(u"newest-wins"_s));
        QCOMPARE(settings.stringValue(SettingKey::ConflictPolicy), u"newest-wins"_s);

        // Order defaults are picked from Omie's own lists; the stored ones stay selected.
        auto *conta = window.findChild<QComboBox *>(u"orderContaCorrenteComboBox"_s);
        auto *categoria = window.findChild<QComboBox *>(u"orderCategoriaComboBox"_s);
        const QString storedConta = settings.stringValue(SettingKey::OrderContaCorrente);
        QCOMPARE(conta->currentData().toString(), storedConta); // shown before Omie is asked
        window.findChild<QPushButton *>(u"loadOrderDefaultsPushButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QPushButton *>(u"loadOrderDefaultsPushButton"_s)->isEnabled()
                                     && categoria->count() > 1,
                                 30'000);
        QVERIFY(conta->count() >= 1);
        QCOMPARE(conta->currentData().toString(), storedConta);
        QVERIFY(window.findChild<QComboBox *>(u"orderEtapaComboBox"_s)->count() > 0);
        const int other = categoria->currentIndex() == 0 ? 1 : 0;
        categoria->setCurrentIndex(other);
        QCOMPARE(settings.stringValue(SettingKey::OrderCategoria), categoria->itemData(other).toString());
        categoria->setCurrentIndex(categoria->findData(u"1.01.01"_s)); // what the orders below expect
        QCOMPARE(settings.stringValue(SettingKey::OrderCategoria), u"1.01.01"_s);

        // One click: the heavy sync goes outside business hours.
        auto *scheduleLabel = window.findChild<QLabel *>(u"scheduleValueLabel"_s);
        QCOMPARE(scheduleLabel->text(), MainWindow::tr("not scheduled"));
        window.findChild<QPushButton *>(u"scheduleOffHoursPushButton"_s)->click();
        QVERIFY(settings.boolValue(SettingKey::ScheduleEnabled));
        const QTime at = settings.timeValue(SettingKey::ScheduleTime);
        const QDateTime due(QDate(2026, 11, 30), at, brasilia);
        QVERIFY(!ScheduleConfig::fromSettings(settings).businessHours.isBusinessTime(due));
        QVERIFY2(scheduleLabel->text().contains(at.toString(u"HH:mm"_s)), qPrintable(scheduleLabel->text()));
        shot(window, u"mainwindow-scheduled.png"_s);

        // Nothing runs before that time; at that time the sync starts by itself, backfill included.
        QSignalSpy finished(window.controller(), &SyncController::finished);
        clock.advanceTo(due.toMSecsSinceEpoch() - 60'000);
        QVERIFY(!window.controller()->isRunning());
        QCOMPARE(finished.count(), 0);
        clock.advanceTo(due.toMSecsSinceEpoch() + 1000);
        QVERIFY(finished.wait(120'000));
        const SyncSummary summary = finished.first().first().value<SyncSummary>();
        QVERIFY2(summary.status == RunStatus::Succeeded, qPrintable(summary.error));
        int ordersCreated = 0;
        for (const RunCounters &c : summary.counters) {
            if (c.entity == Entity::Order && c.direction == Direction::OmieToPloomes)
                ordersCreated += c.created;
        }
        QVERIFY(ordersCreated > 0);
        auto *history = window.findChild<QTableView *>(u"historyTableView"_s);
        QTRY_COMPARE(history->model()->rowCount(), 1);
        QCOMPARE(history->model()->index(0, 2).data().toString(), HistoryModel::triggerText(RunTrigger::Schedule));
        QCOMPARE(f.omie.violations().total(), 0);
        QCOMPARE(f.ploomes.violations().total(), 0);

        // Turned off, it says so.
        window.findChild<QPushButton *>(u"scheduleOffPushButton"_s)->click();
        QVERIFY(!settings.boolValue(SettingKey::ScheduleEnabled));
        QCOMPARE(scheduleLabel->text(), MainWindow::tr("not scheduled"));

        // Omie's webhooks on a port, behind a token: a notification starts an incremental sync.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        auto *portBox = window.findChild<QSpinBox *>(u"webhookPortSpinBox"_s);
        portBox->setValue(port);
        emit portBox->editingFinished();
        QCOMPARE(settings.intValue(SettingKey::WebhookPort), int(port));
        const QString address = window.webhookAddress(u"127.0.0.1"_s);
        QVERIFY2(address.contains(u"token="_s), qPrintable(address));
        QVERIFY(window.findChild<QLabel *>(u"webhookValueLabel"_s)->text().contains(QString::number(port)));
        QSignalSpy webhookRun(window.controller(), &SyncController::finished);
        QNetworkAccessManager network;
        QNetworkRequest request{QUrl(address)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        const QByteArray event = QJsonDocument(QJsonObject{{u"messageId"_s, u"m-1"_s},
                                                           {u"topic"_s, u"ClienteFornecedor.Alterado"_s},
                                                           {u"event"_s, QJsonObject{{u"codigo_cliente_omie"_s, 1}}},
                                                           {u"appKey"_s, f.credentials.omieAppKey}})
                                     .toJson(QJsonDocument::Compact);
        std::unique_ptr<QNetworkReply> reply(network.post(request, event));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        // The daemon's debounce: a burst of notifications becomes one run, after the quiet time.
        clock.advance(SyncDaemon::kDebounceQuietMs + 1);
        QVERIFY(webhookRun.wait(60'000));
        QTRY_COMPARE(history->model()->rowCount(), 2);
        QCOMPARE(history->model()->index(0, 2).data().toString(), HistoryModel::triggerText(RunTrigger::Webhook));
        QCOMPARE(f.omie.violations().total(), 0);
        QCOMPARE(f.ploomes.violations().total(), 0);
    }

    void fieldsAreMappedByDragAndDropWithTheirTypesChecked()
    {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path(), QProcessEnvironment());
        QVERIFY(profile.isOk());
        SettingsRepository settings(profile.value()->database());
        // Custom fields as a sync found them in Ploomes (/Fields rows with their type).
        QVERIFY(
            FieldCatalog::cacheCustomFields(
                settings, Entity::Client,
                QJsonArray{
                    QJsonObject{{u"Key"_s, u"contact_SEGMENTO"_s},
                                {u"Name"_s, u"Segmento"_s},
                                {u"Id"_s, 101},
                                {u"Type"_s, QJsonObject{{u"NativeType"_s, u"String"_s}, {u"Name"_s, u"Texto"_s}}}},
                    QJsonObject{{u"Key"_s, u"contact_FUNDACAO"_s},
                                {u"Name"_s, u"Data de fundação"_s},
                                {u"Id"_s, 102},
                                {u"Type"_s, QJsonObject{{u"NativeType"_s, u"DateTime"_s}, {u"Name"_s, u"Data"_s}}}}})
                .ok());
        MappingDialog dialog(settings, FieldCatalog::fromCache(settings));
        dialog.resize(1000, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setEntity(Entity::Client);
        auto *omieList = dialog.findChild<QListWidget *>(u"omieFieldsListWidget"_s);
        auto *ploomesList = dialog.findChild<QListWidget *>(u"ploomesFieldsListWidget"_s);
        auto itemWithKey = [](QListWidget *list, const QString &key) -> QListWidgetItem * {
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->data(Qt::UserRole).toString() == key)
                    return list->item(i);
            }
            return nullptr;
        };
        QListWidgetItem *segmento = itemWithKey(ploomesList, u"contact_SEGMENTO"_s);
        QListWidgetItem *fundacao = itemWithKey(ploomesList, u"contact_FUNDACAO"_s);
        QVERIFY(segmento && fundacao); // custom fields are offered
        QVERIFY(segmento->text().contains(MappingDialog::tr("(custom field)")));

        // Selecting a text field greys out the date field it cannot fill, and says why.
        QListWidgetItem *cnae = itemWithKey(omieList, u"cnae"_s);
        QVERIFY(cnae);
        omieList->setCurrentItem(cnae);
        QVERIFY(fundacao->foreground().color() != segmento->foreground().color());
        QVERIFY(!fundacao->toolTip().isEmpty());
        QVERIFY(segmento->toolTip().isEmpty());
        shot(dialog, u"mapping-compatibility.png"_s);

        // A real drop of "CNAE" on "Segmento", through the list's own drag format.
        std::unique_ptr<QMimeData> mime(omieList->model()->mimeData({omieList->indexFromItem(cnae)}));
        const QPoint at = ploomesList->visualItemRect(segmento).center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(ploomesList->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(ploomesList->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(ploomesList->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        // CNAE already feeds Ploomes' CNAE both ways, so this second target is one-way.
        const FieldPair mapped{u"cnae"_s, u"contact_SEGMENTO"_s, FlowDirection::OmieToPloomes};
        QVERIFY(dialog.model().pairs(Entity::Client).contains(mapped));

        // Its direction changes to the next one the fields allow: Ploomes → Omie is refused here
        // (CNAE already comes from Ploomes' CNAE code), so it stays one-way, with the reason.
        const int row = int(dialog.model().pairs(Entity::Client).indexOf(mapped));
        QVERIFY(!dialog.cycleDirection(row));
        QVERIFY(!dialog.findChild<QLabel *>(u"messageLabel"_s)->text().isEmpty());
        QVERIFY(dialog.model().pairs(Entity::Client).contains(mapped));
        // The default e-mail pair goes both ways; one click makes it Omie → Ploomes only.
        const QList<FieldPair> defaults = dialog.model().pairs(Entity::Client);
        const auto email =
            std::find_if(defaults.cbegin(), defaults.cend(), [](const FieldPair &p) { return p.omie == u"email"_s; });
        QVERIFY(email != defaults.cend());
        QCOMPARE(email->direction, FlowDirection::Both);
        const int emailRow = int(email - defaults.cbegin());
        QVERIFY(dialog.cycleDirection(emailRow));
        QCOMPARE(dialog.model().pairs(Entity::Client).at(emailRow).direction, FlowDirection::OmieToPloomes);

        // Hovering the date field refuses the drop; forcing it is refused with the reason.
        const QPoint onDate = ploomesList->visualItemRect(fundacao).center();
        QDragMoveEvent refused(onDate, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(ploomesList->viewport(), &refused);
        QVERIFY(!refused.isAccepted());
        QVERIFY(!dialog.mapFields(u"cnae"_s, u"contact_FUNDACAO"_s));
        auto *message = dialog.findChild<QLabel *>(u"messageLabel"_s);
        QVERIFY(!message->text().isEmpty());
        shot(dialog, u"mapping-refused.png"_s);

        // Saved as the profile's mapping, which the next sync loads.
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.findChild<QDialogButtonBox *>(u"mappingButtonBox"_s)->button(QDialogButtonBox::Save)->click();
        QCOMPARE(accepted.count(), 1);
        QVERIFY(MappingModel::load(settings).pairs(Entity::Client).contains(mapped));
    }

    void theWindowFitsA1024x600Screen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("pt_BR") << u"pt_BR"_s; // the longer texts, and what users see
        QTest::newRow("en") << u"en"_s;
    }

    void theWindowFitsA1024x600Screen()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (language != u"en"_s) {
            QVERIFY(translator.load(u":/i18n/ponte_"_s + language + u".qm"_s));
            QCoreApplication::installTranslator(&translator);
        }
        const auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        Test::SyncFixture f(smallData(2, 1, 0, 0), 4);
        const QTimeZone brasilia(-3 * 3600);
        ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(10, 0), brasilia).toMSecsSinceEpoch());
        MemorySecretStore secrets;
        MainWindow window(f.profile, &secrets, f.env, f.credentials, &clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto fits = [&window] {
            const QSize hint = window.minimumSizeHint();
            return hint.width() <= 1024 && hint.height() <= 600;
        };
        QVERIFY2(fits(),
                 qPrintable(
                     u"minimum %1×%2"_s.arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height())));
        window.resize(1024, 600);
        QTRY_COMPARE(window.size(), QSize(1024, 600));
        verifyPagesFit(window, language + u"-1024x600"_s);

        // Scheduling writes a longer text: the window keeps its size and everything stays inside.
        window.showPage(MainWindow::OptionsPage);
        QTest::mouseClick(window.findChild<QPushButton *>(u"scheduleOffHoursPushButton"_s), Qt::LeftButton);
        QVERIFY(f.profile->settings().boolValue(SettingKey::ScheduleEnabled));
        QVERIFY(fits());
        QCOMPARE(window.size(), QSize(1024, 600));
        verifyPagesFit(window, language + u"-1024x600-scheduled"_s);
        QVERIFY(!window.findChild<QLabel *>(u"nextRunValueLabel"_s)->text().isEmpty());

        // And it uses a large screen.
        window.resize(1920, 1080);
        QTRY_COMPARE(window.size(), QSize(1920, 1080));
        verifyPagesFit(window, language + u"-1920x1080"_s);

        // Colours come from the palette: no widget fixes its own, so a dark theme stays readable.
        for (QWidget *child : window.findChildren<QWidget *>())
            QVERIFY2(!child->styleSheet().contains(u"color"_s), qPrintable(child->objectName()));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Button, QColor(0x30, 0x30, 0x30));
        dark.setColor(QPalette::ButtonText, Qt::white);
        const QPalette before = QApplication::palette();
        QApplication::setPalette(dark);
        window.showPage(MainWindow::OverviewPage);
        shot(window, u"page-0-%1-1920x1080-dark.png"_s.arg(language));
        QApplication::setPalette(before);

        // Its size is remembered for the next start, in the data folder (no secret goes there).
        window.resize(1100, 700);
        QApplication::processEvents();
        window.quitApplication(); // close() would keep it running for the schedule
        MainWindow again(f.profile, &secrets, f.env, f.credentials, &clock);
        QCOMPARE(again.size(), QSize(1100, 700));
    }

    void menusAndShortcutsReachEverything()
    {
        Test::SyncFixture f(smallData(3, 1, 0, 0), 6);
        QVERIFY(f.profile->settings().setValue(SettingKey::BusinessHoursStart, u"00:00"_s).isOk());
        QVERIFY(f.profile->settings().setValue(SettingKey::BusinessHoursEnd, u"00:00"_s).isOk());
        MemorySecretStore secrets;
        MainWindow window(f.profile, &secrets, f.env, f.credentials);
        QList<QUrl> opened;
        window.setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList menus;
        for (QAction *menu : window.menuBar()->actions())
            menus << menu->text().remove(u'&');
        QCOMPARE(menus.size(), 5);

        // Ctrl+2 shows the history, Ctrl+1 the overview.
        auto *stack = window.findChild<QStackedWidget *>(u"pagesStackedWidget"_s);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(stack->currentIndex(), int(MainWindow::HistoryPage));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(stack->currentIndex(), int(MainWindow::OverviewPage));

        // F5 syncs; the menu's Stop is only available meanwhile.
        QSignalSpy finished(window.controller(), &SyncController::finished);
        QVERIFY(!window.action(u"stopAction"_s)->isEnabled());
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(window.controller()->isRunning());
        QVERIFY(window.action(u"stopAction"_s)->isEnabled());
        QVERIFY(!window.action(u"syncNowAction"_s)->isEnabled());
        QVERIFY(finished.wait(120'000));
        QCOMPARE(window.action(u"syncNowAction"_s)->shortcuts(),
                 (QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)}));
        QCOMPARE(window.action(u"quitAction"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));

        // Folders open in the system's file manager.
        window.action(u"openDataFolderAction"_s)->trigger();
        window.action(u"openLogAction"_s)->trigger();
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.at(0), QUrl::fromLocalFile(f.profile->dataDir()));
        QVERIFY(opened.at(1).toLocalFile().startsWith(f.profile->dataDir()));

        // F1: the user guide, in Portuguese.
        QTest::keyClick(&window, Qt::Key_F1);
        QDialog *help = nullptr;
        QTRY_VERIFY((help = window.findChild<QDialog *>(u"helpDialog"_s)) && help->isVisible());
        QVERIFY(help->findChild<QTextBrowser *>()->toPlainText().contains(u"User-Key"_s));
        // Its screenshots come built in and fit the window: none missing, none to scroll sideways to.
        auto *browser = help->findChild<QTextBrowser *>();
        int images = 0;
        for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (!it.fragment().charFormat().isImageFormat())
                    continue;
                ++images;
                const QString name = it.fragment().charFormat().toImageFormat().name();
                const QByteArray data = browser->loadResource(QTextDocument::ImageResource, QUrl(name)).toByteArray();
                QVERIFY2(!QImage::fromData(data).isNull(), qPrintable(name));
            }
        }
        QVERIFY(images > 0);
        QApplication::processEvents();
        QVERIFY(!browser->horizontalScrollBar()->isVisible());
        shot(*help, u"help.png"_s);
        help->close();

        // About: the version, the MIT licence and the third-party notices, built into the program.
        window.action(u"aboutAction"_s)->trigger();
        AboutDialog *about = nullptr;
        QTRY_VERIFY((about = window.findChild<AboutDialog *>()) && about->isVisible());
        QVERIFY(about->findChild<QLabel *>(u"aboutLabel"_s)->text().contains(QCoreApplication::applicationVersion()));
        QVERIFY(
            about->findChild<QPlainTextEdit *>(u"licensePlainTextEdit"_s)->toPlainText().contains(u"MIT License"_s));
        const QString notices = about->findChild<QPlainTextEdit *>(u"noticesPlainTextEdit"_s)->toPlainText();
        QVERIFY(notices.contains(u"QtKeychain"_s) && notices.contains(u"SQLite"_s));
        shot(*about, u"about.png"_s);
        about->close();

        // Ctrl+Q closes the window.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window.isVisible());
    }

    void quarantinedRecordsAreExplainedRetriedAndExported()
    {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path(), QProcessEnvironment());
        QVERIFY(profile.isOk());
        ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(13, 0), Qt::UTC).toMSecsSinceEpoch());
        QuarantineRepository quarantine(profile.value()->database());
        // What a sync leaves behind: a refusal with the service's words, and a page of HTML instead of JSON.
        QVERIFY(quarantine
                    .add(Entity::Client, Direction::PloomesToOmie, u"101"_s, u"Padaria Pão Quente"_s,
                         u"CPF/CNPJ inválido"_s, u"validation"_s, 1, clock.nowMs())
                    .isOk());
        QVERIFY(quarantine
                    .add(Entity::Order, Direction::OmieToPloomes, u"9001"_s, u"Pedido 9001"_s,
                         u"HTTP 500 com uma página HTML"_s, u"transient"_s, 1, clock.nowMs())
                    .isOk());
        QVERIFY(quarantine
                    .add(Entity::Product, Direction::OmieToPloomes, u"77"_s, u"Farinha 5 kg"_s, u"código repetido"_s,
                         u"validation"_s, 1, clock.nowMs())
                    .isOk());
        QVERIFY(quarantine
                    .add(Entity::Product, Direction::OmieToPloomes, u"77"_s, u"Farinha 5 kg"_s, u"código repetido"_s,
                         u"validation"_s, 1, clock.nowMs())
                    .isOk()); // a second failure: the next attempt is further away
        MemorySecretStore secrets;
        MainWindow window(profile.value(), &secrets, QProcessEnvironment(), std::nullopt, &clock);
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QLabel *>(u"quarantineValueLabel"_s)->text().contains(u'3'));
        window.showPage(MainWindow::QuarantinePage);
        auto *table = window.findChild<QTableWidget *>(u"quarantineTableWidget"_s);
        QCOMPARE(table->rowCount(), 3);
        int bakery = -1, order = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == u"Padaria Pão Quente"_s)
                bakery = row;
            if (table->item(row, 0)->text() == u"Pedido 9001"_s)
                order = row;
        }
        QVERIFY(bakery >= 0 && order >= 0);
        // The service's business words are kept; a technical failure is told plainly.
        QVERIFY(table->item(bakery, 3)->text().contains(u"CPF/CNPJ inválido"_s));
        QVERIFY(!table->item(order, 3)->text().contains(u"HTTP"_s));
        QVERIFY(!table->item(order, 3)->text().contains(u"HTML"_s));
        QVERIFY(table->item(order, 3)->toolTip().contains(u"HTTP 500"_s));
        shot(window, u"quarantine.png"_s);

        // "Try again" on the bakery only: due at once, the others keep their time.
        auto *retry = window.findChild<QPushButton *>(u"quarantineRetryPushButton"_s);
        QVERIFY(!retry->isEnabled());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(bakery, 0)).center());
        QVERIFY(retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(quarantine.find(Entity::Client, Direction::PloomesToOmie, u"101"_s)->nextAttemptAt, clock.nowMs());
        QVERIFY(quarantine.find(Entity::Product, Direction::OmieToPloomes, u"77"_s)->nextAttemptAt > clock.nowMs());
        QCOMPARE(quarantine.due(clock.nowMs()).size(), 1);

        // Export: the three records, as a spreadsheet.
        QTemporaryDir out;
        window.setSaveFileNameProvider([&out](const QString &suggested) { return out.filePath(suggested); });
        QTest::mouseClick(window.findChild<QPushButton *>(u"exportQuarantinePushButton"_s), Qt::LeftButton);
        QFile file(out.filePath(MainWindow::tr("ponte-quarantine.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = CsvWriter::parse(data);
        QCOMPARE(rows.size(), 4);
        bool found = false;
        for (const QStringList &row : rows)
            found = found || (row.at(0) == u"Farinha 5 kg"_s && row.at(5) == u"2"_s);
        QVERIFY(found);

        // "Ignore" asks, then takes the record out.
        table->clearSelection();
        int product = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == u"Farinha 5 kg"_s)
                product = row;
        }
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(product, 0)).center());
        const auto asked = answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(window.findChild<QPushButton *>(u"quarantineIgnorePushButton"_s), Qt::LeftButton);
        QVERIFY(*asked);
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(!quarantine.find(Entity::Product, Direction::OmieToPloomes, u"77"_s));
        QCOMPARE(quarantine.count(), 2);

        // Once nothing waits, the page says so instead of showing an empty table.
        QVERIFY(quarantine.release(Entity::Client, Direction::PloomesToOmie, u"101"_s).isOk());
        QVERIFY(quarantine.release(Entity::Order, Direction::OmieToPloomes, u"9001"_s).isOk());
        window.refreshQuarantine();
        QVERIFY(!table->isVisible());
        QVERIFY(!window.findChild<QPushButton *>(u"exportQuarantinePushButton"_s)->isEnabled());
    }

    void theSetUpAssistantTakesANewUserToAFirstPreview()
    {
        Test::SyncFixture f(smallData(4, 2, 1, 2), 8);
        Settings &settings = f.profile->settings();
        QVERIFY(settings.setValue(SettingKey::BusinessHoursStart, u"00:00"_s).isOk());
        QVERIFY(settings.setValue(SettingKey::BusinessHoursEnd, u"00:00"_s).isOk());
        MemorySecretStore secrets; // nothing stored: a first start
        MainWindow window(f.profile, &secrets, f.env);
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.offerSetupIfUnconfigured();
        SetupWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<SetupWizard *>()) && wizard->isVisible());
        QVERIFY(wizard->width() <= 1024 && wizard->height() <= 600);
        auto next = [wizard] {
            QAbstractButton *button = wizard->button(QWizard::NextButton);
            QVERIFY(button->isEnabled());
            QTest::mouseClick(button, Qt::LeftButton);
        };
        auto *start = wizard->findChild<QRadioButton *>(u"setUpRadioButton"_s);
        QVERIFY(start->isChecked());
        QVERIFY(wizard->findChild<QRadioButton *>(u"demoRadioButton"_s));
        shot(*wizard, u"wizard-0-welcome.png"_s);
        next();
        QCOMPARE(wizard->currentId(), int(SetupWizard::OmiePage));

        // Omie: "Next" waits for both keys; a pasted space is dropped; the test says the keys work.
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(wizard->findChild<QLineEdit *>(u"wizardOmieAppKeyLineEdit"_s),
                         u" "_s + f.credentials.omieAppKey);
        QCOMPARE(wizard->findChild<QLineEdit *>(u"wizardOmieAppKeyLineEdit"_s)->text(), f.credentials.omieAppKey);
        QTest::keyClicks(wizard->findChild<QLineEdit *>(u"wizardOmieAppSecretLineEdit"_s), f.credentials.omieAppSecret);
        QTest::mouseClick(wizard->findChild<QPushButton *>(u"wizardTestOmiePushButton"_s), Qt::LeftButton);
        auto *omieResult = wizard->findChild<QLabel *>(u"wizardOmieResultLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(omieResult->text().startsWith(u"✓"_s), 30'000);
        shot(*wizard, u"wizard-1-omie.png"_s);
        next();

        // Ploomes: the User-Key, tested the same way.
        QCOMPARE(wizard->currentId(), int(SetupWizard::PloomesPage));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(wizard->findChild<QLineEdit *>(u"wizardPloomesUserKeyLineEdit"_s),
                         f.credentials.ploomesUserKey);
        QTest::mouseClick(wizard->findChild<QPushButton *>(u"wizardTestPloomesPushButton"_s), Qt::LeftButton);
        auto *ploomesResult = wizard->findChild<QLabel *>(u"wizardPloomesResultLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(ploomesResult->text().startsWith(u"✓"_s), 30'000);
        next();

        // Order defaults: Omie's own lists, by name.
        QCOMPARE(wizard->currentId(), int(SetupWizard::OrderDefaultsPage));
        auto *categoria = wizard->findChild<QComboBox *>(u"wizardCategoriaComboBox"_s);
        QTRY_VERIFY_WITH_TIMEOUT(categoria->count() > 1, 30'000);
        QVERIFY(wizard->findChild<QComboBox *>(u"wizardContaCorrenteComboBox"_s)->count() >= 1);
        const int chosen = categoria->findData(u"1.01.01"_s);
        QVERIFY(chosen >= 0);
        categoria->setCurrentIndex(chosen);
        QVERIFY(categoria->currentText() != u"1.01.01"_s); // a name, not a code
        const QString categoriaName = categoria->currentText();
        shot(*wizard, u"wizard-3-orders.png"_s);
        next();

        // Older orders and conflicts.
        QCOMPARE(wizard->currentId(), int(SetupWizard::OptionsPage));
        auto *backfill = wizard->findChild<QCheckBox *>(u"wizardBackfillOmieCheckBox"_s);
        QTest::keyClick(backfill, Qt::Key_Space);
        QVERIFY(backfill->isChecked());
        QVERIFY(wizard->findChild<QDateEdit *>(u"wizardBackfillOmieDateEdit"_s)->isEnabled());
        next();

        // The off-hours schedule is proposed.
        QCOMPARE(wizard->currentId(), int(SetupWizard::SchedulePage));
        QVERIFY(wizard->findChild<QCheckBox *>(u"wizardScheduleCheckBox"_s)->isChecked());
        // The computer may be in another zone: the proposed time names its own.
        QVERIFY(wizard->findChild<QCheckBox *>(u"wizardScheduleCheckBox"_s)->text().contains(BrasiliaText::zoneName()));
        next();

        // Summary, then Finish: everything saved, and a preview runs before any real sync.
        QCOMPARE(wizard->currentId(), int(SetupWizard::SummaryPage));
        // Each order default is named by its list, not only by the choice.
        QVERIFY(wizard->findChild<QLabel *>(u"wizardSummaryLabel"_s)
                    ->text()
                    .contains((u"Categoria: "_s + categoriaName).toHtmlEscaped()));
        QVERIFY(wizard->findChild<QCheckBox *>(u"wizardPreviewCheckBox"_s)->isChecked());
        shot(*wizard, u"wizard-6-summary.png"_s);
        QSignalSpy finished(window.controller(), &SyncController::finished);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<SetupWizard *>());
        QCOMPARE(secrets.readBlocking(SecretKey::OmieAppKey).value, f.credentials.omieAppKey);
        QCOMPARE(secrets.readBlocking(SecretKey::OmieAppSecret).value, f.credentials.omieAppSecret);
        QCOMPARE(secrets.readBlocking(SecretKey::PloomesUserKey).value, f.credentials.ploomesUserKey);
        QCOMPARE(settings.stringValue(SettingKey::OrderCategoria), u"1.01.01"_s);
        QVERIFY(settings.boolValue(SettingKey::BackfillOmieOrders));
        QVERIFY(settings.boolValue(SettingKey::ScheduleEnabled));
        QVERIFY(window.findChild<QCheckBox *>(u"backfillOmieOrdersCheckBox"_s)->isChecked());
        QCOMPARE(window.findChild<QComboBox *>(u"orderCategoriaComboBox"_s)->currentData().toString(), u"1.01.01"_s);
        QCOMPARE(window.findChild<QComboBox *>(u"orderCategoriaComboBox"_s)->currentText(), categoriaName);
        QVERIFY(finished.wait(120'000));
        const SyncSummary summary = finished.first().first().value<SyncSummary>();
        // A preview cannot link the older orders to clients it only pretended to create: "partial" is honest.
        QVERIFY2(summary.status == RunStatus::Succeeded || summary.status == RunStatus::Partial,
                 qPrintable(toName(summary.status)));
        auto *history = window.findChild<QTableView *>(u"historyTableView"_s);
        QTRY_COMPARE(history->model()->rowCount(), 1);
        QCOMPARE(history->model()->index(0, 0).data().toString(), HistoryModel::tr("%1 (preview)").arg(summary.runId));
        QCOMPARE(f.omie.violations().total(), 0);
        QCOMPARE(f.ploomes.violations().total(), 0);
        // ...and after a restart the choice still shows its name, not a bare code.
        {
            MainWindow restarted(f.profile, &secrets, f.env);
            QCOMPARE(restarted.findChild<QComboBox *>(u"orderCategoriaComboBox"_s)->currentText(), categoriaName);
        }

        // With keys stored, a later start does not open it again; the menu still does.
        window.offerSetupIfUnconfigured();
        QTest::qWait(50);
        QVERIFY(!window.findChild<SetupWizard *>());
        window.action(u"setupWizardAction"_s)->trigger();
        QTRY_VERIFY(window.findChild<SetupWizard *>());
    }

    void theAssistantOffersTheDemonstrationInstead()
    {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path(), QProcessEnvironment());
        QVERIFY(profile.isOk());
        MemorySecretStore secrets;
        MainWindow window(profile.value(), &secrets, QProcessEnvironment());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy demo(&window, &MainWindow::demoRequested);
        window.offerSetupIfUnconfigured();
        SetupWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<SetupWizard *>()) && wizard->isVisible());
        QTest::mouseClick(wizard->findChild<QRadioButton *>(u"demoRadioButton"_s), Qt::LeftButton);
        QVERIFY(wizard->demoChosen());
        // Nothing more to ask: the first page finishes.
        QAbstractButton *finish = wizard->button(QWizard::FinishButton);
        QTRY_VERIFY(finish->isVisible() && finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_COMPARE(demo.count(), 1);
        QVERIFY(secrets.readBlocking(SecretKey::OmieAppKey).value.isEmpty()); // nothing was saved
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
