// Windows and a store that is still working: closing the wizard or the home
// window mid-save waits (showing 保存中…) until the keychain has answered,
// and 編集 / 連携を解除 stay disabled while すべて再確認 reads the saved values.
#include "test_rakuten_wizard.h"

#include "homewindow.h"
#include "mallpage.h"
#include "mallpagecontroller.h"
#include "overviewpage.h"
#include "registry.h"
#include "setupwizard.h"

#include <QLabel>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace crossma;

namespace {

const FieldValues kSecrets{
    {QStringLiteral("serviceSecret"), QStringLiteral("SP338500_lifetimeSecret")},
    {QStringLiteral("licenseKey"), QStringLiteral("SL338500_lifetimeLicense")}};
const FieldValues kPlain{
    {QStringLiteral("shopUrl"), QStringLiteral("https://www.rakuten.co.jp/crossma-demo/")}};

QLabel *visibleNotice(QWidget *window)
{
    auto *notice = window->findChild<QLabel *>(QStringLiteral("savingNotice"));
    return notice && notice->isVisible() ? notice : nullptr;
}

}  // namespace

TEST_CASE("Closing the wizard while a save runs waits for the save and says so", "[lifetimes]")
{
    test::TestedRakutenPage r;
    REQUIRE(r.open());
    SetupWizard &wizard = *r.wizard;
    const test::RakutenValues &good = r.good;
    test::TestStore &t = r.t;

    r.button("saveButton")->click();
    const bool closeViaCancel = GENERATE(false, true);
    if (closeViaCancel)
        wizard.reject();  // 閉じる / Esc
    else
        wizard.close();  // the window's close box

    // Still open, with the notice on top, while the keychain works.
    CHECK(wizard.isVisible());
    QLabel *notice = visibleNotice(&wizard);
    REQUIRE(notice);
    CHECK(notice->text().contains(QStringLiteral("保存中")));
    // Whole, in the bold font of its role: measured after that was applied.
    CHECK(notice->font().bold());
    CHECK(notice->height() >= notice->heightForWidth(notice->width()));
    // …and it closes by itself once the save is through, which it is, whole.
    REQUIRE(test::waitFor([&] { return !wizard.isVisible(); }, 30000));
    CHECK(t.store.isIdle());
    CHECK(t.store.stored(QStringLiteral("rakuten")).linked);
    CHECK(test::storeLoad(t.store, QStringLiteral("rakuten")).secrets
          == FieldValues{{QStringLiteral("serviceSecret"), good.secret},
                         {QStringLiteral("licenseKey"), good.license}});
}

TEST_CASE("Closing the home window while an unlink runs waits for it", "[lifetimes]")
{
    test::TestStore t;
    REQUIRE(test::storeSave(t.store, QStringLiteral("rakuten"), kSecrets, kPlain).outcome.ok());
    const auto connectors = createConnectors();
    WizardContext context;
    for (const auto &connector : connectors)
        context.connectors.append(connector.get());
    context.store = &t.store;
    HomeWindow home(context);
    home.show();

    bool removed = false;
    t.store.remove(QStringLiteral("rakuten"),
                   [&removed](const CredentialStore::Outcome &o) { removed = o.ok(); });
    home.reject();
    CHECK(home.isVisible());
    REQUIRE(visibleNotice(&home));
    REQUIRE(test::waitFor([&] { return !home.isVisible(); }, 30000));
    CHECK(removed);
    CHECK_FALSE(t.store.stored(QStringLiteral("rakuten")).linked);

    // With nothing running, closing is immediate.
    HomeWindow again(context);
    again.show();
    again.reject();
    CHECK_FALSE(again.isVisible());
    CHECK_FALSE(visibleNotice(&again));
}

TEST_CASE("編集 and 連携を解除 are disabled while すべて再確認 runs", "[lifetimes]")
{
    test::TestStore t;
    test::SandboxFixture sandbox;
    const test::RakutenValues good;
    REQUIRE(test::storeSave(t.store, QStringLiteral("rakuten"),
                            {{QStringLiteral("serviceSecret"), good.secret},
                             {QStringLiteral("licenseKey"), good.license}},
                            {{QStringLiteral("shopUrl"), good.shopUrl}})
                .outcome.ok());
    const auto connectors = createConnectors();
    WizardContext context;
    for (const auto &connector : connectors)
        context.connectors.append(connector.get());
    context.store = &t.store;
    context.endpoints = test::acceptRakuten(sandbox, good, 41, /*hang=*/true);
    HomeWindow home(context);
    home.show();
    OverviewPage *overview = home.overview();
    auto *row = overview->findChild<QWidget *>(QStringLiteral("row_rakuten"));
    REQUIRE(row);
    auto button = [row](const char *name) {
        return row->findChild<QPushButton *>(QString::fromLatin1(name));
    };
    REQUIRE(button("editButton_rakuten"));
    REQUIRE(button("unlinkButton_rakuten"));
    CHECK(button("editButton_rakuten")->isEnabled());
    CHECK(button("unlinkButton_rakuten")->isEnabled());

    overview->findChild<QPushButton *>(QStringLiteral("recheckAllButton"))->click();
    test::waitFor([] { return false; }, 300);  // the check is under way (the mall never answers)
    CHECK_FALSE(button("editButton_rakuten")->isEnabled());
    CHECK_FALSE(button("unlinkButton_rakuten")->isEnabled());

    // Cancelled, the buttons come back.
    overview->findChild<QPushButton *>(QStringLiteral("recheckAllButton"))->click();
    REQUIRE(test::waitFor(
        [&] {
            auto *r = overview->findChild<QWidget *>(QStringLiteral("row_rakuten"));
            auto *edit = r ? r->findChild<QPushButton *>(QStringLiteral("editButton_rakuten"))
                           : nullptr;
            return edit && edit->isEnabled();
        },
        10000));
}
