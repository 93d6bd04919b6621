#pragma once

#include "core/credentialstore.h"
#include "core/keychainaccess.h"

#include <QString>

namespace crossma::test {

// Looks straight into the keychain, past CredentialStore, so tests can see
// what it really wrote. Blocking (the event loop runs meanwhile): tests only.
KeychainAccess::Result keychainRead(const QString &service, const QString &key);
KeychainAccess::Result keychainRemove(const QString &service, const QString &key);

// CredentialStore's asynchronous calls, waited for. The store's own deadline
// guarantees an answer; `answered` tells whether the callback came at all.
struct StoreAnswer {
    CredentialStore::Outcome outcome;
    FieldValues secrets;
    bool answered = false;
};
StoreAnswer storeSave(CredentialStore &store, const QString &mallId, const FieldValues &secrets,
                      const FieldValues &plain = {}, const QVariantMap &facts = {});
StoreAnswer storeLoad(CredentialStore &store, const QString &mallId);
StoreAnswer storeRemove(CredentialStore &store, const QString &mallId);

// A keychain service name no other test run uses.
QString uniqueKeychainService();

}  // namespace crossma::test
