#pragma once

#include "core/expiryfacts.h"

#include <QDateTime>
#include <QString>

class QSettings;

namespace crossma {

// When each expiry was last notified, kept in the settings (a time, never a
// key), so that the daily check repeats an item at most once a day in Japan.
namespace ReminderRecord {

enum class State {
    NotDue,         // outside its warning days
    Due,            // within them, not notified today
    NotifiedToday,  // within them, notified already today
};
QString stateName(State state);  // "not-due", "due", "notified-today"

QDateTime lastNotified(const QSettings &settings, const QString &mallId, const QString &factKey);
void setNotified(QSettings &settings, const QString &mallId, const QString &factKey,
                 const QDateTime &when);
State state(const ExpiryFact &fact, const QDateTime &lastNotified, const QDateTime &now);

}  // namespace ReminderRecord
}  // namespace crossma
