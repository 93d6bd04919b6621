#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QVariant>

namespace crossma {

// Japan time: the malls count days in it and sellers read dates in it,
// wherever this computer's clock is set.
QTimeZone japanTime();
// The calendar day of `when` in Japan.
QDate japanDate(const QDateTime &when);
// Calendar days in Japan from `from` to `to` (not 24-hour blocks).
int japanDaysBetween(const QDateTime &from, const QDateTime &to);

// A date as sellers read it: "2025年3月1日", the day in Japan.
QString sellerDate(const QDateTime &when);
QString sellerDate(const QDate &day);
// A date and time as sellers read them: "2025年3月1日 9:30", in Japan time.
QString sellerDateTime(const QDateTime &when);
// A stored fact as people read it: an ISO date-time or a bare ISO date (a
// mall's day) in the forms above, anything else as it is.
QString sellerFactText(const QVariant &value);

}  // namespace crossma
