// Screen-share mode: secrets can be neither shown nor copied, the sample box
// masks its keys, the header says so, and the mode can be switched at run
// time (turning it on re-masks what was revealed). Also the side list jump.
#include "testpaths.h"
#include <catch2/catch.hpp>

#include "screencheck.h"
#include "widgetchild.h"

#include "fieldeditor.h"
#include "mallpage.h"
#include "sandboxcontext.h"
#include "sandboxexamplesbox.h"
#include "setupwizard.h"
#include "steplist.h"
#include "test_wizard_support.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace crossma;
using namespace crossma::test;

namespace {

void pressKeys(QWidget *w, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers);
    QApplication::sendEvent(w, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers);
    QApplication::sendEvent(w, &release);
}

void pressCopy(QWidget *w)
{
    // Ctrl+C as a shortcut override first, then the key itself: both paths a real press takes.
    QKeyEvent override(QEvent::ShortcutOverride, Qt::Key_C, Qt::ControlModifier);
    QApplication::sendEvent(w, &override);
    pressKeys(w, Qt::Key_C, Qt::ControlModifier);
}

struct ShareHarness {
    SandboxFixture sandbox;
    TestStore t;
    RakutenConnector connector;
    std::unique_ptr<SetupWizard> wizard;

    explicit ShareHarness(bool screenShare, bool withSandbox = false)
    {
        WizardContext context;
        context.connectors = {&connector};
        context.endpoints = sandbox.endpoints();
        context.store = &t.store;
        context.screenShare = screenShare;
        if (withSandbox)
            useSandbox(context, sandbox.malls());
        wizard = std::make_unique<SetupWizard>(context);
        wizard->resize(SetupWizard::kDefaultWidth, SetupWizard::kDefaultHeight);
        wizard->show();
    }
    MallPage *goToRakuten()
    {
        wizard->next();
        REQUIRE(wizard->currentId() == wizard->pageIdFor(QStringLiteral("rakuten")));
        return qobject_cast<MallPage *>(wizard->currentPage());
    }
};

}  // namespace

TEST_CASE("Screen-share mode: a secret cannot be revealed or copied", "[wizard]")
{
    ShareHarness h(/*screenShare=*/true);
    MallPage *page = h.goToRakuten();
    auto *line = child<QLineEdit>(page, QStringLiteral("field_licenseKey"));
    line->setFocus();
    line->insert(QStringLiteral("SL338500_sharedscreen"));
    auto *reveal = child<QAbstractButton>(page, QStringLiteral("reveal_licenseKey"));
    CHECK_FALSE(reveal->isEnabled());
    reveal->click();
    reveal->toggle();
    CHECK(line->echoMode() == QLineEdit::Password);

    QApplication::clipboard()->setText(QStringLiteral("before"));
    line->selectAll();
    pressCopy(line);
    CHECK(QApplication::clipboard()->text() == QStringLiteral("before"));

    CHECK(child<QLabel>(h.wizard.get(), QStringLiteral("screenShareBanner"))->isVisible());
    CHECK(child<QLabel>(h.wizard.get(), QStringLiteral("screenShareBanner"))
              ->text()
              .contains(QStringLiteral("画面共有モード")));
    CHECK(test::drawnInBox(child<QLabel>(h.wizard.get(), QStringLiteral("screenShareBanner"))));
    CHECK(child<QPushButton>(h.wizard.get(), QStringLiteral("screenShareToggle"))->isChecked());

    // The step indicator is larger than the text around it.
    auto *title = child<QLabel>(h.wizard.get(), QStringLiteral("stepTitle"));
    CHECK(title->text().startsWith(QStringLiteral("ステップ 2 / 3")));
    CHECK(title->font().pointSizeF() >= h.wizard->font().pointSizeF() * 1.4);
}

TEST_CASE("Turning screen-share mode on re-masks a revealed secret", "[wizard]")
{
    ShareHarness h(/*screenShare=*/false);
    MallPage *page = h.goToRakuten();
    auto *line = child<QLineEdit>(page, QStringLiteral("field_serviceSecret"));
    auto *reveal = child<QAbstractButton>(page, QStringLiteral("reveal_serviceSecret"));
    auto *toggle = child<QPushButton>(h.wizard.get(), QStringLiteral("screenShareToggle"));
    auto *banner = child<QLabel>(h.wizard.get(), QStringLiteral("screenShareBanner"));
    CHECK_FALSE(banner->isVisible());
    REQUIRE(reveal->isEnabled());
    reveal->click();
    REQUIRE(line->echoMode() == QLineEdit::Normal);

    toggle->click();
    CHECK(h.wizard->isScreenShare());
    CHECK(line->echoMode() == QLineEdit::Password);
    CHECK_FALSE(reveal->isEnabled());
    CHECK(banner->isVisible());
    CHECK(child<QLabel>(h.wizard.get(), QStringLiteral("screenShareBadge"))->isVisible());

    // Off again: the seller may reveal once more.
    toggle->click();
    CHECK_FALSE(h.wizard->isScreenShare());
    CHECK(reveal->isEnabled());
    CHECK_FALSE(banner->isVisible());
    CHECK(line->echoMode() == QLineEdit::Password);
}

TEST_CASE("A multiline secret is hidden in screen-share mode and never copied", "[wizard]")
{
    FieldSpec spec;
    spec.id = QStringLiteral("privateKey");
    spec.label = QStringLiteral("Private key");
    spec.kind = FieldSpec::Kind::Multiline;
    spec.secret = true;
    FieldEditor editor(spec, /*screenShare=*/false);
    editor.resize(400, 200);
    editor.show();
    auto *text = child<QPlainTextEdit>(&editor, QStringLiteral("field_privateKey"));
    text->setPlainText(
        QStringLiteral("-----BEGIN PRIVATE KEY-----\nMIIEsecret\n-----END PRIVATE KEY-----"));
    CHECK(text->contextMenuPolicy() == Qt::NoContextMenu);

    QApplication::clipboard()->setText(QStringLiteral("before"));
    text->selectAll();
    pressCopy(text);
    CHECK(QApplication::clipboard()->text() == QStringLiteral("before"));
    pressKeys(text, Qt::Key_X, Qt::ControlModifier);
    CHECK(text->toPlainText().contains(QStringLiteral("MIIEsecret")));  // not cut away either

    editor.setScreenShare(true);
    CHECK_FALSE(text->isVisible());
    auto *masked = child<QLabel>(&editor, QStringLiteral("masked_privateKey"));
    CHECK(masked->isVisible());
    CHECK_FALSE(masked->text().contains(QStringLiteral("MIIE")));
}

TEST_CASE("The sandbox sample box masks secret values in screen-share mode", "[wizard]")
{
    ShareHarness h(/*screenShare=*/true, /*withSandbox=*/true);
    MallPage *page = h.goToRakuten();
    auto *box = child<SandboxExamplesBox>(page, QStringLiteral("sandboxBox"));
    const auto scenarios = h.sandbox.malls().scenarios(QStringLiteral("rakuten"));
    REQUIRE_FALSE(scenarios.isEmpty());
    const QString secret = scenarios.first().values.value(QStringLiteral("serviceSecret"));
    const QString shopUrl = scenarios.first().values.value(QStringLiteral("shopUrl"));
    REQUIRE_FALSE(secret.isEmpty());
    auto *label = eventualChild<QLabel>(box, QStringLiteral("sandboxScenario_0"));
    CHECK(box->isMasked());
    CHECK_FALSE(label->text().contains(secret.toHtmlEscaped()));
    if (!shopUrl.isEmpty())
        CHECK(label->text().contains(shopUrl.toHtmlEscaped()));  // plain values stay readable

    h.wizard->setScreenShare(false);
    CHECK(label->text().contains(secret.toHtmlEscaped()));
    h.wizard->setScreenShare(true);
    CHECK_FALSE(label->text().contains(secret.toHtmlEscaped()));
}

TEST_CASE("The side list jumps to a step by mouse and by keyboard", "[wizard]")
{
    ShareHarness h(/*screenShare=*/false);
    StepList *steps = h.wizard->stepList();
    const int rakuten = h.wizard->pageIdFor(QStringLiteral("rakuten"));
    for (int i = 0; i < steps->count(); ++i)
        CHECK(steps->stepButton(i)->focusPolicy() & Qt::TabFocus);

    // Keyboard: to the summary with arrows and Enter.
    h.wizard->activateWindow();
    QApplication::setActiveWindow(h.wizard.get());
    steps->stepButton(rakuten)->setFocus();
    QWidget *focused = QApplication::focusWidget();
    REQUIRE(focused == steps->stepButton(rakuten));
    pressKeys(focused, Qt::Key_Down);
    focused = QApplication::focusWidget();
    pressKeys(focused, Qt::Key_Down);
    focused = QApplication::focusWidget();
    REQUIRE(focused == steps->stepButton(h.wizard->summaryId()));
    pressKeys(focused, Qt::Key_Return);
    CHECK(h.wizard->currentId() == h.wizard->summaryId());

    // Space goes back to the 楽天 step, and Up stops at the first step.
    steps->stepButton(rakuten)->setFocus();
    pressKeys(steps->stepButton(rakuten), Qt::Key_Space);
    CHECK(h.wizard->currentId() == rakuten);
    CHECK(qobject_cast<MallPage *>(h.wizard->currentPage())->isBuilt());
    steps->stepButton(0)->setFocus();
    pressKeys(steps->stepButton(0), Qt::Key_Up);
    CHECK(QApplication::focusWidget() == steps->stepButton(0));
    CHECK(h.wizard->currentId() == rakuten);

    // Mouse: a click on the first entry.
    QAbstractButton *first = steps->stepButton(0);
    const QPoint at = first->rect().center();
    QMouseEvent press(QEvent::MouseButtonPress, at, first->mapToGlobal(at), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(first, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, at, first->mapToGlobal(at), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(first, &release);
    CHECK(h.wizard->currentId() == h.wizard->welcomeId());
    // Back stays consistent after jumps.
    h.wizard->next();
    CHECK(h.wizard->currentId() == rakuten);
}

TEST_CASE("A mall page in screen-share mode fits 1366x768 and 150 % scaling (screenshots)",
          "[wizard]")
{
    ShareHarness h(/*screenShare=*/true, /*withSandbox=*/true);
    MallPage *page = h.goToRakuten();
    QDir().mkpath(crossma::test::screenshotDir());
    const struct {
        QSize size;
        const char *file;
    } sizes[] = {{QSize(SetupWizard::kDefaultWidth, SetupWizard::kDefaultHeight),
                  "wizard-screenshare-1366x768.png"},
                 {QSize(910, 512), "wizard-screenshare-150pct.png"}};
    for (const auto &s : sizes) {
        INFO(s.file);
        h.wizard->resize(s.size);
        waitFor([] { return false; }, 100);
        for (const char *name :
             {"testButton", "saveButton", "screenShareToggle", "screenShareBanner"})
            CHECK(fullyInside(h.wizard->findChild<QWidget *>(QLatin1String(name)), h.wizard.get()));
        CHECK(fullyInside(h.wizard->button(QWizard::NextButton), h.wizard.get()));
        CHECK(fullyInside(h.wizard->button(QWizard::BackButton), h.wizard.get()));
        CHECK(fullyInside(h.wizard->stepList(), h.wizard.get()));
        // The header does not cover the step title.
        auto *title = h.wizard->findChild<QLabel *>(QStringLiteral("stepTitle"));
        auto *header = h.wizard->findChild<QWidget *>(QStringLiteral("wizardHeader"));
        REQUIRE(title);
        REQUIRE(header);
        const QRect titleText(
            title->mapTo(h.wizard.get(), QPoint(0, 0)),
            QSize(title->fontMetrics().horizontalAdvance(title->text()), title->height()));
        CHECK_FALSE(titleText.intersects(
            QRect(header->mapTo(h.wizard.get(), QPoint(0, 0)), header->size())));
        CHECK(h.wizard->grab().save(crossma::test::screenshotDir() + QStringLiteral("/")
                                    + QLatin1String(s.file)));
    }
    CHECK(page->isVisible());
}
