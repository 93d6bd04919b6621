#include "keychainprobe.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QThread>

#include <functional>
#include <memory>

namespace crossma::test {

namespace {

constexpr int ProbeTimeoutMs = 20000;

// Spins the event loop until `done` holds or a safety deadline passes. The
// answers live in shared pointers, so a late callback writes into live memory.
void spinUntil(const std::function<bool()> &done, int timeoutMs = ProbeTimeoutMs + 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QThread::msleep(1);
    }
}

struct ProbeAnswer {
    KeychainAccess::Result result{KeychainAccess::Result::TimedOut, QStringLiteral("no answer"), {}};
    bool answered = false;
};

KeychainAccess::Result probe(const std::function<void(KeychainAccess &, KeychainAccess::Done)> &call,
                             const QString &service)
{
    KeychainAccess access(service);
    access.setTimeout(ProbeTimeoutMs);
    auto answer = std::make_shared<ProbeAnswer>();
    call(access, [answer](const KeychainAccess::Result &r) {
        answer->result = r;
        answer->answered = true;
    });
    spinUntil([answer] { return answer->answered; });
    return answer->result;
}

}  // namespace

KeychainAccess::Result keychainRead(const QString &service, const QString &key)
{
    return probe([&](KeychainAccess &a, KeychainAccess::Done d) { a.read(key, d); }, service);
}

KeychainAccess::Result keychainRemove(const QString &service, const QString &key)
{
    return probe([&](KeychainAccess &a, KeychainAccess::Done d) { a.remove(key, d); }, service);
}

StoreAnswer storeSave(CredentialStore &store, const QString &mallId, const FieldValues &secrets,
                      const FieldValues &plain, const QVariantMap &facts)
{
    auto answer = std::make_shared<StoreAnswer>();
    store.save(mallId, secrets, plain, facts, [answer](const CredentialStore::Outcome &o) {
        answer->outcome = o;
        answer->answered = true;
    });
    spinUntil([answer] { return answer->answered; });
    return *answer;
}

StoreAnswer storeLoad(CredentialStore &store, const QString &mallId)
{
    auto answer = std::make_shared<StoreAnswer>();
    store.loadSecrets(mallId, [answer](const CredentialStore::Outcome &o, const FieldValues &s) {
        answer->outcome = o;
        answer->secrets = s;
        answer->answered = true;
    });
    spinUntil([answer] { return answer->answered; });
    return *answer;
}

StoreAnswer storeRemove(CredentialStore &store, const QString &mallId)
{
    auto answer = std::make_shared<StoreAnswer>();
    store.remove(mallId, [answer](const CredentialStore::Outcome &o) {
        answer->outcome = o;
        answer->answered = true;
    });
    spinUntil([answer] { return answer->answered; });
    return *answer;
}

QString uniqueKeychainService()
{
    return QStringLiteral("crossma-setup-test-%1")
        .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

}  // namespace crossma::test
