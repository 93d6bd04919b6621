// The look: LookStyle draws what each widget's "role" asks for (lookroles.h)
// over the platform's own style, and gives it back when the role goes.
#include "look.h"
#include "lookroles.h"
#include "lookstyle.h"
#include "screencheck.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

using namespace crossma;

namespace {

QColor textOf(const QWidget *widget)
{
    return widget->palette().color(widget->foregroundRole());
}

QColor colourOf(QStringView role, QRgb look::Appearance::*which)
{
    return QColor::fromRgb(look::appearanceOf(role)->*which);
}

// Counts the paint events a widget gets.
struct PaintCounter : QObject {
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        paints += event->type() == QEvent::Paint;
        return false;
    }
};

bool hasPixel(const QImage &image, const QColor &colour)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) == colour)
                return true;
        }
    }
    return false;
}

}  // namespace

TEST_CASE("The look is the application's style, over the platform's own", "[look]")
{
    look::install();
    auto *style = qobject_cast<look::LookStyle *>(QApplication::style());
    REQUIRE(style);
    CHECK(style->baseStyle());
    CHECK_FALSE(qobject_cast<look::LookStyle *>(style->baseStyle()));
    look::install();  // once: the same style stays
    CHECK(QApplication::style() == style);
}

TEST_CASE("A role's colour and weight reach a label and leave with the role", "[look]")
{
    QWidget page;
    auto *label = new QLabel(QStringLiteral("接続できませんでした"), &page);
    const QColor plainText = textOf(label);
    const bool plainBold = label->font().bold();
    REQUIRE(plainText != colourOf(u"problem", &look::Appearance::text));

    look::setRole(label, QStringLiteral("problem"));
    CHECK(textOf(label) == colourOf(u"problem", &look::Appearance::text));
    CHECK(label->font().bold());

    look::setRole(label, QStringLiteral("help"));
    CHECK(textOf(label) == colourOf(u"help", &look::Appearance::text));
    CHECK(label->font().bold() == plainBold);

    look::setRole(label, QString());
    CHECK(textOf(label) == plainText);
    CHECK(label->font().bold() == plainBold);
    CHECK(label->contentsMargins() == QMargins());
}

TEST_CASE("A role given before the label is shown is applied when it is shown", "[look]")
{
    QWidget page;
    auto *label = new QLabel(QStringLiteral("接続できました"), &page);
    label->setProperty("role", QStringLiteral("success"));
    page.show();
    CHECK(textOf(label) == colourOf(u"success", &look::Appearance::text));
    CHECK(label->font().bold());
}

TEST_CASE("A boxed label is drawn in its box, the padding inside the line", "[look]")
{
    QWidget page;
    auto *badge = new QLabel(QStringLiteral("サンドボックス"), &page);
    badge->setProperty("role", QStringLiteral("badge"));
    badge->resize(160, 30);
    page.show();
    CHECK(test::drawnInBox(badge));
    const QMargins padding = look::appearanceOf(u"badge")->padding;
    CHECK(badge->contentsRect().left() == 1 + padding.left());
    CHECK(badge->contentsRect().top() == 1 + padding.top());
    CHECK(textOf(badge) == colourOf(u"badge", &look::Appearance::text));

    look::setRole(badge, QString());
    CHECK_FALSE(test::drawnInBox(badge));
    CHECK(badge->contentsMargins() == QMargins());
}

TEST_CASE("Labels in a filled box take the box's text colour, whatever their role", "[look]")
{
    QWidget page;
    auto *box = new QFrame(&page);
    auto *column = new QVBoxLayout(box);
    auto *plain = new QLabel(QStringLiteral("補足"), box);
    auto *problem = new QLabel(QStringLiteral("接続できませんでした"), box);
    problem->setProperty("role", QStringLiteral("problem"));
    column->addWidget(plain);
    column->addWidget(problem);
    box->resize(300, 80);
    page.show();
    // Shown first without a role (a result panel before its first verdict).
    CHECK(textOf(problem) == colourOf(u"problem", &look::Appearance::text));

    look::setRole(box, QStringLiteral("resultFailed"));
    const QColor boxText = colourOf(u"resultFailed", &look::Appearance::text);
    CHECK(textOf(plain) == boxText);
    CHECK(textOf(problem) == boxText);
    CHECK(problem->font().bold());  // the weight stays the role's
    CHECK(box->grab().toImage().pixelColor(2, 40)
          == colourOf(u"resultFailed", &look::Appearance::background));
}

TEST_CASE("An invalid editor gets a red frame, and loses it when valid again", "[look]")
{
    const QColor red = colourOf(u"fieldError", &look::Appearance::text);
    QWidget page;
    auto *line = new QLineEdit(QStringLiteral("amzn1.application-oa2-client.x"), &page);
    auto *text = new QPlainTextEdit(QStringLiteral("-----BEGIN PUBLIC KEY-----"), &page);
    line->setGeometry(0, 0, 240, 30);
    text->setGeometry(0, 40, 240, 80);
    page.show();
    for (QWidget *editor : {static_cast<QWidget *>(line), static_cast<QWidget *>(text)}) {
        INFO(editor->metaObject()->className());
        CHECK(editor->grab().toImage().pixelColor(0, 15) != red);
        editor->setProperty("invalid", true);
        look::repolish(editor);
        CHECK(editor->grab().toImage().pixelColor(0, 15) == red);
        editor->setProperty("invalid", false);
        look::repolish(editor);
        CHECK(editor->grab().toImage().pixelColor(0, 15) != red);
    }
}

TEST_CASE("A link button is underlined text in the link colour, framed only with the focus",
          "[look]")
{
    QWidget page;
    auto *plain = new QPushButton(QStringLiteral("取り消す"), &page);
    auto *link = new QPushButton(QStringLiteral("取り消す"), &page);
    link->setProperty("role", QString(look::kLinkRole.toString()));
    link->move(0, 40);
    page.resize(300, 100);
    page.show();
    link->resize(link->sizeHint());
    const QColor blue = colourOf(look::kLinkRole, &look::Appearance::text);
    CHECK(link->font().underline());
    CHECK(link->sizeHint().width() < plain->sizeHint().width());  // no bevel's minimum
    CHECK(link->sizeHint().width() > link->fontMetrics().horizontalAdvance(link->text()));

    const QImage unfocused = link->grab().toImage();
    CHECK(hasPixel(unfocused, blue));
    CHECK(unfocused.pixelColor(0, unfocused.height() / 2) != blue);

    page.activateWindow();
    QApplication::setActiveWindow(&page);
    link->setFocus(Qt::TabFocusReason);
    REQUIRE(link->hasFocus());
    const QImage focused = link->grab().toImage();
    CHECK(focused.pixelColor(0, focused.height() / 2) == blue);
}

TEST_CASE("A role keeps what the widget set itself, and gives it back", "[look]")
{
    QWidget page;
    auto *title = new QLabel(QStringLiteral("ステップ 3 / 6"), &page);
    QFont large = title->font();
    large.setPointSizeF(large.pointSizeF() * 1.5);
    title->setFont(large);
    look::setRole(title, QStringLiteral("success"));
    CHECK(title->font().bold());
    CHECK(title->font().pointSizeF() == large.pointSizeF());
    look::setRole(title, QString());
    CHECK(title->font() == large);

    auto *frame = new QLabel(QStringLiteral("サンドボックス"), &page);
    frame->setContentsMargins(7, 7, 7, 7);
    look::setRole(frame, QStringLiteral("badge"));
    CHECK(frame->contentsMargins() != QMargins(7, 7, 7, 7));
    look::setRole(frame, QString());
    CHECK(frame->contentsMargins() == QMargins(7, 7, 7, 7));
}

TEST_CASE("Labels get their own colour back when their box loses its role", "[look]")
{
    QWidget page;
    auto *box = new QFrame(&page);
    auto *column = new QVBoxLayout(box);
    auto *problem = new QLabel(QStringLiteral("接続できませんでした"), box);
    problem->setProperty("role", QStringLiteral("problem"));
    column->addWidget(problem);
    box->setProperty("role", QStringLiteral("resultFailed"));
    page.show();
    CHECK(textOf(problem) == colourOf(u"resultFailed", &look::Appearance::text));
    look::setRole(box, QString());
    CHECK(textOf(problem) == colourOf(u"problem", &look::Appearance::text));
}

TEST_CASE("A restyled widget is painted again", "[look]")
{
    QLineEdit line;
    line.resize(200, 30);
    line.show();
    QApplication::processEvents();
    PaintCounter counter;
    line.installEventFilter(&counter);
    line.setProperty("invalid", true);
    look::repolish(&line);
    QApplication::processEvents();
    CHECK(counter.paints > 0);
}
