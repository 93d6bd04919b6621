#pragma once

#include "privatebus.h"

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>

#include <memory>

namespace crossma::test {

// A D-Bus session bus of its own (dbus-daemon, no service files) with the fake
// desktop notification service (tests/fakenotifications) on it, which records
// every notification it is asked to show.
class NotificationBus
{
public:
    enum class Seller { Ignores, Clicks };  // what happens to each notification
    NotificationBus();
    ~NotificationBus();

    // Starts the fake service; false if it did not take its name.
    bool startService(Seller seller, int afterMs = 200);
    void stopService();

    QString address() const { return m_address; }
    QList<QJsonObject> notifications() const;  // as recorded, oldest first

private:
    PrivateBus m_config{PrivateBus::SecretService::Absent};
    QProcess m_daemon;
    std::unique_ptr<QProcess> m_service;
    QString m_address;
    QString m_recordFile;
};

}  // namespace crossma::test
