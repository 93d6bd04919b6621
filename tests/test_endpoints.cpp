#include <catch2/catch.hpp>

#include "core/endpoints.h"
#include "core/verifyresult.h"

#include <QTemporaryDir>

using namespace crossma;

namespace {
const QStringList kKeys = {QStringLiteral("rakuten.api"), QStringLiteral("aupay.api")};
}

TEST_CASE("An endpoints file replaces scheme-host-port only", "[endpoints]")
{
    Endpoints endpoints;
    QString error;
    REQUIRE(Endpoints::fromJson(R"({"rakuten.api": "https://127.0.0.1:4443"})", {}, kKeys,
                                &endpoints, &error));
    const QUrl production(QStringLiteral("https://api.rms.rakuten.co.jp"));
    CHECK(endpoints.url(QStringLiteral("rakuten.api"), production,
                        QStringLiteral("/es/1.0/shop/shopMaster"))
          == QUrl(QStringLiteral("https://127.0.0.1:4443/es/1.0/shop/shopMaster")));
    CHECK(endpoints.url(QStringLiteral("aupay.api"),
                        QUrl(QStringLiteral("https://api.manager.wowma.jp")),
                        QStringLiteral("/wmshopapi/x"))
          == QUrl(QStringLiteral("https://api.manager.wowma.jp/wmshopapi/x")));
}

TEST_CASE("Endpoints files that would weaken or misroute a connection are refused", "[endpoints]")
{
    const auto json = GENERATE(as<QByteArray>{}, R"({"rakuten.api": "http://127.0.0.1:4443"})",
                               R"({"rakuten.api": "https://127.0.0.1:4443/other/path"})",
                               R"({"rakutn.api": "https://127.0.0.1:4443"})", R"(["x"])", "{",
                               R"({"trustedCaFile": "missing.pem"})");
    Endpoints endpoints;
    QString error;
    CHECK_FALSE(Endpoints::fromJson(json, QDir::tempPath(), kKeys, &endpoints, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("Result codes map to the command line's verdicts", "[endpoints]")
{
    using V = VerifyResult::Verdict;
    CHECK(VerifyResult::verdictForCode(QStringLiteral("OK")) == V::Verified);
    CHECK(VerifyResult::verdictForCode(QStringLiteral("AUTH_REJECTED")) == V::Rejected);
    CHECK(VerifyResult::verdictForCode(QStringLiteral("KEY_EXPIRED")) == V::Rejected);
    CHECK(VerifyResult::verdictForCode(QStringLiteral("INVALID_INPUT")) == V::InvalidInput);
    CHECK(VerifyResult::verdictForCode(QStringLiteral("TIMEOUT")) == V::NoVerdict);
    CHECK(VerifyResult::verdictForCode(QStringLiteral("RATE_LIMITED")) == V::NoVerdict);
    CHECK(VerifyResult::verdictForCode(QStringLiteral("TLS")) == V::NoVerdict);
}
