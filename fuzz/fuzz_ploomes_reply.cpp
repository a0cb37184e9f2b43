// Ploomes' reply and error parser and the entity view over its JSON (custom fields, dates).
#include "fuzzsupport.h"

#include "net/transport.h"
#include "ploomes/ploomeserrors.h"
#include "ploomes/ploomesrecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Ponte;

namespace {
constexpr int kStatuses[] = {200, 400, 401, 403, 404, 409, 429, 500, 502, 503, 0};
constexpr qint64 kNow = 1'796'000'000'000;
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    RawResponse response;
    response.httpStatus = kStatuses[data[0] % std::size(kStatuses)];
    response.body = Fuzz::bytesOf(data + 1, size - 1);
    if (data[0] & 0x40)
        response.headers.append({"Retry-After", response.body.left(12)});
    const ApiError error = Ploomes::classifyReply(response, kNow);
    (void)error.userMessage();
    PONTE_FUZZ_CHECK(!error.kindName().isEmpty());
    PONTE_FUZZ_CHECK(error.waitMs >= 0);
    (void)Ploomes::errorMessage(response.body);
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    const QJsonArray values = doc.object().value(QStringLiteral("value")).toArray();
    QList<QJsonObject> objects;
    if (doc.isObject())
        objects.append(doc.object());
    for (const QJsonValue &v : values)
        objects.append(v.toObject());
    for (const QJsonObject &json : objects) {
        Ploomes::Entity entity(json);
        (void)entity.lastUpdate();
        (void)entity.created();
        for (const QString &key : json.keys()) {
            (void)entity.other(key);
            (void)entity.otherString(key);
            (void)entity.dateTime(key);
        }
        entity.setOther(QStringLiteral("contact_0"), Ploomes::ValueProperty::String, QStringLiteral("x"));
        PONTE_FUZZ_CHECK(entity.otherString(QStringLiteral("contact_0")) == QStringLiteral("x"));
    }
    (void)Ploomes::Entity::parseDateTime(QString::fromUtf8(response.body));
    return 0;
}
