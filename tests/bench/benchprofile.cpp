#include "benchprofile.h"

#include "benchsupport.h"
#include "registry.h"
#include "sandboxthread.h"

#include <QCoreApplication>

namespace crossma::bench {

BenchProfile::BenchProfile()
    : m_settings(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("bench.conf")),
                                             QSettings::IniFormat)),
      m_store(std::make_unique<CredentialStore>(
          QStringLiteral("crossma-setup-bench-%1").arg(QCoreApplication::applicationPid()),
          m_settings.get())),
      m_connectors(createConnectors())
{
    m_store->setKeychainTimeout(15000);
}

BenchProfile::~BenchProfile()
{
    for (const auto &connector : m_connectors) {
        bool done = false;
        m_store->remove(connector->id(), [&done](const CredentialStore::Outcome &) { done = true; });
        waitUntil([&done] { return done; }, 15000);
    }
    m_store->remove(QStringLiteral("probe"), {});
    waitUntil([this] { return m_store->isIdle(); }, 15000);
}

QList<Connector *> BenchProfile::connectors() const
{
    QList<Connector *> list;
    for (const auto &connector : m_connectors)
        list.append(connector.get());
    return list;
}

bool BenchProfile::keychainWorks(QString *why)
{
    bool done = false;
    CredentialStore::Outcome saved;
    m_store->save(QStringLiteral("probe"), {{QStringLiteral("k"), QStringLiteral("v")}}, {}, {},
                  [&](const CredentialStore::Outcome &o) {
                      saved = o;
                      done = true;
                  });
    if (!waitUntil([&done] { return done; }, 20000) || !saved.ok()) {
        *why = saved.message.isEmpty() ? QStringLiteral("the keychain did not answer")
                                       : saved.message;
        return false;
    }
    done = false;
    m_store->remove(QStringLiteral("probe"),
                    [&done](const CredentialStore::Outcome &) { done = true; });
    waitUntil([&done] { return done; }, 20000);
    return true;
}

bool BenchProfile::linkAll(const SandboxThread &sandbox)
{
    for (const auto &connector : m_connectors) {
        const FieldValues values = connector->normalise(sandbox.accepted(connector->id()).values);
        FieldValues secrets, plain;
        const QStringList secretIds = connector->secretFieldIds();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            (secretIds.contains(it.key()) ? secrets : plain).insert(it.key(), it.value());
        bool done = false, ok = false;
        m_store->save(connector->id(), secrets, plain, {}, [&](const CredentialStore::Outcome &o) {
            ok = o.ok();
            done = true;
        });
        if (!waitUntil([&done] { return done; }, 20000) || !ok)
            return false;
    }
    return true;
}

}  // namespace crossma::bench
