// The au PAY page as the seller sees it: built by the wizard from the
// connector, with the address list in place, at 1366×768.
#include "testpaths.h"
#include <catch2/catch.hpp>

#include "screencheck.h"

#include "aupay/aupayconnector.h"
#include "aupay/sandbox/aupayfake.h"
#include "aupay/ui/aupayaddresslist.h"
#include "core/credentialstore.h"
#include "mallpage.h"
#include "mallpagecontroller.h"
#include "sandboxfixture.h"
#include "setupwizard.h"
#include "tempsettings.h"
#include "waitfor.h"

#include <QAbstractButton>
#include <QDir>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>

using namespace crossma;
using crossma::test::fullyInside;

namespace {
// Whether `widget` is shown and lies wholly inside `window`.
}  // namespace

TEST_CASE("The au PAY page at 1366x768 shows the address list and keeps its buttons on screen",
          "[aupay]")
{
    test::TempSettings files;
    const auto settings = files.open();
    CredentialStore store(QStringLiteral("crossma-setup-test-aupay-page"), settings.get());
    AupayConnector aupay;
    WizardContext context;
    context.connectors = {&aupay};
    context.store = &store;

    SetupWizard wizard(context);
    wizard.resize(1366, 768);
    wizard.show();
    wizard.next();  // from はじめに to the au PAY page
    REQUIRE(wizard.currentId() == wizard.pageIdFor(QStringLiteral("aupay")));
    test::waitFor([] { return false; }, 100);

    MallPage *page = wizard.mallPage(QStringLiteral("aupay"));
    REQUIRE(page);
    CHECK(wizard.stepHeader(wizard.currentId()).contains(QStringLiteral("au PAY マーケット設定")));
    auto *list = page->findChild<AupayAddressList *>();
    REQUIRE(list);  // the page extra registered by registry.cpp
    CHECK(list->addresses() == AupayAddressList::bundledAddresses());

    // The procedure scrolls; the address list is reachable in it.
    auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("contentScroll"));
    REQUIRE(scroll);
    scroll->ensureWidgetVisible(list->findChild<QPushButton *>(QStringLiteral("copyAllAddresses")));
    test::waitFor([] { return false; }, 50);
    auto *copyAll = list->findChild<QPushButton *>(QStringLiteral("copyAllAddresses"));
    REQUIRE(copyAll);
    CHECK(copyAll->visibleRegion().boundingRect().size() == copyAll->size());

    // The buttons below the scroll area never leave the window.
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        if (button->isVisibleTo(page) && !scroll->isAncestorOf(button)
            && button->parentWidget() != nullptr && button->isVisible()) {
            INFO(button->objectName().toStdString() << " " << button->text().toStdString());
            CHECK(fullyInside(button, &wizard));
        }
    }
    for (QAbstractButton *b : {wizard.button(QWizard::NextButton), wizard.button(QWizard::BackButton),
                               wizard.button(QWizard::CancelButton)}) {
        INFO(b->text().toStdString());
        CHECK(fullyInside(b, &wizard));
    }

    QDir().mkpath(crossma::test::screenshotDir());
    const QString top = crossma::test::screenshotDir()
                        + QStringLiteral("/aupay-page-addresses-1366x768.png");
    CHECK(wizard.grab().save(top));
    scroll->verticalScrollBar()->setValue(0);
    test::waitFor([] { return false; }, 50);
    CHECK(wizard.grab().save(crossma::test::screenshotDir()
                             + QStringLiteral("/aupay-page-top-1366x768.png")));
}

TEST_CASE("The au PAY page after a refused test shows the mall's code and the causes at 1366x768",
          "[aupay]")
{
    test::TempSettings files;
    const auto settings = files.open();
    CredentialStore store(QStringLiteral("crossma-setup-test-aupay-page"), settings.get());
    test::SandboxFixture sandbox;
    AupayConnector aupay;
    WizardContext context;
    context.connectors = {&aupay};
    context.store = &store;
    context.endpoints = sandbox.endpoints();

    SetupWizard wizard(context);
    wizard.resize(1366, 768);
    wizard.show();
    wizard.next();
    MallPageController *controller = wizard.controller(QStringLiteral("aupay"));
    REQUIRE(controller);
    controller->fill(sandbox::AupayFake::values(sandbox::AupayFake::Outcome::WrongShopId));
    REQUIRE(controller->runTest());
    REQUIRE(
        test::waitFor([&] { return controller->hasResult() && !controller->isChecking(); }, 15000));
    CHECK(controller->lastResult().mallCode == QStringLiteral("CME0022"));
    CHECK_FALSE(controller->canSave());
    test::waitFor([] { return false; }, 100);

    // The result is scrolled into view and stays inside the window.
    MallPage *page = wizard.mallPage(QStringLiteral("aupay"));
    auto *result = page->findChild<QWidget *>(QStringLiteral("resultPanel"));
    REQUIRE(result);
    CHECK(fullyInside(result, &wizard));
    CHECK(fullyInside(wizard.button(QWizard::NextButton), &wizard));

    QDir().mkpath(crossma::test::screenshotDir());
    CHECK(wizard.grab().save(crossma::test::screenshotDir()
                             + QStringLiteral("/aupay-page-refused-1366x768.png")));
}
