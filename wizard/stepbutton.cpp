#include "stepbutton.h"

#include <QPainter>

namespace crossma {

namespace {
// Room around the text, as the list's entries had.
constexpr int kHorizontalPadding = 4;
constexpr int kVerticalPadding = 3;
}  // namespace

StepButton::StepButton(QWidget *parent) : QAbstractButton(parent)
{
    setAttribute(Qt::WA_Hover);  // repainted as the pointer comes and goes
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void StepButton::setCurrent(bool current)
{
    if (m_current == current)
        return;
    m_current = current;
    QFont bold;  // only the weight: the rest from the step list
    bold.setBold(current);
    setFont(bold);
    update();
}

void StepButton::setDimmed(bool dimmed)
{
    if (m_dimmed == dimmed)
        return;
    m_dimmed = dimmed;
    update();
}

QSize StepButton::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.horizontalAdvance(text()) + 2 * kHorizontalPadding,
            metrics.height() + 2 * kVerticalPadding};
}

QSize StepButton::minimumSizeHint() const
{
    // Narrower than its text is fine: it is elided (the column has a maximum width).
    return {fontMetrics().horizontalAdvance(QStringLiteral("1 …")) + 2 * kHorizontalPadding,
            sizeHint().height()};
}

void StepButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QColor highlight = palette().color(QPalette::Highlight);
    if (m_current)
        painter.fillRect(rect(), highlight.lighter(170));
    else if (underMouse() && isEnabled())
        painter.fillRect(rect(), highlight.lighter(190));

    // The current step is never dimmed: the seller is on it.
    const bool dimmed = m_dimmed && !m_current;
    painter.setPen(palette().color(dimmed || !isEnabled() ? QPalette::Disabled : QPalette::Active,
                                   QPalette::WindowText));
    const QRect textRect = rect().adjusted(kHorizontalPadding, 0, -kHorizontalPadding, 0);
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(text(), Qt::ElideRight, textRect.width()));

    // A line of its own, not the style's focus frame: some styles (macOS)
    // draw none, and Tab must show where it is. Only after keys were used,
    // as styles do: a click jumps away anyway.
    if (hasFocus() && window()->testAttribute(Qt::WA_KeyboardFocusChange)) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

}  // namespace crossma
