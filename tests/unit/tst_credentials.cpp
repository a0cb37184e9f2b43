#include "secrets/credentials.h"

#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

class TstCredentials : public QObject
{
    Q_OBJECT

private slots:
    void saveAndLoadRoundTrip()
    {
        MemorySecretStore store;
        CredentialStore credentials(store, QProcessEnvironment());
        Credentials c;
        c.omieAppKey = u"1234567890123"_s;
        c.omieAppSecret = u"0123456789abcdef0123456789abcdef"_s;
        c.ploomesUserKey = u"AABBCC"_s;
        QVERIFY(credentials.saveBlocking(c).ok());
        const Credentials loaded = credentials.loadBlocking();
        QCOMPARE(loaded.omieAppKey, c.omieAppKey);
        QCOMPARE(loaded.omieAppSecret, c.omieAppSecret);
        QCOMPARE(loaded.ploomesUserKey, c.ploomesUserKey);
        QVERIFY(loaded.isComplete());
    }

    void missingCredentialsAreNotAnError()
    {
        MemorySecretStore store;
        CredentialStore credentials(store, QProcessEnvironment());
        SecretResult error;
        const Credentials loaded = credentials.loadBlocking(&error);
        QVERIFY(error.ok());
        QVERIFY(!loaded.hasOmie());
        QVERIFY(!loaded.hasPloomes());
    }

    void environmentOverridesWithoutWriting()
    {
        MemorySecretStore store;
        QVERIFY(store.writeBlocking(SecretKey::OmieAppKey, u"stored-key"_s).ok());
        QProcessEnvironment env;
        env.insert(u"PONTE_OMIE_APP_KEY"_s, u"env-key"_s);
        CredentialStore credentials(store, env);
        QCOMPARE(credentials.loadBlocking().omieAppKey, u"env-key"_s);
        QCOMPARE(store.readBlocking(SecretKey::OmieAppKey).value, u"stored-key"_s);
    }

    void clearRemovesEverything()
    {
        MemorySecretStore store;
        CredentialStore credentials(store, QProcessEnvironment());
        Credentials c;
        c.omieAppKey = u"k"_s;
        c.ploomesUserKey = u"u"_s;
        QVERIFY(credentials.saveBlocking(c).ok());
        QCOMPARE(store.keysBlocking().size(), 2);
        QVERIFY(store.clearAllBlocking().ok());
        QVERIFY(store.keysBlocking().isEmpty());
        QVERIFY(!credentials.loadBlocking().hasPloomes());
    }
};

QTEST_GUILESS_MAIN(TstCredentials)
#include "tst_credentials.moc"
