#pragma once

#include "fieldspec.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
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

// The settings side of CredentialStore: each mall's record, and a journal of
// the keychain generations a save has started. The journal is written before
// any keychain write, so chunks of a save that never finished can be found
// and removed later, and a save whose keychain write landed after its
// deadline can still get its record. Neither holds a secret.
class CredentialSettings
{
public:
    explicit CredentialSettings(QSettings *settings);

    StoredMall stored(const QString &mallId) const;
    QStringList linkedMalls() const;
    QString fileName() const;
    // The keychain generation the mall's record describes ("" before there was one).
    QString generation(const QString &mallId) const;

    // Each returns false when the file could not be written; nothing changed then.
    bool writeMall(const QString &mallId, const QString &generation, const FieldValues &plain,
                   const QVariantMap &facts);
    bool removeMall(const QString &mallId);
    bool recordVerification(const QString &mallId, const QString &code, const QVariantMap &facts);

    bool noteGeneration(const QString &mallId, const QString &generation,
                        const QStringList &chunkKeys, const FieldValues &plain,
                        const QVariantMap &facts);
    QStringList generations(const QString &mallId) const;
    QStringList chunkKeys(const QString &mallId, const QString &generation) const;
    bool forgetGeneration(const QString &mallId, const QString &generation);
    // The keychain's head is `generation`: when that is a journaled save whose
    // record was never written (its answer came too late), write it now.
    void adoptLanded(const QString &mallId, const QString &generation);

    // A removal of the keychain entry is under way; once the entry is seen
    // gone, the record goes too (the removal may answer after its deadline).
    bool noteRemoval(const QString &mallId);
    void forgetRemoval(const QString &mallId);
    void adoptRemoved(const QString &mallId);

    static bool isValidMallId(const QString &mallId);

private:
    bool change(const QString &group, const std::function<void(QSettings &)> &change);

    QSettings *m_settings;
};

}  // namespace crossma
