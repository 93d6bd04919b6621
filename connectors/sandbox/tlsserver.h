#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace crossma::sandbox {

// What QSslServer does (a TLS handshake with each client before it is handed
// out as a pending connection), with the TLS configuration read when a client
// connects rather than at construction: QSslServer's constructor starts Qt's
// TLS back end (loading libssl and its plugin, ~2 ms), which would delay
// --sandbox's window; here that happens with the first certificate, off the
// UI thread (see Server).
class TlsServer : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

    void setSslConfiguration(const QSslConfiguration &config) { m_config = config; }
    // A client that has not finished its handshake by then is dropped.
    static constexpr int kHandshakeTimeoutMs = 5000;  // as QSslServer's

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::optional<QSslConfiguration> m_config;  // even an empty one starts the back end
};

}  // namespace crossma::sandbox
