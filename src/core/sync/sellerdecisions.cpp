#include "sync/sellerdecisions.h"

namespace Ponte::SellerDecisions {

QString emailKey(const QString &email)
{
    return email.trimmed().toLower();
}

QHash<QString, qint64> usersByEmail(const QList<UserKey> &users)
{
    QHash<QString, qint64> byEmail;
    for (const UserKey &u : users) {
        const QString email = emailKey(u.email);
        if (!email.isEmpty() && (!byEmail.contains(email) || !u.suspended))
            byEmail.insert(email, u.id);
    }
    return byEmail;
}

SellerOutcome
decideSeller(const QString &emailKey, const QHash<QString, qint64> &users, std::optional<qint64> coupledUserId)
{
    if (emailKey.isEmpty())
        return SellerOutcome::SkipNoEmail;
    const auto user = users.constFind(emailKey);
    if (user == users.constEnd())
        return SellerOutcome::SkipNoUser;
    return coupledUserId == *user ? SellerOutcome::Unchanged : SellerOutcome::Link;
}

} // namespace Ponte::SellerDecisions
