// A desktop notification service for the reminder tests.
//
// It owns org.freedesktop.Notifications on the session bus it is started on,
// answers Notify with a new id and appends each call to a record file, one
// JSON object a line (app name, title, body, actions, urgency, desktop entry).
// What the "seller" then does with each notification:
//
//   crossma_fake_notifications <record file> close <ms>   closed after <ms> (expired)
//   crossma_fake_notifications <record file> click <ms>   clicked after <ms>, then closed
//
// It prints "ready" once it owns the name, and ends with its bus.
#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace {

const QString kName = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

class Service : public QDBusVirtualObject
{
public:
    Service(const QString &recordFile, bool click, int delayMs)
        : m_recordFile(recordFile), m_click(click), m_delayMs(delayMs)
    {
    }

    QString introspect(const QString &) const override { return {}; }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        if (message.type() != QDBusMessage::MethodCallMessage)
            return false;
        const QString member = message.member();
        QDBusConnection bus(connection);
        if (member == QLatin1String("GetCapabilities")) {
            // "body-markup": the client must escape what it means as text.
            bus.send(message.createReply(QVariant(QStringList{
                QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("body-markup")})));
        } else if (member == QLatin1String("GetServerInformation")) {
            bus.send(
                message.createReply(QVariantList{QStringLiteral("fake"), QStringLiteral("crossma"),
                                                 QStringLiteral("1"), QStringLiteral("1.2")}));
        } else if (member == QLatin1String("Notify") && message.arguments().size() == 8) {
            bus.send(message.createReply(QVariant::fromValue(uint(notify(message, bus)))));
        } else if (member == QLatin1String("CloseNotification")) {
            bus.send(message.createReply());
        } else {
            bus.send(message.createErrorReply(
                QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"), member));
        }
        return true;
    }

private:
    uint notify(const QDBusMessage &message, const QDBusConnection &connection)
    {
        const QVariantList a = message.arguments();
        const uint id = ++m_lastId;
        const QVariantMap hints = qdbus_cast<QVariantMap>(a.at(6));
        const QJsonObject record{
            {QStringLiteral("id"), int(id)},
            {QStringLiteral("app"), a.at(0).toString()},
            {QStringLiteral("icon"), a.at(2).toString()},
            {QStringLiteral("title"), a.at(3).toString()},
            {QStringLiteral("body"), a.at(4).toString()},
            {QStringLiteral("actions"), QJsonArray::fromStringList(a.at(5).toStringList())},
            {QStringLiteral("urgency"), hints.value(QStringLiteral("urgency")).toInt()},
            {QStringLiteral("desktopEntry"), hints.value(QStringLiteral("desktop-entry")).toString()},
            {QStringLiteral("timeout"), a.at(7).toInt()},
        };
        QFile file(m_recordFile);
        if (file.open(QIODevice::Append))
            file.write(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
        const QString sender = message.service();
        QTimer::singleShot(m_delayMs, [this, id, sender, connection] {
            QDBusConnection bus(connection);
            if (m_click) {
                // Sent to the notification's owner, as GNOME Shell does.
                QDBusMessage clicked = QDBusMessage::createTargetedSignal(
                    sender, kPath, kName, QStringLiteral("ActionInvoked"));
                clicked << id << QStringLiteral("default");
                bus.send(clicked);
            }
            QDBusMessage closed = QDBusMessage::createTargetedSignal(
                sender, kPath, kName, QStringLiteral("NotificationClosed"));
            closed << id << uint(m_click ? 2 : 1);
            bus.send(closed);
        });
        return id;
    }

    QString m_recordFile;
    bool m_click;
    int m_delayMs;
    uint m_lastId = 0;
};

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4
        || (args.at(2) != QLatin1String("close") && args.at(2) != QLatin1String("click"))) {
        std::fprintf(stderr, "usage: crossma_fake_notifications <record file> close|click <ms>\n");
        return 2;
    }
    QDBusConnection session = QDBusConnection::sessionBus();
    Service service(args.at(1), args.at(2) == QLatin1String("click"), args.at(3).toInt());
    if (!session.isConnected() || !session.registerVirtualObject(kPath, &service)
        || !session.registerService(kName)) {
        std::fprintf(stderr, "fake-notifications: cannot own %s\n", qPrintable(kName));
        return 3;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &app, [&session] {
        if (!session.isConnected())
            QCoreApplication::quit();
    });
    watch.start(500);
    QTimer::singleShot(5 * 60 * 1000, &app, &QCoreApplication::quit);
    return app.exec();
}
