// Omie's reply and fault classifier and the typed records read from its JSON: any body, any status.
#include "fuzzsupport.h"

#include "net/transport.h"
#include "omie/omiefaults.h"
#include "omie/omierecords.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Ponte;

namespace {
constexpr int kStatuses[] = {200, 200, 500, 500, 425, 429, 403, 401, 404, 502, 503, 0};
constexpr qint64 kNow = 1'796'000'000'000; // a fixed instant: the classifier resolves "tente às HH:MM:SS" from it

void readRecords(const QJsonObject &json)
{
    const Omie::Cliente cliente(json);
    (void)cliente.tags();
    (void)cliente.altered();
    (void)cliente.created();
    (void)cliente.codigoVendedor();
    (void)Omie::Produto(json).altered();
    (void)Omie::Servico(json).id();
    (void)Omie::Servico(json).altered();
    const Omie::Pedido pedido(json);
    (void)pedido.itens();
    (void)pedido.altered();
    (void)pedido.dataPrevisao();
    Omie::Pedido copy = pedido;
    copy.setItens(pedido.itens());
    const Omie::OrdemServico os(json);
    (void)os.servicos();
    (void)os.altered();
    Omie::OrdemServico osCopy = os;
    osCopy.setServicos(os.servicos());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    RawResponse response;
    response.httpStatus = kStatuses[data[0] % std::size(kStatuses)];
    response.body = Fuzz::bytesOf(data + 1, size - 1);
    response.contentType = data[0] & 0x80 ? "text/html" : "application/json";
    const ApiError error = Omie::classifyReply(response, kNow);
    (void)error.userMessage();
    PONTE_FUZZ_CHECK(!error.kindName().isEmpty());
    if (error.kind == ApiError::Kind::RateLimited || error.kind == ApiError::Kind::Blocked)
        PONTE_FUZZ_CHECK(error.waitMs >= 0);
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (doc.isObject()) {
        const QJsonObject json = doc.object();
        readRecords(json);
        (void)Omie::classifyFault(json.value(QStringLiteral("faultstring")).toString(),
                                  json.value(QStringLiteral("faultcode")).toString(), response.httpStatus, kNow);
    }
    const QString text = QString::fromUtf8(response.body);
    const qsizetype half = text.size() / 2;
    (void)Omie::parseDateTime(text.left(half), text.mid(half));
    (void)Omie::foldForMatching(text);
    return 0;
}
