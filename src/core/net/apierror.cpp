#include "apierror.h"

#include "net/transport.h"

using namespace Qt::StringLiterals;

namespace Ponte {

ApiError ApiError::transient(const QString &message, bool ambiguous)
{
    ApiError e;
    e.kind = Kind::Transient;
    e.serviceMessage = message;
    e.ambiguous = ambiguous;
    return e;
}

ApiError ApiError::protocol(const QString &message)
{
    ApiError e;
    e.kind = Kind::Protocol;
    e.serviceMessage = message;
    return e;
}

ApiError ApiError::fromNetwork(const RawResponse &r)
{
    ApiError e = transient(r.networkErrorString, !r.notSent);
    e.code = u"network"_s;
    e.network = classifyNetworkFailure(r.networkError, r.timedOut, r.notSent);
    e.peer = r.peer;
    return e;
}

QString ApiError::kindName() const
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Transient:
        return u"transient"_s;
    case Kind::RateLimited:
        return u"rate-limited"_s;
    case Kind::Blocked:
        return u"blocked"_s;
    case Kind::Authentication:
        return u"authentication"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::Validation:
        return u"validation"_s;
    case Kind::AlreadyExists:
        return u"already-exists"_s;
    case Kind::Protocol:
        return u"protocol"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QString ApiError::userMessage() const
{
    const QString detail = serviceMessage.trimmed();
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Transient:
        if (network != NetworkFailure::None && network != NetworkFailure::Other)
            return networkFailureMessage(network, peer, detail);
        return detail.isEmpty() ? tr("The service is temporarily unavailable; Ponte will try again.")
                                : tr("The service is temporarily unavailable (%1); Ponte will try again.").arg(detail);
    case Kind::RateLimited:
        return tr("The service asked Ponte to slow down and wait %n second(s).", nullptr, int((waitMs + 999) / 1000));
    case Kind::Blocked:
        return tr("The service blocked this key for excessive use until %1. Ponte will not call it before then.")
            .arg(QDateTime::fromMSecsSinceEpoch(retryAtMs).toString(u"dd/MM/yyyy HH:mm:ss"_s));
    case Kind::Authentication:
        return detail.isEmpty() ? tr("The credentials were refused. Check the keys and try again.")
                                : tr("The credentials were refused (%1). Check the keys and try again.").arg(detail);
    case Kind::NotFound:
        return detail.isEmpty() ? tr("The record was not found.") : tr("Not found: %1").arg(detail);
    case Kind::Validation:
        return tr("Refused by the service: %1").arg(detail.isEmpty() ? tr("no reason given") : detail);
    case Kind::AlreadyExists:
        return existingId ? tr("Already exists (id %1): %2").arg(*existingId).arg(detail)
                          : tr("Already exists: %1").arg(detail);
    case Kind::Protocol:
        return tr("The service sent a reply Ponte cannot understand: %1").arg(detail);
    case Kind::Cancelled:
        return tr("Cancelled.");
    }
    return detail;
}

} // namespace Ponte
