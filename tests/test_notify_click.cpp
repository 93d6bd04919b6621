// A click on a reminder opens the wizard on that mall: the notifier on a bus
// of its own, the fake service "clicking" each notification, the command's
// launcher recording what it would start.
#include <catch2/catch.hpp>

#include "commandline.h"
#include "freedesktopnotifier.h"
#include "keychainprobe.h"
#include "notificationbus.h"
#include "notifycommand.h"
#include "registry.h"
#include "tempsettings.h"
#include "waitfor.h"

#include "core/connector.h"
#include "core/credentialstore.h"
#include "core/sellertime.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QElapsedTimer>

using namespace crossma;

TEST_CASE("A click on a reminder starts the wizard on that mall, and the check then ends",
          "[notify]")
{
    test::NotificationBus bus;
    REQUIRE(!bus.address().isEmpty());
    REQUIRE(bus.startService(test::NotificationBus::Seller::Clicks, 100));
    QDBusConnection connection = QDBusConnection::connectToBus(bus.address(),
                                                               QStringLiteral("notify-click-test"));
    REQUIRE(connection.isConnected());

    test::TempSettings files;
    const auto settings = files.open();
    const QString service = test::uniqueKeychainService();
    {
        CredentialStore store(service, settings.get());
        store.setKeychainTimeout(15000);
        const QString soon = japanDate(QDateTime::currentDateTimeUtc()).addDays(3).toString(Qt::ISODate)
                             + QStringLiteral("T23:59:59+09:00");
        REQUIRE(test::storeSave(store, QStringLiteral("aupay"),
                                {{QStringLiteral("apiKey"), QString(64, QLatin1Char('d'))}}, {},
                                {{QStringLiteral("apiKeyExpiry"), soon}})
                    .outcome.ok());
    }
    const auto connectors = createConnectors();
    QList<const Connector *> list;
    for (const auto &c : connectors)
        list.append(c.get());

    {
        FreedesktopNotifier notifier(connection);
        QList<QStringList> launched;
        NotifyCommand::Options options;
        options.profile = service;
        options.sandbox = true;
        options.waitForClicksMs = 20000;
        options.launch = [&](const QString &program, const QStringList &args) {
            launched.append(QStringList{program} + args);
            return true;
        };
        NotifyCommand command(list, settings.get(), service, &notifier, options);
        QString error;
        CHECK(command.send(&error) == 0);
        CHECK(error.isEmpty());
        REQUIRE(command.sentTitles().size() == 1);
        QElapsedTimer clock;
        clock.start();
        command.waitForClicks();
        CHECK(clock.elapsed() < 10000);  // ended with the click, not at the time limit
        REQUIRE(launched.size() == 1);
        CHECK(launched.at(0)
              == QStringList({QCoreApplication::applicationFilePath(), QStringLiteral("--edit"),
                              QStringLiteral("aupay"), QStringLiteral("--sandbox")}));
    }
    CredentialStore store(service, settings.get());
    test::storeRemove(store, QStringLiteral("aupay"));
    QDBusConnection::disconnectFromBus(QStringLiteral("notify-click-test"));
}

TEST_CASE("The wizard option --edit opens the mall a reminder names, and refuses other words",
          "[notify]")
{
    WizardOptions options;
    QString error;
    CHECK(CommandLine::parseWizardOptions({QStringLiteral("crossma-setup"), QStringLiteral("--edit"),
                                           QStringLiteral("aupay"), QStringLiteral("--sandbox")},
                                          &options, &error));
    CHECK(options.editMall == QStringLiteral("aupay"));
    CHECK(options.sandbox);
    CHECK_FALSE(CommandLine::parseWizardOptions(
        {QStringLiteral("crossma-setup"), QStringLiteral("--edit"), QStringLiteral("nosuchmall")},
        &options, &error));
    CHECK(error.contains(QStringLiteral("--edit")));
    // The mall's id is the option's value, not a command word.
    char program[] = "crossma-setup";
    char edit[] = "--edit";
    char mall[] = "aupay";
    char *argv[] = {program, edit, mall};
    CHECK(CommandLine::wantsWizard(3, argv));
}
