// Bad input that used to be accepted and broke things later: settings, environment overrides, mapping
// files, full disks, read-only databases.
#include "mapping/fieldcatalog.h"
#include "mapping/mappingmodel.h"
#include "savefile.h"
#include "settings.h"
#include "store/database.h"
#include "store/settingsrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <csignal>
#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace Ponte;
using namespace Qt::StringLiterals;

class TstInputValidation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

private slots:
    void settingValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("rate ok") << SettingKey::PloomesRequestsPerSecond << u"2.5"_s << true;
        QTest::newRow("rate nan") << SettingKey::PloomesRequestsPerSecond << u"nan"_s << false;
        QTest::newRow("rate inf") << SettingKey::PloomesRequestsPerSecond << u"inf"_s << false;
        QTest::newRow("rate negative") << SettingKey::PloomesRequestsPerSecond << u"-1"_s << false;
        QTest::newRow("port ok") << SettingKey::WebhookPort << u"8765"_s << true;
        QTest::newRow("port high") << SettingKey::WebhookPort << u"65536"_s << false;
        QTest::newRow("weekdays ok") << SettingKey::BusinessHoursDays << u"1,3,5"_s << true;
        QTest::newRow("weekdays word") << SettingKey::BusinessHoursDays << u"banana"_s << false;
        QTest::newRow("weekdays range") << SettingKey::ScheduleDays << u"9,0,-1"_s << false;
        QTest::newRow("weekdays empty item") << SettingKey::ScheduleDays << u"1,,2"_s << false;
        QTest::newRow("time ok") << SettingKey::ScheduleTime << u"21:30"_s << true;
        QTest::newRow("time bad") << SettingKey::ScheduleTime << u"25:00"_s << false;
        QTest::newRow("date ok") << SettingKey::BackfillOmieOrdersSince << u"2024-01-01"_s << true;
        QTest::newRow("date empty clears") << SettingKey::BackfillOmieOrdersSince << u""_s << true;
        QTest::newRow("date ancient") << SettingKey::BackfillOmieOrdersSince << u"0001-01-01"_s << false;
        QTest::newRow("date far") << SettingKey::BackfillPloomesOrdersSince << u"2999-12-31"_s << false;
        QTest::newRow("string ok") << SettingKey::OrderEtapa << u"20"_s << true;
        QTest::newRow("string long") << SettingKey::OrderEtapa << QString(120000, u'1') << false;
        QTest::newRow("string control") << SettingKey::OrderCategoria << u"1.01\u0001"_s << false;
        QTest::newRow("string bidi format") << SettingKey::OrderCategoria << u"1.01\u202e"_s << false;
        QTest::newRow("listen loopback") << SettingKey::WebhookListen << u"127.0.0.1"_s << true;
        QTest::newRow("listen any v6") << SettingKey::WebhookListen << u"::"_s << true;
        QTest::newRow("listen name") << SettingKey::WebhookListen << u"localhost.evil"_s << false;
    }

    void settingValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const Settings::Definition *def = Settings::definition(key);
        QVERIFY(def);
        QString error;
        const std::optional<QVariant> parsed = Settings::parse(*def, value, &error);
        QCOMPARE(parsed.has_value(), accepted);
        if (!accepted)
            QVERIFY2(error.contains(key), qPrintable(error));
    }

    void environmentOverrideNanDoesNotSwitchPacingOff()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(u"env%1.sqlite"_s.arg(++m_counter))).isOk());
        SettingsRepository repo(db);
        QProcessEnvironment env;
        env.insert(u"PONTE_PLOOMES_RPS"_s, u"nan"_s);
        Settings s(repo, env);
        const double rps = s.doubleValue(SettingKey::PloomesRequestsPerSecond);
        QVERIFY(std::isfinite(rps));
        QCOMPARE(rps, 6.0);
        QVERIFY(!s.overriddenBy(SettingKey::PloomesRequestsPerSecond));
    }

    void businessHoursCannotBeInverted()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(u"bh%1.sqlite"_s.arg(++m_counter))).isOk());
        SettingsRepository repo(db);
        Settings s(repo, QProcessEnvironment());
        QVERIFY(!s.setValue(SettingKey::BusinessHoursStart, u"18:01"_s).isOk()); // end is 18:00
        QVERIFY(s.setValue(SettingKey::BusinessHoursStart, u"18:00"_s).isOk());  // same time: no business hours
        QVERIFY(s.setValue(SettingKey::BusinessHoursEnd, u"22:00"_s).isOk());
        QVERIFY(s.setValue(SettingKey::BusinessHoursStart, u"19:00"_s).isOk());
        QVERIFY(!s.setValue(SettingKey::BusinessHoursEnd, u"08:00"_s).isOk());
        QCOMPARE(s.timeValue(SettingKey::BusinessHoursEnd), QTime(22, 0));
    }

    void mappingOfTheWrongShapeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("entities is a string") << QByteArray(R"({"format":"ponte-mapping","version":1,"entities":"x"})");
        QTest::newRow("entities missing") << QByteArray(R"({"format":"ponte-mapping","version":1})");
        QTest::newRow("pairs not a list")
            << QByteArray(R"({"format":"ponte-mapping","version":1,"entities":{"clients":{}}})");
        QTest::newRow("pair not an object")
            << QByteArray(R"({"format":"ponte-mapping","version":1,"entities":{"clients":["razao_social"]}})");
        QTest::newRow("field not a string") << QByteArray(
            R"({"format":"ponte-mapping","version":1,"entities":{"clients":[{"omie":5,"ploomes":"Name","direction":"both"}]}})");
    }

    void mappingOfTheWrongShapeIsRefused()
    {
        QFETCH(QByteArray, json);
        const Expected<MappingModel> m = MappingModel::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!m);
        QVERIFY(!m.message().isEmpty());
    }

    void mappingThatIsAnArraySaysSo()
    {
        const QString path = m_dir.filePath(u"array.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[]");
        f.close();
        const Expected<MappingModel> m = MappingModel::importFrom(path);
        QVERIFY(!m);
        QVERIFY2(m.message().contains(u"JSON object"_s), qPrintable(m.message()));
        QVERIFY(!m.message().contains(u"no error"_s));
    }

    void identicalDuplicatePairsAreRefused()
    {
        MappingModel base = MappingModel::defaults();
        QJsonObject json = base.toJson();
        QJsonObject entities = json.value(u"entities"_s).toObject();
        QJsonArray clients = entities.value(u"clients"_s).toArray();
        QVERIFY(!clients.isEmpty());
        clients.append(clients.first());
        entities.insert(u"clients"_s, clients);
        json.insert(u"entities"_s, entities);
        const Expected<MappingModel> m = MappingModel::fromJson(json);
        QVERIFY(m);
        const QStringList problems = m->validate(FieldCatalog());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"more than once"_s), qPrintable(problems.first()));
    }

    void validationIsLinear()
    {
        // 20,000 pairs took 6.1 s with the pairwise check; a linear pass takes milliseconds.
        QJsonArray pairs;
        for (int i = 0; i < 20000; ++i)
            pairs.append(QJsonObject{{u"omie"_s, u"f%1"_s.arg(i)},
                                     {u"ploomes"_s, u"@Campo %1"_s.arg(i)},
                                     {u"direction"_s, u"omie-to-ploomes"_s}});
        const QJsonObject json{
            {u"format"_s, u"ponte-mapping"_s}, {u"version"_s, 1}, {u"entities"_s, QJsonObject{{u"clients"_s, pairs}}}};
        const Expected<MappingModel> m = MappingModel::fromJson(json);
        QVERIFY(!m); // over the per-entity cap
        QVERIFY2(m.message().contains(u"at most"_s), qPrintable(m.message()));
        QJsonArray fewer;
        for (int i = 0; i < 2000; ++i)
            fewer.append(pairs.at(i));
        const Expected<MappingModel> ok = MappingModel::fromJson(QJsonObject{
            {u"format"_s, u"ponte-mapping"_s}, {u"version"_s, 1}, {u"entities"_s, QJsonObject{{u"clients"_s, fewer}}}});
        QVERIFY(ok);
        QElapsedTimer t;
        t.start();
        ok->validate(FieldCatalog());
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    }

    void failedWriteLeavesTheOldFileAndSaysSo()
    {
#if !defined(Q_OS_UNIX)
        QSKIP("uses RLIMIT_FSIZE to make the disk 'full'");
#else
        const QString path = m_dir.filePath(u"mapping.json"_s);
        QVERIFY(SaveFile::write(path, "old content").isOk());
        // A file-size limit makes write() fail part-way, as a full disk does.
        std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit before = {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &before), 0);
        struct rlimit small = before;
        small.rlim_cur = 4096;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        const Status s = SaveFile::write(path, QByteArray(64 * 1024, 'x'));
        ::setrlimit(RLIMIT_FSIZE, &before);
        QVERIFY(!s.isOk());
        QVERIFY(!s.message().isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old content"));
#endif
    }

    void readOnlyDatabaseIsExplained()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(u"ro%1.sqlite"_s.arg(++m_counter))).isOk());
        QSqlQuery pragma(db.connection());
        QVERIFY(pragma.exec(u"PRAGMA query_only = 1"_s));
        SettingsRepository repo(db);
        const Status s = repo.setValue(u"x"_s, u"y"_s);
        QVERIFY(!s.isOk());
        QVERIFY2(s.message().contains(u"read-only"_s), qPrintable(s.message()));
    }
};

QTEST_GUILESS_MAIN(TstInputValidation)
#include "tst_inputvalidation.moc"
