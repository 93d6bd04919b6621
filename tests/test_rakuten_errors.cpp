// RMS WEB SERVICE's documented error answers, served verbatim by a loopback
// HTTPS server: each gets the right verdict, our code, and Rakuten's own code
// and message (never the raw JSON or XML).
#include <catch2/catch.hpp>

#include "documentedanswer.h"
#include "rakuten/rakutenconnector.h"
#include "sandboxfixture.h"
#include "verifyrunner.h"

using namespace crossma;

namespace {
const QString kExpiryPath = QStringLiteral("/es/1.0/license-management/license-key/expiry-date");

using Answer = test::DocumentedAnswer;
using test::kJson;
using test::kXml;
using V = VerifyResult::Verdict;

FieldValues values()
{
    return RakutenConnector().normalise(
        {{QStringLiteral("serviceSecret"), QStringLiteral("SP338500_demoSecret")},
         {QStringLiteral("licenseKey"), QStringLiteral("SL338500_demoOk")},
         {QStringLiteral("shopUrl"), QStringLiteral("crossma-demo")}});
}
}  // namespace

TEST_CASE("楽天: every documented RMS error answer is read, named and quoted", "[rakuten][errors]")
{
    const auto a = GENERATE(values<Answer>({
        // 「[ES01-01] Un-Authorised」: https://preview-support.logiless.com/faq/12734 and
        // https://www.ganbare-tencho.com/help/%E6%A5%BD%E5%A4%A9%E3%83%9A%E3%82%A4%E3%81%AE%E8%AA%8D%E8%A8%BC%E3%82%AD%E3%83%BC%E6%9B%B4%E6%96%B0%E6%89%8B%E9%A0%86.html
        {"ES01-01", 401, kJson, R"({"Results":{"errorCode":"ES01-01","message":"Un-Authorised"}})",
         "AUTH_REJECTED", V::Rejected, "ES01-01", "Un-Authorised"},
        // 「Bad Request(ES04-01)」:
        // https://manual.sokuhan.jp/ufaq/%e6%a5%bd%e5%a4%a9%e5%b8%82%e5%a0%b4%e3%81%a8%e3%81%ae%e9%80%9a%e4%bf%a1%e6%99%82%e3%81%ab%e3%82%a8%e3%83%a9%e3%83%bc%e3%81%8c%e7%99%ba%e7%94%9f%e3%81%97%e3%81%be%e3%81%99
        {"ES04-01", 400, kJson, R"({"Results":{"errorCode":"ES04-01","message":"Bad Request"}})",
         "PERMISSION_MISSING", V::Rejected, "ES04-01", "Bad Request"},
        // The same form with HTTP 200, as RMS also answers it (same source).
        {"ES04-01 with 200", 200, kJson,
         R"({"Results":{"errorCode":"ES04-01","message":"Bad Request"}})", "PERMISSION_MISSING",
         V::Rejected, "ES04-01", "Bad Request"},
        // JSON APIs' {"errors":[…]} and GA0001 for an expired key: MALLS.md (RMS WEB SERVICE, 楽天)
        {"GA0001", 401, kJson, R"({"errors":[{"code":"GA0001","message":"Un-Authorised"}]})",
         "KEY_EXPIRED", V::Rejected, "GA0001", "Un-Authorised"},
        {"QPSLimit", 403, kJson,
         R"({"errors":[{"code":"QPSLimit","message":"Request has been throttled"}]})",
         "RATE_LIMITED", V::NoVerdict, "QPSLimit", "Request has been throttled"},
        // XML APIs' AuthError: MALLS.md (RMS WEB SERVICE common error form)
        {"AuthError", 401, kXml,
         "<?xml version=\"1.0\" "
         "encoding=\"UTF-8\"?><result><status><interfaceId>license-management."
         "license-key.expiry-date</interfaceId><systemStatus>NG</systemStatus><message>AuthError</"
         "message>"
         "<requestId>714a4983-555f-42d9-aeea-89dae89f2f55</requestId></status></result>",
         "AUTH_REJECTED", V::Rejected, "NG", "AuthError"},
    }));
    test::SandboxFixture sandbox;
    sandbox.server().route("GET", kExpiryPath,
                           [a](const sandbox::Request &) { return test::documentedResponse(a); });
    test::checkDocumentedAnswer(
        test::runVerify(RakutenConnector(), values(), sandbox.endpoints(), 10000), a);
}

TEST_CASE("楽天: ES04-01 names a key too new or functions not enabled before a wrong key",
          "[rakuten][errors]")
{
    test::SandboxFixture sandbox;
    sandbox.server().route("GET", kExpiryPath, [](const sandbox::Request &) {
        return sandbox::Response::json(
            400, R"({"Results":{"errorCode":"ES04-01","message":"Bad Request"}})");
    });
    const VerifyResult r = test::runVerify(RakutenConnector(), values(), sandbox.endpoints(), 10000);
    REQUIRE(r.causes.size() == 4);
    CHECK(r.causes.at(0).contains(QStringLiteral("30")));
    CHECK(r.causes.at(1).contains(QStringLiteral("利用機能編集")));
}

TEST_CASE("楽天: an answer in no documented form quotes none of its bytes", "[rakuten][errors]")
{
    test::SandboxFixture sandbox;
    sandbox.server().route("GET", kExpiryPath, [](const sandbox::Request &) {
        return sandbox::Response::text(404, "text/plain", "no such thing here: SL338500_demoOk");
    });
    const VerifyResult r = test::runVerify(RakutenConnector(), values(), sandbox.endpoints(), 10000);
    CHECK(r.code.toStdString() == "BAD_RESPONSE");
    CHECK(r.mallMessage.isEmpty());
    CHECK_FALSE(r.summary().contains(QStringLiteral("no such thing")));
}
