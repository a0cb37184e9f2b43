// Every input a fuzzer (fuzz/, scripts/run-fuzzers.sh) made fail, as a table test of the pure parser it
// reached, with what the parser must do instead. The raw finding files are in tests/unit/fuzz-findings/.
#include "net/httpserver.h"
#include "net/transport.h"
#include "omie/omiefaults.h"
#include "testsupport.h"

#include <QFile>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

namespace {
using State = HttpResponseParser::State;

struct Parsed
{
    State state;
    RawResponse response;
    bool keepAlive;
};

/** Feeds @p bytes @p step bytes at a time (0: all at once), as the network may deliver them. */
Parsed feed(const QByteArray &bytes, qsizetype step = 0, bool close = false)
{
    HttpResponseParser parser;
    State state = State::NeedMore;
    if (step <= 0) {
        state = parser.feed(bytes);
    } else {
        for (qsizetype i = 0; i < bytes.size(); i += step)
            state = parser.feed(bytes.mid(i, step));
    }
    if (close)
        state = parser.closed();
    return {state, parser.response(), parser.keepAlive()};
}

QByteArray finding(const char *name)
{
    QFile f(QStringLiteral(PONTE_SOURCE_DIR "/tests/unit/fuzz-findings/") + QString::fromLatin1(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TstFuzzFindings : public QObject
{
    Q_OBJECT

private slots:
    void responseParserRefusesBadChunkSizes_data()
    {
        QTest::addColumn<QByteArray>("chunkSize");
        // fuzz_http_response: a negative size made the chunk loop consume nothing and spin forever,
        // freezing the whole event loop (so the request timeout never fired either).
        QTest::newRow("negative") << QByteArray("-4");
        QTest::newRow("negative, as big as the line") << QByteArray("-7");
        // 18 + 0x7fffffffffffffff overflowed qint64 (UBSan: signed integer overflow, transport.cpp).
        QTest::newRow("overflowing") << QByteArray("7fffffffffffffff");
        QTest::newRow("sign") << QByteArray("+5");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("not hex") << QByteArray("zz");
        QTest::newRow("0x prefix") << QByteArray("0x5");
    }
    void responseParserRefusesBadChunkSizes()
    {
        QFETCH(QByteArray, chunkSize);
        const QByteArray response =
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunkSize + "\r\nabcdefghijklmnop\r\n0\r\n\r\n";
        QCOMPARE(feed(response).state, State::Failed);
        QCOMPARE(feed(response, 1).state, State::Failed);
    }

    void recordedHangEndsAtOnce()
    {
        const QByteArray input = finding("http_response-negative-chunk-size-hang");
        QVERIFY(input.size() > 2);
        QElapsedTimer t;
        t.start();
        const Parsed p = feed(input.mid(2), 1 + quint8(input.at(1)) % 31);
        QVERIFY(t.elapsed() < 1000);
        QVERIFY(p.state != State::Complete || p.response.body.size() <= input.size());
    }

    void trailersAreReadToTheirEnd()
    {
        // fuzz_http_response (split property): "0\r\nX-" already completed the response, so the rest of the
        // trailer stayed on the keep-alive connection and became the start of the next response.
        const QByteArray response =
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nX-Trailer: 1\r\n\r\n";
        for (qsizetype step : {0, 1, 2, 5}) {
            const Parsed p = feed(response, step);
            QCOMPARE(p.state, State::Complete);
            QCOMPARE(p.response.body, QByteArray("abc"));
        }
        HttpResponseParser parser;
        QCOMPARE(parser.feed(response.left(response.size() - 1)), State::NeedMore);
    }

    void chunkDataMustEndWithCrlf()
    {
        const QByteArray response = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcXY0\r\n\r\n";
        QCOMPARE(feed(response).state, State::Failed);
    }

    void contentLengthMustBeOneNumber_data()
    {
        QTest::addColumn<QByteArray>("headers");
        // Read as 0 before: the body was taken as empty and its bytes as the next response.
        QTest::newRow("words") << QByteArray("Content-Length: abc\r\n");
        QTest::newRow("negative") << QByteArray("Content-Length: -5\r\n");
        QTest::newRow("two values") << QByteArray("Content-Length: 5\r\nContent-Length: 7\r\n");
        QTest::newRow("list") << QByteArray("Content-Length: 5, 7\r\n");
    }
    void contentLengthMustBeOneNumber()
    {
        QFETCH(QByteArray, headers);
        QCOMPARE(feed("HTTP/1.1 200 OK\r\n" + headers + "\r\nhello world").state, State::Failed);
    }

    void malformedStatusLineIsRefused()
    {
        QCOMPARE(feed("HTTP/1.1 abc\r\nContent-Length: 0\r\n\r\n").state, State::Failed);
        QCOMPARE(feed("SSH-2.0-OpenSSH\r\n\r\n").state, State::Failed);
        const Parsed ok = feed("HTTP/1.1 204 No Content\r\n\r\n");
        QCOMPARE(ok.state, State::Complete);
        QCOMPARE(ok.response.httpStatus, 204);
    }

    void omieWaitsStayWithinADay_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("code");
        // fuzz_omie_reply: "em 2562047788015215501 segundos" overflowed seconds * 1000 (UBSan, omiefaults.cpp:84),
        // leaving a negative or absurd wait: a breaker that never closes, or one that retries at once.
        QTest::newRow("blocked")
            << u"ERROR: API bloqueada por consumo indevido. Tente novamente em 2562047788015215501 segundos."_s
            << u"MISUSE_API_PROCESS"_s;
        QTest::newRow("redundant") << u"ERROR: Consumo redundante detectado. Aguarde 9223372036854775807 segundos"_s
                                   << u"SOAP-ENV:Client-6"_s;
        QTest::newRow("running")
            << u"ERROR: Já existe uma requisição desse método sendo executada. Aguarde 99999999999999999 segundos"_s
            << u"SOAP-ENV:Client-1880"_s;
    }
    void omieWaitsStayWithinADay()
    {
        QFETCH(QString, fault);
        QFETCH(QString, code);
        constexpr qint64 now = 1'796'000'000'000;
        const ApiError e = Omie::classifyFault(fault, code, 500, now);
        QVERIFY(e.kind == ApiError::Kind::Blocked || e.kind == ApiError::Kind::RateLimited);
        QVERIFY2(e.waitMs > 0 && e.waitMs <= 24 * 3600 * 1000 + 1000, qPrintable(QString::number(e.waitMs)));
        QVERIFY(e.retryAtMs > now && e.retryAtMs <= now + 24 * 3600 * 1000 + 2000);
    }

    void recordedOmieOverflowIsClassified()
    {
        const QByteArray input = finding("omie_reply-wait-seconds-overflow");
        QVERIFY(input.size() > 1);
        RawResponse r;
        r.httpStatus = 425;
        r.body = input.mid(1);
        const ApiError e = Omie::classifyReply(r, 1'796'000'000'000);
        QVERIFY(e.waitMs >= 0 && e.waitMs <= 24 * 3600 * 1000 + 1000);
    }

    void aLongChunkLineFailsHoweverItIsSplit_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("refused");
        // fuzz_http_response (split property, 2026-12-02): a chunk-size line was refused for its length only while
        // its CRLF had not arrived, so a 1,500-byte extension failed when split and passed when read at once.
        QTest::newRow("chunk line of 1,023 bytes") << ("3;" + QByteArray(1021, 'x')) << false;
        QTest::newRow("chunk line of 1,024 bytes") << ("3;" + QByteArray(1022, 'x')) << true;
        QTest::newRow("chunk line of 1,500 bytes") << ("3;" + QByteArray(1498, 'x')) << true;
    }
    void aLongChunkLineFailsHoweverItIsSplit()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, refused);
        const QByteArray response =
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + line + "\r\nabc\r\n0\r\n\r\n";
        for (qsizetype step : {0, 1, 7, 1000, 1025}) {
            const Parsed p = feed(response, step);
            QCOMPARE(p.state, refused ? State::Failed : State::Complete);
        }
        // The recorded input: its first byte says "close after", the second the split step, as the harness reads.
        const QByteArray recorded = finding("http_response-long-chunk-line-split");
        QVERIFY(recorded.size() > 2);
        const QByteArray bytes = recorded.mid(2);
        const bool close = recorded.at(0) & 1;
        QCOMPARE(feed(bytes, 1 + recorded.at(1) % 31, close).state, feed(bytes, 0, close).state);
    }

    void sameResponseHoweverItIsSplit()
    {
        const QByteArray response =
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
            "\r\n5;ext=1\r\n{\"a\":\r\n3\r\n12}\r\n0\r\n\r\n";
        for (qsizetype step : {0, 1, 3, 7}) {
            const Parsed p = feed(response, step);
            QCOMPARE(p.state, State::Complete);
            QCOMPARE(p.response.body, QByteArray("{\"a\":12}"));
            QCOMPARE(p.response.contentType, QByteArray("application/json"));
            QVERIFY(p.keepAlive);
        }
        const Parsed untilClose = feed("HTTP/1.0 200 OK\r\n\r\nall of it", 2, true);
        QCOMPARE(untilClose.state, State::Complete);
        QCOMPARE(untilClose.response.body, QByteArray("all of it"));
        QVERIFY(!untilClose.keepAlive);
    }
};

QTEST_GUILESS_MAIN(TstFuzzFindings)
#include "tst_fuzzfindings.moc"
