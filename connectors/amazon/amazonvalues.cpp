#include "amazonvalues.h"

#include <QRegularExpression>

namespace crossma::AmazonValues {

bool isHex(const QString &value, int length)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
    return value.size() == length && hex.match(value).hasMatch();
}

Kind kindOf(const QString &value)
{
    auto startsWith = [&value](const QString &prefix) {
        return value.startsWith(prefix, Qt::CaseInsensitive);
    };
    if (startsWith(kClientIdPrefix))
        return Kind::ClientId;
    if (startsWith(kClientSecretPrefix) || isHex(value, kClientSecretHexLength))
        return Kind::ClientSecret;
    if (startsWith(kRefreshTokenPrefix))
        return Kind::RefreshToken;
    if (startsWith(kAccessTokenPrefix))
        return Kind::AccessToken;
    if (startsWith(QStringLiteral("amzn.mws.")))
        return Kind::MwsAuthToken;
    static const QRegularExpression awsKey(QStringLiteral("^(AKIA|ASIA)[0-9A-Z]{16}$"));
    if (awsKey.match(value).hasMatch())
        return Kind::AwsAccessKeyId;
    if (isKnownMarketplaceId(value))
        return Kind::MarketplaceId;
    return Kind::Unknown;
}

QList<Marketplace> farEastMarketplaces()
{
    return {
        {kDefaultMarketplaceId, QStringLiteral("Amazon.co.jp"), QStringLiteral("JP")},
        {QStringLiteral("A39IBJ37TRP1C6"), QStringLiteral("Amazon.com.au"), QStringLiteral("AU")},
        {QStringLiteral("A19VAU5U5O7RUS"), QStringLiteral("Amazon.sg"), QStringLiteral("SG")},
    };
}

bool isKnownMarketplaceId(const QString &value)
{
    // Amazon's published marketplace ids; they look exactly like seller ids.
    static const QStringList others = {
        QStringLiteral("ATVPDKIKX0DER"),  QStringLiteral("A2EUQ1WTGCTBG2"),
        QStringLiteral("A1AM78C64UM0Y8"), QStringLiteral("A2Q3Y263D00KWC"),
        QStringLiteral("A1F83G8C2ARO7P"), QStringLiteral("A1PA6795UKMFR9"),
        QStringLiteral("A13V1IB3VIYZZH"), QStringLiteral("APJ6JRA9NG5V4"),
        QStringLiteral("A1RKKUPIHCS9HS"), QStringLiteral("A1805IZSGTT6HS"),
        QStringLiteral("A21TJRUUN4KGV"),  QStringLiteral("A2VIGQ35RCS4UG"),
    };
    const QString upper = value.toUpper();
    if (others.contains(upper))
        return true;
    for (const Marketplace &m : farEastMarketplaces()) {
        if (m.id == upper)
            return true;
    }
    return false;
}

}  // namespace crossma::AmazonValues
