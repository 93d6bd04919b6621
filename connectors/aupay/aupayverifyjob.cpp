#include "aupayverifyjob.h"

#include "aupayconnector.h"
#include "aupayerrors.h"
#include "core/payload.h"
#include "core/sellertime.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QXmlStreamReader>

namespace crossma {

namespace {
const QString kShopId = QStringLiteral("shopId");
const QString kApiKey = QStringLiteral("apiKey");

// The <title> of an HTML page (a gateway's or maintenance page), for support.
QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    const auto match = title.match(QString::fromUtf8(body.left(4096)));
    return match.hasMatch() ? match.captured(1).simplified() : QString();
}

// Number of <shopCategoryInfo> entries in a success answer.
int categoryCount(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    int count = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement
            && reader.name() == QLatin1String("shopCategoryInfo"))
            ++count;
    }
    return count;
}
}  // namespace

AupayVerifyJob::AupayVerifyJob(const FieldValues &values, const Endpoints &endpoints,
                               const QString &mallName, QObject *parent)
    : VerifyJob(endpoints, mallName, parent), m_values(values), m_endpoints(endpoints)
{
    keepSecrets(AupayConnector().secretFieldIds(), values);
}

const QString &AupayVerifyJob::path()
{
    static const QString p = QStringLiteral("/wmshopapi/searchShopCtgryInfos");
    return p;
}

QDate AupayVerifyJob::todayInJapan()
{
    return japanDate(QDateTime::currentDateTimeUtc());
}

QString AupayVerifyJob::keyTag(const QString &apiKey)
{
    // 32 bits of a salted hash: enough to tell two keys apart, useless for
    // guessing a 256-bit key, so it may live in the settings file.
    const QByteArray digest = QCryptographicHash::hash("crossma-aupay-key-tag:" + apiKey.toUtf8(),
                                                       QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.left(4).toHex());
}

QVariantMap AupayVerifyJob::keyFacts(const QString &apiKey, const QVariantMap &previous,
                                     const QDate &today)
{
    const QString tag = keyTag(apiKey);
    QDate issued;
    if (previous.value(QStringLiteral("apiKeyTag")).toString() == tag) {
        issued = QDate::fromString(previous.value(QStringLiteral("apiKeyIssuedOn")).toString(),
                                   Qt::ISODate);
    }
    if (!issued.isValid() || issued > today)
        issued = today;
    const QDate expires = issued.addDays(AupayConnector::kKeyLifetimeDays);
    return {
        {QStringLiteral("apiKeyTag"), tag},
        {QStringLiteral("apiKeyIssuedOn"), issued.toString(Qt::ISODate)},
        {QStringLiteral("apiKeyExpiry"), expires.toString(Qt::ISODate)},
        {QStringLiteral("apiKeyDaysLeft"), int(today.daysTo(expires))},
    };
}

bool AupayVerifyJob::keyLooksExpired() const
{
    return m_keyFacts.value(QStringLiteral("apiKeyDaysLeft")).toInt() < 0;
}

void AupayVerifyJob::run()
{
    m_keyFacts = keyFacts(m_values.value(kApiKey), previousFacts(), todayInJapan());
    setStage(tr("Connecting to au PAY Market and checking the API key…"));
    QUrlQuery query;
    query.addQueryItem(kShopId, m_values.value(kShopId));
    const QUrl url = m_endpoints.url(QStringLiteral("aupay.api"), AupayConnector::productionBase(),
                                     path(), query);
    const HttpHeaders headers = {
        {"Authorization", "Bearer " + m_values.value(kApiKey).toUtf8()},
        {"Accept", "application/xml"},
    };
    http()->get(url, headers, [this](const HttpResponse &response) { onReply(response); });
}

VerifyResult AupayVerifyJob::refusedByGateway(const HttpResponse &response) const
{
    const QString title = htmlTitle(response.body);
    VerifyResult r;
    const AupayErrors::Cause address = AupayErrors::Cause::Address;
    if (response.status == 403) {
        r = VerifyResult::failure(
            Code::IpNotAllowed,
            tr("au PAY Market refused the connection from this computer (HTTP 403). Usually the "
               "source address is not registered."),
            AupayErrors::causes(&address, keyLooksExpired()));
    } else {
        r = VerifyResult::failure(Code::AuthRejected,
                                  tr("au PAY Market did not accept the API key (HTTP 401)."),
                                  AupayErrors::causes(nullptr, keyLooksExpired()));
    }
    // A gateway's page: only its <title> is quoted, never its bytes.
    r.withMall(QString::number(response.status), title);
    r.facts = m_keyFacts;
    return r;
}

MallError AupayVerifyJob::readError(const HttpResponse &response) const
{
    return AupayErrors::read(response.body);
}

// status 0: the key, the member number and this computer's address were all
// accepted. The key's age is ours to count (the API does not report it).
VerifyResult AupayVerifyJob::connected(const HttpResponse &response) const
{
    const QString shopId = m_values.value(kShopId);
    QVariantMap facts = m_keyFacts;
    facts.insert(QStringLiteral("shopId"), shopId);
    facts.insert(QStringLiteral("categoryCount"), categoryCount(response.body));
    const int left = facts.value(QStringLiteral("apiKeyDaysLeft")).toInt();
    const QString expires = facts.value(QStringLiteral("apiKeyExpiry")).toString();
    VerifyResult ok = VerifyResult::success(
        tr("Connected to au PAY Market (member number %1). The API key is valid until "
           "about %2 (%3 days left).")
            .arg(shopId, expires)
            .arg(left),
        facts);
    if (left < 0) {
        ok.warnings << tr("By our count the API key is more than 90 days old, yet au PAY "
                          "Market still accepts it. Issue a new key soon in "
                          "<1.APIキーを発行>.");
    } else if (left < AupayConnector::kWarnDaysLeft) {
        ok.warnings << tr("The API key expires in about %1 days (%2). Issue a new one in "
                          "Wow!manager > API利用申請 > <1.APIキーを発行> before then, or au "
                          "PAY Market orders stop reaching the service.")
                           .arg(left)
                           .arg(expires);
    }
    return ok;
}

void AupayVerifyJob::onReply(const HttpResponse &response)
{
    if (response.failure != HttpResponse::Failure::None)
        return finish(transportFailure(response));

    // The API answers its own errors as XML, whatever the HTTP status.
    if (Payload::isXml(response.body, QStringLiteral("response"))) {
        const QString status = Payload::xmlText(response.body, QStringLiteral("status"));
        if (status == QLatin1String("0") && response.status == 200)
            return finish(connected(response));
    }
    const MallError error = readError(response);
    if (!error.isEmpty()) {
        VerifyResult r = AupayErrors::forError(error, response.status, keyLooksExpired());
        r.facts = m_keyFacts;
        return finish(r);
    }
    if (response.status == 401 || response.status == 403)
        return finish(refusedByGateway(response));
    if (response.status == 429) {
        VerifyResult r = VerifyResult::failure(
            Code::RateLimited,
            tr("au PAY Market is receiving too many requests right now. Wait a minute and run the "
               "connection test again."));
        r.withMall(QString::number(response.status), htmlTitle(response.body));
        return finish(r);
    }
    if (response.status >= 500)
        return finish(serviceError(response));
    if (Payload::looksLikeHtml(response.body)) {
        VerifyResult r = VerifyResult::failure(
            Code::BadResponse,
            tr("au PAY Market answered with a web page instead of an API answer (HTTP %1). It may "
               "be under maintenance, or a proxy on your network may be in the way. Try again "
               "later.")
                .arg(response.status));
        r.withMall(QString::number(response.status), htmlTitle(response.body));
        return finish(r);
    }
    finish(badResponse(response, {}));
}

}  // namespace crossma
