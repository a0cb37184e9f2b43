// The webhook payload reader: whatever arrives on the receiver's port after the HTTP layer.
#include "fuzzsupport.h"

#include "webhook/webhookpayload.h"

using namespace Ponte;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytesOf(data, size);
    const Webhook::Payload omie = Webhook::readOmie(body);
    if (omie.valid) {
        // Every event gets an identity, so a resent event is stored once.
        PONTE_FUZZ_CHECK(!omie.event.messageId.isEmpty());
        PONTE_FUZZ_CHECK(omie.event.source == QStringLiteral("omie"));
        PONTE_FUZZ_CHECK(Webhook::readOmie(body).event.messageId == omie.event.messageId);
    }
    const Webhook::Payload ploomes = Webhook::readPloomes(body);
    PONTE_FUZZ_CHECK(ploomes.valid == omie.valid);
    if (ploomes.valid)
        PONTE_FUZZ_CHECK(!ploomes.event.messageId.isEmpty());
    return 0;
}
