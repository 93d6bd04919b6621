#include "rakutenfake.h"

#include "core/sellertime.h"
#include "server.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

#include <optional>

namespace crossma::sandbox {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("crossma::sandbox::RakutenFake", text);
}

// Each license key stands for one outcome; any other key is simply wrong.
enum class Outcome { Ok, ExpiresSoon, Expired, FunctionsOff, RateLimited, Slow, Broken, Down };
const QList<QPair<QString, Outcome>> &keys()
{
    static const QList<QPair<QString, Outcome>> table = {
        {QStringLiteral("SL338500_demoOk"), Outcome::Ok},
        {QStringLiteral("SL338500_demoSoon"), Outcome::ExpiresSoon},
        {QStringLiteral("SL338500_demoExpired"), Outcome::Expired},
        {QStringLiteral("SL338500_demoNoApi"), Outcome::FunctionsOff},
        {QStringLiteral("SL338500_demoBusy"), Outcome::RateLimited},
        {QStringLiteral("SL338500_demoSlow"), Outcome::Slow},
        {QStringLiteral("SL338500_demoBroken"), Outcome::Broken},
        {QStringLiteral("SL338500_demoDown"), Outcome::Down},
    };
    return table;
}

struct Answer {
    Outcome outcome = Outcome::Ok;
    int daysLeft = 41;
};

// The answer for the ESA credentials sent, or nothing when they are wrong.
std::optional<Answer> answerFor(const Request &request, RakutenFake::OwnKeys &own)
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("ESA "))
        return std::nullopt;
    const QString decoded = QString::fromUtf8(QByteArray::fromBase64(header.mid(4)));
    {
        const QMutexLocker lock(&own.mutex);
        const auto it = own.byCredentials.constFind(decoded);
        if (it != own.byCredentials.cend())
            return Answer{it->hang ? Outcome::Slow : Outcome::Ok, it->daysLeft};
    }
    const QString secret = decoded.section(QLatin1Char(':'), 0, 0);
    const QString license = decoded.section(QLatin1Char(':'), 1);
    if (secret != QLatin1String(RakutenFake::kSecret))
        return std::nullopt;
    for (const auto &entry : keys()) {
        if (entry.first == license)
            return Answer{entry.second, entry.second == Outcome::ExpiresSoon ? 9 : 41};
    }
    return std::nullopt;
}

QByteArray xmlAuthError(const char *interfaceId)
{
    return QByteArrayLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<result><status><interfaceId>")
           + interfaceId
           + QByteArrayLiteral(
               "</interfaceId><systemStatus>NG</systemStatus><message>AuthError</message>"
               "<requestId>")
           + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
           + QByteArrayLiteral("</requestId><requests/></status></result>");
}

Response jsonError(int status, const char *code, const char *message)
{
    return Response::json(status, QByteArrayLiteral("{\"errors\":[{\"code\":\"") + code
                                      + QByteArrayLiteral("\",\"message\":\"") + message
                                      + QByteArrayLiteral("\"}]}"));
}

// Rakuten writes the expiry in JST without an offset.
QByteArray expiryInDays(int days)
{
    const QDate day = japanDate(QDateTime::currentDateTimeUtc()).addDays(days);
    return day.toString(Qt::ISODate).toLatin1() + "T23:59:59";
}

Response expiryDate(const Request &request, RakutenFake::OwnKeys &own)
{
    const auto answer = answerFor(request, own);
    if (!answer || request.query.queryItemValue(QStringLiteral("licenseKey")).isEmpty())
        return Response::xml(401, xmlAuthError("license-management.license-key.expiry-date"));
    switch (answer->outcome) {
    case Outcome::Expired:
        return jsonError(401, "GA0001", "Un-Authorised");
    case Outcome::RateLimited:
        return jsonError(403, "QPSLimit", "Request has been throttled");
    case Outcome::Slow:
        return Response::hanging();
    case Outcome::Broken:
        return Response::text(200, "text/html; charset=UTF-8",
                              "<!DOCTYPE html><html><body>メンテナンス中です</body></html>");
    case Outcome::Down:
        return Response::text(503, "text/plain", "Service Unavailable");
    case Outcome::ExpiresSoon:
    case Outcome::Ok:
    case Outcome::FunctionsOff:
        break;
    }
    return Response::json(200, "{\"expiryDate\":\"" + expiryInDays(answer->daysLeft) + "\"}");
}

Response shopMaster(const Request &request, RakutenFake::OwnKeys &own)
{
    const auto answer = answerFor(request, own);
    if (answer && answer->outcome == Outcome::Slow)
        return Response::hanging();
    if (!answer || answer->outcome == Outcome::FunctionsOff || answer->outcome == Outcome::Expired)
        return Response::xml(401, xmlAuthError("shop.shopMaster"));
    return Response::xml(
        200,
        QByteArrayLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<result><status><interfaceId>"
            "shop.shopMaster</interfaceId><systemStatus>OK</systemStatus><message>OK</message>"
            "<requestId>")
            + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
            + QByteArrayLiteral("</requestId><requests/></status><shopBizApiResponse>"
                                "<resultCode>N000</resultCode><shopMaster><shopId>338500</shopId>"
                                "<shopName>\xe3\x82\xaf\xe3\x83\xad\xe3\x82\xb9\xe3\x83\x9e "
                                "\xe3\x83\x87\xe3\x83\xa2\xe5\xba\x97</shopName>"
                                "<url>https://www.rakuten.co.jp/crossma-demo/</url>"
                                "</shopMaster></shopBizApiResponse></result>"));
}
}  // namespace

void RakutenFake::install(Server &server)
{
    const std::shared_ptr<OwnKeys> own = m_own;
    server.route("GET", QStringLiteral("/es/1.0/license-management/license-key/expiry-date"),
                 [own](const Request &request) { return expiryDate(request, *own); });
    server.route("GET", QStringLiteral("/es/1.0/shop/shopMaster"),
                 [own](const Request &request) { return shopMaster(request, *own); });
}

void RakutenFake::accept(const QString &serviceSecret, const QString &licenseKey, int daysLeft,
                         bool hang)
{
    const QMutexLocker lock(&m_own->mutex);
    m_own->byCredentials.insert(serviceSecret + QLatin1Char(':') + licenseKey,
                                OwnKey{daysLeft, hang});
}

QList<Scenario> RakutenFake::scenarios() const
{
    auto values = [](const char *license, const char *shop = kShopCode) {
        return FieldValues{{QStringLiteral("serviceSecret"), QString::fromLatin1(kSecret)},
                           {QStringLiteral("licenseKey"), QString::fromLatin1(license)},
                           {QStringLiteral("shopUrl"), QString::fromLatin1(shop)}};
    };
    const QString id = mallId();
    return {
        {id, tr("Connects"), tr("Connected; the license key has 41 days left"),
         values("SL338500_demoOk")},
        {id, tr("License key expires soon"), tr("Connected with a warning: 9 days left"),
         values("SL338500_demoSoon")},
        {id, tr("Wrong license key"), tr("Rejected: the three likely causes are listed"),
         values("SL338500_wrongKey")},
        {id, tr("Expired license key"), tr("Rejected: GA0001, the key has expired"),
         values("SL338500_demoExpired")},
        {id, tr("Functions not enabled"), tr("Rejected: the API functions are not enabled"),
         values("SL338500_demoNoApi")},
        {id, tr("Another shop's keys"), tr("Rejected: the keys belong to another shop"),
         values("SL338500_demoOk", "other-shop")},
        {id, tr("Too many requests"), tr("No verdict: QPSLimit, try again in a minute"),
         values("SL338500_demoBusy")},
        {id, tr("No answer"), tr("No verdict: the connection test times out"),
         values("SL338500_demoSlow")},
        {id, tr("Maintenance page"), tr("No verdict: an answer that cannot be read"),
         values("SL338500_demoBroken")},
        {id, tr("Service down"), tr("No verdict: HTTP 503"), values("SL338500_demoDown")},
    };
}

}  // namespace crossma::sandbox
