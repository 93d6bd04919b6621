#include <catch2/catch.hpp>

#include "problemfields.h"
#include "rakuten/rakutenconnector.h"
#include "rakuten/rakutenshopurl.h"
#include "rakuten/rakutenverifyjob.h"

using namespace crossma;
using crossma::test::problemFields;

namespace {
FieldValues raw(const QString &secret, const QString &license, const QString &url)
{
    return {{QStringLiteral("serviceSecret"), secret},
            {QStringLiteral("licenseKey"), license},
            {QStringLiteral("shopUrl"), url}};
}

}  // namespace

TEST_CASE("Every way a seller writes the shop URL becomes one canonical form", "[rakuten]")
{
    const auto input = GENERATE(
        as<QString>{}, "https://www.rakuten.co.jp/crossma-demo/",
        "http://www.rakuten.co.jp/crossma-demo", "www.rakuten.co.jp/crossma-demo/",
        "https://www.rakuten.co.jp/crossma-demo/info.html?x=1",
        "https://item.rakuten.co.jp/crossma-demo/item-123/", "crossma-demo", "CROSSMA-DEMO",
        "ｃｒｏｓｓｍａ－ｄｅｍｏ", "  https://www.rakuten.co.jp/crossma-demo/\n");
    RakutenConnector connector;
    const FieldValues values = connector.normalise(
        raw(QStringLiteral("SP1_a"), QStringLiteral("SL1_b"), input));
    CHECK(values.value(QStringLiteral("shopUrl"))
          == QStringLiteral("https://www.rakuten.co.jp/crossma-demo/"));
}

TEST_CASE("Shop URLs that are not Rakuten shops are refused with a message", "[rakuten]")
{
    const auto input = GENERATE(as<QString>{}, "https://www.amazon.co.jp/shop/",
                                "https://www.rakuten.co.jp/", "店舗", "a b",
                                "https://www.rakuten.co.jp/%%%/");
    RakutenConnector connector;
    const auto problems = connector.check(
        connector.normalise(raw(QStringLiteral("SP1_a"), QStringLiteral("SL1_b"), input)));
    REQUIRE(problemFields(problems) == QStringList{QStringLiteral("shopUrl")});
    CHECK_FALSE(problems.first().message.isEmpty());
}

TEST_CASE("Pasted keys are cleaned silently", "[rakuten]")
{
    RakutenConnector connector;
    const FieldValues values = connector.normalise(
        raw(QStringLiteral("\u3000ＳＰ３３８５００＿ａｂｃ\r\n"),
            QStringLiteral(" SL338500_\nxyz "), QStringLiteral("crossma-demo")));
    CHECK(values.value(QStringLiteral("serviceSecret")) == QStringLiteral("SP338500_abc"));
    CHECK(values.value(QStringLiteral("licenseKey")) == QStringLiteral("SL338500_xyz"));
    CHECK(connector.check(values).isEmpty());
}

TEST_CASE("Keys that still do not fit get a per-field message", "[rakuten]")
{
    RakutenConnector connector;
    SECTION("empty")
    {
        const auto problems = connector.check(connector.normalise(raw({}, QStringLiteral("  "), {})));
        CHECK(problemFields(problems)
              == QStringList{QStringLiteral("serviceSecret"), QStringLiteral("licenseKey"),
                             QStringLiteral("shopUrl")});
    }
    SECTION("too long")
    {
        const auto problems = connector.check(connector.normalise(
            raw(QString(51, QLatin1Char('a')), QStringLiteral("SL1_b"), QStringLiteral("shop"))));
        REQUIRE(problemFields(problems) == QStringList{QStringLiteral("serviceSecret")});
        CHECK(problems.first().message.contains(QStringLiteral("50")));
    }
    SECTION("characters a key cannot contain")
    {
        const auto problems = connector.check(connector.normalise(
            raw(QStringLiteral("SP1_a"), QStringLiteral("SL1 b"), QStringLiteral("shop"))));
        CHECK(problemFields(problems) == QStringList{QStringLiteral("licenseKey")});
    }
    SECTION("the same value in both fields")
    {
        const auto problems = connector.check(connector.normalise(
            raw(QStringLiteral("SP1_a"), QStringLiteral("SP1_a"), QStringLiteral("shop"))));
        CHECK(problemFields(problems) == QStringList{QStringLiteral("licenseKey")});
    }
    SECTION("secret and key swapped")
    {
        const auto problems = connector.check(connector.normalise(
            raw(QStringLiteral("SL1_a"), QStringLiteral("SP1_b"), QStringLiteral("shop"))));
        CHECK(problemFields(problems) == QStringList{QStringLiteral("serviceSecret")});
    }
}

TEST_CASE("The license expiry date is read as JST and counted in JST days", "[rakuten]")
{
    const QDateTime expiry = RakutenVerifyJob::parseExpiry(QStringLiteral("2027-02-25T23:59:59"));
    REQUIRE(expiry.isValid());
    CHECK(expiry.toUTC() == QDateTime(QDate(2027, 2, 25), QTime(14, 59, 59), Qt::UTC));
    // 2027-02-24 16:00 UTC is already 2027-02-25 01:00 in Japan: 0 days left.
    CHECK(RakutenVerifyJob::daysLeft(expiry, QDateTime(QDate(2027, 2, 24), QTime(16, 0), Qt::UTC))
          == 0);
    CHECK(RakutenVerifyJob::daysLeft(expiry, QDateTime(QDate(2027, 2, 24), QTime(14, 0), Qt::UTC))
          == 1);
    CHECK_FALSE(RakutenVerifyJob::parseExpiry(QStringLiteral("soon")).isValid());
}
