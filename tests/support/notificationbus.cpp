#include "notificationbus.h"

#include "testpaths.h"
#include "waitfor.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace crossma::test {

NotificationBus::NotificationBus()
{
    m_recordFile = QFileInfo(m_config.configFile()).absolutePath() + QStringLiteral("/notify.jsonl");
    m_daemon.start(QStringLiteral("dbus-daemon"),
                   {QStringLiteral("--config-file=") + m_config.configFile(),
                    QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    if (!m_daemon.waitForStarted(10000))
        return;
    waitFor([this] { return m_daemon.canReadLine(); }, 10000);
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
}

NotificationBus::~NotificationBus()
{
    stopService();
    m_daemon.terminate();
    if (!m_daemon.waitForFinished(3000))
        m_daemon.kill();
    m_daemon.waitForFinished(3000);
}

bool NotificationBus::startService(Seller seller, int afterMs)
{
    stopService();
    m_service = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    m_service->setProcessEnvironment(environment);
    m_service->start(fakeNotificationsBinary(),
                     {m_recordFile,
                      seller == Seller::Clicks ? QStringLiteral("click") : QStringLiteral("close"),
                      QString::number(afterMs)});
    if (!m_service->waitForStarted(10000))
        return false;
    return waitFor([this] { return m_service->readAllStandardOutput().contains("ready"); }, 10000);
}

void NotificationBus::stopService()
{
    if (!m_service)
        return;
    m_service->terminate();
    if (!m_service->waitForFinished(3000))
        m_service->kill();
    m_service->waitForFinished(3000);
    m_service.reset();
}

QList<QJsonObject> NotificationBus::notifications() const
{
    QFile file(m_recordFile);
    QList<QJsonObject> out;
    if (!file.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    }
    return out;
}

}  // namespace crossma::test
