// The Amazon page as the seller sees it: built by the wizard from the
// connector, checked against the sandbox's Amazon fake, at 1366×768.
#include <catch2/catch.hpp>

#include "screencheck.h"

#include "amazon/amazonconnector.h"
#include "amazon/amazonverifyjob.h"
#include "amazon/sandbox/amazonfake.h"
#include "core/credentialstore.h"
#include "mallpage.h"
#include "sandboxcontext.h"
#include "sandboxfixture.h"
#include "setupwizard.h"
#include "tempsettings.h"
#include "waitfor.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>

using namespace crossma;
using crossma::sandbox::AmazonFake;
using crossma::test::fullyInside;

namespace {
void checkButtonsOnScreen(SetupWizard &wizard, MallPage *page, QScrollArea *scroll)
{
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        if (button->isVisible() && !scroll->isAncestorOf(button)) {
            INFO(button->objectName().toStdString() << " " << button->text().toStdString());
            CHECK(fullyInside(button, &wizard));
        }
    }
    for (QAbstractButton *b : {wizard.button(QWizard::NextButton), wizard.button(QWizard::BackButton),
                               wizard.button(QWizard::CancelButton)}) {
        INFO(b->text().toStdString());
        CHECK(fullyInside(b, &wizard));
    }
}

FieldValues scenarioValues(test::SandboxFixture &sandbox, const QString &behaviour)
{
    for (const sandbox::Scenario &s : sandbox.malls().scenarios(QStringLiteral("amazon"))) {
        if (s.values.value(QStringLiteral("refreshToken")) == AmazonFake::refreshToken(behaviour))
            return s.values;
    }
    FAIL("no Amazon scenario for " << behaviour.toStdString());
    return {};
}
}  // namespace

TEST_CASE("The Amazon page at 1366x768: fields, a misplaced value, a result, buttons on screen",
          "[amazon]")
{
    test::SandboxFixture sandbox;
    test::TempSettings files;
    const auto settings = files.open();
    CredentialStore store(QStringLiteral("crossma-setup-test-amazon-page"), settings.get());
    AmazonConnector amazon;
    WizardContext context;
    context.connectors = {&amazon};
    context.store = &store;
    context.endpoints = sandbox.endpoints();
    useSandbox(context, sandbox.malls());

    SetupWizard wizard(context);
    wizard.resize(1366, 768);
    wizard.show();
    wizard.next();  // from はじめに to the Amazon page
    REQUIRE(wizard.currentId() == wizard.pageIdFor(QStringLiteral("amazon")));
    test::waitFor([] { return false; }, 100);

    MallPage *page = wizard.mallPage(QStringLiteral("amazon"));
    REQUIRE(page);
    MallPageController *controller = page->controller();
    CHECK(wizard.stepHeader(wizard.currentId()).contains(amazon.pageTitle()));
    auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("contentScroll"));
    REQUIRE(scroll);
    for (const char *id : {"sellerId", "lwaClientId", "lwaClientSecret", "refreshToken"})
        REQUIRE(page->findChild<QLineEdit *>(QStringLiteral("field_") + QLatin1String(id)));
    auto *secret = page->findChild<QLineEdit *>(QStringLiteral("field_lwaClientSecret"));
    CHECK(secret->echoMode() != QLineEdit::Normal);  // masked
    auto *market = page->findChild<QComboBox *>(QStringLiteral("field_marketplaceId"));
    REQUIRE(market);
    CHECK(market->currentData().toString() == QStringLiteral("A1VC38T7YXB528"));
    checkButtonsOnScreen(wizard, page, scroll);
    CHECK(wizard.grab().save(test::screenshotPath(QStringLiteral("amazon-page-top-1366x768.png"))));

    // The client ID pasted into the secret field: said under that field, nothing sent.
    sandbox.server().resetCounts();
    FieldValues values = scenarioValues(sandbox, QStringLiteral("ok"));
    values.insert(QStringLiteral("lwaClientSecret"), AmazonFake::clientId());
    controller->fill(values);
    CHECK_FALSE(controller->runTest());
    test::waitFor([] { return false; }, 50);
    auto *error = page->findChild<QLabel *>(QStringLiteral("error_lwaClientSecret"));
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("amzn1.application-oa2-client.")));
    CHECK(sandbox.server().requestCount() == 0);
    scroll->ensureWidgetVisible(error);
    test::waitFor([] { return false; }, 50);
    CHECK(wizard.grab().save(
        test::screenshotPath(QStringLiteral("amazon-page-field-problem-1366x768.png"))));

    // A revoked refresh token: the result says to authorise the app again.
    controller->fill(scenarioValues(sandbox, QStringLiteral("revoked")));
    REQUIRE(controller->runTest());
    REQUIRE(test::waitFor([controller] { return !controller->isChecking(); }, 15000));
    CHECK(controller->lastResult().code == QLatin1String(AmazonVerifyJob::kRefreshTokenRejected));
    test::waitFor([] { return false; }, 50);
    CHECK(wizard.grab().save(
        test::screenshotPath(QStringLiteral("amazon-page-revoked-1366x768.png"))));

    // Correct values: connected, 【この内容で更新】 allowed, exactly two requests.
    sandbox.server().resetCounts();
    controller->fill(scenarioValues(sandbox, QStringLiteral("suspended")));
    REQUIRE(controller->runTest());
    REQUIRE(test::waitFor([controller] { return !controller->isChecking(); }, 15000));
    INFO(controller->lastResult().summary().toStdString());
    CHECK(controller->lastResult().ok());
    CHECK(controller->canSave());
    CHECK(sandbox.server().requestCount() == 2);
    auto *save = page->findChild<QPushButton *>(QStringLiteral("saveButton"));
    REQUIRE(save);
    CHECK(save->isEnabled());
    test::waitFor([] { return false; }, 50);
    checkButtonsOnScreen(wizard, page, scroll);
    CHECK(wizard.grab().save(
        test::screenshotPath(QStringLiteral("amazon-page-connected-1366x768.png"))));
}
