#include <catch2/catch.hpp>

#include "sandboxfixture.h"
#include "yahoo/sandbox/yahoofake.h"

#include <QElapsedTimer>

using namespace crossma;

TEST_CASE("Sandbox keys are made on a worker thread, once, and used by the scenarios", "[sandbox]")
{
    test::SandboxFixture sandbox;
    QElapsedTimer clock;
    clock.start();
    const auto prepared = sandbox.malls().prepareInBackground();
    // Returning at once is the point: RSA keys take about a second each.
    CHECK(clock.elapsed() < 500);

    auto *yahoo = static_cast<sandbox::YahooFake *>(sandbox.malls().fake(QStringLiteral("yahoo")));
    REQUIRE(yahoo);
    const QByteArray key = yahoo->publicKeyPem();  // waits for the worker if it is still busy
    REQUIRE(key.startsWith("-----BEGIN PUBLIC KEY-----"));
    bool found = false;
    for (const auto &scenario : sandbox.malls().scenarios(QStringLiteral("yahoo")))
        found |= scenario.values.value(QStringLiteral("publicKey")).toLatin1() == key;
    CHECK(found);
    // The scenarios made on the worker (what the wizard shows) carry the same key.
    bool inTable = false;
    for (const auto &scenario : prepared.result().value(QStringLiteral("yahoo")))
        inTable |= scenario.values.value(QStringLiteral("publicKey")).toLatin1() == key;
    CHECK(inTable);
}

TEST_CASE("Destroying the sandbox while its keys are being made waits for them", "[sandbox]")
{
    auto malls = std::make_unique<sandbox::SandboxMalls>();
    QString error;
    REQUIRE(malls->start(&error));
    malls->prepareInBackground();
    malls.reset();  // must neither crash nor leave the worker using freed fakes
    SUCCEED();
}
