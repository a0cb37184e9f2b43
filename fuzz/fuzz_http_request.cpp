// The webhook receiver's and the simulators' request parser (parseHttpRequest). Beyond not crashing:
// a complete request must parse the same from exactly its own bytes, and no shorter prefix may pass for
// a complete request (a framing disagreement is how requests are smuggled).
#include "fuzzsupport.h"

#include "net/httpserver.h"

using namespace Ponte;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray buffer = Fuzz::bytesOf(data, size);
    // Small caps so that the limit branches are reached by small inputs.
    constexpr qint64 maxHeader = 2048;
    constexpr qint64 maxBody = 8192;
    const HttpRequestParse whole = parseHttpRequest(buffer, maxHeader, maxBody);
    if (whole.state == HttpRequestParse::State::Refused) {
        PONTE_FUZZ_CHECK(whole.errorStatus >= 400 && whole.errorStatus < 600);
        PONTE_FUZZ_CHECK(!whole.errorMessage.isEmpty());
        return 0;
    }
    if (whole.state == HttpRequestParse::State::Incomplete)
        return 0;
    PONTE_FUZZ_CHECK(whole.consumed > 0 && whole.consumed <= buffer.size());
    PONTE_FUZZ_CHECK(whole.request.body.size() <= maxBody);
    const HttpRequestParse own = parseHttpRequest(buffer.left(whole.consumed), maxHeader, maxBody);
    PONTE_FUZZ_CHECK(own.state == HttpRequestParse::State::Complete);
    PONTE_FUZZ_CHECK(own.consumed == whole.consumed);
    PONTE_FUZZ_CHECK(own.request.body == whole.request.body);
    PONTE_FUZZ_CHECK(own.request.method == whole.request.method);
    PONTE_FUZZ_CHECK(own.request.headers == whole.request.headers);
    for (qsizetype cut : {whole.consumed - 1, whole.consumed / 2, qsizetype(data[0]) % whole.consumed}) {
        const HttpRequestParse prefix = parseHttpRequest(buffer.left(cut), maxHeader, maxBody);
        PONTE_FUZZ_CHECK(prefix.state != HttpRequestParse::State::Complete);
    }
    // What follows is the next pipelined request: it must parse on its own without upsetting the first.
    const HttpRequestParse next = parseHttpRequest(buffer.mid(whole.consumed), maxHeader, maxBody);
    PONTE_FUZZ_CHECK(next.state != HttpRequestParse::State::Complete || next.consumed > 0);
    return 0;
}
