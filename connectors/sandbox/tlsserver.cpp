#include "tlsserver.h"

#include <QSslSocket>
#include <QTimer>

namespace crossma::sandbox {

void TlsServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (m_config)
        socket->setSslConfiguration(*m_config);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Until the handshake is done, a failure or silence ends the socket here.
    // Once it is handed out, its new owner alone decides: `handshake` (the
    // context of these connections) goes, and the connections with it.
    auto *handshake = new QObject(socket);
    auto drop = [socket] {
        socket->abort();
        socket->deleteLater();
    };
    connect(socket, &QSslSocket::errorOccurred, handshake, drop);
    connect(socket, &QSslSocket::disconnected, handshake, drop);
    QTimer::singleShot(kHandshakeTimeoutMs, handshake, drop);
    connect(socket, &QSslSocket::encrypted, handshake, [this, socket, handshake] {
        delete handshake;
        addPendingConnection(socket);
    });
    socket->startServerEncryption();
}

}  // namespace crossma::sandbox
