#pragma once

#include "core/endpoints.h"
#include "core/httpclient.h"
#include "core/verifyresult.h"
#include "yahooconfig.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

namespace crossma {

class YahooLoopbackReceiver;

// The Yahoo! ID連携 v2 authorization-code login (with PKCE) in the seller's
// own browser. start() prepares the authorization URL and, when the
// registered redirect URI is on loopback, listens there; the caller opens
// openBrowser()'s URL. Where the redirect cannot reach this program, the
// seller pastes the redirected URL (or just the code) into submitPasted().
// The code is then exchanged for tokens; finished() is emitted once.
// The refresh token is never part of the result: read it with refreshToken().
class YahooLogin : public QObject
{
    Q_OBJECT
public:
    YahooLogin(const YahooAppConfig &app, const Endpoints &endpoints, QObject *parent = nullptr);
    ~YahooLogin() override;

    // The whole login, browser included (default 10 minutes).
    void setTimeout(int milliseconds);
    static constexpr int kDefaultTimeoutMs = 10 * 60 * 1000;

    void start();
    void cancel();

    QUrl authorizationUrl() const { return m_authorizationUrl; }
    // True when the redirect comes back by itself; false means paste only.
    bool listensOnLoopback() const;
    bool isRunning() const { return m_started && !m_finished; }
    bool isExchanging() const { return m_exchanging; }

    // The paste fallback: the full redirected URL (or its query), or the bare
    // code. Returns false with a translated `problem` (state of another login,
    // Yahoo!'s error, nothing usable) and keeps waiting.
    bool submitPasted(const QString &text, QString *problem);

    const VerifyResult &result() const { return m_result; }
    QString refreshToken() const { return m_refreshToken; }
    QDateTime issuedAt() const { return m_issuedAt; }

    struct Redirect {
        QString code;
        QString state;
        QString error;
        QString errorDescription;
    };
    // Reads code/state/error from a pasted URL, query or bare code.
    static Redirect parseRedirect(const QString &text);

signals:
    void openBrowser(const QUrl &url);
    void stageChanged(const QString &stage);
    void finished(const crossma::VerifyResult &result);

private:
    QUrl buildAuthorizationUrl();
    void listenOnLoopback();
    bool accept(const Redirect &redirect, bool stateRequired, QString *problem);
    void exchange(const QString &code);
    void onToken(const HttpResponse &response);
    void finish(VerifyResult result);

    YahooAppConfig m_app;
    Endpoints m_endpoints;
    HttpClient m_http;
    YahooLoopbackReceiver *m_receiver = nullptr;
    QTimer m_deadline;
    QUrl m_authorizationUrl;
    QByteArray m_state;
    QByteArray m_nonce;
    QByteArray m_codeVerifier;
    bool m_started = false;
    bool m_exchanging = false;
    bool m_finished = false;
    VerifyResult m_result;
    QString m_refreshToken;
    QDateTime m_issuedAt;
};

}  // namespace crossma
