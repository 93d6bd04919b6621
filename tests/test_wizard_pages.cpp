// The wizard's widgets, offscreen: the 楽天市場 page driven like a seller would
// (typing, clicking), against the sandbox server and the private keychain.
#include "testpaths.h"
#include <catch2/catch.hpp>

#include "screencheck.h"
#include "widgetchild.h"

#include "mallpage.h"
#include "mallpagecontroller.h"
#include "registry.h"
#include "sandboxcontext.h"
#include "setupwizard.h"
#include "steplist.h"
#include "summarypage.h"
#include "test_wizard_support.h"
#include "welcomepage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QTimer>

using namespace crossma;
using namespace crossma::test;
using State = MallPageController::State;

namespace {

// Typing as the seller does: textEdited fires, as with the keyboard.
void type(QLineEdit *line, const QString &text)
{
    line->selectAll();
    if (text.isEmpty())
        line->del();
    else
        line->insert(text);
}

// How a test wants the wizard: which malls, which mode, how 楽天 answers.
struct HarnessOptions {
    bool hang = false;         // 楽天 never answers (for cancel)
    bool screenShare = false;  // secrets can never be revealed
    bool allMalls = false;     // every registered mall, not only 楽天
    bool sandbox = false;      // --sandbox: the fakes as they are, with their samples
};

struct WizardHarness {
    SandboxFixture sandbox;
    TestStore t;
    RakutenConnector connector;
    RakutenValues good;
    Endpoints endpoints;
    std::unique_ptr<SetupWizard> wizard;
    MallPage *page = nullptr;

    std::vector<std::unique_ptr<Connector>> registry;  // every mall, for the full wizard
    bool allMalls = false;
    bool sandboxMode = false;

    explicit WizardHarness(const HarnessOptions &options = {})
        : allMalls(options.allMalls), sandboxMode(options.sandbox)
    {
        // The sandbox mode talks to the fakes as they are; otherwise 楽天 accepts `good`.
        endpoints = sandboxMode ? sandbox.endpoints()
                                : acceptRakuten(sandbox, good, 41, options.hang);
        if (allMalls)
            registry = createConnectors();
        open(options.screenShare);
    }
    void open(bool screenShare = false)
    {
        wizard.reset();
        WizardContext context;
        if (allMalls) {
            for (const auto &c : registry)
                context.connectors.append(c.get());
        } else {
            context.connectors = {&connector};
        }
        context.endpoints = endpoints;
        context.store = &t.store;
        context.screenShare = screenShare;
        if (sandboxMode)
            useSandbox(context, sandbox.malls());
        wizard = std::make_unique<SetupWizard>(context);
        wizard->resize(SetupWizard::kDefaultWidth, SetupWizard::kDefaultHeight);
        wizard->show();
        page = wizard->mallPage(QStringLiteral("rakuten"));
        REQUIRE(page);
    }
    void goToRakuten()
    {
        // Only 楽天 this time: Next goes straight there.
        for (int id = 1; id < wizard->summaryId(); ++id) {
            const QString mall = static_cast<MallPage *>(wizard->page(id))->controller()->mallId();
            wizard->welcomePage()->setChosen(mall, mall == QLatin1String("rakuten"));
        }
        wizard->next();
        REQUIRE(wizard->currentId() == wizard->pageIdFor(QStringLiteral("rakuten")));
    }
    QLineEdit *field(const char *id)
    {
        return child<QLineEdit>(page, QStringLiteral("field_") + QLatin1String(id));
    }
    QPushButton *button(const char *name) { return child<QPushButton>(page, QLatin1String(name)); }
    void typeGood()
    {
        type(field("serviceSecret"), good.secret);
        type(field("licenseKey"), good.license);
        type(field("shopUrl"), good.shopUrl);
    }
    bool waitIdle()
    {
        MallPageController *c = page->controller();
        return waitFor([c] { return !c->isChecking() && c->state() != State::Saving; }, 15000);
    }
};

}  // namespace

TEST_CASE("The 楽天 page gates 【この内容で更新】 on a passed test of exactly these values",
          "[wizard]")
{
    WizardHarness h;
    h.goToRakuten();
    QPushButton *save = h.button("saveButton");
    QPushButton *test = h.button("testButton");
    CHECK_FALSE(save->isEnabled());

    h.typeGood();
    CHECK(h.page->controller()->value(QStringLiteral("licenseKey")) == h.good.license);
    CHECK_FALSE(save->isEnabled());
    save->click();  // disabled: nothing happens
    CHECK(h.page->controller()->state() == State::Editing);

    test->click();
    REQUIRE(h.waitIdle());
    auto *resultText = child<QLabel>(h.page, QStringLiteral("resultText"));
    INFO(resultText->text().toStdString());
    REQUIRE(h.page->controller()->lastResult().ok());
    CHECK(save->isEnabled());
    CHECK(resultText->isVisible());
    CHECK(resultText->text().contains(QStringLiteral("接続できました")));
    CHECK(h.wizard->focusWidget() == resultText);  // read out, and Tab goes on from there
    CHECK(resultText->text().contains(QStringLiteral("41")));

    SECTION("an edit disables it again")
    {
        type(h.field("shopUrl"), QStringLiteral("crossma-demo"));
        CHECK_FALSE(save->isEnabled());
    }
    SECTION("a failure disables it")
    {
        type(h.field("licenseKey"), QStringLiteral("SL338500_wrongkey"));
        test->click();
        REQUIRE(h.waitIdle());
        CHECK_FALSE(save->isEnabled());
        CHECK(resultText->text().contains(QStringLiteral("接続できませんでした")));
        // The mall's code and text verbatim, in small print.
        auto *mallText = child<QLabel>(h.page, QStringLiteral("resultMallText"));
        CHECK(mallText->text().contains(QStringLiteral("NG AuthError")));
        CHECK(resultText->text().contains(QStringLiteral("<li>")));  // the likely causes
        // Support information for the clipboard: the mall's words, never the keys.
        QGuiApplication::clipboard()->clear();
        h.button("copySupportInfo")->click();
        const QString support = QGuiApplication::clipboard()->text();
        INFO(support.toStdString());
        CHECK(support.contains(QStringLiteral("mallCode: NG")));
        CHECK_FALSE(support.contains(h.good.secret));
        CHECK_FALSE(support.contains(QStringLiteral("SL338500_wrongkey")));
    }
}

TEST_CASE("Per-field problems show under their fields and nothing is sent", "[wizard]")
{
    WizardHarness h;
    h.goToRakuten();
    type(h.field("serviceSecret"),
         QStringLiteral("ＳＰ３３８５００＿ａｂｃ"));  // full-width: fine after normalising
    type(h.field("licenseKey"), QStringLiteral("SP338500_abc"));  // the secret again
    h.button("testButton")->click();
    CHECK_FALSE(h.page->controller()->isChecking());
    auto *secretError = child<QLabel>(h.page, QStringLiteral("error_serviceSecret"));
    auto *licenseError = child<QLabel>(h.page, QStringLiteral("error_licenseKey"));
    auto *urlError = child<QLabel>(h.page, QStringLiteral("error_shopUrl"));
    CHECK_FALSE(secretError->isVisible());
    CHECK(licenseError->isVisible());
    CHECK_FALSE(licenseError->text().isEmpty());
    CHECK(urlError->isVisible());
    CHECK_FALSE(urlError->text().isEmpty());
    CHECK(h.field("licenseKey")->accessibleDescription().contains(licenseError->text()));
    CHECK(h.wizard->focusWidget() == h.field("licenseKey"));  // the first field to fix
    CHECK(h.sandbox.server().requestCount() == 0);
    CHECK_FALSE(h.button("saveButton")->isEnabled());

    type(h.field("shopUrl"), h.good.shopUrl);
    CHECK_FALSE(urlError->isVisible());
    CHECK(licenseError->isVisible());
}

TEST_CASE("While a test runs the fields are read-only and the test can be stopped", "[wizard]")
{
    HarnessOptions hanging;
    hanging.hang = true;
    WizardHarness h(hanging);
    h.goToRakuten();
    h.typeGood();
    // Enter in a field runs the test, as the keyboard user expects.
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(h.field("shopUrl"), &enter);
    REQUIRE(waitFor([&] { return h.sandbox.server().requestCount() == 1; }));
    CHECK(h.field("licenseKey")->isReadOnly());
    CHECK_FALSE(h.button("testButton")->isEnabled());
    CHECK(child<QProgressBar>(h.page, QStringLiteral("busyIndicator"))->isVisible());
    auto *stage = child<QLabel>(h.page, QStringLiteral("stageLabel"));
    CHECK(stage->isVisible());
    CHECK_FALSE(stage->text().isEmpty());
    CHECK_FALSE(h.wizard->button(QWizard::NextButton)->isEnabled());  // held only while checking
    // The UI thread is free: events are processed while the mall does not answer.
    bool ticked = false;
    QTimer::singleShot(10, [&ticked] { ticked = true; });
    REQUIRE(waitFor([&] { return ticked; }, 1000));
    CHECK(h.page->controller()->isChecking());

    QPushButton *cancel = h.button("cancelTestButton");
    REQUIRE(cancel->isVisible());
    cancel->click();
    CHECK_FALSE(h.page->controller()->isChecking());
    CHECK(h.page->controller()->lastResult().code == QLatin1String(Code::Cancelled));
    CHECK_FALSE(h.field("licenseKey")->isReadOnly());
    CHECK_FALSE(cancel->isVisible());
    CHECK(h.button("testButton")->isEnabled());
    CHECK(h.wizard->button(QWizard::NextButton)->isEnabled());
    CHECK_FALSE(h.button("saveButton")->isEnabled());

    SECTION("closing the wizard cancels a running test")
    {
        h.button("testButton")->click();
        REQUIRE(h.page->controller()->isChecking());
        h.wizard->reject();
        CHECK_FALSE(h.page->controller()->isChecking());
    }
}

TEST_CASE("Saving reaches the keychain, the side list gets ✓, and reopening shows the link",
          "[wizard]")
{
    WizardHarness h;
    const int rakutenStep = h.wizard->pageIdFor(QStringLiteral("rakuten"));
    CHECK_FALSE(h.wizard->stepList()->text(rakutenStep).contains(QStringLiteral("✓")));
    h.goToRakuten();
    auto *stepTitle = child<QLabel>(h.wizard->page(rakutenStep), QStringLiteral("stepTitle"));
    CHECK(stepTitle->isVisible());
    CHECK(stepTitle->text().startsWith(QStringLiteral("ステップ 2 / 3")));
    CHECK(h.wizard->stepList()->text(rakutenStep).contains(QStringLiteral("▶")));
    h.typeGood();
    h.button("testButton")->click();
    REQUIRE(h.waitIdle());
    REQUIRE(h.button("saveButton")->isEnabled());
    h.button("saveButton")->click();
    REQUIRE(h.waitIdle());
    auto *saved = child<QLabel>(h.page, QStringLiteral("saveMessage"));
    CHECK(saved->text() == QStringLiteral("保存しました。"));
    CHECK(h.wizard->stepList()->text(rakutenStep).contains(QStringLiteral("✓")));
    CHECK_FALSE(h.button("saveButton")->isEnabled());
    const StoreAnswer inKeychain = storeLoad(h.t.store, QStringLiteral("rakuten"));
    REQUIRE(inKeychain.outcome.ok());
    CHECK(inKeychain.secrets.value(QStringLiteral("serviceSecret")) == h.good.secret);

    h.wizard->next();
    REQUIRE(h.wizard->currentId() == h.wizard->summaryId());
    auto *status = child<QLabel>(h.wizard->summaryPage(), QStringLiteral("summaryStatus_rakuten"));
    CHECK(status->text().contains(QStringLiteral("連携済み")));
    auto *facts = child<QLabel>(h.wizard->summaryPage(), QStringLiteral("summaryFacts_rakuten"));
    INFO(facts->text().toStdString());
    CHECK(facts->text().contains(QStringLiteral("有効期限")));
    CHECK(facts->text().contains(QStringLiteral("残り 41 日")));

    // Reopening: linked from the settings, secrets back from the keychain, masked.
    h.open();
    CHECK(h.wizard->stepList()->text(rakutenStep).contains(QStringLiteral("✓")));
    auto *welcomeStatus = child<QLabel>(h.wizard->welcomePage(),
                                        QStringLiteral("welcomeStatus_rakuten"));
    CHECK(welcomeStatus->text() == QStringLiteral("連携済み"));
    CHECK_FALSE(h.wizard->welcomePage()->isChosen(
        QStringLiteral("rakuten")));  // linked: not redone by default
    CHECK(h.field("shopUrl")->text() == h.good.shopUrl);
    // The preparation is done already: its steps start folded away.
    CHECK_FALSE(child<QWidget>(h.page, QStringLiteral("procedureBody"))->isVisibleTo(h.page));
    REQUIRE(waitFor([&] { return !h.page->controller()->isLoadingSecrets(); }, 15000));
    CHECK(h.field("licenseKey")->text() == h.good.license);
    CHECK(h.field("licenseKey")->echoMode() == QLineEdit::Password);
    CHECK(child<QLabel>(h.page, QStringLiteral("linkedStatus"))
              ->text()
              .startsWith(QStringLiteral("連携済み")));
    CHECK_FALSE(h.button("saveButton")->isEnabled());
}

TEST_CASE("Unchosen malls are skipped and Next never blocks on an unlinked mall", "[wizard]")
{
    WizardHarness h;
    SECTION("skipped")
    {
        h.wizard->welcomePage()->setChosen(QStringLiteral("rakuten"), false);
        h.wizard->next();
        CHECK(h.wizard->currentId() == h.wizard->summaryId());
        CHECK(h.wizard->stepList()->isSkipped(h.wizard->pageIdFor(QStringLiteral("rakuten"))));
        CHECK(child<QLabel>(h.wizard->summaryPage(), QStringLiteral("summaryStatus_rakuten"))->text()
              == QStringLiteral("未設定"));
    }
    SECTION("not linked, Next still goes on")
    {
        h.goToRakuten();
        CHECK(h.wizard->button(QWizard::NextButton)->isEnabled());
        h.wizard->next();
        CHECK(h.wizard->currentId() == h.wizard->summaryId());
    }
}

TEST_CASE("Screen-share mode keeps secrets masked", "[wizard]")
{
    HarnessOptions sharing;
    sharing.screenShare = true;
    WizardHarness h(sharing);
    auto *reveal = child<QAbstractButton>(h.page, QStringLiteral("reveal_licenseKey"));
    CHECK_FALSE(reveal->isEnabled());
    reveal->click();
    CHECK(h.field("licenseKey")->echoMode() == QLineEdit::Password);
    CHECK(child<QLabel>(h.wizard.get(), QStringLiteral("screenShareBadge"))->isVisible());
}

namespace {
// Visible controls of `root` without an accessible name, and enabled ones Tab cannot reach.
void auditControls(QWidget *root, QStringList *unnamed, QStringList *unreachable)
{
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                             || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QComboBox *>(w)
                             || qobject_cast<QScrollArea *>(w);
        if (!control || !w->isVisible())
            continue;
        const QString name = w->objectName().isEmpty()
                                 ? QString::fromLatin1(w->metaObject()->className())
                                 : w->objectName();
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            *unnamed << name;
        if (!qobject_cast<QScrollArea *>(w) && w->isEnabled() && !(w->focusPolicy() & Qt::TabFocus))
            *unreachable << name;
    }
}
}  // namespace

TEST_CASE("Every control has an accessible name and is reachable with the keyboard", "[wizard]")
{
    HarnessOptions demo;
    demo.allMalls = true;
    demo.sandbox = true;
    WizardHarness h(demo);
    // Every page, in sandbox mode so that the sample boxes are there too.
    for (int id = 0; id <= h.wizard->summaryId(); ++id) {
        while (h.wizard->currentId() < id)
            h.wizard->next();
        REQUIRE(h.wizard->currentId() == id);
        INFO("page " << h.wizard->currentPage()->objectName().toStdString());
        QStringList unnamed;
        QStringList unreachable;
        auditControls(h.wizard.get(), &unnamed, &unreachable);
        INFO("unnamed: " << unnamed.join(QLatin1Char(' ')).toStdString());
        CHECK(unnamed.isEmpty());
        INFO("not in the tab order: " << unreachable.join(QLatin1Char(' ')).toStdString());
        CHECK(unreachable.isEmpty());
        // Every page's buttons on screen at the default size, samples included.
        CHECK(fullyInside(h.wizard->button(id == h.wizard->summaryId() ? QWizard::FinishButton
                                                                       : QWizard::NextButton),
                          h.wizard.get()));
        if (auto *page = qobject_cast<MallPage *>(h.wizard->currentPage())) {
            CHECK(fullyInside(page->findChild<QWidget *>(QStringLiteral("testButton")),
                              h.wizard.get()));
            CHECK(fullyInside(page->findChild<QWidget *>(QStringLiteral("saveButton")),
                              h.wizard.get()));
            waitFor([] { return false; }, 50);
            CHECK(h.wizard->grab().save(screenshotPath(qPrintable(
                QStringLiteral("wizard-sandbox-%1.png").arg(page->controller()->mallId())))));
        }
    }

    // Tab from the first 楽天 field reaches the test button and the save button.
    QWidget *w = h.field("serviceSecret");
    bool test = false;
    bool save = false;
    for (int i = 0; i < 400 && !(test && save); ++i) {
        w = w->nextInFocusChain();
        test = test || w == h.button("testButton");
        save = save || w == h.button("saveButton");
    }
    CHECK(test);
    CHECK(save);
}

TEST_CASE("In sandbox mode each mall page lists its samples and fills them in", "[wizard]")
{
    HarnessOptions demo;
    demo.allMalls = true;
    demo.sandbox = true;
    WizardHarness h(demo);
    int filled = 0;
    for (const auto &connector : h.registry) {
        MallPage *page = h.wizard->mallPage(connector->id());
        REQUIRE(page);
        INFO(connector->id().toStdString());
        auto *box = child<QWidget>(page, QStringLiteral("sandboxBox"));
        CHECK(box->accessibleName().contains(QStringLiteral("サンドボックス")));
        const QList<sandbox::Scenario> scenarios = h.sandbox.malls().scenarios(connector->id());
        if (!scenarios.isEmpty())
            eventualChild<QPushButton>(page, QStringLiteral("sandboxFill_0"));
        for (int i = 0; i < scenarios.size(); ++i) {
            auto *fill = child<QPushButton>(page, QStringLiteral("sandboxFill_%1").arg(i));
            auto *text = child<QLabel>(page, QStringLiteral("sandboxScenario_%1").arg(i));
            CHECK(text->text().contains(scenarios.at(i).title.toHtmlEscaped()));
            fill->click();
            const FieldValues values = scenarios.at(i).values;
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                const FieldSpec spec = connector->field(it.key());
                if (spec.id.isEmpty() || spec.kind == FieldSpec::Kind::Hidden)
                    continue;  // not typed by the seller (timestamps made per call…)
                INFO(it.key().toStdString()
                     << ": " << page->controller()->value(it.key()).toStdString() << " vs "
                     << it.value().toStdString());
                CHECK(page->controller()->value(it.key()) == it.value());
            }
            ++filled;
        }
    }
    CHECK(filled > 0);

    // The 楽天 samples drive the real connector against the 楽天 fake.
    h.goToRakuten();
    const QList<sandbox::Scenario> rakuten = h.sandbox.malls().scenarios(QStringLiteral("rakuten"));
    REQUIRE(rakuten.size() >= 3);
    auto runSample = [&](int index) {
        h.button(QStringLiteral("sandboxFill_%1").arg(index).toLatin1().constData())->click();
        h.button("testButton")->click();
        REQUIRE(h.waitIdle());
        return h.page->controller()->lastResult();
    };
    const VerifyResult connects = runSample(0);  // "Connects"
    INFO(connects.summary().toStdString());
    CHECK(connects.ok());
    CHECK(h.button("saveButton")->isEnabled());
    const VerifyResult wrong = runSample(2);  // "Wrong license key"
    CHECK(wrong.verdict() == VerifyResult::Verdict::Rejected);
    CHECK_FALSE(h.button("saveButton")->isEnabled());
    waitFor([] { return false; }, 100);
    CHECK(h.wizard->grab().save(screenshotPath("wizard-rakuten-sandbox.png")));
}

TEST_CASE("The wizard fits 1366×768 with a result shown (screenshots)", "[wizard]")
{
    HarnessOptions every;
    every.allMalls = true;
    WizardHarness h(every);
    CHECK(h.wizard->minimumSizeHint().width() <= 1366);
    CHECK(h.wizard->minimumSizeHint().height() <= 728);  // 768 minus a task bar
    CHECK(h.wizard->size() == QSize(1180, 720));
    const QString shots = crossma::test::screenshotDir();
    waitFor([] { return false; }, 100);  // let layouts settle
    CHECK(h.wizard->grab().save(screenshotPath("wizard-welcome.png")));

    h.goToRakuten();
    type(h.field("licenseKey"), QStringLiteral("SL338500_wrongkey"));
    type(h.field("serviceSecret"), h.good.secret);
    type(h.field("shopUrl"), h.good.shopUrl);
    h.button("testButton")->click();
    REQUIRE(h.waitIdle());
    waitFor([] { return false; }, 100);
    // After a test the values and the verdict are in view together.
    for (const char *name : {"testButton", "saveButton", "resultPanel", "field_serviceSecret",
                             "field_licenseKey", "field_shopUrl"}) {
        INFO(name);
        CHECK(fullyInside(h.page->findChild<QWidget *>(QLatin1String(name)), h.wizard.get()));
    }
    CHECK(fullyInside(h.wizard->button(QWizard::NextButton), h.wizard.get()));
    CHECK(h.wizard->grab().save(screenshotPath("wizard-rakuten-failed.png")));

    // 1366×768 at 150 % scaling leaves about 900×480 logical pixels under a task bar.
    h.wizard->resize(900, 480);
    waitFor([] { return false; }, 100);
    INFO("minimum " << h.wizard->minimumSizeHint().width() << "x"
                    << h.wizard->minimumSizeHint().height() << ", now " << h.wizard->width() << "x"
                    << h.wizard->height());
    CHECK(h.wizard->size() == QSize(900, 480));
    for (const char *name : {"testButton", "saveButton", "resultPanel"}) {
        INFO(name);
        CHECK(fullyInside(h.page->findChild<QWidget *>(QLatin1String(name)), h.wizard.get()));
    }
    CHECK(fullyInside(h.wizard->button(QWizard::NextButton), h.wizard.get()));
    CHECK(h.wizard->grab().save(screenshotPath("wizard-rakuten-failed-900x480.png")));
    h.wizard->resize(SetupWizard::kDefaultWidth, SetupWizard::kDefaultHeight);
    waitFor([] { return false; }, 100);

    type(h.field("licenseKey"), h.good.license);
    h.button("testButton")->click();
    REQUIRE(h.waitIdle());
    h.button("saveButton")->click();
    REQUIRE(h.waitIdle());
    waitFor([] { return false; }, 100);
    CHECK(fullyInside(h.page->findChild<QWidget *>(QStringLiteral("saveMessage")), h.wizard.get()));
    CHECK(h.wizard->grab().save(screenshotPath("wizard-rakuten-saved.png")));

    h.wizard->next();
    waitFor([] { return false; }, 100);
    CHECK(h.wizard->grab().save(screenshotPath("wizard-summary.png")));
}

TEST_CASE("The summary warns about a key that expires soon and one that has expired", "[wizard]")
{
    WizardHarness h;
    const QTimeZone jst(9 * 3600);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(jst).date();
    const auto saveWithExpiry = [&](int days) {
        const QVariantMap facts{
            {QStringLiteral("licenseExpiry"),
             QDateTime(today.addDays(days), QTime(23, 59, 59), jst).toString(Qt::ISODate)}};
        const StoreAnswer saved = storeSave(h.t.store, QStringLiteral("rakuten"),
                                            {{QStringLiteral("serviceSecret"), h.good.secret},
                                             {QStringLiteral("licenseKey"), h.good.license}},
                                            {{QStringLiteral("shopUrl"), h.good.shopUrl}}, facts);
        REQUIRE(saved.outcome.ok());
        h.open();
        h.wizard->welcomePage()->setChosen(QStringLiteral("rakuten"), false);
        h.wizard->next();
        REQUIRE(h.wizard->currentId() == h.wizard->summaryId());
        return child<QLabel>(h.wizard->summaryPage(), QStringLiteral("summaryNext"))->text();
    };
    const QString soon = saveWithExpiry(5);
    INFO(soon.toStdString());
    CHECK(soon.contains(QStringLiteral("残り 5 日")));
    CHECK(soon.contains(QStringLiteral("この内容で更新")));
    const QString expired = saveWithExpiry(-3);
    INFO(expired.toStdString());
    CHECK(expired.contains(QStringLiteral("過ぎています")));
    CHECK(child<QLabel>(h.wizard->summaryPage(), QStringLiteral("summaryFacts_rakuten"))
              ->text()
              .contains(QStringLiteral("期限切れ")));
}
