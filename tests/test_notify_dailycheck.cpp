// 「期限が近づいたら通知する」: the daily check's files for the current user
// (XDG autostart entry, systemd user service and timer) written into a
// temporary XDG_CONFIG_HOME, checked, and removed again.
#include "screencheck.h"
#include "test_wizard_support.h"

#include "core/sellertime.h"
#include "dailycheck.h"
#include "homewindow.h"
#include "overviewpage.h"
#include "registry.h"
#include "remindersbox.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace crossma;

namespace {

DailyCheckPlan planIn(const QString &configHome, bool systemd)
{
    DailyCheckPlan plan;
    plan.configHome = configHome;
    plan.name = QStringLiteral("crossma-setup-test-reminders");
    // A folder name with a space and a per cent sign, as an unpacked download may have.
    plan.program = QStringLiteral("/opt/My Apps/100%/crossma-setup");
    plan.arguments = {QStringLiteral("status"), QStringLiteral("--notify")};
    plan.systemd = systemd;
    return plan;  // no systemctl: the tests never touch a user manager
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList lines(const QString &path)
{
    return QString::fromUtf8(contents(path)).split(QLatin1Char('\n'));
}

struct ConfigHome {
    QTemporaryDir dir;
    QStringList files() const
    {
        QStringList out;
        for (const QFileInfo &info :
             QDir(dir.path()).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System))
            out << info.fileName();
        return out;
    }
};

}  // namespace

TEST_CASE("The daily check installs an autostart entry and a systemd user timer, and removes them",
          "[notify]")
{
    ConfigHome home;
    const DailyCheckPlan plan = planIn(home.dir.path(), true);
    CHECK_FALSE(DailyCheck::isInstalled(plan));
    QString error;
    REQUIRE(DailyCheck::install(plan, &error));
    CHECK(DailyCheck::isInstalled(plan));

    const QString autostart = home.dir.path()
                              + QStringLiteral("/autostart/crossma-setup-test-reminders.desktop");
    REQUIRE(QFileInfo::exists(autostart));
    const QStringList entry = lines(autostart);
    CHECK(entry.first() == QStringLiteral("[Desktop Entry]"));
    CHECK(entry.contains(QStringLiteral("Type=Application")));
    CHECK(entry.contains(QStringLiteral("NoDisplay=true")));
    // Quoted for the space; % doubled (field codes); the string escape doubles nothing here.
    CHECK(entry.contains(
        QStringLiteral("Exec=\"/opt/My Apps/100%%/crossma-setup\" status --notify")));

    const QString units = home.dir.path() + QStringLiteral("/systemd/user/");
    const QStringList service = lines(units + QStringLiteral("crossma-setup-test-reminders.service"));
    CHECK(service.contains(QStringLiteral("Type=exec")));
    CHECK(service.contains(
        QStringLiteral("ExecStart=\"/opt/My Apps/100%%/crossma-setup\" \"status\" \"--notify\"")));
    const QStringList timer = lines(units + QStringLiteral("crossma-setup-test-reminders.timer"));
    CHECK(timer.contains(QStringLiteral("OnCalendar=*-*-* 09:00:00")));
    CHECK(timer.contains(QStringLiteral("Persistent=true")));
    CHECK(timer.contains(QStringLiteral("Unit=crossma-setup-test-reminders.service")));
    CHECK(timer.contains(QStringLiteral("WantedBy=timers.target")));
    // Enabled as `systemctl --user enable` would: a link in timers.target.wants.
    const QFileInfo link(
        units + QStringLiteral("timers.target.wants/crossma-setup-test-reminders.timer"));
    CHECK(link.isSymLink());
    CHECK(
        link.canonicalFilePath()
        == QFileInfo(units + QStringLiteral("crossma-setup-test-reminders.timer")).canonicalFilePath());

    REQUIRE(DailyCheck::remove(plan, &error));
    CHECK_FALSE(DailyCheck::isInstalled(plan));
    CHECK_FALSE(QFileInfo::exists(autostart));
    CHECK_FALSE(QFileInfo::exists(units + QStringLiteral("crossma-setup-test-reminders.service")));
    CHECK_FALSE(QFileInfo::exists(units + QStringLiteral("crossma-setup-test-reminders.timer")));
    CHECK_FALSE(QFileInfo::exists(link.filePath()));
    CHECK_FALSE(QFileInfo(link.filePath()).isSymLink());
}

TEST_CASE("Without systemd the daily check is the autostart entry alone", "[notify]")
{
    ConfigHome home;
    const DailyCheckPlan plan = planIn(home.dir.path(), false);
    QString error;
    REQUIRE(DailyCheck::install(plan, &error));
    CHECK(DailyCheck::isInstalled(plan));
    CHECK(home.files() == QStringList{QStringLiteral("autostart")});
    REQUIRE(DailyCheck::remove(plan, &error));
    CHECK_FALSE(DailyCheck::isInstalled(plan));
}

TEST_CASE("A systemctl call that hangs is ended, and the calls after it still run", "[notify]")
{
    // A user manager that does not answer: `daemon-reload` never returns. The
    // timer must still be started, so the hung call is ended after the timeout.
    ConfigHome home;
    QTemporaryDir runtime;
    QDir(runtime.path()).mkpath(QStringLiteral("systemd"));
    QFile socket(runtime.filePath(QStringLiteral("systemd/private")));  // "a manager runs"
    REQUIRE(socket.open(QIODevice::WriteOnly));
    socket.close();
    const QString log = runtime.filePath(QStringLiteral("calls.log"));
    const QString script = runtime.filePath(QStringLiteral("systemctl"));
    QFile fake(script);
    REQUIRE(fake.open(QIODevice::WriteOnly));
    fake.write("#!/bin/sh\necho \"$*\" >> '" + log.toUtf8()
               + "'\n[ \"$2\" = daemon-reload ] && exec sleep 60\nexit 0\n");
    fake.close();
    fake.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QByteArray runtimeBefore = qgetenv("XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", runtime.path().toUtf8());
    DailyCheckPlan plan = planIn(home.dir.path(), true);
    plan.systemctl = script;
    plan.systemctlTimeoutMs = 300;
    QString error;
    const bool installed = DailyCheck::install(plan, &error);
    qputenv("XDG_RUNTIME_DIR", runtimeBefore);
    REQUIRE(installed);

    const QString timer = plan.name + QStringLiteral(".timer");
    const bool started = test::waitFor(
        [&] { return lines(log).contains(QStringLiteral("--user start ") + timer); }, 10000);
    INFO("calls: " << lines(log).join(QStringLiteral(" | ")).toStdString());
    REQUIRE(started);
    CHECK(lines(log).first() == QStringLiteral("--user daemon-reload"));
    REQUIRE(DailyCheck::remove(plan, &error));
}

TEST_CASE("The overview's notify switch installs the daily check and says so", "[notify]")
{
    ConfigHome config;
    RemindersBox::planFor = [&](const CredentialStore &) { return planIn(config.dir.path(), true); };
    test::TestStore t;
    test::RakutenValues rakuten;
    const QString soon = japanDate(QDateTime::currentDateTimeUtc()).addDays(9).toString(Qt::ISODate)
                         + QStringLiteral("T23:59:59+09:00");
    REQUIRE(test::storeSave(t.store, QStringLiteral("rakuten"),
                            {{QStringLiteral("serviceSecret"), rakuten.secret},
                             {QStringLiteral("licenseKey"), rakuten.license}},
                            {{QStringLiteral("shopUrl"), rakuten.shopUrl}},
                            {{QStringLiteral("licenseExpiry"), soon}})
                .outcome.ok());
    const auto connectors = createConnectors();
    WizardContext context = test::contextFor(connectors, &t.store);
    {
        HomeWindow home(context);
        home.show();
        auto *box = home.findChild<RemindersBox *>(QStringLiteral("remindersBox"));
        REQUIRE(box);
        auto *toggle = box->findChild<QCheckBox *>(QStringLiteral("notifySwitch"));
        REQUIRE(toggle);
        CHECK(toggle->text() == QStringLiteral("期限が近づいたら通知する"));
        CHECK_FALSE(toggle->isChecked());
        CHECK(box->stateText().startsWith(QStringLiteral("オフ")));

        toggle->click();
        CHECK(toggle->isChecked());
        CHECK(DailyCheck::isInstalled(planIn(config.dir.path(), true)));
        CHECK(box->stateText().startsWith(QStringLiteral("オン")));
        for (const QSize size : {QSize(1366, 768), QSize(910, 512)}) {
            home.resize(size);
            test::waitFor([] { return false; }, 50);
            CHECK(test::fullyInside(toggle, &home));
            CHECK(test::fullyInside(box->calendarButton(), &home));
            CHECK(home.grab().save(test::screenshotPath(
                QStringLiteral("overview-notify-%1x%2.png").arg(size.width()).arg(size.height()))));
        }

        toggle->click();
        CHECK_FALSE(toggle->isChecked());
        CHECK_FALSE(DailyCheck::isInstalled(planIn(config.dir.path(), true)));
        CHECK_FALSE(QFileInfo::exists(
            config.dir.path() + QStringLiteral("/autostart/crossma-setup-test-reminders.desktop")));
    }
    RemindersBox::planFor = nullptr;
}

TEST_CASE("The home window of the sandbox installs a daily check of the sandbox's profile",
          "[notify]")
{
    ConfigHome config;
    const QByteArray before = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", config.dir.path().toUtf8());
    test::TestStore t;
    const auto connectors = createConnectors();
    WizardContext context = test::contextFor(connectors, &t.store);
    context.sandbox = true;  // the process's own arguments say nothing of it
    const QString entry = config.dir.path() + QStringLiteral("/autostart/") + t.store.service()
                          + QStringLiteral("-reminders.desktop");
    {
        HomeWindow home(context);
        auto *toggle = home.findChild<QCheckBox *>(QStringLiteral("notifySwitch"));
        REQUIRE(toggle);
        toggle->click();
        const QStringList exec = lines(entry).filter(QRegularExpression(QStringLiteral("^Exec=")));
        REQUIRE(exec.size() == 1);
        CHECK(exec.first().endsWith(QStringLiteral(" status --notify --sandbox")));
        toggle->click();
        CHECK_FALSE(QFileInfo::exists(entry));
    }
    qputenv("XDG_CONFIG_HOME", before);
}
