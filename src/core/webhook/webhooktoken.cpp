#include "webhooktoken.h"

#include "logging.h"
#include "secrets/secretstore.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
const QString kTokenKey = u"webhook/token"_s;
} // namespace

QString webhookToken(SecretStore *secrets, bool persist, bool *persisted)
{
    QString token;
    bool kept = false;
    if (persist && secrets) {
        const SecretResult stored = secrets->readBlocking(kTokenKey);
        if (stored.ok()) {
            token = stored.value;
            kept = !token.isEmpty();
        }
    }
    if (token.isEmpty()) {
        token = QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 16)
                                    + QByteArray::number(QRandomGenerator::system()->generate64(), 16));
        if (persist && secrets) {
            const SecretResult written = secrets->writeBlocking(kTokenKey, token);
            kept = written.ok();
            if (!kept)
                qCWarning(lcWebhook) << "the webhook token could not be kept in the keychain:" << written.message;
        }
    }
    if (persisted)
        *persisted = kept;
    Logging::addSecret(token);
    return token;
}

} // namespace Ponte
