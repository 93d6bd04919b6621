// The service settings chosen at configure time (-DCROSSMA_SERVICE_CONFIG,
// resources/ServiceConfig.cmake) are the ones built into the program, and the
// YConnect application they name is what the Yahoo! login sends (played
// against the sandbox's Yahoo! fake).
#include <catch2/catch.hpp>

#include "sandboxfixture.h"
#include "servicedata.h"
#include "waitfor.h"
#include "yahoo/sandbox/yahoofake.h"
#include "yahoo/yahooconfig.h"
#include "yahoo/yahoologin.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QUrlQuery>

using namespace crossma;
using crossma::sandbox::YahooFake;
using crossma::test::SandboxFixture;
using crossma::test::waitFor;

namespace {
QJsonObject configuredFile()
{
    QFile file(QStringLiteral(CROSSMA_SERVICE_CONFIG_USED));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    REQUIRE_FALSE(object.isEmpty());
    return object;
}

QString yahooValue(const QJsonObject &config, const char *key)
{
    return config.value(QLatin1String("yahoo")).toObject().value(QLatin1String(key)).toString();
}
}  // namespace

TEST_CASE("The service settings built in are those of the file named at configure time",
          "[service]")
{
    const QJsonObject file = configuredFile();
    CHECK(serviceData() == file);
    const YahooAppConfig app = YahooAppConfig::bundled();
    CHECK(app.clientId == yahooValue(file, "clientId"));
    CHECK(app.clientSecret == yahooValue(file, "clientSecret"));
    CHECK(app.redirectUri.toString() == yahooValue(file, "redirectUri"));
    CHECK(
        supportContact()
        == file.value(QLatin1String("support")).toObject().value(QLatin1String("contact")).toString());
}

TEST_CASE("The configured YConnect application reaches the Yahoo login request", "[service][yahoo]")
{
    const QJsonObject file = configuredFile();
    SandboxFixture sandbox;
    YahooAppConfig app = YahooAppConfig::bundled();
    REQUIRE(app.isComplete());
    // Its own loopback port, so that a running copy of the program cannot clash.
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    app.redirectUri.setPort(probe.serverPort());
    probe.close();

    YahooLogin login(app, sandbox.endpoints());
    QUrl opened;
    QObject::connect(&login, &YahooLogin::openBrowser, [&opened](const QUrl &url) { opened = url; });
    login.start();
    REQUIRE(waitFor([&opened] { return opened.isValid(); }));
    const QUrlQuery query(opened);
    CHECK(query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded)
          == yahooValue(file, "clientId"));
    CHECK_FALSE(opened.toString().contains(yahooValue(file, "clientSecret")));

    // The sandbox's Yahoo! knows only its own application: it sends the
    // browser back for it and shows its error page for any other.
    QNetworkAccessManager nam;
    QNetworkRequest request(opened);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setSslConfiguration(sandbox.endpoints().sslConfiguration(opened));
    QNetworkReply *reply = nam.get(request);
    REQUIRE(waitFor([reply] { return reply->isFinished(); }, 10000));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool sandboxApp = yahooValue(file, "clientId") == QLatin1String(YahooFake::kClientId);
    CHECK(status == (sandboxApp ? 302 : 400));
    reply->deleteLater();
    login.cancel();
}
