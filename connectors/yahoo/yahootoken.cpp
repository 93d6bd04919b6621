#include "yahootoken.h"

#include "core/verifyjob.h"
#include "yahooconnector.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace crossma::YahooToken {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("crossma::YahooToken", text);
}

QByteArray formEncode(const QList<QPair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &item : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
    }
    return out;
}
}  // namespace

QUrl tokenUrl(const Endpoints &endpoints)
{
    return endpoints.url(QStringLiteral("yahoo.auth"), YahooConnector::authBase(),
                         QStringLiteral("/yconnect/v2/token"));
}

QUrl authorizationUrl(const Endpoints &endpoints)
{
    return endpoints.url(QStringLiteral("yahoo.auth"), YahooConnector::authBase(),
                         QStringLiteral("/yconnect/v2/authorization"));
}

HttpHeaders headers(const YahooAppConfig &app)
{
    // RFC 6749 2.3.1: id and secret are form-encoded before Basic encoding.
    const QByteArray credentials = QUrl::toPercentEncoding(app.clientId) + ':'
                                   + QUrl::toPercentEncoding(app.clientSecret);
    return {{"Authorization", "Basic " + credentials.toBase64()},
            {"Content-Type", "application/x-www-form-urlencoded;charset=UTF-8"},
            {"Accept", "application/json"}};
}

QByteArray refreshBody(const QString &refreshToken)
{
    return formEncode({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                       {QStringLiteral("refresh_token"), refreshToken}});
}

QByteArray codeBody(const QString &code, const QUrl &redirectUri, const QByteArray &codeVerifier)
{
    QList<QPair<QString, QString>> items = {
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
    };
    if (!codeVerifier.isEmpty())
        items.append({QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier)});
    return formEncode(items);
}

bool parse(const QByteArray &body, Tokens *out)
{
    const QJsonObject obj = QJsonDocument::fromJson(body).object();
    const QString access = obj.value(QLatin1String("access_token")).toString();
    if (access.isEmpty())
        return false;
    out->accessToken = access;
    out->refreshToken = obj.value(QLatin1String("refresh_token")).toString();
    out->expiresIn = obj.value(QLatin1String("expires_in")).toInt();
    return true;
}

VerifyResult failureFor(const HttpResponse &response)
{
    const QJsonObject obj = QJsonDocument::fromJson(response.body).object();
    const QString error = obj.value(QLatin1String("error")).toString();
    const QString description = obj.value(QLatin1String("error_description")).toString();

    if (error == QLatin1String("invalid_grant")) {
        return VerifyResult::failure(
                   Code::LoginRequired,
                   tr("The Yahoo! JAPAN ID login is no longer valid. Press ログイン and log in "
                      "again with the ID that manages the store."),
                   {tr("The login is older than its lifetime (28 days with a public key)."),
                    tr("The permission given to the service was withdrawn, or the Yahoo! JAPAN ID "
                       "password was changed."),
                    tr("The login was made for a different client ID.")})
            .withMall(error, description);
    }
    if (error == QLatin1String("invalid_client") || response.status == 401) {
        return VerifyResult::failure(
                   Code::AuthRejected,
                   tr("Yahoo! did not accept the service's application (client ID or client "
                      "secret)."),
                   {tr("A client ID or client secret under advanced settings is wrong: clear both "
                       "to use the service's own."),
                    tr("The service's YConnect application was changed: please contact support.")})
            .withMall(error.isEmpty() ? QString::number(response.status) : error, description);
    }
    if (response.status == 429) {
        return VerifyResult::failure(Code::RateLimited,
                                     tr("Yahoo! is receiving too many requests right now. Wait a "
                                        "minute and try again."))
            .withMall(error, description);
    }
    if (response.status >= 500) {
        return VerifyResult::failure(
                   Code::ServiceError,
                   tr("Yahoo!'s login service is having trouble right now (HTTP %1). Please try "
                      "again later.")
                       .arg(response.status))
            .withMall(error, description);
    }
    if (!error.isEmpty()) {
        return VerifyResult::failure(
                   Code::AuthRejected,
                   tr("Yahoo! refused the login request (HTTP %1). Press ログイン and try again; "
                      "if it keeps happening, copy the support information and contact support.")
                       .arg(response.status))
            .withMall(error, description);
    }
    // An answer in no documented form: none of its bytes are quoted.
    return VerifyResult::failure(
        Code::BadResponse,
        tr("Yahoo!'s login service answered in a way this program does not understand "
           "(HTTP %1). Please try again later.")
            .arg(response.status));
}

VerifyResult transportFailure(const HttpResponse &response)
{
    switch (response.failure) {
    case HttpResponse::Failure::Timeout:
        return VerifyResult::failure(Code::Timeout,
                                     tr("Yahoo!'s login service did not answer in time. Check your "
                                        "internet connection and try again."));
    case HttpResponse::Failure::Cancelled:
        return VerifyResult::failure(Code::Cancelled, tr("The login was cancelled."));
    case HttpResponse::Failure::Tls:
        return VerifyResult::failure(
                   Code::Tls,
                   tr("The secure connection to Yahoo!'s login service could not be verified, so "
                      "nothing was sent. Check this computer's date and time, or ask the "
                      "administrator of your company's proxy."))
            .withMall({}, response.errorText);
    case HttpResponse::Failure::Redirected:
    case HttpResponse::Failure::TooLarge:
    case HttpResponse::Failure::Malformed:
    case HttpResponse::Failure::ProxyAuth:
        return VerifyJob::transportFailure(response, tr("Yahoo!'s login service"));
    case HttpResponse::Failure::Network:
    case HttpResponse::Failure::None:
        break;
    }
    return VerifyResult::failure(Code::Network,
                                 tr("Could not connect to Yahoo!'s login service. Check that this "
                                    "computer is online, then try again."))
        .withMall({}, response.errorText);
}

}  // namespace crossma::YahooToken
