#include <catch2/catch.hpp>

#include "sandboxfixture.h"
#include "waitfor.h"
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

TEST_CASE("The sandbox's samples wait for prepareInBackground, and go if it never comes",
          "[sandbox]")
{
    auto malls = std::make_unique<sandbox::SandboxMalls>();
    QString error;
    REQUIRE(malls->start(&error));
    // What the app hands its window before the keys are made (after its first paint).
    const QFuture<sandbox::SandboxMalls::ScenarioTable> later = malls->scenariosWhenPrepared();
    // Nothing was started: had it been, the keys (about a second) would be
    // made well within this wait.
    CHECK_FALSE(test::waitFor([&] { return later.isFinished(); }, 2500));

    auto started = malls->prepareInBackground();
    started.waitForFinished();
    REQUIRE(later.isFinished());
    REQUIRE(later.resultCount() == 1);
    CHECK(later.result().value(QStringLiteral("yahoo")).size()
          == malls->scenarios(QStringLiteral("yahoo")).size());

    // A sandbox closed before making them leaves no page waiting for ever.
    auto unprepared = std::make_unique<sandbox::SandboxMalls>();
    const auto never = unprepared->scenariosWhenPrepared();
    unprepared.reset();
    CHECK(never.isFinished());
    CHECK(never.resultCount() == 0);
}
