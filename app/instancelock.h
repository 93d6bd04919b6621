#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QLocalServer;

namespace crossma {

// One process at a time may write a profile's settings and keychain entries:
// a lock file in the runtime folder (QStandardPaths::RuntimeLocation). The
// window that holds it listens on a local socket next to it, so a second
// start of the window brings the first to the front instead of opening
// another one (on the mall a reminder's click asks for, --edit MALL).
class InstanceLock : public QObject
{
    Q_OBJECT
public:
    explicit InstanceLock(bool sandbox, QObject *parent = nullptr);
    ~InstanceLock() override;

    // Takes the lock, waiting up to `waitMs` for another process to let go.
    bool tryLock(int waitMs);
    // The holder: calls `raise` whenever a second window start asks for it,
    // with the mall that start was for (empty: none, or not a plain mall id).
    bool listen(std::function<void(const QString &mallId)> raise);
    // Lets go of the lock and the socket now, as the destructor would.
    void release();
    // A second window start: asks the holder to come to the front, on
    // `mallId`'s page if it is not busy with another.
    bool askHolderToRaise(const QString &mallId = {}, int timeoutMs = 2000) const;

    QString lockFileName() const { return m_lockFile; }
    QString socketName() const;

private:
    QString m_lockFile;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

}  // namespace crossma
