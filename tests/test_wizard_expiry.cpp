// The summary's expiry lines: which facts count, days left in the expiry's
// own time zone (JST for the malls), expired keys.
#include <catch2/catch.hpp>

#include "aupay/aupayconnector.h"
#include "core/expiryfacts.h"
#include "rakuten/rakutenconnector.h"

#include <QTimeZone>

using namespace crossma;

namespace {
QList<ExpirySpec> specs()
{
    return RakutenConnector().expiries() + AupayConnector().expiries();
}
}  // namespace

TEST_CASE("Expiry facts count calendar days where the expiry lives", "[wizard]")
{
    const QTimeZone jst(9 * 3600);
    // 2026-11-28 16:30 UTC is already 2026-11-29 01:30 in Japan.
    const QDateTime now(QDate(2026, 11, 28), QTime(16, 30), Qt::UTC);
    const QVariantMap facts{
        {QStringLiteral("licenseExpiry"),
         QDateTime(QDate(2027, 1, 8), QTime(23, 59, 59), jst).toString(Qt::ISODate)},
        {QStringLiteral("apiKeyExpiry"), QStringLiteral("2026-11-20")},
        {QStringLiteral("shopName"), QStringLiteral("クロスマ練習店")},
        {QStringLiteral("licenseDaysLeft"), 41},
        {QStringLiteral("brokenExpiry"), QStringLiteral("soon")},
    };
    const QList<ExpiryFact> list = expiryFacts(specs(), facts, now);
    REQUIRE(list.size() == 2);  // only parseable "…Expiry" facts
    for (const ExpiryFact &fact : list) {
        if (fact.key == QLatin1String("licenseExpiry")) {
            CHECK(fact.daysLeft == 40);  // from 11-29 in Japan, not 11-28 in UTC
            CHECK_FALSE(fact.expired());
            CHECK(fact.text()
                  == QStringLiteral("ライセンスキーの有効期限: 2027年1月8日（残り 40 日）"));
        } else {
            CHECK(fact.key == QLatin1String("apiKeyExpiry"));
            CHECK(fact.expired());
            CHECK(fact.text() == QStringLiteral("APIキーの有効期限: 2026年11月20日（期限切れ）"));
        }
    }
}

TEST_CASE("An expiry later today is not expired and has 0 days left", "[wizard]")
{
    const QTimeZone jst(9 * 3600);
    const QDateTime now(QDate(2026, 11, 28), QTime(1, 0), Qt::UTC);  // 10:00 in Japan
    const QVariantMap facts{
        {QStringLiteral("licenseExpiry"),
         QDateTime(QDate(2026, 11, 28), QTime(23, 59, 59), jst).toString(Qt::ISODate)}};
    const QList<ExpiryFact> list = expiryFacts(specs(), facts, now);
    REQUIRE(list.size() == 1);
    CHECK(list.first().daysLeft == 0);
    CHECK_FALSE(list.first().expired());
}

TEST_CASE("A bare expiry date lasts to the end of that day in Japan, wherever the computer is",
          "[wizard]")
{
    // 2026-11-29 14:00 UTC is 23:00 on the 29th in Japan: the day is not over.
    const QDateTime now(QDate(2026, 11, 29), QTime(14, 0), Qt::UTC);
    const QVariantMap facts{{QStringLiteral("apiKeyExpiry"), QStringLiteral("2026-11-29")}};
    const QList<ExpiryFact> list = expiryFacts(specs(), facts, now);
    REQUIRE(list.size() == 1);
    CHECK(list.first().expiry
          == QDateTime(QDate(2026, 11, 29), QTime(23, 59, 59), QTimeZone(9 * 3600)));
    CHECK_FALSE(list.first().expired());
    CHECK(list.first().daysLeft == 0);
}

TEST_CASE("Stored facts read as dates in Japan: date-times, bare dates, other text as it is",
          "[wizard]")
{
    CHECK(sellerFactText(QStringLiteral("2027-01-08T23:59:59+09:00"))
          == QStringLiteral("2027年1月8日 23:59"));
    CHECK(sellerFactText(QStringLiteral("2026-11-29")) == QStringLiteral("2026年11月29日"));
    CHECK(sellerFactText(QStringLiteral("クロスマ練習店")) == QStringLiteral("クロスマ練習店"));
    CHECK(sellerFactText(41) == QStringLiteral("41"));
}
