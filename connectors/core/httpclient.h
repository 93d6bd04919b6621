#pragma once

#include "endpoints.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace crossma {

struct HttpResponse {
    enum class Failure {
        None,        // an HTTP answer arrived (any status)
        Timeout,     // no complete answer within the time limit
        Cancelled,   // cancelAll() was called
        Tls,         // the certificate could not be verified or the handshake failed
        Network,     // refused, unreachable, name not found, connection dropped
        Redirected,  // a 3xx answer: never followed, so nothing is sent a second time
        TooLarge,    // the answer passed kMaxResponseBytes and was cut off
        Malformed,   // bytes that are not an HTTP answer
        ProxyAuth,   // the proxy wants credentials nobody gave (or it refused them)
    };
    Failure failure = Failure::None;
    int status = 0;  // 0 unless failure is None or Redirected
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;  // names in lower case
    QString errorText;                      // Qt's own words, for diagnostics
    QString proxy;                          // host:port of the proxy, for ProxyAuth

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// A small asynchronous HTTPS client: one time limit per request, cancellation,
// the system proxy, and TLS that trusts what Endpoints::sslConfiguration() says
// for the host called. Redirects are never followed and an answer may not grow
// past kMaxResponseBytes: every server can lie, and a lying one gets one request
// and a bounded amount of memory.
// Callbacks run on this object's thread, at most once per request, and never
// after the client is destroyed.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpResponse &)>;

    explicit HttpClient(const Endpoints &endpoints, QObject *parent = nullptr);
    ~HttpClient() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    void get(const QUrl &url, const HttpHeaders &headers, Callback done);
    void post(const QUrl &url, const HttpHeaders &headers, const QByteArray &body, Callback done);

    // Aborts every request in flight; their callbacks get Failure::Cancelled.
    void cancelAll();

    // Adjusts the TLS configuration of requests sent from now on (a client
    // certificate for one API call); an empty function removes it. Peer
    // verification is forced back on after the tweak: it adds, never relaxes.
    using SslTweak = std::function<void(QSslConfiguration &)>;
    void setSslTweak(SslTweak tweak) { m_sslTweak = std::move(tweak); }

    static constexpr int kDefaultTimeoutMs = 20000;
    // Headers and body together. Every mall's answer to a check is a few KiB.
    static constexpr qint64 kMaxResponseBytes = 512 * 1024;

    // How a proxy that asks for a user name and password gets them. The window
    // sets one that asks the seller; without one (the command line) such a
    // request ends in Failure::ProxyAuth. Returns false when the seller
    // declines. `retry` is true when earlier credentials were refused.
    using ProxyCredentialsPrompt =
        std::function<bool(const QString &proxyHostPort, bool retry, QString *user, QString *password)>;
    static void setProxyCredentialsPrompt(ProxyCredentialsPrompt prompt);
    // Sellers behind an office proxy must still reach the malls: the program
    // calls this once at start (not on first use, where it would override a
    // proxy set on purpose).
    static void useSystemProxy();

private:
    void send(const QByteArray &verb, const QUrl &url, const HttpHeaders &headers,
              const QByteArray &body, Callback done);
    QNetworkAccessManager *manager();
    struct Received {
        QByteArray body;
        qint64 headerBytes = 0;
        bool readFrom(QNetworkReply *reply);  // false (and aborted) past the cap
    };
    std::shared_ptr<Received> watch(QNetworkReply *reply);

    Endpoints m_endpoints;
    QNetworkAccessManager *m_manager = nullptr;  // created on first use, not at start-up
    QList<QPointer<QNetworkReply>> m_inFlight;
    int m_timeoutMs = kDefaultTimeoutMs;
    SslTweak m_sslTweak;
};

}  // namespace crossma
