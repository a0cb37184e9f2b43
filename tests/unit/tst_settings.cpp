#include "settings.h"
#include "store/database.h"
#include "store/settingsrepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

class TstSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;
    std::unique_ptr<SettingsRepository> m_repo;

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(u"s%1.sqlite"_s.arg(++m_counter))).isOk());
        m_repo = std::make_unique<SettingsRepository>(*m_db);
    }
    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
    }

    void defaultsAreThePublishedLimits()
    {
        Settings s(*m_repo, QProcessEnvironment());
        QCOMPARE(s.intValue(SettingKey::OmieRequestsPerMinute), 240);
        QCOMPARE(s.intValue(SettingKey::OmieTotalRequestsPerMinute), 960);
        QCOMPARE(s.intValue(SettingKey::OmieConcurrency), 4);
        QCOMPARE(s.intValue(SettingKey::OmieRedundantWindowS), 60);
        QCOMPARE(s.doubleValue(SettingKey::PloomesRequestsPerSecond), 6.0);
        QCOMPARE(s.intValue(SettingKey::BusinessHoursShare), 50);
        QCOMPARE(s.stringValue(SettingKey::ConflictPolicy), u"omie-wins"_s);
        QCOMPARE(s.urlValue(SettingKey::OmieUrl), QUrl(u"https://app.omie.com.br/api/v1/"_s));
    }

    void deletionsAreUnlinkedByDefaultAndNeverMirroredUnlessChosen()
    {
        Settings s(*m_repo, QProcessEnvironment());
        for (const QString &key :
             {SettingKey::DeletionClients, SettingKey::DeletionProducts, SettingKey::DeletionOrders})
            QCOMPARE(s.stringValue(key), u"unlink"_s);
        QVERIFY(s.setValue(SettingKey::DeletionClients, u"mirror"_s).isOk());
        QVERIFY(s.setValue(SettingKey::DeletionProducts, u"recreate"_s).isOk());
        const Status refused = s.setValue(SettingKey::DeletionOrders, u"delete"_s);
        QVERIFY(!refused.isOk());
        QVERIFY2(refused.message().contains(u"unlink"_s), qPrintable(refused.message()));
        QCOMPARE(s.stringValue(SettingKey::DeletionClients), u"mirror"_s);
        QCOMPARE(s.stringValue(SettingKey::DeletionOrders), u"unlink"_s);
    }

    void storedValuesPersistAndEnvironmentOverrides()
    {
        {
            Settings s(*m_repo, QProcessEnvironment());
            QVERIFY(s.setValue(SettingKey::OmieRequestsPerMinute, u"120"_s).isOk());
            QVERIFY(s.setValue(SettingKey::PloomesRequestsPerSecond, u"2,5"_s).isOk());
        }
        Settings reread(*m_repo, QProcessEnvironment());
        QCOMPARE(reread.intValue(SettingKey::OmieRequestsPerMinute), 120);
        QCOMPARE(reread.doubleValue(SettingKey::PloomesRequestsPerSecond), 2.5);

        QProcessEnvironment env;
        env.insert(u"PONTE_OMIE_RPM"_s, u"6000"_s);
        env.insert(u"PONTE_PLOOMES_RPS"_s, u"50"_s);
        env.insert(u"PONTE_OMIE_URL"_s, u"http://127.0.0.1:8080/api/v1/"_s);
        env.insert(u"PONTE_OMIE_CONCURRENCY"_s, u"not-a-number"_s);
        Settings overridden(*m_repo, env);
        QCOMPARE(overridden.intValue(SettingKey::OmieRequestsPerMinute), 6000);
        QCOMPARE(overridden.doubleValue(SettingKey::PloomesRequestsPerSecond), 50.0);
        QCOMPARE(overridden.urlValue(SettingKey::OmieUrl).port(), 8080);
        QCOMPARE(overridden.overriddenBy(SettingKey::OmieRequestsPerMinute).value_or(QString()), u"PONTE_OMIE_RPM"_s);
        // An unusable override is ignored rather than breaking the limiter.
        QCOMPARE(overridden.intValue(SettingKey::OmieConcurrency), 4);
        QVERIFY(!overridden.overriddenBy(SettingKey::OmieConcurrency));
        // Overrides are never written back.
        QCOMPARE(m_repo->value(SettingKey::OmieRequestsPerMinute).value_or(QString()), u"120"_s);
    }

    void invalidValuesAreRefusedWithAnExplanation()
    {
        Settings s(*m_repo, QProcessEnvironment());
        Status st = s.setValue(SettingKey::OmieConcurrency, u"0"_s);
        QVERIFY(!st.isOk());
        QVERIFY(st.message().contains(u"omie.concurrency"_s));
        QVERIFY(!s.setValue(SettingKey::ConflictPolicy, u"whoever"_s).isOk());
        QVERIFY(!s.setValue(SettingKey::OmieUrl, u"ftp://x"_s).isOk());
        QVERIFY(!s.setValue(SettingKey::BackfillOmieOrdersSince, u"31/02/2026"_s).isOk());
        QVERIFY(!s.setValue(u"no.such.key"_s, u"1"_s).isOk());
        QVERIFY(s.setValue(SettingKey::BackfillOmieOrdersSince, u"2026-01-31"_s).isOk());
        QCOMPARE(s.dateValue(SettingKey::BackfillOmieOrdersSince), QDate(2026, 1, 31));
        QVERIFY(s.setValue(SettingKey::BusinessHoursStart, u"07:30"_s).isOk());
        QCOMPARE(s.timeValue(SettingKey::BusinessHoursStart), QTime(7, 30));
        QCOMPARE(s.intValue(SettingKey::OmieConcurrency), 4);
        QVERIFY(s.reset(SettingKey::BusinessHoursStart).isOk());
        QCOMPARE(s.timeValue(SettingKey::BusinessHoursStart), QTime(8, 0));
    }

    void migrateStampsVersionAndDropsUnparseableValues()
    {
        QVERIFY(m_repo->setValue(SettingKey::OmieConcurrency, u"banana"_s).isOk());
        QVERIFY(m_repo->setValue(SettingKey::OmieRequestsPerMinute, u"100"_s).isOk());
        Settings s(*m_repo, QProcessEnvironment());
        QCOMPARE(s.storedVersion(), 0);
        QVERIFY(s.migrate().isOk());
        QCOMPARE(s.storedVersion(), Settings::CurrentVersion);
        QVERIFY(!m_repo->value(SettingKey::OmieConcurrency));
        QCOMPARE(s.intValue(SettingKey::OmieRequestsPerMinute), 100);
        QVERIFY(s.migrate().isOk()); // idempotent
    }

    void settingsFromANewerPonteAreRefused()
    {
        QVERIFY(m_repo->setValue(Settings::VersionKey, QString::number(Settings::CurrentVersion + 1)).isOk());
        Settings s(*m_repo, QProcessEnvironment());
        const Status st = s.migrate();
        QVERIFY(!st.isOk());
        QVERIFY(!st.message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSettings)
#include "tst_settings.moc"
