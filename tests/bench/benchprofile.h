// A settings file and keychain service of the bench's own, so that it never
// sees or changes a seller's links; every keychain entry it made is removed
// at the end.
#pragma once

#include "core/connector.h"
#include "core/credentialstore.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace crossma::bench {

class SandboxThread;

class BenchProfile
{
public:
    BenchProfile();
    ~BenchProfile();

    CredentialStore &store() { return *m_store; }
    QList<Connector *> connectors() const;
    // Whether the keychain takes a write and gives it back (a Secret Service
    // is running and unlocked), with the reason when not.
    bool keychainWorks(QString *why);
    // Saves every mall's accepted sample, as the wizard would after a test.
    bool linkAll(const SandboxThread &sandbox);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    std::vector<std::unique_ptr<Connector>> m_connectors;
};

}  // namespace crossma::bench
