#include "notifycommand.h"

#include "core/programpath.h"

#include "reminderrecord.h"

#include "core/connector.h"
#include "core/credentialstore.h"
#include "expiryreminders.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSettings>
#include <QTimer>

namespace crossma {

namespace {
// Long enough for another check (autostart and timer both at login) to send.
constexpr int kLockWaitMs = 15000;
}  // namespace

NotifyCommand::NotifyCommand(const QList<const Connector *> &connectors, QSettings *settings,
                             const QString &keychainService, Notifier *notifier, Options options)
    : m_connectors(connectors), m_settings(settings), m_service(keychainService),
      m_notifier(notifier), m_options(std::move(options))
{
    if (!m_options.launch) {
        m_options.launch = [](const QString &program, const QStringList &arguments) {
            return QProcess::startDetached(program, arguments);
        };
    }
}

int NotifyCommand::send(QString *error)
{
    // One check at a time per profile: the second one then finds the items
    // notified today instead of sending them again.
    const QString folder = QFileInfo(m_settings->fileName()).absolutePath();
    QDir().mkpath(folder);
    QLockFile lock(folder + QLatin1Char('/') + m_options.profile + QStringLiteral("-notify.lock"));
    if (!lock.tryLock(kLockWaitMs)) {
        *error = tr("Another expiry check is still running. Try again in a minute.");
        return 3;
    }
    m_settings->sync();  // what another check recorded meanwhile
    return sendDue(error);
}

int NotifyCommand::sendDue(QString *error)
{
    const CredentialStore store(m_service, m_settings);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int exitCode = 0;
    for (const ExpiryReminder &r : expiryReminders(m_connectors, store, now)) {
        const QDateTime last = ReminderRecord::lastNotified(*m_settings, r.mallId, r.fact.key);
        if (ReminderRecord::state(r.fact, last, now) != ReminderRecord::State::Due)
            continue;
        Notifier::Notice notice;
        notice.title = r.title();
        notice.body = r.body() + QLatin1Char('\n')
                      + tr("Click to open the settings of %1.").arg(r.mallName);
        notice.actionLabel = tr("Open the settings");
        notice.urgent = r.fact.expired();
        const quint32 id = m_notifier->show(notice, error);
        if (id == 0) {
            exitCode = 3;
            continue;
        }
        m_open.insert(id, r.mallId);
        ReminderRecord::setNotified(*m_settings, r.mallId, r.fact.key, now);
        m_titles.append(notice.title);
        m_json.append(QJsonObject{{QStringLiteral("mall"), r.mallId},
                                  {QStringLiteral("expiry"), r.fact.key},
                                  {QStringLiteral("title"), notice.title}});
    }
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        *error = tr("The notifications were shown, but the settings file could not be written, "
                    "so they may repeat today.");
        exitCode = 3;
    }
    return exitCode;
}

void NotifyCommand::waitForClicks()
{
    if (m_open.isEmpty() || m_options.waitForClicksMs <= 0)
        return;
    QEventLoop loop;
    const auto activated = QObject::connect(m_notifier, &Notifier::activated, &loop, [&](quint32 id) {
        const QString mallId = m_open.take(id);
        if (mallId.isEmpty())
            return;
        QStringList args{QStringLiteral("--edit"), mallId};
        if (m_options.sandbox)
            args << QStringLiteral("--sandbox");
        m_options.launch(programPath(), args);  // crossma-setup, which opens the window
        if (m_open.isEmpty())
            loop.quit();
    });
    const auto closed = QObject::connect(m_notifier, &Notifier::closed, &loop, [&](quint32 id) {
        m_open.remove(id);
        if (m_open.isEmpty())
            loop.quit();
    });
    QTimer::singleShot(m_options.waitForClicksMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(activated);
    QObject::disconnect(closed);
}

}  // namespace crossma
