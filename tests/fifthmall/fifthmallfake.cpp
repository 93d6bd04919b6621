#include "fifthmallfake.h"

#include "fifthmallconnector.h"
#include "server.h"

#include <QDateTime>
#include <QTimeZone>

namespace crossma::test {

QString FifthMallFake::mallId() const
{
    return QString::fromLatin1(FifthMallConnector::kId);
}

QStringList FifthMallFake::endpointKeys() const
{
    return {QString::fromLatin1(FifthMallConnector::kEndpointKey)};
}

void FifthMallFake::install(sandbox::Server &server)
{
    server.route("GET", QStringLiteral("/v1/shop"), [](const sandbox::Request &request) {
        if (request.header("authorization") != QByteArray("Bearer ") + kToken
            || request.header("x-shop-id") != kShopId)
            return sandbox::Response::json(401, R"({"error":"invalid_token"})");
        const QDate day =
            QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(9 * 3600)).date().addDays(kDaysLeft);
        const QDateTime expiry(day, QTime(23, 59, 59), QTimeZone(9 * 3600));
        return sandbox::Response::json(200, R"({"shopName":"テスト商店","tokenExpiry":")"
                                                + expiry.toString(Qt::ISODate).toUtf8() + "\"}");
    });
}

QList<sandbox::Scenario> FifthMallFake::scenarios() const
{
    const auto values = [](const char *token) {
        return FieldValues{{QStringLiteral("shopId"), QString::fromLatin1(kShopId)},
                           {QStringLiteral("apiToken"), QString::fromLatin1(token)}};
    };
    return {{mallId(), QStringLiteral("正しいトークン"),
             QStringLiteral("接続できます（残り 10 日）"), values(kToken)},
            {mallId(), QStringLiteral("違うトークン"), QStringLiteral("接続できません"),
             values("fifth-token-wrong")}};
}

}  // namespace crossma::test
