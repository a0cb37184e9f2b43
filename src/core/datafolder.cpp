#include "datafolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace Ponte {

QString DataFolder::resolve(const QString &option, bool demo, const QProcessEnvironment &env)
{
    if (!option.isEmpty())
        return QDir(option).absolutePath();
    const QString fromEnv = env.value(u"PONTE_DATA_DIR"_s);
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + u"/.ponte"_s;
    return demo ? base + u"/demo"_s : base;
}

Status DataFolder::ensure(const QString &dir)
{
    QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return Status::error(tr("The data folder %1 is a file, not a folder.").arg(dir));
    // Only a folder Ponte creates is made private: an existing one (say --data-dir /tmp) is the user's.
    if (!info.exists()) {
        if (!QDir().mkpath(dir))
            return Status::error(tr("Could not create the data folder %1.").arg(dir));
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QTemporaryFile probe(dir + u"/.write-test-XXXXXX"_s);
    if (!probe.open())
        return Status::error(tr("The data folder %1 is not writable.").arg(dir));
    return Status::ok();
}

QString DataFolder::databasePath(const QString &dir)
{
    return dir + u"/ponte.sqlite"_s;
}

QString DataFolder::logDir(const QString &dir)
{
    return dir + u"/logs"_s;
}

} // namespace Ponte

namespace Ponte {

QString DataFolder::secretProfile(const QString &dir)
{
    const QByteArray path = QDir(dir).absolutePath().toUtf8();
    return u"data-"_s + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace Ponte
