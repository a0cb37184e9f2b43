#include "omiefaults.h"

#include "brasiliatime.h"
#include "textutil.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ponte::Omie {

namespace {
std::optional<qint64> firstNumberAfter(const QString &folded, const QRegularExpression &re)
{
    const QRegularExpressionMatch m = re.match(folded);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 v = m.captured(1).toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

/** A wait Omie asked for, in ms. More than a day is a misreading, not a plan (and would overflow). */
qint64 waitMs(qint64 seconds)
{
    constexpr qint64 kMaxWaitSeconds = 24 * 3600;
    return std::clamp<qint64>(seconds, 0, kMaxWaitSeconds) * 1000;
}

/** "às 19:04:08" in Brasília time, as an absolute time at or after now (tomorrow if already past). */
std::optional<qint64> clockTimeAfter(const QString &folded, qint64 nowMs)
{
    static const QRegularExpression re(u"(\\d{1,2}):(\\d{2}):(\\d{2})"_s);
    const QRegularExpressionMatch m = re.match(folded);
    if (!m.hasMatch())
        return std::nullopt;
    const QTime time(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!time.isValid())
        return std::nullopt;
    const QDateTime now = BrasiliaTime::ofMs(nowMs);
    QDateTime at = BrasiliaTime::at(now.date(), time);
    if (at.toMSecsSinceEpoch() < nowMs - 5 * 60'000)
        at = at.addDays(1); // the time named is tomorrow's
    return at.toMSecsSinceEpoch();
}

bool containsAny(const QString &text, std::initializer_list<const char16_t *> fragments)
{
    for (const char16_t *f : fragments) {
        if (text.contains(QStringView(f)))
            return true;
    }
    return false;
}
} // namespace

QString foldForMatching(const QString &text)
{
    return Text::fold(text);
}

ApiError classifyFault(const QString &faultString, const QString &faultCode, int httpStatus, qint64 nowMs)
{
    ApiError e;
    e.serviceMessage = faultString.trimmed();
    if (e.serviceMessage.startsWith(u"ERROR:"_s, Qt::CaseInsensitive))
        e.serviceMessage = e.serviceMessage.mid(6).trimmed();
    e.code = faultCode;
    e.httpStatus = httpStatus;
    const QString text = foldForMatching(faultString);
    const QString code = foldForMatching(faultCode);
    static const QRegularExpression waitSeconds(u"aguarde\\s+(\\d+)\\s*segundo"_s);
    static const QRegularExpression retryInSeconds(u"em\\s+(\\d+)\\s*segundo"_s);
    // "… CPF/CNPJ [doc] com o Id [n] …" or "… Código de Integração [code] com o nCod [n] !" (omie-api.md §7.4).
    static const QRegularExpression existingIdRe(u"\\b(?:id|ncod)\\s*\\[?\\s*(\\d+)"_s);

    if (text.contains(u"nao existem registros"_s)) {
        e.kind = ApiError::Kind::NotFound;
        e.endOfList = true;
        return e;
    }
    if (text.contains(u"consumo indevido"_s) || code.contains(u"misuse_api_process"_s) || httpStatus == 425) {
        e.kind = ApiError::Kind::Blocked;
        const qint64 seconds = firstNumberAfter(text, retryInSeconds).value_or(1800);
        e.waitMs = waitMs(seconds);
        e.retryAtMs = nowMs + e.waitMs + 1000;
        return e;
    }
    if (text.contains(u"consumo redundante"_s) || code.contains(u"redundant"_s) || text.contains(u"redundant"_s)) {
        e.kind = ApiError::Kind::RateLimited;
        // Redundancy concerns this body only: other requests, even of the same method, may go on.
        e.waitScope = ApiError::WaitScope::Request;
        // One second more than asked: Omie counts whole seconds from its own clock.
        e.waitMs = waitMs(firstNumberAfter(text, waitSeconds).value_or(60)) + 1000;
        e.retryAtMs = nowMs + e.waitMs;
        return e;
    }
    if (text.contains(u"ja foi processada"_s) || text.contains(u"esta sendo processada"_s)) {
        e.kind = ApiError::Kind::RateLimited;
        // The first request may have been applied (writes): callers must consult before repeating it.
        e.ambiguous = true;
        e.waitScope = ApiError::WaitScope::Request;
        e.retryAtMs = clockTimeAfter(text, nowMs).value_or(nowMs + 60'000) + 1000;
        e.waitMs = std::max<qint64>(0, e.retryAtMs - nowMs);
        return e;
    }
    if (containsAny(text, {u"ja existe uma requisicao", u"sendo executada"}) || code.endsWith(u"client-1880"_s)) {
        e.kind = ApiError::Kind::RateLimited;
        e.waitMs = waitMs(firstNumberAfter(text, waitSeconds).value_or(2));
        e.retryAtMs = nowMs + e.waitMs;
        return e;
    }
    if (httpStatus == 429 || containsAny(text, {u"limite de requisicoes", u"too many requests"})) {
        e.kind = ApiError::Kind::RateLimited;
        e.waitMs = waitMs(firstNumberAfter(text, waitSeconds).value_or(10)) + 1000;
        e.retryAtMs = nowMs + e.waitMs;
        return e;
    }
    if (containsAny(text, {u"chave de acesso", u"app_key", u"app_secret", u"nao autorizad", u"acesso negado",
                           u"aplicativo nao encontrado", u"aplicativo bloqueado"})) {
        e.kind = ApiError::Kind::Authentication;
        return e;
    }
    if (containsAny(text, {u"ja cadastrad", u"ja foi cadastrad", u"ja existe", u"duplicad", u"ja esta associad"})) {
        e.kind = ApiError::Kind::AlreadyExists;
        if (const auto id = firstNumberAfter(text, existingIdRe))
            e.existingId = *id;
        return e;
    }
    // "Método [X] não existe!" names a missing method, not a missing record: it must never confirm a deletion.
    const bool missingMethod = text.contains(u"metodo"_s) && text.contains(u"nao existe"_s);
    const bool missingRecord =
        containsAny(text, {u"nao cadastrad", u"nao encontrad", u"nao localizad", u"nenhum registro", u"nenhuma conta",
                           u"nenhum cliente", u"nao existe"});
    if (missingRecord && !missingMethod) {
        e.kind = ApiError::Kind::NotFound;
        return e;
    }
    if (code.contains(u"server"_s) || text.contains(u"erro interno"_s) || text.contains(u"timeout"_s)) {
        e.kind = ApiError::Kind::Transient;
        return e;
    }
    e.kind = ApiError::Kind::Validation;
    return e;
}

ApiError classifyReply(const RawResponse &r, qint64 nowMs)
{
    if (r.httpStatus == 0 && r.networkError != QNetworkReply::NoError) {
        ApiError e = ApiError::fromNetwork(r);
        if (r.timedOut)
            e.serviceMessage = QCoreApplication::translate("Ponte::Omie", "no answer in time");
        return e;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        if (o.contains(u"faultstring"_s) || o.contains(u"faultcode"_s))
            return classifyFault(o.value(u"faultstring"_s).toString(), o.value(u"faultcode"_s).toString(),
                                 r.httpStatus, nowMs);
        if (r.httpStatus == 429 || r.httpStatus == 425)
            return classifyFault(QString(), QString(), r.httpStatus, nowMs);
        if (r.httpStatus >= 500) {
            ApiError e = ApiError::transient(u"HTTP %1"_s.arg(r.httpStatus), true);
            e.httpStatus = r.httpStatus;
            return e;
        }
        // Write confirmations carry their own status: anything but "0" is a refusal.
        for (const QString &statusField : {u"codigo_status"_s, u"cCodStatus"_s}) {
            if (o.contains(statusField)) {
                const QString status = o.value(statusField).toVariant().toString().trimmed();
                if (!status.isEmpty() && status != u"0"_s) {
                    const QString message = o.value(statusField == u"codigo_status"_s ? u"descricao_status"_s
                                                                                       : u"cDescStatus"_s)
                                                .toString();
                    ApiError e = classifyFault(message, u"status-"_s + status, r.httpStatus, nowMs);
                    if (e.kind == ApiError::Kind::Transient)
                        e.kind = ApiError::Kind::Validation;
                    return e;
                }
            }
        }
        if (r.httpStatus >= 400) {
            ApiError e = ApiError::protocol(u"HTTP %1"_s.arg(r.httpStatus));
            e.httpStatus = r.httpStatus;
            return e;
        }
        return ApiError{};
    }
    // Not JSON: an HTML error page from a proxy or an overloaded server.
    ApiError e;
    e.httpStatus = r.httpStatus;
    const QString snippet = QString::fromUtf8(r.body.left(160)).simplified();
    if (r.httpStatus == 429 || r.httpStatus == 425)
        return classifyFault(snippet, QString(), r.httpStatus, nowMs);
    if (r.httpStatus == 401 || r.httpStatus == 403) {
        e.kind = ApiError::Kind::Authentication;
        e.serviceMessage = u"HTTP %1"_s.arg(r.httpStatus);
        return e;
    }
    if (r.httpStatus >= 500 || r.httpStatus == 0) {
        e.kind = ApiError::Kind::Transient;
        e.ambiguous = true;
        e.serviceMessage = QCoreApplication::translate("Ponte::Omie", "HTTP %1 with an HTML page instead of JSON")
                               .arg(r.httpStatus);
        return e;
    }
    e.kind = ApiError::Kind::Protocol;
    e.serviceMessage = QCoreApplication::translate("Ponte::Omie", "HTTP %1, unreadable reply: %2")
                           .arg(r.httpStatus)
                           .arg(snippet);
    return e;
}

} // namespace Ponte::Omie
