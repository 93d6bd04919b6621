#include "freedesktopnotifier.h"

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QCoreApplication>
#include <QDBusMessage>
#include <QVariantMap>

namespace crossma {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kDefaultAction = QStringLiteral("default");
// The packaged desktop entry: the notification shows its name and icon.
const QString kDesktopEntry = QStringLiteral("jp.crossma.setup");
// A notification service answers at once; a hung one must not hold the check.
constexpr int kCallTimeoutMs = 5000;
}  // namespace

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : Notifier(parent), m_bus(bus)
{
    // Before the first Notify, so that no early click or close is missed.
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onClosed(uint, uint)));
}

bool FreedesktopNotifier::bodyMarkup()
{
    if (!m_bodyMarkup) {
        const QDBusMessage reply = m_bus.call(
            QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                           QStringLiteral("GetCapabilities")),
            QDBus::Block, kCallTimeoutMs);
        m_bodyMarkup = reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()
                       && reply.arguments().constFirst().toStringList().contains(
                           QStringLiteral("body-markup"));
    }
    return *m_bodyMarkup;
}

quint32 FreedesktopNotifier::show(const Notice &notice, QString *error)
{
    if (!m_bus.isConnected()) {
        *error = tr("No desktop session was found (no D-Bus session bus), so no notification "
                    "could be shown.");
        return 0;
    }
    // Menu paths hold ">": a service that reads markup would drop them.
    const QString body = bodyMarkup() ? notice.body.toHtmlEscaped() : notice.body;
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), kDesktopEntry},
        {QStringLiteral("urgency"), QVariant::fromValue(uchar(notice.urgent ? 2 : 1))}};
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                       QStringLiteral("Notify"));
    call << tr("crossma-setup") << uint(0) << kDesktopEntry << notice.title << body
         << QStringList{kDefaultAction, notice.actionLabel} << hints << int(-1);
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, kCallTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        *error = tr("The desktop's notification service did not show the notification (%1).")
                     .arg(reply.errorName());
        return 0;
    }
    return reply.arguments().constFirst().toUInt();
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    if (action == kDefaultAction)
        emit activated(id);
}

void FreedesktopNotifier::onClosed(uint id, uint /*reason*/)
{
    emit closed(id);
}

std::unique_ptr<Notifier> createDesktopNotifier()
{
    return std::make_unique<FreedesktopNotifier>(QDBusConnection::sessionBus());
}

}  // namespace crossma

#else
#include <QCoreApplication>

namespace crossma {

namespace {
// Windows and macOS have their own notification centres; not wired up yet.
class UnsupportedNotifier : public Notifier
{
public:
    quint32 show(const Notice &, QString *error) override
    {
        *error = QCoreApplication::translate("crossma::FreedesktopNotifier",
                                             "Desktop notifications are not supported on this "
                                             "system yet.");
        return 0;
    }
};
}  // namespace

std::unique_ptr<Notifier> createDesktopNotifier()
{
    return std::make_unique<UnsupportedNotifier>();
}

}  // namespace crossma
#endif
