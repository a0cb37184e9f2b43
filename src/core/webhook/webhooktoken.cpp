#include "webhooktoken.h"

#include "logging.h"
#include "secrets/secretstore.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
const QString kTokenKey = u"webhook/token"_s;
} // namespace

QString webhookToken(SecretStore *secrets, bool persist)
{
    QString token;
    if (persist && secrets) {
        const SecretResult stored = secrets->readBlocking(kTokenKey);
        if (stored.ok())
            token = stored.value;
    }
    if (token.isEmpty()) {
        token = QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 16)
                                    + QByteArray::number(QRandomGenerator::system()->generate64(), 16));
        if (persist && secrets)
            secrets->writeBlocking(kTokenKey, token);
    }
    Logging::addSecret(token);
    return token;
}

} // namespace Ponte
