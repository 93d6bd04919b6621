#include "sellertime.h"

namespace crossma {

namespace {
// The malls' own screens write dates this way, and so do sellers.
const QString kDateFormat = QStringLiteral("yyyy年M月d日");
const QString kDateTimeFormat = QStringLiteral("yyyy年M月d日 H:mm");
}  // namespace

QTimeZone japanTime()
{
    // A fixed offset: Japan has no daylight saving time, and a named zone
    // would depend on the system's time zone database.
    return QTimeZone(9 * 3600);
}

QDate japanDate(const QDateTime &when)
{
    return when.toTimeZone(japanTime()).date();
}

int japanDaysBetween(const QDateTime &from, const QDateTime &to)
{
    return int(japanDate(from).daysTo(japanDate(to)));
}

QString sellerDate(const QDateTime &when)
{
    return sellerDate(japanDate(when));
}

QString sellerDate(const QDate &day)
{
    return day.toString(kDateFormat);
}

QString sellerDateTime(const QDateTime &when)
{
    return when.toTimeZone(japanTime()).toString(kDateTimeFormat);
}

QString sellerFactText(const QVariant &value)
{
    const QString text = value.toString();
    // A bare date first: Qt 6 would also read it as a date-time at midnight.
    if (const QDate day = QDate::fromString(text, Qt::ISODate); day.isValid() && text.size() == 10)
        return sellerDate(day);
    if (const QDateTime when = QDateTime::fromString(text, Qt::ISODate); when.isValid())
        return sellerDateTime(when);
    return text;
}

}  // namespace crossma
