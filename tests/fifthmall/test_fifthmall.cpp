// テスト市場, a fifth mall that lives only in this folder, registered at run
// time through the registry's API: the whole wizard, the overview with its
// reminder, `verify` and `status` take it in with no change anywhere else.
#include "fifthmall.h"
#include "fifthmallconnector.h"
#include "fifthmallfake.h"

#include "appprofile.h"
#include "commandline.h"
#include "core/credentialstore.h"
#include "keychainprobe.h"
#include "mallpage.h"
#include "mallpagecontroller.h"
#include "overviewpage.h"
#include "registry.h"
#include "sandboxcontext.h"
#include "sandboxfixture.h"
#include "setupwizard.h"
#include "summarypage.h"
#include "waitfor.h"
#include "widgetchild.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryFile>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace crossma;
using crossma::test::child;
using crossma::test::eventualChild;

namespace {

const QString kMall = QString::fromLatin1(test::FifthMallConnector::kId);

// Runs the command line in this process (so that it sees the registered
// mall) and returns what it printed on standard output.
QByteArray runCommandLine(const QStringList &arguments, int *exitCode)
{
    QTemporaryFile capture;
    REQUIRE(capture.open());
    std::fflush(stdout);
    const int saved = ::dup(STDOUT_FILENO);
    ::dup2(capture.handle(), STDOUT_FILENO);
    *exitCode = CommandLine::run(QStringList{QStringLiteral("crossma-setup")} + arguments);
    std::fflush(stdout);
    ::dup2(saved, STDOUT_FILENO);
    ::close(saved);
    capture.seek(0);
    return capture.readAll();
}

}  // namespace

TEST_CASE(
    "A fifth mall registered at run time goes through the wizard, the overview, verify and status",
    "[fifthmall]")
{
    const test::FifthMallRegistration fifth;
    REQUIRE(mallIds().contains(kMall));
    test::SandboxFixture sandbox;  // made after the registration: its fakes include テスト市場's

    // The sandbox profile on the private keychain: where `verify --sandbox` and `status --sandbox` look.
    const auto settings = AppProfile::createSettings(true);
    CredentialStore store(AppProfile::keychainService(true), settings.get());
    store.setKeychainTimeout(15000);
    test::storeRemove(store, kMall);

    const auto connectors = createConnectors();
    WizardContext context;
    for (const auto &connector : connectors)
        context.connectors.append(connector.get());
    context.endpoints = sandbox.endpoints();
    context.store = &store;
    useSandbox(context, sandbox.malls());

    {
        SetupWizard wizard(context);
        wizard.show();
        const int pageId = wizard.pageIdFor(kMall);
        REQUIRE(pageId > 0);
        CHECK(wizard.stepHeader(pageId).contains(QStringLiteral("テスト市場設定")));
        wizard.jumpTo(pageId);
        REQUIRE(wizard.currentId() == pageId);
        MallPage *page = wizard.mallPage(kMall);
        MallPageController *controller = wizard.controller(kMall);
        REQUIRE(page);
        REQUIRE(controller);

        // Built from the connector: its fields and procedure; the fake's samples.
        child<QLineEdit>(page, QStringLiteral("field_shopId"));
        child<QLineEdit>(page, QStringLiteral("field_apiToken"));
        const QList<QLabel *> labels = page->findChildren<QLabel *>();
        CHECK(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().contains(QStringLiteral("設定 &gt; API &gt; トークンの発行"))
                   || label->text().contains(QStringLiteral("設定 > API > トークンの発行"));
        }));
        eventualChild<QPushButton>(page, QStringLiteral("sandboxFill_0"))->click();
        CHECK(controller->value(QStringLiteral("apiToken"))
              == QLatin1String(test::FifthMallFake::kToken));

        child<QPushButton>(page, QStringLiteral("testButton"))->click();
        REQUIRE(test::waitFor(
            [&] { return controller->state() != MallPageController::State::Checking; }, 15000));
        INFO(controller->lastResult().summary().toStdString());
        REQUIRE(controller->state() == MallPageController::State::Verified);
        child<QPushButton>(page, QStringLiteral("saveButton"))->click();
        REQUIRE(test::waitFor(
            [&] { return controller->state() == MallPageController::State::Saved; }, 15000));
        CHECK(controller->isLinked());

        wizard.jumpTo(wizard.summaryId());
        const QString facts =
            child<QLabel>(wizard.summaryPage(), QStringLiteral("summaryFacts_") + kMall)->text();
        INFO(facts.toStdString());
        CHECK(facts.contains(QStringLiteral("APIトークンの有効期限")));
        CHECK(facts.contains(QStringLiteral("残り %1 日").arg(test::FifthMallFake::kDaysLeft)));
    }

    // The overview: its row, and a reminder with the mall's own way to renew.
    QList<const Connector *> pointers;
    for (const auto &connector : connectors)
        pointers.append(connector.get());
    OverviewPage overview(pointers, &store, sandbox.endpoints());
    CHECK(overview.rowOrder().contains(kMall));
    QStringList ours;
    for (const QString &reminder : overview.reminders()) {
        if (reminder.startsWith(QStringLiteral("テスト市場")))
            ours << reminder;
    }
    REQUIRE(ours.size() == 1);  // 10 days left, within its 30 days of warning
    CHECK(ours.first().contains(QStringLiteral("APIトークンの有効期限")));
    CHECK(ours.first().contains(QStringLiteral("設定 > API > トークンの発行")));
    CHECK(overview.editButton(kMall));

    int exitCode = -1;
    const QByteArray help = runCommandLine({QStringLiteral("verify"), QStringLiteral("--help")},
                                           &exitCode);
    CHECK(exitCode == 0);
    CHECK(help.contains(kMall.toUtf8()));

    const QByteArray verified = runCommandLine({QStringLiteral("verify"), QStringLiteral("--mall"),
                                                kMall, QStringLiteral("--sandbox"),
                                                QStringLiteral("--json")},
                                               &exitCode);
    INFO(verified.toStdString());
    CHECK(exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(verified).object();
    CHECK(result.value(QLatin1String("mall")).toString() == kMall);
    CHECK(result.value(QLatin1String("ok")).toBool());
    CHECK(result.value(QLatin1String("facts")).toObject().contains(QLatin1String("tokenExpiry")));
    CHECK_FALSE(verified.contains(test::FifthMallFake::kToken));

    const QByteArray status = runCommandLine(
        {QStringLiteral("status"), QStringLiteral("--sandbox"), QStringLiteral("--json")}, &exitCode);
    INFO(status.toStdString());
    CHECK(exitCode == 0);
    bool listed = false;
    for (const QJsonValue &mall :
         QJsonDocument::fromJson(status).object().value(QLatin1String("malls")).toArray()) {
        if (mall.toObject().value(QLatin1String("mall")).toString() == kMall) {
            listed = true;
            CHECK(mall.toObject().value(QLatin1String("linked")).toBool());
            CHECK(mall.toObject()
                      .value(QLatin1String("facts"))
                      .toObject()
                      .contains(QLatin1String("tokenExpiry")));
        }
    }
    CHECK(listed);
    CHECK_FALSE(status.contains(test::FifthMallFake::kToken));

    test::storeRemove(store, kMall);
}
