#include "amazonverifyjob.h"

#include "amazonconnector.h"
#include "amazonvalues.h"
#include "core/payload.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace crossma {

namespace {
QPair<QString, QString> lwaError(const QByteArray &body)
{
    const QJsonObject obj = QJsonDocument::fromJson(body).object();
    return {obj.value(QLatin1String("error")).toString(),
            obj.value(QLatin1String("error_description")).toString()};
}

// What may be quoted from a token answer: LWA echoes the refresh token in its
// success body, so only the error fields or the body's type and size are shown.
QString quotableTokenAnswer(const HttpResponse &response)
{
    const QPair<QString, QString> error = lwaError(response.body);
    if (!error.first.isEmpty())
        return (error.first + QLatin1Char(' ') + error.second).trimmed();
    return QStringLiteral("%1, %2 bytes")
        .arg(QString::fromLatin1(response.header("content-type")))
        .arg(response.body.size());
}

QString spapiErrorDetails(const QByteArray &body)
{
    const QJsonArray errors =
        QJsonDocument::fromJson(body).object().value(QLatin1String("errors")).toArray();
    return errors.isEmpty()
        ? QString()
        : errors.first().toObject().value(QLatin1String("details")).toString();
}
}  // namespace

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

VerifyResult AmazonVerifyJob::tokenRejected(const HttpResponse &response) const
{
    const auto [code, description] = lwaError(response.body);
    if (code == QLatin1String("invalid_grant")) {
        VerifyResult r = VerifyResult::failure(
            kRefreshTokenRejected,
            tr("Amazon did not accept the refresh token. Authorise the app again and enter the "
               "new refresh token: Seller Central > Apps and Services > Develop Apps > Authorize "
               "> Generate refresh token."),
            {tr("The app's authorisation was removed, or the token was copied incompletely."),
             tr("The refresh token belongs to a different app than this client ID.")});
        return r.withMall(code, description);
    }
    if (code == QLatin1String("invalid_client")) {
        VerifyResult r = VerifyResult::failure(
            Code::AuthRejected,
            tr("Amazon did not accept the LWA client ID or client secret. Copy both again from "
               "Seller Central > Apps and Services > Develop Apps > LWA credentials > View."),
            {tr("The client secret was copied incompletely, or from a different app than the "
                "client ID."),
             tr("The client secret has expired or was renewed: Amazon requires renewing it "
                "regularly. Use the current one shown in LWA credentials.")});
        return r.withMall(code, description);
    }
    VerifyResult r = VerifyResult::failure(
        Code::AuthRejected,
        tr("Amazon refused to sign in with these values (HTTP %1). Check the client ID, the "
           "client secret and the refresh token in Seller Central > Apps and Services > Develop "
           "Apps.").arg(response.status));
    return r.withMall(code, description);
}

VerifyResult AmazonVerifyJob::rateLimited(const QString &mallCode, const QString &mallMessage) const
{
    VerifyResult r = VerifyResult::failure(
        Code::RateLimited,
        tr("Amazon allows this check only about once a minute. Wait a minute, then run the "
           "connection test again."));
    r.withMall(mallCode, mallMessage);
    r.facts = m_facts;
    return r;
}

void AmazonVerifyJob::onToken(const HttpResponse &response)
{
    if (response.failure != HttpResponse::Failure::None)
        return finish(transportFailure(response));
    if (response.status == 429) {
        const auto [code, description] = lwaError(response.body);
        return finish(rateLimited(code, description));
    }
    if (response.status >= 500) {
        VerifyResult r = serviceError(response);
        r.mallMessage = quotableTokenAnswer(response);
        return finish(r);
    }
    if (response.status == 400 || response.status == 401 || response.status == 403) {
        if (lwaError(response.body).first.isEmpty())
            return finish(badResponse(response, quotableTokenAnswer(response)));
        return finish(tokenRejected(response));
    }
    const QJsonObject obj = QJsonDocument::fromJson(response.body).object();
    const QString token = obj.value(QLatin1String("access_token")).toString();
    if (response.status != 200 || token.isEmpty())
        return finish(badResponse(response, quotableTokenAnswer(response)));
    m_accessToken = token.toUtf8();

    setStage(tr("Asking Amazon which marketplaces your seller account sells in…"));
    const QUrl url = m_endpoints.url(QStringLiteral("amazon.spapi"),
                                     AmazonConnector::spapiProductionBase(), participationsPath());
    http()->get(url, {{"x-amz-access-token", m_accessToken}, {"Accept", "application/json"}},
                [this](const HttpResponse &r) { onParticipations(r); });
}

VerifyResult AmazonVerifyJob::permissionMissing(const HttpResponse &response) const
{
    const auto [code, message] = Payload::jsonFirstError(response.body);
    VerifyResult r = VerifyResult::failure(
        Code::PermissionMissing,
        tr("Amazon accepted the app's credentials, but refused access to your seller account "
           "(HTTP %1).").arg(response.status),
        {tr("The app is not authorised for this seller account: authorise it in Seller Central "
            "> Apps and Services > Develop Apps > Authorize, signed in as this seller."),
         tr("The app or your developer profile lacks a role the service needs: check the roles "
            "in Develop Apps > Edit app."),
         tr("The app was authorised in another Amazon region (for example the US or Europe). "
            "This program uses the Far East region (Japan, Australia, Singapore).")});
    QString text = message;
    const QString details = spapiErrorDetails(response.body);
    if (!details.isEmpty())
        text += QLatin1Char(' ') + details;
    r.withMall(code, text.trimmed());
    r.facts = m_facts;
    return r;
}

void AmazonVerifyJob::onParticipations(const HttpResponse &response)
{
    m_accessToken.clear();  // one use only
    if (response.failure != HttpResponse::Failure::None)
        return finish(transportFailure(response));
    const auto [code, message] = Payload::jsonFirstError(response.body);
    if (response.status == 429)
        return finish(rateLimited(code, message));
    if (response.status == 401 || response.status == 403)
        return finish(permissionMissing(response));
    if (response.status >= 500)
        return finish(serviceError(response));
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    const QJsonValue payload = doc.object().value(QLatin1String("payload"));
    if (response.status != 200 || !payload.isArray())
        return finish(badResponse(response, {}));
    finish(judgeParticipations(payload.toArray()));
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
                   "moment (isParticipating: false).").arg(shownName),
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
                                  "Manage Inventory.").arg(shownName));
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
