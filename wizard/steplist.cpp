#include "steplist.h"
#include "wrappedlabel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QVBoxLayout>

namespace crossma {

StepList::StepList(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stepSide"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("stepList"));
    m_list->setAccessibleName(tr("Steps"));
    // It tells where the seller is, and jumps there: by mouse, or arrows and Enter / Space.
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::StrongFocus);
    m_list->setToolTip(tr("Click a step, or press Enter on it, to go there."));
    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit stepActivated(m_list->row(item)); });

    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSpacing(2);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QPalette palette = m_list->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    m_list->setPalette(palette);
    layout->addWidget(m_list, 1);

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
    m_titles = titles;
    m_done = QList<bool>(titles.size(), false);
    m_skipped = QList<bool>(titles.size(), false);
    m_list->clear();
    for (int i = 0; i < titles.size(); ++i) {
        m_list->addItem(QString());
        refresh(i);
    }
}

void StepList::setCurrent(int index)
{
    const int previous = m_current;
    m_current = index;
    if (previous >= 0 && previous < count())
        refresh(previous);
    if (index >= 0 && index < count()) {
        refresh(index);
        m_list->setCurrentRow(index);  // arrows start from where the seller is
    }
}

bool StepList::eventFilter(QObject *watched, QEvent *event)
{
    // Enter or Space on the focused entry; eaten here so the dialog never sees the Enter.
    if (watched == m_list && event->type() == QEvent::KeyPress && m_list->currentRow() >= 0) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) {
            emit stepActivated(m_list->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
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
    return m_list->item(index) ? m_list->item(index)->text() : QString();
}

void StepList::refresh(int index)
{
    QListWidgetItem *item = m_list->item(index);
    if (!item)
        return;
    const bool current = index == m_current;
    QString text = QStringLiteral("%1 %2").arg(index + 1).arg(m_titles.at(index));
    if (m_done.at(index))
        text += QStringLiteral(" ✓");
    if (current)
        text += QStringLiteral(" ▶");
    item->setText(text);

    QStringList spoken{tr("Step %1: %2").arg(index + 1).arg(m_titles.at(index))};
    if (current)
        spoken << tr("current step");
    if (m_done.at(index))
        spoken << tr("linked");
    if (m_skipped.at(index))
        spoken << tr("not set up this time");
    item->setData(Qt::AccessibleTextRole, spoken.join(QStringLiteral(", ")));
    item->setToolTip(spoken.join(QStringLiteral(", ")));

    QFont font = m_list->font();
    font.setBold(current);
    item->setFont(font);
    const QPalette palette = m_list->palette();
    item->setForeground(m_skipped.at(index) && !current
                            ? palette.color(QPalette::Disabled, QPalette::Text)
                            : palette.color(QPalette::Text));
    item->setBackground(current ? palette.color(QPalette::Highlight).lighter(170) : QBrush());
}

}  // namespace crossma
