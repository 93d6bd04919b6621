// 連携の状況 page and 「すべて再確認」: real connectors against the sandbox's
// HTTPS server, a real keychain (private gnome-keyring), a real settings file.
#include "test_wizard_support.h"
#include "testpaths.h"

#include "aupay/sandbox/aupayfake.h"
#include "core/connector.h"
#include "overviewpage.h"
#include "recheckall.h"
#include "registry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace crossma;

namespace {

QList<const Connector *> pointers(const std::vector<std::unique_ptr<Connector>> &all)
{
    QList<const Connector *> list;
    for (const auto &c : all)
        list.append(c.get());
    return list;
}

// 楽天's license-key call and au PAY's only call answer after `delayMs`.
Endpoints routeSlowMalls(test::SandboxFixture &sandbox, const test::RakutenValues &rakuten,
                         int delayMs)
{
    Endpoints endpoints = test::acceptRakuten(sandbox, rakuten);
    const QByteArray expected =
        "ESA " + (rakuten.secret + QLatin1Char(':') + rakuten.license).toUtf8().toBase64();
    const QString expiry = QDateTime::currentDateTimeUtc()
                               .toTimeZone(QTimeZone(9 * 3600))
                               .date()
                               .addDays(41)
                               .toString(Qt::ISODate);
    sandbox.server().route(
        "GET", QStringLiteral("/es/1.0/license-management/license-key/expiry-date"),
        [expected, expiry, delayMs](const sandbox::Request &request) {
            sandbox::Response r =
                request.header("authorization") == expected
                    ? sandbox::Response::json(200, "{\"expiryDate\":\"" + expiry.toLatin1()
                                                       + "T23:59:59\"}")
                    : sandbox::Response::json(
                        401, R"({"errors":[{"code":"GA0001","message":"Un-Authorised"}]})");
            r.withDelay(delayMs);
            return r;
        });
    sandbox.server().route("GET", QStringLiteral("/wmshopapi/searchShopCtgryInfos"),
                           [delayMs](const sandbox::Request &request) {
                               sandbox::Response r = sandbox::AupayFake::answer(request);
                               r.withDelay(delayMs);
                               return r;
                           });
    return endpoints;
}

void saveRakutenAndAupay(test::TestStore &t, const test::RakutenValues &rakuten)
{
    const auto a = test::storeSave(t.store, QStringLiteral("rakuten"),
                                   {{QStringLiteral("serviceSecret"), rakuten.secret},
                                    {QStringLiteral("licenseKey"), rakuten.license}},
                                   {{QStringLiteral("shopUrl"), rakuten.shopUrl}});
    REQUIRE(a.outcome.ok());
    const FieldValues aupay = sandbox::AupayFake::values(sandbox::AupayFake::Outcome::Accepted);
    const auto b = test::storeSave(
        t.store, QStringLiteral("aupay"),
        {{QStringLiteral("apiKey"), aupay.value(QStringLiteral("apiKey"))}},
        {{QStringLiteral("shopId"), aupay.value(QStringLiteral("shopId"))}});
    REQUIRE(b.outcome.ok());
}

struct Finished {
    QHash<QString, VerifyResult> results;
    QStringList started;
    bool all = false;
};

void listen(RecheckAll &recheck, Finished &f)
{
    QObject::connect(&recheck, &RecheckAll::mallStarted,
                     [&f](const QString &id) { f.started.append(id); });
    QObject::connect(&recheck, &RecheckAll::mallFinished,
                     [&f](const QString &id, const VerifyResult &r) { f.results.insert(id, r); });
    QObject::connect(&recheck, &RecheckAll::allFinished, [&f] { f.all = true; });
}

}  // namespace

TEST_CASE("Re-check all verifies the linked malls in parallel and records each result",
          "[overview]")
{
    test::SandboxFixture sandbox;
    test::RakutenValues rakuten;
    constexpr int kDelayMs = 1000;
    const Endpoints endpoints = routeSlowMalls(sandbox, rakuten, kDelayMs);
    test::TestStore t;
    saveRakutenAndAupay(t, rakuten);
    const auto connectors = createConnectors();

    RecheckAll recheck(pointers(connectors), &t.store, endpoints);
    Finished f;
    listen(recheck, f);
    QElapsedTimer clock;
    clock.start();
    recheck.start();
    CHECK(f.started.isEmpty());  // signals come later, never from start()
    REQUIRE(test::waitFor([&] { return f.all; }, 15000));
    const qint64 elapsed = clock.elapsed();

    CHECK(f.started == QStringList({QStringLiteral("rakuten"), QStringLiteral("aupay")}));
    REQUIRE(f.results.size() == 2);
    INFO(f.results.value(QStringLiteral("rakuten")).summary().toStdString());
    INFO(f.results.value(QStringLiteral("aupay")).summary().toStdString());
    CHECK(f.results.value(QStringLiteral("rakuten")).ok());
    CHECK(f.results.value(QStringLiteral("aupay")).ok());
    // Each mall alone takes the delay; one after the other would take twice that.
    INFO("elapsed ms: " << elapsed);
    CHECK(elapsed >= kDelayMs);
    CHECK(elapsed < kDelayMs * 16 / 10);
    WARN("re-check of two malls, each answering after " << kDelayMs << " ms, took " << elapsed
                                                        << " ms");

    const StoredMall r = t.store.stored(QStringLiteral("rakuten"));
    CHECK(r.lastResultCode == QStringLiteral("OK"));
    CHECK(r.lastVerifiedAt.isValid());
    CHECK(r.facts.contains(QStringLiteral("licenseExpiry")));
    const StoredMall a = t.store.stored(QStringLiteral("aupay"));
    CHECK(a.lastResultCode == QStringLiteral("OK"));
    CHECK(a.facts.contains(QStringLiteral("apiKeyExpiry")));
    test::storeRemove(t.store, QStringLiteral("aupay"));
}

TEST_CASE("Re-check all: a keychain failure is that mall's result, the others still run",
          "[overview]")
{
    test::SandboxFixture sandbox;
    test::RakutenValues rakuten;
    const Endpoints endpoints = routeSlowMalls(sandbox, rakuten, 0);
    test::TestStore t;
    saveRakutenAndAupay(t, rakuten);
    // The settings still say linked, the keychain lost the entry.
    REQUIRE(test::keychainRemove(t.service, QStringLiteral("aupay")).ok());
    const StoredMall before = t.store.stored(QStringLiteral("aupay"));
    const auto connectors = createConnectors();

    RecheckAll recheck(pointers(connectors), &t.store, endpoints);
    Finished f;
    listen(recheck, f);
    recheck.start();
    REQUIRE(test::waitFor([&] { return f.all; }, 15000));
    CHECK(f.results.value(QStringLiteral("rakuten")).ok());
    const VerifyResult failed = f.results.value(QStringLiteral("aupay"));
    CHECK(failed.code == QLatin1String(RecheckAll::kKeychainCode));
    CHECK_FALSE(failed.message.isEmpty());
    // Not a check of the mall: the last real result stays.
    CHECK(t.store.stored(QStringLiteral("aupay")).lastResultCode == before.lastResultCode);
    CHECK(t.store.stored(QStringLiteral("aupay")).lastVerifiedAt == before.lastVerifiedAt);
    test::storeRemove(t.store, QStringLiteral("aupay"));
}

TEST_CASE("Re-check all can be cancelled, and cancelled checks are not recorded", "[overview]")
{
    test::SandboxFixture sandbox;
    test::RakutenValues rakuten;
    const Endpoints endpoints = routeSlowMalls(sandbox, rakuten, 5000);
    test::TestStore t;
    saveRakutenAndAupay(t, rakuten);
    const StoredMall before = t.store.stored(QStringLiteral("rakuten"));
    const auto connectors = createConnectors();

    RecheckAll recheck(pointers(connectors), &t.store, endpoints);
    Finished f;
    listen(recheck, f);
    recheck.start();
    REQUIRE(test::waitFor([&] { return sandbox.server().requestCount() >= 2; }, 10000));
    recheck.cancel();
    REQUIRE(test::waitFor([&] { return f.all; }, 3000));
    CHECK(f.results.value(QStringLiteral("rakuten")).code == QLatin1String(Code::Cancelled));
    CHECK(f.results.value(QStringLiteral("aupay")).code == QLatin1String(Code::Cancelled));
    CHECK(t.store.stored(QStringLiteral("rakuten")).lastResultCode == before.lastResultCode);
    CHECK(t.store.stored(QStringLiteral("rakuten")).lastVerifiedAt == before.lastVerifiedAt);
    test::storeRemove(t.store, QStringLiteral("aupay"));
}

TEST_CASE("Unlink removes one mall's keychain entry and settings only, after a yes", "[overview]")
{
    test::SandboxFixture sandbox;
    test::RakutenValues rakuten;
    test::TestStore t;
    saveRakutenAndAupay(t, rakuten);
    const auto connectors = createConnectors();
    OverviewPage page(pointers(connectors), &t.store, sandbox.endpoints());

    QStringList asked;
    bool answer = false;
    OverviewPage::confirmUnlink = [&](QWidget *, const QString &name) {
        asked.append(name);
        return answer;
    };
    REQUIRE(page.unlinkButton(QStringLiteral("aupay")));
    CHECK_FALSE(page.unlinkButton(QStringLiteral("amazon"))->isEnabled());  // nothing to unlink

    page.unlinkButton(QStringLiteral("aupay"))->click();  // "no"
    CHECK(asked.size() == 1);
    test::waitFor([] { return false; }, 200);
    CHECK(t.store.stored(QStringLiteral("aupay")).linked);

    answer = true;
    QStringList unlinked;
    QObject::connect(&page, &OverviewPage::unlinked, [&](const QString &id) { unlinked.append(id); });
    page.unlinkButton(QStringLiteral("aupay"))->click();
    REQUIRE(test::waitFor([&] { return !unlinked.isEmpty(); }, 15000));
    OverviewPage::confirmUnlink = nullptr;

    CHECK(unlinked == QStringList{QStringLiteral("aupay")});
    CHECK_FALSE(t.store.stored(QStringLiteral("aupay")).linked);
    CHECK(test::keychainRead(t.service, QStringLiteral("aupay")).kind
          == KeychainAccess::Result::NotFound);
    CHECK_FALSE(t.files.bytes().contains("shopId"));
    // 楽天 is untouched.
    CHECK(t.store.stored(QStringLiteral("rakuten")).linked);
    CHECK(test::keychainRead(t.service, QStringLiteral("rakuten")).ok());
    CHECK(test::storeLoad(t.store, QStringLiteral("rakuten")).secrets.value(QStringLiteral("licenseKey"))
          == rakuten.license);
    CHECK_FALSE(page.unlinkButton(QStringLiteral("aupay"))->isEnabled());

    QStringList edits;
    QObject::connect(&page, &OverviewPage::editRequested,
                     [&](const QString &id) { edits.append(id); });
    page.editButton(QStringLiteral("rakuten"))->click();
    CHECK(edits == QStringList{QStringLiteral("rakuten")});
}

TEST_CASE("The overview puts expired keys first, then the ones expiring soon, each with a reminder",
          "[overview]")
{
    test::TestStore t;
    const QDateTime jstNow = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(9 * 3600));
    auto day = [&](int days) {
        return QDateTime(jstNow.date().addDays(days), QTime(23, 59, 59), QTimeZone(9 * 3600))
            .toString(Qt::ISODate);
    };
    REQUIRE(test::storeSave(t.store, QStringLiteral("amazon"),
                            {{QStringLiteral("refreshToken"), QStringLiteral("Atzr|x")}}, {}, {})
                .outcome.ok());
    REQUIRE(test::storeSave(t.store, QStringLiteral("rakuten"),
                            {{QStringLiteral("licenseKey"), QStringLiteral("SL1_abc")}}, {},
                            {{QStringLiteral("licenseExpiry"), day(40)}})
                .outcome.ok());
    REQUIRE(test::storeSave(t.store, QStringLiteral("yahoo"),
                            {{QStringLiteral("refreshToken"), QStringLiteral("rt-abcd")}}, {},
                            {{QStringLiteral("refreshTokenExpiry"), day(5)}})
                .outcome.ok());
    REQUIRE(test::storeSave(t.store, QStringLiteral("aupay"),
                            {{QStringLiteral("apiKey"), QStringLiteral("k-abcd")}}, {},
                            {{QStringLiteral("apiKeyExpiry"), day(-3)}})
                .outcome.ok());
    t.store.recordVerification(QStringLiteral("rakuten"), QStringLiteral("OK"));

    const auto connectors = createConnectors();
    QString aupayName, yahooName;
    for (const auto &c : connectors) {
        if (c->id() == QLatin1String("aupay"))
            aupayName = c->displayName();
        if (c->id() == QLatin1String("yahoo"))
            yahooName = c->displayName();
    }
    // A window of its own, as in HomeWindow.
    OverviewPage overview(pointers(connectors), &t.store, Endpoints());
    OverviewPage *page = &overview;
    page->resize(1366, 768);
    page->show();
    test::waitFor([] { return false; }, 100);

    const QStringList order = page->rowOrder();
    REQUIRE(order.size() == 4);
    CHECK(order.at(0) == QStringLiteral("aupay"));  // expired
    CHECK(order.at(1) == QStringLiteral("yahoo"));  // 5 days left
    CHECK(order.mid(2).contains(QStringLiteral("rakuten")));
    CHECK(order.mid(2).contains(QStringLiteral("amazon")));

    const QStringList reminders = page->reminders();
    REQUIRE(reminders.size() == 2);  // 楽天's 40 days need no reminder
    CHECK(reminders.at(0).startsWith(aupayName));
    CHECK(reminders.at(0).contains(QStringLiteral("Wow!")));  // where to renew
    CHECK(reminders.at(1).startsWith(yahooName));
    CHECK(page->findChildren<QLabel *>(QStringLiteral("reminder")).size() == 2);
    CHECK(page->recheckButton()->isEnabled());

    QDir().mkpath(crossma::test::screenshotDir());
    CHECK(page->grab().save(crossma::test::screenshotDir()
                            + QStringLiteral("/overview-1366x768.png")));

    for (const char *id : {"amazon", "yahoo", "aupay"})
        test::storeRemove(t.store, QString::fromLatin1(id));
}
