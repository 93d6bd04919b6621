#pragma once

#include "certificateauthority.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace crossma::test {

// A server on 127.0.0.1 that answers every connection in one hostile way, as a
// mall host (or whatever answers in its name) may: redirects, endless or huge
// bodies, silence, resets, garbage, wrong certificates, plain HTTP. It records
// every connection and every request that reaches it, so a test can prove that
// nothing was sent where it must not go.
class HostileServer : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        Answer,             // a plain 200 with "{}": a redirect target that records
        Redirect,           // setRedirect()'s status with a Location header
        HugeContentLength,  // 200 announcing 2 GiB, then bytes as fast as the client reads
        EndlessChunked,     // 200 chunked, chunks forever
        SlowDrip,           // an answer whose head never ends, one byte every 100 ms
        Silent,             // handshake done and request read, then not a byte back
        SilentBeforeTls,    // TCP accepted, never a TLS handshake
        ResetMidBody,       // 200, part of the body, then a TCP reset
        Garbage,            // random bytes instead of an HTTP answer
        WrongName,          // a certificate from the trusted CA for another host name
        Expired,            // a certificate from the trusted CA that expired
        UnknownCa,          // a certificate from a CA nobody trusts
        PlainHttp,          // no TLS at all: an HTTP answer to the TLS hello
    };

    // `trusted` is the CA the client under test trusts; certificate faults are
    // made relative to it.
    HostileServer(const sandbox::CertificateAuthority &trusted, Fault fault,
                  QObject *parent = nullptr);
    ~HostileServer() override;

    void setRedirect(int status, const QByteArray &location);
    bool listen();  // REQUIRE it: fails only if loopback is unusable
    quint16 port() const { return m_server.serverPort(); }
    QUrl httpsUrl() const;  // https://127.0.0.1:port, whatever the fault
    QUrl httpUrl() const;   // http://127.0.0.1:port

    int connections() const { return m_connections; }
    // Every request head (and body) received, raw, in order.
    QList<QByteArray> requests() const { return m_requests; }
    // Bytes this server offered beyond the answer's head (huge and endless bodies).
    qint64 bodyBytesOffered() const { return m_bodyBytes; }

    static QString faultName(Fault fault);

private:
    class Listener : public QTcpServer
    {
    public:
        std::function<void(qintptr)> onIncoming;

    protected:
        void incomingConnection(qintptr descriptor) override { onIncoming(descriptor); }
    };

    void accept(qintptr descriptor);
    void onData(QTcpSocket *socket);
    void respond(QTcpSocket *socket);
    void pump(QTcpSocket *socket);
    void drip(QTcpSocket *socket, const QByteArray &rest);
    void reset(QTcpSocket *socket);
    bool usesTls() const;

    sandbox::CertificateAuthority m_trusted;
    Fault m_fault;
    Listener m_server;
    sandbox::CertificateAuthority::Issued m_leaf;
    int m_redirectStatus = 302;
    QByteArray m_location;
    int m_connections = 0;
    QList<QByteArray> m_requests;
    qint64 m_bodyBytes = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
};

}  // namespace crossma::test
