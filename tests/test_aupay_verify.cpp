// The au PAY connector's verify job against the loopback au PAY fake: the real
// HTTP client, real TLS with a CA made for the test, the mall's real path.
#include <catch2/catch.hpp>

#include "aupay/aupayconnector.h"
#include "aupay/aupayverifyjob.h"
#include "aupay/sandbox/aupayfake.h"
#include "core/normalise.h"
#include "core/payload.h"
#include "sandboxfixture.h"
#include "server.h"
#include "verifyrunner.h"
#include "waitfor.h"

#include <QSet>

using namespace crossma;
using crossma::sandbox::AupayFake;
using Outcome = crossma::sandbox::AupayFake::Outcome;

namespace {

const QString kPath = QStringLiteral("/wmshopapi/searchShopCtgryInfos");

// One server with only the au PAY fake on it, and endpoints that trust it.
struct AupaySandbox : test::SingleFakeSandbox<AupayFake> {
    VerifyResult verify(const FieldValues &values, const QVariantMap &previousFacts = {},
                        int timeoutMs = VerifyJob::kDefaultTimeoutMs)
    {
        return test::runVerify(AupayConnector(), values, endpoints, timeoutMs, previousFacts);
    }

    VerifyResult verify(Outcome outcome) { return verify(AupayFake::values(outcome)); }
};

bool hasJapanese(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x3040 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

// Facts as if the key had first been seen `daysAgo` days before today.
QVariantMap seenDaysAgo(Outcome outcome, int daysAgo)
{
    const QDate today = AupayVerifyJob::todayInJapan();
    return AupayVerifyJob::keyFacts(AupayFake::apiKey(outcome), {}, today.addDays(-daysAgo));
}

}  // namespace

TEST_CASE("au PAY: the demo shop's values connect, with the key's 90-day expiry", "[aupay]")
{
    AupaySandbox sandbox;
    const VerifyResult r = sandbox.verify(Outcome::Accepted);
    INFO(r.summary().toStdString());
    REQUIRE(r.ok());
    const QString today = AupayVerifyJob::todayInJapan().toString(Qt::ISODate);
    CHECK(r.facts.value(QStringLiteral("apiKeyIssuedOn")).toString() == today);
    CHECK(r.facts.value(QStringLiteral("apiKeyDaysLeft")).toInt() == 90);
    CHECK(r.facts.value(QStringLiteral("shopId")).toString() == AupayFake::shopId());
    CHECK(r.facts.value(QStringLiteral("categoryCount")).toInt() == 3);
    CHECK(r.warnings.isEmpty());
    CHECK(r.message.contains(QStringLiteral("残り 90 日")));
    // The key went as a Bearer token in the header, the 会員番号 in the query.
    const auto requests = sandbox.server.requests();
    REQUIRE(requests.size() == 1);
    CHECK(requests.first().method == "GET");
    CHECK(requests.first().path == kPath);
    CHECK(requests.first().query.queryItemValue(QStringLiteral("shopId")) == AupayFake::shopId());
    CHECK(requests.first().header("authorization")
          == "Bearer " + AupayFake::apiKey(Outcome::Accepted).toUtf8());
    // Nothing of the key reaches the facts (they go to the settings file).
    for (const QVariant &v : r.facts)
        CHECK_FALSE(v.toString().contains(AupayFake::apiKey(Outcome::Accepted).left(16)));
}

TEST_CASE("au PAY: a key first seen 80 days ago warns that fewer than 14 days remain", "[aupay]")
{
    AupaySandbox sandbox;
    const VerifyResult r = sandbox.verify(AupayFake::values(Outcome::Accepted),
                                          seenDaysAgo(Outcome::Accepted, 80));
    REQUIRE(r.ok());
    CHECK(r.facts.value(QStringLiteral("apiKeyDaysLeft")).toInt() == 10);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings.first().contains(QStringLiteral("10")));
    CHECK(r.warnings.first().contains(QStringLiteral("APIキーを発行")));

    // 76 days ago leaves exactly 14: no warning yet.
    CHECK(sandbox.verify(AupayFake::values(Outcome::Accepted), seenDaysAgo(Outcome::Accepted, 76))
              .warnings.isEmpty());
    // Facts of another key do not carry over.
    const VerifyResult other = sandbox.verify(AupayFake::values(Outcome::Accepted),
                                              seenDaysAgo(Outcome::ExpiredKey, 80));
    CHECK(other.facts.value(QStringLiteral("apiKeyDaysLeft")).toInt() == 90);
}

TEST_CASE("au PAY: CME0022 names a wrong member number first and quotes the mall", "[aupay]")
{
    AupaySandbox sandbox;
    const VerifyResult r = sandbox.verify(Outcome::WrongShopId);
    CHECK(r.code == QLatin1String(Code::AuthRejected));
    CHECK(r.verdict() == VerifyResult::Verdict::Rejected);
    CHECK(r.mallCode == QStringLiteral("CME0022"));
    CHECK(r.mallMessage == QStringLiteral("店舗IDが不正です。"));
    REQUIRE(r.causes.size() == 4);
    CHECK(r.causes.first().contains(QStringLiteral("会員番号")));
}

TEST_CASE("au PAY: a refusal that names no cause quotes the mall and lists key, expiry, addresses, "
          "member number",
          "[aupay]")
{
    AupaySandbox sandbox;
    const VerifyResult r = sandbox.verify(Outcome::UnknownKey);
    CHECK(r.code == QLatin1String(Code::AuthRejected));
    CHECK(r.mallCode == QStringLiteral("PME0106"));
    CHECK(r.mallMessage == QStringLiteral("認証に失敗しました。"));
    CHECK(r.message.contains(QStringLiteral("PME0106")));
    REQUIRE(r.causes.size() == 4);
    CHECK(r.causes.at(0).contains(QStringLiteral("APIキー")));
    CHECK(r.causes.at(1).contains(QStringLiteral("90")));
    CHECK(r.causes.at(2).contains(QStringLiteral("<2.接続元IPアドレス>")));
    CHECK(r.causes.at(2).contains(QStringLiteral("このパソコン")));
    CHECK(r.causes.at(3).contains(QStringLiteral("会員番号")));
}

TEST_CASE("au PAY: the cause the mall's message names comes first, with its own code", "[aupay]")
{
    AupaySandbox sandbox;
    const VerifyResult address = sandbox.verify(Outcome::AddressNotAllowed);
    CHECK(address.code == QLatin1String(Code::IpNotAllowed));
    CHECK(address.mallCode == QStringLiteral("PME0108"));
    CHECK(address.mallMessage == QStringLiteral("接続元IPアドレスが許可されていません。"));
    REQUIRE(address.causes.size() == 4);
    CHECK(address.causes.first().contains(QStringLiteral("<2.接続元IPアドレス>")));

    const VerifyResult expired = sandbox.verify(Outcome::ExpiredKey);
    CHECK(expired.code == QLatin1String(Code::KeyExpired));
    CHECK(expired.mallCode == QStringLiteral("PME0107"));
    REQUIRE(expired.causes.size() == 4);
    CHECK(expired.causes.first().contains(QStringLiteral("90")));
}

TEST_CASE("au PAY: a refused key we have known for over 90 days is reported as expired", "[aupay]")
{
    AupaySandbox sandbox;
    const VerifyResult r = sandbox.verify(AupayFake::values(Outcome::ExpiredKey),
                                          seenDaysAgo(Outcome::ExpiredKey, 95));
    CHECK(r.code == QLatin1String(Code::KeyExpired));
    REQUIRE_FALSE(r.causes.isEmpty());
    CHECK(r.causes.first().contains(QStringLiteral("90")));
    CHECK(r.mallCode == QStringLiteral("PME0107"));
}

TEST_CASE(
    "au PAY: HTTP 401, a 403 page, bad XML, a web page, 5xx and silence each get their own result",
    "[aupay]")
{
    AupaySandbox sandbox;

    const VerifyResult unauthorized = sandbox.verify(Outcome::Unauthorized);
    CHECK(unauthorized.code == QLatin1String(Code::AuthRejected));
    CHECK(unauthorized.mallCode == QStringLiteral("401"));
    CHECK(unauthorized.message.contains(QStringLiteral("401")));

    const VerifyResult forbidden = sandbox.verify(Outcome::ForbiddenPage);
    CHECK(forbidden.code == QLatin1String(Code::IpNotAllowed));
    CHECK(forbidden.mallCode == QStringLiteral("403"));
    CHECK(forbidden.mallMessage == QStringLiteral("403 Forbidden"));
    REQUIRE_FALSE(forbidden.causes.isEmpty());
    CHECK(forbidden.causes.first().contains(QStringLiteral("<2.接続元IPアドレス>")));

    const VerifyResult badXml = sandbox.verify(Outcome::BadXml);
    CHECK(badXml.code == QLatin1String(Code::BadResponse));
    CHECK(badXml.verdict() == VerifyResult::Verdict::NoVerdict);

    const VerifyResult page = sandbox.verify(Outcome::MaintenancePage);
    CHECK(page.code == QLatin1String(Code::BadResponse));
    CHECK(page.message.contains(QStringLiteral("メンテナンス")));
    CHECK(page.mallMessage == QStringLiteral("メンテナンス中"));

    const VerifyResult down = sandbox.verify(Outcome::ServiceDown);
    CHECK(down.code == QLatin1String(Code::ServiceError));
    CHECK(down.message.contains(QStringLiteral("503")));

    const VerifyResult silent = sandbox.verify(AupayFake::values(Outcome::Hang), {}, 1500);
    CHECK(silent.code == QLatin1String(Code::Timeout));
}

TEST_CASE("au PAY fake: the Bearer header is checked for real", "[aupay]")
{
    AupaySandbox sandbox;
    HttpClient client(sandbox.endpoints);
    QUrl url = sandbox.server.baseUrl();
    url.setPath(kPath);
    url.setQuery(QStringLiteral("shopId=") + AupayFake::shopId());
    const QByteArray key = AupayFake::apiKey(Outcome::Accepted).toUtf8();

    const auto statusOf = [&](const HttpHeaders &headers) {
        const HttpResponse response = test::waitForGet(client, url, headers);
        REQUIRE(response.failure == HttpResponse::Failure::None);
        return Payload::xmlText(response.body, QStringLiteral("status"))
               + Payload::xmlText(response.body, QStringLiteral("code"));
    };
    CHECK(statusOf({{"Authorization", "Bearer " + key}}) == QStringLiteral("0"));
    CHECK(statusOf({}) == QStringLiteral("1PME0101"));
    CHECK(statusOf({{"Authorization", "Basic " + key}}) == QStringLiteral("1PME0101"));
    CHECK(statusOf({{"Authorization", key}}) == QStringLiteral("1PME0101"));
    CHECK(statusOf({{"Authorization", "Bearer " + key.left(63)}}) == QStringLiteral("1PME0106"));
}

TEST_CASE("au PAY sandbox scenarios: Japanese titles, one per outcome, all reachable", "[aupay]")
{
    test::SandboxFixture sandbox;
    const QList<sandbox::Scenario> scenarios = sandbox.malls().scenarios(QStringLiteral("aupay"));
    REQUIRE(scenarios.size() == AupayFake::allOutcomes().size());
    AupayConnector aupay;
    QSet<QString> distinct;
    for (const sandbox::Scenario &s : scenarios) {
        INFO(s.title.toStdString());
        CHECK(s.mallId == QStringLiteral("aupay"));
        CHECK(hasJapanese(s.title));  // translated for the seller
        CHECK(hasJapanese(s.expected));
        CHECK(aupay.check(aupay.normalise(s.values)).isEmpty());
        distinct.insert(s.values.value(QStringLiteral("shopId"))
                        + s.values.value(QStringLiteral("apiKey")));
    }
    CHECK(distinct.size() == scenarios.size());

    // The registered fake answers the first scenario through the sandbox's endpoints.
    CHECK(test::runVerify(aupay, scenarios.first().values, sandbox.endpoints()).ok());
}
