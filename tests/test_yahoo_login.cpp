// The Yahoo! ID連携 v2 login end to end against the loopback fake: the test
// plays the browser with QNetworkAccessManager (authorization page → 302 →
// the program's loopback redirect URI), and the paste-the-URL fallback.
#include <catch2/catch.hpp>

#include "sandboxfixture.h"
#include "waitfor.h"
#include "yahoo/sandbox/yahoofake.h"
#include "yahoo/yahooconnector.h"
#include "yahoo/yahoologin.h"
#include "yahoo/yahooloopback.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace crossma;
using crossma::sandbox::YahooFake;
using crossma::test::SandboxFixture;
using crossma::test::waitFor;

namespace {
quint16 freeLoopbackPort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

YahooAppConfig sandboxApp(const QUrl &redirect)
{
    YahooAppConfig app;
    app.clientId = QString::fromLatin1(YahooFake::kClientId);
    app.clientSecret = QString::fromLatin1(YahooFake::kClientSecret);
    app.redirectUri = redirect;
    return app;
}

struct Reply {
    int status = 0;
    QByteArray location;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

// What a browser does with one URL, without following redirects.
Reply browse(QNetworkAccessManager &nam, const QUrl &url, const Endpoints &endpoints)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(endpoints.sslConfiguration(url));
    QNetworkReply *reply = nam.get(request);
    REQUIRE(waitFor([reply] { return reply->isFinished(); }, 10000));
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.location = reply->rawHeader("Location");
    r.body = reply->readAll();
    r.error = reply->error();
    reply->deleteLater();
    return r;
}

QUrl startAndGetBrowserUrl(YahooLogin &login)
{
    QUrl opened;
    QObject::connect(&login, &YahooLogin::openBrowser, [&opened](const QUrl &url) { opened = url; });
    login.start();
    REQUIRE(waitFor([&opened] { return opened.isValid(); }));
    return opened;
}
}  // namespace

TEST_CASE("Yahoo login: the authorization URL carries what YConnect v2 needs", "[yahoo]")
{
    SandboxFixture sandbox;
    YahooLogin login(sandboxApp(QUrl(QStringLiteral("https://crossma.example/yahoo/callback"))),
                     sandbox.endpoints());
    const QUrl url = startAndGetBrowserUrl(login);
    CHECK(url.path() == QLatin1String("/yconnect/v2/authorization"));
    CHECK(url.host() == QLatin1String("127.0.0.1"));
    const QUrlQuery q(url);
    const auto v = [&q](const char *k) {
        return q.queryItemValue(QString::fromLatin1(k), QUrl::FullyDecoded);
    };
    CHECK(v("response_type") == QLatin1String("code"));
    CHECK(v("client_id") == QLatin1String(YahooFake::kClientId));
    CHECK(v("redirect_uri") == QLatin1String("https://crossma.example/yahoo/callback"));
    CHECK(v("scope") == QLatin1String("openid profile"));
    CHECK(v("bail") == QLatin1String("1"));
    CHECK(v("state").size() >= 32);
    CHECK(v("code_challenge_method") == QLatin1String("S256"));
    CHECK(v("code_challenge").size() == 43);
    CHECK_FALSE(login.listensOnLoopback());
    // The secret never travels in the browser's URL.
    CHECK_FALSE(url.toString().contains(QLatin1String(YahooFake::kClientSecret)));
}

TEST_CASE("Yahoo login: browser redirect to loopback, code exchanged, then verified", "[yahoo]")
{
    SandboxFixture sandbox;
    const QUrl redirect(QStringLiteral("http://127.0.0.1:%1/yahoo/callback").arg(freeLoopbackPort()));
    YahooLogin login(sandboxApp(redirect), sandbox.endpoints());
    bool done = false;
    QObject::connect(&login, &YahooLogin::finished, [&done] { done = true; });
    const QUrl url = startAndGetBrowserUrl(login);
    REQUIRE(login.listensOnLoopback());

    QNetworkAccessManager nam;
    const Reply authorize = browse(nam, url, sandbox.endpoints());
    REQUIRE(authorize.status == 302);
    const QUrl back = QUrl::fromEncoded(authorize.location);
    CHECK(back.toString().startsWith(redirect.toString()));
    CHECK(QUrlQuery(back).queryItemValue(QStringLiteral("state"))
          == QUrlQuery(url).queryItemValue(QStringLiteral("state")));

    // A stray request with another state is refused and the login keeps waiting.
    QUrl forged = redirect;
    forged.setQuery(QStringLiteral("code=forged&state=not-ours"));
    const Reply stray = browse(nam, forged, sandbox.endpoints());
    CHECK(stray.status == 400);
    CHECK_FALSE(done);

    const Reply landing = browse(nam, back, sandbox.endpoints());
    CHECK(landing.status == 200);
    REQUIRE(waitFor([&done] { return done; }, 10000));
    INFO(login.result().summary().toStdString());
    REQUIRE(login.result().ok());
    CHECK_FALSE(login.refreshToken().isEmpty());
    CHECK(login.issuedAt().secsTo(QDateTime::currentDateTimeUtc()) < 60);
    CHECK_FALSE(login.result().summary().contains(login.refreshToken()));
    CHECK_FALSE(login.listensOnLoopback());

    // The fresh refresh token passes the connection test.
    auto *fake = dynamic_cast<YahooFake *>(sandbox.malls().fake(QStringLiteral("yahoo")));
    REQUIRE(fake);
    YahooConnector connector;
    const FieldValues values = connector.normalise(
        {{YahooField::storeAccount, QStringLiteral("snbx-crossma")},
         {YahooField::publicKey, QString::fromLatin1(fake->publicKeyPem())},
         {YahooField::publicKeyVersion, QString::number(YahooFake::kKeyVersion)},
         {YahooField::refreshToken, login.refreshToken()},
         {YahooField::refreshTokenIssuedAt, login.issuedAt().toString(Qt::ISODate)},
         {YahooField::clientId, QString::fromLatin1(YahooFake::kClientId)},
         {YahooField::clientSecret, QString::fromLatin1(YahooFake::kClientSecret)}});
    REQUIRE(connector.check(values).isEmpty());
    QObject owner;
    VerifyJob *job = connector.verify(values, sandbox.endpoints(), &owner);
    job->start();
    REQUIRE(waitFor([job] { return job->isFinished(); }, 15000));
    INFO(job->result().summary().toStdString());
    CHECK(job->result().ok());
    CHECK(job->result().facts.value(QStringLiteral("refreshTokenDaysLeft")).toInt() == 28);
}

TEST_CASE("Yahoo login: pasting the redirected URL or the code completes the login", "[yahoo]")
{
    SandboxFixture sandbox;
    const QUrl redirect(QStringLiteral("https://crossma.example/yahoo/callback"));
    YahooLogin login(sandboxApp(redirect), sandbox.endpoints());
    const QUrl url = startAndGetBrowserUrl(login);
    QNetworkAccessManager nam;
    const Reply authorize = browse(nam, url, sandbox.endpoints());
    REQUIRE(authorize.status == 302);
    const QString location = QString::fromLatin1(authorize.location);
    const QString code = QUrlQuery(QUrl(location)).queryItemValue(QStringLiteral("code"));
    REQUIRE_FALSE(code.isEmpty());

    QString problem;
    SECTION("the whole URL")
    {
        CHECK_FALSE(login.submitPasted(QStringLiteral("nothing useful"), &problem));
        CHECK_FALSE(problem.isEmpty());
        CHECK_FALSE(login.submitPasted(
            QStringLiteral("https://crossma.example/yahoo/callback?code=%1&state=old").arg(code),
            &problem));
        CHECK(login.isRunning());
        REQUIRE(login.submitPasted(QStringLiteral("  ") + location + QStringLiteral("\n"), &problem));
    }
    SECTION("only the code")
    {
        REQUIRE(login.submitPasted(code, &problem));
    }
    REQUIRE(waitFor([&login] { return !login.isRunning(); }, 10000));
    INFO(login.result().summary().toStdString());
    CHECK(login.result().ok());
    CHECK_FALSE(login.refreshToken().isEmpty());
}

TEST_CASE("Yahoo login: a used code, a refusal in the browser, time-out and cancel", "[yahoo]")
{
    SandboxFixture sandbox;
    const QUrl redirect(QStringLiteral("https://crossma.example/yahoo/callback"));
    SECTION("consent refused")
    {
        YahooLogin login(sandboxApp(redirect), sandbox.endpoints());
        const QUrl url = startAndGetBrowserUrl(login);
        const QString state = QUrlQuery(url).queryItemValue(QStringLiteral("state"));
        QString problem;
        REQUIRE(login.submitPasted(
            redirect.toString() + QStringLiteral("?error=access_denied&state=") + state, &problem));
        CHECK(login.result().code.toStdString() == std::string("LOGIN_REQUIRED"));
        CHECK(login.result().mallCode.toStdString() == std::string("access_denied"));
    }
    SECTION("a code used twice is refused by the token endpoint")
    {
        YahooLogin first(sandboxApp(redirect), sandbox.endpoints());
        QNetworkAccessManager nam;
        const Reply authorize = browse(nam, startAndGetBrowserUrl(first), sandbox.endpoints());
        const QString code = QUrlQuery(QUrl(QString::fromLatin1(authorize.location)))
                                 .queryItemValue(QStringLiteral("code"));
        QString problem;
        REQUIRE(first.submitPasted(code, &problem));
        REQUIRE(waitFor([&first] { return !first.isRunning(); }, 10000));
        REQUIRE(first.result().ok());
        YahooLogin second(sandboxApp(redirect), sandbox.endpoints());
        startAndGetBrowserUrl(second);
        REQUIRE(second.submitPasted(code, &problem));
        REQUIRE(waitFor([&second] { return !second.isRunning(); }, 10000));
        CHECK(second.result().code.toStdString() == std::string("LOGIN_REQUIRED"));
        CHECK(second.refreshToken().isEmpty());
    }
    SECTION("nobody logs in")
    {
        YahooLogin login(sandboxApp(redirect), sandbox.endpoints());
        login.setTimeout(300);
        startAndGetBrowserUrl(login);
        REQUIRE(waitFor([&login] { return !login.isRunning(); }, 5000));
        CHECK(login.result().code.toStdString() == std::string("TIMEOUT"));
    }
    SECTION("cancel")
    {
        YahooLogin login(sandboxApp(redirect), sandbox.endpoints());
        startAndGetBrowserUrl(login);
        login.cancel();
        CHECK_FALSE(login.isRunning());
        CHECK(login.result().code.toStdString() == std::string("CANCELLED"));
        QString problem;
        CHECK_FALSE(login.submitPasted(QStringLiteral("abcd1234"), &problem));
    }
    SECTION("no application configured")
    {
        YahooLogin login(YahooAppConfig{}, sandbox.endpoints());
        login.start();
        REQUIRE(waitFor([&login] { return !login.isRunning(); }));
        CHECK(login.result().code.toStdString() == std::string("INVALID_INPUT"));
    }
}

TEST_CASE("Yahoo login: what a seller may paste is read tolerantly", "[yahoo]")
{
    using R = YahooLogin::Redirect;
    const R full = YahooLogin::parseRedirect(
        QStringLiteral("https://crossma.example/cb?code=AbC-123_x&state=s%2B1#_=_"));
    CHECK(full.code.toStdString() == std::string("AbC-123_x"));
    CHECK(full.state == QLatin1String("s+1"));
    const R query = YahooLogin::parseRedirect(QStringLiteral("code=xyz789&state=abc"));
    CHECK(query.code.toStdString() == std::string("xyz789"));
    const R bare = YahooLogin::parseRedirect(QStringLiteral(" Zx81Yq "));
    CHECK(bare.code.toStdString() == std::string("Zx81Yq"));
    CHECK(bare.state.isEmpty());
    const R error = YahooLogin::parseRedirect(QStringLiteral(
        "http://127.0.0.1:1/cb?error=access_denied&error_description=user%20denied"));
    CHECK(error.error == QLatin1String("access_denied"));
    CHECK(error.errorDescription == QLatin1String("user denied"));
    CHECK(YahooLogin::parseRedirect(QStringLiteral("ログインできません")).code.isEmpty());
    CHECK(YahooLoopbackReceiver::isLoopback(
        QUrl(QStringLiteral("http://127.0.0.1:53682/yahoo/callback"))));
    CHECK_FALSE(
        YahooLoopbackReceiver::isLoopback(QUrl(QStringLiteral("https://127.0.0.1:53682/"))));
    CHECK_FALSE(
        YahooLoopbackReceiver::isLoopback(QUrl(QStringLiteral("http://192.168.0.2:53682/"))));
}

TEST_CASE("Yahoo login: the loopback receiver answers only GET on its path", "[yahoo]")
{
    const quint16 port = freeLoopbackPort();
    const QUrl redirect(QStringLiteral("http://127.0.0.1:%1/yahoo/callback").arg(port));
    YahooLoopbackReceiver receiver;
    QString error;
    REQUIRE(receiver.listen(redirect, &error));
    int received = 0;
    QObject::connect(&receiver, &YahooLoopbackReceiver::received,
                     [&received](const QUrlQuery &, bool *accepted) {
                         ++received;
                         *accepted = true;
                     });
    const auto ask = [port](const QByteArray &request) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        REQUIRE(waitFor([&socket] { return socket.state() == QAbstractSocket::ConnectedState; }));
        socket.write(request);
        QByteArray answer;
        waitFor([&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        });
        answer += socket.readAll();
        return answer.left(answer.indexOf("\r\n"));
    };
    CHECK(ask("POST /yahoo/callback HTTP/1.1\r\nHost: x\r\n\r\n").toStdString()
          == "HTTP/1.1 405 Method Not Allowed");
    CHECK(ask("GET /favicon.ico HTTP/1.1\r\nHost: x\r\n\r\n").toStdString()
          == "HTTP/1.1 404 Not Found");
    CHECK(ask("GET /yahoo/callback?x=" + QByteArray(20000, 'a') + " HTTP/1.1\r\n\r\n")
              .startsWith("HTTP/1.1 431"));
    CHECK(received == 0);
    CHECK(ask("GET /yahoo/callback?code=c&state=s HTTP/1.1\r\nHost: x\r\n\r\n").toStdString()
          == "HTTP/1.1 200 OK");
    CHECK(received == 1);
    // The port is taken now: a second receiver says so instead of failing silently.
    YahooLoopbackReceiver second;
    CHECK_FALSE(second.listen(redirect, &error));
    CHECK_FALSE(error.isEmpty());
}
