#include "amazonerrors.h"

namespace crossma {

MallError AmazonErrors::read(const QByteArray &body)
{
    const MallError spapi = MallError::firstOfErrorsArray(body);
    return spapi.isEmpty() ? MallError::oauth(body) : spapi;
}

VerifyResult AmazonErrors::rateLimited(const MallError &error)
{
    return VerifyResult::failure(
               Code::RateLimited,
               tr("Amazon allows this check only about once a minute. Wait a minute, then run the "
                  "connection test again."))
        .withMall(error);
}

// A 400 (or 404, 413, 415) from SP-API judges the request, not the seller's
// values: nothing the seller typed is in it but the access token.
VerifyResult AmazonErrors::requestNotAccepted(int status, const MallError &error)
{
    const bool tokenMissing = error.message.contains(QLatin1String("Access token is missing"),
                                                     Qt::CaseInsensitive);
    QStringList causes;
    const QString proxy = tr(
        "A proxy or security software on your network changed the request "
        "on its way to Amazon: try another network, or ask its administrator.");
    const QString outdated = tr("Amazon changed what it expects from this program: update this "
                                "program, or copy the support information and contact support.");
    causes << (tokenMissing ? proxy : outdated) << (tokenMissing ? outdated : proxy);
    return VerifyResult::failure(
               Code::ServiceError,
               tr("Amazon did not accept the request itself (HTTP %1), so your values were not "
                  "judged.")
                   .arg(status),
               causes)
        .withMall(error);
}

// The OAuth 2.0 error codes LWA documents for the token call (RFC 6749 §5.2),
// each with what the seller can do about it.
std::optional<VerifyResult> AmazonErrors::forTokenCode(const MallError &error)
{
    const QString &code = error.code;
    if (code == QLatin1String("invalid_grant")) {
        return VerifyResult::failure(
                   kRefreshTokenRejected,
                   tr("Amazon did not accept the refresh token. Authorise the app again and enter "
                      "the new refresh token: Seller Central > Apps and Services > Develop Apps > "
                      "Authorize > Generate refresh token."),
                   {tr("The app's authorisation was removed, or the token was copied "
                       "incompletely."),
                    tr("The refresh token belongs to a different app than this client ID.")})
            .withMall(error);
    }
    if (code == QLatin1String("invalid_client")) {
        return VerifyResult::failure(
                   Code::AuthRejected,
                   tr("Amazon did not accept the LWA client ID or client secret. Copy both again "
                      "from Seller Central > Apps and Services > Develop Apps > LWA credentials > "
                      "View."),
                   {tr("The client secret was copied incompletely, or from a different app than "
                       "the client ID."),
                    tr("The client secret has expired or was renewed: Amazon requires renewing it "
                       "regularly. Use the current one shown in LWA credentials.")})
            .withMall(error);
    }
    if (code == QLatin1String("unauthorized_client")) {
        return VerifyResult::failure(
                   Code::AuthRejected,
                   tr("Amazon does not let this client ID sign in with a refresh token."),
                   {tr("The client ID belongs to another kind of app (for example a Login with "
                       "Amazon security profile): copy the LWA client ID of the SP-API app from "
                       "Seller Central > Apps and Services > Develop Apps > LWA credentials > "
                       "View."),
                    tr("The app is not registered for SP-API, or its registration is still under "
                       "review: check its status in Develop Apps.")})
            .withMall(error);
    }
    if (code == QLatin1String("invalid_request")) {
        return VerifyResult::failure(
                   Code::AuthRejected,
                   tr("Amazon found a value missing or malformed in the sign-in request."),
                   {tr("A value was copied with a line break or with only part of it: copy the "
                       "client ID, the client secret and the refresh token again."),
                    tr("Amazon changed what it expects from this program: update this program, "
                       "or copy the support information and contact support.")})
            .withMall(error);
    }
    return std::nullopt;
}

std::optional<VerifyResult> AmazonErrors::forToken(int status, const MallError &error)
{
    if (status == 429)
        return rateLimited(error);
    const QString &code = error.code;
    if (code == QLatin1String("ServerError") || code == QLatin1String("TemporarilyUnavailable")
        || code == QLatin1String("server_error") || code == QLatin1String("temporarily_unavailable")
        || (status >= 500 && !error.isEmpty())) {
        return VerifyResult::failure(
                   Code::ServiceError,
                   tr("Amazon's sign-in service is having trouble right now (HTTP %1). Your values "
                      "were not judged; please try the connection test again later.")
                       .arg(status))
            .withMall(error);
    }
    if (code.isEmpty())
        return std::nullopt;
    if (auto known = forTokenCode(error))
        return known;
    return VerifyResult::failure(
               Code::AuthRejected,
               tr("Amazon refused to sign in with these values (HTTP %1). Check the client ID, the "
                  "client secret and the refresh token in Seller Central > Apps and Services > "
                  "Develop Apps.")
                   .arg(status))
        .withMall(error);
}

std::optional<VerifyResult> AmazonErrors::forSellingPartner(int status, const MallError &error)
{
    if (status == 429)
        return rateLimited(error);
    if (status >= 500) {
        return VerifyResult::failure(
                   Code::ServiceError,
                   tr("Amazon is having trouble right now (HTTP %1). Your values were not judged; "
                      "please try the connection test again later.")
                       .arg(status))
            .withMall(error);
    }
    if (status == 401 || status == 403) {
        // "revoked, malformed or invalid" names the authorisation: it comes first anyway.
        return VerifyResult::failure(
                   Code::PermissionMissing,
                   tr("Amazon accepted the app's credentials, but refused access to your seller "
                      "account (HTTP %1).")
                       .arg(status),
                   {tr("The app is not authorised for this seller account: authorise it in Seller "
                       "Central > Apps and Services > Develop Apps > Authorize, signed in as this "
                       "seller."),
                    tr("The app or your developer profile lacks a role the service needs: check "
                       "the roles in Develop Apps > Edit app."),
                    tr("The app was authorised in another Amazon region (for example the US or "
                       "Europe). This program uses the Far East region (Japan, Australia, "
                       "Singapore).")})
            .withMall(error);
    }
    if (error.isEmpty())
        return std::nullopt;
    return requestNotAccepted(status, error);
}

}  // namespace crossma
