#pragma once

// Pure decisions of the seller step (Omie vendedores → Ploomes users, matched by e-mail; users are never created).
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Ponte::SellerDecisions {

/** What matching needs of a Ploomes user. */
struct UserKey
{
    qint64 id = 0;
    QString email;
    bool suspended = false;
};

/** E-mail (trimmed, lower case) → user id; an active user wins over a suspended one with the same e-mail. */
QHash<QString, qint64> usersByEmail(const QList<UserKey> &users);

/** The e-mail as matching compares it. */
QString emailKey(const QString &email);

enum class SellerOutcome {
    SkipNoEmail, ///< the seller has no e-mail
    SkipNoUser,  ///< no Ploomes user has it
    Unchanged,   ///< already linked to that user
    Link,        ///< (re)link to that user
};

/** @p coupledUserId: the user the seller is linked to now, if any. */
SellerOutcome
decideSeller(const QString &emailKey, const QHash<QString, qint64> &users, std::optional<qint64> coupledUserId);

} // namespace Ponte::SellerDecisions
