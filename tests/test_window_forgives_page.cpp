// The wizard forgives a seller's natural moves: a passed but unsaved test is
// never lost without a question (次へ, 戻る, the side list, ×, Esc,
// キャンセル), Enter after a save goes on, 編集 edits one mall, a verdict
// leaves with the values it spoke of, the mall's own word comes first and the
// verdict looks read-only. Offscreen, real widgets, the sandbox's fakes over
// loopback HTTPS and the private keychain.
#include "testpaths.h"
#include <catch2/catch.hpp>

#include "screencheck.h"
#include "widgetchild.h"

#include "aupay/aupayconnector.h"
#include "aupay/sandbox/aupayfake.h"
#include "homewindow.h"
#include "mallpage.h"
#include "mallpagecontroller.h"
#include "overviewpage.h"
#include "registry.h"
#include "sandboxcontext.h"
#include "setupwizard.h"
#include "steplist.h"
#include "test_wizard_support.h"
#include "welcomepage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPointer>
#include <QPushButton>

using namespace crossma;
using namespace crossma::test;
using State = MallPageController::State;

namespace {

const QString kQuestion = QStringLiteral(
    "接続テストに成功した内容をまだ保存していません。保存しますか？");

void type(QLineEdit *line, const QString &text)
{
    line->selectAll();
    line->insert(text);  // textEdited fires, as with the keyboard
}

void press(QWidget *w, int key)
{
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(w, &down);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier);
    QApplication::sendEvent(w, &up);
}

void click(QWidget *w, QPoint at)
{
    QMouseEvent down(QEvent::MouseButtonPress, at, w->mapToGlobal(at), Qt::LeftButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w, &down);
    QMouseEvent up(QEvent::MouseButtonRelease, at, w->mapToGlobal(at), Qt::LeftButton, Qt::NoButton,
                   Qt::NoModifier);
    QApplication::sendEvent(w, &up);
}

// The question, as the seller sees it: a shown message box among the top-level windows.
QMessageBox *shownQuestion()
{
    QMessageBox *found = nullptr;
    waitFor(
        [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->isVisible() && box->text() == kQuestion)
                    found = box;
            }
            return found != nullptr;
        },
        2000);
    return found;
}

// Clicks the box's button with that text (保存する / 保存しない / 戻る).
void answer(QMessageBox *box, const QString &text)
{
    REQUIRE(box);
    QAbstractButton *chosen = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            chosen = b;
    }
    INFO("button " << text.toStdString());
    REQUIRE(chosen);
    chosen->click();
    waitFor([box] { return !box->isVisible(); }, 2000);
}

// The wizard over 楽天 and one more mall, the fake accepting `good`.
struct Forgiving {
    SandboxFixture sandbox;
    TestStore t;
    RakutenConnector rakuten;
    AupayConnector aupay;
    RakutenValues good;
    std::unique_ptr<SetupWizard> wizard;
    MallPage *page = nullptr;

    Forgiving()
    {
        WizardContext context;
        context.connectors = {&rakuten, &aupay};
        context.endpoints = acceptRakuten(sandbox, good);
        context.store = &t.store;
        wizard = std::make_unique<SetupWizard>(context);
        wizard->resize(SetupWizard::kDefaultWidth, SetupWizard::kDefaultHeight);
        wizard->show();
        page = wizard->mallPage(QStringLiteral("rakuten"));
        REQUIRE(page);
        wizard->next();
        REQUIRE(wizard->currentPage() == page);
    }
    ~Forgiving() { storeRemove(t.store, QStringLiteral("aupay")); }
    MallPageController *controller() const { return page->controller(); }
    QLineEdit *field(const char *id)
    {
        return child<QLineEdit>(page, QStringLiteral("field_") + QLatin1String(id));
    }
    QPushButton *button(const char *name) { return child<QPushButton>(page, QLatin1String(name)); }
    bool waitIdle()
    {
        MallPageController *c = controller();
        return waitFor([c] { return !c->isChecking() && c->state() != State::Saving; }, 15000);
    }
    void passTest(const QString &license)
    {
        type(field("serviceSecret"), good.secret);
        type(field("licenseKey"), license);
        type(field("shopUrl"), good.shopUrl);
        button("testButton")->click();
        REQUIRE(waitIdle());
    }
    void pass()
    {
        passTest(good.license);
        REQUIRE(controller()->canSave());
    }
    bool savedInStore() const { return t.store.stored(QStringLiteral("rakuten")).linked; }
};

}  // namespace

TEST_CASE("次へ with a passed but unsaved test asks: 保存する saves and goes on, 保存しない goes "
          "on, 戻る stays",
          "[wizard][forgives]")
{
    Forgiving h;
    h.pass();
    const int rakuten = h.wizard->currentId();
    h.wizard->button(QWizard::NextButton)->click();
    QMessageBox *box = shownQuestion();
    REQUIRE(box);
    CHECK(box->defaultButton());
    CHECK(box->defaultButton()->text().remove(QLatin1Char('&')) == QStringLiteral("保存する"));
    CHECK(h.wizard->currentId() == rakuten);  // nothing moved while it asks

    SECTION("保存する")
    {
        answer(box, QStringLiteral("保存する"));
        REQUIRE(waitFor([&] { return h.wizard->currentId() != rakuten; }, 15000));
        CHECK(h.savedInStore());
        CHECK(h.controller()->isLinked());
    }
    SECTION("保存しない")
    {
        answer(box, QStringLiteral("保存しない"));
        CHECK(waitFor([&] { return h.wizard->currentId() != rakuten; }, 2000));
        CHECK_FALSE(h.savedInStore());
    }
    SECTION("戻る")
    {
        answer(box, QStringLiteral("戻る"));
        waitFor([] { return false; }, 100);
        CHECK(h.wizard->currentId() == rakuten);
        CHECK(h.controller()->canSave());  // the pass is still there to save
        CHECK_FALSE(h.savedInStore());
    }
}

TEST_CASE("戻る and the side list ask too, and with nothing unsaved nothing is asked",
          "[wizard][forgives]")
{
    Forgiving h;
    const int rakuten = h.wizard->currentId();
    SECTION("nothing passed: 戻る just goes back")
    {
        h.wizard->button(QWizard::BackButton)->click();
        CHECK(h.wizard->currentId() == h.wizard->welcomeId());
    }
    SECTION("戻る after a pass")
    {
        h.pass();
        h.wizard->button(QWizard::BackButton)->click();
        QMessageBox *box = shownQuestion();
        REQUIRE(box);
        answer(box, QStringLiteral("保存しない"));
        CHECK(waitFor([&] { return h.wizard->currentId() == h.wizard->welcomeId(); }, 2000));
    }
    SECTION("a click in the side list after a pass")
    {
        h.pass();
        QAbstractButton *summary = h.wizard->stepList()->stepButton(h.wizard->summaryId());
        click(summary, summary->rect().center());
        QMessageBox *box = shownQuestion();
        REQUIRE(box);
        answer(box, QStringLiteral("戻る"));
        CHECK(h.wizard->currentId() == rakuten);
    }
    SECTION("a failed test is nothing to save")
    {
        h.passTest(QStringLiteral("SL338500_notthelicense"));
        REQUIRE_FALSE(h.controller()->canSave());
        h.wizard->button(QWizard::NextButton)->click();
        CHECK(h.wizard->currentId() != rakuten);
    }
}

TEST_CASE("×, Esc and キャンセル with a passed but unsaved test ask before the wizard closes",
          "[wizard][forgives]")
{
    Forgiving h;
    h.pass();
    // On to the next page without saving: the pass on 楽天 still counts there.
    const int rakuten = h.wizard->currentId();
    h.wizard->button(QWizard::NextButton)->click();
    answer(shownQuestion(), QStringLiteral("保存しない"));
    REQUIRE(waitFor([&] { return h.wizard->currentId() != rakuten; }, 2000));

    SECTION("× then 戻る: the wizard stays")
    {
        h.wizard->close();
        QMessageBox *box = shownQuestion();
        REQUIRE(box);
        answer(box, QStringLiteral("戻る"));
        waitFor([] { return false; }, 100);
        CHECK(h.wizard->isVisible());
        CHECK_FALSE(h.savedInStore());
    }
    SECTION("Esc then 保存する: saved, then closed")
    {
        press(h.wizard.get(), Qt::Key_Escape);
        QMessageBox *box = shownQuestion();
        REQUIRE(box);
        answer(box, QStringLiteral("保存する"));
        REQUIRE(waitFor([&] { return !h.wizard->isVisible(); }, 15000));
        CHECK(h.savedInStore());
    }
    SECTION("キャンセル then 保存しない: closed, nothing saved")
    {
        h.wizard->button(QWizard::CancelButton)->click();
        QMessageBox *box = shownQuestion();
        REQUIRE(box);
        answer(box, QStringLiteral("保存しない"));
        CHECK(waitFor([&] { return !h.wizard->isVisible(); }, 2000));
        CHECK_FALSE(h.savedInStore());
    }
    SECTION("after saving, Esc closes without a question")
    {
        h.wizard->button(QWizard::BackButton)->click();
        REQUIRE(h.wizard->currentId() == rakuten);
        h.button("saveButton")->click();
        REQUIRE(h.waitIdle());
        REQUIRE(h.savedInStore());
        press(h.wizard.get(), Qt::Key_Escape);
        CHECK_FALSE(shownQuestion());
        CHECK(waitFor([&] { return !h.wizard->isVisible(); }, 5000));
    }
}

TEST_CASE("After 【この内容で更新】 the keyboard focus is on 次へ", "[wizard][forgives]")
{
    Forgiving h;
    h.pass();
    h.button("saveButton")->setFocus();
    h.button("saveButton")->click();
    REQUIRE(h.waitIdle());
    REQUIRE(h.controller()->state() == State::Saved);
    waitFor([] { return false; }, 50);
    CHECK(h.wizard->focusWidget() == h.wizard->button(QWizard::NextButton));
    CHECK(h.wizard->focusWidget() != h.wizard->button(QWizard::BackButton));
}

TEST_CASE("編集 on the overview edits that one mall and 完了 returns to the overview",
          "[wizard][forgives]")
{
    TestStore t;
    const auto connectors = createConnectors();
    WizardContext context = test::contextFor(connectors, &t.store);
    HomeWindow home(context);
    home.show();
    // Not the last mall: a wizard walking on would reach another mall's page.
    const QString mall = context.connectors.first()->id();
    home.overview()->editButton(mall)->click();
    QPointer<SetupWizard> wizard = home.wizard();
    REQUIRE(wizard);
    CHECK(wizard->currentId() == wizard->pageIdFor(mall));

    // Onward, as the seller would: 次へ if it is shown, else 完了.
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QAbstractButton *onward = next->isVisible() ? next : wizard->button(QWizard::FinishButton);
    REQUIRE(onward->isVisible());
    onward->click();
    CHECK((!wizard || wizard->currentId() == wizard->pageIdFor(mall) || !wizard->isVisible()));
    REQUIRE(waitFor([&] { return home.isVisible(); }, 5000));
    CHECK((!wizard || !wizard->isVisible()));
}

TEST_CASE("A verdict leaves with its values: typing or a sample example clears it",
          "[wizard][forgives]")
{
    SandboxFixture sandbox;
    TestStore t;
    RakutenConnector rakuten;
    WizardContext context;
    context.connectors = {&rakuten};
    context.endpoints = sandbox.endpoints();
    context.store = &t.store;
    useSandbox(context, sandbox.malls());
    REQUIRE(context.samples.value(QStringLiteral("rakuten")).size() >= 2);
    SetupWizard wizard(context);
    wizard.show();
    wizard.next();
    MallPage *page = wizard.mallPage(QStringLiteral("rakuten"));
    auto *panel = child<QWidget>(page, QStringLiteral("resultPanel"));
    const auto runTest = [&] {
        child<QPushButton>(page, QStringLiteral("testButton"))->click();
        REQUIRE(waitFor([&] { return !page->controller()->isChecking(); }, 15000));
        REQUIRE(page->controller()->hasResult());
        CHECK(panel->isVisible());
    };
    // A wrong value: the red box.
    type(child<QLineEdit>(page, QStringLiteral("field_licenseKey")),
         QStringLiteral("SL338500_notthelicense"));
    type(child<QLineEdit>(page, QStringLiteral("field_serviceSecret")),
         QStringLiteral("SP338500_notthesecret"));
    type(child<QLineEdit>(page, QStringLiteral("field_shopUrl")),
         QStringLiteral("https://www.rakuten.co.jp/crossma-demo/"));
    runTest();
    CHECK_FALSE(page->controller()->lastResult().ok());

    SECTION("typed")
    {
        type(child<QLineEdit>(page, QStringLiteral("field_licenseKey")),
             QStringLiteral("SL338500_another"));
        CHECK_FALSE(panel->isVisible());
    }
    SECTION("入力する of a sample example")
    {
        child<QPushButton>(page, QStringLiteral("sandboxFill_0"))->click();
        CHECK_FALSE(panel->isVisible());
        runTest();  // and a new verdict for the new values
    }
}

TEST_CASE("The mall's own code and message are the result's first line, in normal type, and its "
          "cause comes first",
          "[wizard][forgives]")
{
    SandboxFixture sandbox;
    TestStore t;
    AupayConnector aupay;
    WizardContext context;
    context.connectors = {&aupay};
    context.endpoints = sandbox.endpoints();
    context.store = &t.store;
    SetupWizard wizard(context);
    wizard.show();
    wizard.next();
    MallPage *page = wizard.mallPage(QStringLiteral("aupay"));
    // The fake answers as au PAY does for an unregistered source address
    // (MALLS.md, au PAY マーケット: <error><code>PME0108</code>
    // <message>接続元IPアドレスが許可されていません。</message>).
    page->controller()->fill(
        sandbox::AupayFake::values(sandbox::AupayFake::Outcome::AddressNotAllowed));
    child<QPushButton>(page, QStringLiteral("testButton"))->click();
    REQUIRE(waitFor([&] { return page->controller()->hasResult(); }, 15000));
    REQUIRE(page->controller()->lastResult().mallCode == QStringLiteral("PME0108"));
    waitFor([] { return false; }, 50);

    auto *panel = child<QWidget>(page, QStringLiteral("resultPanel"));
    QLabel *top = nullptr;  // the visible label nearest the panel's top
    for (QLabel *label : panel->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty()
            && (!top || label->mapTo(panel, QPoint()).y() < top->mapTo(panel, QPoint()).y()))
            top = label;
    }
    REQUIRE(top);
    INFO(top->text().toStdString());
    CHECK(top->text().contains(QStringLiteral("PME0108 接続元IPアドレスが許可されていません")));
    auto *text = child<QLabel>(page, QStringLiteral("resultText"));
    CHECK(top->font().pointSizeF() >= text->font().pointSizeF());  // not small print
    // The causes, most likely first: the one the mall named.
    const QString html = text->text();
    const int firstCause = html.indexOf(QStringLiteral("<li>"));
    REQUIRE(firstCause >= 0);
    CHECK(html.mid(firstCause, html.indexOf(QStringLiteral("</li>"), firstCause) - firstCause)
              .contains(QStringLiteral("接続元IPアドレス")));
}

TEST_CASE("Result boxes are read-only text: selectable, no text cursor, and copying says so",
          "[wizard][forgives]")
{
    Forgiving h;
    h.passTest(QStringLiteral("SL338500_notthelicense"));
    waitFor([] { return false; }, 50);
    auto *text = child<QLabel>(h.page, QStringLiteral("resultText"));
    CHECK(text->textInteractionFlags() & Qt::TextSelectableByMouse);
    CHECK_FALSE(text->textInteractionFlags() & (Qt::TextEditable | Qt::TextSelectableByKeyboard));

    // A click into the verdict focuses it (the keyboard and screen readers
    // reach it) but draws no text cursor: unfocused, it looks the same.
    const QRect inside = text->rect().adjusted(3, 3, -3, -3);
    click(text, QPoint(text->width() / 3, text->fontMetrics().height() / 2 + 2));
    REQUIRE(waitFor([&] { return text->hasFocus(); }, 1000));
    const QImage focused = text->grab(inside).toImage();
    waitFor([] { return false; }, 600);  // half a blink later
    const QImage later = text->grab(inside).toImage();
    text->clearFocus();
    const QImage unfocused = text->grab(inside).toImage();
    CHECK(focused == unfocused);
    CHECK(later == unfocused);

    QGuiApplication::clipboard()->clear();
    h.button("copySupportInfo")->click();
    CHECK(QGuiApplication::clipboard()->text().contains(QStringLiteral("mall: rakuten")));
    auto *feedback = child<QLabel>(h.page, QStringLiteral("copyFeedback"));
    CHECK(feedback->isVisible());
    CHECK(feedback->text().contains(QStringLiteral("コピーしました")));
}

TEST_CASE("Screen-share mode in the wizard says whether it is on, and can be switched off there",
          "[wizard][forgives]")
{
    TestStore t;
    RakutenConnector rakuten;
    WizardContext context;
    context.connectors = {&rakuten};
    context.store = &t.store;
    context.screenShare = true;  // as with --screen-share
    SetupWizard wizard(context);
    wizard.show();
    auto *toggle = child<QPushButton>(&wizard, QStringLiteral("screenShareToggle"));
    REQUIRE(toggle->isVisible());
    REQUIRE(toggle->isEnabled());
    CHECK(toggle->text() == QStringLiteral("画面共有モード：オン"));
    CHECK(toggle->accessibleName() == toggle->text());

    toggle->click();
    CHECK_FALSE(wizard.isScreenShare());
    CHECK(toggle->text() == QStringLiteral("画面共有モード：オフ"));
    CHECK_FALSE(child<QLabel>(&wizard, QStringLiteral("screenShareBanner"))->isVisible());
}
