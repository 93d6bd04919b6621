// au PAY マーケット's error answers, served verbatim by a loopback HTTPS
// server: every <error><code>/<message> form gets the right verdict, our code,
// and the mall's own code and message; a cause the mall names comes first.
#include <catch2/catch.hpp>

#include "aupay/aupayconnector.h"
#include "aupay/aupayverifyjob.h"
#include "aupay/sandbox/aupayfake.h"
#include "server.h"
#include "verifyrunner.h"

using namespace crossma;
using crossma::sandbox::AupayFake;

namespace {
struct Answer {
    const char *name;
    int status;
    const char *code;
    const char *message;
    const char *ourCode;
    const char *firstCauseMentions;
};

// The error form of the API (MALLS.md, au PAY マーケット):
// <response><result><status>1</status><error><code>…</code><message>…</message></error></result></response>
QByteArray errorBody(const char *code, const char *message)
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><response><result><status>1"
                             "</status><error><code>")
           + code + "</code><message>" + message + "</message></error></result></response>";
}
}  // namespace

TEST_CASE("au PAY: every error form is read, named and quoted, the mall's named cause first",
          "[aupay][errors]")
{
    const auto a = GENERATE(values<Answer>({
        // A 会員番号 that does not match the key: MALLS.md (seen as CME0022)
        {"CME0022", 200, "CME0022", "店舗IDが不正です。", "AUTH_REJECTED", "会員番号"},
        // The answer of issue 12: the source address is not registered.
        {"PME0108", 200, "PME0108", "接続元IPアドレスが許可されていません", "IP_NOT_ALLOWED",
         "<2.接続元IPアドレス>"},
        // The same form with HTTP 403 (the gateway's status, the API's body).
        {"PME0108 403", 403, "PME0108", "接続元IPアドレスが許可されていません", "IP_NOT_ALLOWED",
         "<2.接続元IPアドレス>"},
        {"expired key", 401, "PME0107", "APIキーの有効期限が切れています。", "KEY_EXPIRED", "90"},
        {"unknown code", 200, "PME0199", "認証に失敗しました。", "AUTH_REJECTED", "APIキー"},
    }));
    test::SingleFakeSandbox<AupayFake> aupay;
    const QByteArray body = errorBody(a.code, a.message);
    const int status = a.status;
    aupay.server.route("GET", AupayVerifyJob::path(), [body, status](const sandbox::Request &) {
        return sandbox::Response::xml(status, body);
    });
    const VerifyResult r = test::runVerify(
        AupayConnector(), AupayFake::values(AupayFake::Outcome::Accepted), aupay.endpoints);
    INFO(a.name << ": " << r.summary().toStdString());
    CHECK(r.code.toStdString() == a.ourCode);
    CHECK(r.verdict() == VerifyResult::Verdict::Rejected);
    CHECK(r.mallCode.toStdString() == a.code);
    CHECK(r.mallMessage == QString::fromUtf8(a.message));
    REQUIRE(r.causes.size() == 4);
    CHECK(r.causes.first().contains(QString::fromUtf8(a.firstCauseMentions)));
}

TEST_CASE("au PAY: a gateway's page quotes only its title, never its bytes", "[aupay][errors]")
{
    test::SingleFakeSandbox<AupayFake> aupay;
    aupay.server.route("GET", AupayVerifyJob::path(), [](const sandbox::Request &) {
        return sandbox::Response::text(403, "text/plain", "denied for key and address, see logs");
    });
    const VerifyResult r = test::runVerify(
        AupayConnector(), AupayFake::values(AupayFake::Outcome::Accepted), aupay.endpoints);
    CHECK(r.code.toStdString() == "IP_NOT_ALLOWED");
    CHECK(r.mallCode == QStringLiteral("403"));
    CHECK(r.mallMessage.isEmpty());
    CHECK_FALSE(r.summary().contains(QStringLiteral("denied for key")));
}
