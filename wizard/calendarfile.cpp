#include "calendarfile.h"

namespace crossma {

namespace {
constexpr int kMaxOctets = 75;

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

void addLine(QByteArray &out, const QString &line)
{
    out += calendarFold(line.toUtf8());
    out += "\r\n";
}

void addEvent(QByteArray &out, const CalendarEvent &event, const QString &stamp)
{
    const QString day = event.date.toString(QStringLiteral("yyyyMMdd"));
    const QString nextDay = event.date.addDays(1).toString(QStringLiteral("yyyyMMdd"));
    addLine(out, QStringLiteral("BEGIN:VEVENT"));
    addLine(out, QStringLiteral("UID:") + calendarEscape(event.uid));
    addLine(out, QStringLiteral("DTSTAMP:") + stamp);
    addLine(out, QStringLiteral("DTSTART;VALUE=DATE:") + day);
    addLine(out, QStringLiteral("DTEND;VALUE=DATE:") + nextDay);
    addLine(out, QStringLiteral("SUMMARY:") + calendarEscape(event.summary));
    addLine(out, QStringLiteral("DESCRIPTION:") + calendarEscape(event.description));
    addLine(out, QStringLiteral("TRANSP:TRANSPARENT"));
    addLine(out, QStringLiteral("BEGIN:VALARM"));
    addLine(out, QStringLiteral("ACTION:DISPLAY"));
    addLine(out, QStringLiteral("DESCRIPTION:") + calendarEscape(event.summary));
    // A week before, at 9:00: an all-day event starts at midnight.
    addLine(out, QStringLiteral("TRIGGER:-P6DT15H"));
    addLine(out, QStringLiteral("END:VALARM"));
    addLine(out, QStringLiteral("END:VEVENT"));
}
}  // namespace

QString calendarEscape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const QString normalised = QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (const QChar c : normalised) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QByteArray calendarFold(const QByteArray &line)
{
    QByteArray out;
    int start = 0;
    int room = kMaxOctets;  // a continuation line's leading space counts too
    while (line.size() - start > room) {
        int end = start + room;
        while (end > start && isContinuationByte(line.at(end)))
            --end;  // never split a UTF-8 character
        out += line.mid(start, end - start);
        out += "\r\n ";
        start = end;
        room = kMaxOctets - 1;
    }
    out += line.mid(start);
    return out;
}

QByteArray calendarFile(const QList<CalendarEvent> &events, const QDateTime &stamp)
{
    const QString stampText = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QByteArray out;
    addLine(out, QStringLiteral("BEGIN:VCALENDAR"));
    addLine(out, QStringLiteral("VERSION:2.0"));
    addLine(out, QStringLiteral("PRODID:-//crossma//crossma-setup//JA"));
    addLine(out, QStringLiteral("CALSCALE:GREGORIAN"));
    addLine(out, QStringLiteral("METHOD:PUBLISH"));
    for (const CalendarEvent &event : events)
        addEvent(out, event, stampText);
    addLine(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

}  // namespace crossma
