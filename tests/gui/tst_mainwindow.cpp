#include "mainwindow.h"
#include "omiesimulator.h"
#include "ploomessimulator.h"
#include "profile.h"
#include "secrets/credentials.h"
#include "settings.h"
#include "sync/syncengine.h"
#include "syncfixture.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

class TstMainWindow : public QObject
{
    Q_OBJECT

private:
    static void shot(QWidget &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PONTE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w.grab().save(dir + u'/' + name);
    }

private slots:
    void showsProfileAndCredentialStatus()
    {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path(), QProcessEnvironment());
        QVERIFY(profile.isOk());
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
        // Without credentials a sync explains what is missing instead of starting.
        window.findChild<QPushButton *>(u"syncNowPushButton"_s)->click();
        QTRY_COMPARE(window.findChild<QLabel *>(u"progressLabel"_s)->text(),
                     MainWindow::tr("Set up the Omie and Ploomes credentials first."));
        shot(window, u"mainwindow-empty.png"_s);
    }

    void syncNowFillsTheHistory()
    {
        Sim::SampleSizes sizes;
        sizes.clients = 12;
        sizes.products = 6;
        sizes.services = 3;
        sizes.orders = 0;
        sizes.serviceOrders = 0;
        sizes.ploomesOnlyContacts = 2;
        Test::SyncFixture f(sizes, 9);
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
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
