// Runs against the real Secret Service (GNOME Keyring under a private D-Bus session, see
// scripts/with-keyring.sh). Nothing here is mocked.
#include "datafolder.h"
#include "logging.h"
#include "profile.h"
#include "secrets/credentials.h"
#include "secrets/keychainsecretstore.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

class TstKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dataDir;
    const QString m_secret = u"Segr3do-Ünico-0123456789abcdef"_s;

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through scripts/with-keyring.sh: the real keychain test must not be skipped");
    }

    void writeReadOverwriteDelete()
    {
        KeychainSecretStore store(u"Ponte-test"_s, DataFolder::secretProfile(m_dataDir.path()));
        SecretResult r = store.writeBlocking(SecretKey::OmieAppSecret, m_secret);
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = store.readBlocking(SecretKey::OmieAppSecret);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.value, m_secret);

        QVERIFY(store.writeBlocking(SecretKey::OmieAppSecret, u"segundo-valor-XYZ"_s).ok());
        QCOMPARE(store.readBlocking(SecretKey::OmieAppSecret).value, u"segundo-valor-XYZ"_s);
        QCOMPARE(store.keysBlocking(), QStringList{SecretKey::OmieAppSecret});

        QVERIFY(store.removeBlocking(SecretKey::OmieAppSecret).ok());
        r = store.readBlocking(SecretKey::OmieAppSecret);
        QCOMPARE(r.error, SecretResult::Error::NotFound);
        QVERIFY(store.keysBlocking().isEmpty());
        QVERIFY(store.removeBlocking(SecretKey::OmieAppSecret).ok()); // removing twice is harmless
    }

    void profilesAreSeparate()
    {
        KeychainSecretStore a(u"Ponte-test"_s, u"profile-a"_s);
        KeychainSecretStore b(u"Ponte-test"_s, u"profile-b"_s);
        QVERIFY(a.writeBlocking(SecretKey::PloomesUserKey, u"key-of-a"_s).ok());
        QCOMPARE(b.readBlocking(SecretKey::PloomesUserKey).error, SecretResult::Error::NotFound);
        QVERIFY(a.clearAllBlocking().ok());
    }

    void clearAllRemovesEverySecretOfTheProfile()
    {
        KeychainSecretStore store(u"Ponte-test"_s, u"clear-me"_s);
        CredentialStore credentials(store, QProcessEnvironment());
        Credentials c;
        c.omieAppKey = u"3456789012345"_s;
        c.omieAppSecret = u"clear-secret-1"_s;
        c.ploomesUserKey = u"clear-user-key-2"_s;
        QVERIFY(credentials.saveBlocking(c).ok());
        QCOMPARE(store.keysBlocking().size(), 3);
        QVERIFY(credentials.loadBlocking().isComplete());
        QVERIFY(store.clearAllBlocking().ok());
        QVERIFY(store.keysBlocking().isEmpty());
        const Credentials after = credentials.loadBlocking();
        QVERIFY(!after.hasOmie());
        QVERIFY(!after.hasPloomes());
    }

    void secretBytesAppearInNoFileOfTheDataFolder()
    {
        // A full profile lives in the data folder: database, settings, log file.
        Logging::install(DataFolder::logDir(m_dataDir.path()), Logging::Console::Off);
        auto profile = Profile::open(m_dataDir.path(), QProcessEnvironment());
        QVERIFY(profile.isOk());
        QVERIFY(profile.value()->settings().setValue(SettingKey::OrderCategoria, u"1.01.01"_s).isOk());

        KeychainSecretStore store(u"Ponte-test"_s, DataFolder::secretProfile(m_dataDir.path()));
        CredentialStore credentials(store, QProcessEnvironment());
        Credentials c;
        c.omieAppKey = u"9988776655443"_s;
        c.omieAppSecret = m_secret;
        c.ploomesUserKey = u"PLOOMESKEY-0f1e2d3c4b5a69788796a5b4c3d2e1f0"_s;
        QVERIFY(credentials.saveBlocking(c).ok());
        const Credentials loaded = credentials.loadBlocking();
        QCOMPARE(loaded.omieAppSecret, m_secret);
        qCWarning(lcSecrets) << "diagnostic line mentioning" << loaded.omieAppSecret << loaded.ploomesUserKey
                             << loaded.omieAppKey;
        profile = Status::error(u"close"_s);
        Logging::uninstall();

        for (const QString &value : {c.omieAppKey, c.omieAppSecret, c.ploomesUserKey}) {
            const QStringList hits = Test::filesContaining(m_dataDir.path(), value);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
        }
        QVERIFY(QFile::exists(DataFolder::logDir(m_dataDir.path()) + u"/ponte.log"_s));
        QVERIFY(store.clearAllBlocking().ok());
    }
};

QTEST_GUILESS_MAIN(TstKeychain)
#include "tst_keychain.moc"
