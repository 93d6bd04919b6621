// Yahoo!ショッピング's documented error answers, served verbatim by a loopback
// HTTPS server in place of orderCount: each gets the right verdict, our code,
// and Yahoo!'s own code and message (never the raw XML or JSON).
#include <catch2/catch.hpp>

#include "documentedanswer.h"
#include "sandboxfixture.h"
#include "verifyrunner.h"
#include "yahoo/yahooconnector.h"
#include "yahoo/yahooerrors.h"

using namespace crossma;

namespace {
const QString kOrderCountPath = QStringLiteral("/ShoppingWebService/V1/orderCount");

using Answer = test::DocumentedAnswer;
using test::kJson;
using test::kXml;
using V = VerifyResult::Verdict;

// The fake's first scenario: the public key method for its authorized store.
FieldValues acceptedValues(test::SandboxFixture &sandbox)
{
    return sandbox.malls().scenarios(QStringLiteral("yahoo")).first().values;
}
}  // namespace

TEST_CASE("Yahoo: every documented Store API error answer is read, named and quoted",
          "[yahoo][errors]")
{
    const auto a = GENERATE(values<Answer>({
        // https://developer.yahoo.co.jp/webapi/shopping/faq.html 「Your Request was Forbidden」
        // in the XML form of https://developer.yahoo.co.jp/appendix/errors.html
        {"Forbidden", 403,
         kXml, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Error>\n  <Message>Your Request was Forbidden</Message>\n</Error>",
         YahooCode::RequestForbidden, V::Rejected, "", "Your Request was Forbidden"},
        // https://developer.yahoo.co.jp/webapi/shopping/faq.html (px-04303)
        {"px-04303", 403, kXml,
         "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Error>\n  <Message>px-04303 : This "
         "application ID is not "
         "registered for using order API. Use of order API requires an application "
         "ID.</Message>\n</Error>",
         "PERMISSION_MISSING", V::Rejected, "px-04303",
         "px-04303 : This application ID is not registered for using order API. Use of order API "
         "requires "
         "an application ID."},
        // https://developer.yahoo.co.jp/webapi/shopping/faq.html 「Please provide valid credentials...」
        {"insufficient_scope", 403, kXml,
         "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Error>\n  <Message>Please provide valid "
         "credentials. "
         "Bearer realm=\"yahooapis.jp\", error=\"insufficient_scope\", "
         "error_description=\"insufficient "
         "scope\"</Message>\n</Error>",
         YahooCode::InsufficientScope, V::Rejected, "insufficient_scope",
         "Please provide valid credentials. Bearer realm=\"yahooapis.jp\", "
         "error=\"insufficient_scope\", "
         "error_description=\"insufficient scope\""},
        // The challenge alone in WWW-Authenticate (RFC 6750 3), as MALLS.md records it
        {"invalid_token header", 401, kXml, "", "LOGIN_REQUIRED", V::Rejected, "invalid_token",
         "expired token", "Bearer realm=\"yahooapis.jp\", error=\"invalid_token\", error_description=\"expired token\""},
        // https://developer.yahoo.co.jp/appendix/errors.html, XML form, 500
        {"500 XML", 500,
         kXml, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Error>\n  <Message>error message</Message>\n</Error>",
         "SERVICE_ERROR", V::NoVerdict, "", "error message"},
        // https://developer.yahoo.co.jp/appendix/errors.html, JSON form, 503
        {"503 JSON", 503, kJson, "{\n  \"Error\" : {\n    \"Message\" : \"error message\"\n  }\n}",
         "SERVICE_ERROR", V::NoVerdict, "", "error message"},
        // https://developer.yahoo.co.jp/appendix/errors.html, JSON form, 400
        {"400 JSON", 400, kJson, "{\n  \"Error\" : {\n    \"Message\" : \"error message\"\n  }\n}",
         "AUTH_REJECTED", V::Rejected, "", "error message"},
    }));
    test::SandboxFixture sandbox;
    sandbox.server().route("GET", kOrderCountPath,
                           [a](const sandbox::Request &) { return test::documentedResponse(a); });
    test::checkDocumentedAnswer(
        test::runVerify(YahooConnector(), acceptedValues(sandbox), sandbox.endpoints(), 15000), a);
}

TEST_CASE("Yahoo: 'Your Request was Forbidden' names the causes of Yahoo!'s FAQ, in its order",
          "[yahoo][errors]")
{
    test::SandboxFixture sandbox;
    sandbox.server().route("GET", kOrderCountPath, [](const sandbox::Request &) {
        return sandbox::Response::xml(
            403, "<Error><Message>Your Request was Forbidden</Message></Error>");
    });
    const VerifyResult r = test::runVerify(YahooConnector(), acceptedValues(sandbox),
                                           sandbox.endpoints(), 15000);
    REQUIRE(r.causes.size() == 3);
    CHECK(r.causes.at(0).contains(QStringLiteral("50,000")));
    CHECK_FALSE(r.causes.join(QLatin1Char(' ')).contains(QStringLiteral("IP")));
}
