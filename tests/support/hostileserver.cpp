#include "hostileserver.h"

#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace crossma::test {

namespace {
const QStringList kLoopbackNames = {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")};
constexpr qint64 kPumpChunk = 64 * 1024;
const char kBuffer[] = "hostile_buffer";

QByteArray okAnswer()
{
    return QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             "Content-Length: 2\r\n\r\n{}");
}

// Where the request head ends and how long the whole request is; -1 while incomplete.
qsizetype requestLength(const QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return -1;
    qsizetype length = headEnd + 4;
    for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith("content-length:"))
            length += trimmed.mid(15).trimmed().toLongLong();
    }
    return buffer.size() >= length ? length : -1;
}
}  // namespace

HostileServer::HostileServer(const sandbox::CertificateAuthority &trusted, Fault fault,
                             QObject *parent)
    : QObject(parent), m_trusted(trusted), m_fault(fault)
{
    switch (fault) {
    case Fault::WrongName:
        m_leaf = trusted.issueServer({QStringLiteral("mall.invalid")});
        break;
    case Fault::Expired:
        // Valid until a day ago: issueServer counts validity from an hour ago.
        m_leaf = trusted.issueServer(kLoopbackNames, -1);
        break;
    case Fault::UnknownCa:
        m_leaf = sandbox::CertificateAuthority::create(QStringLiteral("unknown CA"))
                     .issueServer(kLoopbackNames);
        break;
    default:
        m_leaf = trusted.issueServer(kLoopbackNames);
        break;
    }
    m_server.onIncoming = [this](qintptr descriptor) { accept(descriptor); };
}

HostileServer::~HostileServer()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
        if (socket) {
            socket->disconnect(this);
            socket->abort();
        }
    }
}

void HostileServer::setRedirect(int status, const QByteArray &location)
{
    m_redirectStatus = status;
    m_location = location;
}

bool HostileServer::listen()
{
    return !m_leaf.certificate.isNull() && m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl HostileServer::httpsUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port()));
}

QUrl HostileServer::httpUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

bool HostileServer::usesTls() const
{
    return m_fault != Fault::PlainHttp;
}

void HostileServer::accept(qintptr descriptor)
{
    ++m_connections;
    QTcpSocket *socket = usesTls() ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_sockets.append(socket);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (m_fault == Fault::SilentBeforeTls)
        return;
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(m_leaf.certificate);
        config.setPrivateKey(m_leaf.key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->setSslConfiguration(config);
        ssl->startServerEncryption();
    }
}

void HostileServer::onData(QTcpSocket *socket)
{
    QByteArray buffer = socket->property(kBuffer).toByteArray() + socket->readAll();
    if (m_fault == Fault::PlainHttp) {
        // The client's TLS hello is not HTTP; a plain server answers anyway.
        m_requests.append(buffer);
        socket->write(QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"));
        return;
    }
    for (qsizetype length = requestLength(buffer); length > 0; length = requestLength(buffer)) {
        m_requests.append(buffer.left(length));
        buffer.remove(0, length);
        respond(socket);
    }
    socket->setProperty(kBuffer, buffer);
}

void HostileServer::respond(QTcpSocket *socket)
{
    switch (m_fault) {
    case Fault::Redirect:
        socket->write(QByteArray("HTTP/1.1 ") + QByteArray::number(m_redirectStatus)
                      + " Moved\r\nLocation: " + m_location + "\r\nContent-Length: 0\r\n\r\n");
        return;
    case Fault::HugeContentLength:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: 2147483648\r\n\r\n");
        return pump(socket);
    case Fault::EndlessChunked:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n");
        return pump(socket);
    case Fault::SlowDrip:
        return drip(socket, QByteArrayLiteral("HTTP/1.1 200 OK\r\n"));
    case Fault::Silent:
    case Fault::SilentBeforeTls:
        return;
    case Fault::ResetMidBody:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: 100000\r\n\r\n{\"payload\":\""
                      + QByteArray(1000, 'x'));
        QTimer::singleShot(100, socket, [this, socket] { reset(socket); });
        return;
    case Fault::Garbage: {
        QRandomGenerator random(9);  // the same bytes every run
        QByteArray bytes(4096, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        socket->write(bytes);
        return;
    }
    case Fault::Answer:
    case Fault::WrongName:
    case Fault::Expired:
    case Fault::UnknownCa:
    case Fault::PlainHttp:
        // Reached only if the client trusted what it must not: answer as a mall would.
        socket->write(okAnswer());
        return;
    }
}

// Keeps the client's receive path full for as long as it keeps reading.
void HostileServer::pump(QTcpSocket *socket)
{
    const bool chunked = m_fault == Fault::EndlessChunked;
    // What TLS already encrypted waits in the socket below: count it too, or
    // this server's own buffer would grow without end.
    auto pending = [socket] {
        const auto *ssl = qobject_cast<QSslSocket *>(socket);
        return socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
    };
    auto refill = [this, socket, chunked, pending] {
        while (socket->state() == QAbstractSocket::ConnectedState && pending() < 4 * kPumpChunk) {
            const QByteArray chunk(kPumpChunk, 'x');
            socket->write(chunked ? QByteArray::number(kPumpChunk, 16) + "\r\n" + chunk + "\r\n"
                                  : chunk);
            m_bodyBytes += kPumpChunk;
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, refill);
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        connect(ssl, &QSslSocket::encryptedBytesWritten, socket, refill);
    // And on a clock: the signals alone were not always enough. Once in a CI
    // run under ASan the buffers drained with no signal left to come (Qt
    // emits bytesWritten once per flush, not once per write), the "endless"
    // body stopped, and the client rightly timed out instead of refusing it.
    auto *clock = new QTimer(socket);
    connect(clock, &QTimer::timeout, socket, refill);
    clock->start(10);
    refill();
}

void HostileServer::drip(QTcpSocket *socket, const QByteArray &rest)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    // One byte every 100 ms of a head that never ends, so the answer is still
    // incomplete at any deadline (a slower build stretches the deadline).
    const QByteArray pending = rest.isEmpty() ? QByteArrayLiteral("X-Slow: 1\r\n") : rest;
    socket->write(pending.left(1));
    QTimer::singleShot(100, socket, [this, socket, pending] { drip(socket, pending.mid(1)); });
}

void HostileServer::reset(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const linger hard = {1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    socket->abort();
}

QString HostileServer::faultName(Fault fault)
{
    switch (fault) {
    case Fault::Answer:
        return QStringLiteral("answer");
    case Fault::Redirect:
        return QStringLiteral("redirect");
    case Fault::HugeContentLength:
        return QStringLiteral("2 GB Content-Length");
    case Fault::EndlessChunked:
        return QStringLiteral("endless chunked body");
    case Fault::SlowDrip:
        return QStringLiteral("slow drip");
    case Fault::Silent:
        return QStringLiteral("silent after the handshake");
    case Fault::SilentBeforeTls:
        return QStringLiteral("silent before the handshake");
    case Fault::ResetMidBody:
        return QStringLiteral("reset mid-body");
    case Fault::Garbage:
        return QStringLiteral("garbage bytes");
    case Fault::WrongName:
        return QStringLiteral("certificate for another name");
    case Fault::Expired:
        return QStringLiteral("expired certificate");
    case Fault::UnknownCa:
        return QStringLiteral("certificate from an unknown CA");
    case Fault::PlainHttp:
        return QStringLiteral("plain HTTP on the https port");
    }
    return {};
}

}  // namespace crossma::test
