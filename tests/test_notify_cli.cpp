// `crossma-setup status --notify`: the real program on a D-Bus session bus of
// its own, with a fake desktop notification service that records what it is
// asked to show. The settings hold real stored malls (saved through the real
// store, secrets in the private keychain).
#include "testpaths.h"
#include <catch2/catch.hpp>

#include "keychainprobe.h"
#include "notificationbus.h"
#include "waitfor.h"

#include "core/credentialstore.h"
#include "core/sellertime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

using namespace crossma;

namespace {

const QString kRakutenSecret = QStringLiteral("SP338500_notifyclisecret");
const QString kRakutenLicense = QStringLiteral("SL338500_notifyclilicense");

// The end of the day `days` ahead of today in Japan, as the connectors store it.
QString dayFromToday(int days)
{
    return japanDate(QDateTime::currentDateTimeUtc()).addDays(days).toString(Qt::ISODate)
           + QStringLiteral("T23:59:59+09:00");
}

// The program's settings profile in a folder of its own: 楽天 due in 5 days,
// Yahoo! expired yesterday (both within their warning days), au PAY in 60.
class Profile
{
public:
    Profile()
    {
        REQUIRE(m_config.isValid());
        QSettings settings(m_config.path() + QStringLiteral("/crossma/crossma-setup.conf"),
                           QSettings::IniFormat);
        CredentialStore store(m_service, &settings);
        store.setKeychainTimeout(15000);
        save(store, QStringLiteral("rakuten"),
             {{QStringLiteral("serviceSecret"), kRakutenSecret},
              {QStringLiteral("licenseKey"), kRakutenLicense}},
             {{QStringLiteral("licenseExpiry"), dayFromToday(5)}});
        save(store, QStringLiteral("yahoo"),
             {{QStringLiteral("refreshToken"), QStringLiteral("notifyclirefreshtoken")}},
             {{QStringLiteral("refreshTokenExpiry"), dayFromToday(-1)}});
        save(store, QStringLiteral("aupay"),
             {{QStringLiteral("apiKey"), QString(64, QLatin1Char('c'))}},
             {{QStringLiteral("apiKeyExpiry"), dayFromToday(60)}});
        settings.sync();
    }
    ~Profile()
    {
        QSettings settings(m_config.path() + QStringLiteral("/crossma/crossma-setup.conf"),
                           QSettings::IniFormat);
        CredentialStore store(m_service, &settings);
        for (const QString &mall : m_saved)
            test::storeRemove(store, mall);
    }

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QJsonObject json;
    };
    Run run(const QString &busAddress, const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        env.insert(QStringLiteral("CROSSMA_LANG"), QStringLiteral("ja"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
        process.setProcessEnvironment(env);
        process.start(test::appBinary(), args);
        REQUIRE(process.waitForStarted(10000));
        const bool finished = test::waitFor([&] { return process.state() == QProcess::NotRunning; },
                                            30000);
        if (!finished)
            process.kill();
        Run r;
        r.out = process.readAllStandardOutput();
        INFO("stdout: " << r.out.toStdString());
        INFO("stderr: " << process.readAllStandardError().toStdString());
        REQUIRE(finished);
        r.exitCode = process.exitCode();
        r.json = QJsonDocument::fromJson(r.out).object();
        REQUIRE(!r.json.isEmpty());
        return r;
    }

private:
    void save(CredentialStore &store, const QString &mall, const FieldValues &secrets,
              const QVariantMap &facts)
    {
        REQUIRE(test::storeSave(store, mall, secrets, {}, facts).outcome.ok());
        m_saved << mall;
    }

    QTemporaryDir m_config;
    QString m_service = test::uniqueKeychainService();
    QStringList m_saved;
};

QJsonObject expiryOf(const QJsonObject &status, const QString &mall)
{
    for (const QJsonValue &m : status.value(QStringLiteral("malls")).toArray()) {
        if (m.toObject().value(QStringLiteral("mall")).toString() == mall)
            return m.toObject().value(QStringLiteral("expiries")).toArray().at(0).toObject();
    }
    return {};
}

QString notifyState(const QJsonObject &status, const QString &mall)
{
    return expiryOf(status, mall).value(QStringLiteral("notify")).toString();
}

const QStringList kNotifyJson{QStringLiteral("status"), QStringLiteral("--notify"),
                              QStringLiteral("--json")};

}  // namespace

TEST_CASE("status --notify shows each due expiry once, and nothing more the same day", "[notify]")
{
    test::NotificationBus bus;
    REQUIRE(!bus.address().isEmpty());
    REQUIRE(bus.startService(test::NotificationBus::Seller::Ignores));
    Profile profile;

    const Profile::Run first = profile.run(bus.address(), kNotifyJson);
    CHECK(first.exitCode == 0);
    const QList<QJsonObject> shown = bus.notifications();
    REQUIRE(shown.size() == 2);  // 楽天 and Yahoo!; au PAY is not due
    // Soonest first: Yahoo! expired yesterday, then 楽天 in 5 days.
    const QJsonObject yahoo = shown.at(0);
    const QJsonObject rakuten = shown.at(1);
    CHECK(rakuten.value(QStringLiteral("title")).toString()
          == QStringLiteral("楽天市場: ライセンスキーの有効期限まで残り 5 日"));
    const QString body = rakuten.value(QStringLiteral("body")).toString();
    // The renewal step with the menu path; escaped, since the service reads markup.
    CHECK(body.contains(
        QStringLiteral("RMS（店舗様向け情報・サービス &gt; WEB APIサービス &gt; 利用設定）")));
    CHECK(body.contains(QStringLiteral("楽天市場")));
    CHECK(rakuten.value(QStringLiteral("urgency")).toInt() == 1);
    CHECK(rakuten.value(QStringLiteral("actions")).toArray().at(0).toString()
          == QStringLiteral("default"));
    CHECK(rakuten.value(QStringLiteral("desktopEntry")).toString()
          == QStringLiteral("jp.crossma.setup"));
    CHECK(yahoo.value(QStringLiteral("title")).toString().contains(QStringLiteral("過ぎました")));
    CHECK(yahoo.value(QStringLiteral("urgency")).toInt() == 2);
    for (const QJsonObject &n : shown) {
        const QByteArray bytes = QJsonDocument(n).toJson();
        CHECK_FALSE(bytes.contains(kRakutenSecret.toUtf8()));
        CHECK_FALSE(bytes.contains(kRakutenLicense.toUtf8()));
        CHECK_FALSE(bytes.contains("notifyclirefreshtoken"));
    }
    CHECK(first.json.value(QStringLiteral("notified")).toArray().size() == 2);
    CHECK(notifyState(first.json, QStringLiteral("rakuten")) == QStringLiteral("notified-today"));
    CHECK(notifyState(first.json, QStringLiteral("yahoo")) == QStringLiteral("notified-today"));
    CHECK(notifyState(first.json, QStringLiteral("aupay")) == QStringLiteral("not-due"));

    // The daily check again the same day (the timer after the login start).
    const Profile::Run second = profile.run(bus.address(), kNotifyJson);
    CHECK(second.exitCode == 0);
    CHECK(bus.notifications().size() == 2);
    CHECK(second.json.value(QStringLiteral("notified")).toArray().isEmpty());

    // Plain status reads the record; it never notifies.
    const Profile::Run status = profile.run(bus.address(),
                                            {QStringLiteral("status"), QStringLiteral("--json")});
    CHECK(status.exitCode == 0);
    const QJsonObject expiry = expiryOf(status.json, QStringLiteral("rakuten"));
    CHECK(expiry.value(QStringLiteral("notify")).toString() == QStringLiteral("notified-today"));
    CHECK(expiry.value(QStringLiteral("daysLeft")).toInt() == 5);
    const QDateTime last = QDateTime::fromString(
        expiry.value(QStringLiteral("lastNotifiedAt")).toString(), Qt::ISODate);
    CHECK(qAbs(last.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    CHECK(bus.notifications().size() == 2);
}

TEST_CASE("status --notify without a notification service exits 3 and tries again next time",
          "[notify]")
{
    test::NotificationBus bus;
    REQUIRE(!bus.address().isEmpty());
    Profile profile;

    const Profile::Run failed = profile.run(bus.address(), kNotifyJson);
    CHECK(failed.exitCode == 3);
    CHECK(!failed.json.value(QStringLiteral("notifyError")).toString().isEmpty());
    CHECK(notifyState(failed.json, QStringLiteral("rakuten")) == QStringLiteral("due"));

    REQUIRE(bus.startService(test::NotificationBus::Seller::Ignores));
    const Profile::Run later = profile.run(bus.address(), kNotifyJson);
    CHECK(later.exitCode == 0);
    CHECK(bus.notifications().size() == 2);
}
