// Every mall page holds at 150 % on 1366×768: with a failed result shown, the
// check row, the result's first line and 【この内容で更新】 are all on screen
// at once, and 接続テスト does not move when the result appears. Screenshots
// of each page are rendered as the screen shows them at 150 %.
#include "testpaths.h"
#include <catch2/catch.hpp>

#include "screencheck.h"
#include "widgetchild.h"

#include "mallpage.h"
#include "mallpagecontroller.h"
#include "registry.h"
#include "sandboxcontext.h"
#include "sandboxfixture.h"
#include "setupwizard.h"
#include "tempsettings.h"
#include "test_wizard_support.h"
#include "welcomepage.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>

using namespace crossma;
using namespace crossma::test;

namespace {

// 150 % scaling (QT_SCALE_FACTOR=1.5, or the desktop's 150 %) lays widgets
// out in logical pixels: 1366×768 becomes 910×512, and fonts, given in
// points, keep their logical size. The window, less a task bar and its
// frame, gets about 900×480 of that: laying the wizard out at that logical
// size is what the seller's 150 % screen does. The device pixel ratio only
// changes how sharply it is drawn, so it is used for the screenshots alone.
constexpr QSize kLogical150(900, 480);
constexpr qreal kScale150 = 1.5;

// Whether the top `height` pixels of `w` are shown inside `window`, not
// clipped by a scroll area's viewport or any parent on the way up.
bool topShown(QWidget *w, int height, QWidget *window)
{
    if (!w || !w->isVisible())
        return false;
    const QRect top(0, 0, w->width(), qMin(height, w->height()));
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (!p->rect().contains(QRect(w->mapTo(p, top.topLeft()), top.size())))
            return false;
        if (p == window)
            return true;
    }
    return false;
}

// The first visible line of the result: the mall's own words, else the verdict.
QLabel *firstResultLine(MallPage *page)
{
    auto *mall = page->findChild<QLabel *>(QStringLiteral("resultMallText"));
    if (mall && mall->isVisible() && !mall->text().isEmpty())
        return mall;
    return page->findChild<QLabel *>(QStringLiteral("resultText"));
}

// Tries the mall's sample inputs until one fails with an answer from the
// mall (a refused key, not a malformed value); a sample that hangs is cut
// short. Returns whether one did.
bool showFailedResult(MallPage *page, const QList<SampleInput> &samples)
{
    MallPageController *c = page->controller();
    auto *test = child<QPushButton>(page, QStringLiteral("testButton"));
    for (const SampleInput &sample : samples) {
        c->fill(sample.values);
        test->click();
        if (!waitFor([c] { return !c->isChecking(); }, 4000))
            c->cancelTest();
        waitFor([c] { return !c->isChecking(); }, 2000);
        const VerifyResult &r = c->lastResult();
        if (c->hasResult() && r.verdict() == VerifyResult::Verdict::Rejected)
            return true;
    }
    return false;
}

void saveAt150(QWidget *window, const QString &file)
{
    QPixmap shot(window->size() * kScale150);
    shot.setDevicePixelRatio(kScale150);
    shot.fill(Qt::white);
    window->render(&shot);
    CHECK(shot.save(screenshotPath(file)));
}

}  // namespace

TEST_CASE("At 150 % on 1366x768 every mall page shows its check row, the result's first line and "
          "【この内容で更新】 at once, and nothing jumps",
          "[wizard][forgives][layout]")
{
    SandboxFixture sandbox;
    TempSettings files;
    const auto settings = files.open();
    CredentialStore store(uniqueKeychainService(), settings.get());
    const auto connectors = createConnectors();
    WizardContext context = test::contextFor(connectors, &store);
    context.endpoints = sandbox.endpoints();
    useSandbox(context, sandbox.malls());

    SetupWizard wizard(context);
    wizard.resize(kLogical150);
    wizard.show();
    waitFor([] { return false; }, 50);
    REQUIRE(wizard.size() == kLogical150);

    for (Connector *connector : context.connectors) {
        const QString id = connector->id();
        INFO("mall " << id.toStdString());
        wizard.jumpTo(wizard.pageIdFor(id));
        REQUIRE(wizard.currentId() == wizard.pageIdFor(id));
        MallPage *page = wizard.mallPage(id);
        waitFor([] { return false; }, 50);
        auto *test = child<QPushButton>(page, QStringLiteral("testButton"));
        auto *save = child<QPushButton>(page, QStringLiteral("saveButton"));
        const QPoint before = test->mapTo(&wizard, QPoint());

        REQUIRE(showFailedResult(page, context.samples.value(id)));
        waitFor([] { return false; }, 100);

        CHECK(test->mapTo(&wizard, QPoint()) == before);  // 接続テスト stayed under the pointer
        CHECK(fullyInside(test, &wizard));
        CHECK(fullyInside(child<QWidget>(page, QStringLiteral("checkHeading")), &wizard));
        CHECK(fullyInside(save, &wizard));
        CHECK(fullyInside(wizard.button(QWizard::NextButton), &wizard));
        QLabel *first = firstResultLine(page);
        REQUIRE(first);
        INFO(first->objectName().toStdString() << ": " << first->text().toStdString());
        CHECK(topShown(first, first->fontMetrics().lineSpacing() + 12, &wizard));
        saveAt150(&wizard, QStringLiteral("forgives-%1-failed-150pct.png").arg(id));
    }
}
