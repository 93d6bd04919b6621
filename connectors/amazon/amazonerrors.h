#pragma once

#include "core/mallerror.h"
#include "core/verifyresult.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace crossma {

// What Amazon's documented error answers mean for the seller.
//
// Sources:
// * SP-API error form {"errors":[{"code","message","details"}]} for every
//   status: https://developer-docs.amazon.com/sp-api/docs/response-format
// * statuses of getMarketplaceParticipations (400, 403, 404, 413, 415, 429,
//   500, 503): models/sellers-api-model/sellers.json in
//   https://github.com/amzn/selling-partner-api-models
// * what the common ones mean:
//   https://developer-docs.amazon.com/sp-api/docs/resolve-common-http-and-authorization-error-codes
// * Login with Amazon token errors {"error","error_description"}:
//   https://developer.amazon.com/docs/login-with-amazon/authorization-code-grant.html
class AmazonErrors
{
    Q_DECLARE_TR_FUNCTIONS(crossma::AmazonErrors)
public:
    // The refresh token was refused (invalid_grant): the app has to be
    // authorised again in Seller Central; retyping the client ID won't help.
    static constexpr char kRefreshTokenRejected[] = "REFRESH_TOKEN_REJECTED";

    // The SP-API errors[] form, else the LWA form; empty when neither fits.
    static MallError read(const QByteArray &body);

    // A non-200 answer to the LWA token call; nullopt when it fits no
    // documented form (the caller reports it as not understood).
    static std::optional<VerifyResult> forToken(int status, const MallError &error);
    // A non-200 answer to getMarketplaceParticipations; nullopt likewise.
    static std::optional<VerifyResult> forSellingPartner(int status, const MallError &error);

private:
    static VerifyResult rateLimited(const MallError &error);
    static std::optional<VerifyResult> forTokenCode(const MallError &error);
    static VerifyResult requestNotAccepted(int status, const MallError &error);
};

}  // namespace crossma
