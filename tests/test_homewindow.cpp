#include "test_wizard_support.h"

#include "homewindow.h"
#include "mallpage.h"
#include "overviewpage.h"
#include "recheckall.h"
#include "registry.h"
#include "screencheck.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace crossma;

namespace {
const QString kSecret = QStringLiteral("SP338500_homeWindowSecret");
const QString kLicense = QStringLiteral("SL338500_homeWindowLicense");
}  // namespace

TEST_CASE("A returning seller's home: edit opens the wizard on that mall, support information has "
          "no secret",
          "[overview]")
{
    test::TestStore t;
    REQUIRE(t.linkRakuten(kSecret, kLicense));
    const auto connectors = createConnectors();
    WizardContext context = test::contextFor(connectors, &t.store);

    HomeWindow home(context);
    home.show();
    REQUIRE(home.overview()->editButton(QStringLiteral("rakuten")));
    CHECK(home.overview()->editButton(QStringLiteral("rakuten"))->isEnabled());

    SECTION("編集 opens the wizard on the mall's page; closing it comes back here")
    {
        home.overview()->editButton(QStringLiteral("rakuten"))->click();
        REQUIRE(home.wizard());
        CHECK(home.wizard()->currentId() == home.wizard()->pageIdFor(QStringLiteral("rakuten")));
        CHECK_FALSE(home.isVisible());
        home.wizard()->reject();
        REQUIRE(test::waitFor([&] { return home.isVisible(); }, 5000));
    }
    SECTION("the overview fits 1366x768 and 150 % scaling (910x512) with its buttons on screen")
    {
        for (const QSize size : {QSize(1366, 768), QSize(910, 512)}) {
            home.resize(size);
            test::waitFor([] { return false; }, 50);
            for (const char *name :
                 {"openWizardButton", "copySupportButton", "saveSupportButton", "closeButton"}) {
                auto *button = home.findChild<QPushButton *>(QString::fromLatin1(name));
                REQUIRE(button);
                CHECK(test::fullyInside(button, &home));
            }
            CHECK(home.grab().save(test::screenshotPath(
                QStringLiteral("home-%1x%2.png").arg(size.width()).arg(size.height()))));
        }
    }
    SECTION("the copied support information holds no secret")
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        home.findChild<QPushButton *>(QStringLiteral("copySupportButton"))->click();
        // Copied once the keychain probe has answered (milliseconds).
        REQUIRE(test::waitFor(
            [] { return QGuiApplication::clipboard()->text() != QStringLiteral("before"); }));
        const QString copied = QGuiApplication::clipboard()->text();
        CHECK(copied.contains(QStringLiteral("rakuten")));
        CHECK_FALSE(copied.contains(kSecret));
        CHECK_FALSE(copied.contains(kLicense));
    }
    SECTION("the saved support information names the mall and holds no secret")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("support.txt"));
        QString error;
        REQUIRE(home.saveSupportInformation(path, &error));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        CHECK(text.contains(QStringLiteral("rakuten")));
        CHECK_FALSE(text.contains(kSecret));
        CHECK_FALSE(text.contains(kLicense));
    }
}

TEST_CASE("Enter in the overview presses only the button that has the focus", "[overview]")
{
    // A QDialog makes its first button the default: Enter anywhere would press
    // すべて再確認 and check every mall unasked. Here Enter does nothing unless a
    // button has the focus, which it then presses, as Space does.
    test::TestStore t;
    REQUIRE(t.linkRakuten(kSecret, kLicense));
    const auto connectors = createConnectors();
    HomeWindow home(test::contextFor(connectors, &t.store));
    home.show();
    home.activateWindow();
    QApplication::setActiveWindow(&home);
    REQUIRE(test::waitFor([&] { return home.isActiveWindow(); }, 3000));
    auto press = [](QWidget *target, Qt::Key key) {
        QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier);
        QApplication::sendEvent(target, &event);
    };

    // With the focus on no button (nowhere, then on the first check box or
    // field): Enter does nothing at all.
    QWidget *field = nullptr;
    const auto widgets = home.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!field && !qobject_cast<QPushButton *>(w) && (w->focusPolicy() & Qt::TabFocus)
            && w->isVisible() && w->isEnabled())
            field = w;
    }
    REQUIRE(field);
    REQUIRE_FALSE(home.overview()->recheckAll()->isRunning());
    for (QWidget *focus : {static_cast<QWidget *>(nullptr), field}) {
        if (QApplication::focusWidget())
            QApplication::focusWidget()->clearFocus();
        if (focus)
            focus->setFocus();
        const bool checked = field->property("checked").toBool();
        for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Enter}) {
            press(focus ? focus : &home, key);
            CHECK_FALSE(home.overview()->recheckAll()->isRunning());
            CHECK_FALSE(home.wizard());
            CHECK(home.isVisible());
            CHECK(field->property("checked").toBool() == checked);
        }
    }
    const auto buttons = home.findChildren<QPushButton *>();
    for (const QPushButton *button : buttons) {
        INFO(button->objectName().toStdString() << " " << button->text().toStdString());
        CHECK_FALSE(button->isDefault());
    }

    // The overview's rows are rebuilt as the window settles: take the current one.
    QPushButton *edit = nullptr;
    REQUIRE(test::waitFor([&] {
        edit = home.overview()->editButton(QStringLiteral("rakuten"));
        return edit && edit->isVisible() && edit->isEnabled();
    }));
    edit->setFocus();
    REQUIRE(edit->hasFocus());
    press(edit, Qt::Key_Return);
    REQUIRE(home.wizard());
    CHECK(home.wizard()->currentId() == home.wizard()->pageIdFor(QStringLiteral("rakuten")));
    home.wizard()->reject();
    REQUIRE(test::waitFor([&] { return home.isVisible(); }, 5000));
}
