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

class QNetworkAccessManager;
class QNetworkReply;

namespace crossma {

struct HttpResponse {
    enum class Failure {
        None,       // an HTTP answer arrived (any status)
        Timeout,    // no complete answer within the time limit
        Cancelled,  // cancelAll() was called
        Tls,        // the certificate could not be verified or the handshake failed
        Network,    // refused, unreachable, name not found, connection dropped
    };
    Failure failure = Failure::None;
    int status = 0;                        // 0 unless failure == None
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QString errorText;                     // Qt's own words, for diagnostics

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// A small asynchronous HTTPS client: one time limit per request, cancellation,
// the system proxy, and TLS that trusts the endpoints' extra CA and nothing less.
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
    void post(const QUrl &url, const HttpHeaders &headers, const QByteArray &body,
              Callback done);

    // Aborts every request in flight; their callbacks get Failure::Cancelled.
    void cancelAll();

    // Adjusts the TLS configuration of requests sent from now on (a client
    // certificate for one API call); an empty function removes it. Peer
    // verification is forced back on after the tweak: it adds, never relaxes.
    using SslTweak = std::function<void(QSslConfiguration &)>;
    void setSslTweak(SslTweak tweak) { m_sslTweak = std::move(tweak); }

    static constexpr int kDefaultTimeoutMs = 20000;

private:
    void send(const QByteArray &verb, const QUrl &url, const HttpHeaders &headers,
              const QByteArray &body, Callback done);
    QNetworkAccessManager *manager();

    Endpoints m_endpoints;
    QNetworkAccessManager *m_manager = nullptr;  // created on first use, not at start-up
    QList<QPointer<QNetworkReply>> m_inFlight;
    int m_timeoutMs = kDefaultTimeoutMs;
    SslTweak m_sslTweak;
};

}  // namespace crossma
