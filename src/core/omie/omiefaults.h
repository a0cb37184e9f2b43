#pragma once

#include "net/apierror.h"
#include "net/transport.h"

namespace Ponte::Omie {

/**
 * Classifies an Omie reply. The body decides, whatever the HTTP status: faults come as
 * {"faultstring","faultcode"} with HTTP 500 (sometimes 200), pages may be HTML, and fault codes
 * are ambiguous (Client-105 means both "not found" and "invalid value"), so message fragments
 * are matched first. @p nowMs resolves "tente novamente às HH:MM:SS" (Brasília time).
 */
ApiError classifyReply(const RawResponse &response, qint64 nowMs);

/** Classifies one fault string/code pair (exposed for table tests). */
ApiError classifyFault(const QString &faultString, const QString &faultCode, int httpStatus, qint64 nowMs);

/** Lower-case, accents removed: "Não existem" → "nao existem". */
QString foldForMatching(const QString &text);

} // namespace Ponte::Omie
