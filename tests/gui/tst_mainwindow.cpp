#include "credentialsdialog.h"
#include "historymodel.h"
#include "mainwindow.h"
#include "mappingdialog.h"
#include "net/clock.h"
#include "omiesimulator.h"
#include "ploomessimulator.h"
#include "profile.h"
#include "schedule/syncscheduler.h"
#include "secrets/credentials.h"
#include "settings.h"
#include "store/settingsrepository.h"
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
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
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

private slots:
    void showsProfileAndCredentialStatus()
    {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path(), QProcessEnvironment());
        QVERIFY(profile.isOk());
        // No business hours, so "sync now" below asks nothing whatever the time of day.
        profile.value()->settings().setValue(SettingKey::BusinessHoursStart, u"00:00"_s);
        profile.value()->settings().setValue(SettingKey::BusinessHoursEnd, u"00:00"_s);
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
        // No business hours, so "sync now" asks nothing.
        profile->settings().setValue(SettingKey::BusinessHoursStart, u"00:00"_s);
        profile->settings().setValue(SettingKey::BusinessHoursEnd, u"00:00"_s);
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
        QVERIFY2(summary.status == u"succeeded"_s, qPrintable(summary.error));
        auto *history = window.findChild<QTableView *>(u"historyTableView"_s);
        QTRY_COMPARE(history->model()->rowCount(), 1);
        QCOMPARE(history->model()->index(0, 3).data().toString(), runStatusDisplayName(u"succeeded"_s));
        // Every record of the selected run is listed with its outcome.
        auto *items = window.findChild<QTableWidget *>(u"runItemsTableWidget"_s);
        QTRY_VERIFY(items->rowCount() >= 12);
        QVERIFY(window.findChild<QPushButton *>(u"syncNowPushButton"_s)->isEnabled());
        QCOMPARE(omie.violations().total(), 0);
        QCOMPARE(ploomes.violations().total(), 0);
        shot(window, u"mainwindow-after-sync.png"_s);
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
        dialog.findChild<QCheckBox *>(u"showKeysCheckBox"_s)->setChecked(true);
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
        QCOMPARE(omieResult->text(), tested.last().at(0).value<ApiError>().userMessage());
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
        QCOMPARE(omieResult->text(), CredentialsDialog::tr("Connected: the keys were accepted."));
        shot(dialog, u"credentials-accepted.png"_s);

        // Save: into the secret store, and the dialog closes.
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.findChild<QDialogButtonBox *>(u"credentialsButtonBox"_s)->button(QDialogButtonBox::Save)->click();
        QTRY_COMPARE(accepted.count(), 1);
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

        // Opened again, it shows what is stored.
        CredentialsDialog again(f.profile->settings(), &secrets, f.env);
        QTRY_COMPARE(again.credentials().ploomesUserKey, f.credentials.ploomesUserKey);
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
        QVERIFY2(summary.status == u"succeeded"_s, qPrintable(summary.error));
        int ordersCreated = 0;
        for (const RunCounters &c : summary.counters) {
            if (c.entity == Entity::Order && c.direction == Direction::OmieToPloomes)
                ordersCreated += c.created;
        }
        QVERIFY(ordersCreated > 0);
        auto *history = window.findChild<QTableView *>(u"historyTableView"_s);
        QTRY_COMPARE(history->model()->rowCount(), 1);
        QCOMPARE(history->model()->index(0, 2).data().toString(), HistoryModel::triggerText(u"schedule"_s));
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
        std::unique_ptr<QNetworkReply> reply(network.post(
            request, R"({"messageId":"m-1","topic":"ClienteFornecedor.Alterado","event":{"codigo_cliente_omie":1}})"));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(webhookRun.wait(60'000));
        QTRY_COMPARE(history->model()->rowCount(), 2);
        QCOMPARE(history->model()->index(0, 2).data().toString(), HistoryModel::triggerText(u"webhook"_s));
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
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
