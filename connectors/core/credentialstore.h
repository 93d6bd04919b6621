#pragma once

#include "fieldspec.h"

#include <QDateTime>
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
    };
    struct Outcome {
        Error error = Error::None;
        QString message;  // translated: what happened and what to do
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

private:
    QString m_service;
    QSettings *m_settings;
};

}  // namespace crossma
