#include "steplist.h"
#include "stepbutton.h"
#include "wrappedlabel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace crossma {

StepList::StepList(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stepSide"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    auto *steps = new QWidget(this);
    steps->setObjectName(QStringLiteral("stepList"));
    steps->setAccessibleName(tr("Steps"));
    // It tells where the seller is, and jumps there: by mouse, or arrows and Enter / Space.
    steps->setToolTip(tr("Click a step, or press Enter on it, to go there."));
    m_column = new QVBoxLayout(steps);
    m_column->setContentsMargins(0, 0, 0, 0);
    m_column->setSpacing(2);
    layout->addWidget(steps);
    layout->addStretch(1);

    m_sandbox = new WrappedLabel(tr("Sandbox"), this);
    m_sandbox->setObjectName(QStringLiteral("sandboxBadge"));
    m_sandbox->setProperty("role", QStringLiteral("badge"));
    m_sandbox->setToolTip(tr("Practice mode: the malls are simulated on this computer and nothing "
                             "reaches the real malls."));
    m_sandbox->setVisible(false);
    layout->addWidget(m_sandbox);
    m_screenShare = new WrappedLabel(tr("Screen-share mode"), this);
    m_screenShare->setObjectName(QStringLiteral("screenShareBadge"));
    m_screenShare->setProperty("role", QStringLiteral("badge"));
    m_screenShare->setToolTip(tr("Passwords and keys stay hidden and cannot be shown."));
    m_screenShare->setVisible(false);
    layout->addWidget(m_screenShare);
    setMinimumWidth(170);
    setMaximumWidth(220);
}

void StepList::setSteps(const QStringList &titles)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_titles = titles;
    m_done = QList<bool>(titles.size(), false);
    m_skipped = QList<bool>(titles.size(), false);
    for (int i = 0; i < titles.size(); ++i) {
        auto *button = new StepButton(m_column->parentWidget());
        button->setObjectName(QStringLiteral("step_%1").arg(i + 1));
        button->setFocusPolicy(Qt::StrongFocus);  // every control is reached with Tab
        button->installEventFilter(this);
        connect(button, &QAbstractButton::clicked, this, [this, i] { emit stepActivated(i); });
        m_column->addWidget(button);
        m_buttons.append(button);
        refresh(i);
    }
}

void StepList::setCurrent(int index)
{
    const int previous = m_current;
    m_current = index;
    if (previous >= 0 && previous < count())
        refresh(previous);
    if (index >= 0 && index < count())
        refresh(index);
}

bool StepList::eventFilter(QObject *watched, QEvent *event)
{
    const int index = m_buttons.indexOf(qobject_cast<StepButton *>(watched));
    if (index < 0 || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    // Eaten here: the dialog must never see the Enter, nor leave the list with an arrow.
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit stepActivated(index);
        return true;
    case Qt::Key_Up:
    case Qt::Key_Left:
        if (index > 0)
            m_buttons.at(index - 1)->setFocus(Qt::BacktabFocusReason);
        return true;
    case Qt::Key_Down:
    case Qt::Key_Right:
        if (index + 1 < count())
            m_buttons.at(index + 1)->setFocus(Qt::TabFocusReason);
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void StepList::setDone(int index, bool done)
{
    if (index < 0 || index >= count())
        return;
    m_done[index] = done;
    refresh(index);
}

bool StepList::isDone(int index) const
{
    return index >= 0 && index < count() && m_done.at(index);
}

void StepList::setSkipped(int index, bool skipped)
{
    if (index < 0 || index >= count())
        return;
    m_skipped[index] = skipped;
    refresh(index);
}

bool StepList::isSkipped(int index) const
{
    return index >= 0 && index < count() && m_skipped.at(index);
}

void StepList::setModes(bool screenShare, bool sandbox)
{
    m_screenShare->setVisible(screenShare);
    m_sandbox->setVisible(sandbox);
}

QString StepList::text(int index) const
{
    return index >= 0 && index < count() ? m_buttons.at(index)->text() : QString();
}

QAbstractButton *StepList::stepButton(int index) const
{
    return index >= 0 && index < count() ? m_buttons.at(index) : nullptr;
}

void StepList::refresh(int index)
{
    StepButton *button = m_buttons.at(index);
    const bool current = index == m_current;
    QString text = QStringLiteral("%1 %2").arg(index + 1).arg(m_titles.at(index));
    if (m_done.at(index))
        text += QStringLiteral(" ✓");
    if (current)
        text += QStringLiteral(" ▶");
    button->setText(text);

    QStringList spoken{tr("Step %1: %2").arg(index + 1).arg(m_titles.at(index))};
    if (current)
        spoken << tr("current step");
    if (m_done.at(index))
        spoken << tr("linked");
    if (m_skipped.at(index))
        spoken << tr("not set up this time");
    button->setAccessibleName(spoken.join(QStringLiteral(", ")));
    button->setToolTip(spoken.join(QStringLiteral(", ")));
    // Else a screen reader reads the tooltip, the same words, a second time.
    button->setAccessibleDescription(tr("Click a step, or press Enter on it, to go there."));
    button->setCurrent(current);
    button->setDimmed(m_skipped.at(index));
}

}  // namespace crossma
