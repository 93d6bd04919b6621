#include "remindersbox.h"

#include "calendarfile.h"
#include "core/credentialstore.h"
#include "core/sellertime.h"
#include "expiryreminders.h"
#include "look.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace crossma {

std::function<DailyCheckPlan(const CredentialStore &)> RemindersBox::planFor;
std::function<QString(QWidget *, const QString &)> RemindersBox::chooseCalendarFile;

RemindersBox::RemindersBox(const QList<const Connector *> &connectors, CredentialStore *store,
                           QWidget *parent)
    : QFrame(parent), m_connectors(connectors), m_store(store), m_plan(planOf(false)),
      m_switch(new QCheckBox(tr("Notify me when an expiry date is near"), this)),
      m_state(look::wrappedLabel(QString(), this)), m_message(look::wrappedLabel(QString(), this)),
      m_calendar(new QPushButton(tr("Add to calendar"), this))
{
    setObjectName(QStringLiteral("remindersBox"));
    m_switch->setObjectName(QStringLiteral("notifySwitch"));
    m_switch->setToolTip(
        tr("Checks the expiry dates once a day, also while this app is closed, and shows a "
           "desktop notification for each one that is near."));
    m_state->setObjectName(QStringLiteral("notifyState"));
    m_message->setObjectName(QStringLiteral("remindersMessage"));
    m_message->hide();
    m_calendar->setObjectName(QStringLiteral("calendarButton"));
    m_calendar->setToolTip(tr("Saves the expiry dates as a calendar file (.ics) for Google "
                              "Calendar or Outlook, with a reminder a week before. It holds "
                              "dates and mall names only, never a key."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_switch);
    row->addWidget(m_state, 1);
    row->addWidget(m_calendar);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_switch, &QCheckBox::clicked, this, &RemindersBox::onSwitchClicked);
    connect(m_calendar, &QPushButton::clicked, this, &RemindersBox::onCalendarClicked);
    showState();
}

DailyCheckPlan RemindersBox::planOf(bool sandbox) const
{
    return planFor ? planFor(*m_store) : DailyCheck::forThisProgram(m_store->service(), sandbox);
}

void RemindersBox::setSandbox(bool sandbox)
{
    m_plan = planOf(sandbox);
    showState();
}

QString RemindersBox::stateText() const
{
    return m_state->text();
}

QString RemindersBox::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void RemindersBox::showState()
{
    if (!DailyCheck::supported()) {
        m_switch->setEnabled(false);
        m_state->setText(tr("Not supported on this system yet."));
        return;
    }
    const bool installed = DailyCheck::isInstalled(m_plan);
    m_switch->setChecked(installed);
    if (!installed)
        m_state->setText(tr("Off: reminders show only when this app is open."));
    else if (m_plan.systemd)
        m_state->setText(tr("On: checked at login and every morning at 9:00."));
    else
        m_state->setText(tr("On: checked at every login."));
}

void RemindersBox::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    look::setRole(m_message, problem ? QStringLiteral("progressFailed") : QString());
}

void RemindersBox::onSwitchClicked(bool on)
{
    // A few hundred bytes per file: written at once.
    QString error;
    const bool ok = on ? DailyCheck::install(m_plan, &error) : DailyCheck::remove(m_plan, &error);
    showMessage(ok ? QString() : error, !ok);
    showState();
}

bool RemindersBox::exportCalendar(const QString &path, QString *error) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<CalendarEvent> events;
    for (const ExpiryReminder &r : expiryReminders(m_connectors, *m_store, now)) {
        if (r.fact.expired())
            continue;  // a reminder in the past helps no one
        const QDate day = japanDate(r.fact.expiry);
        events.append({QStringLiteral("%1-%2-%3@crossma-setup")
                           .arg(r.mallId, r.fact.key, day.toString(QStringLiteral("yyyyMMdd"))),
                       day, r.calendarSummary(), r.calendarDescription()});
    }
    if (events.isEmpty()) {
        *error = tr("No expiry dates are saved yet. Run the connection test of a mall first.");
        return false;
    }
    const QByteArray bytes = calendarFile(events, now);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

void RemindersBox::onCalendarClicked()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              + QStringLiteral("/crossma-expiry.ics");
    const QString path = chooseCalendarFile
                             ? chooseCalendarFile(this, suggested)
                             : QFileDialog::getSaveFileName(this, tr("Add to calendar"), suggested,
                                                            tr("Calendar file (*.ics)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportCalendar(path, &error))
        showMessage(tr("Saved %1. Open it with your calendar (Google Calendar: Settings > "
                       "Import & export).")
                        .arg(QDir::toNativeSeparators(path)),
                    false);
    else
        showMessage(error, true);
}

}  // namespace crossma
