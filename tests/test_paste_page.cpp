// Pasting on a mall page as the seller does it: Ctrl+V with no field
// selected, a value pasted into the wrong field, and the clipboard switch.
// Real widgets on the offscreen platform, found by objectName; the keys go
// the way a real key press goes (shortcut override first, then the focus).
#include <catch2/catch.hpp>

#include "amazon/amazonconnector.h"
#include "aupay/aupayconnector.h"
#include "clipboardassist.h"
#include "fieldeditor.h"
#include "mallpage.h"
#include "mallpagecontroller.h"
#include "pasteassist.h"
#include "rakuten/rakutenconnector.h"
#include "screencheck.h"
#include "setupwizard.h"
#include "test_wizard_support.h"
#include "testpki.h"
#include "waitfor.h"
#include "widgetchild.h"
#include "yahoo/yahooconnector.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>

// What a real key press does first (QtTest's keyClick does the same).
Q_GUI_EXPORT bool qt_sendShortcutOverrideEvent(QObject *o, ulong timestamp, int k,
                                               Qt::KeyboardModifiers mods,
                                               const QString &text = QString(),
                                               bool autorep = false, ushort count = 1);

using namespace crossma;
using test::child;

namespace {

const QString kClientId = QStringLiteral(
    "amzn1.application-oa2-client.4f1a9b0c2d3e4f5a6b7c8d9e0f1a2b3c");
const QString kRefreshToken = QStringLiteral(
    "Atzr|IwEBIHk3Qe0Jx1f0m8oWmYzM0l3dGm9kQ1BvZ2h0c2VjcmV0dmFsdWVfZm9yX3Rlc3RzX29ubHlfMDEyMzQ1Njc4"
    "OWFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6");
const QString kLicenseKey = QStringLiteral("SL338500_k3JfW9sQpZ2vHn8d");

// Ctrl+V at the keyboard focus: a field that takes the paste claims it in the
// shortcut override; otherwise the window's shortcuts get it.
void pressPaste()
{
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    if (qt_sendShortcutOverrideEvent(focus, 0, Qt::Key_V, Qt::ControlModifier))
        return;
    QKeyEvent press(QEvent::KeyPress, Qt::Key_V, Qt::ControlModifier, QStringLiteral("\x16"));
    QApplication::sendEvent(focus, &press);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_V, Qt::ControlModifier, QStringLiteral("\x16"));
    QApplication::sendEvent(focus, &release);
}

void settle()
{
    test::waitFor([] { return false; }, 50);
}

// The wizard with every mall, on one mall's page (Amazon's unless told),
// active at 1366×768.
struct PastePage {
    test::TestStore t;  // nothing is saved; the pages read the private keychain
    AmazonConnector amazon;
    RakutenConnector rakuten;
    YahooConnector yahoo;
    AupayConnector aupay;
    std::unique_ptr<SetupWizard> wizard;
    MallPage *page = nullptr;
    MallPageController *controller = nullptr;
    PasteAssist *assist = nullptr;

    explicit PastePage(const QString &mallId = QStringLiteral("amazon"))
    {
        WizardContext context;
        context.connectors = {&amazon, &rakuten, &yahoo, &aupay};
        context.store = &t.store;
        wizard = std::make_unique<SetupWizard>(context);
        wizard->resize(1366, 768);
        wizard->show();
        wizard->jumpTo(wizard->pageIdFor(mallId));
        REQUIRE(wizard->currentId() == wizard->pageIdFor(mallId));
        wizard->activateWindow();
        REQUIRE(test::waitFor([&] { return QApplication::activeWindow() == wizard.get(); }, 3000));
        page = wizard->mallPage(mallId);
        controller = wizard->controller(mallId);
        REQUIRE(page);
        REQUIRE(controller);
        assist = page->findChild<PasteAssist *>();
        REQUIRE(assist);
        settle();
        // Where the seller is when pasting: at the fields, below the procedure.
        child<QScrollArea>(page, QStringLiteral("contentScroll"))
            ->ensureWidgetVisible(page->findChildren<FieldEditor *>().constLast());
        settle();
    }
    // The test values leave the clipboard with the test.
    ~PastePage() { QApplication::clipboard()->clear(); }

    QLineEdit *field(const QString &id)
    {
        return child<QLineEdit>(page, QStringLiteral("field_") + id);
    }
    QWidget *offer() { return child<QWidget>(page, QStringLiteral("pasteOffer")); }
    QString offerText()
    {
        return offer()->isVisible() ? child<QLabel>(offer(), QStringLiteral("offerMessage"))->text()
                                    : QString();
    }
    QLabel *note() { return child<QLabel>(page, QStringLiteral("pasteNote")); }
    void shoot(const QString &name, QWidget *show)
    {
        settle();  // the page brings the note or the question into view itself
        CHECK(test::fullyInside(show, wizard.get()));
        CHECK(wizard->grab().save(test::screenshotPath(name)));
    }
};

}  // namespace

TEST_CASE("Ctrl+V with no field selected puts the value into the field its shape fits",
          "[paste][wizard]")
{
    PastePage p;
    child<QPushButton>(p.page, QStringLiteral("testButton"))->setFocus();
    QApplication::clipboard()->setText(QStringLiteral("  ") + kRefreshToken + QStringLiteral("\n"));
    pressPaste();
    CHECK(p.controller->value(QStringLiteral("refreshToken")) == kRefreshToken);
    CHECK(p.controller->value(QStringLiteral("lwaClientId")).isEmpty());
    CHECK(p.note()->isVisible());
    CHECK(p.note()->text() == QStringLiteral("リフレッシュトークン欄に入力しました"));
    // The secret shows masked in its field, and the note never shows it.
    CHECK(p.field(QStringLiteral("refreshToken"))->echoMode() == QLineEdit::Password);
    CHECK_FALSE(p.note()->text().contains(QStringLiteral("Atzr")));
    p.shoot(QStringLiteral("paste-note-1366x768.png"), p.note());

    // 「貼り付け」 does the same for the next value; the focus stays where it was.
    QApplication::clipboard()->setText(kClientId);
    child<QPushButton>(p.page, QStringLiteral("pasteButton"))->click();
    CHECK(p.controller->value(QStringLiteral("lwaClientId")) == kClientId);
    CHECK(p.note()->text() == QStringLiteral("LWAクライアントID欄に入力しました"));

    // Another mall's value is not entered: the note names the mall.
    QApplication::clipboard()->setText(kLicenseKey);
    pressPaste();
    CHECK(p.note()->text().contains(QStringLiteral("楽天市場")));
    CHECK(p.note()->text().contains(QStringLiteral("ライセンスキー")));
    for (const QString &id : {QStringLiteral("sellerId"), QStringLiteral("lwaClientSecret")})
        CHECK(p.controller->value(id).isEmpty());

    // An unknown shape is asked about, never guessed.
    QApplication::clipboard()->setText(QStringLiteral("hello world"));
    pressPaste();
    CHECK(p.offerText().contains(QStringLiteral("どの欄")));
    CHECK(p.controller->value(QStringLiteral("sellerId")).isEmpty());
    child<QPushButton>(p.offer(), QStringLiteral("pasteInto_sellerId"))->click();
    CHECK(p.controller->value(QStringLiteral("sellerId")) == QStringLiteral("hello world"));
    CHECK_FALSE(p.offer()->isVisible());
}

TEST_CASE("Pasting anywhere on the Yahoo! and au PAY pages mends what copying damaged",
          "[paste][wizard]")
{
    {
        PastePage p(QStringLiteral("yahoo"));
        // The public key without its BEGIN and END lines, as vendors' manuals warn.
        QStringList lines = QString::fromLatin1(testpki::Key::sharedRsa(0).publicKeyPem())
                                .trimmed()
                                .split(QLatin1Char('\n'));
        const QString pem = lines.join(QLatin1Char('\n'));
        lines.removeFirst();
        lines.removeLast();
        QApplication::clipboard()->setText(lines.join(QStringLiteral("\r\n")));
        child<QPushButton>(p.page, QStringLiteral("pasteButton"))->click();
        CHECK(p.controller->value(QStringLiteral("publicKey")).trimmed() == pem);
        CHECK(p.note()->text() == QStringLiteral("公開鍵欄に入力しました"));
    }
    {
        PastePage p(QStringLiteral("aupay"));
        QApplication::clipboard()->setText(QStringLiteral("\u3000１２３４５６７８\n"));
        child<QPushButton>(p.page, QStringLiteral("pasteButton"))->click();
        CHECK(p.controller->value(QStringLiteral("shopId")) == QStringLiteral("12345678"));
        CHECK(p.note()->text().endsWith(QStringLiteral("欄に入力しました")));
    }
}

TEST_CASE("A value pasted into the wrong field is offered a move, right values pass quietly",
          "[paste][wizard]")
{
    PastePage p;
    QLineEdit *refresh = p.field(QStringLiteral("refreshToken"));
    refresh->setFocus();
    QApplication::clipboard()->setText(kClientId);
    pressPaste();
    // The field took the paste itself (the page's Ctrl+V did not steal it).
    CHECK(p.controller->value(QStringLiteral("refreshToken")) == kClientId);
    CHECK(p.offerText()
          == QStringLiteral("これはLWAクライアントIDのようです。そちらに入力しますか？"));
    p.shoot(QStringLiteral("paste-wrong-field-1366x768.png"), p.offer());
    child<QPushButton>(p.offer(), QStringLiteral("pasteMove"))->click();
    CHECK(p.controller->value(QStringLiteral("lwaClientId")) == kClientId);
    CHECK(p.controller->value(QStringLiteral("refreshToken")).isEmpty());
    CHECK(p.note()->text() == QStringLiteral("LWAクライアントID欄に入力しました"));

    // The right value in the right field, pasted or typed: no question.
    QApplication::clipboard()->setText(kRefreshToken);
    refresh->setFocus();
    pressPaste();
    CHECK(p.controller->value(QStringLiteral("refreshToken")) == kRefreshToken);
    CHECK_FALSE(p.offer()->isVisible());
    QLineEdit *seller = p.field(QStringLiteral("sellerId"));
    seller->setFocus();
    for (QChar c : QStringLiteral("A1Q2W3E4R5T6Y7")) {
        QKeyEvent key(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(seller, &key);
    }
    CHECK(p.controller->value(QStringLiteral("sellerId")) == QStringLiteral("A1Q2W3E4R5T6Y7"));
    CHECK_FALSE(p.offer()->isVisible());

    // Another mall's value in a field: the offer says whose it is and can take it out.
    seller->selectAll();
    QApplication::clipboard()->setText(kLicenseKey);
    pressPaste();
    CHECK(p.offerText().contains(QStringLiteral("楽天市場のライセンスキー")));
    child<QPushButton>(p.offer(), QStringLiteral("pasteUndo"))->click();
    CHECK(p.controller->value(QStringLiteral("sellerId")) == QStringLiteral("A1Q2W3E4R5T6Y7"));
}

namespace {
// The Amazon page with the clipboard read through a counter, and the seller
// coming back to the window (from the browser) on demand.
struct ClipboardPage : PastePage {
    int reads = 0;
    QWidget *bar = child<QWidget>(page, QStringLiteral("clipboardOffer"));
    QCheckBox *on = child<QCheckBox>(page, QStringLiteral("clipboardAssistSwitch"));

    ClipboardPage()
    {
        assist->clipboardAssist()->setReader([this] {
            ++reads;
            return QApplication::clipboard()->text();
        });
    }
    void comeBack(const QString &copied)
    {
        QApplication::clipboard()->setText(copied);
        QEvent activate(QEvent::WindowActivate);
        QApplication::sendEvent(wizard.get(), &activate);
        settle();
    }
};
}  // namespace

TEST_CASE("The clipboard switch: off reads nothing, on offers a newly copied value once",
          "[paste][wizard]")
{
    ClipboardPage p;
    CHECK_FALSE(p.on->isChecked());  // off by default
    p.comeBack(kRefreshToken);
    CHECK(p.reads == 0);
    CHECK_FALSE(p.bar->isVisible());

    p.on->setChecked(true);
    p.comeBack(kRefreshToken);
    CHECK(p.reads == 1);
    REQUIRE(p.bar->isVisible());
    const QString message = child<QLabel>(p.bar, QStringLiteral("offerMessage"))->text();
    CHECK(message.contains(QStringLiteral("コピーしたリフレッシュトークン")));
    CHECK(message.contains(QStringLiteral("入力しますか？")));
    CHECK_FALSE(message.contains(kRefreshToken.mid(4, 20)));  // masked
    CHECK(test::fullyInside(p.bar, p.wizard.get()));
    CHECK(p.wizard->grab().save(
        test::screenshotPath(QStringLiteral("paste-clipboard-offer-1366x768.png"))));
    child<QPushButton>(p.bar, QStringLiteral("offerDismiss"))->click();  // 無視
    CHECK_FALSE(p.bar->isVisible());
    CHECK(p.controller->value(QStringLiteral("refreshToken")).isEmpty());
    p.comeBack(kRefreshToken);  // the same value: not offered again
    CHECK_FALSE(p.bar->isVisible());

    // A newly copied value: offered once, entered on 入力する.
    p.comeBack(kClientId);
    REQUIRE(p.bar->isVisible());
    child<QPushButton>(p.bar, QStringLiteral("clipboardAccept"))->click();
    CHECK(p.controller->value(QStringLiteral("lwaClientId")) == kClientId);
    CHECK(p.note()->text() == QStringLiteral("LWAクライアントID欄に入力しました"));
    p.comeBack(kClientId);  // already in its field
    CHECK_FALSE(p.bar->isVisible());
}

TEST_CASE("The clipboard switch never offers another mall's value, nor in screen-share mode",
          "[paste][wizard]")
{
    ClipboardPage p;
    p.on->setChecked(true);
    p.comeBack(kLicenseKey);
    CHECK(p.reads == 1);
    CHECK_FALSE(p.bar->isVisible());

    // Screen-share mode: nothing read, nothing offered, the switch cannot help.
    p.wizard->setScreenShare(true);
    CHECK_FALSE(p.on->isEnabled());
    p.comeBack(kRefreshToken);
    CHECK(p.reads == 1);
    CHECK_FALSE(p.bar->isVisible());
    p.wizard->setScreenShare(false);
    p.comeBack(kRefreshToken + QStringLiteral("x"));
    CHECK(p.reads == 2);
    REQUIRE(p.bar->isVisible());
    p.wizard->setScreenShare(true);  // a shown offer goes at once
    CHECK_FALSE(p.bar->isVisible());
    p.wizard->setScreenShare(false);
    p.comeBack(kRefreshToken + QStringLiteral("y"));
    REQUIRE(p.bar->isVisible());

    // Switched off: the offer goes, nothing more is read.
    p.on->setChecked(false);
    CHECK_FALSE(p.bar->isVisible());
    p.comeBack(kClientId);
    CHECK(p.reads == 3);
    CHECK_FALSE(p.bar->isVisible());
}
