#pragma once

#include "notifier.h"

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QDBusConnection>

#include <optional>

namespace crossma {

// org.freedesktop.Notifications (Desktop Notifications Specification 1.2)
// on a D-Bus session bus.
class FreedesktopNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit FreedesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);
    quint32 show(const Notice &notice, QString *error) override;

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    bool bodyMarkup();

    QDBusConnection m_bus;
    std::optional<bool> m_bodyMarkup;
};

}  // namespace crossma
#endif
