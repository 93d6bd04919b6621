#include "offerbar.h"

#include "look.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace crossma {

OfferBar::OfferBar(QWidget *parent) : QFrame(parent)
{
    setProperty("role", QStringLiteral("infoNote"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(8, 6, 8, 6);
    column->setSpacing(4);
    m_message = look::wrappedLabel(QString(), this);
    m_message->setObjectName(QStringLiteral("offerMessage"));
    column->addWidget(m_message);
    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(6);
    column->addLayout(m_buttons);
    setVisible(false);
}

void OfferBar::offer(const QString &message, const QList<Action> &actions, const QString &dismissText)
{
    look::clearLayout(m_buttons);
    m_actions = actions;
    m_message->setText(message);
    setAccessibleDescription(message);
    for (int i = 0; i < m_actions.size(); ++i)
        addButton(m_actions.at(i).text, m_actions.at(i).objectName, i);
    addButton(dismissText, QStringLiteral("offerDismiss"), -1);
    m_buttons->addStretch(1);
    setVisible(true);
}

void OfferBar::addButton(const QString &text, const QString &name, int actionIndex)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    connect(button, &QPushButton::clicked, this, [this, actionIndex] {
        // Copied first: dismiss() drops the actions (and the value they hold).
        const std::function<void()> run = actionIndex >= 0 ? m_actions.value(actionIndex).run
                                                           : std::function<void()>();
        dismiss();
        if (run)
            run();
    });
    m_buttons->addWidget(button);
}

void OfferBar::dismiss()
{
    m_actions.clear();
    m_message->clear();
    look::clearLayout(m_buttons);
    setVisible(false);
}

}  // namespace crossma
