#include "ploomes/odata.h"
#include "ploomes/ploomesclient.h"
#include "ploomes/ploomeserrors.h"
#include "ploomes/ploomesrecords.h"

#include <QTimeZone>
#include <QUrlQuery>
#include <QtTest>

using namespace Ponte;
using namespace Ponte::Ploomes;
using namespace Qt::StringLiterals;

namespace {
RawResponse reply(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    RawResponse r;
    r.httpStatus = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}
} // namespace

class TstPloomesProto : public QObject
{
    Q_OBJECT

private slots:
    void aThrottleSlowsDownByHowOftenItComes_data()
    {
        QTest::addColumn<double>("factor");
        QTest::addColumn<qint64>("sinceLastDecreaseMs");
        QTest::addColumn<double>("expected");
        // At 6/s, five isolated 429s in a 31-minute backfill (jitter bunching arrivals) each halved the rate and
        // cost ~34 s of recovery; a 15 % step is undone by the next recovery step (×1.25).
        QTest::newRow("first throttle") << 1.0 << qint64(-1) << 0.85;
        QTest::newRow("long after the last one") << 1.0 << qint64(10 * 60'000) << 0.85;
        QTest::newRow("learned rate, isolated") << 0.5 << qint64(5 * 60'000) << 0.425;
        // A limit really lower (120/min where 6/s was configured): throttles follow one another, and the rate
        // reaches a third of 6/s in three episodes.
        QTest::newRow("again within seconds") << 0.85 << qint64(3'000) << 0.425;
        QTest::newRow("again while recovering") << 0.425 << qint64(2 * kRateRecoveryIntervalMs - 1) << 0.2125;
        QTest::newRow("recovered since") << 1.0 << qint64(2 * kRateRecoveryIntervalMs) << 0.85;
        QTest::newRow("never below 2 %") << 0.03 << qint64(1'000) << 0.02;
    }

    void aThrottleSlowsDownByHowOftenItComes()
    {
        QFETCH(double, factor);
        QFETCH(qint64, sinceLastDecreaseMs);
        QFETCH(double, expected);
        QVERIFY2(qFuzzyCompare(Ploomes::factorAfterThrottle(factor, sinceLastDecreaseMs), expected),
                 qPrintable(QString::number(Ploomes::factorAfterThrottle(factor, sinceLastDecreaseMs))));
    }

    void quotesAreDoubled()
    {
        QCOMPARE(OData::quote(u"D'Ávila"_s), u"'D''Ávila'"_s);
        QCOMPARE(OData::eq(u"Name"_s, u"O'Brien & Filhos"_s), u"Name eq 'O''Brien & Filhos'"_s);
    }

    void datesCarryTheirOffset()
    {
        const QDateTime brasilia(QDate(2026, 11, 28), QTime(10, 15), QTimeZone(-3 * 3600));
        QCOMPARE(OData::dateTime(brasilia), u"2026-11-28T10:15:00-03:00"_s);
        const QDateTime utc(QDate(2026, 11, 28), QTime(13, 15), Qt::UTC);
        QCOMPARE(OData::dateTime(utc), u"2026-11-28T13:15:00+00:00"_s);
    }

    void queryStringSurvivesTheTrip()
    {
        Query q;
        q.filter(u"LastUpdateDate gt 2026-11-28T13:15:00+00:00 and Name eq 'A&B'"_s)
            .select({u"Id"_s, u"Name"_s})
            .expand(u"Products($expand=Product($select=Id,Name))"_s)
            .orderBy(u"LastUpdateDate"_s)
            .top(300)
            .skip(600);
        const QUrl url = q.url(QUrl(u"http://127.0.0.1:1/"_s), u"Orders"_s);
        QCOMPARE(url.path(), u"/Orders"_s);
        // The '+' of the offset must not turn into a space on the server.
        QVERIFY(url.toEncoded().contains("%2B00:00"));
        const QUrlQuery parsed(url);
        QCOMPARE(parsed.queryItemValue(u"$filter"_s, QUrl::FullyDecoded),
                 u"LastUpdateDate gt 2026-11-28T13:15:00+00:00 and Name eq 'A&B'"_s);
        QCOMPARE(parsed.queryItemValue(u"$top"_s), u"300"_s);
        QCOMPARE(parsed.queryItemValue(u"$skip"_s), u"600"_s);
        QCOMPARE(parsed.queryItemValue(u"$expand"_s, QUrl::FullyDecoded),
                 u"Products($expand=Product($select=Id,Name))"_s);
    }

    void anyOfBuildsOrChains()
    {
        QCOMPARE(OData::anyOf(u"IBGECode"_s, {3509502, 3550308}), u"(IBGECode eq 3509502 or IBGECode eq 3550308)"_s);
        QCOMPARE(OData::otherPropertyEquals(4001, u"11118224339"_s),
                 u"OtherProperties/any(o: o/FieldId eq 4001 and (o/StringValue eq '11118224339'))"_s);
        QCOMPARE(OData::otherPropertyEquals(4001), u"OtherProperties/any(o: o/FieldId eq 4001)"_s);
    }

    void errorBodiesInBothForms()
    {
        QCOMPARE(errorMessage(R"({"error":{"code":"400","message":"CPF inválido"}})"), u"CPF inválido"_s);
        QCOMPARE(errorMessage(R"({"Message":"Authorization has been denied"})"), u"Authorization has been denied"_s);
        QCOMPARE(errorMessage("plain text"), u"plain text"_s);
    }

    void classification()
    {
        QCOMPARE(classifyReply(reply(200, R"({"value":[]})"), 0).kind, ApiError::Kind::None);
        QCOMPARE(classifyReply(reply(204, ""), 0).kind, ApiError::Kind::None);
        QCOMPARE(classifyReply(reply(401, R"({"Message":"denied"})"), 0).kind, ApiError::Kind::Authentication);
        QCOMPARE(classifyReply(reply(404, R"({"error":{"message":"not found"}})"), 0).kind, ApiError::Kind::NotFound);
        ApiError e = classifyReply(reply(400, R"({"error":{"message":"O campo Nome é obrigatório"}})"), 0);
        QCOMPARE(e.kind, ApiError::Kind::Validation);
        QCOMPARE(e.serviceMessage, u"O campo Nome é obrigatório"_s);
        QCOMPARE(classifyReply(reply(400, R"({"error":{"message":"Field name already exists"}})"), 0).kind,
                 ApiError::Kind::AlreadyExists);
        e = classifyReply(reply(429, R"({"Message":"Too many"})", {{"Retry-After", "7"}}), 1000);
        QCOMPARE(e.kind, ApiError::Kind::RateLimited);
        QCOMPARE(e.waitMs, 7000);
        QCOMPARE(e.retryAtMs, 8000);
        QCOMPARE(classifyReply(reply(429, ""), 0).waitMs, 2000); // no Retry-After: a short default
        e = classifyReply(reply(502, "<html>Bad gateway</html>"), 0);
        QCOMPARE(e.kind, ApiError::Kind::Transient);
        QVERIFY(e.ambiguous);
        QCOMPARE(classifyReply(reply(200, "<html>login</html>"), 0).kind, ApiError::Kind::Protocol);
    }

    void otherPropertiesInBothShapes()
    {
        Entity contact(
            QJsonObject{{u"Id"_s, 401234567},
                        {u"OtherProperties"_s, QJsonArray{QJsonObject{{u"FieldKey"_s, u"contact_X"_s},
                                                                      {u"StringValue"_s, u"11118224339"_s},
                                                                      {u"IntegerValue"_s, QJsonValue::Null}}}}});
        QCOMPARE(contact.otherString(u"contact_X"_s), u"11118224339"_s);
        contact.setOther(u"contact_X"_s, ValueProperty::String, u"42"_s);
        QCOMPARE(contact.otherString(u"contact_X"_s), u"42"_s);
        QCOMPARE(contact.json().value(u"OtherProperties"_s).toArray().size(), 1);
        const Entity webhook(QJsonObject{{u"OtherProperties"_s, QJsonObject{{u"deal_2A81"_s, 744747}}}});
        QCOMPARE(webhook.otherString(u"deal_2A81"_s), u"744747"_s);
        QCOMPARE(ValueProperty::forNativeType(u"BigString"_s), ValueProperty::BigString);
    }

    void datesWithoutOffsetAreBrasilia()
    {
        const QDateTime dt = Entity::parseDateTime(u"2024-02-28T19:00:01.213"_s);
        QCOMPARE(dt.toUTC().time(), QTime(22, 0, 1, 213));
        QCOMPARE(Entity::parseDateTime(u"2026-11-28T10:15:00-03:00"_s).toUTC().time(), QTime(13, 15));
    }
};

QTEST_GUILESS_MAIN(TstPloomesProto)
#include "tst_ploomesproto.moc"
