// The Amazon connector's verify job against the loopback Amazon fake: the
// real HTTP client, real TLS with a CA made for the test, the real paths.
#include <catch2/catch.hpp>

#include "amazon/amazonconnector.h"
#include "amazon/amazonverifyjob.h"
#include "amazon/sandbox/amazonfake.h"
#include "sandboxfixture.h"
#include "server.h"
#include "verifyrunner.h"
#include "waitfor.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace crossma;
using crossma::sandbox::AmazonFake;

namespace {

// One server with only the Amazon fake on it, and endpoints that trust it.
struct AmazonSandbox : test::SingleFakeSandbox<AmazonFake> {
    // The values of the fake's scenario that uses `behaviour`'s refresh token.
    static FieldValues values(const QString &behaviour)
    {
        return {{QStringLiteral("sellerId"), AmazonFake::sellerId()},
                {QStringLiteral("lwaClientId"), AmazonFake::clientId()},
                {QStringLiteral("lwaClientSecret"), AmazonFake::clientSecret()},
                {QStringLiteral("refreshToken"), AmazonFake::refreshToken(behaviour)},
                {QStringLiteral("marketplaceId"), QStringLiteral("A1VC38T7YXB528")}};
    }

    VerifyResult verify(const FieldValues &values, int timeoutMs = VerifyJob::kDefaultTimeoutMs)
    {
        return test::runVerify(AmazonConnector(), values, endpoints, timeoutMs);
    }

    int requests() const { return server.requestCount(); }
};

void requireNoSecretIn(const VerifyResult &r, const FieldValues &values)
{
    const QString all = r.message + r.causes.join(QLatin1Char(' ')) + r.mallCode + r.mallMessage
                        + r.warnings.join(QLatin1Char(' '))
                        + QString::fromUtf8(
                            QJsonDocument(QJsonObject::fromVariantMap(r.facts)).toJson());
    CHECK_FALSE(all.contains(values.value(QStringLiteral("lwaClientSecret"))));
    CHECK_FALSE(all.contains(values.value(QStringLiteral("refreshToken"))));
    CHECK_FALSE(all.contains(QStringLiteral("Atza|")));
}
}  // namespace

TEST_CASE("Amazon verify: correct values connect with exactly two requests", "[amazon]")
{
    AmazonSandbox amazon;
    const FieldValues values = AmazonSandbox::values(QStringLiteral("ok"));
    const VerifyResult r = amazon.verify(values);
    INFO(r.summary().toStdString());
    CHECK(r.ok());
    CHECK(r.warnings.isEmpty());
    CHECK(r.facts.value(QStringLiteral("marketplaceName")).toString()
          == QStringLiteral("Amazon.co.jp"));
    CHECK(r.facts.value(QStringLiteral("sellerId")).toString() == AmazonFake::sellerId());
    CHECK(r.message.contains(QStringLiteral("Amazon.co.jp")));
    requireNoSecretIn(r, values);

    CHECK(amazon.requests() == 2);
    CHECK(amazon.server.requestCount(AmazonVerifyJob::tokenPath()) == 1);
    CHECK(amazon.server.requestCount(AmazonVerifyJob::participationsPath()) == 1);

    // What went over the wire is what LWA and SP-API document.
    const QList<sandbox::Request> sent = amazon.server.requests();
    REQUIRE(sent.size() == 2);
    CHECK(sent.at(0).method == "POST");
    CHECK(sent.at(0).header("content-type").startsWith("application/x-www-form-urlencoded"));
    const QUrlQuery form = sent.at(0).form();
    CHECK(form.queryItemValue(QStringLiteral("grant_type")) == QStringLiteral("refresh_token"));
    CHECK(form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded)
          == values.value(QStringLiteral("refreshToken")));
    CHECK(form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded)
          == AmazonFake::clientId());
    CHECK(form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded)
          == AmazonFake::clientSecret());
    CHECK(sent.at(1).method == "GET");
    CHECK(sent.at(1).header("x-amz-access-token").startsWith("Atza|"));
    CHECK(sent.at(1).header("authorization").isEmpty());  // no SigV4 since 2023
}

TEST_CASE("Amazon verify: suspended listings connect with a warning", "[amazon]")
{
    AmazonSandbox amazon;
    const VerifyResult r = amazon.verify(AmazonSandbox::values(QStringLiteral("suspended")));
    INFO(r.summary().toStdString());
    CHECK(r.ok());
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings.first().contains(QStringLiteral("Amazon.co.jp")));
    CHECK(amazon.requests() == 2);
}

TEST_CASE("Amazon verify: a wrong client secret stops after the token request", "[amazon]")
{
    AmazonSandbox amazon;
    FieldValues values = AmazonSandbox::values(QStringLiteral("ok"));
    values.insert(QStringLiteral("lwaClientSecret"),
                  QStringLiteral("amzn1.oa2-cs.v1.")
                      + QString(QStringLiteral("0f1e2d3c")).repeated(8));
    const VerifyResult r = amazon.verify(values);
    INFO(r.summary().toStdString());
    CHECK(r.code == QLatin1String(Code::AuthRejected));
    CHECK(r.verdict() == VerifyResult::Verdict::Rejected);
    CHECK(r.mallCode == QStringLiteral("invalid_client"));
    CHECK(r.mallMessage == QStringLiteral("Client authentication failed"));
    CHECK(r.causes.size() >= 2);
    requireNoSecretIn(r, values);
    CHECK(amazon.requests() == 1);
    CHECK(amazon.server.requestCount(AmazonVerifyJob::participationsPath()) == 0);
}

TEST_CASE("Amazon verify: a wrong client ID is invalid_client too", "[amazon]")
{
    AmazonSandbox amazon;
    FieldValues values = AmazonSandbox::values(QStringLiteral("ok"));
    values.insert(QStringLiteral("lwaClientId"),
                  QStringLiteral("amzn1.application-oa2-client.ffffffffffffffffffffffffffffffff"));
    const VerifyResult r = amazon.verify(values);
    CHECK(r.code == QLatin1String(Code::AuthRejected));
    CHECK(r.mallCode == QStringLiteral("invalid_client"));
    CHECK(amazon.requests() == 1);
}

TEST_CASE("Amazon verify: a revoked refresh token asks to authorise the app again", "[amazon]")
{
    AmazonSandbox amazon;
    const FieldValues values = AmazonSandbox::values(QStringLiteral("revoked"));
    const VerifyResult r = amazon.verify(values);
    INFO(r.summary().toStdString());
    CHECK(r.code == QLatin1String(AmazonVerifyJob::kRefreshTokenRejected));
    CHECK(r.verdict() == VerifyResult::Verdict::Rejected);
    CHECK(r.mallCode == QStringLiteral("invalid_grant"));
    CHECK(r.mallMessage.contains(QStringLiteral("refresh_token")));
    requireNoSecretIn(r, values);
    CHECK(amazon.requests() == 1);
}

TEST_CASE("Amazon verify: 403 Unauthorized is a missing permission with its causes", "[amazon]")
{
    AmazonSandbox amazon;
    const VerifyResult r = amazon.verify(AmazonSandbox::values(QStringLiteral("unauthorized")));
    INFO(r.summary().toStdString());
    CHECK(r.code == QLatin1String(Code::PermissionMissing));
    CHECK(r.mallCode == QStringLiteral("Unauthorized"));
    CHECK(r.mallMessage == QStringLiteral("Access to requested resource is denied."));
    CHECK(r.causes.size() == 3);  // not authorised for this seller, role, region
    CHECK(amazon.requests() == 2);
}

TEST_CASE("Amazon verify: the chosen marketplace absent or not participating", "[amazon]")
{
    AmazonSandbox amazon;
    const VerifyResult missing = amazon.verify(
        AmazonSandbox::values(QStringLiteral("othermarket")));
    INFO(missing.summary().toStdString());
    CHECK(missing.code == QLatin1String(Code::MarketplaceMissing));
    CHECK(missing.message.contains(QStringLiteral("Amazon.com.au")));  // what Amazon did list
    CHECK(missing.facts.value(QStringLiteral("availableMarketplaces")).toStringList()
          == QStringList{QStringLiteral("Amazon.com.au")});

    // The same seller choosing Amazon.com.au is fine: success depends on the choice.
    FieldValues australia = AmazonSandbox::values(QStringLiteral("othermarket"));
    australia.insert(QStringLiteral("marketplaceId"), QStringLiteral("A39IBJ37TRP1C6"));
    const VerifyResult au = amazon.verify(australia);
    CHECK(au.ok());
    CHECK(au.facts.value(QStringLiteral("marketplaceName")).toString()
          == QStringLiteral("Amazon.com.au"));

    const VerifyResult notSelling = amazon.verify(
        AmazonSandbox::values(QStringLiteral("notselling")));
    INFO(notSelling.summary().toStdString());
    CHECK(notSelling.code == QLatin1String(Code::NotParticipating));
    CHECK(notSelling.verdict() == VerifyResult::Verdict::Rejected);
    CHECK(notSelling.facts.value(QStringLiteral("marketplaceName")).toString()
          == QStringLiteral("Amazon.co.jp"));
    CHECK(amazon.requests() == 6);
}

TEST_CASE("Amazon verify: throttling, a hang, garbage and 5xx give no verdict, once", "[amazon]")
{
    AmazonSandbox amazon;
    const VerifyResult throttled = amazon.verify(
        AmazonSandbox::values(QStringLiteral("throttled")));
    CHECK(throttled.code == QLatin1String(Code::RateLimited));
    CHECK(throttled.verdict() == VerifyResult::Verdict::NoVerdict);
    CHECK(throttled.mallCode == QStringLiteral("QuotaExceeded"));
    CHECK(amazon.requests() == 2);  // never retried

    amazon.server.resetCounts();
    const VerifyResult slow = amazon.verify(AmazonSandbox::values(QStringLiteral("slow")), 1500);
    CHECK(slow.code == QLatin1String(Code::Timeout));
    CHECK(amazon.requests() == 2);

    amazon.server.resetCounts();
    const VerifyResult garbled = amazon.verify(AmazonSandbox::values(QStringLiteral("garbled")));
    CHECK(garbled.code == QLatin1String(Code::BadResponse));
    CHECK(amazon.requests() == 2);

    amazon.server.resetCounts();
    const VerifyResult unavailable = amazon.verify(
        AmazonSandbox::values(QStringLiteral("unavailable")));
    CHECK(unavailable.code == QLatin1String(Code::ServiceError));
    CHECK(unavailable.message.contains(QStringLiteral("503")));
    CHECK(amazon.requests() == 2);
}

TEST_CASE("Amazon verify: LWA throttling and LWA outages are reported from the first call",
          "[amazon]")
{
    AmazonSandbox amazon;
    // Swap in other answers on the real path, as a gateway in front of LWA might give.
    amazon.server.route("POST", AmazonVerifyJob::tokenPath(), [](const sandbox::Request &) {
        return sandbox::Response::json(
            429, R"({"error":"TooManyRequests","error_description":"Rate exceeded"})");
    });
    CHECK(amazon.verify(AmazonSandbox::values(QStringLiteral("ok"))).code
          == QLatin1String(Code::RateLimited));
    amazon.server.route("POST", AmazonVerifyJob::tokenPath(), [](const sandbox::Request &) {
        return sandbox::Response::text(502, "text/html", "<html><body>Bad Gateway</body></html>");
    });
    CHECK(amazon.verify(AmazonSandbox::values(QStringLiteral("ok"))).code
          == QLatin1String(Code::ServiceError));
    // Odd answers that echo the refresh token (as LWA's success body does) are
    // reported without quoting it.
    const FieldValues values = AmazonSandbox::values(QStringLiteral("ok"));
    const QByteArray echo = R"({"refresh_token":")"
                            + values.value(QStringLiteral("refreshToken")).toUtf8()
                            + R"(","token_type":"bearer","expires_in":3600})";
    amazon.server.route("POST", AmazonVerifyJob::tokenPath(), [echo](const sandbox::Request &) {
        return sandbox::Response::json(200, echo);
    });
    const VerifyResult noToken = amazon.verify(values);
    CHECK(noToken.code == QLatin1String(Code::BadResponse));
    requireNoSecretIn(noToken, values);
    amazon.server.route("POST", AmazonVerifyJob::tokenPath(), [echo](const sandbox::Request &) {
        return sandbox::Response::json(500, echo);
    });
    const VerifyResult failed = amazon.verify(values);
    CHECK(failed.code == QLatin1String(Code::ServiceError));
    requireNoSecretIn(failed, values);
    amazon.server.route("POST", AmazonVerifyJob::tokenPath(), [echo](const sandbox::Request &) {
        return sandbox::Response::json(400, echo);
    });
    const VerifyResult unclear = amazon.verify(values);
    CHECK(unclear.code == QLatin1String(Code::BadResponse));
    requireNoSecretIn(unclear, values);
    CHECK(amazon.server.requestCount(AmazonVerifyJob::participationsPath()) == 0);
}

TEST_CASE("Amazon verify: an untrusted certificate sends nothing", "[amazon]")
{
    AmazonSandbox amazon;
    amazon.server.setServeUntrustedCertificate(true);
    const VerifyResult r = amazon.verify(AmazonSandbox::values(QStringLiteral("ok")));
    CHECK(r.verdict() == VerifyResult::Verdict::NoVerdict);
    CHECK((r.code == QLatin1String(Code::Tls) || r.code == QLatin1String(Code::Network)));
    CHECK(amazon.requests() == 0);
}

TEST_CASE("Amazon verify: cancelling stops the run", "[amazon]")
{
    AmazonSandbox amazon;
    AmazonConnector connector;
    std::unique_ptr<VerifyJob> job(
        connector.verify(connector.normalise(AmazonSandbox::values(QStringLiteral("slow"))),
                         amazon.endpoints, nullptr));
    job->start();
    REQUIRE(test::waitFor(
        [&] { return amazon.server.requestCount(AmazonVerifyJob::participationsPath()) == 1; }));
    job->cancel();
    CHECK(job->result().code == QLatin1String(Code::Cancelled));
}

TEST_CASE("Amazon fake checks what it is sent", "[amazon]")
{
    AmazonSandbox amazon;
    HttpClient client(amazon.endpoints);
    const QUrl tokenUrl = amazon.server.baseUrl().resolved(QUrl(AmazonVerifyJob::tokenPath()));
    const QUrl participationsUrl = amazon.server.baseUrl().resolved(
        QUrl(AmazonVerifyJob::participationsPath()));
    const HttpHeaders form{{"Content-Type", "application/x-www-form-urlencoded"}};
    auto errorOf = [](const HttpResponse &r) {
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toString();
    };

    // A made-up access token of the right shape is refused.
    HttpResponse r = test::waitForGet(client, participationsUrl,
                                      {{"x-amz-access-token", "Atza|IwEBImadeup"}});
    CHECK(r.status == 403);
    r = test::waitForGet(client, participationsUrl);
    CHECK(r.status == 403);

    const FieldValues ok = AmazonSandbox::values(QStringLiteral("ok"));
    QByteArray body = AmazonVerifyJob::tokenRequestBody(ok);
    r = test::waitForPost(client, tokenUrl, {{"Content-Type", "application/json"}}, body);
    CHECK(errorOf(r) == QStringLiteral("invalid_request"));
    r = test::waitForPost(
        client, tokenUrl, form,
        QByteArray(body).replace("grant_type=refresh_token", "grant_type=password"));
    CHECK(errorOf(r) == QStringLiteral("unsupported_grant_type"));
    r = test::waitForPost(client, tokenUrl, form,
                          QByteArray(body).replace("grant_type=refresh_token&", ""));
    CHECK(errorOf(r) == QStringLiteral("invalid_request"));
    // The '|' must arrive as '|': a token with it left out is not the same token.
    r = test::waitForPost(client, tokenUrl, form, QByteArray(body).replace("%7C", ""));
    CHECK(r.status == 400);
    CHECK(errorOf(r) == QStringLiteral("invalid_grant"));

    r = test::waitForPost(client, tokenUrl, form, body);
    REQUIRE(r.status == 200);
    const QJsonObject token = QJsonDocument::fromJson(r.body).object();
    CHECK(token.value(QStringLiteral("token_type")).toString() == QStringLiteral("bearer"));
    CHECK(token.value(QStringLiteral("expires_in")).toInt() == 3600);
    const QByteArray access = token.value(QStringLiteral("access_token")).toString().toUtf8();
    r = test::waitForGet(client, participationsUrl, {{"x-amz-access-token", access}});
    REQUIRE(r.status == 200);
    const QJsonObject first = QJsonDocument::fromJson(r.body)
                                  .object()
                                  .value(QStringLiteral("payload"))
                                  .toArray()
                                  .first()
                                  .toObject();
    CHECK(first.value(QStringLiteral("marketplace")).toObject().value(QStringLiteral("id")).toString()
          == QStringLiteral("A1VC38T7YXB528"));
    CHECK(first.value(QStringLiteral("participation"))
              .toObject()
              .value(QStringLiteral("isParticipating"))
              .toBool());
}

TEST_CASE("Amazon fake scenarios reach every outcome", "[amazon]")
{
    AmazonSandbox amazon;
    const QList<sandbox::Scenario> scenarios = amazon.fake.scenarios();
    QSet<QString> codes;
    for (const sandbox::Scenario &s : scenarios) {
        CHECK(s.mallId == QStringLiteral("amazon"));
        CHECK_FALSE(s.title.isEmpty());
        CHECK_FALSE(s.expected.isEmpty());
        if (s.values.value(QStringLiteral("refreshToken"))
            == AmazonFake::refreshToken(QStringLiteral("slow")))
            continue;  // the timeout is covered above with a short limit
        codes.insert(amazon.verify(s.values).code);
    }
    CHECK(codes
          == QSet<QString>{
              QString::fromLatin1(Code::Ok), QString::fromLatin1(Code::AuthRejected),
              QString::fromLatin1(AmazonVerifyJob::kRefreshTokenRejected),
              QString::fromLatin1(Code::PermissionMissing),
              QString::fromLatin1(Code::MarketplaceMissing),
              QString::fromLatin1(Code::NotParticipating), QString::fromLatin1(Code::RateLimited),
              QString::fromLatin1(Code::BadResponse), QString::fromLatin1(Code::ServiceError)});
}

TEST_CASE("Amazon fake is part of the sandbox, first, with its scenarios", "[amazon]")
{
    test::SandboxFixture sandbox;
    REQUIRE(sandbox.malls().mallIds().value(0) == QStringLiteral("amazon"));
    const QList<sandbox::Scenario> scenarios = sandbox.malls().scenarios(QStringLiteral("amazon"));
    REQUIRE(scenarios.size() >= 10);
    CHECK(test::runVerify(AmazonConnector(), scenarios.first().values, sandbox.endpoints()).ok());
    CHECK(sandbox.server().requestCount() == 2);
}
