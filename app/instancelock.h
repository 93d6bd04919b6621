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
// another one.
class InstanceLock : public QObject
{
    Q_OBJECT
public:
    explicit InstanceLock(bool sandbox, QObject *parent = nullptr);
    ~InstanceLock() override;

    // Takes the lock, waiting up to `waitMs` for another process to let go.
    bool tryLock(int waitMs);
    // The holder: calls `raise` whenever a second window start asks for it.
    bool listen(std::function<void()> raise);
    // Lets go of the lock and the socket now, as the destructor would.
    void release();
    // A second window start: asks the holder to come to the front.
    bool askHolderToRaise(int timeoutMs = 2000) const;

    QString lockFileName() const { return m_lockFile; }
    QString socketName() const;

private:
    QString m_lockFile;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

}  // namespace crossma
