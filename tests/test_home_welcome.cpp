// The first page tells the truth about what it says is below, and every Tab
// stop of the first page and of the overview shows that it has the focus.
#include "test_wizard_support.h"

#include "aupay/ui/aupayaddresslist.h"
#include "homewindow.h"
#include "registry.h"
#include "screencheck.h"
#include "setupwizard.h"
#include "welcomepage.h"
#include "widgetchild.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>

#include <catch2/catch.hpp>

using namespace crossma;

namespace {

void pressTab(QWidget *target)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_Tab, Qt::NoModifier);
    QApplication::sendEvent(target, &release);
}

// The widgets Tab visits in `window`, in order, found by pressing Tab as a
// seller does (which also tells the style the focus moves by keyboard).
QList<QWidget *> tabStops(QWidget *window)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
    REQUIRE(test::waitFor([&] { return window->isActiveWindow(); }, 3000));
    if (!QApplication::focusWidget())
        pressTab(window);
    QList<QWidget *> stops;
    for (int i = 0; i < 200; ++i) {
        QWidget *focus = QApplication::focusWidget();
        REQUIRE(focus);
        if (stops.contains(focus))
            break;
        stops << focus;
        pressTab(focus);
    }
    return stops;
}

// Each Tab stop looks different with the focus than without it.
void checkFocusShows(QWidget *window)
{
    const QList<QWidget *> stops = tabStops(window);
    REQUIRE(stops.size() > 3);
    for (QWidget *stop : stops) {
        INFO(stop->metaObject()->className() << " " << stop->objectName().toStdString());
        QWidget *elsewhere = nullptr;
        for (QWidget *other : stops) {
            if (other != stop && !other->isAncestorOf(stop) && !stop->isAncestorOf(other))
                elsewhere = other;
        }
        REQUIRE(elsewhere);
        elsewhere->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        const QImage without = stop->grab().toImage();
        stop->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        const QImage with = stop->grab().toImage();
        CHECK(with != without);
    }
}

}  // namespace

TEST_CASE("The first page shows the addresses its au PAY line speaks of", "[home][welcome]")
{
    test::TestStore t;
    const auto connectors = createConnectors();
    SetupWizard wizard(test::contextFor(connectors, &t.store));
    wizard.resize(1366, 768);
    wizard.show();
    test::waitFor([] { return false; }, 50);

    auto *needs = test::child<QLabel>(&wizard, QStringLiteral("welcomeNeeds_aupay"));
    REQUIRE(needs->text().contains(QStringLiteral("下の接続元IPアドレス")));
    auto *addresses = test::child<QLabel>(&wizard, QStringLiteral("aupayWelcomeAddresses"));
    CHECK(addresses->isVisible());
    // Below the sentence that points at them.
    CHECK(addresses->mapTo(&wizard, QPoint()).y() > needs->mapTo(&wizard, QPoint()).y());
    // The service's own list (resources/service.json), not a copy of it.
    const QStringList bundled = AupayAddressList::bundledAddresses();
    REQUIRE_FALSE(bundled.isEmpty());
    for (const QString &address : bundled)
        CHECK(addresses->text().contains(address));
    CHECK(wizard.grab().save(test::screenshotPath(QStringLiteral("welcome-1366x768.png"))));
}

TEST_CASE("Every Tab stop of the first page and of the overview shows the focus", "[home][welcome]")
{
    test::TestStore t;
    REQUIRE(test::storeSave(t.store, QStringLiteral("rakuten"),
                            {{QStringLiteral("licenseKey"), QStringLiteral("SL1_focus")}})
                .outcome.ok());
    const auto connectors = createConnectors();
    SECTION("the first page")
    {
        SetupWizard wizard(test::contextFor(connectors, &t.store));
        wizard.resize(1366, 768);
        wizard.show();
        checkFocusShows(&wizard);
    }
    SECTION("the overview")
    {
        HomeWindow home(test::contextFor(connectors, &t.store));
        home.resize(1366, 768);
        home.show();
        checkFocusShows(&home);
    }
}
