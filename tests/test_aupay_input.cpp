#include <catch2/catch.hpp>

#include "aupay/aupayconnector.h"
#include "aupay/aupayverifyjob.h"
#include "problemfields.h"
#include "registry.h"

using namespace crossma;
using crossma::test::problemFields;

namespace {
const QString kGoodKey = QStringLiteral(
    "3f9a1c0e7b2d4a6f8e1c3b5d7f9a0c2e4b6d8f0a1c3e5b7d9f1a2c4e6b8d0f2a");

FieldValues raw(const QString &shopId, const QString &apiKey)
{
    return {{QStringLiteral("shopId"), shopId}, {QStringLiteral("apiKey"), apiKey}};
}

QList<FieldProblem> problemsFor(const QString &shopId, const QString &apiKey)
{
    AupayConnector connector;
    return connector.check(connector.normalise(raw(shopId, apiKey)));
}

}  // namespace

TEST_CASE("au PAY comes last in the registry, with its own endpoint key", "[aupay]")
{
    const auto connectors = createConnectors();
    REQUIRE_FALSE(connectors.empty());
    CHECK(connectors.back()->id() == QStringLiteral("aupay"));
    CHECK(allEndpointKeys().contains(QStringLiteral("aupay.api")));
    // The page title is the seed's heading, in the seller's language.
    CHECK(connectors.back()->pageTitle() == QStringLiteral("au PAY マーケット設定（旧Wowma!）"));
}

TEST_CASE("The au PAY fields: a digit-only member number and a secret API key", "[aupay]")
{
    AupayConnector connector;
    const FieldSpec shop = connector.field(QStringLiteral("shopId"));
    const FieldSpec key = connector.field(QStringLiteral("apiKey"));
    CHECK(shop.charset == FieldSpec::Charset::Digits);
    CHECK_FALSE(shop.secret);
    CHECK(key.secret);
    CHECK(connector.secretFieldIds() == QStringList{QStringLiteral("apiKey")});
    CHECK(shop.label == QStringLiteral("会員番号 (店舗ID)"));
}

TEST_CASE("Member numbers and keys pasted with full-width digits and spaces are cleaned", "[aupay]")
{
    AupayConnector connector;
    const FieldValues values = connector.normalise(
        raw(QStringLiteral("\u3000１２３４５６７８ \n"),
            QStringLiteral("  ") + kGoodKey + QStringLiteral("\r\n")));
    CHECK(values.value(QStringLiteral("shopId")) == QStringLiteral("12345678"));
    CHECK(values.value(QStringLiteral("apiKey")) == kGoodKey);
    CHECK(connector.check(values).isEmpty());
}

TEST_CASE("Member numbers up to 18 digits pass and other shapes are refused with a message",
          "[aupay]")
{
    CHECK(problemsFor(QStringLiteral("1"), kGoodKey).isEmpty());
    CHECK(problemsFor(QStringLiteral("123456789012345678"), kGoodKey).isEmpty());

    const auto bad = GENERATE(as<QString>{}, "1234567890123456789", "1234-5678", "ABC123",
                              "会員番号12345678", "shop@example.jp", "12 34");
    const auto problems = problemsFor(bad, kGoodKey);
    REQUIRE(problemFields(problems) == QStringList{QStringLiteral("shopId")});
    CHECK(problems.first().message.contains(QStringLiteral("会員番号")));
}

TEST_CASE("A missing member number or key is asked for", "[aupay]")
{
    CHECK(problemFields(problemsFor({}, kGoodKey)) == QStringList{QStringLiteral("shopId")});
    CHECK(problemFields(problemsFor(QStringLiteral("12345678"), {}))
          == QStringList{QStringLiteral("apiKey")});
}

TEST_CASE("API keys of other shapes are tolerated", "[aupay]")
{
    const auto key = GENERATE(as<QString>{}, "3F9A1C0E7B2D4A6F8E1C3B5D7F9A0C2E",
                              "abcdefghijklmnop-_.0123", "ｍｙａｐｉｋｅｙ０１２３４５６７８９");
    CHECK(problemsFor(QStringLiteral("12345678"), key).isEmpty());
}

TEST_CASE("Obvious API key mistakes are flagged under the key field", "[aupay]")
{
    struct Case {
        QString key;
        QString says;
    };
    const auto c = GENERATE(
        Case{QStringLiteral("3f9a1c0e7b2d4a6f 8e1c3b5d7f9a0c2e4b6d8f0a1c3e5b7d"),
             QStringLiteral("空白")},
        Case{QStringLiteral("12345678"), QStringLiteral("会員番号")},
        Case{QStringLiteral("987654321"), QStringLiteral("会員番号")},
        Case{QStringLiteral("APIキー3f9a1c0e7b2d4a6f8e1c3b5d"), QStringLiteral("半角英数字")},
        Case{QStringLiteral("3f9a1c0e7b"), QStringLiteral("10")});
    const auto problems = problemsFor(QStringLiteral("12345678"), c.key);
    REQUIRE(problemFields(problems) == QStringList{QStringLiteral("apiKey")});
    INFO(problems.first().message.toStdString());
    CHECK(problems.first().message.contains(c.says));
}

TEST_CASE("The day a key was first seen carries over only for the same key", "[aupay]")
{
    const QDate today(2026, 11, 28);
    const QVariantMap fresh = AupayVerifyJob::keyFacts(kGoodKey, {}, today);
    CHECK(fresh.value(QStringLiteral("apiKeyIssuedOn")).toString() == QStringLiteral("2026-11-28"));
    CHECK(fresh.value(QStringLiteral("apiKeyExpiry")).toString() == QStringLiteral("2027-02-26"));
    CHECK(fresh.value(QStringLiteral("apiKeyDaysLeft")).toInt() == 90);
    // The tag identifies the key without containing it.
    const QString tag = fresh.value(QStringLiteral("apiKeyTag")).toString();
    CHECK(tag.size() == 8);
    CHECK_FALSE(kGoodKey.contains(tag));

    QVariantMap earlier = fresh;
    earlier.insert(QStringLiteral("apiKeyIssuedOn"), QStringLiteral("2026-09-10"));
    const QVariantMap same = AupayVerifyJob::keyFacts(kGoodKey, earlier, today);
    CHECK(same.value(QStringLiteral("apiKeyIssuedOn")).toString() == QStringLiteral("2026-09-10"));
    CHECK(same.value(QStringLiteral("apiKeyExpiry")).toString() == QStringLiteral("2026-12-09"));
    CHECK(same.value(QStringLiteral("apiKeyDaysLeft")).toInt() == 11);

    QString otherKey = kGoodKey;
    otherKey[0] = QLatin1Char('4');
    const QVariantMap other = AupayVerifyJob::keyFacts(otherKey, earlier, today);
    CHECK(other.value(QStringLiteral("apiKeyIssuedOn")).toString() == QStringLiteral("2026-11-28"));
    CHECK(other.value(QStringLiteral("apiKeyTag")).toString() != tag);

    // A date in the future (a wrong clock then) is not trusted.
    earlier.insert(QStringLiteral("apiKeyIssuedOn"), QStringLiteral("2027-01-01"));
    CHECK(AupayVerifyJob::keyFacts(kGoodKey, earlier, today)
              .value(QStringLiteral("apiKeyIssuedOn"))
              .toString()
          == QStringLiteral("2026-11-28"));
}
