// Amazon's documented error answers, served verbatim by a loopback HTTPS
// server: each gets the right verdict, our code, and Amazon's own code and
// message (never the raw JSON).
#include <catch2/catch.hpp>

#include "amazon/amazonconnector.h"
#include "amazon/amazonverifyjob.h"
#include "amazon/sandbox/amazonfake.h"
#include "documentedanswer.h"
#include "server.h"
#include "verifyrunner.h"

using namespace crossma;
using crossma::sandbox::AmazonFake;

namespace {
using Answer = test::DocumentedAnswer;
using test::kJson;
using V = VerifyResult::Verdict;

FieldValues acceptedValues()
{
    return {{QStringLiteral("sellerId"), AmazonFake::sellerId()},
            {QStringLiteral("lwaClientId"), AmazonFake::clientId()},
            {QStringLiteral("lwaClientSecret"), AmazonFake::clientSecret()},
            {QStringLiteral("refreshToken"), AmazonFake::refreshToken(QStringLiteral("ok"))},
            {QStringLiteral("marketplaceId"), QStringLiteral("A1VC38T7YXB528")}};
}

}  // namespace

TEST_CASE("Amazon: every documented SP-API error answer is read, named and quoted",
          "[amazon][errors]")
{
    // Bodies of the error form in https://developer-docs.amazon.com/sp-api/docs/response-format ;
    // statuses of getMarketplaceParticipations in models/sellers-api-model/sellers.json
    // (https://github.com/amzn/selling-partner-api-models); messages from
    // https://developer-docs.amazon.com/sp-api/docs/resolve-common-http-and-authorization-error-codes
    const auto a = GENERATE(values<Answer>({
        // https://developer-docs.amazon.com/sp-api/docs/response-format (its example error response)
        {"400 example", 400, kJson,
         R"({"errors":[{"message":"Access to requested resource is denied.","code":"Unauthorized","details":""}]})",
         "SERVICE_ERROR", V::NoVerdict, "Unauthorized", "Access to requested resource is denied."},
        // https://developer-docs.amazon.com/sp-api/docs/resolve-common-http-and-authorization-error-codes
        {"400 token missing", 400, kJson,
         R"({"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied.","details":"Access token is missing in the request header."}]})",
         "SERVICE_ERROR", V::NoVerdict, "Unauthorized",
         "Access to requested resource is denied. Access token is missing in the request header."},
        // https://developer-docs.amazon.com/sp-api/docs/resolve-common-http-and-authorization-error-codes
        {"403 revoked", 403, kJson,
         R"({"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied.","details":"The access token you provided is revoked, malformed or invalid."}]})",
         "PERMISSION_MISSING", V::Rejected,
         "Unauthorized", "Access to requested resource is denied. The access token you provided is revoked, malformed or invalid."},
        // sellers.json, 404: "The resource specified does not exist."
        {"404", 404, kJson,
         R"({"errors":[{"code":"NotFound","message":"The resource specified does not exist."}]})",
         "SERVICE_ERROR", V::NoVerdict, "NotFound", "The resource specified does not exist."},
        // https://developer-docs.amazon.com/sp-api/docs/usage-plans-and-rate-limits-in-the-sp-api
        {"429", 429, kJson,
         R"({"errors":[{"code":"QuotaExceeded","message":"You exceeded your quota for the requested resource."}]})",
         "RATE_LIMITED", V::NoVerdict, "QuotaExceeded",
         "You exceeded your quota for the requested resource."},
        // sellers.json, 500
        {"500", 500, kJson,
         R"({"errors":[{"code":"InternalFailure","message":"We encountered an internal error. Please try again."}]})",
         "SERVICE_ERROR", V::NoVerdict, "InternalFailure",
         "We encountered an internal error. Please try again."},
        // sellers.json, 503: "Temporary overloading or maintenance of the server."
        {"503", 503, kJson,
         R"({"errors":[{"code":"ServiceUnavailable","message":"Temporary overloading or maintenance of the server."}]})",
         "SERVICE_ERROR", V::NoVerdict, "ServiceUnavailable",
         "Temporary overloading or maintenance of the server."},
    }));
    test::SingleFakeSandbox<AmazonFake> amazon;
    amazon.server.route("GET", AmazonVerifyJob::participationsPath(),
                        [a](const sandbox::Request &) { return test::documentedResponse(a); });
    test::checkDocumentedAnswer(
        test::runVerify(AmazonConnector(), acceptedValues(), amazon.endpoints), a);
}

TEST_CASE("Amazon: every documented Login with Amazon token error is read, named and quoted",
          "[amazon][errors]")
{
    // Error codes of the token endpoint (Access Token Errors):
    // https://developer.amazon.com/docs/login-with-amazon/authorization-code-grant.html
    // The form is OAuth 2.0's; invalid_grant's and invalid_client's texts are
    // the ones LWA answers (MALLS.md). LWA publishes no text for the others,
    // so theirs is RFC 6749's own (https://www.rfc-editor.org/rfc/rfc6749#section-5.2).
    const auto a = GENERATE(values<Answer>({
        {"invalid_grant", 400, kJson,
         R"({"error_description":"The request has an invalid grant parameter : refresh_token","error":"invalid_grant"})",
         "REFRESH_TOKEN_REJECTED", V::Rejected, "invalid_grant",
         "The request has an invalid grant parameter : refresh_token"},
        {"invalid_client", 401, kJson,
         R"({"error_description":"Client authentication failed","error":"invalid_client"})",
         "AUTH_REJECTED", V::Rejected, "invalid_client", "Client authentication failed"},
        {"unauthorized_client", 400, kJson,
         R"({"error_description":"The authenticated client is not authorized to use this authorization grant type.","error":"unauthorized_client"})",
         "AUTH_REJECTED", V::Rejected, "unauthorized_client",
         "The authenticated client is not authorized to use this authorization grant type."},
        {"invalid_request", 400, kJson,
         R"({"error_description":"The request is missing a required parameter.","error":"invalid_request"})",
         "AUTH_REJECTED", V::Rejected, "invalid_request",
         "The request is missing a required parameter."},
        {"ServerError", 500, kJson,
         R"({"error_description":"The authorization server encountered an unexpected condition that prevented it from fulfilling the request.","error":"ServerError"})",
         "SERVICE_ERROR", V::NoVerdict, "ServerError",
         "The authorization server encountered an unexpected condition that prevented it from "
         "fulfilling the request."},
        {"TemporarilyUnavailable", 503, kJson,
         R"({"error_description":"The authorization server is currently unable to handle the request due to a temporary overloading or maintenance of the server.","error":"TemporarilyUnavailable"})",
         "SERVICE_ERROR", V::NoVerdict, "TemporarilyUnavailable",
         "The authorization server is currently unable to handle the request due to a temporary "
         "overloading or maintenance of the server."},
    }));
    test::SingleFakeSandbox<AmazonFake> amazon;
    amazon.server.route("POST", AmazonVerifyJob::tokenPath(),
                        [a](const sandbox::Request &) { return test::documentedResponse(a); });
    test::checkDocumentedAnswer(
        test::runVerify(AmazonConnector(), acceptedValues(), amazon.endpoints), a);
    CHECK(amazon.server.requestCount(AmazonVerifyJob::participationsPath()) == 0);
}

TEST_CASE("Amazon: only a body in no documented form is not understood, and none of it is quoted",
          "[amazon][errors]")
{
    test::SingleFakeSandbox<AmazonFake> amazon;
    amazon.server.route("GET", AmazonVerifyJob::participationsPath(), [](const sandbox::Request &) {
        return sandbox::Response::text(400, "text/plain", "gateway says: something odd happened");
    });
    const VerifyResult r = test::runVerify(AmazonConnector(), acceptedValues(), amazon.endpoints);
    CHECK(r.code.toStdString() == "BAD_RESPONSE");
    CHECK(r.mallCode.isEmpty());
    CHECK(r.mallMessage.isEmpty());
    CHECK_FALSE(r.summary().contains(QStringLiteral("something odd")));
    CHECK(r.facts.value(QStringLiteral("answer")).toString().contains(QStringLiteral("HTTP 400")));
}
