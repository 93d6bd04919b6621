// MallPageController with the real RakutenConnector against the sandbox's
// loopback HTTPS server and, for saving, the private gnome-keyring.
#include <catch2/catch.hpp>

#include "mallpagecontroller.h"
#include "test_wizard_support.h"

#include <QCoreApplication>

using namespace crossma;
using namespace crossma::test;
using State = MallPageController::State;

namespace {
void fillRakuten(MallPageController &c, const RakutenValues &v)
{
    c.setValue(QStringLiteral("serviceSecret"), v.secret);
    c.setValue(QStringLiteral("licenseKey"), v.license);
    c.setValue(QStringLiteral("shopUrl"), v.shopUrl);
}

bool waitUntilDone(MallPageController &c, int ms = 15000)
{
    return waitFor([&c] { return !c.isChecking() && c.state() != State::Saving; }, ms);
}
}  // namespace

TEST_CASE("A test with values that fail the offline check is refused with per-field messages",
          "[wizard]")
{
    SandboxFixture sandbox;
    RakutenConnector connector;
    const Endpoints endpoints = acceptRakuten(sandbox, RakutenValues{});
    MallPageController c(&connector, endpoints, nullptr);

    c.setValue(QStringLiteral("serviceSecret"), QStringLiteral("SP338500 with spaces"));
    c.setValue(QStringLiteral("licenseKey"), QString());
    c.setValue(QStringLiteral("shopUrl"), QStringLiteral("https://example.com/shop"));
    CHECK_FALSE(c.runTest());
    CHECK(c.state() == State::Failed);
    CHECK(c.lastResult().code == QLatin1String(Code::InvalidInput));
    CHECK_FALSE(c.problemFor(QStringLiteral("serviceSecret")).isEmpty());
    CHECK_FALSE(c.problemFor(QStringLiteral("licenseKey")).isEmpty());
    CHECK_FALSE(c.problemFor(QStringLiteral("shopUrl")).isEmpty());
    CHECK(c.lastResult().causes.size() == 3);
    CHECK_FALSE(c.canSave());
    // Nothing went to the mall.
    CHECK(sandbox.server().requestCount() == 0);

    // Fixing one field removes its message and only its message.
    c.setValue(QStringLiteral("licenseKey"), QStringLiteral("SL338500_fine"));
    CHECK(c.problemFor(QStringLiteral("licenseKey")).isEmpty());
    CHECK_FALSE(c.problemFor(QStringLiteral("serviceSecret")).isEmpty());
    CHECK(c.state() == State::Editing);
}

TEST_CASE("An unreachable mall ends in NETWORK and nothing can be saved", "[wizard]")
{
    RakutenConnector connector;
    Endpoints endpoints;
    endpoints.setOverride(QStringLiteral("rakuten.api"),
                          QUrl(QStringLiteral("https://127.0.0.1:1")));
    MallPageController c(&connector, endpoints, nullptr);
    fillRakuten(c, RakutenValues{});
    int stages = 0;
    QObject::connect(&c, &MallPageController::stageChanged, [&stages] { ++stages; });
    REQUIRE(c.runTest());
    CHECK(c.state() == State::Checking);
    CHECK_FALSE(c.stage().isEmpty());
    CHECK_FALSE(c.runTest());  // one test at a time
    REQUIRE(waitUntilDone(c));
    CHECK(c.lastResult().code == QLatin1String(Code::Network));
    CHECK(c.state() == State::Failed);
    CHECK_FALSE(c.canSave());
    CHECK_FALSE(c.save());
    CHECK(stages >= 2);
}

TEST_CASE("Save is allowed only for exactly the values the mall accepted", "[wizard]")
{
    SandboxFixture sandbox;
    RakutenConnector connector;
    const RakutenValues good;
    const Endpoints endpoints = acceptRakuten(sandbox, good, 41);
    MallPageController c(&connector, endpoints, nullptr);
    int canSaveChanges = 0;
    QObject::connect(&c, &MallPageController::canSaveChanged,
                     [&canSaveChanges] { ++canSaveChanges; });

    CHECK_FALSE(c.canSave());
    fillRakuten(c, good);
    CHECK_FALSE(c.canSave());
    REQUIRE(c.runTest());
    CHECK_FALSE(c.canSave());  // not while checking
    REQUIRE(waitUntilDone(c));
    INFO(c.lastResult().summary().toStdString());
    REQUIRE(c.lastResult().ok());
    CHECK(c.state() == State::Verified);
    CHECK(c.canSave());
    CHECK(c.lastResult().facts.value(QStringLiteral("licenseDaysLeft")).toInt() == 41);
    CHECK(canSaveChanges == 1);

    SECTION("any edit disables it, even one that normalises to the same value")
    {
        c.setValue(QStringLiteral("shopUrl"), QStringLiteral("crossma-demo"));
        CHECK(c.state() == State::Editing);
        CHECK_FALSE(c.canSave());
        CHECK_FALSE(c.save());
    }
    SECTION("a failed test for other values disables it")
    {
        c.setValue(QStringLiteral("licenseKey"), QStringLiteral("SL338500_revoked"));
        REQUIRE(c.runTest());
        REQUIRE(waitUntilDone(c));
        CHECK_FALSE(c.lastResult().ok());
        CHECK(c.lastResult().mallCode == QLatin1String("NG"));  // verbatim from the mall
        CHECK(c.state() == State::Failed);
        CHECK_FALSE(c.canSave());
        // Going back to the accepted values is not enough: they must be tested again.
        c.setValue(QStringLiteral("licenseKey"), good.license);
        CHECK_FALSE(c.canSave());
    }
}

TEST_CASE("A running test can be cancelled, and destroying the controller cancels it", "[wizard]")
{
    SandboxFixture sandbox;
    RakutenConnector connector;
    const Endpoints endpoints = acceptRakuten(sandbox, RakutenValues{}, 41, /*hang=*/true);

    SECTION("cancelTest")
    {
        MallPageController c(&connector, endpoints, nullptr);
        fillRakuten(c, RakutenValues{});
        REQUIRE(c.runTest());
        REQUIRE(waitFor([&] { return sandbox.server().requestCount() == 1; }));
        CHECK(c.isChecking());
        c.cancelTest();
        CHECK_FALSE(c.isChecking());
        CHECK(c.state() == State::Editing);
        CHECK(c.lastResult().code == QLatin1String(Code::Cancelled));
        CHECK_FALSE(c.canSave());
        CHECK(c.stage().isEmpty());
    }
    SECTION("destruction")
    {
        auto *c = new MallPageController(&connector, endpoints, nullptr);
        fillRakuten(*c, RakutenValues{});
        REQUIRE(c->runTest());
        REQUIRE(waitFor([&] { return sandbox.server().requestCount() == 1; }));
        QPointer<VerifyJob> job = c->findChild<VerifyJob *>();
        REQUIRE(job);
        bool finished = false;
        QObject::connect(job, &VerifyJob::finished, [&finished] { finished = true; });
        delete c;
        CHECK(finished);  // cancelled, not left running
        CHECK(job.isNull());
    }
}

TEST_CASE("Saving writes secrets to the keychain and the rest to settings and reloading shows them",
          "[wizard]")
{
    SandboxFixture sandbox;
    TestStore t;
    RakutenConnector connector;
    const RakutenValues good;
    const Endpoints endpoints = acceptRakuten(sandbox, good, 41);
    {
        MallPageController c(&connector, endpoints, &t.store);
        fillRakuten(c, good);
        c.setValue(QStringLiteral("shopUrl"),
                   QStringLiteral(" www.rakuten.co.jp/crossma-demo/top.html "));
        REQUIRE(c.runTest());
        REQUIRE(waitUntilDone(c));
        REQUIRE(c.canSave());
        REQUIRE(c.save());
        CHECK(c.state() == State::Saving);
        REQUIRE(waitUntilDone(c));
        INFO(c.saveMessage().toStdString());
        CHECK(c.state() == State::Saved);
        CHECK(c.saveMessage() == QStringLiteral("保存しました。"));
        CHECK(c.isLinked());
        CHECK_FALSE(c.canSave());
    }
    const StoredMall stored = t.store.stored(QStringLiteral("rakuten"));
    CHECK(stored.linked);
    CHECK(stored.lastResultCode == QLatin1String("OK"));
    CHECK(stored.plainFields.value(QStringLiteral("shopUrl"))
          == QStringLiteral("https://www.rakuten.co.jp/crossma-demo/"));
    CHECK_FALSE(stored.plainFields.contains(QStringLiteral("serviceSecret")));
    CHECK(stored.facts.value(QStringLiteral("licenseDaysLeft")).toInt() == 41);
    const QByteArray settingsBytes = t.files.bytes();
    CHECK_FALSE(settingsBytes.contains(good.secret.toUtf8()));
    CHECK_FALSE(settingsBytes.contains(good.license.toUtf8()));
    const StoreAnswer secrets = storeLoad(t.store, QStringLiteral("rakuten"));
    REQUIRE(secrets.outcome.ok());
    CHECK(secrets.secrets.value(QStringLiteral("serviceSecret")) == good.secret);
    CHECK(secrets.secrets.value(QStringLiteral("licenseKey")) == good.license);

    MallPageController again(&connector, endpoints, &t.store);
    again.loadStored();
    CHECK(again.isLinked());
    CHECK(again.value(QStringLiteral("shopUrl"))
          == QStringLiteral("https://www.rakuten.co.jp/crossma-demo/"));
    REQUIRE(waitFor([&] { return !again.isLoadingSecrets(); }, 15000));
    CHECK(again.loadMessage().isEmpty());
    CHECK(again.value(QStringLiteral("licenseKey")) == good.license);
    CHECK(again.value(QStringLiteral("serviceSecret")) == good.secret);
    CHECK_FALSE(again.canSave());  // loaded values are not a fresh check
}

TEST_CASE("A store failure is shown and the earlier saved state stays whole", "[wizard]")
{
    SandboxFixture sandbox;
    TestStore t;
    RakutenConnector connector;
    const RakutenValues first;
    const Endpoints endpoints = acceptRakuten(sandbox, first, 41);
    MallPageController c(&connector, endpoints, &t.store);
    fillRakuten(c, first);
    REQUIRE(c.runTest());
    REQUIRE(waitUntilDone(c));
    REQUIRE(c.save());
    REQUIRE(waitUntilDone(c));
    REQUIRE(c.state() == State::Saved);

    // The mall now accepts a renewed key; the settings file can no longer be written.
    RakutenValues renewed = first;
    renewed.license = QStringLiteral("SL338500_renewedlicense");
    acceptRakuten(sandbox, renewed, 89);
    c.setValue(QStringLiteral("licenseKey"), renewed.license);
    REQUIRE(c.runTest());
    REQUIRE(waitUntilDone(c));
    REQUIRE(c.canSave());
    if (!t.files.makeUnwritable())
        FAIL("cannot make the settings file unwritable here");
    REQUIRE(c.save());
    REQUIRE(waitUntilDone(c));
    t.files.makeWritable();
    CHECK(c.saveFailed());
    CHECK_FALSE(c.saveMessage().isEmpty());
    CHECK(c.state() == State::Verified);
    CHECK(c.canSave());  // the check still holds: the seller may retry
    const StoreAnswer kept = storeLoad(t.store, QStringLiteral("rakuten"));
    REQUIRE(kept.outcome.ok());
    CHECK(kept.secrets.value(QStringLiteral("licenseKey")) == first.license);
    CHECK(t.store.stored(QStringLiteral("rakuten")).facts.value(QStringLiteral("licenseDaysLeft")).toInt()
          == 41);
}
