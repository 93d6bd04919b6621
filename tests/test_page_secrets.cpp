// After a successful save the page holds no secret: its boxes are empty with
// a note that the value is in the keychain. Editing or re-testing the page
// reads the secrets back, so nothing unchanged has to be typed again.
#include "test_rakuten_wizard.h"

#include "fieldeditor.h"
#include "mallpage.h"
#include "mallpagecontroller.h"
#include "setupwizard.h"

#include <QLineEdit>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace crossma;

TEST_CASE("A saved page keeps no secret and reads it back when the seller edits or re-tests",
          "[lifetimes]")
{
    test::TestedRakutenPage r;
    REQUIRE(r.open());
    MallPage *page = r.page;
    MallPageController *c = r.c;
    const test::RakutenValues &good = r.good;
    test::TestStore &t = r.t;
    QPushButton *retest = r.button("testButton");
    r.button("saveButton")->click();
    REQUIRE(test::waitFor([c] { return c->state() == MallPageController::State::Saved; }, 30000));

    // Nothing secret on the page any more: not in the controller, not in the boxes.
    CHECK(c->value(QStringLiteral("serviceSecret")).isEmpty());
    CHECK(c->value(QStringLiteral("licenseKey")).isEmpty());
    CHECK(c->value(QStringLiteral("shopUrl")) == good.shopUrl);
    for (QLineEdit *line : page->findChildren<QLineEdit *>()) {
        CHECK_FALSE(line->text().contains(good.secret));
        CHECK_FALSE(line->text().contains(good.license));
    }
    bool noteShown = false;
    for (FieldEditor *editor : page->findChildren<FieldEditor *>()) {
        if (editor->spec().id != QStringLiteral("serviceSecret"))
            continue;
        for (QLineEdit *line : editor->findChildren<QLineEdit *>())
            noteShown = noteShown || line->placeholderText().contains(QStringLiteral("保管庫"));
    }
    CHECK(noteShown);
    CHECK(test::storeLoad(t.store, QStringLiteral("rakuten"))
              .secrets.value(QStringLiteral("serviceSecret"))
          == good.secret);

    SECTION("re-testing reads the saved secrets back and tests them")
    {
        retest->click();
        REQUIRE(test::waitFor(
            [c] {
                return c->hasResult() && !c->isChecking() && !c->isLoadingSecrets()
                       && c->lastResult().ok();
            },
            30000));
        CHECK(c->value(QStringLiteral("serviceSecret")) == good.secret);
    }
    SECTION("editing another field reads the secrets back: only the change needs a new test")
    {
        c->setValue(QStringLiteral("shopUrl"), good.shopUrl + QStringLiteral(" "));
        REQUIRE(test::waitFor([c] { return !c->isLoadingSecrets(); }, 30000));
        REQUIRE(test::waitFor([&] { return c->value(QStringLiteral("licenseKey")) == good.license; },
                              30000));
        CHECK(c->value(QStringLiteral("serviceSecret")) == good.secret);
        CHECK(c->value(QStringLiteral("shopUrl")) == good.shopUrl + QStringLiteral(" "));
    }
}
