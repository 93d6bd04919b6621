#include "reminderrecord.h"

#include "core/sellertime.h"

#include <QSettings>

namespace crossma::ReminderRecord {

namespace {
QString key(const QString &mallId, const QString &factKey)
{
    return QStringLiteral("reminders/%1/%2/notifiedAt").arg(mallId, factKey);
}
}  // namespace

QString stateName(State state)
{
    switch (state) {
    case State::Due:
        return QStringLiteral("due");
    case State::NotifiedToday:
        return QStringLiteral("notified-today");
    case State::NotDue:
        break;
    }
    return QStringLiteral("not-due");
}

QDateTime lastNotified(const QSettings &settings, const QString &mallId, const QString &factKey)
{
    return QDateTime::fromString(settings.value(key(mallId, factKey)).toString(), Qt::ISODate);
}

void setNotified(QSettings &settings, const QString &mallId, const QString &factKey,
                 const QDateTime &when)
{
    settings.setValue(key(mallId, factKey), when.toUTC().toString(Qt::ISODate));
}

State state(const ExpiryFact &fact, const QDateTime &lastNotified, const QDateTime &now)
{
    if (!fact.needsAttention())
        return State::NotDue;
    if (lastNotified.isValid() && japanDate(lastNotified) == japanDate(now))
        return State::NotifiedToday;
    return State::Due;
}

}  // namespace crossma::ReminderRecord
