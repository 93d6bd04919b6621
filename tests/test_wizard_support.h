// Helpers shared by the [wizard] tests: the sandbox's 楽天 fake accepting a
// seller's keys (the real connector, real HTTPS on loopback) and a store on
// the private keychain.
#pragma once

#include "core/credentialstore.h"
#include "keychainprobe.h"
#include "rakuten/rakutenconnector.h"
#include "rakuten/sandbox/rakutenfake.h"
#include "sandboxfixture.h"
#include "setupwizard.h"
#include "tempsettings.h"
#include "waitfor.h"

#include <QDateTime>
#include <QTimeZone>

#include <memory>
#include <vector>

#include <catch2/catch.hpp>

namespace crossma::test {

struct RakutenValues {
    QString secret = QStringLiteral("SP338500_wizardtestsecret");
    QString license = QStringLiteral("SL338500_wizardtestlicense");
    QString shopUrl = QStringLiteral("https://www.rakuten.co.jp/crossma-demo/");
};

// The sandbox's 楽天 fake, told to accept `accepted` as a seller's own keys:
// the license expires `daysLeft` days ahead; `hang` never answers (for
// cancel). Any other key gets the fake's answer for a wrong key.
inline Endpoints acceptRakuten(SandboxFixture &sandbox, const RakutenValues &accepted,
                               int daysLeft = 41, bool hang = false)
{
    auto *fake = dynamic_cast<sandbox::RakutenFake *>(
        sandbox.malls().fake(QStringLiteral("rakuten")));
    REQUIRE(fake);
    fake->accept(accepted.secret, accepted.license, daysLeft, hang);
    return sandbox.endpoints();
}

// A store on the private keychain with a settings file of its own; removes
// what it saved.
struct TestStore {
    TempSettings files;
    std::unique_ptr<QSettings> settings = files.open();
    QString service = uniqueKeychainService();
    CredentialStore store{service, settings.get()};

    TestStore() { store.setKeychainTimeout(15000); }
    ~TestStore() { storeRemove(store, QStringLiteral("rakuten")); }

    // Saves 楽天市場 as linked with these keys (removed with the store).
    bool linkRakuten(const QString &secret, const QString &license)
    {
        return storeSave(store, QStringLiteral("rakuten"),
                         {{QStringLiteral("serviceSecret"), secret},
                          {QStringLiteral("licenseKey"), license}},
                         {{QStringLiteral("shopUrl"),
                           QStringLiteral("https://www.rakuten.co.jp/crossma-demo/")}})
            .outcome.ok();
    }
};

// A wizard context over every mall in `connectors` and `store`; the rest as
// WizardContext has it by default.
inline WizardContext contextFor(const std::vector<std::unique_ptr<Connector>> &connectors,
                                CredentialStore *store)
{
    WizardContext context;
    for (const auto &c : connectors)
        context.connectors.append(c.get());
    context.store = store;
    return context;
}

}  // namespace crossma::test
