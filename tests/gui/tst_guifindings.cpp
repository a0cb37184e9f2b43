// The findings of the last GUI review, each as the user meets it: Stop before a run exists, a record
// Ponte itself held back, where the Ploomes key is, and the deletion and listen-address choices.

#include "credentialsdialog.h"
#include "mainwindow.h"
#include "net/clock.h"
#include "plainreasons.h"
#include "profile.h"
#include "schedule/syncscheduler.h"
#include "secrets/secretstore.h"
#include "settings.h"
#include "setupwizard.h"
#include "store/quarantinerepository.h"
#include "sync/syncengine.h"
#include "syncfixture.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

class TstGuiFindings : public QObject
{
    Q_OBJECT

private:
    /** Runs @p check on the next message box, then presses @p button on it; the flag says whether one opened. */
    static std::shared_ptr<bool> onNextMessageBox(QMessageBox::StandardButton button,
                                                  std::function<void(QMessageBox *)> check = {},
                                                  QObject *context = qApp)
    {
        auto asked = std::make_shared<bool>(false);
        auto *timer = new QTimer(context); // dies with the context when no box comes
        QObject::connect(timer, &QTimer::timeout, timer, [timer, button, asked, check] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            timer->deleteLater();
            *asked = true;
            if (check)
                check(box);
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        });
        timer->start(10);
        return asked;
    }

    /** A business-hours instant (10:00 in Brasília on a working day): a manual sync asks first. */
    static qint64 businessHoursNow(const Settings &settings)
    {
        const ScheduleConfig config = ScheduleConfig::fromSettings(settings);
        QDateTime at(QDate(2026, 11, 30), QTime(13, 0), Qt::UTC);
        for (int day = 0; day < 14 && !config.businessHours.isBusinessTime(at); ++day)
            at = at.addDays(-1);
        return at.toMSecsSinceEpoch();
    }

    static void clickPage(MainWindow &window, MainWindow::Page page)
    {
        auto *list = window.findChild<QListWidget *>(u"pageListWidget"_s);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(page)).center());
    }

    static void clickTab(MainWindow &window, const QString &tabName)
    {
        auto *tabs = window.findChild<QTabWidget *>(u"settingsPage"_s);
        QVERIFY(tabs);
        const int index = tabs->indexOf(tabs->findChild<QWidget *>(tabName));
        QVERIFY(index >= 0);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
        QCOMPARE(tabs->currentIndex(), index);
    }

    /**
     * Picks @p data in @p box: a click opens its list, the arrow keys go to the item and Enter takes it
     * (the list ignores a click that comes within a double-click time of its opening).
     */
    static void choose(QComboBox *box, const QString &data)
    {
        const int target = box->findData(data);
        QVERIFY(target >= 0);
        QTest::mouseClick(box, Qt::LeftButton);
        QAbstractItemView *list = box->view();
        QTRY_VERIFY(list->isVisible());
        for (int guard = 0; guard < box->count() && list->currentIndex().row() != target; ++guard)
            QTest::keyClick(list, list->currentIndex().row() < target ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(list->currentIndex().row(), target);
        QTest::keyClick(list, Qt::Key_Return);
    }

private slots:
    void stopIsOnlyEnabledOnceARunGoes()
    {
        Sim::SampleSizes sizes;
        sizes.clients = 4;
        sizes.products = 2;
        sizes.services = 0;
        sizes.orders = 0;
        sizes.serviceOrders = 0;
        sizes.ploomesOnlyContacts = 0;
        Test::SyncFixture f(sizes, 3);
        ManualClock clock(businessHoursNow(f.profile->settings()));
        MemorySecretStore secrets;
        MainWindow window(f.profile, &secrets, f.env, f.credentials, &clock);
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *syncNow = window.findChild<QPushButton *>(u"syncNowPushButton"_s);
        auto *stop = window.findChild<QPushButton *>(u"stopPushButton"_s);
        QVERIFY(!stop->isEnabled());

        // The business-hours question is open: nothing runs yet, so there is nothing to stop.
        bool stopWhileAsked = true, syncWhileAsked = true;
        auto asked = onNextMessageBox(QMessageBox::No, [&](QMessageBox *) {
            stopWhileAsked = stop->isEnabled();
            syncWhileAsked = syncNow->isEnabled();
        });
        QTest::mouseClick(syncNow, Qt::LeftButton);
        QTRY_VERIFY(*asked);
        QVERIFY2(!stopWhileAsked, "Stop was enabled while the business-hours warning was open");
        QVERIFY(!syncWhileAsked); // a second click must not ask twice
        QVERIFY(!window.controller()->isRunning());
        QVERIFY(!stop->isEnabled());
        QVERIFY(syncNow->isEnabled());

        // "Yes": the run goes, and only now Stop can stop it.
        QSignalSpy finished(window.controller(), &SyncController::finished);
        asked = onNextMessageBox(QMessageBox::Yes, [&](QMessageBox *) { stopWhileAsked = stop->isEnabled(); });
        QTest::mouseClick(syncNow, Qt::LeftButton);
        QTRY_VERIFY(*asked);
        QVERIFY(!stopWhileAsked);
        QTRY_VERIFY(window.controller()->isRunning() || finished.count() > 0);
        if (finished.isEmpty())
            QVERIFY(stop->isEnabled());
        QVERIFY(finished.count() > 0 || finished.wait(120'000));
        QVERIFY(!stop->isEnabled());
        QVERIFY(syncNow->isEnabled());
    }

    void aRecordHeldBackByPontesOwnCheckIsNotCalledRefusedByTheService()
    {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path(), QProcessEnvironment());
        QVERIFY(profile.isOk());
        ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(13, 0), Qt::UTC).toMSecsSinceEpoch());
        QuarantineRepository quarantine(profile.value()->database());
        // As the order step records them: held back before sending (a default missing), waiting for a link,
        // and a refusal in the service's own words.
        const QList<std::tuple<QString, QString, QString>> entries{
            {u"Pedido 501"_s, u"Not sent to Omie: no conta corrente is chosen for orders."_s, u"preflight"_s},
            {u"Pedido 502"_s, u"Not imported into Ploomes: the client is not linked yet."_s, u"dependency"_s},
            {u"Pedido 503"_s, u"Código de parcela inválido"_s, u"validation"_s}};
        int id = 500;
        for (const auto &[label, reason, errorClass] : entries)
            QVERIFY(quarantine
                        .add(Entity::Order, Direction::PloomesToOmie, QString::number(++id), label, reason, errorClass,
                             1, clock.nowMs())
                        .isOk());
        MemorySecretStore secrets;
        MainWindow window(profile.value(), &secrets, QProcessEnvironment(), std::nullopt, &clock);
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        clickPage(window, MainWindow::QuarantinePage);
        auto *table = window.findChild<QTableWidget *>(u"quarantineTableWidget"_s);
        QCOMPARE(table->rowCount(), 3);
        QHash<QString, QString> why;
        for (int row = 0; row < table->rowCount(); ++row)
            why.insert(table->item(row, 0)->text(), table->item(row, 3)->text());
        const QString serviceRefused =
            QuarantineReasons::tr("The service refused the record. Correct it and try again.");
        // Held back by Ponte: said so, with what to correct and where; never blamed on the service.
        QVERIFY2(!why.value(u"Pedido 501"_s).contains(serviceRefused), qPrintable(why.value(u"Pedido 501"_s)));
        QVERIFY(why.value(u"Pedido 501"_s).startsWith(QuarantineReasons::tr("Ponte did not send this record")));
        QVERIFY(why.value(u"Pedido 501"_s).contains(u"no conta corrente is chosen"_s));
        // Waiting for a link: nothing to do.
        QVERIFY(!why.value(u"Pedido 502"_s).contains(serviceRefused));
        QVERIFY(why.value(u"Pedido 502"_s).contains(QuarantineReasons::tr("Nothing needs to be done")));
        // The service's refusal stays one, with its words.
        QVERIFY(why.value(u"Pedido 503"_s).startsWith(serviceRefused));
        QVERIFY(why.value(u"Pedido 503"_s).contains(u"Código de parcela inválido"_s));
    }

    void theAssistantAndTheKeysDialogGiveTheFullPathToThePloomesKey()
    {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path(), QProcessEnvironment());
        QVERIFY(profile.isOk());
        MemorySecretStore secrets;
        SetupWizard wizard(profile.value()->settings(), &secrets, QProcessEnvironment());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // The steps of ploomes-api.md §1.1, in Ploomes' own words, on the page that asks for the key.
        const QStringList steps{u"Administração → Integrações → \"Usuários de integração\""_s, u"Novo usuário"_s,
                                u"Administrador"_s, u"\"Chave da API\""_s};
        auto pageSays = [](QWidget *page, const QString &step) {
            for (const QLabel *label : page->findChildren<QLabel *>())
                if (label->text().contains(step))
                    return true;
            return false;
        };
        for (const QString &step : steps)
            QVERIFY2(pageSays(wizard.page(SetupWizard::PloomesPage), step), qPrintable(step));
        CredentialsDialog dialog(profile.value()->settings(), &secrets, QProcessEnvironment());
        dialog.show();
        for (const QString &step : steps)
            QVERIFY2(dialog.findChild<QLabel *>(u"ploomesWhereLabel"_s)->text().contains(step), qPrintable(step));
    }

    void deletionPoliciesAndTheListenAddressAreChosenAndSurviveARestart()
    {
        QTemporaryDir dir;
        {
            auto profile = Profile::open(dir.path(), QProcessEnvironment());
            QVERIFY(profile.isOk());
            MemorySecretStore secrets;
            MainWindow window(profile.value(), &secrets, QProcessEnvironment());
            window.resize(1024, 600);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            clickPage(window, MainWindow::SettingsPage);
            clickTab(window, u"deletionsTab"_s);
            auto *clients = window.findChild<QComboBox *>(u"deletionClientsComboBox"_s);
            auto *products = window.findChild<QComboBox *>(u"deletionProductsComboBox"_s);
            QVERIFY(clients && clients->isVisible() && products);
            QCOMPARE(clients->currentData().toString(), u"unlink"_s); // never mirrored unless chosen

            // "Mirror" deletes real records: it asks, and "No" keeps what was there.
            auto asked = onNextMessageBox(QMessageBox::No);
            choose(clients, u"mirror"_s);
            QTRY_VERIFY(*asked);
            QCOMPARE(profile.value()->settings().stringValue(SettingKey::DeletionClients), u"unlink"_s);
            QCOMPARE(clients->currentData().toString(), u"unlink"_s);
            asked = onNextMessageBox(QMessageBox::Yes);
            choose(clients, u"mirror"_s);
            QTRY_VERIFY(*asked);
            QCOMPARE(profile.value()->settings().stringValue(SettingKey::DeletionClients), u"mirror"_s);
            // "Create again" deletes nothing: no question.
            {
                QObject watch;
                asked = onNextMessageBox(QMessageBox::No, {}, &watch);
                choose(products, u"recreate"_s);
                QCOMPARE(profile.value()->settings().stringValue(SettingKey::DeletionProducts), u"recreate"_s);
                QVERIFY(!*asked);
            }

            // The listen address: this computer only by default; every network only after a confirmation.
            clickTab(window, u"notificationsTab"_s);
            auto *listen = window.findChild<QComboBox *>(u"webhookListenComboBox"_s);
            QVERIFY(listen && listen->isVisible());
            QCOMPARE(listen->currentData().toString(), u"127.0.0.1"_s);
            asked = onNextMessageBox(QMessageBox::No);
            choose(listen, u"0.0.0.0"_s);
            QTRY_VERIFY(*asked);
            QCOMPARE(profile.value()->settings().stringValue(SettingKey::WebhookListen), u"127.0.0.1"_s);
            asked = onNextMessageBox(QMessageBox::Yes);
            choose(listen, u"0.0.0.0"_s);
            QTRY_VERIFY(*asked);
            QCOMPARE(profile.value()->settings().stringValue(SettingKey::WebhookListen), u"0.0.0.0"_s);
        }
        // Ponte started again on the same data folder: the choices are there, read from the profile.
        auto profile = Profile::open(dir.path(), QProcessEnvironment());
        QVERIFY(profile.isOk());
        QCOMPARE(profile.value()->settings().stringValue(SettingKey::DeletionClients), u"mirror"_s);
        QCOMPARE(profile.value()->settings().stringValue(SettingKey::DeletionProducts), u"recreate"_s);
        QCOMPARE(profile.value()->settings().stringValue(SettingKey::DeletionOrders), u"unlink"_s);
        QCOMPARE(profile.value()->settings().stringValue(SettingKey::WebhookListen), u"0.0.0.0"_s);
        MemorySecretStore secrets;
        MainWindow window(profile.value(), &secrets, QProcessEnvironment());
        QCOMPARE(window.findChild<QComboBox *>(u"deletionClientsComboBox"_s)->currentData().toString(), u"mirror"_s);
        QCOMPARE(window.findChild<QComboBox *>(u"deletionProductsComboBox"_s)->currentData().toString(), u"recreate"_s);
        QCOMPARE(window.findChild<QComboBox *>(u"webhookListenComboBox"_s)->currentData().toString(), u"0.0.0.0"_s);
    }
};

QTEST_MAIN(TstGuiFindings)
#include "tst_guifindings.moc"
