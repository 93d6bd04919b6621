#include "amazonverifyjob.h"

#include "amazonconnector.h"
#include "amazonerrors.h"
#include "amazonvalues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace crossma {

const QString &AmazonVerifyJob::tokenPath()
{
    static const QString path = QStringLiteral("/auth/o2/token");
    return path;
}

const QString &AmazonVerifyJob::participationsPath()
{
    static const QString path = QStringLiteral("/sellers/v1/marketplaceParticipations");
    return path;
}

AmazonVerifyJob::AmazonVerifyJob(const FieldValues &values, const Endpoints &endpoints,
                                 const QString &mallName, QObject *parent)
    : VerifyJob(endpoints, mallName, parent), m_values(values), m_endpoints(endpoints)
{
    keepSecrets(AmazonConnector().secretFieldIds(), values);
    m_facts.insert(QStringLiteral("sellerId"), values.value(QStringLiteral("sellerId")));
    m_facts.insert(QStringLiteral("marketplaceId"), values.value(QStringLiteral("marketplaceId")));
}

QByteArray AmazonVerifyJob::tokenRequestBody(const FieldValues &values)
{
    // Percent-encode everything: a refresh token holds '|' and may hold '+' or '/'.
    auto pair = [&values](const char *name, const QString &fieldId) {
        return QByteArray(name) + '=' + QUrl::toPercentEncoding(values.value(fieldId));
    };
    return QByteArrayLiteral("grant_type=refresh_token&")
           + pair("refresh_token", QStringLiteral("refreshToken")) + '&'
           + pair("client_id", QStringLiteral("lwaClientId")) + '&'
           + pair("client_secret", QStringLiteral("lwaClientSecret"));
}

QString AmazonVerifyJob::chosenMarketplaceName() const
{
    const QString id = m_values.value(QStringLiteral("marketplaceId"));
    for (const AmazonValues::Marketplace &m : AmazonValues::farEastMarketplaces()) {
        if (m.id == id)
            return m.domain;
    }
    return id;
}

void AmazonVerifyJob::run()
{
    setStage(tr("Signing in to Amazon with your app's credentials (LWA)…"));
    const QUrl url = m_endpoints.url(QStringLiteral("amazon.lwa"),
                                     AmazonConnector::lwaProductionBase(), tokenPath());
    http()->post(url,
                 {{"Content-Type", "application/x-www-form-urlencoded;charset=UTF-8"},
                  {"Accept", "application/json"}},
                 tokenRequestBody(m_values),
                 [this](const HttpResponse &response) { onToken(response); });
}

void AmazonVerifyJob::onToken(const HttpResponse &response)
{
    if (response.failure != HttpResponse::Failure::None)
        return finish(transportFailure(response));
    if (response.status != 200)
        return finishWithError(AmazonErrors::forToken(response.status, readError(response)),
                               response);
    const QJsonObject obj = QJsonDocument::fromJson(response.body).object();
    const QString token = obj.value(QLatin1String("access_token")).toString();
    if (token.isEmpty())
        return finish(badResponse(response, tr("no access token in Amazon's sign-in answer")));
    m_accessToken = token.toUtf8();
    keepSecret(token);

    setStage(tr("Asking Amazon which marketplaces your seller account sells in…"));
    const QUrl url = m_endpoints.url(QStringLiteral("amazon.spapi"),
                                     AmazonConnector::spapiProductionBase(), participationsPath());
    http()->get(url, {{"x-amz-access-token", m_accessToken}, {"Accept", "application/json"}},
                [this](const HttpResponse &r) { onParticipations(r); });
}

void AmazonVerifyJob::onParticipations(const HttpResponse &response)
{
    m_accessToken.clear();  // one use only
    if (response.failure != HttpResponse::Failure::None)
        return finish(transportFailure(response));
    if (response.status != 200)
        return finishWithError(AmazonErrors::forSellingPartner(response.status, readError(response)),
                               response);
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    const QJsonValue payload = doc.object().value(QLatin1String("payload"));
    if (!payload.isArray())
        return finish(badResponse(response, tr("no marketplace list in Amazon's answer")));
    finish(judgeParticipations(payload.toArray()));
}

void AmazonVerifyJob::finishWithError(const std::optional<VerifyResult> &known,
                                      const HttpResponse &response)
{
    if (!known)
        return finish(response.status >= 500 ? serviceError(response) : badResponse(response, {}));
    VerifyResult r = *known;
    r.facts = m_facts;
    finish(r);
}

MallError AmazonVerifyJob::readError(const HttpResponse &response) const
{
    return AmazonErrors::read(response.body);
}

VerifyResult AmazonVerifyJob::judgeParticipations(const QJsonArray &payload)
{
    const QString wanted = m_values.value(QStringLiteral("marketplaceId"));
    QStringList available;
    for (const QJsonValue &entry : payload) {
        const QJsonObject marketplace = entry.toObject().value(QLatin1String("marketplace")).toObject();
        const QJsonObject participation =
            entry.toObject().value(QLatin1String("participation")).toObject();
        const QString id = marketplace.value(QLatin1String("id")).toString();
        const QString name = marketplace.value(QLatin1String("name")).toString();
        if (id != wanted) {
            available.append(name.isEmpty() ? id : name);
            continue;
        }
        const QString shownName = name.isEmpty() ? chosenMarketplaceName() : name;
        m_facts.insert(QStringLiteral("marketplaceName"), shownName);
        const QJsonValue participating = participation.value(QLatin1String("isParticipating"));
        if (!participating.isBool()) {
            HttpResponse answered;
            answered.status = 200;
            return badResponse(answered, QStringLiteral("participation.isParticipating missing"));
        }
        if (!participating.toBool()) {
            VerifyResult r = VerifyResult::failure(
                Code::NotParticipating,
                tr("Your seller account is registered at %1 but is not selling there at the "
                   "moment (isParticipating: false).")
                    .arg(shownName),
                {tr("The seller registration for %1 is not finished yet.").arg(shownName),
                 tr("Selling on your account is restricted or deactivated: check Seller Central > "
                    "Performance > Account Health.")});
            r.facts = m_facts;
            return r;
        }
        VerifyResult ok = VerifyResult::success(
            tr("Connected to %1 (seller ID %2).")
                .arg(shownName, m_values.value(QStringLiteral("sellerId"))),
            m_facts);
        if (participation.value(QLatin1String("hasSuspendedListings")).toBool()) {
            ok.warnings.append(tr("Some of your listings on %1 are suspended. They are not "
                                  "updated until you fix them in Seller Central > Inventory > "
                                  "Manage Inventory.")
                                   .arg(shownName));
        }
        return ok;
    }
    m_facts.insert(QStringLiteral("availableMarketplaces"), available);
    VerifyResult r = VerifyResult::failure(
        Code::MarketplaceMissing,
        available.isEmpty()
            ? tr("Your seller account is not registered at %1.").arg(chosenMarketplaceName())
            : tr("Your seller account is not registered at %1; Amazon only lists: %2.")
                  .arg(chosenMarketplaceName(), available.join(QStringLiteral(", "))),
        {tr("A different marketplace was chosen above than the one you sell in."),
         tr("The app was authorised while signed in to a different seller account.")});
    r.facts = m_facts;
    return r;
}

}  // namespace crossma
