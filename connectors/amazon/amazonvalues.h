#pragma once

#include <QList>
#include <QString>

namespace crossma::AmazonValues {

// The shapes of the values a seller copies from Seller Central. Used to tell
// the seller which value landed in which field ("the client ID is in the
// secret field"), so detection is by prefix and is lenient about case.
enum class Kind {
    Unknown,
    ClientId,        // amzn1.application-oa2-client.<32 hex>
    ClientSecret,    // amzn1.oa2-cs.v1.<64 hex>, or a bare 64 hex (older apps)
    RefreshToken,    // Atzr|…
    AccessToken,     // Atza|… (lives one hour; never what the seller should paste)
    MwsAuthToken,    // amzn.mws.… (MWS, gone since 2024)
    AwsAccessKeyId,  // AKIA… (MWS era and SigV4, no longer needed)
    MarketplaceId,   // a known marketplace id such as A1VC38T7YXB528
};

Kind kindOf(const QString &value);

inline const QString kClientIdPrefix = QStringLiteral("amzn1.application-oa2-client.");
inline const QString kClientSecretPrefix = QStringLiteral("amzn1.oa2-cs.v1.");
inline const QString kRefreshTokenPrefix = QStringLiteral("Atzr|");
inline const QString kAccessTokenPrefix = QStringLiteral("Atza|");
constexpr int kClientIdHexLength = 32;
constexpr int kClientSecretHexLength = 64;

// Whether `value` is `length` hexadecimal digits (either case).
bool isHex(const QString &value, int length);

// A marketplace served by the Far East SP-API host (sellingpartnerapi-fe),
// the one host this product talks to.
struct Marketplace {
    QString id;           // A1VC38T7YXB528
    QString domain;       // Amazon.co.jp
    QString countryCode;  // JP
};
QList<Marketplace> farEastMarketplaces();
inline const QString kDefaultMarketplaceId = QStringLiteral("A1VC38T7YXB528");

// Whether `value` is the id of any Amazon marketplace we know, in any region.
bool isKnownMarketplaceId(const QString &value);

}  // namespace crossma::AmazonValues
