#pragma once

#include "credentialsettings.h"
#include "fieldspec.h"
#include "keychainaccess.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QVariantMap>

#include <functional>
#include <memory>

class QSettings;

namespace crossma {

// Secrets in the OS keychain (QtKeychain: one entry per mall holding all its
// secrets, split into chunks when large), everything else in QSettings.
// Keychain first, settings after; on any failure the previous state stays
// whole. No plain-text fallback. All keychain work is asynchronous; callbacks
// run on this object's thread.
//
// A keychain can answer late (an unlock prompt nobody has seen yet). An
// operation that passes its deadline is answered with KeychainTimeout, which
// means "not known yet": the operation goes on, nothing is deleted while a
// write may still land, and the next operation starts only once the keychain
// has really answered. Its final result is announced by settled().
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        None,
        KeychainUnavailable,  // no Secret Service / Keychain / Credential Manager
        KeychainDenied,       // locked, or the user refused access
        KeychainFailed,       // any other keychain error
        SettingsFailed,       // the settings file could not be written
        NotFound,             // nothing stored for this mall
        KeychainTimeout,      // no answer in time: a change may still happen (see the message)
    };
    struct Outcome {
        Error error = Error::None;
        QString message;       // translated: what happened and what to do
        QString detail;        // the keychain's own text, verbatim, for support; never a secret
        bool pending = false;  // not over yet: settled() brings the final outcome
        bool ok() const { return error == Error::None; }
    };
    enum class Operation { Save, Load, Remove };

    // `service` namespaces keychain entries ("crossma-setup", or
    // "crossma-setup-sandbox" so the sandbox never touches real credentials).
    CredentialStore(const QString &service, QSettings *settings, QObject *parent = nullptr);
    ~CredentialStore() override;

    void save(const QString &mallId, const FieldValues &secrets, const FieldValues &plain,
              const QVariantMap &facts, std::function<void(const Outcome &)> done);
    void loadSecrets(const QString &mallId,
                     std::function<void(const Outcome &, const FieldValues &)> done);
    void remove(const QString &mallId, std::function<void(const Outcome &)> done);

    // Settings only, synchronous, no secret.
    StoredMall stored(const QString &mallId) const { return m_settings.stored(mallId); }
    QStringList linkedMalls() const { return m_settings.linkedMalls(); }
    void recordVerification(const QString &mallId, const QString &code,
                            const QVariantMap &facts = {});

    QString service() const { return m_service; }

    // Entries larger than this are split (Windows' Credential Manager caps an
    // entry near 2.5 KB). Tests lower it to exercise chunking anywhere.
    void setChunkSize(int bytes);
    int chunkSize() const { return m_chunkSize; }
    // Deadline for each operation, so an unanswered prompt cannot hang us.
    void setKeychainTimeout(int milliseconds);

    // True while nothing is queued or running, the keychain included.
    bool isIdle() const { return !m_current && m_queue.isEmpty(); }

signals:
    // An operation answered with KeychainTimeout has really ended.
    void settled(const QString &mallId, crossma::CredentialStore::Operation operation,
                 const crossma::CredentialStore::Outcome &outcome);
    void idle();

private:
    struct Run;
    struct SaveJob;
    struct ChunkRead {
        QStringList keys;
        QList<QByteArray> parts;
        qsizetype bytes = 0;
    };
    using RunPtr = std::shared_ptr<Run>;
    using Step = std::function<void(const RunPtr &)>;
    using Head = std::function<void(const RunPtr &, const QByteArray &head)>;

    // The queue.
    void enqueue(Operation operation, const QString &mallId,
                 std::function<void(const Outcome &, const FieldValues &)> reply, Step start);
    void startNext();
    void finish(const RunPtr &run, const Outcome &outcome, const FieldValues &secrets = {});
    void passDeadline(const RunPtr &run);

    // Steps shared by every operation.
    void readHead(const RunPtr &run, Head next);
    void removeKeys(QStringList keys, std::function<void(bool allGone)> done, bool allGone = true);
    void dropGeneration(const QString &mallId, const QString &generation, std::function<void()> done);
    void dropGenerations(const QString &mallId, const QString &keep, std::function<void()> done);

    // Save.
    void writeChunks(const RunPtr &run, const std::shared_ptr<SaveJob> &job);
    void writeHead(const RunPtr &run, const std::shared_ptr<SaveJob> &job);
    void commitSave(const RunPtr &run, const std::shared_ptr<SaveJob> &job);
    void rollBack(const RunPtr &run, const std::shared_ptr<SaveJob> &job);
    void abandon(const RunPtr &run, const std::shared_ptr<SaveJob> &job, const Outcome &outcome);

    // Load and remove.
    void readChunks(const RunPtr &run, const std::shared_ptr<ChunkRead> &read);
    void dropRecord(const RunPtr &run, const QByteArray &previous);

    // Messages (credentialstoremessages.cpp).
    Outcome keychainOutcome(const KeychainAccess::Result &result, Operation operation) const;
    Outcome settingsOutcome(Operation operation, bool keychainMayHaveChanged = false) const;
    Outcome pendingOutcome(Operation operation) const;
    Outcome busyOutcome() const;
    Outcome damagedOutcome() const;

    QString m_service;
    CredentialSettings m_settings;
    KeychainAccess *keychain();
    KeychainAccess *m_keychain = nullptr;  // made on first use
    int m_chunkSize;
    int m_timeoutMs = 60000;
    QList<RunPtr> m_queue;
    RunPtr m_current;
};

}  // namespace crossma
