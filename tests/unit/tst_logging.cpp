#include "logging.h"
#include "secrets/credentials.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

class TstLogging : public QObject
{
    Q_OBJECT

private:
    static QString readAll(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QString::fromUtf8(f.readAll());
    }

private slots:
    void cleanup()
    {
        Logging::uninstall();
        Logging::clearSecrets();
    }

    void registeredSecretsNeverReachTheFile()
    {
        QTemporaryDir dir;
        Logging::install(dir.path(), Logging::Console::Off);
        const QString secret = u"f00dcafe0123456789abcdef0123ab"_s;
        Logging::addSecret(secret);
        qCWarning(lcOmie) << "request failed for secret" << secret;
        qCInfo(lcPloomes).noquote() << u"prefix"_s + secret + u"suffix"_s;
        qCCritical(lcSync, "formatted %s", qPrintable(secret));
        Logging::uninstall();
        const QString text = readAll(dir.filePath(u"ponte.log"_s));
        QVERIFY(text.contains(u"request failed"_s));
        QVERIFY(text.contains(u"prefix«redacted»suffix"_s));
        QVERIFY2(Test::filesContaining(dir.path(), secret).isEmpty(), qPrintable(text));
    }

    void credentialShapedFieldsAreMaskedEvenWhenUnknown()
    {
        const QString body = uR"({"call":"ListarClientes","app_key":"1234567890123","app_secret":"abcdefsecretvalue","param":[{}]})"_s;
        const QString out = Logging::redact(body);
        QVERIFY(!out.contains(u"1234567890123"_s));
        QVERIFY(!out.contains(u"abcdefsecretvalue"_s));
        QVERIFY(out.contains(u"ListarClientes"_s));
        QVERIFY(!Logging::redact(u"User-Key: 0123abcdUSERKEY"_s).contains(u"0123abcdUSERKEY"_s));
        QVERIFY(!Logging::redact(u"header user-key=ZZZZsecretZZZZ, next"_s).contains(u"ZZZZsecretZZZZ"_s));
    }

    void environmentCredentialsAreRegistered()
    {
        QTemporaryDir dir;
        Logging::install(dir.path(), Logging::Console::Off);
        QProcessEnvironment env;
        env.insert(u"PONTE_OMIE_APP_SECRET"_s, u"envsecret-98765"_s);
        env.insert(u"PONTE_PLOOMES_USER_KEY"_s, u"envuserkey-ABCDE"_s);
        MemorySecretStore store;
        CredentialStore credentials(store, env);
        const Credentials c = credentials.loadBlocking();
        QCOMPARE(c.omieAppSecret, u"envsecret-98765"_s);
        qCInfo(lcSync) << "loaded" << c.omieAppSecret << c.ploomesUserKey;
        Logging::uninstall();
        QVERIFY(Test::filesContaining(dir.path(), u"envsecret-98765"_s).isEmpty());
        QVERIFY(Test::filesContaining(dir.path(), u"envuserkey-ABCDE"_s).isEmpty());
    }

    void logRotates()
    {
        QTemporaryDir dir;
        Logging::install(dir.path(), Logging::Console::Off, 2000, 2);
        for (int i = 0; i < 200; ++i)
            qCInfo(lcStore) << "line" << i << QString(40, u'x');
        Logging::uninstall();
        const QStringList files = QDir(dir.path()).entryList({u"ponte*.log"_s}, QDir::Files);
        QCOMPARE(files.size(), 3); // current + 2 kept
        for (const QString &f : files)
            QVERIFY(QFileInfo(dir.filePath(f)).size() <= 2000);
        QVERIFY(readAll(dir.filePath(u"ponte.log"_s)).contains(u"line 199"_s));
    }

    void eachSubsystemHasItsOwnCategory()
    {
        const QList<const QLoggingCategory *> cats = {&lcStore(), &lcSecrets(), &lcSettings(), &lcNet(), &lcOmie(),
                                                      &lcPloomes(), &lcMapping(), &lcSync(), &lcSchedule(),
                                                      &lcWebhook()};
        QSet<QString> names;
        for (const QLoggingCategory *c : cats)
            names.insert(QString::fromLatin1(c->categoryName()));
        QCOMPARE(names.size(), cats.size());
    }
};

QTEST_GUILESS_MAIN(TstLogging)
#include "tst_logging.moc"
