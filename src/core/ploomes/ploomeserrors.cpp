#include "ploomeserrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace Ponte::Ploomes {

QString errorMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue error = o.value(u"error"_s);
        if (error.isObject()) {
            const QString m = error.toObject().value(u"message"_s).toString();
            if (!m.isEmpty())
                return m;
        }
        if (error.isString())
            return error.toString();
        for (const QString &key : {u"Message"_s, u"message"_s, u"error_description"_s}) {
            const QString m = o.value(key).toString();
            if (!m.isEmpty())
                return m;
        }
    }
    return QString::fromUtf8(body.left(300)).simplified();
}

ApiError classifyReply(const RawResponse &r, qint64 nowMs)
{
    ApiError e;
    e.httpStatus = r.httpStatus;
    if (r.httpStatus == 0 && r.networkError != QNetworkReply::NoError) {
        e = ApiError::fromNetwork(r);
        if (r.timedOut)
            e.serviceMessage = QCoreApplication::translate("Ponte::Ploomes", "no answer in time");
        return e;
    }
    const bool isJson = QJsonDocument::fromJson(r.body).isObject();
    if (r.httpStatus >= 200 && r.httpStatus < 300) {
        if (r.body.trimmed().isEmpty() || isJson)
            return ApiError{};
        e.kind = ApiError::Kind::Protocol;
        e.serviceMessage = QCoreApplication::translate("Ponte::Ploomes", "HTTP %1 with a body that is not JSON")
                               .arg(r.httpStatus);
        return e;
    }
    e.code = u"HTTP %1"_s.arg(r.httpStatus);
    e.serviceMessage = isJson ? errorMessage(r.body) : QString();
    // Retry-After in seconds or as an HTTP date (429, and a 503 may carry it too).
    auto retryAfterMs = [&r, nowMs]() -> std::optional<qint64> {
        const QByteArray retryAfter = r.header("Retry-After").trimmed();
        bool ok = false;
        const qint64 seconds = retryAfter.toLongLong(&ok);
        if (ok)
            return std::max<qint64>(0, seconds) * 1000;
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
        if (at.isValid())
            return std::max<qint64>(0, at.toMSecsSinceEpoch() - nowMs);
        return std::nullopt;
    };
    if (r.httpStatus == 429) {
        e.kind = ApiError::Kind::RateLimited;
        e.waitMs = retryAfterMs().value_or(2000);
        e.retryAtMs = nowMs + e.waitMs;
        return e;
    }
    if (r.httpStatus >= 500 || !isJson) {
        if (r.httpStatus == 401 || r.httpStatus == 403) {
            e.kind = r.httpStatus == 401 ? ApiError::Kind::Authentication : ApiError::Kind::Validation;
            return e;
        }
        if (r.httpStatus >= 500) {
            e.kind = ApiError::Kind::Transient;
            e.ambiguous = true;
            e.waitMs = retryAfterMs().value_or(0);
            if (e.serviceMessage.isEmpty())
                e.serviceMessage = QCoreApplication::translate("Ponte::Ploomes", "HTTP %1 with an HTML page")
                                       .arg(r.httpStatus);
            return e;
        }
        e.kind = r.httpStatus == 404 ? ApiError::Kind::NotFound : ApiError::Kind::Protocol;
        if (e.serviceMessage.isEmpty())
            e.serviceMessage = QString::fromUtf8(r.body.left(160)).simplified();
        return e;
    }
    switch (r.httpStatus) {
    case 401:
        e.kind = ApiError::Kind::Authentication;
        return e;
    case 403:
        // "Forbidden for this request" (a query or a permission, §7.4), not proof of a bad key: callers that
        // can do without the request check the key with GET /Account (Client::testConnection).
        e.kind = ApiError::Kind::Validation;
        return e;
    case 404:
        e.kind = ApiError::Kind::NotFound;
        return e;
    case 405:
        e.kind = ApiError::Kind::Protocol;
        return e;
    default:
        break;
    }
    static const QRegularExpression duplicate(u"already exists|já existe|ja existe|duplicad|duplicate|unique|único"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    e.kind = duplicate.match(e.serviceMessage).hasMatch() ? ApiError::Kind::AlreadyExists
                                                           : ApiError::Kind::Validation;
    return e;
}

} // namespace Ponte::Ploomes
