#pragma once

#include "net/networkfailure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Ponte {

struct RawResponse;

/**
 * What went wrong with a remote call, in terms every caller can act on. Classifiers read the body
 * whatever the HTTP status (Omie faults come with HTTP 500 and sometimes 200).
 */
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::ApiError)

public:
    enum class Kind {
        None,
        Transient,      ///< 5xx, HTML instead of JSON, network error, timeout: retry with back-off
        RateLimited,    ///< the service asked to wait (waitMs); the request was not processed
        Blocked,        ///< the credential is blocked until retryAtMs (circuit breaker)
        Authentication, ///< key/secret refused
        NotFound,       ///< the record does not exist
        Validation,     ///< the service refused the data (serviceMessage says why)
        AlreadyExists,  ///< a record with this key exists (existingId when the message carries it)
        Protocol,       ///< the reply could not be understood
        Cancelled,      ///< the caller cancelled
    };

    Kind kind = Kind::None;
    QString serviceMessage; ///< the service's own text (faultstring, error.message)
    QString code;           ///< faultcode or HTTP status text
    int httpStatus = 0;
    qint64 waitMs = 0;      ///< RateLimited: how long to wait
    qint64 retryAtMs = 0;   ///< Blocked/RateLimited: absolute time after which a retry may succeed
    std::optional<qint64> existingId;
    /** What a service-imposed wait applies to: this one request body, its rate bucket, or the whole credential. */
    enum class WaitScope { Key, Request, Credential };
    WaitScope waitScope = WaitScope::Key;
    /** The request may have been applied although no confirmation arrived (look up before re-creating). */
    bool ambiguous = false;
    /** Omie's "no records for page N": an empty list, not an error. */
    bool endOfList = false;
    QString correlationId;
    /** Transient without an HTTP answer: why (DNS, refused, TLS, proxy, timeout) and to whom ("host:port"). */
    NetworkFailure network = NetworkFailure::None;
    QString peer;

    bool isError() const { return kind != Kind::None; }
    /** A business refusal: retrying the same data will not help within this run. */
    bool isBusiness() const
    {
        return kind == Kind::NotFound || kind == Kind::Validation || kind == Kind::AlreadyExists;
    }
    /** Translated explanation for the user (pt-BR by default), including the service's message. */
    QString userMessage() const;
    /** Stable machine name: transient, rate-limited, blocked, authentication, not-found, validation, … */
    QString kindName() const;

    static ApiError transient(const QString &message, bool ambiguous = false);
    static ApiError protocol(const QString &message);
    /** A failed exchange (no HTTP status): transient, classified by classifyNetworkFailure(). */
    static ApiError fromNetwork(const RawResponse &r);
};

} // namespace Ponte
