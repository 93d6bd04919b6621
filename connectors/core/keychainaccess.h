#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace crossma {

// One asynchronous QtKeychain call. `done` runs exactly once, when the job
// has really ended, however late that is: a write that is still under way
// may yet land, so nobody may act as if it failed before then. Deadlines
// belong to the caller (CredentialStore). Callbacks run on this object's thread.
class KeychainAccess : public QObject
{
    Q_OBJECT
public:
    struct Result {
        enum Kind {
            Ok,
            NotFound,     // no entry under that key
            Unavailable,  // no keychain service at all
            Denied,       // locked, or access refused
            Failed,       // anything else the keychain reported
            TimedOut,     // the keychain's own call timed out: the change may still land
        };
        Kind kind = Ok;
        QString detail;   // the keychain's own text, for support; never a secret
        QByteArray data;  // what a read returned
        bool ok() const { return kind == Ok; }
    };
    using Done = std::function<void(const Result &)>;

    KeychainAccess(const QString &service, QObject *parent = nullptr);

    // Deadline of the extra "is it locked?" question after a "not found".
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    // Calls started and not yet ended.
    int inFlight() const { return m_inFlight; }

    void read(const QString &key, Done done);
    void write(const QString &key, const QByteArray &data, Done done);
    void remove(const QString &key, Done done);

    // QtKeychain's error codes and texts, sorted into what the seller can act on.
    static Result::Kind classify(int keychainError, const QString &errorString);

private:
    void run(QKeychain::Job *job, Done done);
    void checkLocked(std::function<void(bool locked)> done);

    QString m_service;
    int m_timeoutMs = 60000;
    int m_inFlight = 0;
};

}  // namespace crossma
