#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace crossma {

// One all-day event of an iCalendar file, with a reminder a week before.
struct CalendarEvent {
    QString uid;  // stable, so a second import updates the event instead of adding one
    QDate date;
    QString summary;
    QString description;
};

// An RFC 5545 calendar (VCALENDAR of VEVENTs with a VALARM each): CRLF line
// ends, text escaped and lines folded at 75 octets without splitting a
// UTF-8 character. `stamp` is the DTSTAMP of every event.
QByteArray calendarFile(const QList<CalendarEvent> &events, const QDateTime &stamp);

// The pieces, for the tests.
QString calendarEscape(const QString &text);
QByteArray calendarFold(const QByteArray &line);

}  // namespace crossma
