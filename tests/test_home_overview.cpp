// The returning seller's overview: one line per mall from its latest record,
// the verdict in Japanese, a safe default in the unlink question, and
// screen-share mode shown. Real connectors, the sandbox's 楽天 fake over
// HTTPS on loopback, a real keychain and settings file.
#include "test_wizard_support.h"

#include "homewindow.h"
#include "overviewpage.h"
#include "recheckall.h"
#include "registry.h"
#include "screencheck.h"
#include "widgetchild.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace crossma;

namespace {

// A licence-expiry date `days` ahead, as 楽天's answer gives it (JST).
QString expiryIn(int days)
{
    const QTimeZone jst(9 * 3600);
    return QDateTime(QDateTime::currentDateTimeUtc().toTimeZone(jst).date().addDays(days),
                     QTime(23, 59, 59), jst)
        .toString(Qt::ISODate);
}

void saveRakuten(test::TestStore &t, const test::RakutenValues &values, int daysLeft)
{
    REQUIRE(test::storeSave(t.store, QStringLiteral("rakuten"),
                            {{QStringLiteral("serviceSecret"), values.secret},
                             {QStringLiteral("licenseKey"), values.license}},
                            {{QStringLiteral("shopUrl"), values.shopUrl}},
                            {{QStringLiteral("licenseExpiry"), expiryIn(daysLeft)}})
                .outcome.ok());
}

// Every text the mall's row shows, top to bottom.
QStringList rowTexts(QWidget *root, const QString &mallId)
{
    auto *row = test::child<QWidget>(root, QStringLiteral("row_") + mallId);
    QStringList texts;
    const auto labels = row->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->isVisible())
            texts << label->text();
    }
    return texts;
}

struct Home {
    test::SandboxFixture sandbox;
    test::RakutenValues rakuten;
    test::TestStore t;
    std::vector<std::unique_ptr<Connector>> connectors = createConnectors();
    std::unique_ptr<HomeWindow> home;

    explicit Home(bool screenShare = false)
    {
        const Endpoints endpoints = test::acceptRakuten(sandbox, rakuten, 41);
        saveRakuten(t, rakuten, 41);
        WizardContext context = test::contextFor(connectors, &t.store);
        context.endpoints = endpoints;
        context.screenShare = screenShare;
        home = std::make_unique<HomeWindow>(context);
        home->resize(1366, 768);
        home->show();
    }
};

}  // namespace

TEST_CASE("After editing a mall the overview shows its latest record only", "[home][overview]")
{
    Home h;
    OverviewPage *overview = h.home->overview();
    overview->recheckButton()->click();
    REQUIRE(test::waitFor([&] { return !overview->recheckAll()->isRunning(); }, 15000));
    // The re-check's own words, with the 41 days it found.
    REQUIRE(overview->rowProgress(QStringLiteral("rakuten")).contains(QStringLiteral("残り 41 日")));

    // 編集: the seller renews the key at 楽天 and saves it in the wizard (9 days left).
    overview->editButton(QStringLiteral("rakuten"))->click();
    REQUIRE(h.home->wizard());
    saveRakuten(h.t, h.rakuten, 9);
    h.home->wizard()->reject();
    REQUIRE(test::waitFor([&] { return h.home->isVisible(); }, 5000));

    const QStringList texts = rowTexts(h.home.get(), QStringLiteral("rakuten"));
    INFO(texts.join(QStringLiteral(" | ")).toStdString());
    CHECK(texts.filter(QStringLiteral("残り 9 日")).size() == 1);
    CHECK(texts.filter(QStringLiteral("残り 41 日")).isEmpty());
    CHECK(overview->rowProgress(QStringLiteral("rakuten")).isEmpty());
}

TEST_CASE("The overview says the last check's verdict in Japanese", "[home][overview]")
{
    Home h;
    auto *line = test::child<QLabel>(h.home->findChild<QWidget *>(QStringLiteral("row_rakuten")),
                                     QStringLiteral("rowLastCheck"));
    INFO(line->text().toStdString());
    CHECK(line->text().contains(QStringLiteral("接続できました")));
    CHECK_FALSE(line->text().contains(QStringLiteral("OK")));

    h.t.store.recordVerification(QStringLiteral("rakuten"), QStringLiteral("AUTH_REJECTED"));
    h.home->overview()->refresh();
    line = test::child<QLabel>(h.home->findChild<QWidget *>(QStringLiteral("row_rakuten")),
                               QStringLiteral("rowLastCheck"));
    INFO(line->text().toStdString());
    CHECK(line->text().contains(QStringLiteral("接続できませんでした")));
    CHECK(line->text().contains(QStringLiteral("AUTH_REJECTED")));  // for support, after the words
}

TEST_CASE("Enter in the unlink question keeps the link", "[home][overview]")
{
    Home h;
    OverviewPage::confirmUnlink = nullptr;  // the real question box
    bool answered = false;
    QString defaultName;
    // The question is modal: answer it from inside its own event loop, as a seller's Enter would.
    std::function<void()> pressEnter = [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(20, pressEnter);
            return;
        }
        defaultName = box->defaultButton() ? box->defaultButton()->text() : QString();
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : box;
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QApplication::sendEvent(target, &press);
        answered = true;
        if (box->isVisible())  // Enter did nothing at all: do not hang the test
            box->reject();
    };
    QTimer::singleShot(0, pressEnter);
    h.home->overview()->unlinkButton(QStringLiteral("rakuten"))->click();
    REQUIRE(answered);
    INFO("default button: " << defaultName.toStdString());
    CHECK(defaultName == QStringLiteral("キャンセル"));
    test::waitFor([] { return false; }, 300);
    CHECK(h.t.store.stored(QStringLiteral("rakuten")).linked);
    CHECK(test::keychainRead(h.t.service, QStringLiteral("rakuten")).ok());
}

TEST_CASE("Screen-share mode shows on the overview and in the support information",
          "[home][overview]")
{
    SECTION("started in screen-share mode")
    {
        Home h(/*screenShare=*/true);
        auto *banner = test::child<QLabel>(h.home.get(), QStringLiteral("screenShareBanner"));
        test::waitFor([] { return false; }, 50);
        CHECK(banner->isVisible());
        CHECK(banner->text().contains(QStringLiteral("画面共有モード")));
        CHECK(test::fullyInside(banner, h.home.get()));
        CHECK(test::drawnInBox(banner));
        CHECK(h.home->supportInformation().contains(QStringLiteral("画面共有モード: オン")));
        CHECK(h.home->grab().save(
            test::screenshotPath(QStringLiteral("home-screenshare-1366x768.png"))));
    }
    SECTION("switched on in the wizard: the overview says so when it comes back")
    {
        Home h;
        auto *banner = test::child<QLabel>(h.home.get(), QStringLiteral("screenShareBanner"));
        CHECK_FALSE(banner->isVisible());
        CHECK(h.home->supportInformation().contains(QStringLiteral("画面共有モード: オフ")));
        h.home->openWizard();
        REQUIRE(h.home->wizard());
        h.home->wizard()->setScreenShare(true);
        h.home->wizard()->reject();
        REQUIRE(test::waitFor([&] { return h.home->isVisible(); }, 5000));
        CHECK(banner->isVisible());
        CHECK(h.home->supportInformation().contains(QStringLiteral("画面共有モード: オン")));
    }
}
