#include "fifthmallverifyjob.h"

#include "fifthmallconnector.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace crossma::test {

FifthMallVerifyJob::FifthMallVerifyJob(const FieldValues &values, const Endpoints &endpoints,
                                       const QString &mallName, QObject *parent)
    : VerifyJob(endpoints, mallName, parent), m_values(values), m_endpoints(endpoints)
{
}

void FifthMallVerifyJob::run()
{
    setStage(QStringLiteral("テスト市場に接続しています…"));
    const QUrl url = m_endpoints.url(QString::fromLatin1(FifthMallConnector::kEndpointKey),
                                     QUrl(QStringLiteral("https://api.fifthmall.invalid")),
                                     QStringLiteral("/v1/shop"));
    http()->get(url,
                {{"Authorization", "Bearer " + m_values.value(QStringLiteral("apiToken")).toUtf8()},
                 {"X-Shop-Id", m_values.value(QStringLiteral("shopId")).toUtf8()}},
                [this](const HttpResponse &response) { onShop(response); });
}

void FifthMallVerifyJob::onShop(const HttpResponse &response)
{
    if (response.failure != HttpResponse::Failure::None)
        return finish(transportFailure(response));
    if (response.status == 401)
        return finish(VerifyResult::failure(
                          Code::AuthRejected,
                          QStringLiteral("テスト市場がこのトークンを受け付けませんでした。"))
                          .withMall(QStringLiteral("401"), QString::fromUtf8(response.body)));
    if (response.status != 200)
        return finish(badResponse(response, {}));
    const QJsonObject shop = QJsonDocument::fromJson(response.body).object();
    const QString expiry = shop.value(QLatin1String("tokenExpiry")).toString();
    if (!QDateTime::fromString(expiry, Qt::ISODate).isValid())
        return finish(badResponse(response, {}));
    const QString name = shop.value(QLatin1String("shopName")).toString();
    finish(VerifyResult::success(
        QStringLiteral("%1 に接続できました。").arg(name),
        {{QStringLiteral("shopName"), name}, {QStringLiteral("tokenExpiry"), expiry}}));
}

}  // namespace crossma::test
