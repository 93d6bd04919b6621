#include "server.h"

#include "serverconnection.h"
#include "tlsserver.h"

#include <QFutureWatcher>
#include <QSslSocket>
#include <QtConcurrent/QtConcurrentRun>

namespace crossma::sandbox {

namespace {
const QStringList kServerNames = {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")};
}

Server::Server(const CertificateAuthority &ca, QObject *parent)
    : QObject(parent), m_ca(ca), m_server(new TlsServer(this))
{
    connect(m_server, &TlsServer::pendingConnectionAvailable, this, &Server::onPendingConnection);
    // The leaf key and Qt's TLS back end take ~10 ms: made on a worker, so
    // that --sandbox opens its window meanwhile. Until they come, the server
    // listens but does not accept (see listen()); clients wait in the backlog.
    auto *identity = new QFutureWatcher<QSslConfiguration>(this);
    connect(identity, &QFutureWatcherBase::finished, this, [this, identity] {
        identity->deleteLater();
        onIdentityMade(identity->result());
    });
    identity->setFuture(QtConcurrent::run([ca] {
        QSslConfiguration config = configurationFor(ca.issueServer(kServerNames), ca.certificate());
        releaseThreadOpenSslState();
        return config;
    }));
}

Server::~Server()
{
    // Connections are children; closing first keeps their slots from running mid-destruction.
    closeConnections();
}

QSslConfiguration Server::configurationFor(const CertificateAuthority::Issued &leaf,
                                           const QSslCertificate &clientCa)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(leaf.certificate);
    config.setPrivateKey(leaf.key);
    // Whose client certificates Require accepts (unused by None).
    config.setCaCertificates({clientCa});
    return config;
}

void Server::onIdentityMade(const QSslConfiguration &config)
{
    if (config.localCertificate().isNull() || config.privateKey().isNull()) {
        // OpenSSL failed: refuse connections at once rather than leave
        // clients waiting in the backlog for their timeouts.
        qWarning("The sandbox could not make its server certificate.");
        m_identityFailed = true;
        m_server->close();
        return;
    }
    m_trustedConfig = config;
    applyConfiguration();
    // Paused only if listen() came first (resuming a server that does not
    // listen would reach a socket it does not have).
    if (m_server->isListening())
        m_server->resumeAccepting();
}

void Server::applyConfiguration()
{
    if (!m_trustedConfig)
        return;  // not accepting yet: onIdentityMade() applies it
    QSslConfiguration config = m_untrusted ? *m_untrustedConfig : *m_trustedConfig;
    switch (m_clientCertificates) {
    case ClientCertificates::None:
        // A server that asks nothing of its clients: there is no peer to verify.
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        break;
    case ClientCertificates::Request:
        config.setPeerVerifyMode(QSslSocket::QueryPeer);
        break;
    case ClientCertificates::Require:
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        break;
    }
    m_server->setSslConfiguration(config);
    // Open connections keep their handshake; close them so the next request uses this one.
    closeConnections();
}

void Server::setClientCertificates(ClientCertificates mode)
{
    m_clientCertificates = mode;
    applyConfiguration();
}

bool Server::listen(QString *error)
{
    if (m_server->isListening())
        return true;
    // A CA still being made is not waited for: if it fails, so does the
    // leaf, and onIdentityMade() closes the server.
    if (m_ca.hasFailed() || m_identityFailed) {
        if (error)
            *error = tr("The sandbox could not make its test certificates.");
        return false;
    }
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error =
                tr("The sandbox could not open a port on 127.0.0.1: %1").arg(m_server->errorString());
        return false;
    }
    if (!m_trustedConfig)
        m_server->pauseAccepting();  // until onIdentityMade()
    return true;
}

bool Server::isListening() const
{
    return m_server->isListening();
}

quint16 Server::port() const
{
    return m_server->serverPort();
}

QUrl Server::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void Server::route(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes[path].insert(method, std::move(handler));
}

void Server::removeRoute(const QByteArray &method, const QString &path)
{
    auto it = m_routes.find(path);
    if (it == m_routes.end())
        return;
    it->remove(method);
    if (it->isEmpty())
        m_routes.erase(it);
}

void Server::setAnswerDelay(const QString &path, int milliseconds)
{
    if (milliseconds > 0)
        m_delays.insert(path, milliseconds);
    else
        m_delays.remove(path);
}

int Server::requestCount(const QString &path) const
{
    return path.isEmpty() ? m_total : m_counts.value(path);
}

void Server::resetCounts()
{
    m_counts.clear();
    m_total = 0;
    m_requests.clear();
}

QList<Request> Server::requests() const
{
    return m_requests;
}

void Server::setServeUntrustedCertificate(bool untrusted)
{
    if (untrusted && !m_untrustedConfig) {
        // A second CA of the same name, so only the signature tells them apart.
        const CertificateAuthority stranger = CertificateAuthority::create(
            m_ca.certificate().subjectInfo(QSslCertificate::CommonName).value(0));
        m_untrustedConfig = configurationFor(stranger.issueServer(kServerNames), m_ca.certificate());
    }
    m_untrusted = untrusted;
    applyConfiguration();
}

int Server::openConnections() const
{
    int open = 0;
    for (const auto &connection : m_connections)
        open += connection ? 1 : 0;
    return open;
}

void Server::closeConnections()
{
    const auto connections = std::exchange(m_connections, {});
    for (const auto &connection : connections) {
        if (connection)
            connection->close();
    }
}

void Server::onPendingConnection()
{
    while (m_server->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        ++m_accepted;
        m_connections.removeAll(nullptr);
        m_connections.append(new ServerConnection(
            socket, [this](const Request &request) { return dispatch(request); }, this));
    }
}

Response Server::dispatch(const Request &request)
{
    ++m_total;
    ++m_counts[request.path];
    m_requests.append(request);
    if (m_requests.size() > kMaxRecorded)
        m_requests.removeFirst();
    emit requestReceived(request.path);

    const auto routes = m_routes.constFind(request.path);
    if (routes == m_routes.cend())
        return Response::json(404, R"({"error":"not_found"})");
    const auto handler = routes->constFind(request.method);
    if (handler == routes->cend()) {
        QList<QByteArray> allowed = routes->keys();
        std::sort(allowed.begin(), allowed.end());
        return Response::json(405, R"({"error":"method_not_allowed"})")
            .withHeader("Allow", allowed.join(", "));
    }
    // A copy: the handler may replace routes (and so this very entry) while it runs.
    const Handler handle = *handler;
    Response response = handle(request);
    response.delayMs = qMax(response.delayMs, m_delays.value(request.path));
    return response;
}

}  // namespace crossma::sandbox
