#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace Ponte {

/**
 * One Ponte per user and data folder: two copies would run two schedulers side by side. The first
 * holds a lock file in the data folder and listens on a local socket; a later launch finds the lock
 * taken, asks the first to come to the front through the socket, and exits. A lock left by a crashed
 * Ponte (its process is gone) is taken over.
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary,   ///< this process runs Ponte for the data folder
        Secondary, ///< another one does and was asked to come to the front
        Failed     ///< neither: see errorString()
    };

    explicit SingleInstance(QString dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    /** The local socket's name for a user and a data folder (no path characters, short enough for every OS). */
    static QString serverName(const QString &dataDir, const QString &userName);
    static QString lockFilePath(const QString &dataDir);

    /** Takes the lock and listens, or hands over to the running instance. */
    Role claim();
    QString errorString() const { return m_error; }

signals:
    /** A second launch asked this instance to show its window. */
    void raiseRequested();

private:
    bool askPrimaryToRaise();

    QString m_dataDir;
    QString m_name;
    QLockFile m_lock;
    std::unique_ptr<QLocalServer> m_server;
    QString m_error;
};

} // namespace Ponte
