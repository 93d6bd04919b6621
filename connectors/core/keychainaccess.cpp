#include "keychainaccess.h"

#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define CROSSMA_SECRET_SERVICE 1
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

namespace crossma {

KeychainAccess::KeychainAccess(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

KeychainAccess::Result::Kind KeychainAccess::classify(int keychainError, const QString &errorString)
{
    switch (keychainError) {
    case QKeychain::NoError:
        return Result::Ok;
    case QKeychain::EntryNotFound:
        return Result::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Result::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Result::Unavailable;
    default:
        break;
    }
    // A D-Bus call that timed out says nothing about whether the keychain
    // carried it out: it may still do so.
    const QString text = errorString.toLower();
    if (text.contains(QLatin1String("timeout was reached"))
        || text.contains(QLatin1String("timed out")) || text.contains(QLatin1String("noreply"))
        || text.contains(QLatin1String("did not receive a reply")))
        return Result::TimedOut;
    // libsecret reports a missing Secret Service and a locked collection as
    // OtherError; only its text tells them apart.
    if (text.contains(QLatin1String("org.freedesktop.secrets"))
        || text.contains(QLatin1String("serviceunknown"))
        || text.contains(QLatin1String("was not provided"))
        || text.contains(QLatin1String("no such interface"))
        || text.contains(QLatin1String("cannot autolaunch"))
        || text.contains(QLatin1String("could not connect"))
        || text.contains(QLatin1String("failed to connect")))
        return Result::Unavailable;
    if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("dismissed"))
        || text.contains(QLatin1String("denied")) || text.contains(QLatin1String("cancel")))
        return Result::Denied;
    return Result::Failed;
}

void KeychainAccess::read(const QString &key, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, std::move(done));
}

void KeychainAccess::write(const QString &key, const QByteArray &data, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(data);
    run(job, std::move(done));
}

void KeychainAccess::remove(const QString &key, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, std::move(done));
}

void KeychainAccess::run(QKeychain::Job *job, Done done)
{
    // Never a plain-text file instead of the keychain.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    ++m_inFlight;
    auto end = [this, done = std::move(done)](const Result &result) {
        --m_inFlight;
        done(result);
    };
    connect(job, &QKeychain::Job::finished, this, [this, end](QKeychain::Job *j) {
        Result result;
        result.kind = classify(j->error(), j->errorString());
        if (result.kind != Result::Ok && result.kind != Result::NotFound)
            result.detail = j->errorString();
        auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(j);
        if (reader && result.ok())
            result.data = reader->binaryData();
        if (reader && result.kind == Result::NotFound) {
            // A locked keyring hides its items: "not found" may mean "locked".
            checkLocked([end, result](bool locked) {
                Result checked = result;
                if (locked) {
                    checked.kind = Result::Denied;
                    checked.detail = QStringLiteral("the default keyring is locked");
                }
                end(checked);
            });
            return;
        }
        end(result);
    });
    job->start();
}

void KeychainAccess::checkLocked(std::function<void(bool)> done)
{
#ifdef CROSSMA_SECRET_SERVICE
    // libsecret returns nothing for the items of a locked collection (and
    // cannot unlock it without a prompter), so ask the Secret Service itself.
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    call << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto *watcher = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(call, m_timeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [watcher, done] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *watcher;
        done(!reply.isError() && reply.value().variant().toBool());
    });
#else
    done(false);
#endif
}

}  // namespace crossma
