// The sandbox server's TLS client-certificate modes (the retired Yahoo! API
// certificate was a client certificate), through the product's HttpClient.
#include <catch2/catch.hpp>

#include "core/httpclient.h"
#include "server.h"
#include "waitfor.h"

using namespace crossma;
using namespace crossma::sandbox;
using crossma::test::waitForGet;

TEST_CASE("sandbox server asks for or requires TLS client certificates", "[sandbox]")
{
    // A bare server, not SandboxMalls: a fake may change the mode for its own needs.
    const CertificateAuthority ca = CertificateAuthority::create(
        QStringLiteral("client cert test CA"));
    Server server(ca);
    QString error;
    REQUIRE(server.listen(&error));
    Endpoints endpoints;
    // The test CA vouches only for a host the endpoints override.
    endpoints.setOverride(QStringLiteral("yahoo.api"), server.baseUrl());
    endpoints.addTrustedCa(ca.certificate());
    QSslCertificate seen;
    server.route("GET", QStringLiteral("/cert"), [&](const Request &request) {
        seen = request.peerCertificate;
        return Response::json(200, "{}");
    });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto valid = ca.issueClient(QStringLiteral("SHP-snbx-store"), now.addDays(-10),
                                      now.addDays(355));
    const auto expired = ca.issueClient(QStringLiteral("SHP-snbx-store"), now.addYears(-2),
                                        now.addDays(-1));
    const CertificateAuthority stranger = CertificateAuthority::create(QStringLiteral("stranger"));
    const auto foreign = stranger.issueClient(QStringLiteral("SHP-snbx-store"), now.addDays(-1),
                                              now.addDays(30));
    auto withCertificate = [](const CertificateAuthority::Issued &issued) {
        return [issued](QSslConfiguration &config) {
            config.setLocalCertificate(issued.certificate);
            config.setPrivateKey(issued.key);
        };
    };
    auto fetch = [&](const HttpClient::SslTweak &tweak) {
        HttpClient client(endpoints);  // a fresh client: no reused connection
        client.setSslTweak(tweak);
        seen = QSslCertificate();
        QUrl url = server.baseUrl();
        url.setPath(QStringLiteral("/cert"));
        return waitForGet(client, url);
    };

    SECTION("None: the default; a certificate offered is not even asked for")
    {
        CHECK(server.clientCertificates() == Server::ClientCertificates::None);
        CHECK(fetch(withCertificate(valid)).status == 200);
        CHECK(seen.isNull());
    }
    SECTION("Request: the handler sees what was sent, even an expired or foreign one")
    {
        server.setClientCertificates(Server::ClientCertificates::Request);
        CHECK(fetch(withCertificate(valid)).status == 200);
        CHECK(seen == valid.certificate);
        CHECK(fetch(withCertificate(expired)).status == 200);
        CHECK(seen == expired.certificate);
        CHECK(fetch(withCertificate(foreign)).status == 200);
        CHECK(seen == foreign.certificate);
        CHECK(fetch({}).status == 200);
        CHECK(seen.isNull());
    }
    SECTION("Require: only a valid certificate of the server's CA gets through")
    {
        server.setClientCertificates(Server::ClientCertificates::Require);
        CHECK(fetch(withCertificate(valid)).status == 200);
        CHECK(seen == valid.certificate);
        // TLS 1.3 reports a refused client certificate as a closed connection,
        // so assert only that no answer came.
        CHECK(fetch(withCertificate(expired)).failure != HttpResponse::Failure::None);
        CHECK(fetch(withCertificate(foreign)).failure != HttpResponse::Failure::None);
        CHECK(fetch({}).failure != HttpResponse::Failure::None);
        CHECK(server.requestCount(QStringLiteral("/cert")) == 1);
    }
}
