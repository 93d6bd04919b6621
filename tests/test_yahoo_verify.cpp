// Every outcome of the Yahoo! connection test, through the real connector and
// verify job against the loopback fake (TLS verified with the run-time CA).
// The fake decrypts X-sws-signature with its private key for real.
#include <catch2/catch.hpp>

#include "core/httpclient.h"
#include "sandboxfixture.h"
#include "testpki.h"
#include "waitfor.h"
#include "yahoo/sandbox/yahoofake.h"
#include "yahoo/yahooconnector.h"
#include "yahoo/yahooverifyjob.h"

#include <QDateTime>
#include <QSet>

#include <QFile>
#include <QTemporaryDir>
#include <algorithm>

using namespace crossma;
using crossma::sandbox::YahooFake;
using crossma::test::SandboxFixture;
using crossma::test::waitFor;

namespace {
YahooFake *fakeOf(SandboxFixture &sandbox)
{
    auto *fake = dynamic_cast<YahooFake *>(sandbox.malls().fake(QStringLiteral("yahoo")));
    REQUIRE(fake);
    return fake;
}

FieldValues publicKeyValues(YahooFake *fake, const char *store)
{
    return {{YahooField::storeAccount, QString::fromLatin1(store)},
            {YahooField::method, YahooField::methodPublicKey},
            {YahooField::publicKey, QString::fromLatin1(fake->publicKeyPem())},
            {YahooField::publicKeyVersion, QString::number(YahooFake::kKeyVersion)},
            {YahooField::refreshToken, QString::fromLatin1(YahooFake::kRefreshToken)},
            {YahooField::refreshTokenIssuedAt,
             QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODate)},
            {YahooField::clientId, QString::fromLatin1(YahooFake::kClientId)},
            {YahooField::clientSecret, QString::fromLatin1(YahooFake::kClientSecret)}};
}

VerifyResult runVerify(SandboxFixture &sandbox, const FieldValues &raw, int timeoutMs = 15000)
{
    YahooConnector connector;
    const FieldValues values = connector.normalise(raw);
    const QList<FieldProblem> problems = connector.check(values);
    for (const FieldProblem &p : problems)
        UNSCOPED_INFO(p.fieldId.toStdString() << ": " << p.message.toStdString());
    REQUIRE(problems.isEmpty());
    QObject owner;
    VerifyJob *job = connector.verify(values, sandbox.endpoints(), &owner);
    job->setTimeout(timeoutMs);
    bool done = false;
    QObject::connect(job, &VerifyJob::finished, [&done] { done = true; });
    job->start();
    REQUIRE(waitFor([&done] { return done; }, timeoutMs + 5000));
    const VerifyResult result = job->result();
    INFO(result.summary().toStdString());
    return result;
}

QString downloadZip(SandboxFixture &sandbox, const QString &variant, QTemporaryDir &dir)
{
    HttpClient client(sandbox.endpoints());
    const HttpResponse r = test::waitForGet(
        client, sandbox.url(YahooFake::kCertificateZipPath + QStringLiteral("?variant=") + variant));
    REQUIRE(r.status == 200);
    REQUIRE(r.header("content-type") == "application/zip");
    REQUIRE(r.body.startsWith("PK\x03\x04"));
    const QString path = dir.filePath(variant + QStringLiteral(".zip"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(r.body);
    return path;
}

FieldValues legacyZipValues(const QString &store, const QString &zipPath)
{
    return {{YahooField::storeAccount, store},
            {YahooField::method, YahooField::methodCertificate},
            {YahooField::certificateZip, zipPath},
            {YahooField::refreshToken, QString::fromLatin1(YahooFake::kRefreshToken)},
            {YahooField::clientId, QString::fromLatin1(YahooFake::kClientId)},
            {YahooField::clientSecret, QString::fromLatin1(YahooFake::kClientSecret)}};
}
}  // namespace

TEST_CASE("Yahoo public key: verified only with authorized, the fake decrypts the signature",
          "[yahoo]")
{
    SandboxFixture sandbox;
    YahooFake *fake = fakeOf(sandbox);
    const int before = fake->signaturesChecked();
    const qint64 sentAfter = QDateTime::currentSecsSinceEpoch();
    const VerifyResult r = runVerify(sandbox, publicKeyValues(fake, YahooFake::kStore));
    CHECK(r.code.toStdString() == std::string("OK"));
    CHECK(r.ok());
    CHECK(fake->signaturesChecked() == before + 1);
    // The fake's private key turned the header back into "<store>:<unix seconds>".
    const QByteArray plain = fake->lastSignaturePlaintext();
    REQUIRE(plain.startsWith("snbx-crossma:"));
    const qint64 signedAt = plain.mid(plain.indexOf(':') + 1).toLongLong();
    CHECK(signedAt >= sentAfter - 1);
    CHECK(signedAt <= QDateTime::currentSecsSinceEpoch());

    // The refresh token's lifetime from the login time: 28 days with a public key.
    CHECK(r.facts.value(QStringLiteral("refreshTokenDaysLeft")).toInt() == 25);
    CHECK(
        r.facts.value(QStringLiteral("refreshTokenExpiry")).toString().endsWith(QLatin1String("+09:00")));
    CHECK(r.facts.value(QStringLiteral("newOrders")).toInt() == 3);

    const QList<sandbox::Request> requests = sandbox.server().requests();
    bool sawToken = false, sawApi = false;
    for (const sandbox::Request &q : requests) {
        if (q.path == QLatin1String("/yconnect/v2/token")) {
            sawToken = true;
            CHECK(q.header("authorization").startsWith("Basic "));
            CHECK(q.form().queryItemValue(QStringLiteral("grant_type"))
                  == QLatin1String("refresh_token"));
        }
        if (q.path == QLatin1String("/ShoppingWebService/V1/orderCount")) {
            sawApi = true;
            CHECK(q.query.queryItemValue(QStringLiteral("sellerId")) == QLatin1String("snbx-crossma"));
            CHECK(q.header("authorization").startsWith("Bearer "));
            CHECK(q.header("x-sws-signature-version") == "3");
            CHECK_FALSE(q.header("x-sws-signature").isEmpty());
        }
    }
    CHECK(sawToken);
    CHECK(sawApi);
}

TEST_CASE("Yahoo: 200 without X-SWS-Authorize-Status authorized is not a success", "[yahoo]")
{
    SandboxFixture sandbox;
    YahooFake *fake = fakeOf(sandbox);
    // The same request, answered 200 + the real XML but "unauthorized".
    sandbox.server().route(
        "GET", QStringLiteral("/ShoppingWebService/V1/orderCount"), [](const sandbox::Request &) {
            return sandbox::Response::xml(200,
                                          "<?xml version=\"1.0\"?><ResultSet><Result><Status>OK"
                                          "</Status><Count><NewOrder>0</NewOrder></Count>"
                                          "</Result></ResultSet>")
                .withHeader("X-SWS-Authorize-Status", "unauthorized");
        });
    const VerifyResult r = runVerify(sandbox, publicKeyValues(fake, YahooFake::kStore));
    CHECK(r.code.toStdString() == std::string("AUTH_REJECTED"));
    CHECK(r.mallCode.toStdString() == std::string("unauthorized"));
}

TEST_CASE("Yahoo: every refusal has its own code and the mall's words", "[yahoo]")
{
    SandboxFixture sandbox;
    YahooFake *fake = fakeOf(sandbox);
    struct Case {
        const char *store;
        const char *code;
        const char *mallCode;
    };
    const auto c = GENERATE(values<Case>({
        {YahooFake::kStoreNoKey, "PUBLIC_KEY_MISSING", "px-04102"},
        {YahooFake::kStoreNoOrderApi, "PERMISSION_MISSING", "px-04303"},
        {YahooFake::kStoreIpBlocked, "IP_NOT_ALLOWED", "px-04306"},
        {YahooFake::kStoreScope, "INSUFFICIENT_SCOPE", "insufficient_scope"},
        {YahooFake::kStoreTokenExpired, "LOGIN_REQUIRED", "invalid_token"},
        {YahooFake::kStoreForeign, "STORE_MISMATCH", "px-04101"},
        {YahooFake::kStoreUnauthorized, "AUTH_REJECTED", "unauthorized"},
        {YahooFake::kStoreDown, "SERVICE_ERROR", ""},
        {YahooFake::kStoreBroken, "BAD_RESPONSE", ""},
    }));
    INFO(c.store);
    const VerifyResult r = runVerify(sandbox, publicKeyValues(fake, c.store));
    CHECK(r.code.toStdString() == std::string(c.code));
    CHECK(r.mallCode.toStdString() == std::string(c.mallCode));
    CHECK_FALSE(r.message.isEmpty());
    CHECK(r.verdict()
          == (QByteArray(c.code) == "SERVICE_ERROR" || QByteArray(c.code) == "BAD_RESPONSE"
                  ? VerifyResult::Verdict::NoVerdict
                  : VerifyResult::Verdict::Rejected));
}

TEST_CASE("Yahoo: a wrong key version, a foreign key or a stale clock fail the signature check",
          "[yahoo]")
{
    SandboxFixture sandbox;
    YahooFake *fake = fakeOf(sandbox);
    SECTION("version of another key")
    {
        FieldValues v = publicKeyValues(fake, YahooFake::kStore);
        v.insert(YahooField::publicKeyVersion, QString::number(YahooFake::kKeyVersion - 1));
        const VerifyResult r = runVerify(sandbox, v);
        CHECK(r.code.toStdString() == std::string("KEY_VERSION_WRONG"));
        CHECK(r.mallCode.toStdString() == std::string("px-14303"));
        CHECK(r.causes.size() == 3);
    }
    SECTION("the pasted key is not the issued key")
    {
        // Another key pair's public key: the fake cannot decrypt the signature.
        FieldValues v = publicKeyValues(fake, YahooFake::kStore);
        v.insert(YahooField::publicKey,
                 QString::fromLatin1(testpki::Key::sharedRsa(1).publicKeyPem()));
        const VerifyResult r = runVerify(sandbox, v);
        CHECK(r.code.toStdString() == std::string("KEY_VERSION_WRONG"));
        CHECK(fake->lastSignaturePlaintext().isEmpty());
    }
}

TEST_CASE("Yahoo: a revoked login or a wrong client secret are told apart", "[yahoo]")
{
    SandboxFixture sandbox;
    YahooFake *fake = fakeOf(sandbox);
    SECTION("invalid_grant")
    {
        FieldValues v = publicKeyValues(fake, YahooFake::kStore);
        v.insert(YahooField::refreshToken, QString::fromLatin1(YahooFake::kRevokedRefreshToken));
        const VerifyResult r = runVerify(sandbox, v);
        CHECK(r.code.toStdString() == std::string("LOGIN_REQUIRED"));
        CHECK(r.mallCode.toStdString() == std::string("invalid_grant"));
        CHECK(sandbox.server().requestCount(QStringLiteral("/ShoppingWebService/V1/orderCount")) == 0);
    }
    SECTION("invalid_client")
    {
        FieldValues v = publicKeyValues(fake, YahooFake::kStore);
        v.insert(YahooField::clientSecret, QStringLiteral("not-the-secret"));
        const VerifyResult r = runVerify(sandbox, v);
        CHECK(r.code.toStdString() == std::string("AUTH_REJECTED"));
        CHECK(r.mallCode.toStdString() == std::string("invalid_client"));
    }
}

TEST_CASE("Yahoo: no answer ends in TIMEOUT and cancel ends the job at once", "[yahoo]")
{
    SandboxFixture sandbox;
    YahooFake *fake = fakeOf(sandbox);
    SECTION("timeout")
    {
        const VerifyResult r = runVerify(sandbox, publicKeyValues(fake, YahooFake::kStoreSlow), 1500);
        CHECK(r.code.toStdString() == std::string("TIMEOUT"));
    }
    SECTION("cancel")
    {
        YahooConnector connector;
        QObject owner;
        VerifyJob *job = connector.verify(
            connector.normalise(publicKeyValues(fake, YahooFake::kStoreSlow)), sandbox.endpoints(),
            &owner);
        job->start();
        REQUIRE(waitFor([&] {
            return sandbox.server().requestCount(
                       QStringLiteral("/ShoppingWebService/V1/orderCount"))
                   == 1;
        }));
        job->cancel();
        CHECK(job->isFinished());
        CHECK(job->result().code.toStdString() == std::string("CANCELLED"));
    }
}

TEST_CASE("Yahoo legacy certificate: read from the ZIP path inside the job", "[yahoo]")
{
    SandboxFixture sandbox;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SECTION("valid ZIP: connected, with the certificate's expiry and a warning")
    {
        const QString zip = downloadZip(sandbox, QStringLiteral("valid"), dir);
        const VerifyResult r = runVerify(sandbox,
                                         legacyZipValues(QStringLiteral("snbx-legacy"), zip));
        CHECK(r.code.toStdString() == std::string("OK"));
        CHECK(r.facts.value(QStringLiteral("certificateDaysLeft")).toInt() == 335);
        CHECK(r.facts.value(QStringLiteral("certificateSubject")) == QLatin1String("snbx-legacy"));
        // 12 hours without a public key: the login time was not given here.
        CHECK_FALSE(r.facts.contains(QStringLiteral("refreshTokenExpiry")));
        CHECK(r.warnings.size() == 1);
        const auto requests = sandbox.server().requests();
        CHECK(std::none_of(requests.begin(), requests.end(), [](const sandbox::Request &q) {
            return !q.header("x-sws-signature").isEmpty();
        }));
    }
    SECTION("expired certificate: CERT_EXPIRED before any request")
    {
        const QString zip = downloadZip(sandbox, QStringLiteral("expired"), dir);
        sandbox.server().resetCounts();
        const VerifyResult r = runVerify(sandbox,
                                         legacyZipValues(QStringLiteral("snbx-legacy"), zip));
        CHECK(r.code.toStdString() == std::string("CERT_EXPIRED"));
        CHECK(sandbox.server().requestCount() == 0);
    }
    SECTION("key of another certificate: CERT_KEY_MISMATCH")
    {
        const QString zip = downloadZip(sandbox, QStringLiteral("mismatch"), dir);
        sandbox.server().resetCounts();
        const VerifyResult r = runVerify(sandbox,
                                         legacyZipValues(QStringLiteral("snbx-legacy"), zip));
        CHECK(r.code.toStdString() == std::string("CERT_KEY_MISMATCH"));
        CHECK(sandbox.server().requestCount() == 0);
    }
    SECTION("the ZIP of another store: STORE_MISMATCH")
    {
        const QString zip = downloadZip(sandbox, QStringLiteral("valid"), dir);
        const VerifyResult r = runVerify(sandbox,
                                         legacyZipValues(QStringLiteral("snbx-crossma"), zip));
        CHECK(r.code.toStdString() == std::string("STORE_MISMATCH"));
    }
}

TEST_CASE("Yahoo legacy certificate: the keychain's PEM pair is checked the same way", "[yahoo]")
{
    SandboxFixture sandbox;
    YahooFake *fake = fakeOf(sandbox);
    const auto values = [fake](const QString &certVariant, const QString &keyVariant) {
        return FieldValues{
            {YahooField::storeAccount, QStringLiteral("snbx-legacy")},
            {YahooField::method, YahooField::methodCertificate},
            {YahooField::certificatePem, QString::fromLatin1(fake->certificatePem(certVariant))},
            {YahooField::certificateKeyPem, QString::fromLatin1(fake->certificateKeyPem(keyVariant))},
            {YahooField::refreshToken, QString::fromLatin1(YahooFake::kRefreshToken)},
            {YahooField::refreshTokenIssuedAt, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {YahooField::clientId, QString::fromLatin1(YahooFake::kClientId)},
            {YahooField::clientSecret, QString::fromLatin1(YahooFake::kClientSecret)}};
    };
    CHECK(runVerify(sandbox, values(QStringLiteral("valid"), QStringLiteral("valid"))).code
          == QLatin1String("OK"));
    // A sound pair Yahoo! never issued: the fake sees the wrong client certificate.
    const VerifyResult unknown = runVerify(
        sandbox, values(QStringLiteral("unregistered"), QStringLiteral("unregistered")));
    CHECK(unknown.code.toStdString() == "PUBLIC_KEY_MISSING");
    CHECK(unknown.mallCode.toStdString() == "px-04102");
    // The accepted call presented the sample ZIP's certificate on the TLS connection.
    bool presented = false;
    for (const sandbox::Request &q : sandbox.server().requests()) {
        if (q.path == QLatin1String("/ShoppingWebService/V1/orderCount"))
            presented = presented
                        || q.peerCertificate.toPem() == fake->certificatePem(QStringLiteral("valid"));
    }
    CHECK(presented);
    CHECK(runVerify(sandbox, values(QStringLiteral("valid"), QStringLiteral("mismatch"))).code
          == QLatin1String("CERT_KEY_MISMATCH"));
    CHECK(runVerify(sandbox, values(QStringLiteral("expired"), QStringLiteral("expired"))).code
          == QLatin1String("CERT_EXPIRED"));
}

TEST_CASE("Yahoo: every sandbox scenario ends as it says", "[yahoo]")
{
    SandboxFixture sandbox;
    const QList<sandbox::Scenario> scenarios = sandbox.malls().scenarios(QStringLiteral("yahoo"));
    REQUIRE(scenarios.size() >= 15);
    QSet<QString> codes;
    for (const sandbox::Scenario &s : scenarios) {
        INFO(s.title.toStdString() << " / " << s.expected.toStdString());
        const bool slow = s.values.value(YahooField::storeAccount)
                          == QLatin1String(YahooFake::kStoreSlow);
        const VerifyResult r = runVerify(sandbox, s.values, slow ? 1000 : 15000);
        // The expected text names the code (or says connected for OK).
        if (r.ok())
            CHECK(s.expected.size() > 0);
        else
            CHECK(s.expected.contains(r.code));
        codes.insert(r.code);
    }
    for (const char *code :
         {"OK", "KEY_VERSION_WRONG", "PUBLIC_KEY_MISSING", "PERMISSION_MISSING", "IP_NOT_ALLOWED",
          "INSUFFICIENT_SCOPE", "LOGIN_REQUIRED", "STORE_MISMATCH", "AUTH_REJECTED", "TIMEOUT",
          "BAD_RESPONSE", "SERVICE_ERROR", "CERT_EXPIRED", "CERT_KEY_MISMATCH"})
        CHECK(codes.contains(QString::fromLatin1(code)));
}
