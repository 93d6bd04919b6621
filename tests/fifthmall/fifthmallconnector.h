#pragma once

#include "core/connector.h"

namespace crossma::test {

// A fifth mall that exists only in the tests: "テスト市場", one shop ID and one
// API token that expires. It proves that a mall is its folder plus its
// registration: nothing in wizard/, app/ or connectors/ knows it.
class FifthMallConnector : public Connector
{
    Q_OBJECT
public:
    static constexpr char kId[] = "fifthmall";
    static constexpr char kEndpointKey[] = "fifthmall.api";

    QString id() const override { return QString::fromLatin1(kId); }
    QString displayName() const override { return QStringLiteral("テスト市場"); }
    QString pageTitle() const override { return QStringLiteral("テスト市場設定"); }
    QString pageIntro() const override
    {
        return QStringLiteral("テスト市場のAPIトークンを登録します。");
    }
    QStringList endpointKeys() const override { return {QString::fromLatin1(kEndpointKey)}; }
    QList<FieldSpec> fields() const override;
    Procedure procedure() const override;
    QList<ExpirySpec> expiries() const override;
    VerifyJob *verify(const FieldValues &normalised, const Endpoints &endpoints,
                      QObject *parent) const override;
};

}  // namespace crossma::test
