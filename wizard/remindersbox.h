#pragma once

#include "dailycheck.h"

#include <QFrame>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace crossma {

class Connector;
class CredentialStore;

// The overview's reminders outside the app: 「期限が近づいたら通知する」
// (installs or removes the daily check, and says whether it is installed)
// and 「カレンダーに追加」 (the expiry dates as an .ics file: dates and mall
// names, never a key).
class RemindersBox : public QFrame
{
    Q_OBJECT
public:
    RemindersBox(const QList<const Connector *> &connectors, CredentialStore *store,
                 QWidget *parent = nullptr);

    // Tests replace these. Unset: the plan for this program and the store's
    // profile; a save dialog.
    static std::function<DailyCheckPlan(const CredentialStore &store)> planFor;
    static std::function<QString(QWidget *parent, const QString &suggested)> chooseCalendarFile;

    QCheckBox *notifySwitch() const { return m_switch; }
    QPushButton *calendarButton() const { return m_calendar; }
    QString stateText() const;
    // The daily check runs the sandbox's profile (status --notify --sandbox):
    // the window's context says so, as it does for everything else.
    void setSandbox(bool sandbox);
    QString messageText() const;

    // Writes the calendar of the stored expiries to `path`; false with a message.
    bool exportCalendar(const QString &path, QString *error) const;

private:
    void onSwitchClicked(bool on);
    void onCalendarClicked();
    void showState();
    void showMessage(const QString &text, bool problem);
    DailyCheckPlan planOf(bool sandbox) const;

    QList<const Connector *> m_connectors;
    CredentialStore *m_store;
    DailyCheckPlan m_plan;
    QCheckBox *m_switch;
    QLabel *m_state;
    QLabel *m_message;
    QPushButton *m_calendar;
};

}  // namespace crossma
