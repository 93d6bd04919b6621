#include "amazonfake.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

namespace crossma::sandbox {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("crossma::sandbox::AmazonFake", text);
}

const QString kTokenPath = QStringLiteral("/auth/o2/token");
const QString kParticipationsPath = QStringLiteral("/sellers/v1/marketplaceParticipations");

// What the second call answers for an access token issued from each refresh token.
const QStringList kBehaviours = {
    QStringLiteral("ok"),          QStringLiteral("suspended"),  QStringLiteral("unauthorized"),
    QStringLiteral("othermarket"), QStringLiteral("notselling"), QStringLiteral("throttled"),
    QStringLiteral("slow"),        QStringLiteral("garbled"),    QStringLiteral("unavailable"),
};

QJsonObject marketplace(const char *id, const char *name, const char *country, const char *currency,
                        const char *language, const char *domain)
{
    return {{QStringLiteral("id"), QLatin1String(id)},
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("countryCode"), QLatin1String(country)},
            {QStringLiteral("defaultCurrencyCode"), QLatin1String(currency)},
            {QStringLiteral("defaultLanguageCode"), QLatin1String(language)},
            {QStringLiteral("domainName"), QLatin1String(domain)}};
}

QJsonObject entry(const QJsonObject &market, bool participating, bool suspended)
{
    return {{QStringLiteral("marketplace"), market},
            {QStringLiteral("participation"),
             QJsonObject{{QStringLiteral("isParticipating"), participating},
                         {QStringLiteral("hasSuspendedListings"), suspended}}}};
}

QJsonObject japan()
{
    return marketplace("A1VC38T7YXB528", "Amazon.co.jp", "JP", "JPY", "ja_JP", "www.amazon.co.jp");
}

QJsonObject australia()
{
    return marketplace("A39IBJ37TRP1C6", "Amazon.com.au", "AU", "AUD", "en_AU", "www.amazon.com.au");
}

Response lwaError(int status, const char *error, const char *description)
{
    return Response::json(status,
                          QJsonDocument(QJsonObject{{QStringLiteral("error"), QLatin1String(error)},
                                                    {QStringLiteral("error_description"),
                                                     QLatin1String(description)}})
                              .toJson(QJsonDocument::Compact))
        .withHeader("x-amzn-RequestId", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
}

Response spapiError(int status, const char *code, const char *message, const char *details)
{
    QJsonObject error{{QStringLiteral("code"), QLatin1String(code)},
                      {QStringLiteral("message"), QLatin1String(message)}};
    if (details)
        error.insert(QStringLiteral("details"), QLatin1String(details));
    return Response::json(status,
                          QJsonDocument(QJsonObject{{QStringLiteral("errors"), QJsonArray{error}}})
                              .toJson(QJsonDocument::Compact))
        .withHeader("x-amzn-RequestId", QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
        .withHeader("x-amzn-RateLimit-Limit", "0.016");
}

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
}  // namespace

struct AmazonFake::State {
    QHash<QString, QString> behaviourOfAccessToken;  // every token this fake issued

    Response token(const Request &request)
    {
        if (!request.header("content-type").startsWith("application/x-www-form-urlencoded"))
            return lwaError(400, "invalid_request",
                            "Content-Type must be application/x-www-form-urlencoded");
        const QUrlQuery form = request.form();
        auto value = [&form](const char *key) {
            return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
        };
        for (const char *required : {"grant_type", "client_id", "client_secret"}) {
            if (!form.hasQueryItem(QLatin1String(required)))
                return lwaError(400, "invalid_request",
                                QByteArray("The request is missing a required parameter : ")
                                    .append(required)
                                    .constData());
        }
        if (value("grant_type") != QLatin1String("refresh_token"))
            return lwaError(
                400, "unsupported_grant_type",
                "The authorization grant type is not supported by the authorization server");
        // Client authentication comes before the grant, as at LWA.
        if (value("client_id") != clientId() || value("client_secret") != clientSecret())
            return lwaError(401, "invalid_client", "Client authentication failed");
        if (!form.hasQueryItem(QStringLiteral("refresh_token")))
            return lwaError(400, "invalid_request",
                            "The request is missing a required parameter : refresh_token");
        const QString refresh = value("refresh_token");
        QString behaviour;
        for (const QString &b : kBehaviours) {
            if (refreshToken(b) == refresh)
                behaviour = b;
        }
        if (behaviour.isEmpty())
            return lwaError(400, "invalid_grant",
                            "The request has an invalid grant parameter : refresh_token");
        const QString access = QStringLiteral("Atza|IwEBI") + randomToken(48);
        behaviourOfAccessToken.insert(access, behaviour);
        return Response::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("access_token"), access},
                                           {QStringLiteral("refresh_token"), refresh},
                                           {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                           {QStringLiteral("expires_in"), 3600}})
                     .toJson(QJsonDocument::Compact));
    }

    Response participations(const Request &request) const
    {
        const QByteArray access = request.header("x-amz-access-token");
        if (access.isEmpty())
            return spapiError(403, "Unauthorized", "Access to requested resource is denied.",
                              "Access token is missing in the request header.");
        const QString behaviour = behaviourOfAccessToken.value(QString::fromUtf8(access));
        if (behaviour.isEmpty())
            return spapiError(403, "Unauthorized", "Access to requested resource is denied.",
                              "The access token you provided is revoked, malformed or invalid.");
        if (behaviour == QLatin1String("unauthorized"))
            return spapiError(403, "Unauthorized", "Access to requested resource is denied.", "");
        if (behaviour == QLatin1String("throttled"))
            return spapiError(429, "QuotaExceeded",
                              "You exceeded your quota for the requested resource.", nullptr);
        if (behaviour == QLatin1String("unavailable"))
            return spapiError(503, "ServiceUnavailable", "Service is temporarily unavailable.",
                              nullptr);
        if (behaviour == QLatin1String("slow"))
            return Response::hanging();
        if (behaviour == QLatin1String("garbled"))
            return Response::text(200, "text/html; charset=utf-8",
                                  "<!DOCTYPE html><html><body><h1>Gateway</h1></body></html>");
        QJsonArray payload;
        if (behaviour == QLatin1String("othermarket"))
            payload.append(entry(australia(), true, false));
        else
            payload.append(entry(japan(), behaviour != QLatin1String("notselling"),
                                 behaviour == QLatin1String("suspended")));
        return Response::json(200, QJsonDocument(QJsonObject{{QStringLiteral("payload"), payload}})
                                       .toJson(QJsonDocument::Compact))
            .withHeader("x-amzn-RequestId", QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
            .withHeader("x-amzn-RateLimit-Limit", "0.016");
    }
};

AmazonFake::AmazonFake() : m_state(std::make_shared<State>())
{
}

QString AmazonFake::clientId()
{
    return QStringLiteral("amzn1.application-oa2-client.5a4d0c0e7b1f4c2e9d8a6b3c1f0e2d4a");
}

QString AmazonFake::clientSecret()
{
    return QStringLiteral("amzn1.oa2-cs.v1.")
           + QString::fromLatin1(
               QCryptographicHash::hash("crossma sandbox secret", QCryptographicHash::Sha256).toHex());
}

QString AmazonFake::sellerId()
{
    return QStringLiteral("A1SANDBOX0SELLER");
}

QString AmazonFake::refreshToken(const QString &behaviour)
{
    // Long enough to pass the connector's offline check, and stable across runs.
    const QByteArray tail =
        QCryptographicHash::hash(behaviour.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QStringLiteral("Atzr|IwEBI-sandbox-%1-%2").arg(behaviour, QString::fromLatin1(tail));
}

QStringList AmazonFake::endpointKeys() const
{
    return {QStringLiteral("amazon.lwa"), QStringLiteral("amazon.spapi")};
}

void AmazonFake::install(Server &server)
{
    const std::shared_ptr<State> state = m_state;
    server.route("POST", kTokenPath, [state](const Request &r) { return state->token(r); });
    server.route("GET", kParticipationsPath,
                 [state](const Request &r) { return state->participations(r); });
}

QList<Scenario> AmazonFake::scenarios() const
{
    auto values = [](const QString &behaviour, const QString &secret = clientSecret()) {
        return FieldValues{{QStringLiteral("sellerId"), sellerId()},
                           {QStringLiteral("lwaClientId"), clientId()},
                           {QStringLiteral("lwaClientSecret"), secret},
                           {QStringLiteral("refreshToken"), refreshToken(behaviour)},
                           {QStringLiteral("marketplaceId"), QStringLiteral("A1VC38T7YXB528")}};
    };
    const QString mall = mallId();
    const QString otherSecret = QStringLiteral("amzn1.oa2-cs.v1.")
                                + QString(QStringLiteral("0f1e2d3c")).repeated(8);
    return {
        {mall, tr("Correct values"), tr("Connected: Amazon.co.jp"), values(QStringLiteral("ok"))},
        {mall, tr("Some listings suspended"), tr("Connected, with a warning about suspended listings"),
         values(QStringLiteral("suspended"))},
        {mall, tr("Wrong client secret"),
         tr("Not connected: client ID or secret rejected (invalid_client)"),
         values(QStringLiteral("ok"), otherSecret)},
        {mall, tr("Revoked refresh token"),
         tr("Not connected: authorise the app again (invalid_grant)"),
         values(QStringLiteral("revoked"))},
        {mall, tr("App not authorised for this seller"),
         tr("Not connected: access denied (403 Unauthorized)"),
         values(QStringLiteral("unauthorized"))},
        {mall, tr("Seller only on Amazon.com.au"),
         tr("Not connected: not registered at Amazon.co.jp"), values(QStringLiteral("othermarket"))},
        {mall, tr("Registered but not selling"), tr("Not connected: not selling at Amazon.co.jp"),
         values(QStringLiteral("notselling"))},
        {mall, tr("Too many requests"), tr("No verdict: wait a minute (429)"),
         values(QStringLiteral("throttled"))},
        {mall, tr("Amazon does not answer"), tr("No verdict: timed out"),
         values(QStringLiteral("slow"))},
        {mall, tr("Unreadable answer"), tr("No verdict: an answer this program does not understand"),
         values(QStringLiteral("garbled"))},
        {mall, tr("Amazon has trouble"), tr("No verdict: Amazon's service error (503)"),
         values(QStringLiteral("unavailable"))},
    };
}

}  // namespace crossma::sandbox
