#include <catch2/catch.hpp>

#include "core/credentialsettings.h"

using crossma::CredentialSettings;

TEST_CASE("A mall id names a keychain entry and a settings group only when it is plain", "[store]")
{
    for (const char *plain : {"rakuten", "aupay", "a", "mall_2-b", "0123456789"})
        CHECK(CredentialSettings::isValidMallId(QString::fromLatin1(plain)));
    CHECK(CredentialSettings::isValidMallId(QString(40, QLatin1Char('a'))));

    CHECK_FALSE(CredentialSettings::isValidMallId(QString()));
    CHECK_FALSE(CredentialSettings::isValidMallId(QString(41, QLatin1Char('a'))));
    for (const char *odd : {"Rakuten", "au pay", "../rakuten", "rakuten/", "a.b", "a\nb", "a=b"})
        CHECK_FALSE(CredentialSettings::isValidMallId(QString::fromLatin1(odd)));
    // Full-width letters and other scripts are not plain.
    CHECK_FALSE(CredentialSettings::isValidMallId(QStringLiteral("ｒａｋｕｔｅｎ")));
    CHECK_FALSE(CredentialSettings::isValidMallId(QStringLiteral("楽天")));
}
