#include "test_wizard_support.h"

#include "homewindow.h"
#include "mallpage.h"
#include "overviewpage.h"
#include "registry.h"
#include "screencheck.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPushButton>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace crossma;

namespace {
const QString kSecret = QStringLiteral("SP338500_homeWindowSecret");
const QString kLicense = QStringLiteral("SL338500_homeWindowLicense");
}  // namespace

TEST_CASE("A returning seller's home: edit opens the wizard on that mall, support information has "
          "no secret",
          "[overview]")
{
    test::TestStore t;
    REQUIRE(test::storeSave(t.store, QStringLiteral("rakuten"),
                            {{QStringLiteral("serviceSecret"), kSecret},
                             {QStringLiteral("licenseKey"), kLicense}},
                            {{QStringLiteral("shopUrl"),
                              QStringLiteral("https://www.rakuten.co.jp/crossma-demo/")}})
                .outcome.ok());
    const auto connectors = createConnectors();
    WizardContext context = test::contextFor(connectors, &t.store);

    HomeWindow home(context);
    home.show();
    REQUIRE(home.overview()->editButton(QStringLiteral("rakuten")));
    CHECK(home.overview()->editButton(QStringLiteral("rakuten"))->isEnabled());

    SECTION("編集 opens the wizard on the mall's page; closing it comes back here")
    {
        home.overview()->editButton(QStringLiteral("rakuten"))->click();
        REQUIRE(home.wizard());
        CHECK(home.wizard()->currentId() == home.wizard()->pageIdFor(QStringLiteral("rakuten")));
        CHECK_FALSE(home.isVisible());
        home.wizard()->reject();
        REQUIRE(test::waitFor([&] { return home.isVisible(); }, 5000));
    }
    SECTION("the overview fits 1366x768 and 150 % scaling (910x512) with its buttons on screen")
    {
        for (const QSize size : {QSize(1366, 768), QSize(910, 512)}) {
            home.resize(size);
            test::waitFor([] { return false; }, 50);
            for (const char *name :
                 {"openWizardButton", "copySupportButton", "saveSupportButton", "closeButton"}) {
                auto *button = home.findChild<QPushButton *>(QString::fromLatin1(name));
                REQUIRE(button);
                CHECK(test::fullyInside(button, &home));
            }
            CHECK(home.grab().save(test::screenshotPath(
                QStringLiteral("home-%1x%2.png").arg(size.width()).arg(size.height()))));
        }
    }
    SECTION("the copied support information holds no secret")
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        home.findChild<QPushButton *>(QStringLiteral("copySupportButton"))->click();
        // Copied once the keychain probe has answered (milliseconds).
        REQUIRE(test::waitFor(
            [] { return QGuiApplication::clipboard()->text() != QStringLiteral("before"); }));
        const QString copied = QGuiApplication::clipboard()->text();
        CHECK(copied.contains(QStringLiteral("rakuten")));
        CHECK_FALSE(copied.contains(kSecret));
        CHECK_FALSE(copied.contains(kLicense));
    }
    SECTION("the saved support information names the mall and holds no secret")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("support.txt"));
        QString error;
        REQUIRE(home.saveSupportInformation(path, &error));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        CHECK(text.contains(QStringLiteral("rakuten")));
        CHECK_FALSE(text.contains(kSecret));
        CHECK_FALSE(text.contains(kLicense));
    }
}
