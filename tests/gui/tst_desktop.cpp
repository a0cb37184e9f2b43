// The desktop application's unattended side: the SyncDaemon behind the window, the tray icon, what
// closing and quitting do, one instance per data folder, start with the system, Brasília times.
#include "brasiliatext.h"
#include "historymodel.h"
#include "mainwindow.h"
#include "net/clock.h"
#include "platform/startupfiles.h"
#include "profile.h"
#include "secrets/credentials.h"
#include "settings.h"
#include "singleinstance.h"
#include "sync/syncdaemon.h"
#include "sync/syncengine.h"
#include "syncfixture.h"
#include "trayicon.h"

#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone kBrasilia(-3 * 3600);

Sim::SampleSizes smallData(int clients)
{
    Sim::SampleSizes sizes;
    sizes.clients = clients;
    sizes.products = 2;
    sizes.services = 1;
    sizes.orders = 0;
    sizes.serviceOrders = 0;
    sizes.ploomesOnlyContacts = 1;
    return sizes;
}

/** Clicks, on the next message box that opens, the button @p pick chooses; the flag says it opened. */
std::shared_ptr<bool> answerNextMessageBox(std::function<QAbstractButton *(QMessageBox *)> pick)
{
    auto asked = std::make_shared<bool>(false);
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, pick, asked] {
        QMessageBox *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->deleteLater();
        *asked = true;
        QTest::mouseClick(pick(box), Qt::LeftButton);
    });
    timer->start(10);
    return asked;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

QMessageBox *trayNotice()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == u"trayNoticeMessageBox"_s && w->isVisible())
            return qobject_cast<QMessageBox *>(w);
    }
    return nullptr;
}

} // namespace

class TstDesktop : public QObject
{
    Q_OBJECT

private slots:
    void webhooksGoThroughTheDaemonWithItsAppKeyCheckAndQuietTime()
    {
        Test::SyncFixture f(smallData(4), 21);
        Settings &settings = f.profile->settings();
        QVERIFY(settings.setValue(SettingKey::PollIntervalMin, u"1440"_s));
        ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(21, 0), kBrasilia).toMSecsSinceEpoch());
        MemorySecretStore secrets;
        MainWindow window(f.profile, &secrets, f.env, f.credentials, &clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *portBox = window.findChild<QSpinBox *>(u"webhookPortSpinBox"_s);
        const quint16 port = freePort();
        portBox->setValue(port);
        emit portBox->editingFinished();
        // Loopback unless webhook.listen says otherwise, and the window says what that means.
        const QString said = window.findChild<QLabel *>(u"webhookValueLabel"_s)->text();
        QVERIFY2(said.contains(u"127.0.0.1"_s) && said.contains(u"this computer only"_s), qPrintable(said));

        QNetworkAccessManager network;
        auto post = [&](const QByteArray &appKey, const QByteArray &messageId) -> int {
            QNetworkRequest request{QUrl(window.webhookAddress(u"127.0.0.1"_s))};
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            std::unique_ptr<QNetworkReply> reply(network.post(
                request, R"({"messageId":")" + messageId
                             + R"(","topic":"ClienteFornecedor.Alterado","event":{"codigo_cliente_omie":1},"appKey":")"
                             + appKey + R"("})"));
            if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10'000))
                return -1;
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        // Another company's app key (or none) is not ours: refused, and nothing runs.
        QCOMPARE(post("someone-else", "m-0"), 403);
        clock.advance(SyncDaemon::kDebounceMaxWaitMs + 1);
        QVERIFY(!window.controller()->isRunning());

        QSignalSpy finished(window.controller(), &SyncController::finished);
        QCOMPARE(post(f.credentials.omieAppKey.toUtf8(), "m-1"), 200);
        // The same quiet time as `ponte-cli daemon`: nothing before it, a run after it.
        clock.advance(SyncDaemon::kDebounceQuietMs - 1000);
        QCoreApplication::processEvents();
        QVERIFY(!window.controller()->isRunning());
        QCOMPARE(post(f.credentials.omieAppKey.toUtf8(), "m-2"), 200); // the burst goes on
        clock.advance(SyncDaemon::kDebounceQuietMs - 1000);
        QCoreApplication::processEvents();
        QVERIFY(!window.controller()->isRunning());
        clock.advance(1001);
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.count(), 1);
        auto *history = window.findChild<QTableView *>(u"historyTableView"_s);
        QTRY_COMPARE(history->model()->rowCount(), 1);
        QCOMPARE(history->model()->index(0, 2).data().toString(), HistoryModel::triggerText(RunTrigger::Webhook));
    }

    void aRunAskedForDuringAnotherWaitsInsteadOfBeingDropped()
    {
        Test::SyncFixture f(smallData(30), 22);
        Settings &settings = f.profile->settings();
        QVERIFY(settings.setValue(SettingKey::BusinessHoursStart, u"00:00"_s));
        QVERIFY(settings.setValue(SettingKey::BusinessHoursEnd, u"00:00"_s));
        QVERIFY(settings.setValue(SettingKey::PollIntervalMin, u"1"_s));
        ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(21, 0), kBrasilia).toMSecsSinceEpoch());
        MemorySecretStore secrets;
        MainWindow window(f.profile, &secrets, f.env, f.credentials, &clock);
        window.show();
        QSignalSpy finished(window.daemon(), &SyncDaemon::runFinished);
        window.findChild<QPushButton *>(u"syncNowPushButton"_s)->click();
        QTRY_VERIFY(window.controller()->isRunning());
        // The poll falls due during the manual run: it waits and runs next.
        clock.advance(61'000);
        QVERIFY(window.daemon()->hasPending());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120'000);
        QCOMPARE(finished.at(0).at(1).value<RunTrigger>(), RunTrigger::Manual);
        QCOMPARE(finished.at(1).at(1).value<RunTrigger>(), RunTrigger::Poll);
    }

    void theTrayTellsTheStateAndClosingKeepsTheScheduleRunning()
    {
        Test::SyncFixture f(smallData(4), 23);
        Settings &settings = f.profile->settings();
        QVERIFY(settings.setValue(SettingKey::PollIntervalMin, u"1440"_s));
        QVERIFY(settings.setValue(SettingKey::ScheduleTime, u"20:00"_s));
        QVERIFY(settings.setValue(SettingKey::ScheduleEnabled, u"true"_s));
        ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(19, 0), kBrasilia).toMSecsSinceEpoch());
        MemorySecretStore secrets;
        MainWindow window(f.profile, &secrets, f.env, f.credentials, &clock);
        window.setSystemTrayAvailable(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TrayIcon *tray = window.trayIcon();
        QVERIFY(tray);
        QCOMPARE(tray->state(), TrayIcon::State::Idle);
        QVERIFY2(tray->toolTip().contains(u"30/11/2026 20:00"_s) && tray->toolTip().contains(BrasiliaText::zoneName()),
                 qPrintable(tray->toolTip()));
        QStringList menu;
        for (QAction *a : tray->menu()->actions()) {
            if (!a->isSeparator())
                menu << a->text();
        }
        QCOMPARE(menu, (QStringList{TrayIcon::tr("Sync now"), TrayIcon::tr("Open Ponte"), TrayIcon::tr("Quit")}));

        // Closing hides the window into the tray and says so, once; the user can turn the message off.
        QSignalSpy quitting(&window, &MainWindow::quitting);
        window.close();
        QVERIFY(!window.isVisible());
        QCOMPARE(quitting.count(), 0);
        QMessageBox *notice = trayNotice();
        QVERIFY(notice);
        notice->checkBox()->setChecked(true);
        QTest::mouseClick(notice->button(QMessageBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!trayNotice());
        tray->menu()->actions().at(1)->trigger(); // Open Ponte
        QVERIFY(window.isVisible());
        window.close();
        QVERIFY(!window.isVisible());
        QVERIFY(!trayNotice()); // turned off
        {
            MainWindow later(f.profile, &secrets, f.env, f.credentials, &clock);
            later.setSystemTrayAvailable(true);
            later.show();
            later.close();
            QVERIFY(!trayNotice()); // and stays off at the next start
        }

        // With the window closed, the schedule still runs; the tray shows it and notifies the result.
        QSignalSpy notified(tray, &TrayIcon::notified);
        QSignalSpy finished(window.controller(), &SyncController::finished);
        clock.advanceTo(QDateTime(QDate(2026, 11, 30), QTime(20, 0, 1), kBrasilia).toMSecsSinceEpoch());
        QTRY_COMPARE(tray->state(), TrayIcon::State::Syncing);
        QVERIFY(!tray->syncNowAction()->isEnabled());
        QVERIFY(finished.wait(120'000));
        QTRY_COMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).toString(), MainWindow::tr("Ponte: sync finished"));
        QVERIFY(notified.first().at(1).toString().contains(HistoryModel::triggerText(RunTrigger::Schedule)));
        QCOMPARE(notified.first().at(2).toBool(), false);
        QCOMPARE(tray->state(), TrayIcon::State::Idle);
        QVERIFY2(tray->toolTip().contains(TrayIcon::tr("Last sync: %1").arg(QString())), qPrintable(tray->toolTip()));
        // "Next" moved on to the next day once the run fired.
        QVERIFY2(tray->toolTip().contains(u"01/12/2026 20:00"_s), qPrintable(tray->toolTip()));

        // "Sync now" from the tray is a manual run: no notification for what the user is watching.
        tray->syncNowAction()->trigger();
        QVERIFY(finished.wait(120'000));
        QCoreApplication::processEvents();
        QCOMPARE(notified.count(), 1);

        // A failed unattended run is notified as a failure and the icon says so.
        f.omie.setCredentials(u"another-key"_s, u"another-secret"_s); // the keys stop being accepted
        clock.advanceTo(QDateTime(QDate(2026, 12, 1), QTime(20, 0, 1), kBrasilia).toMSecsSinceEpoch());
        QVERIFY(finished.wait(120'000));
        QTRY_COMPARE(notified.count(), 2);
        QCOMPARE(notified.last().at(2).toBool(), true);
        QTRY_COMPARE(tray->state(), TrayIcon::State::Failed);

        // "Quit" really quits.
        tray->menu()->actions().last()->trigger();
        QCOMPARE(quitting.count(), 1);
        QVERIFY(!window.daemon()->webhooks().isListening());
    }

    void withoutATrayClosingAsksWhetherToKeepRunning()
    {
        Test::SyncFixture f(smallData(2), 24);
        QVERIFY(f.profile->settings().setValue(SettingKey::ScheduleEnabled, u"true"_s));
        ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(19, 0), kBrasilia).toMSecsSinceEpoch());
        MemorySecretStore secrets;
        MainWindow window(f.profile, &secrets, f.env, f.credentials, &clock);
        window.setSystemTrayAvailable(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy quitting(&window, &MainWindow::quitting);
        auto asked = answerNextMessageBox(
            [](QMessageBox *box) { return box->findChild<QPushButton *>(u"keepRunningPushButton"_s); });
        window.close();
        QVERIFY(*asked);
        QVERIFY(window.isVisible());
        QTRY_VERIFY(window.isMinimized());
        QCOMPARE(quitting.count(), 0);
        asked = answerNextMessageBox(
            [](QMessageBox *box) { return box->findChild<QPushButton *>(u"quitPushButton"_s); });
        window.close();
        QVERIFY(*asked);
        QCOMPARE(quitting.count(), 1);

        // Nothing scheduled: closing just quits, without a question.
        QVERIFY(f.profile->settings().setValue(SettingKey::ScheduleEnabled, u"false"_s));
        MainWindow plain(f.profile, &secrets, f.env, f.credentials, &clock);
        plain.setSystemTrayAvailable(false);
        plain.show();
        QSignalSpy plainQuitting(&plain, &MainWindow::quitting);
        plain.close();
        QCOMPARE(plainQuitting.count(), 1);
    }

    void quittingDuringASyncAsksThenStopsIt()
    {
        Test::SyncFixture f(smallData(150), 25);
        Settings &settings = f.profile->settings();
        QVERIFY(settings.setValue(SettingKey::BusinessHoursStart, u"00:00"_s));
        QVERIFY(settings.setValue(SettingKey::BusinessHoursEnd, u"00:00"_s));
        MemorySecretStore secrets;
        MainWindow window(f.profile, &secrets, f.env, f.credentials);
        window.show();
        QSignalSpy finished(window.controller(), &SyncController::finished);
        QSignalSpy quitting(&window, &MainWindow::quitting);
        QSignalSpy progress(window.controller(), &SyncController::progress);
        window.findChild<QPushButton *>(u"syncNowPushButton"_s)->click();
        // Stopped while it writes clients. (Stopped during the first reads, the run can miss its stop: a
        // Ploomes paged read that is abandoned never reports back. That is the engine's, reported apart.)
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::any_of(progress.cbegin(), progress.cend(), [](const QList<QVariant> &p) {
                    return p.at(0).value<Entity>() == Entity::Client && p.at(2).toInt() > 0;
                });
            },
            60'000));
        // "No" keeps everything as it was.
        auto asked = answerNextMessageBox([](QMessageBox *box) { return box->button(QMessageBox::No); });
        window.quitApplication();
        QVERIFY(*asked);
        QCOMPARE(quitting.count(), 0);
        QVERIFY(window.controller()->isRunning());
        asked = answerNextMessageBox([](QMessageBox *box) { return box->button(QMessageBox::Yes); });
        window.quitApplication();
        QVERIFY(*asked);
        // When quitting returns, the run has really stopped (not left to die with the process).
        QVERIFY(!window.controller()->isRunning());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<SyncSummary>().status, RunStatus::Cancelled);
        QCOMPARE(quitting.count(), 1);
    }

    void theScheduleIsChosenAndShownInBrasiliaTime()
    {
        Test::SyncFixture f(smallData(3), 26);
        Settings &settings = f.profile->settings();
        QVERIFY(settings.setValue(SettingKey::PollIntervalMin, u"1440"_s));
        // Monday 30 November 2026, 09:30 in Brasília (12:30 UTC, this test machine's clock zone is irrelevant).
        ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(9, 30), kBrasilia).toMSecsSinceEpoch());
        MemorySecretStore secrets;
        MainWindow window(f.profile, &secrets, f.env, f.credentials, &clock);
        window.show();
        window.showPage(MainWindow::OptionsPage);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *zone = window.findChild<QLabel *>(u"scheduleZoneLabel"_s);
        QVERIFY(zone->text().contains(BrasiliaText::zoneName()));
        auto *time = window.findChild<QTimeEdit *>(u"scheduleTimeEdit"_s);
        time->setFocus();
        time->setSelectedSection(QDateTimeEdit::HourSection);
        QTest::keyClicks(time, u"20"_s);
        time->setSelectedSection(QDateTimeEdit::MinuteSection);
        QTest::keyClicks(time, u"00"_s);
        QCOMPARE(settings.timeValue(SettingKey::ScheduleTime), QTime(20, 0));
        for (int day : {6, 7}) // weekdays only
            QTest::mouseClick(window.findChild<QCheckBox *>(u"scheduleDay%1CheckBox"_s.arg(day)), Qt::LeftButton);
        QTest::mouseClick(window.findChild<QCheckBox *>(u"scheduleEnabledCheckBox"_s), Qt::LeftButton);
        QVERIFY(settings.boolValue(SettingKey::ScheduleEnabled));
        QCOMPARE(settings.stringValue(SettingKey::ScheduleDays), u"1,2,3,4,5"_s);

        auto *next = window.findChild<QLabel *>(u"nextRunValueLabel"_s);
        const QString expected = u"30/11/2026 20:00 (%1), "_s.arg(BrasiliaText::zoneName());
        QCOMPARE(next->text(), expected + MainWindow::tr("in %1 h %2 min").arg(10).arg(30));
        QVERIFY(window.findChild<QLabel *>(u"scheduleValueLabel"_s)->text().contains(u"20:00 ("_s + BrasiliaText::zoneName()));
        // Refreshed every minute…
        clock.advance(60'000);
        QCOMPARE(next->text(), expected + MainWindow::tr("in %1 h %2 min").arg(10).arg(29));
        // …and after the run: Friday's run is followed by Monday's, not Saturday's.
        QSignalSpy finished(window.controller(), &SyncController::finished);
        clock.advanceTo(QDateTime(QDate(2026, 12, 4), QTime(20, 0, 1), kBrasilia).toMSecsSinceEpoch());
        QVERIFY(finished.wait(120'000));
        QTRY_VERIFY2(next->text().startsWith(u"07/12/2026 20:00"_s), qPrintable(next->text()));
        // The history says the run's time in Brasília too, with the zone named in the header.
        auto *history = window.findChild<QTableView *>(u"historyTableView"_s);
        QTRY_VERIFY(history->model()->rowCount() >= 1);
        QVERIFY(history->model()->headerData(1, Qt::Horizontal).toString().contains(BrasiliaText::zoneName()));
        const SyncSummary summary = finished.last().first().value<SyncSummary>();
        Q_UNUSED(summary);
        const QString started = history->model()->index(0, 1).data().toString();
        const QDateTime parsed = QDateTime::fromString(started, u"dd/MM/yyyy HH:mm:ss"_s);
        QVERIFY(parsed.isValid());
        const QDateTime nowBrasilia = QDateTime::currentDateTimeUtc().toTimeZone(kBrasilia);
        QVERIFY2(std::abs(QDateTime(parsed.date(), parsed.time(), kBrasilia).secsTo(nowBrasilia)) < 600,
                 qPrintable(started));
    }

    void aSecondLaunchRaisesTheFirst()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QCOMPARE(first.claim(), SingleInstance::Role::Primary);
        QSignalSpy raise(&first, &SingleInstance::raiseRequested);
        SingleInstance second(dir.path());
        QCOMPARE(second.claim(), SingleInstance::Role::Secondary);
        QVERIFY(raise.wait(5000));
        // Another data folder is another Ponte.
        QTemporaryDir other;
        SingleInstance elsewhere(other.path());
        QCOMPARE(elsewhere.claim(), SingleInstance::Role::Primary);
        QVERIFY(SingleInstance::serverName(dir.path(), u"ana"_s) != SingleInstance::serverName(dir.path(), u"bia"_s));

        // The raised window comes back from the tray.
        Test::SyncFixture f(smallData(1), 27);
        MemorySecretStore secrets;
        MainWindow window(f.profile, &secrets, f.env, f.credentials);
        window.setSystemTrayAvailable(true);
        window.startInBackground();
        QVERIFY(!window.isVisible());
        connect(&first, &SingleInstance::raiseRequested, &window, &MainWindow::bringToFront);
        SingleInstance third(dir.path());
        QCOMPARE(third.claim(), SingleInstance::Role::Secondary);
        QTRY_VERIFY(window.isVisible());
    }

    void aLockLeftByACrashIsTakenOver()
    {
        QTemporaryDir dir;
        // A Ponte that crashed: its lock file names a process that no longer exists.
        QProcess gone;
        gone.start(u"true"_s, {});
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId() ? gone.processId() : 999'999;
        {
            QLockFile probe(dir.filePath(u"probe.lock"_s));
            QVERIFY(probe.tryLock());
            QFile own(dir.filePath(u"probe.lock"_s));
            QVERIFY(own.open(QIODevice::ReadOnly));
            QList<QByteArray> lines = own.readAll().split('\n');
            probe.unlock();
            lines[0] = QByteArray::number(deadPid == 0 ? 999'999 : deadPid);
            QFile stale(SingleInstance::lockFilePath(dir.path()));
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write(lines.join('\n'));
        }
        SingleInstance restarted(dir.path());
        QCOMPARE(restarted.claim(), SingleInstance::Role::Primary);
    }

#if defined(Q_OS_LINUX)
    void startWithTheSystemWritesTheAutostartEntry()
    {
        Test::SyncFixture f(smallData(1), 28);
        QTemporaryDir config;
        QProcessEnvironment env = f.env;
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        MemorySecretStore secrets;
        MainWindow window(f.profile, &secrets, env, std::nullopt);
        window.show();
        window.showPage(MainWindow::OptionsPage);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *box = window.findChild<QCheckBox *>(u"startWithSystemCheckBox"_s);
        QVERIFY(!box->isChecked());
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
        QVERIFY(box->isChecked());
        QFile entry(config.filePath(u"autostart/ponte.desktop"_s));
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(entry.readAll());
        QVERIFY2(text.contains(u"\nExec="_s + StartupFiles::desktopExecLine(
                                                 QCoreApplication::applicationFilePath(),
                                                 {u"--background"_s, u"--data-dir"_s, f.profile->dataDir()})
                               + u'\n'),
                 qPrintable(text));
        entry.close();
        {
            MainWindow again(f.profile, &secrets, env, std::nullopt);
            QVERIFY(again.findChild<QCheckBox *>(u"startWithSystemCheckBox"_s)->isChecked());
        }
        QTest::keyClick(box, Qt::Key_Space);
        QVERIFY(!entry.exists());
    }
#endif
};

QTEST_MAIN(TstDesktop)
#include "tst_desktop.moc"
