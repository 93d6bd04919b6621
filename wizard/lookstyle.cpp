#include "lookstyle.h"

#include "lookroles.h"

#include <QLabel>
#include <QPainter>
#include <QStyleOptionButton>
#include <QVariant>
#include <QWidget>

namespace crossma::look {

namespace {

// What apply() changed, so that giveBack() undoes exactly that, and what
// the widget had set itself before.
constexpr char kApplied[] = "crossmaLookApplied";
constexpr char kOwnFont[] = "crossmaLookOwnFont";
constexpr char kOwnPalette[] = "crossmaLookOwnPalette";
constexpr char kOwnMargins[] = "crossmaLookOwnMargins";
enum Applied { AppliedFont = 1, AppliedPalette = 2, AppliedMargins = 4, AppliedBox = 8 };

// A link button's box: a 1 px line (drawn only with the focus, so that Tab
// shows where it is) around 3 px × 1 px of padding.
const QMargins kLinkMargins(4, 2, 4, 2);

QString roleOf(const QWidget *widget)
{
    return widget->property("role").toString();
}

const Appearance *appearanceOfWidget(const QWidget *widget)
{
    return widget ? appearanceOf(roleOf(widget)) : nullptr;
}

bool isBox(const Appearance *appearance)
{
    return appearance && appearance->background;
}

bool insideBox(const QWidget *widget)
{
    for (const QWidget *up = widget->parentWidget(); up && !up->isWindow(); up = up->parentWidget()) {
        if (isBox(appearanceOfWidget(up)))
            return true;
    }
    return false;
}

bool isInvalid(const QWidget *widget)
{
    return widget && widget->property("invalid").toBool();
}

void drawBox(QPainter *painter, const QRect &rect, const Appearance &appearance)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(appearance.border ? QPen(QColor::fromRgb(appearance.border), 1)
                                      : QPen(Qt::NoPen));
    painter->setBrush(QColor::fromRgb(appearance.background));
    painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), appearance.radius,
                             appearance.radius);
    painter->restore();
}

// A line of `width` px along the inside of `rect`, corners rounded by 2 px.
void drawOutline(QPainter *painter, const QRect &rect, const QColor &colour, int width)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, width));
    painter->setBrush(Qt::NoBrush);
    const qreal inset = width / 2.0;
    painter->drawRoundedRect(QRectF(rect).adjusted(inset, inset, -inset, -inset), 2, 2);
    painter->restore();
}

// Over the platform's own frame, which stays: the editor keeps its size.
void drawInvalidFrame(QPainter *painter, const QRect &rect)
{
    drawOutline(painter, rect, QColor::fromRgb(kProblemRed), 2);
}

}  // namespace

LookStyle::LookStyle(QStyle *base) : QProxyStyle(base)
{
}

void LookStyle::polish(QWidget *widget)
{
    QProxyStyle::polish(widget);
    giveBack(widget);  // polished again after its role changed
    const Appearance *appearance = appearanceOfWidget(widget);
    if (appearance)
        apply(widget, *appearance);
    if (isBox(appearance))
        restyleLabelsIn(widget);
}

void LookStyle::unpolish(QWidget *widget)
{
    giveBack(widget);
    QProxyStyle::unpolish(widget);
}

// Labels with a role of their own, shown before their box got or lost its
// role: whether they take the box's colour changes with it.
void LookStyle::restyleLabelsIn(QWidget *box)
{
    const QList<QLabel *> labels = box->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        const Appearance *own = appearanceOfWidget(label);
        if (own && label->testAttribute(Qt::WA_WState_Polished)) {
            giveBack(label);
            apply(label, *own);
        }
    }
}

void LookStyle::apply(QWidget *widget, const Appearance &appearance)
{
    int applied = isBox(&appearance) ? AppliedBox : 0;
    if (appearance.bold || appearance.underline) {
        // Only what the role asks, over the widget's own font if it has one
        // (its size stays), else over nothing: the rest comes from the parent.
        QFont font;
        if (widget->testAttribute(Qt::WA_SetFont)) {
            font = widget->font();
            widget->setProperty(kOwnFont, QVariant::fromValue(font));
        }
        if (appearance.bold)
            font.setBold(true);
        if (appearance.underline)
            font.setUnderline(true);
        widget->setFont(font);
        applied |= AppliedFont;
    }
    // A label in a filled box shows the box's text colour, whatever its role says.
    const bool ownText = appearance.text
                         && (isBox(&appearance) || !qobject_cast<QLabel *>(widget)
                             || !insideBox(widget));
    if (ownText || appearance.background) {
        QPalette palette;  // as the font: only these roles, the rest its own or inherited
        if (widget->testAttribute(Qt::WA_SetPalette)) {
            palette = widget->palette();
            widget->setProperty(kOwnPalette, QVariant::fromValue(palette));
        }
        if (ownText)
            palette.setColor(widget->foregroundRole(), QColor::fromRgb(appearance.text));
        if (appearance.background) {
            // Its labels inherit the text colour; buttons and editors in it keep theirs.
            palette.setColor(QPalette::WindowText, QColor::fromRgb(appearance.text));
            palette.setColor(QPalette::Window, QColor::fromRgb(appearance.background));
        }
        widget->setPalette(palette);
        applied |= AppliedPalette;
    }
    if (appearance.background || appearance.border) {
        const int line = appearance.border ? 1 : 0;
        widget->setProperty(kOwnMargins, QVariant::fromValue(widget->contentsMargins()));
        widget->setContentsMargins(appearance.padding + QMargins(line, line, line, line));
        applied |= AppliedMargins;
    }
    if (applied)
        widget->setProperty(kApplied, applied);
}

void LookStyle::giveBack(QWidget *widget)
{
    const int applied = widget->property(kApplied).toInt();
    if (!applied)
        return;
    widget->setProperty(kApplied, QVariant());
    // Each a property read and removed: what the widget had set itself, or nothing.
    auto take = [widget](const char *name) {
        const QVariant value = widget->property(name);
        widget->setProperty(name, QVariant());
        return value;
    };
    if (applied & AppliedFont)
        widget->setFont(take(kOwnFont).value<QFont>());
    if (applied & AppliedPalette)
        widget->setPalette(take(kOwnPalette).value<QPalette>());
    if (applied & AppliedMargins)
        widget->setContentsMargins(take(kOwnMargins).value<QMargins>());
    if (applied & AppliedBox)
        restyleLabelsIn(widget);
}

void LookStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                            const QWidget *widget) const
{
    if (element == CE_ShapedFrame) {
        // Every QFrame (and so every QLabel) paints its frame first, its contents on top.
        // The box takes the whole widget: the option's rect (QFrame::frameRect)
        // leaves out the contents margins, which hold the box's padding.
        const Appearance *appearance = appearanceOfWidget(widget);
        if (appearance && (appearance->background || appearance->border)) {
            drawBox(painter, widget->rect(), *appearance);
            return;
        }
        QProxyStyle::drawControl(element, option, painter, widget);
        if (isInvalid(widget))  // a QPlainTextEdit
            drawInvalidFrame(painter, option->rect);
        return;
    }
    if (element == CE_PushButton && widget && roleOf(widget) == kLinkRole) {
        drawLink(option, painter, widget);
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

void LookStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                              QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element == PE_PanelLineEdit && isInvalid(widget))
        drawInvalidFrame(painter, option->rect);
}

QSize LookStyle::sizeFromContents(ContentsType type, const QStyleOption *option,
                                  const QSize &contentsSize, const QWidget *widget) const
{
    if (type == CT_PushButton && widget && roleOf(widget) == kLinkRole)
        return contentsSize.grownBy(kLinkMargins);
    return QProxyStyle::sizeFromContents(type, option, contentsSize, widget);
}

// Underlined text in the link colour (the button's palette and font, from its
// role), no bevel; with the focus, a thin frame.
void LookStyle::drawLink(const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
    if (!button) {
        QProxyStyle::drawControl(CE_PushButton, option, painter, widget);
        return;
    }
    int flags = Qt::AlignCenter | Qt::TextShowMnemonic;
    if (!proxy()->styleHint(SH_UnderlineShortcut, button, widget))
        flags |= Qt::TextHideMnemonic;
    proxy()->drawItemText(painter, button->rect.marginsRemoved(kLinkMargins), flags, button->palette,
                          button->state & State_Enabled, button->text, QPalette::ButtonText);
    if (button->state & State_HasFocus)
        drawOutline(painter, button->rect, button->palette.color(QPalette::ButtonText), 1);
}

}  // namespace crossma::look
