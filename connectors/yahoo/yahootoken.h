#pragma once

#include "core/endpoints.h"
#include "core/httpclient.h"
#include "core/verifyresult.h"
#include "yahooconfig.h"

#include <QUrl>

namespace crossma::YahooToken {

// Yahoo! ID連携 v2 token endpoint (POST /yconnect/v2/token, client auth by
// HTTP Basic), shared by the login and the verify job.
QUrl tokenUrl(const Endpoints &endpoints);
QUrl authorizationUrl(const Endpoints &endpoints);
HttpHeaders headers(const YahooAppConfig &app);
QByteArray refreshBody(const QString &refreshToken);
QByteArray codeBody(const QString &code, const QUrl &redirectUri, const QByteArray &codeVerifier);

struct Tokens {
    QString accessToken;
    QString refreshToken;  // only from the authorization-code grant
    int expiresIn = 0;
};
// Reads a 200 answer; false when it does not hold an access token.
bool parse(const QByteArray &body, Tokens *out);

// The result for an answer of the token endpoint other than 200: the login
// expired (invalid_grant), the service's client id/secret refused
// (invalid_client), rate limits, Yahoo!'s own trouble…
VerifyResult failureFor(const HttpResponse &response);

// The result for a token request that got no HTTP answer.
VerifyResult transportFailure(const HttpResponse &response);

}  // namespace crossma::YahooToken
