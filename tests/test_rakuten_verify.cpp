#include <catch2/catch.hpp>

#include "rakuten/rakutenconnector.h"
#include "sandboxfixture.h"
#include "verifyrunner.h"
#include "waitfor.h"

#include <memory>

using namespace crossma;

namespace {
const QString kExpiryPath = QStringLiteral("/es/1.0/license-management/license-key/expiry-date");
const QString kShopMasterPath = QStringLiteral("/es/1.0/shop/shopMaster");

FieldValues demo(const QString &license, const QString &shop = QStringLiteral("crossma-demo"),
                 const QString &secret = QStringLiteral("SP338500_demoSecret"))
{
    RakutenConnector connector;
    return connector.normalise({{QStringLiteral("serviceSecret"), secret},
                                {QStringLiteral("licenseKey"), license},
                                {QStringLiteral("shopUrl"), shop}});
}

VerifyResult verify(const FieldValues &values, const Endpoints &endpoints, int timeoutMs = 10000)
{
    return test::runVerify(RakutenConnector(), values, endpoints, timeoutMs);
}
}  // namespace

TEST_CASE("楽天: the right keys connect and show the license key's expiry", "[rakuten][verify]")
{
    test::SandboxFixture sandbox;
    const VerifyResult r = verify(demo(QStringLiteral("SL338500_demoOk")), sandbox.endpoints());
    CHECK(r.code == QStringLiteral("OK"));
    CHECK(r.facts.value(QStringLiteral("licenseDaysLeft")).toInt() == 41);
    CHECK(r.facts.value(QStringLiteral("shopName")).toString() == QStringLiteral("クロスマ デモ店"));
    CHECK(r.warnings.isEmpty());
    CHECK(r.message.contains(QStringLiteral("41")));

    // Both calls carried the ESA header made of exactly the typed secret and key.
    CHECK(sandbox.server().requestCount(kExpiryPath) == 1);
    CHECK(sandbox.server().requestCount(kShopMasterPath) == 1);
    const QByteArray esa = "ESA " + QByteArray("SP338500_demoSecret:SL338500_demoOk").toBase64();
    for (const auto &request : sandbox.server().requests())
        CHECK(request.header("authorization") == esa);
    CHECK(sandbox.server().requests().first().query.queryItemValue(QStringLiteral("licenseKey"))
          == QStringLiteral("SL338500_demoOk"));
}

TEST_CASE("楽天: a license key close to its expiry connects with a warning", "[rakuten][verify]")
{
    test::SandboxFixture sandbox;
    const VerifyResult r = verify(demo(QStringLiteral("SL338500_demoSoon")), sandbox.endpoints());
    CHECK(r.ok());
    CHECK(r.facts.value(QStringLiteral("licenseDaysLeft")).toInt() == 9);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings.first().contains(QStringLiteral("9")));
}

TEST_CASE("楽天: each refusal has its own result and names the likely causes", "[rakuten][verify]")
{
    test::SandboxFixture sandbox;
    SECTION("wrong license key: four causes, wrong key first")
    {
        const VerifyResult r = verify(demo(QStringLiteral("SL338500_wrongKey")), sandbox.endpoints());
        CHECK(r.code == QStringLiteral("AUTH_REJECTED"));
        CHECK(r.verdict() == VerifyResult::Verdict::Rejected);
        CHECK(r.causes.size() == 4);  // wrong key, expired, functions, a key just issued
        CHECK(r.mallMessage == QStringLiteral("AuthError"));
        CHECK(sandbox.server().requestCount(kShopMasterPath) == 0);
    }
    SECTION("wrong service secret")
    {
        const VerifyResult r = verify(demo(QStringLiteral("SL338500_demoOk"),
                                           QStringLiteral("crossma-demo"),
                                           QStringLiteral("SP338500_typo")),
                                      sandbox.endpoints());
        CHECK(r.code == QStringLiteral("AUTH_REJECTED"));
    }
    SECTION("expired key: GA0001 quoted, expiry named first")
    {
        const VerifyResult r = verify(demo(QStringLiteral("SL338500_demoExpired")),
                                      sandbox.endpoints());
        CHECK(r.code == QStringLiteral("KEY_EXPIRED"));
        CHECK(r.mallCode == QStringLiteral("GA0001"));
        CHECK(r.mallMessage == QStringLiteral("Un-Authorised"));
        CHECK(r.causes.size() == 3);
    }
    SECTION("functions not enabled in 利用機能編集")
    {
        const VerifyResult r = verify(demo(QStringLiteral("SL338500_demoNoApi")),
                                      sandbox.endpoints());
        CHECK(r.code == QStringLiteral("PERMISSION_MISSING"));
        CHECK_FALSE(r.causes.isEmpty());
    }
    SECTION("keys of another shop")
    {
        const VerifyResult r = verify(
            demo(QStringLiteral("SL338500_demoOk"), QStringLiteral("other-shop")),
            sandbox.endpoints());
        CHECK(r.code == QStringLiteral("STORE_MISMATCH"));
        CHECK(r.message.contains(QStringLiteral("crossma-demo")));
    }
}

TEST_CASE("楽天: when no verdict can be reached, it says why", "[rakuten][verify]")
{
    test::SandboxFixture sandbox;
    SECTION("rate limited")
    {
        const VerifyResult r = verify(demo(QStringLiteral("SL338500_demoBusy")), sandbox.endpoints());
        CHECK(r.code == QStringLiteral("RATE_LIMITED"));
        CHECK(r.mallCode == QStringLiteral("QPSLimit"));
    }
    SECTION("timeout")
    {
        const VerifyResult r = verify(demo(QStringLiteral("SL338500_demoSlow")),
                                      sandbox.endpoints(), 400);
        CHECK(r.code == QStringLiteral("TIMEOUT"));
        CHECK(r.verdict() == VerifyResult::Verdict::NoVerdict);
    }
    SECTION("an HTML page instead of JSON")
    {
        const VerifyResult r = verify(demo(QStringLiteral("SL338500_demoBroken")),
                                      sandbox.endpoints());
        CHECK(r.code == QStringLiteral("BAD_RESPONSE"));
    }
    SECTION("service down")
    {
        const VerifyResult r = verify(demo(QStringLiteral("SL338500_demoDown")), sandbox.endpoints());
        CHECK(r.code == QStringLiteral("SERVICE_ERROR"));
    }
    SECTION("a certificate nobody trusts: nothing is sent")
    {
        sandbox.server().setServeUntrustedCertificate(true);
        const VerifyResult r = verify(demo(QStringLiteral("SL338500_demoOk")), sandbox.endpoints());
        CHECK(r.code == QStringLiteral("TLS"));
        CHECK(sandbox.server().requestCount() == 0);
    }
    SECTION("nothing listening")
    {
        Endpoints closed;
        closed.setOverride(QStringLiteral("rakuten.api"),
                           QUrl(QStringLiteral("https://127.0.0.1:1")));
        const VerifyResult r = verify(demo(QStringLiteral("SL338500_demoOk")), closed);
        CHECK(r.code == QStringLiteral("NETWORK"));
    }
}

TEST_CASE("楽天: a running check can be cancelled", "[rakuten][verify]")
{
    test::SandboxFixture sandbox;
    RakutenConnector connector;
    std::unique_ptr<VerifyJob> job(
        connector.verify(demo(QStringLiteral("SL338500_demoSlow")), sandbox.endpoints(), nullptr));
    int finishedCount = 0;
    QObject::connect(job.get(), &VerifyJob::finished, [&] { ++finishedCount; });
    job->start();
    REQUIRE(test::waitFor([&] { return sandbox.server().requestCount(kExpiryPath) == 1; }));
    CHECK(job->isRunning());
    job->cancel();
    CHECK(job->result().code == QStringLiteral("CANCELLED"));
    test::waitFor([] { return false; }, 200);  // a late reply must not finish it twice
    CHECK(finishedCount == 1);
}

TEST_CASE("楽天: the sandbox offers a scenario for every outcome", "[rakuten][sandbox]")
{
    test::SandboxFixture sandbox;
    const auto scenarios = sandbox.malls().scenarios(QStringLiteral("rakuten"));
    QStringList codes;
    for (const auto &scenario : scenarios) {
        const VerifyResult r = verify(scenario.values, sandbox.endpoints(), 400);
        codes.append(r.code);
    }
    for (const char *code :
         {"OK", "AUTH_REJECTED", "KEY_EXPIRED", "PERMISSION_MISSING", "STORE_MISMATCH",
          "RATE_LIMITED", "TIMEOUT", "BAD_RESPONSE", "SERVICE_ERROR"})
        CHECK(codes.contains(QString::fromLatin1(code)));
}
