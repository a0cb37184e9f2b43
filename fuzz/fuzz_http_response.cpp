// The client transport's response parser (HttpResponseParser): status line, headers, Content-Length,
// chunked bodies, keep-alive. The same bytes must give the same response however the network splits
// them, and the body can never be larger than what arrived.
#include "fuzzsupport.h"

#include "net/transport.h"

using namespace Ponte;

namespace {
struct Outcome
{
    HttpResponseParser::State state;
    int status;
    QByteArray body;
    QByteArray contentType;
    bool keepAlive;
};

Outcome run(const QByteArray &bytes, const QList<qsizetype> &cuts, bool close)
{
    HttpResponseParser parser;
    qsizetype from = 0;
    HttpResponseParser::State state = HttpResponseParser::State::NeedMore;
    for (qsizetype cut : cuts) {
        state = parser.feed(bytes.mid(from, cut - from));
        from = cut;
    }
    state = parser.feed(bytes.mid(from));
    if (close)
        state = parser.closed();
    return {state, parser.response().httpStatus, parser.response().body, parser.response().contentType,
            parser.keepAlive()};
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const bool close = data[0] & 1;
    const QByteArray bytes = Fuzz::bytesOf(data + 2, size - 2);
    const Outcome whole = run(bytes, {}, close);
    PONTE_FUZZ_CHECK(whole.body.size() <= bytes.size());
    if (bytes.isEmpty())
        return 0;
    // Split points derived from the input: one byte at a time for short inputs, else a few cuts.
    QList<qsizetype> cuts;
    if (bytes.size() <= 64 && (data[0] & 2)) {
        for (qsizetype i = 1; i < bytes.size(); ++i)
            cuts.append(i);
    } else {
        const qsizetype step = 1 + data[1] % 31;
        for (qsizetype i = step; i < bytes.size(); i += step)
            cuts.append(i);
    }
    const Outcome split = run(bytes, cuts, close);
    PONTE_FUZZ_CHECK(split.state == whole.state);
    if (whole.state == HttpResponseParser::State::Complete) {
        PONTE_FUZZ_CHECK(split.status == whole.status);
        PONTE_FUZZ_CHECK(split.body == whole.body);
        PONTE_FUZZ_CHECK(split.contentType == whole.contentType);
        PONTE_FUZZ_CHECK(split.keepAlive == whole.keepAlive);
    }
    return 0;
}
