#pragma once

#include "certificateauthority.h"
#include "httpmessage.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace crossma::sandbox {

class ServerConnection;
class TlsServer;

// An HTTPS/1.1 server on 127.0.0.1 (port chosen by the system) that answers
// from routes registered by the fake malls. Everything runs on the event loop
// of the thread that owns it; nothing blocks. Not for production traffic: it
// records every request it sees so tests can look at them.
class Server : public QObject
{
    Q_OBJECT
public:
    explicit Server(const CertificateAuthority &ca, QObject *parent = nullptr);
    ~Server() override;

    bool listen(QString *error);
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const;  // https://127.0.0.1:port

    // Routes match method and path exactly (the query is ignored). A later
    // route for the same method and path replaces the earlier one, so a test
    // can swap in a different answer.
    void route(const QByteArray &method, const QString &path, Handler handler);
    void removeRoute(const QByteArray &method, const QString &path);
    // Every path that has a route, for telling which paths a fake installed.
    QStringList routedPaths() const { return m_routes.keys(); }

    // Answers on `path` leave at least `milliseconds` after the request came
    // (0 removes it), whatever the handler says: a slow mall, for timing the
    // wizard against. Hanging answers stay hanging.
    void setAnswerDelay(const QString &path, int milliseconds);

    // Requests received per path (every path when `path` is empty), 404s included.
    int requestCount(const QString &path = {}) const;
    void resetCounts();  // also forgets the recorded requests

    // The last kMaxRecorded requests, oldest first.
    QList<Request> requests() const;
    static constexpr int kMaxRecorded = 1000;

    // Serve a leaf from a different CA that no client trusts (TLS-failure
    // tests). Open connections are closed so the next request shakes hands again.
    void setServeUntrustedCertificate(bool untrusted);
    bool servesUntrustedCertificate() const { return m_untrusted; }

    // TLS client certificates, as the retired Yahoo! API certificate used them.
    enum class ClientCertificates {
        None,     // never asked for (the default)
        Request,  // asked for, not checked: a handler sees Request::peerCertificate
        Require,  // a valid certificate from the sandbox CA, or the handshake fails
    };
    void setClientCertificates(ClientCertificates mode);
    ClientCertificates clientCertificates() const { return m_clientCertificates; }

    // Connections accepted after a completed TLS handshake, and those still open.
    int acceptedConnections() const { return m_accepted; }
    int openConnections() const;
    void closeConnections();

signals:
    void requestReceived(const QString &path);

private:
    Response dispatch(const Request &request);
    void onPendingConnection();
    static QSslConfiguration configurationFor(const CertificateAuthority::Issued &leaf,
                                              const QSslCertificate &clientCa);
    void onIdentityMade(const QSslConfiguration &config);
    void applyConfiguration();

    CertificateAuthority m_ca;
    TlsServer *m_server = nullptr;
    // Optional, not null: even an empty QSslConfiguration starts Qt's TLS
    // back end, which is made on a worker (see the constructor).
    std::optional<QSslConfiguration> m_trustedConfig;  // once made on a worker
    bool m_identityFailed = false;
    std::optional<QSslConfiguration> m_untrustedConfig;  // made on first use
    bool m_untrusted = false;
    ClientCertificates m_clientCertificates = ClientCertificates::None;
    QHash<QString, QHash<QByteArray, Handler>> m_routes;  // path -> method -> handler
    QHash<QString, int> m_counts;
    QHash<QString, int> m_delays;  // path -> least delay of an answer
    int m_total = 0;
    QList<Request> m_requests;
    int m_accepted = 0;
    QList<QPointer<ServerConnection>> m_connections;
};

}  // namespace crossma::sandbox
