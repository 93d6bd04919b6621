#include <catch2/catch.hpp>

#include "core/httpclient.h"
#include "sandboxfixture.h"
#include "waitfor.h"

using namespace crossma;

TEST_CASE("HTTP error texts never carry the request's path or query", "[http]")
{
    test::SandboxFixture sandbox;
    HttpClient client(sandbox.endpoints());
    // No route: the sandbox answers 404, and Qt's error text quotes the URL.
    const QUrl url = sandbox.url(QStringLiteral("/nowhere?licenseKey=SL338500_topSecretValue"));
    const HttpResponse response = test::waitForGet(client, url);
    REQUIRE(response.failure == HttpResponse::Failure::None);
    CHECK(response.status == 404);
    CHECK_FALSE(response.errorText.isEmpty());
    CHECK_FALSE(response.errorText.contains(QStringLiteral("topSecretValue")));
    CHECK_FALSE(response.errorText.contains(QStringLiteral("/nowhere")));
    CHECK(response.errorText.contains(QStringLiteral("127.0.0.1")));
}
