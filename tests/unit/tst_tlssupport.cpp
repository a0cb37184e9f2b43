#include "i18n.h"
#include "net/tlssupport.h"

#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

class TstTlsSupport : public QObject
{
    Q_OBJECT

private slots:
    void problem_data()
    {
        QTest::addColumn<bool>("supportsSsl");
        QTest::addColumn<QStringList>("backends");
        QTest::addColumn<QString>("expected"); // a word the message must contain; empty = no problem

        QTest::newRow("openssl works") << true << QStringList{u"openssl"_s, u"cert-only"_s} << QString();
        QTest::newRow("schannel works") << true << QStringList{u"schannel"_s} << QString();
        QTest::newRow("no plugin at all") << false << QStringList{} << u"plugins/tls"_s;
        QTest::newRow("only cert-only") << false << QStringList{u"cert-only"_s} << u"plugins/tls"_s;
        QTest::newRow("openssl without libssl") << false << QStringList{u"openssl"_s, u"cert-only"_s} << u"(openssl)"_s;
    }

    void problem()
    {
        QFETCH(bool, supportsSsl);
        QFETCH(QStringList, backends);
        QFETCH(QString, expected);
        const QString message = TlsSupport::problem({supportsSsl, backends});
        if (expected.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void plainHttpNeedsNoTls()
    {
        const TlsSupport::State broken{false, {}};
        // The local simulators of demo mode and the tests speak http: a missing TLS backend is no problem.
        QVERIFY(TlsSupport::problemFor({QUrl(u"http://127.0.0.1:8080/api/v1/"_s)}, broken).isEmpty());
        QVERIFY(!TlsSupport::problemFor(
                     {QUrl(u"http://127.0.0.1:8080/"_s), QUrl(u"HTTPS://public-api2.ploomes.com/"_s)}, broken)
                     .isEmpty());
    }

    void messageIsInPortugueseByDefault()
    {
        QVERIFY(installTranslators(*QCoreApplication::instance(), u"pt_BR"_s));
        const QString message = TlsSupport::problem({false, {}});
        QVERIFY2(message.contains(u"reinstale o Ponte"_s), qPrintable(message));
    }

    void thisBuildCanSpeakTls()
    {
        // The packages depend on a working backend (libqt6network6 + libssl3 on Debian; deployed plugins
        // elsewhere): a build machine without one would ship installers that cannot reach the services.
        const TlsSupport::State state = TlsSupport::current();
        QVERIFY2(TlsSupport::problem(state).isEmpty(), qPrintable(state.backends.join(u',')));
    }
};

QTEST_GUILESS_MAIN(TstTlsSupport)
#include "tst_tlssupport.moc"
