#include "instancelock.h"

#include "core/credentialsettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

namespace crossma {

namespace {

// "raise\n", or "raise <mall id>\n" for a start with --edit MALL.
const QByteArray RaiseMessage = "raise";
const QByteArray RaisedAnswer = "raised\n";
// More than any request: a peer that sends more is not a second start.
constexpr int kMaxRequest = 64;
// Longer than any second start takes to ask (it gives up after 2 s per step).
constexpr int kRequestTimeoutMs = 10000;

// The mall a raise request names; empty if none. False: not a raise request.
bool parseRaise(const QByteArray &line, QString *mallId)
{
    if (line == RaiseMessage)
        return true;
    if (!line.startsWith(RaiseMessage + ' '))
        return false;
    const QString id = QString::fromLatin1(line.mid(RaiseMessage.size() + 1));
    if (CredentialSettings::isValidMallId(id))
        *mallId = id;
    return true;
}

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

bool InstanceLock::listen(std::function<void(const QString &mallId)> raise)
{
    QLocalServer::removeServer(socketName());  // a socket left by a process that died
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socketName()))
        return false;
    connect(m_server, &QLocalServer::newConnection, this, [this, raise] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            // A second start asks at once; a peer that says nothing is let go.
            QTimer::singleShot(kRequestTimeoutMs, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [socket, raise] {
                // One line, which may come in pieces.
                QByteArray request = socket->property("request").toByteArray() + socket->readAll();
                const qsizetype end = request.indexOf('\n');
                if (end < 0 && request.size() <= kMaxRequest) {
                    socket->setProperty("request", request);
                    return;
                }
                QString mallId;
                if (end < 0 || !parseRaise(request.left(end), &mallId)) {
                    socket->disconnectFromServer();
                    return;
                }
                raise(mallId);
                socket->write(RaisedAnswer);
                socket->disconnectFromServer();
            });
        }
    });
    return true;
}

bool InstanceLock::askHolderToRaise(const QString &mallId, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(socketName());
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray request = RaiseMessage;
    if (CredentialSettings::isValidMallId(mallId))
        request += ' ' + mallId.toLatin1();
    socket.write(request + '\n');
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
