#pragma once

#include "core/connector.h"

namespace crossma {

// 楽天市場 (RMS WEB API): サービスシークレット, ライセンスキー, 店舗URL.
// verify asks for the license key's expiry date, then the shop master to
// prove the functions are enabled and the shop is the one typed.
class RakutenConnector : public Connector
{
    Q_OBJECT
public:
    using Connector::Connector;

    static const QUrl &productionBase();
    static constexpr int kLicenseLifetimeDays = 90;
    static constexpr int kWarnDaysLeft = 14;

    QString id() const override { return QStringLiteral("rakuten"); }
    QString displayName() const override;
    QString pageTitle() const override;
    QString pageIntro() const override;
    QStringList endpointKeys() const override { return {QStringLiteral("rakuten.api")}; }
    QList<FieldSpec> fields() const override;
    Procedure procedure() const override;
    QList<ExpirySpec> expiries() const override;
    FieldValues normalise(const FieldValues &raw) const override;
    QList<FieldProblem> check(const FieldValues &normalised) const override;
    VerifyJob *verify(const FieldValues &normalised, const Endpoints &endpoints,
                      QObject *parent) const override;
};

}  // namespace crossma
