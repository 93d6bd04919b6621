// The mouse wheel over a drop-down scrolls the page and never changes the
// choice: every combo box of every mall page of the real wizard, with the
// guard the app installs at start-up (app/main.cpp).
#include "test_wizard_support.h"

#include "mallpage.h"
#include "registry.h"
#include "setupwizard.h"
#include "wheelguard.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QWheelEvent>

#include <catch2/catch.hpp>

using namespace crossma;

namespace {

// One notch of a mouse wheel over the middle of `widget`, as Qt delivers it.
void wheel(QWidget *widget, int notches)
{
    const QPointF local = QRectF(widget->rect()).center();
    QWheelEvent event(local, widget->mapToGlobal(local), QPoint(), QPoint(0, 120 * notches),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

QScrollArea *enclosingScrollArea(QWidget *widget)
{
    for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(w))
            return area;
    }
    return nullptr;
}

struct Turn {
    QString before;  // the choice before the turn
    QString after;
    int moved = 0;  // how far the page scrolled
};

// Wheels once over `combo` in the direction the page can still scroll, after
// making sure the same turn would change the choice if the combo took it.
Turn wheelOverCombo(QComboBox *combo, QScrollArea *area)
{
    QScrollBar *bar = area->verticalScrollBar();
    area->ensureWidgetVisible(combo);
    const bool down = bar->value() < bar->maximum();
    // Down picks the next item, up the previous one: leave room for that.
    if (down && combo->currentIndex() == combo->count() - 1)
        combo->setCurrentIndex(0);
    if (!down && combo->currentIndex() == 0)
        combo->setCurrentIndex(combo->count() - 1);
    test::waitFor([] { return false; }, 30);
    area->ensureWidgetVisible(combo);
    Turn turn;
    turn.before = combo->currentText();
    const int before = bar->value();
    wheel(combo, down ? -1 : 1);
    turn.moved = bar->value() - before;
    turn.after = combo->currentText();
    return turn;
}

}  // namespace

TEST_CASE("The wheel over a drop-down scrolls the page and leaves the choice as it was",
          "[home][wheel]")
{
    WheelGuard::install();
    test::TestStore t;
    const auto connectors = createConnectors();
    WizardContext context = test::contextFor(connectors, &t.store);
    SetupWizard wizard(context);
    // 1366×768 at 150 %: every page is taller than its window.
    wizard.resize(910, 480);
    wizard.show();

    QStringList seen;
    for (const auto &c : connectors) {
        wizard.jumpTo(wizard.pageIdFor(c->id()));
        MallPage *page = wizard.mallPage(c->id());
        REQUIRE(page);
        test::waitFor([] { return false; }, 50);
        const auto combos = page->findChildren<QComboBox *>();
        for (QComboBox *combo : combos) {
            if (!combo->isVisible() || combo->count() < 2)
                continue;
            const QString name = c->id() + QLatin1Char('/') + combo->objectName();
            INFO(name.toStdString());
            seen << name;
            CHECK(combo->focusPolicy() == Qt::StrongFocus);  // not given focus by the wheel
            CHECK_FALSE(combo->hasFocus());
            QScrollArea *area = enclosingScrollArea(combo);
            REQUIRE(area);
            REQUIRE(area->verticalScrollBar()->maximum() > 0);
            const Turn turn = wheelOverCombo(combo, area);
            INFO("before: " << turn.before.toStdString() << ", after: " << turn.after.toStdString());
            CHECK(turn.after == turn.before);
            CHECK(turn.moved != 0);  // the page scrolled instead
            CHECK_FALSE(combo->hasFocus());
        }
    }
    INFO(seen.join(QLatin1Char(' ')).toStdString());
    // Today's victims are among them: Amazon's marketplace and Yahoo!'s method.
    CHECK(seen.contains(QStringLiteral("amazon/field_marketplaceId")));
    CHECK(seen.contains(QStringLiteral("yahoo/field_method")));
}
