#pragma once

#include "net/apierror.h"
#include "net/transport.h"

namespace Ponte::Ploomes {

/**
 * Classifies a Ploomes reply: error bodies in both observed forms ({"error":{"message"}} and
 * {"Message"}), 429 with Retry-After, HTML pages and network errors.
 */
ApiError classifyReply(const RawResponse &response, qint64 nowMs);

/** The service's error text from a body in either form, or the raw text. */
QString errorMessage(const QByteArray &body);

} // namespace Ponte::Ploomes
