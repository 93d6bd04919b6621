#include "httpclient.h"

#include <QAuthenticator>
#include <QHash>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

namespace crossma {

namespace {
const char kTimedOut[] = "crossma_timedOut";
const char kCancelled[] = "crossma_cancelled";
const char kTooLarge[] = "crossma_tooLarge";
const char kRedirected[] = "crossma_redirected";
const char kProxy[] = "crossma_proxy";

// Qt's own buffer between its network thread and this one: small, so a fast
// server waits for us instead of filling memory.
constexpr qint64 kReadBufferBytes = 64 * 1024;

struct ProxyCredentials {
    QString user;
    QString password;
};

// Proxy credentials live in memory for this run only, shared by every client.
struct ProxyAuthState {
    QMutex mutex;
    HttpClient::ProxyCredentialsPrompt prompt;
    QHash<QString, ProxyCredentials> known;  // host:port -> what the seller typed
    QSet<QString> refused;                   // proxies that turned the last answer down
};

ProxyAuthState &proxyAuth()
{
    static ProxyAuthState state;
    return state;
}

QString hostPort(const QNetworkProxy &proxy)
{
    return QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());
}

// Qt's error strings can quote the whole request URL ("Error transferring
// https://…?licenseKey=… - server replied: …"); keys travel in query strings,
// so only scheme, host and port may reach a message, a log or diagnostics.
QString withoutUrlDetails(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("(https?://[^/\\s?#]+)[^\\s]*"));
    QString out = text;
    out.replace(url, QStringLiteral("\\1"));
    return out;
}

HttpResponse::Failure classify(QNetworkReply *reply)
{
    using Failure = HttpResponse::Failure;
    if (reply->property(kTimedOut).toBool())
        return Failure::Timeout;
    if (reply->property(kCancelled).toBool())
        return Failure::Cancelled;
    if (reply->property(kRedirected).toBool())
        return Failure::Redirected;
    if (reply->property(kTooLarge).toBool())
        return Failure::TooLarge;
    const QNetworkReply::NetworkError error = reply->error();
    switch (error) {
    case QNetworkReply::NoError:
        return Failure::None;
    case QNetworkReply::SslHandshakeFailedError:
        return Failure::Tls;
    case QNetworkReply::TimeoutError:
        return Failure::Timeout;
    case QNetworkReply::OperationCanceledError:
        return Failure::Cancelled;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Failure::ProxyAuth;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        // Qt files HTTP 400 under these too: with a status it is an answer.
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()
                   ? Failure::None
                   : Failure::Malformed;
    default:
        break;
    }
    // Connection and proxy errors (below the content errors) end an answer cut
    // short even after its status line; 404, 500… are answers.
    if (error < QNetworkReply::ContentAccessDenied)
        return Failure::Network;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid() ? Failure::None
                                                                                : Failure::Network;
}

// Fills a proxy's authenticator from this run's memory or by asking the
// seller; leaves it empty (so the request fails) when nobody can answer.
void answerProxy(const QNetworkProxy &proxy, QAuthenticator *authenticator)
{
    ProxyAuthState &state = proxyAuth();
    const QString key = hostPort(proxy);
    QMutexLocker lock(&state.mutex);
    ProxyCredentials credentials = state.known.value(key);
    // Qt asks again with the same user when the last answer was refused on
    // this connection; a request that ended refused is remembered below.
    const bool refused = state.refused.remove(key) || !authenticator->user().isEmpty();
    if (credentials.user.isEmpty() || refused) {
        state.known.remove(key);
        const HttpClient::ProxyCredentialsPrompt prompt = state.prompt;
        lock.unlock();
        if (!prompt || !prompt(key, refused, &credentials.user, &credentials.password))
            return;
        lock.relock();
        state.known.insert(key, credentials);
    }
    authenticator->setUser(credentials.user);
    authenticator->setPassword(credentials.password);
}
// A request ended because the proxy refused what the seller typed: the next
// one asks again instead of repeating it.
void forgetRefusedProxyAnswer(const QString &key)
{
    ProxyAuthState &state = proxyAuth();
    QMutexLocker lock(&state.mutex);
    if (state.known.remove(key) > 0)
        state.refused.insert(key);
}
}  // namespace

HttpClient::HttpClient(const Endpoints &endpoints, QObject *parent)
    : QObject(parent), m_endpoints(endpoints)
{
}

HttpClient::~HttpClient()
{
    // Destroying the manager aborts its replies; their callbacks must not run.
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_inFlight)) {
        if (reply)
            reply->disconnect(this);
    }
}

QNetworkAccessManager *HttpClient::manager()
{
    if (!m_manager) {
        m_manager = new QNetworkAccessManager(this);
        // Never follow: a redirect would carry the mall's credentials elsewhere.
        m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        connect(m_manager, &QNetworkAccessManager::proxyAuthenticationRequired, this,
                [this](const QNetworkProxy &proxy, QAuthenticator *authenticator) {
                    for (const QPointer<QNetworkReply> &reply : std::as_const(m_inFlight)) {
                        if (reply)
                            reply->setProperty(kProxy, hostPort(proxy));
                    }
                    answerProxy(proxy, authenticator);
                });
    }
    return m_manager;
}

void HttpClient::useSystemProxy()
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

void HttpClient::setProxyCredentialsPrompt(ProxyCredentialsPrompt prompt)
{
    ProxyAuthState &state = proxyAuth();
    QMutexLocker lock(&state.mutex);
    state.prompt = std::move(prompt);
    state.known.clear();
    state.refused.clear();
}

// Stops a reply as soon as it is a redirect or grows past the cap, reading the
// body as it arrives so that memory holds at most kMaxResponseBytes.
std::shared_ptr<HttpClient::Received> HttpClient::watch(QNetworkReply *reply)
{
    auto received = std::make_shared<Received>();
    reply->setReadBufferSize(kReadBufferBytes);
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, received] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && status < 400) {
            reply->setProperty(kRedirected, true);
            reply->abort();
            return;
        }
        for (const auto &pair : reply->rawHeaderPairs())
            received->headerBytes += pair.first.size() + pair.second.size() + 4;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (received->headerBytes + announced > kMaxResponseBytes) {
            reply->setProperty(kTooLarge, true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, reply,
            [reply, received] { received->readFrom(reply); });
    return received;
}

bool HttpClient::Received::readFrom(QNetworkReply *reply)
{
    if (!reply->isOpen())  // aborted: nothing more to read
        return true;
    const qint64 room = qMax<qint64>(kMaxResponseBytes - headerBytes - body.size(), 0);
    body += reply->read(room + 1);  // one byte more tells "too large" from "just fits"
    if (headerBytes + body.size() <= kMaxResponseBytes)
        return true;
    body.clear();
    reply->setProperty(kTooLarge, true);
    reply->abort();
    return false;
}

void HttpClient::get(const QUrl &url, const HttpHeaders &headers, Callback done)
{
    send("GET", url, headers, {}, std::move(done));
}

void HttpClient::post(const QUrl &url, const HttpHeaders &headers, const QByteArray &body,
                      Callback done)
{
    send("POST", url, headers, body, std::move(done));
}

void HttpClient::send(const QByteArray &verb, const QUrl &url, const HttpHeaders &headers,
                      const QByteArray &body, Callback done)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QSslConfiguration ssl = m_endpoints.sslConfiguration(url);
    if (m_sslTweak) {
        m_sslTweak(ssl);
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    request.setSslConfiguration(ssl);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("crossma-setup/" CROSSMA_VERSION));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);

    QNetworkReply *reply = manager()->sendCustomRequest(request, verb, body);
    m_inFlight.append(reply);
    std::shared_ptr<Received> received = watch(reply);

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kTimedOut, true);
        reply->abort();
    });
    timer->start(m_timeoutMs);

    connect(reply, &QNetworkReply::finished, this, [this, reply, received, done = std::move(done)] {
        m_inFlight.removeAll(reply);
        received->readFrom(reply);
        HttpResponse response;
        response.failure = classify(reply);
        response.errorText = withoutUrlDetails(reply->errorString());
        response.proxy = reply->property(kProxy).toString();
        if (response.failure == HttpResponse::Failure::ProxyAuth)
            forgetRefusedProxyAnswer(response.proxy);
        if (response.failure == HttpResponse::Failure::Redirected)
            response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (response.failure == HttpResponse::Failure::None) {
            response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            response.body = std::move(received->body);
            for (const auto &pair : reply->rawHeaderPairs())
                response.headers.insert(pair.first.toLower(), pair.second);
        }
        reply->deleteLater();
        done(response);
    });
}

void HttpClient::cancelAll()
{
    const auto replies = m_inFlight;
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply && reply->isRunning()) {
            reply->setProperty(kCancelled, true);
            reply->abort();
        }
    }
}

}  // namespace crossma
