#pragma once

#include "fieldspec.h"
#include "keychainaccess.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QObject>
#include <QVariantMap>

#include <functional>

class QSettings;

namespace crossma {

// What the settings file knows about a mall: never a secret.
struct StoredMall {
    bool linked = false;
    QDateTime savedAt;
    QDateTime lastVerifiedAt;
    QString lastResultCode;
    FieldValues plainFields;  // non-secret fields (store account, shop URL…)
    QVariantMap facts;        // from the last successful verify (expiry dates…)
};

// Secrets in the OS keychain (QtKeychain: one entry per mall holding all its
// secrets), everything else in QSettings. Keychain first, settings after; on
// any failure the previous state stays whole. No plain-text fallback.
// All keychain work is asynchronous; callbacks run on this object's thread.
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
        KeychainTimeout,      // the keychain did not answer in time (an unanswered unlock prompt)
    };
    struct Outcome {
        Error error = Error::None;
        QString message;  // translated: what happened and what to do
        QString detail;   // the keychain's own text, verbatim, for support; never a secret
        bool ok() const { return error == Error::None; }
    };

    // `service` namespaces keychain entries ("crossma-setup", or
    // "crossma-setup-sandbox" so the sandbox never touches real credentials).
    CredentialStore(const QString &service, QSettings *settings, QObject *parent = nullptr);

    void save(const QString &mallId, const FieldValues &secrets, const FieldValues &plain,
              const QVariantMap &facts, std::function<void(const Outcome &)> done);
    void loadSecrets(const QString &mallId,
                     std::function<void(const Outcome &, const FieldValues &)> done);
    void remove(const QString &mallId, std::function<void(const Outcome &)> done);

    // Settings only, synchronous, no secret.
    StoredMall stored(const QString &mallId) const;
    QStringList linkedMalls() const;
    void recordVerification(const QString &mallId, const QString &code,
                            const QVariantMap &facts = {});

    QString service() const { return m_service; }

    // Entries larger than this are split (Windows' Credential Manager caps an
    // entry near 2.5 KB). Tests lower it to exercise chunking anywhere.
    void setChunkSize(int bytes);
    int chunkSize() const { return m_chunkSize; }
    // Deadline for each keychain call, so an unanswered prompt cannot hang us.
    void setKeychainTimeout(int milliseconds);

private:
    enum class Operation { Save, Load, Remove };
    using Task = std::function<void(std::function<void()> finished)>;

    void enqueue(Task task);
    void startNext();
    Outcome keychainOutcome(const KeychainAccess::Result &result, Operation operation) const;
    Outcome settingsOutcome(Operation operation) const;
    bool changeSettings(const QString &mallId, const std::function<void(QSettings &)> &change);
    void writeAll(QList<QPair<QString, QByteArray>> entries, KeychainAccess::Done done);
    void readAll(QStringList keys, QList<QByteArray> parts,
                 std::function<void(const KeychainAccess::Result &, const QList<QByteArray> &)> done);
    void removeAll(QStringList keys, std::function<void()> done);

    QString m_service;
    QSettings *m_settings;
    KeychainAccess *m_keychain;
    int m_chunkSize;
    QList<Task> m_queue;
    bool m_busy = false;
};

}  // namespace crossma
