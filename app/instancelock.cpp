#include "instancelock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace crossma {

namespace {

const QByteArray RaiseMessage = "raise\n";
const QByteArray RaisedAnswer = "raised\n";

QString runtimeFolder()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    QDir().mkpath(folder);
    return folder;
}

}  // namespace

InstanceLock::InstanceLock(bool sandbox, QObject *parent)
    : QObject(parent),
      m_lockFile(runtimeFolder() + QLatin1Char('/') + QCoreApplication::applicationName()
                 + (sandbox ? QStringLiteral("-sandbox") : QString()) + QStringLiteral(".lock")),
      m_lock(std::make_unique<QLockFile>(m_lockFile))
{
    // Stale only when the process that took it is gone, never by age: a
    // window may stay open for hours.
    m_lock->setStaleLockTime(0);
}

InstanceLock::~InstanceLock() = default;

void InstanceLock::release()
{
    delete m_server;  // closing removes the socket file
    m_server = nullptr;
    if (m_lock)
        m_lock->unlock();
}

QString InstanceLock::socketName() const
{
#ifdef Q_OS_UNIX
    return m_lockFile + QStringLiteral(".socket");
#else
    // Named pipes have no folders: a name unique to the lock file's path.
    return QStringLiteral("crossma-setup-")
           + QString::fromLatin1(
               QCryptographicHash::hash(m_lockFile.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
#endif
}

bool InstanceLock::tryLock(int waitMs)
{
    return m_lock->tryLock(waitMs);
}

bool InstanceLock::listen(std::function<void()> raise)
{
    QLocalServer::removeServer(socketName());  // a socket left by a process that died
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socketName()))
        return false;
    connect(m_server, &QLocalServer::newConnection, this, [this, raise] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [socket, raise] {
                if (!socket->readAll().startsWith(RaiseMessage.trimmed()))
                    return;
                raise();
                socket->write(RaisedAnswer);
                socket->disconnectFromServer();
            });
        }
    });
    return true;
}

bool InstanceLock::askHolderToRaise(int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(socketName());
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(RaiseMessage);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Only a holder that answers has a window to show.
    QByteArray answer;
    while (!answer.contains('\n') && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    answer += socket.readAll();
    return answer == RaisedAnswer;
}

}  // namespace crossma
