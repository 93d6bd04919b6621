#include "rakutenverifyjob.h"

#include "core/payload.h"
#include "core/sellertime.h"
#include "rakutenconnector.h"
#include "rakutenerrors.h"
#include "rakutenshopurl.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace crossma {

namespace {
const QString kExpiryPath = QStringLiteral("/es/1.0/license-management/license-key/expiry-date");
const QString kShopMasterPath = QStringLiteral("/es/1.0/shop/shopMaster");
}  // namespace

RakutenVerifyJob::RakutenVerifyJob(const FieldValues &values, const Endpoints &endpoints,
                                   const QString &mallName, QObject *parent)
    : VerifyJob(endpoints, mallName, parent), m_values(values), m_endpoints(endpoints)
{
    keepSecrets(RakutenConnector().secretFieldIds(), values);
}

QDateTime RakutenVerifyJob::parseExpiry(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!parsed.isValid())
        return {};
    // An explicit offset is honoured; a bare local time is JST.
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed = QDateTime(parsed.date(), parsed.time(), japanTime());
    return parsed;
}

int RakutenVerifyJob::daysLeft(const QDateTime &expiry, const QDateTime &now)
{
    return japanDaysBetween(now, expiry);
}

HttpHeaders RakutenVerifyJob::headers(const QByteArray &accept) const
{
    const QByteArray credentials = (m_values.value(QStringLiteral("serviceSecret"))
                                    + QLatin1Char(':') + m_values.value(QStringLiteral("licenseKey")))
                                       .toUtf8();
    return {{"Authorization", "ESA " + credentials.toBase64()}, {"Accept", accept}};
}

void RakutenVerifyJob::run()
{
    setStage(tr("Connecting to Rakuten Ichiba and checking the license key…"));
    QUrlQuery query;
    query.addQueryItem(
        QStringLiteral("licenseKey"),
        QString::fromLatin1(QUrl::toPercentEncoding(m_values.value(QStringLiteral("licenseKey")))));
    const QUrl url = m_endpoints.url(QStringLiteral("rakuten.api"),
                                     RakutenConnector::productionBase(), kExpiryPath, query);
    http()->get(url, headers("application/json"),
                [this](const HttpResponse &response) { onExpiry(response); });
}

MallError RakutenVerifyJob::readError(const HttpResponse &response) const
{
    return RakutenErrors::read(response.body);
}

void RakutenVerifyJob::onExpiry(const HttpResponse &response)
{
    if (response.failure != HttpResponse::Failure::None)
        return finish(transportFailure(response));
    // RMS may also answer 200 with {"Results":{"errorCode":…}}.
    if (response.status != 200 || !readError(response).isEmpty()) {
        const std::optional<VerifyResult> known = RakutenErrors::forLicenseCheck(
            response.status, readError(response));
        return finish(known ? *known : badResponse(response, {}));
    }

    const QJsonObject obj = QJsonDocument::fromJson(response.body).object();
    const QDateTime expiry = parseExpiry(obj.value(QLatin1String("expiryDate")).toString());
    if (!expiry.isValid())
        return finish(badResponse(response, tr("no expiry date in the answer")));

    const int left = daysLeft(expiry, QDateTime::currentDateTimeUtc());
    m_facts.insert(QStringLiteral("licenseExpiry"), expiry.toString(Qt::ISODate));
    m_facts.insert(QStringLiteral("licenseDaysLeft"), left);
    if (expiry < QDateTime::currentDateTimeUtc()) {
        VerifyResult r = VerifyResult::failure(
            Code::KeyExpired,
            tr("The license key expired on %1. Issue a new license key in RMS > WEB API service > "
               "2-1 WEB API and enter it here.")
                .arg(sellerDate(expiry)));
        r.facts = m_facts;
        return finish(r);
    }
    if (left < RakutenConnector::kWarnDaysLeft) {
        m_warnings.append(tr("The license key expires in %1 days (%2). Issue a new one in RMS "
                             "before then, or Rakuten orders stop reaching the service.")
                              .arg(left)
                              .arg(sellerDate(expiry)));
    }

    setStage(tr("Checking that the API functions are enabled for your shop…"));
    const QUrl url = m_endpoints.url(QStringLiteral("rakuten.api"),
                                     RakutenConnector::productionBase(), kShopMasterPath);
    http()->get(url, headers("application/xml"), [this](const HttpResponse &r) { onShopMaster(r); });
}

void RakutenVerifyJob::onShopMaster(const HttpResponse &response)
{
    if (response.failure != HttpResponse::Failure::None)
        return finish(transportFailure(response));
    if (response.status == 401 || response.status == 403 || response.status == 429) {
        // The key itself was just accepted, so the shop functions are what is missing.
        VerifyResult r = RakutenErrors::forShopCheck(response.status, readError(response));
        r.facts = m_facts;
        return finish(r);
    }
    if (response.status >= 500)
        return finish(serviceError(response));
    if (response.status != 200 || !Payload::isXml(response.body))
        return finish(badResponse(response, {}));

    const QString resultCode = Payload::xmlText(response.body, QStringLiteral("resultCode"));
    if (resultCode != QLatin1String("N000")) {
        // A documented form with a code whose meaning is not published: quoted for support.
        VerifyResult r = serviceError(response);
        r.withMall(resultCode, Payload::xmlText(response.body, QStringLiteral("message")));
        return finish(r);
    }
    const QString shopName = Payload::xmlText(response.body, QStringLiteral("shopName"));
    const QString shopUrl = Payload::xmlText(response.body, QStringLiteral("url"));
    m_facts.insert(QStringLiteral("shopName"), shopName);
    const QString typed = RakutenShopUrl::shopCode(m_values.value(QStringLiteral("shopUrl")));
    const QString actual = RakutenShopUrl::shopCode(shopUrl);
    if (!actual.isEmpty() && typed != actual) {
        VerifyResult r = VerifyResult::failure(
            Code::StoreMismatch,
            tr("These keys belong to the shop \"%1\" (%2), not to the shop URL you entered. Check "
               "the shop URL, or use the keys of the right shop.")
                .arg(shopName, RakutenShopUrl::canonical(actual)));
        r.facts = m_facts;
        return finish(r);
    }
    const int left = m_facts.value(QStringLiteral("licenseDaysLeft")).toInt();
    VerifyResult ok = VerifyResult::success(
        tr("Connected to %1. License key valid until %2 (%3 days left).")
            .arg(shopName.isEmpty() ? mallName() : shopName,
                 sellerDate(parseExpiry(m_facts.value(QStringLiteral("licenseExpiry")).toString())))
            .arg(left),
        m_facts);
    ok.warnings = m_warnings;
    finish(ok);
}

}  // namespace crossma
