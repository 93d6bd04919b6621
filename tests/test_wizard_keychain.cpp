// The 楽天 page on a computer without a Secret Service: the check passes, the
// save is refused with a plain message on the page, and the earlier saved
// state stays as it was. Runs the wizard in a child process on a private bus
// ("[wizard-child]", hidden from the normal run).
#include <catch2/catch.hpp>

#include "mallpage.h"
#include "mallpagecontroller.h"
#include "privatebus.h"
#include "setupwizard.h"
#include "test_wizard_support.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>

using namespace crossma;
using namespace crossma::test;

namespace {
const char ChildSettingsVar[] = "CROSSMA_WIZARD_CHILD_SETTINGS";
const char ChildResultVar[] = "CROSSMA_WIZARD_CHILD_RESULT";
}  // namespace

TEST_CASE("Without a keychain the page says so and nothing saved earlier is lost", "[wizard]")
{
    TempSettings files;
    {
        auto settings = files.open();
        settings->setValue(QStringLiteral("malls/rakuten/linked"), true);
        settings->setValue(QStringLiteral("malls/rakuten/fields/shopUrl"),
                           QStringLiteral("https://www.rakuten.co.jp/earlier/"));
        settings->sync();
    }
    const QByteArray before = files.bytes();
    QTemporaryDir resultDir;
    const QString resultFile = resultDir.path() + QStringLiteral("/result.json");
    QProcessEnvironment extra;
    extra.insert(QString::fromLatin1(ChildSettingsVar), files.fileName());
    extra.insert(QString::fromLatin1(ChildResultVar), resultFile);

    PrivateBus bus(PrivateBus::SecretService::Absent);
    REQUIRE(bus.ready());
    const PrivateBus::Run run = bus.runSelf({QStringLiteral("[wizard-child]")}, extra, 90000);
    INFO(run.output.toStdString());
    REQUIRE(run.finished);
    REQUIRE(run.exitCode == 0);
    QFile file(resultFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject result = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(result.value(QStringLiteral("verified")).toBool());
    CHECK(result.value(QStringLiteral("saveFailed")).toBool());
    CHECK_FALSE(result.value(QStringLiteral("message")).toString().isEmpty());
    CHECK(result.value(QStringLiteral("shownOnPage")).toBool());
    CHECK(result.value(QStringLiteral("saveStillEnabled")).toBool());  // retry once the keychain is back
    CHECK(result.value(QStringLiteral("saveMessage")).toString()
          == QStringLiteral("保存できませんでした。"));
    CHECK(files.bytes() == before);
}

TEST_CASE("wizard child: verify and save on the bus given", "[.][wizard-child]")
{
    const QString settingsFile = qEnvironmentVariable(ChildSettingsVar);
    REQUIRE_FALSE(settingsFile.isEmpty());
    QSettings settings(settingsFile, QSettings::IniFormat);
    CredentialStore store(uniqueKeychainService(), &settings);
    store.setKeychainTimeout(15000);
    SandboxFixture sandbox;
    RakutenConnector connector;
    const RakutenValues good;
    WizardContext context;
    context.connectors = {&connector};
    context.endpoints = acceptRakuten(sandbox, good, 41);
    context.store = &store;
    SetupWizard wizard(context);
    wizard.show();
    MallPage *page = wizard.mallPage(QStringLiteral("rakuten"));
    REQUIRE(page);
    MallPageController *c = page->controller();
    // The earlier link is known from the settings even though its secrets cannot be read.
    REQUIRE(waitFor([c] { return !c->isLoadingSecrets(); }, 30000));
    c->setValue(QStringLiteral("serviceSecret"), good.secret);
    c->setValue(QStringLiteral("licenseKey"), good.license);
    c->setValue(QStringLiteral("shopUrl"), good.shopUrl);
    auto idle = [c] { return !c->isChecking() && c->state() != MallPageController::State::Saving; };
    page->findChild<QPushButton *>(QStringLiteral("testButton"))->click();
    REQUIRE(waitFor(idle, 30000));
    const bool verified = c->canSave();
    page->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    REQUIRE(waitFor(idle, 30000));

    const QString shown = page->findChild<QLabel *>(QStringLiteral("resultText"))->text();
    QJsonObject out{
        {QStringLiteral("verified"), verified},
        {QStringLiteral("saveFailed"), c->saveFailed()},
        {QStringLiteral("message"), c->saveMessage()},
        {QStringLiteral("shownOnPage"),
         !c->saveMessage().isEmpty() && shown.contains(c->saveMessage().toHtmlEscaped())},
        {QStringLiteral("saveStillEnabled"),
         page->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled()},
        {QStringLiteral("saveMessage"),
         page->findChild<QLabel *>(QStringLiteral("saveMessage"))->text()},
    };
    QFile file(qEnvironmentVariable(ChildResultVar));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(out).toJson());
}
