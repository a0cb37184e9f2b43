#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {

const QByteArray kRaise = QByteArrayLiteral("raise\n");

QString currentUserName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace

SingleInstance::SingleInstance(QString dataDir, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_name(serverName(m_dataDir, currentUserName())),
      m_lock(lockFilePath(m_dataDir))
{
    // A live owner is never stale, however long it runs; a dead one is detected by its process id.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

QString SingleInstance::serverName(const QString &dataDir, const QString &userName)
{
    // Hashed: a path may hold characters a socket name cannot, and Unix socket paths are short.
    const QByteArray key = (userName + u'\n' + QDir(dataDir).absolutePath()).toUtf8();
    return u"ponte-"_s + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

QString SingleInstance::lockFilePath(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(u"ponte-window.lock"_s);
}

SingleInstance::Role SingleInstance::claim()
{
    if (!m_lock.tryLock(0)) {
        if (m_lock.error() != QLockFile::LockFailedError) {
            m_error = tr("Cannot create %1.").arg(QDir::toNativeSeparators(lockFilePath(m_dataDir)));
            return Role::Failed;
        }
        if (askPrimaryToRaise())
            return Role::Secondary;
        m_error = tr("Ponte is already running for this data folder but does not answer.");
        return Role::Failed;
    }
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock, so a socket left under this name belongs to a Ponte that crashed.
    QLocalServer::removeServer(m_name);
    if (!m_server->listen(m_name)) {
        m_error = m_server->errorString();
        return Role::Primary; // still the only Ponte; a second launch just cannot raise this one
    }
    connect(m_server.get(), &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->canReadLine() && socket->readLine() == kRaise)
                    emit raiseRequested();
            });
        }
    });
    return Role::Primary;
}

bool SingleInstance::askPrimaryToRaise()
{
    QLocalSocket socket;
    // The first instance may be starting: give it a few tries to open its socket.
    for (int attempt = 0; attempt < 5; ++attempt) {
        socket.connectToServer(m_name);
        if (socket.waitForConnected(1000))
            break;
    }
    if (socket.state() != QLocalSocket::ConnectedState)
        return false;
    socket.write(kRaise);
    const bool sent = socket.waitForBytesWritten(2000);
    socket.disconnectFromServer();
    return sent;
}

} // namespace Ponte
