#include "fifthmallconnector.h"

#include "fifthmallverifyjob.h"

namespace crossma::test {

QList<FieldSpec> FifthMallConnector::fields() const
{
    FieldSpec shop;
    shop.id = QStringLiteral("shopId");
    shop.label = QStringLiteral("ショップID");
    shop.placeholder = QStringLiteral("shop-001");
    shop.help = QStringLiteral("管理画面の右上に表示されています。");
    shop.maxLength = 32;
    FieldSpec token;
    token.id = QStringLiteral("apiToken");
    token.label = QStringLiteral("APIトークン");
    token.help = QStringLiteral("設定 > API > トークンの発行 で発行します。");
    token.secret = true;
    token.maxLength = 64;
    return {shop, token};
}

Procedure FifthMallConnector::procedure() const
{
    Procedure procedure;
    procedure.steps = {{QStringLiteral("issueToken"), QStringLiteral("APIトークンを発行する"),
                        QStringLiteral("設定 > API > トークンの発行"), QString(), QUrl()}};
    return procedure;
}

QList<ExpirySpec> FifthMallConnector::expiries() const
{
    return {{QStringLiteral("tokenExpiry"), QStringLiteral("APIトークンの有効期限"), 30,
             QStringLiteral("テスト市場の 設定 > API > トークンの発行 で新しいトークンを発行し、"
                            "「編集」から入力してください。")}};
}

VerifyJob *FifthMallConnector::verify(const FieldValues &normalised, const Endpoints &endpoints,
                                      QObject *parent) const
{
    return new FifthMallVerifyJob(normalised, endpoints, displayName(), parent);
}

}  // namespace crossma::test
