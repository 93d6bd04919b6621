#include "yahooloopback.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace crossma {

namespace {
QByteArray httpAnswer(int status, const QByteArray &reason, const QByteArray &html)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
           + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
             "Connection: close\r\nContent-Length: "
           + QByteArray::number(html.size()) + "\r\n\r\n" + html;
}
}  // namespace

YahooLoopbackReceiver::YahooLoopbackReceiver(QObject *parent) : QObject(parent)
{
    m_doneHtml = "<!doctype html><meta charset=utf-8><p>OK</p>";
    m_failedHtml = "<!doctype html><meta charset=utf-8><p>Error</p>";
}

YahooLoopbackReceiver::~YahooLoopbackReceiver() = default;

bool YahooLoopbackReceiver::isLoopback(const QUrl &uri)
{
    const QString host = uri.host().toLower();
    return uri.scheme() == QLatin1String("http") && uri.port() > 0
           && (host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost"));
}

bool YahooLoopbackReceiver::listen(const QUrl &redirectUri, QString *error)
{
    close();
    if (!isLoopback(redirectUri)) {
        *error = QStringLiteral("not a loopback redirect URI");
        return false;
    }
    m_path = redirectUri.path().isEmpty() ? QStringLiteral("/") : redirectUri.path();
    m_server = new QTcpServer(this);
    // Loopback only: nothing on the network can deliver a code to us.
    if (!m_server->listen(QHostAddress::LocalHost, quint16(redirectUri.port()))) {
        *error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, &YahooLoopbackReceiver::onConnection);
    return true;
}

void YahooLoopbackReceiver::close()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

bool YahooLoopbackReceiver::isListening() const
{
    return m_server && m_server->isListening();
}

void YahooLoopbackReceiver::setPages(const QByteArray &doneHtml, const QByteArray &failedHtml)
{
    m_doneHtml = doneHtml;
    m_failedHtml = failedHtml;
}

void YahooLoopbackReceiver::onConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        socket->setParent(this);
        // A browser's speculative connection that never sends must not linger.
        QTimer::singleShot(kSocketTimeoutMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void YahooLoopbackReceiver::onReadable(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("crossma_buffer").toByteArray() + socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        socket->write(httpAnswer(431, "Request Header Fields Too Large", m_failedHtml));
        socket->disconnectFromHost();
        return;
    }
    const int end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("crossma_buffer", buffer);
        return;
    }
    socket->setProperty("crossma_buffer", QByteArray());
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET") {
        socket->write(httpAnswer(405, "Method Not Allowed", m_failedHtml));
        socket->disconnectFromHost();
        return;
    }
    const QUrl target = QUrl::fromEncoded("http://127.0.0.1" + requestLine.at(1));
    if (!target.isValid() || target.path() != m_path) {
        socket->write(httpAnswer(404, "Not Found", QByteArray()));
        socket->disconnectFromHost();
        return;
    }
    bool accepted = false;
    emit received(QUrlQuery(target), &accepted);
    socket->write(accepted ? httpAnswer(200, "OK", m_doneHtml)
                           : httpAnswer(400, "Bad Request", m_failedHtml));
    socket->disconnectFromHost();
}

}  // namespace crossma
