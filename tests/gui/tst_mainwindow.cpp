#include "mainwindow.h"
#include "profile.h"
#include "secrets/credentials.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

class TstMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsProfileAndCredentialStatus()
    {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path(), QProcessEnvironment());
        QVERIFY(profile.isOk());
        MemorySecretStore secrets;
        QVERIFY(secrets.writeBlocking(SecretKey::PloomesUserKey, u"k-123456"_s).ok());
        MainWindow window(profile.value(), &secrets, true);
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
        QVERIFY(window.windowTitle().contains(u"demo"_s));
        const QString shots = qEnvironmentVariable("PONTE_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            window.grab().save(shots + u"/mainwindow.png"_s);
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
