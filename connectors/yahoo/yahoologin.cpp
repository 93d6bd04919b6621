#include "yahoologin.h"

#include "yahooloopback.h"
#include "yahootoken.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

namespace crossma {

namespace {
QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray page(const QString &title, const QString &text)
{
    return (QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                           "</head><body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1>"
                           "<p>%2</p></body></html>")
                .arg(title.toHtmlEscaped(), text.toHtmlEscaped()))
        .toUtf8();
}
}  // namespace

YahooLogin::YahooLogin(const YahooAppConfig &app, const Endpoints &endpoints, QObject *parent)
    : QObject(parent), m_app(app), m_endpoints(endpoints), m_http(endpoints, this)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(kDefaultTimeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(VerifyResult::failure(Code::Timeout,
                                     tr("The login was not completed in time. Press ログイン to "
                                        "try again.")));
    });
}

YahooLogin::~YahooLogin() = default;

void YahooLogin::setTimeout(int milliseconds)
{
    m_deadline.setInterval(milliseconds);
}

bool YahooLogin::listensOnLoopback() const
{
    return m_receiver && m_receiver->isListening();
}

void YahooLogin::start()
{
    if (m_started)
        return;
    m_started = true;
    m_deadline.start();

    if (!m_app.isComplete() || !m_app.redirectUri.isValid() || m_app.redirectUri.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(VerifyResult::failure(
                    Code::InvalidInput, tr("This program has no YConnect application configured "
                                           "for the Yahoo! login. Please contact support.")));
            },
            Qt::QueuedConnection);
        return;
    }

    m_authorizationUrl = buildAuthorizationUrl();
    if (YahooLoopbackReceiver::isLoopback(m_app.redirectUri))
        listenOnLoopback();
    const QUrl url = m_authorizationUrl;
    QMetaObject::invokeMethod(
        this,
        [this, url] {
            if (m_finished)
                return;
            emit stageChanged(listensOnLoopback()
                                  ? tr("Waiting for the login in your browser…")
                                  : tr("Log in in your browser, then paste the address of the page "
                                       "you were sent to."));
            emit openBrowser(url);
        },
        Qt::QueuedConnection);
}

// A fresh state, nonce and PKCE verifier for every login (RFC 7636, S256).
QUrl YahooLogin::buildAuthorizationUrl()
{
    m_state = randomToken(24);
    m_nonce = randomToken(24);
    m_codeVerifier = randomToken(48);
    const QByteArray challenge = QCryptographicHash::hash(m_codeVerifier, QCryptographicHash::Sha256)
                                     .toBase64(QByteArray::Base64UrlEncoding
                                               | QByteArray::OmitTrailingEquals);

    QUrlQuery query;
    const auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), m_app.clientId);
    add(QStringLiteral("redirect_uri"), m_app.redirectUri.toString(QUrl::FullyEncoded));
    add(QStringLiteral("scope"), QStringLiteral("openid profile"));
    add(QStringLiteral("bail"), QStringLiteral("1"));
    add(QStringLiteral("state"), QString::fromLatin1(m_state));
    add(QStringLiteral("nonce"), QString::fromLatin1(m_nonce));
    add(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    QUrl url = YahooToken::authorizationUrl(m_endpoints);
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

// Yahoo! sends the browser back to our loopback address with the code.
void YahooLogin::listenOnLoopback()
{
    m_receiver = new YahooLoopbackReceiver(this);
    m_receiver->setPages(
        page(tr("Logged in"),
             tr("The Yahoo! JAPAN ID login is done. Close this page and return to the setup "
                "program.")),
        page(tr("Login not completed"),
             tr("This page does not belong to the current login. Return to the setup program "
                "and press ログイン again.")));
    connect(m_receiver, &YahooLoopbackReceiver::received, this,
            [this](const QUrlQuery &q, bool *accepted) {
                Redirect r;
                r.code = q.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
                r.state = q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
                r.error = q.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
                r.errorDescription = q.queryItemValue(QStringLiteral("error_description"),
                                                      QUrl::FullyDecoded);
                QString ignored;
                *accepted = accept(r, true, &ignored);
            });
    QString error;
    if (!m_receiver->listen(m_app.redirectUri, &error)) {
        // Another program holds the port: the seller can still paste the URL.
        delete m_receiver;
        m_receiver = nullptr;
    }
}

void YahooLogin::cancel()
{
    finish(VerifyResult::failure(Code::Cancelled, tr("The login was cancelled.")));
}

YahooLogin::Redirect YahooLogin::parseRedirect(const QString &text)
{
    Redirect r;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return r;
    QString queryText;
    const int question = trimmed.indexOf(QLatin1Char('?'));
    if (question >= 0) {
        queryText = trimmed.mid(question + 1);
    } else if (trimmed.contains(QLatin1Char('='))) {
        queryText = trimmed;
    } else {
        // A bare code: Yahoo! codes are URL-safe tokens.
        static const QRegularExpression codeShape(QStringLiteral("^[A-Za-z0-9._~+/=-]{4,512}$"));
        if (codeShape.match(trimmed).hasMatch())
            r.code = trimmed;
        return r;
    }
    const int hash = queryText.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        queryText.truncate(hash);
    const QUrlQuery query(queryText);
    const auto value = [&query](const char *key) {
        return query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    };
    r.code = value("code");
    r.state = value("state");
    r.error = value("error");
    r.errorDescription = value("error_description");
    return r;
}

bool YahooLogin::submitPasted(const QString &text, QString *problem)
{
    if (!isRunning() || m_exchanging) {
        *problem = tr("No login is waiting. Press ログイン first.");
        return false;
    }
    const Redirect r = parseRedirect(text);
    if (r.code.isEmpty() && r.error.isEmpty()) {
        *problem = tr("No login code was found in what you pasted. Copy the whole address from "
                      "your browser's address bar after logging in.");
        return false;
    }
    return accept(r, false, problem);
}

bool YahooLogin::accept(const Redirect &redirect, bool stateRequired, QString *problem)
{
    if (!isRunning() || m_exchanging) {
        *problem = tr("No login is waiting. Press ログイン first.");
        return false;
    }
    // The state ties the answer to this attempt; a bare pasted code has none.
    if ((stateRequired || !redirect.state.isEmpty()) && redirect.state.toLatin1() != m_state) {
        *problem = tr("This address belongs to an earlier login attempt. Press ログイン again and "
                      "paste the new address.");
        return false;
    }
    if (!redirect.error.isEmpty()) {
        const bool denied = redirect.error == QLatin1String("access_denied");
        finish(VerifyResult::failure(Code::LoginRequired,
                                     denied
                                         ? tr("The login or the consent was cancelled in the "
                                              "browser. Press ログイン and agree to link the "
                                              "store.")
                                         : tr("Yahoo! did not complete the login. Press ログイン "
                                              "to try again."))
                   .withMall(redirect.error, redirect.errorDescription));
        return true;
    }
    if (redirect.code.isEmpty()) {
        *problem = tr("No login code was found.");
        return false;
    }
    exchange(redirect.code);
    return true;
}

void YahooLogin::exchange(const QString &code)
{
    m_exchanging = true;
    emit stageChanged(tr("Completing the login with Yahoo!…"));
    m_http.post(YahooToken::tokenUrl(m_endpoints), YahooToken::headers(m_app),
                YahooToken::codeBody(code, m_app.redirectUri, m_codeVerifier),
                [this](const HttpResponse &response) { onToken(response); });
}

void YahooLogin::onToken(const HttpResponse &response)
{
    m_exchanging = false;
    if (response.failure != HttpResponse::Failure::None)
        return finish(YahooToken::transportFailure(response));
    if (response.status != 200)
        return finish(YahooToken::failureFor(response));
    YahooToken::Tokens tokens;
    if (!YahooToken::parse(response.body, &tokens) || tokens.refreshToken.isEmpty()) {
        return finish(VerifyResult::failure(
            Code::BadResponse,
            tr("Yahoo!'s login service answered without a login token. Please try again later.")));
    }
    m_refreshToken = tokens.refreshToken;
    m_issuedAt = QDateTime::currentDateTimeUtc();
    finish(VerifyResult::success(tr("Logged in with your Yahoo! JAPAN ID. Run the connection test "
                                    "next.")));
}

void YahooLogin::finish(VerifyResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_http.cancelAll();
    if (m_receiver)
        m_receiver->close();
    m_result = std::move(result);
    emit finished(m_result);
}

}  // namespace crossma
