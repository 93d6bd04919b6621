#pragma once

#include "core/connector.h"

namespace crossma {

// Amazon (Selling Partner API; replaces the seed's 「Amazon MWS設定」): the
// seller's own private app gives an LWA client ID + secret and a refresh
// token. verify exchanges the refresh token for an access token, then asks
// which marketplaces the seller takes part in.
class AmazonConnector : public Connector
{
    Q_OBJECT
public:
    using Connector::Connector;

    static const QUrl &lwaProductionBase();    // https://api.amazon.com
    static const QUrl &spapiProductionBase();  // https://sellingpartnerapi-fe.amazon.com
    static constexpr int kMinSellerIdLength = 10;
    static constexpr int kMaxSellerIdLength = 20;
    static constexpr int kMinRefreshTokenLength = 50;

    QString id() const override { return QStringLiteral("amazon"); }
    QString displayName() const override;
    QString pageTitle() const override;
    QString pageIntro() const override;
    QStringList endpointKeys() const override
    {
        return {QStringLiteral("amazon.lwa"), QStringLiteral("amazon.spapi")};
    }
    QList<FieldSpec> fields() const override;
    Procedure procedure() const override;
    QList<FieldProblem> check(const FieldValues &normalised) const override;
    VerifyJob *verify(const FieldValues &normalised, const Endpoints &endpoints,
                      QObject *parent) const override;

private:
    QString checkSellerId(const QString &value) const;
    QString checkClientId(const QString &value, const QString &secret) const;
    QString checkClientSecret(const QString &value, const QString &clientId) const;
    QString checkRefreshToken(const QString &value) const;
    QString checkMarketplace(const QString &value) const;
    // "This is the …, not the …": the message for a value of the wrong kind.
    QString wrongKind(const QString &value, const QString &fieldLabel) const;
};

}  // namespace crossma
