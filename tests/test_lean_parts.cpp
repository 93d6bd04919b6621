// The lean paths the command line and the benches rely on: one connector built
// for one mall, a store that touches the keychain only when asked for secrets,
// and a sandbox mall that can be made to answer late.
#include <catch2/catch.hpp>

#include "core/credentialstore.h"
#include "core/httpclient.h"
#include "core/keychainaccess.h"
#include "registry.h"
#include "sandboxfixture.h"
#include "tempsettings.h"
#include "waitfor.h"

#include <QElapsedTimer>

using namespace crossma;
using crossma::test::SandboxFixture;
using crossma::test::TempSettings;
using crossma::test::waitForGet;

TEST_CASE("the registry builds the one connector asked for", "[registry]")
{
    const auto rakuten = createConnector(QStringLiteral("rakuten"));
    REQUIRE(rakuten);
    CHECK(rakuten->id() == QStringLiteral("rakuten"));
    CHECK_FALSE(createConnector(QStringLiteral("nosuchmall")));
}

TEST_CASE("a store reads settings without making a keychain client", "[store]")
{
    TempSettings files;
    const auto settings = files.open();
    CredentialStore store(QStringLiteral("crossma-setup-lean-test"), settings.get());
    CHECK(store.linkedMalls().isEmpty());
    CHECK_FALSE(store.stored(QStringLiteral("rakuten")).linked);
    store.recordVerification(QStringLiteral("rakuten"), QStringLiteral("OK"));
    CHECK(store.findChildren<KeychainAccess *>().isEmpty());

    // Asking for secrets is what makes it (the answer itself is not needed here).
    store.setKeychainTimeout(2000);
    store.loadSecrets(QStringLiteral("rakuten"),
                      [](const CredentialStore::Outcome &, const FieldValues &) {});
    crossma::test::waitFor([&store] { return store.isIdle(); }, 5000);
    CHECK(store.findChildren<KeychainAccess *>().size() == 1);
}

TEST_CASE("a sandbox mall can be told to answer late", "[sandbox]")
{
    SandboxFixture sandbox;
    HttpClient client(sandbox.endpoints());
    const QString path = QStringLiteral("/es/1.0/shop/shopMaster");
    const auto timeGet = [&] {
        QElapsedTimer clock;
        clock.start();
        const HttpResponse r = waitForGet(client, sandbox.url(path));
        CHECK(r.failure == HttpResponse::Failure::None);
        return clock.elapsed();
    };
    timeGet();  // the handshake, untimed
    sandbox.malls().setAnswerDelay(QStringLiteral("rakuten"), 400);
    CHECK(timeGet() >= 400);
    // Another mall's paths keep their pace.
    sandbox.malls().setAnswerDelay(QStringLiteral("rakuten"), 0);
    sandbox.malls().setAnswerDelay(QStringLiteral("amazon"), 5000);
    CHECK(timeGet() < 4000);
}
