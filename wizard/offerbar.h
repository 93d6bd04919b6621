#pragma once

#include <QFrame>
#include <QList>

#include <functional>

class QHBoxLayout;
class QLabel;

namespace crossma {

// A small bar that asks one question with a few answers ("Move it there?"
// Move / Leave it). Answering or dismissing hides it and drops the answers,
// and with them whatever value they held.
class OfferBar : public QFrame
{
    Q_OBJECT
public:
    struct Action {
        QString text;        // translated button text
        QString objectName;  // for tests and accessibility tools
        std::function<void()> run;
    };

    explicit OfferBar(QWidget *parent = nullptr);

    // Shows `message` with one button per action and a last one that only dismisses.
    void offer(const QString &message, const QList<Action> &actions, const QString &dismissText);
    void dismiss();

private:
    void addButton(const QString &text, const QString &name, int actionIndex);

    QLabel *m_message = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QList<Action> m_actions;
};

}  // namespace crossma
