#include "httpclient.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace crossma {

namespace {
const char kTimedOut[] = "crossma_timedOut";
const char kCancelled[] = "crossma_cancelled";

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
    if (reply->property(kTimedOut).toBool())
        return HttpResponse::Failure::Timeout;
    if (reply->property(kCancelled).toBool())
        return HttpResponse::Failure::Cancelled;
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        return HttpResponse::Failure::None;
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return HttpResponse::Failure::Tls;
    case QNetworkReply::TimeoutError:
        return HttpResponse::Failure::Timeout;
    case QNetworkReply::OperationCanceledError:
        return HttpResponse::Failure::Cancelled;
    default:
        return HttpResponse::Failure::Network;
    }
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
        // Sellers behind an office proxy must still reach the malls.
        static const bool proxyConfigured = [] {
            QNetworkProxyFactory::setUseSystemConfiguration(true);
            return true;
        }();
        Q_UNUSED(proxyConfigured);
        m_manager = new QNetworkAccessManager(this);
    }
    return m_manager;
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
    QSslConfiguration ssl = m_endpoints.sslConfiguration();
    if (m_sslTweak) {
        m_sslTweak(ssl);
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    request.setSslConfiguration(ssl);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("crossma-setup/" CROSSMA_VERSION));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);

    QNetworkReply *reply = manager()->sendCustomRequest(request, verb, body);
    m_inFlight.append(reply);

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kTimedOut, true);
        reply->abort();
    });
    timer->start(m_timeoutMs);

    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        m_inFlight.removeAll(reply);
        HttpResponse response;
        response.failure = classify(reply);
        response.errorText = withoutUrlDetails(reply->errorString());
        if (response.failure == HttpResponse::Failure::None) {
            response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            response.body = reply->readAll();
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
