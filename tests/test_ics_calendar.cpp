// 「カレンダーに追加」: the stored expiries as an RFC 5545 calendar, parsed
// back here (unfolded, unescaped), with secrets planted in the keychain and in
// the settings that must not reach the file.
#include "test_wizard_support.h"

#include "calendarfile.h"
#include "core/sellertime.h"
#include "overviewpage.h"
#include "registry.h"
#include "remindersbox.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace crossma;

namespace {

// RFC 5545 3.1: a CRLF followed by one space or tab continues the line.
QStringList unfold(const QByteArray &file)
{
    QByteArray joined = file;
    joined.replace("\r\n ", "").replace("\r\n\t", "");
    QStringList out;
    for (const QByteArray &line : joined.split('\n'))
        out << QString::fromUtf8(line.endsWith('\r') ? line.chopped(1) : line);
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

QString unescape(const QString &text)
{
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            out += (next == QLatin1Char('n') || next == QLatin1Char('N')) ? QStringLiteral("\n")
                                                                          : QString(next);
        } else {
            out += text.at(i);
        }
    }
    return out;
}

struct Event {
    QMap<QString, QString> props;  // name (with parameters) -> value, alarm's prefixed "VALARM/"
};

QList<Event> events(const QStringList &lines)
{
    QList<Event> out;
    bool inAlarm = false;
    for (const QString &line : lines) {
        if (line == QLatin1String("BEGIN:VEVENT"))
            out.append(Event{});
        else if (line == QLatin1String("BEGIN:VALARM"))
            inAlarm = true;
        else if (line == QLatin1String("END:VALARM"))
            inAlarm = false;
        else if (!out.isEmpty() && line != QLatin1String("END:VEVENT")
                 && !line.startsWith(QLatin1String("END:VCALENDAR"))) {
            const int colon = line.indexOf(QLatin1Char(':'));
            out.last().props.insert((inAlarm ? QStringLiteral("VALARM/") : QString())
                                        + line.left(colon),
                                    line.mid(colon + 1));
        }
    }
    return out;
}

}  // namespace

TEST_CASE("Calendar text is escaped and long lines fold on UTF-8 character boundaries", "[ics]")
{
    CHECK(calendarEscape(QStringLiteral("a,b;c\\d\ne")) == QStringLiteral("a\\,b\\;c\\\\d\\ne"));
    const QString text = QStringLiteral("DESCRIPTION:") + QString(60, QChar(0x6700))
                         + QStringLiteral("abc");
    const QByteArray folded = calendarFold(text.toUtf8());
    const QList<QByteArray> physical = folded.split('\n');
    REQUIRE(physical.size() > 2);
    for (QByteArray line : physical) {
        if (line.endsWith('\r'))
            line.chop(1);
        CHECK(line.size() <= 75);
        // Each physical line is valid UTF-8 on its own.
        CHECK(QString::fromUtf8(line).toUtf8() == line);
        CHECK_FALSE(QString::fromUtf8(line).contains(QChar::ReplacementCharacter));
    }
    CHECK(unfold(folded + "\r\n") == QStringList{text});
}

TEST_CASE("Add to calendar saves one event per expiry with a reminder a week before, and no key",
          "[ics]")
{
    test::TestStore t;
    test::RakutenValues rakuten;
    const QDate due = japanDate(QDateTime::currentDateTimeUtc()).addDays(30);
    REQUIRE(test::storeSave(t.store, QStringLiteral("rakuten"),
                            {{QStringLiteral("serviceSecret"), rakuten.secret},
                             {QStringLiteral("licenseKey"), rakuten.license}},
                            {{QStringLiteral("shopUrl"), rakuten.shopUrl}},
                            {{QStringLiteral("licenseExpiry"),
                              due.toString(Qt::ISODate) + QStringLiteral("T23:59:59+09:00")}})
                .outcome.ok());
    // An older or edited settings file with a secret in it: still never exported.
    const QString plantedInSettings = QStringLiteral("SL338500_plantedinsettings");
    t.settings->setValue(QStringLiteral("malls/rakuten/fields/licenseKey"), plantedInSettings);
    t.settings->setValue(QStringLiteral("malls/rakuten/facts/note"), plantedInSettings);
    t.settings->sync();

    const auto connectors = createConnectors();
    QList<const Connector *> list;
    for (const auto &c : connectors)
        list.append(c.get());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("期限.ics"));
    RemindersBox::chooseCalendarFile = [&](QWidget *, const QString &suggested) {
        CHECK(suggested.endsWith(QLatin1String(".ics")));
        return path;
    };
    OverviewPage overview(list, &t.store, Endpoints{});
    auto *box = overview.findChild<RemindersBox *>(QStringLiteral("remindersBox"));
    REQUIRE(box);
    auto *button = box->findChild<QPushButton *>(QStringLiteral("calendarButton"));
    REQUIRE(button);
    CHECK(button->text() == QStringLiteral("カレンダーに追加"));
    button->click();
    RemindersBox::chooseCalendarFile = nullptr;
    CHECK(box->messageText().contains(QStringLiteral("期限.ics")));

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // CRLF everywhere, no bare LF.
    CHECK(bytes.count('\n') == bytes.count("\r\n"));
    const QStringList lines = unfold(bytes);
    REQUIRE(lines.first() == QStringLiteral("BEGIN:VCALENDAR"));
    REQUIRE(lines.last() == QStringLiteral("END:VCALENDAR"));
    CHECK(lines.contains(QStringLiteral("VERSION:2.0")));
    const QList<Event> parsed = events(lines);
    REQUIRE(parsed.size() == 1);
    const auto &p = parsed.first().props;
    CHECK(p.value(QStringLiteral("DTSTART;VALUE=DATE")) == due.toString(QStringLiteral("yyyyMMdd")));
    CHECK(p.value(QStringLiteral("UID")).contains(QStringLiteral("rakuten")));
    CHECK(!p.value(QStringLiteral("DTSTAMP")).isEmpty());
    CHECK(unescape(p.value(QStringLiteral("SUMMARY")))
          == QStringLiteral("楽天市場: ライセンスキーの有効期限"));
    const QString description = unescape(p.value(QStringLiteral("DESCRIPTION")));
    CHECK(description.contains(sellerDate(due)));
    CHECK(description.contains(
        QStringLiteral("RMS（店舗様向け情報・サービス > WEB APIサービス > 利用設定）")));
    CHECK(p.value(QStringLiteral("VALARM/ACTION")) == QStringLiteral("DISPLAY"));
    // A week before at 9:00: 7 days less the 9 hours into the (midnight) start.
    CHECK(p.value(QStringLiteral("VALARM/TRIGGER")) == QStringLiteral("-P6DT15H"));

    for (const QString &secret : {rakuten.secret, rakuten.license, plantedInSettings})
        CHECK_FALSE(bytes.contains(secret.toUtf8()));
    CHECK_FALSE(bytes.contains(rakuten.shopUrl.toUtf8()));
}
