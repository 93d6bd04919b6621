#include "serverconnection.h"

#include <QSslSocket>
#include <QTimer>

namespace crossma::sandbox {

ServerConnection::ServerConnection(QSslSocket *socket, Dispatch dispatch, QObject *parent)
    : QObject(parent), m_socket(socket), m_dispatch(std::move(dispatch))
{
    socket->setParent(this);
    connect(socket, &QSslSocket::readyRead, this, &ServerConnection::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &QObject::deleteLater);
    connect(socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            close();
    });
    // Bytes may have arrived together with the end of the handshake.
    if (socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &ServerConnection::onReadyRead);
}

ServerConnection::~ServerConnection() = default;

void ServerConnection::close()
{
    m_closing = true;
    if (m_socket)
        m_socket->abort();
    deleteLater();
}

void ServerConnection::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    if (m_hanging || m_closing) {
        m_buffer.clear();  // nothing will ever be answered; don't hoard bytes
        return;
    }
    processBuffer();
}

void ServerConnection::processBuffer()
{
    while (!m_busy && !m_hanging && !m_closing && m_socket) {
        Request request;
        bool keepAlive = true;
        const RequestParser::Result result = m_parser.parse(m_buffer, &request, &keepAlive);
        if (result == RequestParser::Result::NeedMore)
            return;
        if (result == RequestParser::Result::Error) {
            fail(m_parser.errorStatus());
            return;
        }
        request.peerCertificate = m_socket->peerCertificate();
        Response response;
        try {
            response = m_dispatch(request);
        } catch (...) {
            // A fake that throws is a bug in a test, not a reason to crash the server.
            response = Response::json(500, R"({"error":"handler threw"})");
        }
        if (response.hang) {
            m_hanging = true;
            m_buffer.clear();
            return;
        }
        if (response.delayMs > 0) {
            m_busy = true;
            QTimer::singleShot(response.delayMs, this, [this, response, keepAlive] {
                m_busy = false;
                answer(response, keepAlive);
                processBuffer();
            });
            return;
        }
        answer(response, keepAlive);
    }
}

void ServerConnection::answer(const Response &response, bool keepAlive)
{
    // A delayed answer may come after the peer left.
    if (!m_socket || m_closing || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->write(response.serialise(keepAlive));
    if (!keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();  // flushes what was written first
    }
}

void ServerConnection::fail(int status)
{
    const QByteArray body = R"({"error":"bad request","status":)" + QByteArray::number(status) + '}';
    answer(Response::json(status, body), false);
    m_buffer.clear();
}

}  // namespace crossma::sandbox
